//! The browser entry point: decides what the page starts with (what this history entry or the
//! tab remembers, the page's query, a share link, what was typed before start-up), then draws the
//! calculator in place of the prerendered page.

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
    use weiquan::ui::{browser, model::Action, App, AppProps, Start};

    let (options, warnings) = weiquan::embed::parse(&browser::query());
    for w in &warnings {
        browser::warn(w);
    }
    if let Some(colour) = &options.accent {
        browser::set_accent(colour);
    }
    let Some(root) = browser::root() else {
        return browser::warn("Weiquan: no #root element in the page");
    };
    let mut model = weiquan::ui::model::starting(browser_remembered(options.embed), &options);
    if let Some(link) = browser::take_link() {
        model = model.apply(Action::OpenLink(link));
    }
    for action in browser::before_start() {
        model = model.apply(action);
    }
    // The build of the page boot.js loaded is the language shown.
    model.lang = model.lang.shown();
    model.today = browser::today();
    // Back or Forward into this page: the screen its history entry showed.
    if let Some(screen) = browser::entry_screen() {
        model.screen = screen;
    }
    // The entry gets its name and screen now, while the page may still write to its history.
    browser::name_this_entry(model.screen);
    let focus = browser::Focus::take();
    root.set_inner_html("");
    let started = root.clone();
    let props = AppProps {
        initial: Start(std::rc::Rc::new(model)),
        options,
        first_screen: false,
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
    // Yew draws in a microtask queued by render(); this one runs after it, before any paint.
    yew::platform::spawn_local(async move {
        if let Some(focus) = focus {
            focus.restore();
        }
        // For tests and the benchmark: the page now answers (the prerender looked the same).
        let _ = started.set_attribute("data-ready", "");
    });
}

/// What this entry and the tab remember; embedded, nothing is read (nor written: see the App).
#[cfg(target_arch = "wasm32")]
fn browser_remembered(embed: bool) -> weiquan::ui::model::Remembered {
    if embed {
        return Default::default();
    }
    weiquan::ui::browser::remembered()
}
