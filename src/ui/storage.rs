//! The tab's memory (sessionStorage) and the document's language. In a native build (SSR tests,
//! the `assess` tool) there is no browser: reads give nothing and writes do nothing.

use super::model::Saved;
#[cfg(target_arch = "wasm32")]
use crate::i18n::Lang;

#[cfg(target_arch = "wasm32")]
const KEY: &str = "weiquan.v2";

/// What this tab saved before a reload, if anything readable.
pub fn load() -> Saved {
    #[cfg(target_arch = "wasm32")]
    {
        let text = session().and_then(|s| s.get_item(KEY).ok().flatten());
        text.and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    Saved::default()
}

/// Saves the tab's state. Failing to save (private mode, quota) loses nothing on screen.
pub fn save(_saved: &Saved) {
    #[cfg(target_arch = "wasm32")]
    if let (Some(s), Ok(json)) = (session(), serde_json::to_string(_saved)) {
        let _ = s.set_item(KEY, &json);
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
