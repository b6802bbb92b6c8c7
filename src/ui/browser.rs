//! Every call the page makes into the browser, in one place: what the tab remembers (this
//! history entry's state and the tab's sessionStorage), the address (query, share-link fragment),
//! the document's language, the console, the accent colour, the focus, the clipboard, printing,
//! and what was typed in the prerendered page before the wasm started.
//!
//! The page remembers its state twice, written together to the tab's sessionStorage: for the
//! current history entry (so a reload, Back and Forward show exactly what that entry showed) and
//! as the tab's latest (so a new visit in the same tab, e.g. from the gallery, finds it). Both are
//! `Saved::encode`'s text; the history entry itself holds only its name.

use super::model::{Action, Remembered, Saved};
use crate::form::flow::Screen;
use crate::form::{codec, Field, Flag, FormState, Group, Picked};
use crate::i18n::Lang;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

/// The tab's latest state, in sessionStorage.
const SAVED: &str = "weiquan.saved";
/// A history entry's state is kept under this prefix and the entry's name; the name is the
/// entry's `history.state`, given when the page starts (a write to the history while the page is
/// being left is not kept, so the state itself lives in sessionStorage, which is).
const ENTRY: &str = "weiquan.entry.";
/// The tab's language, which boot.js reads to load that language's build of the page.
const LANGUAGE: &str = "weiquan.lang";
/// The keys of the format before `Saved::encode` (a tab open across an update keeps its form).
const LEGACY: [&str; 3] = [LANGUAGE, "weiquan.case", "weiquan.form"];

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

fn session() -> Option<web_sys::Storage> {
    window()?.session_storage().ok().flatten()
}

fn history() -> Option<web_sys::History> {
    window()?.history().ok()
}

/// This history entry's state: `weiquan.entry.<time>|<screen>`, its key in sessionStorage and
/// the screen it shows (so Back and Forward find the screen without reading any storage, which an
/// embedded page has none of).
fn entry_state() -> Option<(String, Option<Screen>)> {
    let state = history()?.state().ok()?.as_string()?;
    let (key, screen) = state.split_once('|').unwrap_or((&state, ""));
    key.starts_with(ENTRY)
        .then(|| (key.to_string(), Screen::from_name(screen)))
}

fn entry_key() -> Option<String> {
    entry_state().map(|(key, _)| key)
}

/// The screen this history entry shows, if the page wrote it there.
pub fn entry_screen() -> Option<Screen> {
    entry_state()?.1
}

/// A new name for a history entry: the time it is made, which no other entry of the tab shares.
fn new_entry_key() -> String {
    format!("{ENTRY}{}", js_sys::Date::now() as u64)
}

/// Gives this history entry a name of its own, if it has none yet, and writes the screen it
/// shows.
pub fn name_this_entry(screen: Screen) -> Option<String> {
    let key = entry_key().unwrap_or_else(new_entry_key);
    let state = format!("{key}|{}", screen.name());
    history()?.replace_state(&state.as_str().into(), "").ok()?;
    Some(key)
}

/// A new history entry for a screen the user moved to, so the browser's Back returns to the one
/// before. The address stays (less any share-link fragment, already read).
pub fn push_screen(screen: Screen) {
    if let Some(history) = history() {
        let state = format!("{}|{}", new_entry_key(), screen.name());
        let _ = history.push_state(&state.as_str().into(), "");
    }
}

/// Calls `then` with the screen of the history entry the browser's Back or Forward went to.
pub fn on_history_move(then: impl Fn(Screen) + 'static) -> Option<gloo_events::EventListener> {
    let w = window()?;
    Some(gloo_events::EventListener::new(&w, "popstate", move |_| {
        if let Some(screen) = entry_screen() {
            then(screen)
        }
    }))
}

/// Today, as the browser's clock says, in the visitor's time zone.
pub fn today() -> Option<crate::date::Date> {
    let now = js_sys::Date::new_0();
    crate::date::Date::new(
        u16::try_from(now.get_full_year()).ok()?,
        (now.get_month() + 1) as u8,
        now.get_date() as u8,
    )
    .ok()
}

