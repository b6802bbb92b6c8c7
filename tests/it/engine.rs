//! The personal-information rules, case by case: which basis wins, when the court decides,
//! what is capped, which rules apply on which date, and that everything renders in zh and en.

use weiquan::date::Date;
use weiquan::i18n::{self, Lang};
use weiquan::law::statutes::ProvisionId as P;
use weiquan::law::{
    assess, Amount, Assessment, Claimant, Claimed, Expenses, Gain, Key, LineId, Loss, Mental,
    PersonalInformation, Role, Scenario, ThirdParty,
};
use weiquan::money::Money;
use weiquan::parse::Count;

fn yuan(y: i64) -> Money {
    Money::from_yuan(y)
}

fn exact(y: i64) -> Amount {
    Amount::exact(yuan(y))
}

fn range(min: i64, max: i64) -> Amount {
    Amount::range(yuan(min), Some(yuan(max)))
}

pub fn run_as(claimant: Claimant, pi: PersonalInformation) -> Assessment {
    let a = assess(&Scenario {
        claimant,
        personal_information: Some(pi),
        ..Scenario::default()
    })
    .expect("no overflow");
    assert_complete(&a);
    a
}

fn run(pi: PersonalInformation) -> Assessment {
    run_as(Claimant::Individual, pi)
}

/// Every message is filled in, and every awarded line cites a provision.
pub fn assert_complete(a: &Assessment) {
    for lang in [Lang::Zh, Lang::En] {
        for s in &a.sections {
            let line_msgs = s.lines.iter().flat_map(|l| {
                std::iter::once(&l.formula).chain(&l.notes).chain(
                    l.parts
                        .iter()
                        .flat_map(|p| std::iter::once(&p.formula).chain(&p.notes)),
                )
            });
            let other = s
                .notes
                .iter()
                .map(|n| &n.msg)
                .chain(s.relief.iter().map(|r| &r.msg));
            for msg in line_msgs.chain(other).chain(&s.not_covered) {
                let text = i18n::render(lang, msg);
                assert!(!text.contains('{'), "unfilled template: {text}");
            }
            for l in s.lines.iter().filter(|l| l.role == Role::Awarded) {
                assert!(!l.provisions.is_empty(), "{:?} cites nothing", l.id);
            }
        }
    }
}

fn line(a: &Assessment, id: LineId) -> &weiquan::law::Line {
    a.line(id).unwrap_or_else(|| panic!("no line {id:?}"))
}

fn total(a: &Assessment) -> Amount {
    a.total().expect("a section").amount
}

fn has_note(a: &Assessment, key: Key) -> bool {
    a.sections[0].notes.iter().any(|n| n.msg.key == key)
}

fn line_note(a: &Assessment, id: LineId, key: Key) -> bool {
    line(a, id).notes.iter().any(|n| n.key == key)
}

#[test]
fn an_empty_scenario_assesses_to_nothing() {
    let a = assess(&Scenario::default()).unwrap();
    assert!(a.sections.is_empty());
    assert!(a.total().is_none());
}

#[test]
fn no_loss_and_no_gain_is_zero_with_its_reason_never_the_courts_range() {
    let a = run(PersonalInformation::default());
    let property = line(&a, LineId::PropertyDamages);
    assert_eq!(property.amount, Amount::ZERO);
    assert!(property.discretion.is_none());
    assert!(line_note(
        &a,
        LineId::PropertyDamages,
        Key::NoteNoLossNoDiscretion
    ));
    assert_eq!(total(&a), Amount::ZERO);
    assert!(a.total().unwrap().court_decides.is_none());
    let relief: Vec<Key> = a.sections[0].relief.iter().map(|r| r.msg.key).collect();
    assert_eq!(
        relief,
        [
            Key::ReliefStopAndDelete,
            Key::ReliefApology,
            Key::ReliefNoLimitation
        ]
    );
}

#[test]
fn an_unquantifiable_loss_online_is_the_courts_call_up_to_the_legal_maximum() {
    let a = run(PersonalInformation {
        loss: Loss::Unquantifiable,
        ..Default::default()
    });
    let property = line(&a, LineId::PropertyDamages);
    assert_eq!(property.amount, range(0, 500_000));
    assert_eq!(property.discretion.unwrap().legal_max, Some(yuan(500_000)));
    assert!(property.provisions.contains(&P::NetworkRules12Para2));
    assert!(line_note(
        &a,
        LineId::PropertyDamages,
        Key::NoteLegalMaximum
    ));
    assert!(a.total().unwrap().court_decides.is_some());
}

