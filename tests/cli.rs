//! The `assess` command: a scenario in, the Assessment out as JSON with amounts in fen.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Stdio};

fn assess(input: &str, args: &[&str]) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_assess"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run assess");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let text = |b: Vec<u8>| String::from_utf8(b).unwrap();
    (
        out.status.code().unwrap_or(-1),
        text(out.stdout),
        text(out.stderr),
    )
}

#[test]
fn a_preset_file_gives_the_courts_total_in_fen() {
    let (code, out, _) = assess("", &["src/cases/hangzhou-2020-10605.json"]);
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        json["total"],
        serde_json::json!({"kind": "exact", "fen": 3_400_000})
    );
    let property = json["lines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["id"] == "property_damages")
        .unwrap();
    assert_eq!(
        property["provisions"],
        serde_json::json!(["pipl-69-2", "civil-code-1182"])
    );
}

#[test]
fn a_scenario_on_stdin() {
    let scenario =
        r#"{"personal_information": {"direct_loss": 150000, "expenses": {"lawyer": 300000}}}"#;
    let (code, out, _) = assess(scenario, &[]);
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    // Lawyer's fees are included at the court's discretion: they raise only the top of the range.
    assert_eq!(
        json["total"],
        serde_json::json!({"kind": "range", "min": 150_000, "max": 450_000})
    );
    assert_eq!(json["law_as_of"], "2026-06-03");
}

#[test]
fn bad_input_is_exit_code_2_with_a_message() {
    let (code, out, err) = assess(r#"{"personal_information": {"direct_los": 1}}"#, &[]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(err.contains("direct_los"), "{err}");
}
