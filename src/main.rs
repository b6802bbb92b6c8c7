//! The browser entry point: reads the page's query parameters and the tab's saved session, then
//! draws the calculator in place of the prerendered page.

fn main() {
    #[cfg(target_arch = "wasm32")]
    start();
}

/// The prerendered page (src/bin/prerender.rs) is replaced, not hydrated: Yew's hydration
/// costs 19 KB gzip of wasm (measured: 165.5 → 184.6 KB) and freezes the app on any difference
/// between the prerender and the first render (a panic, with `panic = "abort"`), while one
/// replacement in the same task paints nothing in between. What was typed, ticked or picked before
/// start-up, and the focus, are carried over.
#[cfg(target_arch = "wasm32")]
fn start() {
    use weiquan::ui::{storage, App, AppProps};

    let (options, warnings) = weiquan::embed::parse(&storage::query());
    for w in &warnings {
        storage::warn(w);
    }
    if let Some(colour) = &options.accent {
        storage::set_accent(colour);
    }
    let Some(root) = storage::root() else {
        return storage::warn("Weiquan: no #root element in the page");
    };
    // Embedded, nothing is read from (or written to) the tab's storage: see the App.
    let (mut saved, unreadable) = match options.embed {
        true => Default::default(),
        false => storage::load_checked(),
    };
    let notice = match storage::take_shared() {
        None => unreadable.then_some(weiquan::i18n::Text::StorageUnreadable),
        Some(Ok(form)) => {
            saved.form = form;
            saved.case = None;
            Some(weiquan::i18n::Text::LinkRestored)
        }
        Some(Err(_)) => {
            saved.form = Default::default();
            saved.case = None;
            Some(weiquan::i18n::Text::LinkBroken)
        }
    };
    storage::typed_before_start(&mut saved.form);
    let before = storage::BeforeStart::take();
    root.set_inner_html("");
    let started = root.clone();
    let props = AppProps {
        initial: Some(saved),
        options,
        notice,
        first_screen: false,
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
    // Yew draws in a microtask queued by render(); this one runs after it, before any paint.
    yew::platform::spawn_local(async move {
        before.replay();
        // For tests and the benchmark: the page now answers (the prerender looked the same).
        let _ = started.set_attribute("data-ready", "");
    });
}