#[test]
fn an_unquantifiable_loss_offline_has_no_ceiling() {
    let a = run(PersonalInformation {
        loss: Loss::Unquantifiable,
        via_network: false,
        ..Default::default()
    });
    assert_eq!(total(&a), Amount::range(Money::ZERO, None));
    assert_eq!(
        line(&a, LineId::PropertyDamages)
            .discretion
            .unwrap()
            .legal_max,
        None
    );
    assert!(!line(&a, LineId::PropertyDamages)
        .provisions
        .contains(&P::NetworkRules12Para2));
}

#[test]
fn expenses_are_their_own_head_outside_the_ceiling() {
    let a = run(PersonalInformation {
        loss: Loss::Unquantifiable,
        expenses: Expenses {
            notarisation: Some(yuan(1_000)),
            ..Default::default()
        },
        ..Default::default()
    });
    assert_eq!(line(&a, LineId::Expenses).amount, exact(1_000));
    assert_eq!(line(&a, LineId::Expenses).role, Role::Awarded);
    assert_eq!(
        total(&a),
        range(1_000, 501_000),
        "the provable minimum, then the ceiling"
    );
}

#[test]
fn lawyers_fees_raise_the_top_online_and_stay_out_offline() {
    let expenses = Expenses {
        notarisation: Some(yuan(1_000)),
        lawyer: Some(yuan(5_000)),
        ..Default::default()
    };
    let online = run(PersonalInformation {
        expenses: expenses.clone(),
        ..Default::default()
    });
    assert_eq!(line(&online, LineId::Expenses).amount, range(1_000, 6_000));
    assert!(line(&online, LineId::Expenses)
        .provisions
        .contains(&P::NetworkRules12Para1));
    let offline = run(PersonalInformation {
        expenses,
        via_network: false,
        ..Default::default()
    });
    assert_eq!(line(&offline, LineId::Expenses).amount, exact(1_000));
    assert!(line_note(&offline, LineId::Expenses, Key::NoteLawyerNoRule));
    assert_eq!(
        line(&offline, LineId::Expenses).provisions,
        [P::CivilCode1182]
    );
}

#[test]
fn facial_information_lets_reasonable_lawyers_fees_in_even_offline() {
    let a = run(PersonalInformation {
        facial: true,
        via_network: false,
        expenses: Expenses {
            lawyer: Some(yuan(3_000)),
            ..Default::default()
        },
        ..Default::default()
    });
    assert_eq!(line(&a, LineId::Expenses).amount, range(0, 3_000));
    assert!(line(&a, LineId::Expenses)
        .provisions
        .contains(&P::FacialRules8Para2));
}

#[test]
fn a_scam_loss_is_a_share_from_zero_never_the_whole() {
    let a = run(PersonalInformation {
        loss: Loss::Amount {
            fen: yuan(8_000),
            third_party: Some(ThirdParty {
                recovered: yuan(2_000),
            }),
        },
        ..Default::default()
    });
    let property = line(&a, LineId::PropertyDamages);
    assert_eq!(property.amount, range(0, 6_000));
    for p in [P::CivilCode1175, P::CivilCode1172, P::CivilCode1173] {
        assert!(property.provisions.contains(&p), "{p:?}");
    }
    assert!(line_note(
        &a,
        LineId::PropertyDamages,
        Key::NoteThirdPartyShare
    ));
    assert!(!matches!(total(&a), Amount::Exact { .. }));
}

#[test]
fn recovering_more_than_was_lost_leaves_nothing_not_a_negative() {
    let a = run(PersonalInformation {
        loss: Loss::Amount {
            fen: yuan(100),
            third_party: Some(ThirdParty {
                recovered: yuan(500),
            }),
        },
        ..Default::default()
    });
    assert_eq!(total(&a), Amount::ZERO);
}