/// What this entry and this tab remember.
pub fn remembered() -> Remembered {
    let s = session();
    let get = |key: &str| s.as_ref().and_then(|s| s.get_item(key).ok().flatten());
    let entry = entry_key()
        .and_then(|key| get(&key))
        .map(|text| Saved::decode(&text));
    let tab = match get(SAVED) {
        Some(text) => Some(Saved::decode(&text)),
        None => legacy(),
    };
    Remembered {
        unreadable: matches!(entry, Some(Err(_))) || matches!(tab, Some(Err(_))),
        entry: entry.and_then(Result::ok),
        tab: tab.and_then(Result::ok),
    }
}

/// A tab saved by the format before this one: its form and language, if any was saved.
fn legacy() -> Option<Result<Saved, codec::DecodeError>> {
    let s = session()?;
    let get = |key| s.get_item(key).ok().flatten();
    let form = codec::decode(&get(LEGACY[2])?);
    Some(form.map(|form| {
        Saved {
            lang: get(LEGACY[0])
                .and_then(|t| Lang::from_tag(&t))
                .unwrap_or_default(),
            case: get(LEGACY[1]).filter(|id| crate::cases::preset(id).is_some()),
            form,
            valid: None,
            case_edited: false,
            // The whole page was the full calculator then.
            screen: crate::form::flow::Screen::Full,
        }
    }))
}

/// Remembers the state for this history entry and for the tab. A blank form (after "clear
/// everything") also forgets what the tab's other entries kept. Failing to write (private mode,
/// a quota) loses nothing on screen.
pub fn save(saved: &Saved) {
    let Some(s) = session() else {
        return;
    };
    let text = saved.encode();
    for key in &LEGACY[1..] {
        let _ = s.remove_item(key);
    }
    let _ = s.set_item(LANGUAGE, saved.lang.tag());
    if saved.form.is_blank() {
        forget_entries(&s);
    }
    if let Some(key) = entry_key().or_else(|| name_this_entry(saved.screen)) {
        let _ = s.set_item(&key, &text);
    }
    let _ = s.set_item(SAVED, &text);
}

/// Removes what every history entry of the tab kept.
fn forget_entries(s: &web_sys::Storage) {
    let keys: Vec<String> = (0..s.length().unwrap_or(0))
        .filter_map(|i| s.key(i).ok().flatten())
        .filter(|k| k.starts_with(ENTRY))
        .collect();
    for key in keys {
        let _ = s.remove_item(&key);
    }
}

/// Calls `then` when the page is left or hidden (a reload, Back, a link, closing the tab, a
/// phone switching apps), for as long as the listeners are kept.
pub fn on_leave(then: impl Fn() + 'static) -> Vec<gloo_events::EventListener> {
    let then = std::rc::Rc::new(then);
    let mut listeners = Vec::new();
    if let Some(w) = window() {
        let again = then.clone();
        listeners.push(gloo_events::EventListener::new(&w, "pagehide", move |_| {
            again()
        }));
        if let Some(doc) = w.document() {
            let hidden = doc.clone();
            listeners.push(gloo_events::EventListener::new(
                &doc,
                "visibilitychange",
                move |_| {
                    if hidden.hidden() {
                        then()
                    }
                },
            ));
        }
    }
    listeners
}

/// Calls `then` when the browser shows this page again from its back-forward cache.
pub fn on_return(then: impl Fn() + 'static) -> Option<gloo_events::EventListener> {
    let w = window()?;
    Some(gloo_events::EventListener::new(
        &w,
        "pageshow",
        move |event| {
            let persisted = js_sys::Reflect::get(event, &"persisted".into());
            if persisted.is_ok_and(|p| p.is_truthy()) {
                then()
            }
        },
    ))
}

/// Selects the text inside the element `id` (the complaint draft is a `<pre>`).
fn select_contents(id: &str) -> bool {
    let Some(element) = by_id::<web_sys::Element>(id) else {
        return false;
    };
    let selected = window()
        .and_then(|w| w.get_selection().ok().flatten())
        .zip(window().and_then(|w| w.document()?.create_range().ok()));
    let Some((selection, range)) = selected else {
        return false;
    };
    range.select_node_contents(&element).is_ok()
        && selection.remove_all_ranges().is_ok()
        && selection.add_range(&range).is_ok()
}

