//! The compensation rules, case by case: which basis wins, where the court has a range, and
//! that every line cites its provisions and renders completely in both languages.
#![cfg(not(target_arch = "wasm32"))]

use weiquan::i18n::{self, Lang};
use weiquan::law::statutes::ProvisionId as P;
use weiquan::law::{
    assess, Amount, Assessment, Expenses, Gain, LineId, Mental, PersonalInformation, Scenario,
};
use weiquan::money::Money;
use weiquan::parse::Count;

fn yuan(y: i64) -> Money {
    Money::from_yuan(y)
}

fn run(pi: PersonalInformation) -> Assessment {
    let a = assess(&Scenario {
        personal_information: pi,
    })
    .expect("no overflow");
    assert_complete(&a);
    a
}

/// Every rendered message is filled in, and every line in the total cites a provision.
fn assert_complete(a: &Assessment) {
    for lang in [Lang::Zh, Lang::En] {
        for line in &a.lines {
            for msg in std::iter::once(&line.formula).chain(&line.notes) {
                let text = i18n::render(lang, msg);
                assert!(!text.contains('{'), "unfilled template: {text}");
            }
            if line.in_total {
                assert!(!line.provisions.is_empty(), "{:?} cites nothing", line.id);
            }
        }
        for note in &a.notes {
            assert!(!i18n::render(lang, &note.msg).contains('{'));
        }
    }
}

fn amount(a: &Assessment, id: LineId) -> Amount {
    a.line(id)
        .unwrap_or_else(|| panic!("no line {id:?}"))
        .amount
}

fn exact(m: Money) -> Amount {
    Amount::Exact { fen: m }
}

#[test]
fn loss_with_expenses_is_the_loss_basis() {
    let a = run(PersonalInformation {
        direct_loss: Some(yuan(2_000)),
        expenses: Expenses {
            notarisation: Some(yuan(1_000)),
            lawyer: Some(yuan(5_000)),
            ..Default::default()
        },
        ..Default::default()
    });
    // Lawyer's fees are the court's call: they raise only the top of the range.
    let expected = Amount::Range {
        min: yuan(3_000),
        max: Some(yuan(8_000)),
    };
    assert_eq!(amount(&a, LineId::LossBasis), expected);
    assert_eq!(amount(&a, LineId::PropertyDamages), expected);
    assert_eq!(a.total, expected);
    let property = a.line(LineId::PropertyDamages).unwrap();
    assert!(property.provisions.contains(&P::Pipl69Para2));
    assert!(property.provisions.contains(&P::NetworkRules12Para1));
}

#[test]
fn loss_higher_than_gain_uses_the_loss() {
    let a = run(PersonalInformation {
        direct_loss: Some(yuan(5_000)),
        gain: Gain::Actual {
            amount: yuan(3_000),
            records: None,
        },
        ..Default::default()
    });
    assert_eq!(a.total, exact(yuan(5_000)));
}

#[test]
fn gain_higher_without_expenses_is_exact() {
    let a = run(PersonalInformation {
        direct_loss: Some(yuan(100)),
        gain: Gain::Actual {
            amount: yuan(34_000),
            records: None,
        },
        ..Default::default()
    });
    assert_eq!(a.total, exact(yuan(34_000)));
}

#[test]
fn gain_higher_with_expenses_is_a_range_for_the_court() {
    let a = run(PersonalInformation {
        direct_loss: Some(yuan(100)),
        expenses: Expenses {
            lawyer: Some(yuan(3_000)),
            ..Default::default()
        },
        gain: Gain::Actual {
            amount: yuan(34_000),
            records: None,
        },
        ..Default::default()
    });
    assert_eq!(
        a.total,
        Amount::Range {
            min: yuan(34_000),
            max: Some(yuan(37_000))
        }
    );
}

#[test]
fn gain_between_loss_and_loss_plus_expenses() {
    // loss 1,000 + expenses 500 = 1,500; gain 1,200: at least 1,500, at most 1,200 + 500.
    let a = run(PersonalInformation {
        direct_loss: Some(yuan(1_000)),
        expenses: Expenses {
            other: Some(yuan(500)),
            ..Default::default()
        },
        gain: Gain::Actual {
            amount: yuan(1_200),
            records: None,
        },
        ..Default::default()
    });
    assert_eq!(
        a.total,
        Amount::Range {
            min: yuan(1_500),
            max: Some(yuan(1_700))
        }
    );
}

#[test]
fn both_unknown_online_is_up_to_the_network_ceiling() {
    let a = run(PersonalInformation::default());
    assert_eq!(
        a.total,
        Amount::Range {
            min: Money::ZERO,
            max: Some(yuan(500_000))
        }
    );
    let line = a.line(LineId::PropertyDamages).unwrap();
    assert!(line.provisions.contains(&P::NetworkRules12Para2));
}

#[test]
fn both_unknown_offline_has_no_ceiling_and_expenses_are_the_floor() {
    let a = run(PersonalInformation {
        via_network: false,
        expenses: Expenses {
            investigation: Some(yuan(800)),
            ..Default::default()
        },
        ..Default::default()
    });
    assert_eq!(
        a.total,
        Amount::Range {
            min: yuan(800),
            max: None
        }
    );
    assert!(!a
        .line(LineId::PropertyDamages)
        .unwrap()
        .provisions
        .contains(&P::NetworkRules12Para2));
}