#[test]
fn the_claim_caps_each_head() {
    let a = run(PersonalInformation {
        loss: Loss::Unquantifiable,
        expenses: Expenses {
            notarisation: Some(yuan(1_000)),
            lawyer: Some(yuan(5_000)),
            ..Default::default()
        },
        claimed: Claimed {
            property: Some(yuan(3_000)),
            expenses: Some(yuan(2_000)),
        },
        ..Default::default()
    });
    let property = line(&a, LineId::PropertyDamages);
    assert_eq!(property.amount, range(0, 3_000));
    assert!(property.provisions.contains(&P::CivilProcedureLaw211Item11));
    assert!(line_note(
        &a,
        LineId::PropertyDamages,
        Key::NoteCappedByClaim
    ));
    assert_eq!(line(&a, LineId::Expenses).amount, range(1_000, 2_000));
    assert_eq!(total(&a), range(1_000, 5_000));
}

#[test]
fn loss_and_gain_are_compared_inside_the_property_line() {
    let a = run(PersonalInformation {
        loss: Loss::Amount {
            fen: yuan(2_000),
            third_party: None,
        },
        gain: Gain::Actual {
            amount: yuan(3_000),
            records: None,
        },
        ..Default::default()
    });
    assert_eq!(total(&a), exact(3_000));
    assert_eq!(a.figure(LineId::LossBasis), Some(exact(2_000)));
    assert_eq!(a.figure(LineId::GainBasis), Some(exact(3_000)));
    let top: Vec<LineId> = a.sections[0].lines.iter().map(|l| l.id).collect();
    assert_eq!(
        top,
        [LineId::PropertyDamages],
        "only the lines that add up are at the top"
    );
    assert!(has_note(&a, Key::NoteClaimantChooses));
    assert_eq!(
        line(&a, LineId::PropertyDamages).formula.key,
        Key::FormulaPropertyHigherOf
    );
}

#[test]
fn one_persons_share_of_a_gain_from_many_is_an_estimate() {
    let a = run(PersonalInformation {
        gain: Gain::ProRata {
            total: yuan(34_000),
            all_records: Count {
                n: 40_000,
                more_than: false,
            },
            own_records: 1,
        },
        ..Default::default()
    });
    assert_eq!(total(&a), Amount::exact(Money::from_fen(85)));
    assert!(a.total().unwrap().has_estimate, "含估算");
    assert!(line(&a, LineId::PropertyDamages).estimate);
}

#[test]
fn records_times_price_is_an_estimate_labelled_as_such() {
    let a = run(PersonalInformation {
        gain: Gain::Estimate {
            records: Count {
                n: 3,
                more_than: true,
            },
            price_per_record: Money::from_fen(85),
        },
        ..Default::default()
    });
    assert_eq!(total(&a), Amount::exact(Money::from_fen(255)));
    assert!(a.total().unwrap().has_estimate);
}

#[test]
fn mental_damages_only_when_serious_and_out_of_the_total_without_a_figure() {
    let not_serious = run(PersonalInformation {
        mental: Mental {
            serious: false,
            claimed: Some(yuan(5_000)),
        },
        ..Default::default()
    });
    assert!(not_serious.line(LineId::MentalDamages).is_none());
    assert!(has_note(&not_serious, Key::NoteMentalNotSerious));
    let no_figure = run(PersonalInformation {
        mental: Mental {
            serious: true,
            claimed: None,
        },
        ..Default::default()
    });
    assert_eq!(line(&no_figure, LineId::MentalDamages).role, Role::Basis);
    assert_eq!(total(&no_figure), Amount::ZERO);
    let claimed = run(PersonalInformation {
        mental: Mental {
            serious: true,
            claimed: Some(yuan(5_000)),
        },
        ..Default::default()
    });
    assert_eq!(total(&claimed), range(0, 5_000));
}

fn on(date: Date, pi: PersonalInformation) -> Assessment {
    run(PersonalInformation {
        conduct_date: Some(date),
        ..pi
    })
}

