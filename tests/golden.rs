//! Real judgments are the tests: every preset reproduces its court's figures to the fen.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use weiquan::cases::{self, SOURCES};
use weiquan::law::{assess, Amount, LineId};
use weiquan::money::Money;

#[test]
fn every_preset_file_is_embedded_and_parses() {
    let on_disk: BTreeSet<String> = std::fs::read_dir("src/cases")
        .expect("src/cases")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".json"))
        .collect();
    let embedded: BTreeSet<String> = SOURCES.iter().map(|(n, _)| n.to_string()).collect();
    assert_eq!(
        on_disk, embedded,
        "a preset JSON file is not listed in cases::SOURCES"
    );
    for (name, json) in SOURCES {
        serde_json::from_str::<cases::Case>(json).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
    assert_eq!(cases::all().len(), SOURCES.len());
}

#[test]
fn every_preset_reproduces_the_courts_figures() {
    for case in cases::all() {
        let a = assess(&case.scenario).expect("no overflow");
        assert_eq!(a.total, case.expected.total, "{}: total", case.id);
        for expected in &case.expected.lines {
            let line = a
                .line(expected.id)
                .unwrap_or_else(|| panic!("{}: no line {:?}", case.id, expected.id));
            assert_eq!(
                line.amount, expected.amount,
                "{}: {:?}",
                case.id, expected.id
            );
        }
    }
}

#[test]
fn hangzhou_2020_10605_is_34000_yuan_on_the_gain_basis() {
    let case = cases::find("hangzhou-2020-10605").expect("preset");
    assert_eq!(case.case_number, "(2020)浙0192民初10605号");
    let a = assess(&case.scenario).unwrap();
    assert_eq!(
        a.total,
        Amount::Exact {
            fen: Money::from_fen(3_400_000)
        }
    );
    let property = a.line(LineId::PropertyDamages).unwrap();
    assert_eq!(
        property.amount,
        Amount::Exact {
            fen: Money::from_yuan(34_000)
        }
    );
    assert!(property.in_total);
    // ¥34,000 / 40,000 records = ¥0.85, shown as derived, never in the total.
    let per = a.line(LineId::GainPerRecord).unwrap();
    assert_eq!(
        per.amount,
        Amount::Exact {
            fen: Money::from_fen(85)
        }
    );
    assert!(!per.in_total);
}