#[test]
fn facial_information_cites_the_facial_rules_for_expenses() {
    let a = run(PersonalInformation {
        facial: true,
        direct_loss: Some(yuan(1_038)),
        expenses: Expenses {
            lawyer: Some(yuan(2_000)),
            ..Default::default()
        },
        ..Default::default()
    });
    let loss = a.line(LineId::LossBasis).unwrap();
    assert!(loss.provisions.contains(&P::FacialRules8Para2));
    assert!(!loss.provisions.contains(&P::NetworkRules12Para1));
}

#[test]
fn an_estimate_is_records_times_price_and_labelled() {
    let a = run(PersonalInformation {
        gain: Gain::Estimate {
            records: Count {
                n: 40_000,
                more_than: true,
            },
            price_per_record: Money::from_fen(85),
        },
        ..Default::default()
    });
    assert_eq!(amount(&a, LineId::GainBasis), exact(yuan(34_000)));
    let text = i18n::render(Lang::En, &a.line(LineId::GainBasis).unwrap().formula);
    assert!(text.contains("estimate"), "{text}");
    assert!(text.contains("more than 40,000"), "{text}");
}

#[test]
fn mental_damages_only_when_serious_and_never_invented() {
    let none = run(PersonalInformation {
        direct_loss: Some(yuan(10)),
        ..Default::default()
    });
    assert!(none.line(LineId::MentalDamages).is_none());
    let no_figure = run(PersonalInformation {
        direct_loss: Some(yuan(10)),
        mental: Mental {
            serious: true,
            claimed: None,
        },
        ..Default::default()
    });
    assert_eq!(
        amount(&no_figure, LineId::MentalDamages),
        Amount::Undetermined
    );
    assert_eq!(no_figure.total, exact(yuan(10)));
    let claimed = run(PersonalInformation {
        direct_loss: Some(yuan(10)),
        mental: Mental {
            serious: true,
            claimed: Some(yuan(5_000)),
        },
        ..Default::default()
    });
    assert_eq!(
        claimed.total,
        Amount::Range {
            min: yuan(10),
            max: Some(yuan(5_010))
        }
    );
    let line = claimed.line(LineId::MentalDamages).unwrap();
    assert_eq!(
        line.provisions,
        vec![P::CivilCode1183Para1, P::MentalDamages5]
    );
}

#[test]
fn every_assessment_states_presumed_fault_and_the_law_date() {
    let a = run(PersonalInformation::default());
    assert_eq!(a.law_as_of, "2026-06-03");
    assert!(a
        .notes
        .iter()
        .any(|n| n.provisions.contains(&P::Pipl69Para1)));
}

#[test]
fn overflow_is_reported_not_wrapped() {
    let huge = Money::from_fen(i64::MAX / 2 + 1);
    let r = assess(&Scenario {
        personal_information: PersonalInformation {
            direct_loss: Some(huge),
            expenses: Expenses {
                other: Some(huge),
                ..Default::default()
            },
            ..Default::default()
        },
    });
    assert!(r.is_err());
}

#[test]
fn a_gain_between_direct_loss_and_the_loss_basis_says_so() {
    // Review finding: gain 120 > direct loss 100 but < loss basis 150; the range is 150..170 and
    // the formula must not call the gain the higher basis outright.
    let a = run(PersonalInformation {
        direct_loss: Some(yuan(100)),
        expenses: Expenses {
            other: Some(yuan(50)),
            ..Default::default()
        },
        gain: Gain::Actual {
            amount: yuan(120),
            records: None,
        },
        ..Default::default()
    });
    assert_eq!(
        a.total,
        Amount::Range {
            min: yuan(150),
            max: Some(yuan(170))
        }
    );
    let text = i18n::render(Lang::En, &a.line(LineId::PropertyDamages).unwrap().formula);
    assert!(text.contains("the loss basis is ¥150.00"), "{text}");
}

#[test]
fn a_zero_gain_with_no_loss_entered_is_left_to_the_court() {
    let a = run(PersonalInformation {
        gain: Gain::Actual {
            amount: Money::ZERO,
            records: None,
        },
        ..Default::default()
    });
    assert_eq!(
        a.total,
        Amount::Range {
            min: Money::ZERO,
            max: Some(yuan(500_000))
        }
    );
}

#[test]
fn the_network_ceiling_stays_500000_even_when_expenses_exceed_it() {
    let a = run(PersonalInformation {
        expenses: Expenses {
            investigation: Some(yuan(600_000)),
            ..Default::default()
        },
        ..Default::default()
    });
    assert_eq!(a.total, exact(yuan(500_000)));
    let notes = &a.line(LineId::PropertyDamages).unwrap().notes;
    assert!(notes
        .iter()
        .any(|n| i18n::render(Lang::En, n).contains("exceed ¥500,000")));
}

#[test]
fn offline_and_not_facial_expenses_cite_only_the_civil_code() {
    let a = run(PersonalInformation {
        via_network: false,
        direct_loss: Some(yuan(100)),
        expenses: Expenses {
            other: Some(yuan(50)),
            ..Default::default()
        },
        ..Default::default()
    });
    let loss = a.line(LineId::LossBasis).unwrap();
    assert!(!loss.provisions.contains(&P::NetworkRules12Para1));
    assert!(!loss.provisions.contains(&P::FacialRules8Para2));
    assert!(loss
        .notes
        .iter()
        .any(|n| i18n::render(Lang::En, n).contains("Civil Code Art. 1182")));
}