#[test]
fn the_date_of_the_conduct_picks_the_rules() {
    let base = PersonalInformation {
        loss: Loss::Amount {
            fen: yuan(100),
            third_party: None,
        },
        ..Default::default()
    };
    let pipl = on(Date::ymd(2021, 11, 1), base.clone());
    assert!(has_note(&pipl, Key::NotePresumedFault));
    assert!(line(&pipl, LineId::PropertyDamages)
        .provisions
        .contains(&P::Pipl69Para2));
    let civil_code = on(Date::ymd(2021, 10, 31), base.clone());
    assert!(has_note(&civil_code, Key::NoteBeforePipl));
    assert!(has_note(&civil_code, Key::NoteOrdinaryFault));
    assert_eq!(
        line(&civil_code, LineId::PropertyDamages).provisions,
        [P::CivilCode1182]
    );
    let before = on(Date::ymd(2010, 6, 30), base.clone());
    assert_eq!(
        before.sections[0].not_covered.as_ref().map(|m| m.key),
        Some(Key::NoteNotCoveredBeforeTortLaw)
    );
    assert!(before.sections[0].lines.is_empty());
    assert_eq!(total(&before), Amount::Undetermined);
    let unknown = run(base);
    assert!(has_note(&unknown, Key::NoteDateAssumed));
}

#[test]
fn facial_rules_only_from_their_day_in_force() {
    let pi = PersonalInformation {
        facial: true,
        via_network: false,
        expenses: Expenses {
            lawyer: Some(yuan(3_000)),
            ..Default::default()
        },
        ..Default::default()
    };
    let before = on(Date::ymd(2021, 7, 31), pi.clone());
    assert!(has_note(&before, Key::NoteFacialBeforeRules));
    assert_eq!(
        line(&before, LineId::Expenses).amount,
        Amount::ZERO,
        "no rule lets the fee in"
    );
    let after = on(Date::ymd(2021, 8, 1), pi);
    assert_eq!(line(&after, LineId::Expenses).amount, range(0, 3_000));
}

#[test]
fn no_presumed_fault_against_someone_who_is_not_a_processor() {
    let a = run(PersonalInformation {
        defendant_is_processor: false,
        ..Default::default()
    });
    assert!(has_note(&a, Key::NoteNotAProcessor));
    assert!(has_note(&a, Key::NoteOrdinaryFault));
    assert!(!has_note(&a, Key::NotePresumedFault));
}

#[test]
fn a_public_interest_suit_is_framed_as_such() {
    let a = run_as(
        Claimant::PublicInterest,
        PersonalInformation {
            gain: Gain::Actual {
                amount: yuan(34_000),
                records: Some(Count {
                    n: 40_000,
                    more_than: true,
                }),
            },
            mental: Mental {
                serious: true,
                claimed: Some(yuan(1)),
            },
            ..Default::default()
        },
    );
    assert_eq!(a.sections[0].frame, weiquan::law::Frame::PublicInterest);
    assert!(has_note(&a, Key::NotePublicInterest));
    // Issue 16's review: the public's relief is asked for too, and the notes speak of the
    // claimant, not to the reader as if they sued.
    let relief: Vec<_> = a.sections[0].relief.iter().map(|r| r.msg.key).collect();
    assert_eq!(
        relief,
        [
            Key::ReliefStopAndDeletePublic,
            Key::ReliefApologyPublic,
            Key::ReliefNoLimitation
        ]
    );
    assert!(has_note(&a, Key::NotePresumedFaultPublic));
    assert!(!has_note(&a, Key::NotePresumedFault));
    assert!(a.line(LineId::MentalDamages).is_none());
    assert_eq!(
        a.figure(LineId::GainPerRecord),
        Some(Amount::exact(Money::from_fen(85)))
    );
}

#[test]
fn overflow_is_reported_not_wrapped() {
    let s = Scenario {
        personal_information: Some(PersonalInformation {
            gain: Gain::Estimate {
                records: Count {
                    n: u64::MAX,
                    more_than: false,
                },
                price_per_record: yuan(1),
            },
            ..Default::default()
        }),
        ..Scenario::default()
    };
    assert!(assess(&s).is_err());
}

