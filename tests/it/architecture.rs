//! Architecture invariants (ARCHITECTURE.md names each): the engine depends on nothing above it.

use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("readable dir") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The layers, and what each may not import: imports point down the list in ARCHITECTURE.md
/// (lang, money, date → parse → law → i18n → form → cases, embed → ui).
const LAYERS: &[(&str, &[&str])] = &[
    // A leaf: nothing of the crate.
    ("src/lang.rs", &["crate::"]),
    // The engine: never how it is presented, nor the web.
    (
        "src/law",
        &[
            "crate::i18n",
            "crate::lang",
            "crate::ui",
            "crate::form",
            "crate::cases",
            "crate::embed",
            "crate::scenario_json",
        ],
    ),
    // Words: never the form or the page.
    (
        "src/i18n",
        &["crate::ui", "crate::form", "crate::cases", "crate::embed"],
    ),
    // The form as typed: never the page.
    ("src/form", &["crate::ui", "crate::cases", "crate::embed"]),
    ("src/cases", &["crate::ui", "crate::form", "crate::embed"]),
];

/// No layer below the page names the web.
const WEB: &[&str] = &["yew", "web_sys", "wasm_bindgen", "gloo", "js_sys"];

fn imports(file: &Path, forbidden: &[&str]) {
    let text = std::fs::read_to_string(file).unwrap();
    for line in text.lines().map(str::trim) {
        if line.starts_with("//") {
            continue;
        }
        for f in forbidden {
            let named = if f.ends_with("::") {
                line.contains(f)
            } else {
                line.contains(&format!("{f}::")) || line.contains(&format!("use {f}"))
            };
            assert!(
                !named,
                "{}: forbidden import of {f}: {line}",
                file.display()
            );
        }
    }
}

/// Each layer imports nothing above it, and nothing below the page imports the web. The engine
/// compiles and tests without a browser and never depends on how it is presented.
#[test]
fn imports_point_down_the_layers() {
    for (place, forbidden) in LAYERS {
        let mut files = Vec::new();
        let path = Path::new(place);
        if path.is_dir() {
            rust_files(path, &mut files);
            assert!(!files.is_empty(), "found the files of {place}");
        } else {
            files.push(path.to_path_buf());
        }
        for file in files {
            imports(&file, forbidden);
            imports(&file, WEB);
        }
    }
}

/// Every call into the browser is in `src/ui/browser.rs`: the rest of the page reads events,
/// never the window, the storage, the timers or the history.
#[test]
fn browser_calls_are_in_one_module() {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    for file in files {
        if file.ends_with("ui/browser.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        for needle in ["web_sys::window", "gloo_", "session_storage", "history()"] {
            assert!(
                !text.contains(needle),
                "{}: calls the browser ({needle}) outside ui/browser.rs",
                file.display()
            );
        }
    }
}

/// No money is ever a float: `f32`/`f64` appear nowhere in the engine or the money type.
#[test]
fn no_floating_point_in_the_engine() {
    let mut files = vec![Path::new("src/money.rs").to_path_buf()];
    rust_files(Path::new("src/law"), &mut files);
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(
            !text.contains("f64") && !text.contains("f32"),
            "{} uses floating point",
            file.display()
        );
    }
}