/// A call waiting for a pause; dropping it cancels the call.
pub type Pending = gloo_timers::callback::Timeout;

/// Calls `then` after `ms` milliseconds, unless the returned value is dropped first.
pub fn after(ms: u32, then: impl FnOnce() + 'static) -> Pending {
    gloo_timers::callback::Timeout::new(ms, then)
}

/// Calls `then` when the address's fragment changes, for as long as the listener is kept.
pub fn on_hash_change(then: impl Fn() + 'static) -> Option<gloo_events::EventListener> {
    let w = window()?;
    Some(gloo_events::EventListener::new(
        &w,
        "hashchange",
        move |_| then(),
    ))
}

/// Shows the page in a language this build of it does not have: the page is loaded anew in that
/// language's build (`?lang=` in place of the old one, and no `?case=`, which was applied when the
/// page was opened), with the form carried over: through the tab's storage, or, embedded, where
/// nothing is stored, in the address's fragment as a share link.
pub fn open_in(saved: &Saved, embedded: bool) {
    let Some(location) = window().map(|w| w.location()) else {
        return;
    };
    let (Ok(path), Ok(query)) = (location.pathname(), location.search()) else {
        return;
    };
    let mut params: Vec<&str> = query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with("lang=") && !p.starts_with("case="))
        .collect();
    let lang = format!("lang={}", saved.lang.tag());
    params.push(&lang);
    let fragment = match embedded {
        true => format!("#{}", codec::encode_link(&saved.form)),
        false => {
            save(saved);
            String::new()
        }
    };
    let _ = location.replace(&format!("{path}?{}{fragment}", params.join("&")));
}

/// Sets `<html lang>` and the title so screen readers and fonts follow the switch. Call it only
/// when the language changes: a change of the root's `lang` restyles the whole page.
pub fn set_document_language(lang: Lang, title: &str) {
    if let Some(doc) = window().and_then(|w| w.document()) {
        // Setting even the same value restyles the whole page: at start-up the prerendered page
        // already says both.
        if let Some(root) = doc.document_element() {
            if root.get_attribute("lang").as_deref() != Some(lang.tag()) {
                let _ = root.set_attribute("lang", lang.tag());
            }
        }
        if doc.title() != title {
            doc.set_title(title);
        }
    }
}

/// The page's query string, e.g. `?embed=1&lang=en`.
pub fn query() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Reports what the query asked for and could not be done; the page goes on without it.
pub fn warn(message: &str) {
    web_sys::console::warn_1(&message.into());
}

/// The accent colour, as the page's `--accent` custom property. Through the CSSOM, which the
/// Content-Security-Policy allows (it forbids inline style attributes and elements, not this);
/// the value is a checked `#rgb` / `#rrggbb`.
pub fn set_accent(colour: &str) {
    if let Some(root) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = root.style().set_property("--accent", colour);
    }
}

/// The element with this id, as the kind of element asked for, if the page has one.
pub fn by_id<T: JsCast>(id: &str) -> Option<T> {
    window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into::<T>()
        .ok()
}

/// Embedded: asks the host page to scroll the iframe's top into view (a number, nothing else;
/// embed.js does it).
pub fn ask_host_to_show_top() {
    let Some(w) = window() else {
        return;
    };
    let Ok(Some(parent)) = w.parent() else {
        return;
    };
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &"weiquan:show".into());
    let _ = js_sys::Reflect::set(&message, &"top".into(), &0.into());
    let _ = js_sys::Reflect::set(&message, &"version".into(), &1.into());
    let _ = parent.post_message(&message, "*");
}

