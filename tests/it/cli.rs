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

/// With nowhere to write at all (stdout and stderr both a full disk), `assess` still ends with
/// its exit code, not a panic.
#[test]
fn nowhere_to_write_is_an_exit_code_not_a_panic() {
    let full = || {
        std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap()
    };
    for (args, code) in [
        (vec!["src/cases/hangzhou-2020-10605.json"], 1),
        (vec!["--no-such-flag"], 2),
    ] {
        let status = Command::new(env!("CARGO_BIN_EXE_assess"))
            .args(&args)
            .stdout(Stdio::from(full()))
            .stderr(Stdio::from(full()))
            .status()
            .expect("run assess");
        assert_eq!(status.code(), Some(code), "{args:?}");
    }
}

/// Issue 16: `assess` prints the whole answer. 申某 v 携程 as a version 3 scenario: the scam on
/// 2017-08-10, ¥130,000 claimed (about ¥120,000 of loss and ¥10,000 of mental damages), the suit
/// heard on 2018-07-04, the scammer and Ctrip as defendants.
const CTRIP_V3: &str = r#"{
  "version": 3,
  "personal_information": {
    "conduct_date": "2017-08-10",
    "loss": { "amount": { "fen": 10000000, "third_party": { "recovered": 0 } } }
  },
  "costs": {
    "knew_on": "2017-08-10",
    "as_of": "2018-07-04",
    "claimed": { "personal_information": 13000000 }
  },
  "who_pays": { "scam_after_leak": { "share_pct": 50 } }
}"#;

#[test]
fn a_version_3_scenario_prints_the_fee_the_limitation_and_who_pays() {
    let (code, out, err) = assess(CTRIP_V3, &[]);
    assert_eq!(code, 0, "{err}");
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let lines = &json["costs"]["lines"];
    let line = |id: &str| {
        lines
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["id"] == id)
            .unwrap_or_else(|| panic!("{id}: {lines}"))
            .clone()
    };
    assert_eq!(
        line("court_fee_personality")["amount"],
        serde_json::json!({"kind": "range", "min": 75_000, "max": 115_000})
    );
    let limitation = line("limitation");
    assert_eq!(limitation["formula"]["args"]["last"]["value"], "2020-08-10");
    let who = &json["who_pays"];
    assert_eq!(who["claim"], "personal_information");
    assert_eq!(who["rows"][0]["party"], "fraudster");
    assert_eq!(
        who["rows"][0]["may_ask"],
        serde_json::json!({"kind": "exact", "fen": 10_000_000})
    );
    let (code, text, _) = assess(CTRIP_V3, &["--text", "zh"]);
    assert_eq!(code, 0);
    for needle in [
        "# 打官司要花多少钱",
        "期间最后一日为 2020-08-10",
        "# 谁来赔",
        "骗子（直接侵权人）：您可以要求：10 万元",
    ] {
        assert!(text.contains(needle), "{needle}: {text}");
    }
    let (code, text, _) = assess(CTRIP_V3, &["--text", "en"]);
    assert_eq!(code, 0);
    assert!(text.contains("# Who pays"), "{text}");
    let (code, draft, _) = assess(CTRIP_V3, &["--complaint", "zh"]);
    assert_eq!(code, 0);
    assert!(draft.starts_with("民事起诉状（草稿）"), "{draft}");
    assert!(
        draft.contains("案件受理费（人格权案件） 750 元至 1,150 元"),
        "{draft}"
    );
    let (code, letter, _) = assess(CTRIP_V3, &["--complaint", "en"]);
    assert_eq!(code, 0);
    assert!(letter.starts_with("LETTER BEFORE ACTION"), "{letter}");
}

/// A version 2 file reads as version 3 with no costs and nobody else to pay; the same file with a
/// version 3 field is refused, not half-read.
#[test]
fn a_version_2_scenario_is_migrated_to_version_3() {
    let v2 = r#"{"version": 2, "purchase": {"rule": "fraud", "price": 10000}}"#;
    let (code, out, err) = assess(v2, &[]);
    assert_eq!(code, 0, "{err}");
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(json["who_pays"].is_null());
    assert_eq!(json["costs"]["lines"][0]["id"], "court_fee_property");
    let with_refund = r#"{"version": 2, "purchase": {"price": 10000, "refunded": 100}}"#;
    let (code, _, err) = assess(with_refund, &[]);
    assert_eq!(code, 2);
    assert!(
        err.contains("`purchase.refunded` is a version 3 field"),
        "{err}"
    );
}
