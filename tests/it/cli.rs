//! The `assess` command: a scenario in, the Assessment out as JSON with amounts in fen.

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

fn section(json: &serde_json::Value) -> &serde_json::Value {
    &json["sections"][0]
}

#[test]
fn a_preset_file_gives_the_courts_total_in_fen() {
    let (code, out, _) = assess("", &["src/cases/hangzhou-2020-10605.json"]);
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let s = section(&json);
    assert_eq!(s["frame"], "public_interest");
    assert_eq!(
        s["total"]["amount"],
        serde_json::json!({"kind": "exact", "fen": 3_400_000})
    );
    let property = &s["lines"][0];
    assert_eq!(property["id"], "property_damages");
    assert_eq!(
        property["provisions"],
        serde_json::json!(["pipl-69-2", "civil-code-1182"])
    );
    assert_eq!(
        property["formula"]["args"]["gain"],
        serde_json::json!({"type": "money", "value": 3_400_000})
    );
}

#[test]
fn a_version_2_scenario_on_stdin() {
    let scenario = r#"{"version": 2, "personal_information": {"loss": {"amount": {"fen": 800000, "third_party": {"recovered": 200000}}}}}"#;
    let (code, out, err) = assess(scenario, &[]);
    assert_eq!(code, 0, "{err}");
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        section(&json)["total"]["amount"],
        serde_json::json!({"kind": "range", "min": 0, "max": 600_000})
    );
    assert_eq!(json["law_as_of"], "2026-06-03");
}

/// A version 1 file (the first release's format) still works, migrated as docs/scenario.md says:
/// a loss not given is a loss that is hard to determine.
#[test]
fn a_version_1_scenario_is_migrated() {
    let v1 = r#"{"personal_information": {"direct_loss": 150000, "expenses": {"lawyer": 300000}}}"#;
    let (code, out, err) = assess(v1, &[]);
    assert_eq!(code, 0, "{err}");
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    // ¥1,500 of loss, plus lawyer's fees the court may include: ¥1,500 to ¥4,500.
    assert_eq!(
        section(&json)["total"]["amount"],
        serde_json::json!({"kind": "range", "min": 150_000, "max": 450_000})
    );
    let (code, out, _) = assess(r#"{"personal_information": {}}"#, &[]);
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(
        section(&json)["total"]["court_decides"].is_object(),
        "v1 blank loss = hard to determine"
    );
}

#[test]
fn bad_input_is_exit_code_2_with_a_message() {
    for (input, needle) in [
        (
            r#"{"personal_information": {"direct_los": 1}}"#,
            "direct_los",
        ),
        (
            r#"{"version": 2, "personal_information": {"loss": "some"}}"#,
            "some",
        ),
        (r#"{"version": 4}"#, "unsupported scenario version 4"),
        (
            r#"{"version": 2, "who_pays": "food_platform"}"#,
            "`who_pays` is a version 3 field",
        ),
        ("not json", "invalid JSON"),
    ] {
        let (code, out, err) = assess(input, &[]);
        assert_eq!(code, 2, "{input}");
        assert!(out.is_empty());
        assert!(err.contains(needle), "{input}: {err}");
    }
}

/// The page's limits hold on the command line too, with the field named.
#[test]
fn negative_or_out_of_range_figures_are_refused_with_the_field_named() {
    let negative = r#"{"version": 2, "personal_information": {"loss": {"amount": {"fen": -500}}}}"#;
    let (code, _, err) = assess(negative, &[]);
    assert_eq!(code, 2);
    assert!(
        err.contains("personal_information.loss.amount.fen: cannot be negative"),
        "{err}"
    );
    let huge = r#"{"version": 2, "personal_information": {"loss": {"amount": {"fen": 99999999999999999}}}}"#;
    let (code, _, err) = assess(huge, &[]);
    assert_eq!(code, 2);
    assert!(err.contains("outside what the page accepts"), "{err}");
}

#[test]
fn input_over_a_megabyte_is_refused_before_parsing() {
    let big = format!("{{\"version\": 2, \"pad\": \"{}\"}}", "x".repeat(1 << 20));
    let (code, _, err) = assess(&big, &[]);
    assert_eq!(code, 2);
    assert!(err.contains("larger than"), "{err}");
}

/// `assess f.json > /dev/full` (or into a closed pipe): the command says it cannot write and
/// fails, without a panic.
#[test]
fn an_unwritable_output_is_an_error_not_a_panic() {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_assess"))
        .arg("src/cases/hangzhou-2020-10605.json")
        .stdout(Stdio::from(full))
        .stderr(Stdio::piped())
        .output()
        .expect("run assess");
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("cannot write the output"), "{err}");
    assert!(!err.contains("panicked"));
}