/// Scrolls to the top of the page: a new screen starts there.
pub fn to_top() {
    if let Some(w) = window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Moves the focus to the element with this id, if it is there (and says whether it was).
pub fn focus(id: &str) -> bool {
    by_id::<web_sys::HtmlElement>(id).is_some_and(|el| el.focus().is_ok())
}

/// The element the calculator lives in: `#root` in index.html, which holds the prerendered page.
pub fn root() -> Option<web_sys::Element> {
    by_id("root")
}

/// An input's text without direction controls; where the input held some, it is rewritten, so
/// what the screen shows is what the form holds.
pub fn clean_value(input: &HtmlInputElement) -> String {
    let typed = input.value();
    let clean = crate::form::without_direction_controls(typed.clone());
    if clean != typed {
        input.set_value(&clean);
    }
    clean
}

/// What the visitor did in the prerendered page before the wasm arrived, as the actions that
/// would have done it: only what differs from the page as it was served (a field's value from its
/// `value` attribute, a box or a radio from its `checked` attribute), so nothing the browser or
/// the prerender put there by default is taken for an answer.
pub fn before_start() -> Vec<Action> {
    let input = by_id::<HtmlInputElement>;
    let mut actions = Vec::new();
    for field in Field::ALL.iter().copied() {
        if let Some(i) = input(field.id()).filter(|i| i.value() != i.default_value()) {
            actions.push(Action::SetText(field, i.value()));
        }
    }
    for flag in Flag::ALL.iter().copied() {
        if let Some(i) = input(flag.id()).filter(|i| i.checked() != i.default_checked()) {
            actions.push(Action::SetFlag(flag, i.checked()));
        }
    }
    for group in Group::ALL.iter().copied() {
        for index in 0..group.options().len() {
            let picked =
                input(group.option_id(index)).is_some_and(|i| i.checked() && !i.default_checked());
            if picked {
                actions.push(Action::Choose(Picked {
                    group,
                    index: index as u8,
                }));
            }
        }
    }
    actions
}

/// The input the visitor was in before start-up, and the caret in it.
pub struct Focus {
    id: String,
    caret: Option<u32>,
}

impl Focus {
    pub fn take() -> Option<Focus> {
        let doc = window()?.document()?;
        let input = doc.active_element()?.dyn_into::<HtmlInputElement>().ok()?;
        Some(Focus {
            id: input.id(),
            caret: input.selection_start().ok().flatten(),
        })
    }

    /// Puts the focus and the caret back, in the page the app drew.
    pub fn restore(self) {
        if let Some(input) = by_id::<HtmlInputElement>(&self.id) {
            let _ = input.focus();
            if let Some(at) = self.caret {
                let _ = input.set_selection_range(at, at);
            }
        }
    }
}

/// A share link's form, from the address's fragment (`#w1;…!check`), which never reaches a
/// server; `None` when the fragment is not a share link (`#result` is an anchor). The fragment
/// is then taken off the address without a new history entry, so a reload keeps the tab's own
/// edits.
pub fn take_link() -> Option<Result<FormState, codec::DecodeError>> {
    let window = window()?;
    let location = window.location();
    let hash = location.hash().ok()?;
    let text = hash.strip_prefix('#').filter(|t| codec::is_link(t))?;
    let form = codec::decode_link(text);
    if let (Ok(path), Ok(query), Some(history)) =
        (location.pathname(), location.search(), history())
    {
        let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
        let _ = history.replace_state_with_url(&state, "", Some(&format!("{path}{query}")));
    }
    Some(form)
}

/// This page's address with `fragment` after `#`: the share link.
pub fn share_url(fragment: &str) -> String {
    if let Some(l) = window().map(|w| w.location()) {
        if let (Ok(o), Ok(p), Ok(q)) = (l.origin(), l.pathname(), l.search()) {
            return format!("{o}{p}{q}#{fragment}");
        }
    }
    format!("#{fragment}")
}

/// The browser's print dialog (the print stylesheet decides what is on paper).
pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}

/// Copies the text of the element `id` (a textarea or an input) to the clipboard, and says
/// whether it got there. It selects the text and copies the selection, which every browser
/// allows in a click, over plain HTTP too (where `navigator.clipboard` does not exist); if the
/// browser refuses, the text stays selected for the user to copy by hand.
pub fn copy_from(id: &str) -> bool {
    if let Some(area) = by_id::<web_sys::HtmlTextAreaElement>(id) {
        area.select();
    } else if let Some(input) = by_id::<HtmlInputElement>(id) {
        input.select();
    } else if !select_contents(id) {
        return false;
    }
    window()
        .and_then(|w| w.document())
        .and_then(|d| d.dyn_into::<web_sys::HtmlDocument>().ok())
        .and_then(|d| d.exec_command("copy").ok())
        .unwrap_or(false)
}
