//! The browser entry point: reads the page's query parameters, then mounts the calculator.

fn main() {
    let (options, warnings) = weiquan::embed::parse(&weiquan::ui::storage::query());
    for w in &warnings {
        weiquan::ui::storage::warn(w);
    }
    if let Some(colour) = &options.accent {
        weiquan::ui::storage::set_accent(colour);
    }
    let props = weiquan::ui::AppProps {
        initial: None,
        options,
    };
    yew::Renderer::<weiquan::ui::App>::with_props(props).render();
}
