//! The browser entry point: mounts the calculator.

fn main() {
    yew::Renderer::<weiquan::ui::App>::new().render();
}
