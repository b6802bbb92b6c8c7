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

/// `src/law/**` imports only `money`, `date`, `parse::Count` and itself: never `i18n`, `ui`,
/// `form`, `cases`, `yew` or `web_sys`, so the engine compiles and tests without a browser and
/// never depends on how it is presented.
#[test]
fn the_engine_imports_nothing_from_presentation_or_the_web() {
    let mut files = Vec::new();
    rust_files(Path::new("src/law"), &mut files);
    assert!(files.len() > 5, "found the engine's files");
    let forbidden = [
        "crate::i18n",
        "crate::ui",
        "crate::form",
        "crate::cases",
        "crate::scenario_json",
        "yew",
        "web_sys",
        "wasm_bindgen",
        "gloo",
    ];
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for line in text.lines().map(str::trim) {
            if line.starts_with("//") {
                continue;
            }
            for f in forbidden {
                assert!(
                    !(line.contains(&format!("{f}::")) || line.contains(&format!("use {f}"))),
                    "{}: forbidden import of {f}: {line}",
                    file.display()
                );
            }
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
