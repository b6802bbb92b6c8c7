//! Real judgments are the tests: every preset reproduces its court's figures, to the fen where
//! the award is a point, or within a range that contains the award and is no wider than twice it.

use std::collections::BTreeSet;
use weiquan::cases::{self, SOURCES};
use weiquan::law::{assess, Amount, Frame, LineId};
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

/// The award lies in the engine's figure, and a range is no wider than twice the award.
fn contains_tightly(engine: Amount, award: Money) -> bool {
    match engine {
        Amount::Exact { fen } => fen == award,
        Amount::Range {
            min,
            max: Some(max),
        } => min <= award && award <= max && max.fen() - min.fen() <= 2 * award.fen(),
        Amount::Range { max: None, .. } | Amount::Undetermined => false,
    }
}

#[test]
fn every_preset_reproduces_the_courts_figures() {
    for case in cases::all() {
        let a = assess(&case.scenario).expect("no overflow");
        let total = a.total().expect("a section").amount;
        assert_eq!(total, case.expected.total.amount(), "{}: total", case.id);
        assert!(
            contains_tightly(total, case.expected.awarded),
            "{}: the award {:?} is not in the engine's figure {:?}",
            case.id,
            case.expected.awarded,
            total
        );
        for expected in &case.expected.lines {
            assert_eq!(
                a.figure(expected.id),
                Some(expected.amount.amount()),
                "{}: {:?}",
                case.id,
                expected.id
            );
        }
    }
}

#[test]
fn at_least_five_individual_suits_and_the_public_interest_example() {
    assert!(cases::individual().count() >= 5, "five individual suits");
    let public: Vec<_> = cases::all()
        .iter()
        .filter(|c| c.is_public_interest())
        .collect();
    assert_eq!(public.len(), 1);
    let a = assess(&public[0].scenario).unwrap();
    assert_eq!(a.sections[0].frame, Frame::PublicInterest);
}

#[test]
fn hangzhou_2020_10605_is_34000_yuan_on_the_gain_basis_as_a_public_interest_suit() {
    let case = cases::find("hangzhou-2020-10605").expect("preset");
    assert_eq!(case.case_number_zh, "(2020)浙0192民初10605号");
    assert!(case.is_public_interest());
    let a = assess(&case.scenario).unwrap();
    assert_eq!(
        a.total().unwrap().amount,
        Amount::exact(Money::from_yuan(34_000))
    );
    // ¥34,000 / 40,000 records = ¥0.85: what one record of one person brought in.
    assert_eq!(
        a.figure(LineId::GainPerRecord),
        Some(Amount::exact(Money::from_fen(85)))
    );
}

#[test]
fn line_wire_names_are_what_serde_writes() {
    use LineId::*;
    for id in [
        PropertyDamages,
        LossBasis,
        GainBasis,
        GainPerRecord,
        Expenses,
        MentalDamages,
        PriceRefund,
        PurchaseLoss,
        Punitive,
        PunitiveOnPrice,
        PunitiveOnBase,
        PunitiveOnLoss,
        ReformPunitive,
        ReformOnGain,
        ReformPerRecord,
        CourtFeeProperty,
        CourtFeePersonality,
        CourtFeeJoined,
        CourtFeeHalved,
        LateInterest,
        Limitation,
    ] {
        assert_eq!(
            serde_json::to_string(&id).unwrap(),
            format!("\"{}\"", id.wire())
        );
    }
}

#[test]
fn purchase_presets_cover_fraud_food_and_an_older_version() {
    use weiquan::law::statutes::ProvisionId as P;
    use weiquan::law::PurchaseRule;
    let purchases: Vec<_> = cases::all()
        .iter()
        .filter_map(|c| Some((c, c.scenario.purchase.as_ref()?)))
        .collect();
    assert!(purchases.len() >= 4, "four real purchase judgments");
    for rule in [PurchaseRule::Fraud, PurchaseRule::Food] {
        assert!(purchases.iter().any(|(_, p)| p.rule == rule), "{rule:?}");
    }
    let older = purchases.iter().filter(|(c, _)| {
        let a = assess(&c.scenario).unwrap();
        a.line(LineId::Punitive).is_some_and(|l| {
            l.provisions.contains(&P::ConsumerProtection1993Art49)
                || l.provisions.contains(&P::FoodSafety2009Art96Para2)
        })
    });
    assert!(older.count() >= 1, "a case under a superseded text");
}

/// Issue 16: each newly encoded period has real judgments. Personal information under the Tort
/// Liability Law (2010-07-01 – 2020-12-31): at least two presets, each measured by its art. 20.
#[test]
fn personal_information_before_2021_has_presets_under_the_tort_liability_law() {
    use weiquan::law::statutes::ProvisionId as P;
    let tort_law: Vec<_> = cases::individual()
        .filter(|c| {
            let a = assess(&c.scenario).unwrap();
            a.line(LineId::PropertyDamages)
                .is_some_and(|l| l.provisions.contains(&P::TortLaw20))
        })
        .map(|c| c.id.as_str())
        .collect();
    assert!(tort_law.len() >= 2, "{tort_law:?}");
}
