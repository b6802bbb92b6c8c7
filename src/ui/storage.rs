//! The tab's memory (sessionStorage) and the document's language. In a native build (SSR tests,
//! the `assess` tool) there is no browser: reads give nothing and writes do nothing.
//!
//! Three keys: the language tag, the preset id, and the form in `form::codec`'s text. A value
//! that does not read (an older version, a hand edit) is dropped on its own; the rest survives.

use super::model::Saved;
#[cfg(target_arch = "wasm32")]
use crate::{form::codec, i18n::Lang};

#[cfg(target_arch = "wasm32")]
const LANG: &str = "weiquan.lang";
#[cfg(target_arch = "wasm32")]
const CASE: &str = "weiquan.case";
#[cfg(target_arch = "wasm32")]
const FORM: &str = "weiquan.form";

/// What this tab saved before a reload, if anything readable.
pub fn load() -> Saved {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(s) = session() else {
            return Saved::default();
        };
        let get = |key| s.get_item(key).ok().flatten();
        Saved {
            lang: get(LANG)
                .and_then(|t| Lang::from_tag(&t))
                .unwrap_or_default(),
            case: get(CASE),
            form: get(FORM)
                .and_then(|t| codec::decode(&t).ok())
                .unwrap_or_default(),
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    Saved::default()
}

/// Saves the tab's state. Failing to save (private mode, quota) loses nothing on screen.
pub fn save(_saved: &Saved) {
    #[cfg(target_arch = "wasm32")]
    if let Some(s) = session() {
        let _ = s.set_item(LANG, _saved.lang.tag());
        let _ = match &_saved.case {
            Some(id) => s.set_item(CASE, id),
            None => s.remove_item(CASE),
        };
        let _ = s.set_item(FORM, &codec::encode(&_saved.form));
    }
}

/// Sets `<html lang>` and the title so screen readers and fonts follow the switch.
pub fn set_document_language(_lang: crate::i18n::Lang, _title: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        if let Some(root) = doc.document_element() {
            let _ = root.set_attribute("lang", Lang::tag(_lang));
        }
        doc.set_title(_title);
    }
}

#[cfg(target_arch = "wasm32")]
fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}
