//! Prerender: writes the calculator's first page (empty form, Chinese, no query) into the built
//! index.html, inside `<div id="root">`, so a phone paints the page before the wasm has arrived;
//! the browser then hydrates it (src/main.rs). Run by Trunk's post-build hook (Trunk.toml) on
//! the staged index.html; the argument is its path.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: prerender path/to/index.html");
        return std::process::ExitCode::from(2);
    };
    match prerender(&path) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("prerender: {path}: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn prerender(path: &str) -> Result<(), String> {
    const EMPTY_ROOT: &str = r#"<div id="root"></div>"#;
    let page = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    if !page.contains(EMPTY_ROOT) {
        return Err(format!("no {EMPTY_ROOT} to fill"));
    }
    let app = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| e.to_string())?
        .block_on(weiquan::ui::prerender());
    let filled = page.replacen(EMPTY_ROOT, &format!(r#"<div id="root">{app}</div>"#), 1);
    std::fs::write(path, filled).map_err(|e| e.to_string())
}

#[cfg(target_arch = "wasm32")]
fn main() {}