/// Issue 16: personal information before 2021-01-01 is judged by the Tort Liability Law, whose
/// art. 20 is an order, not a free choice of the higher: the loss; the gain only where the loss is
/// hard to determine; then the court. The same facts on 2021-01-01 take the higher (1182).
#[test]
fn before_2021_the_tort_liability_law_takes_the_loss_first_then_the_gain() {
    let facts = PersonalInformation {
        loss: Loss::Amount {
            fen: yuan(1_000),
            third_party: None,
        },
        gain: Gain::Actual {
            amount: yuan(34_000),
            records: None,
        },
        ..Default::default()
    };
    let tort_law = on(Date::ymd(2019, 5, 1), facts.clone());
    assert_eq!(total(&tort_law), exact(1_000));
    assert_eq!(
        line(&tort_law, LineId::PropertyDamages).provisions,
        [P::TortLaw20]
    );
    assert!(has_note(&tort_law, Key::NoteLossThenGain));
    assert!(has_note(&tort_law, Key::NoteTortLawEra));
    assert!(!has_note(&tort_law, Key::NoteClaimantChooses));
    let civil_code = on(Date::ymd(2021, 1, 1), facts.clone());
    assert_eq!(total(&civil_code), exact(34_000));
    // A loss hard to determine opens the gain; no loss at all does not.
    let unclear = on(
        Date::ymd(2019, 5, 1),
        PersonalInformation {
            loss: Loss::Unquantifiable,
            ..facts.clone()
        },
    );
    assert_eq!(total(&unclear), exact(34_000));
    let none = on(
        Date::ymd(2019, 5, 1),
        PersonalInformation {
            loss: Loss::None,
            ..facts
        },
    );
    assert_eq!(total(&none), exact(0));
    assert_eq!(
        line(&none, LineId::PropertyDamages).formula.key,
        Key::FormulaPropertyLossFirst
    );
}

/// Before 2021 the court's figure in a network case was capped by the network rules' 2014 text
/// (art. 18(2)); a scam's loss was the scammer's (侵权责任法 28) with the leaking business's share
/// (12) reduced by the victim's fault (26); mental damages rested on 22 and the 2001 factors.
#[test]
fn before_2021_the_rules_of_the_time_are_cited() {
    let discretion = on(
        Date::ymd(2019, 5, 1),
        PersonalInformation {
            loss: Loss::Unquantifiable,
            mental: Mental {
                serious: true,
                claimed: Some(yuan(1_000)),
            },
            ..Default::default()
        },
    );
    let property = line(&discretion, LineId::PropertyDamages);
    assert_eq!(property.amount, range(0, 500_000));
    assert!(property.provisions.contains(&P::NetworkRules2014Art18Para2));
    assert!(!property.provisions.contains(&P::NetworkRules12Para2));
    assert_eq!(
        line(&discretion, LineId::MentalDamages).provisions,
        [P::TortLaw22, P::MentalDamages2001Art10Para1]
    );
    let scam = on(
        Date::ymd(2017, 8, 10),
        PersonalInformation {
            loss: Loss::Amount {
                fen: yuan(8_000),
                third_party: Some(ThirdParty {
                    recovered: Money::ZERO,
                }),
            },
            ..Default::default()
        },
    );
    let property = line(&scam, LineId::PropertyDamages);
    for p in [P::TortLaw28, P::TortLaw12, P::TortLaw26] {
        assert!(property.provisions.contains(&p), "{p:?}");
    }
    assert!(!property.provisions.contains(&P::CivilCode1175));
    let relief: Vec<_> = scam.sections[0]
        .relief
        .iter()
        .map(|r| r.provisions.clone())
        .collect();
    assert_eq!(
        relief,
        [
            vec![P::TortLaw15, P::CybersecurityLaw43, P::ConsumerProtection50],
            vec![P::TortLaw15, P::ConsumerProtection50]
        ],
        "no 995 on limitation before 2021"
    );
}

/// What protected personal information on the day, by date: the consumer law from 2014-03-15, the
/// Cybersecurity Law from 2017-06-01, 民法总则 111 from 2017-10-01; before them, none encoded.
#[test]
fn before_2021_the_rules_that_protected_the_information_are_those_in_force_on_the_day() {
    let protected = |date| {
        let a = on(date, PersonalInformation::default());
        let note = a.sections[0]
            .notes
            .iter()
            .find(|n| matches!(n.msg.key, Key::NotePiProtectedThen | Key::NoteNoPiRuleYet))
            .expect("a note on the rules of the day")
            .clone();
        (note.msg.key, note.provisions)
    };
    assert_eq!(
        protected(Date::ymd(2013, 1, 1)),
        (Key::NoteNoPiRuleYet, vec![])
    );
    assert_eq!(
        protected(Date::ymd(2015, 1, 1)).1,
        [P::ConsumerProtection29, P::ConsumerProtection50]
    );
    assert_eq!(protected(Date::ymd(2017, 6, 1)).1.len(), 4);
    assert!(protected(Date::ymd(2017, 10, 1))
        .1
        .contains(&P::GeneralProvisions111));
}
