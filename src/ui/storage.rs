//! The page's calls into the browser: the tab's memory (sessionStorage), the document's language,
//! the address and its query, the console, the accent colour. In a native build (SSR tests,
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
    load_checked().0
}

/// The same, and whether a saved form was there but could not be read (tampered with, or from
/// another version): the page then starts empty and says so.
pub fn load_checked() -> (Saved, bool) {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(s) = session() else {
            return (Saved::default(), false);
        };
        let get = |key| s.get_item(key).ok().flatten();
        let form = get(FORM).map(|t| codec::decode(&t));
        let broken = matches!(form, Some(Err(_)));
        let saved = Saved {
            lang: get(LANG)
                .and_then(|t| Lang::from_tag(&t))
                .unwrap_or_default(),
            case: get(CASE).filter(|id| crate::cases::preset(id).is_some()),
            form: form.and_then(Result::ok).unwrap_or_default(),
        };
        (saved, broken)
    }
    #[cfg(not(target_arch = "wasm32"))]
    (Saved::default(), false)
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

/// The page's query string, e.g. `?embed=1&lang=en`.
pub fn query() -> String {
    #[cfg(target_arch = "wasm32")]
    if let Some(search) = web_sys::window().and_then(|w| w.location().search().ok()) {
        return search;
    }
    String::new()
}

/// Reports what the query asked for and could not be done; the page goes on without it.
pub fn warn(_message: &str) {
    #[cfg(target_arch = "wasm32")]
    web_sys::console::warn_1(&_message.into());
}

/// The accent colour, as the page's `--accent` custom property. Through the CSSOM, which the
/// Content-Security-Policy allows (it forbids inline style attributes and elements, not this);
/// the value is a checked `#rgb` / `#rrggbb`.
pub fn set_accent(_colour: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
    {
        let _ = root.style().set_property("--accent", _colour);
    }
}

/// The element with this id, as the kind of element asked for, if the page has one. Call it only
/// in the browser: outside wasm, `web_sys::window` panics.
pub fn by_id<T: wasm_bindgen::JsCast>(id: &str) -> Option<T> {
    use wasm_bindgen::JsCast;
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into::<T>()
        .ok()
}

/// Moves the focus to the element with this id, if it is there.
pub fn focus(_id: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(el) = by_id::<web_sys::HtmlElement>(_id) {
        let _ = el.focus();
    }
}

/// The element the calculator lives in: `#root` in index.html, which holds the prerendered page.
#[cfg(target_arch = "wasm32")]
pub fn root() -> Option<web_sys::Element> {
    by_id("root")
}

/// What the visitor typed or ticked in the prerendered page before the wasm arrived, put into the
/// form the app starts with: text wins over the tab's saved copy, a box ticked or cleared by hand
/// too. Radio choices are not read: in
/// the prerendered page none is set, and a pick before start-up is rare enough to redo.
pub fn typed_before_start(_form: &mut crate::form::FormState) {
    #[cfg(target_arch = "wasm32")]
    {
        use crate::form::{Field, Flag, FormState};
        let input = by_id::<web_sys::HtmlInputElement>;
        for field in Field::ALL {
            match input(field.id()).map(|i| i.value()) {
                Some(text) if !text.is_empty() => _form.set_text(field, text),
                _ => {}
            }
        }
        let fresh = FormState::default();
        for flag in Flag::ALL {
            match input(flag.id()).map(|i| i.checked()) {
                Some(on) if on != fresh.flag(flag) => _form.set_flag(flag, on),
                _ => {}
            }
        }
    }
}

/// The radio choices picked in the prerendered page, and the input the visitor was in (with the
/// caret), to put back once the app has drawn its own page. Radio choices are replayed as clicks,
/// so the app's own handlers take them; the boxes and text are in the starting form already.
#[cfg(target_arch = "wasm32")]
pub struct BeforeStart {
    picked: Vec<String>,
    focus: Option<(String, Option<u32>)>,
}

#[cfg(target_arch = "wasm32")]
impl BeforeStart {
    pub fn take() -> BeforeStart {
        use wasm_bindgen::JsCast;
        let doc = web_sys::window().and_then(|w| w.document());
        let picked = doc
            .as_ref()
            .and_then(|d| d.query_selector_all("#root input[type=radio]:checked").ok())
            .map(|list| {
                (0..list.length())
                    .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
                    .map(|e| e.id())
                    .collect()
            })
            .unwrap_or_default();
        let active = doc
            .and_then(|d| d.active_element())
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
        let focus = active.map(|i| (i.id(), i.selection_start().ok().flatten()));
        BeforeStart { picked, focus }
    }

    pub fn replay(self) {
        let input = by_id::<web_sys::HtmlInputElement>;
        for id in &self.picked {
            match input(id) {
                Some(radio) if !radio.checked() => radio.click(),
                _ => {}
            }
        }
        let Some((id, caret)) = self.focus else {
            return;
        };
        if let Some(field) = input(&id) {
            let _ = field.focus();
            if let Some(at) = caret {
                let _ = field.set_selection_range(at, at);
            }
        }
    }
}

/// A share link's form, from the address's fragment (`#w1;…!check`), which never reaches a
/// server.
/// The fragment is cleared once read, so a reload keeps the tab's own edits; `None` when there
/// is no fragment.
pub fn take_shared() -> Option<Result<crate::form::FormState, crate::form::codec::DecodeError>> {
    #[cfg(target_arch = "wasm32")]
    {
        let location = web_sys::window()?.location();
        let hash = location.hash().ok()?;
        let text = hash.strip_prefix('#').filter(|t| !t.is_empty())?;
        let form = crate::form::codec::decode_link(text);
        let _ = location.set_hash("");
        Some(form)
    }
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// This page's address with `fragment` after `#`: the share link.
pub fn share_url(_fragment: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    if let Some(l) = web_sys::window().map(|w| w.location()) {
        let (origin, path, query) = (l.origin(), l.pathname(), l.search());
        if let (Ok(o), Ok(p), Ok(q)) = (origin, path, query) {
            return format!("{o}{p}{q}#{_fragment}");
        }
    }
    format!("#{_fragment}")
}

/// The browser's print dialog (the print stylesheet decides what is on paper).
pub fn print() {
    #[cfg(target_arch = "wasm32")]
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Puts `text` on the clipboard; the text also stays selectable on the page where the
/// clipboard is not available.
pub fn copy_text(_text: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(w) = web_sys::window() {
        let _ = w.navigator().clipboard().write_text(_text);
    }
}
