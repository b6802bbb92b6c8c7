//! Punitive damages at and around every edge: the multiplier, the floor, the consumer's choice of
//! base, the version in force on the purchase date, the exceptions, the court's discretion, and
//! the reform sandbox that never enters a current-law total.

use crate::engine::assert_complete;
use weiquan::date::Date;
use weiquan::law::statutes::ProvisionId as P;
use weiquan::law::{
    assess, Amount, Assessment, ClaimKind, Gain, Key, LineId, Loss, PersonalInformation, Purchase,
    PurchaseRule, ReformProposal, Role, Scenario,
};
use weiquan::money::Money;
use weiquan::parse::Count;

fn fen(f: i64) -> Money {
    Money::from_fen(f)
}

fn yuan(y: i64) -> Money {
    Money::from_yuan(y)
}

fn run(purchase: Purchase) -> Assessment {
    let a = assess(&Scenario {
        purchase: Some(purchase),
        ..Scenario::default()
    })
    .expect("no overflow");
    assert_complete(&a);
    a
}

fn bought(rule: PurchaseRule, price: Money, date: Option<Date>) -> Purchase {
    Purchase {
        rule,
        price,
        date,
        refund: false,
        ..Purchase::default()
    }
}

fn punitive(a: &Assessment) -> Amount {
    a.figure(LineId::Punitive).expect("a punitive line")
}

fn cites(a: &Assessment, id: LineId, p: P) -> bool {
    a.line(id).is_some_and(|l| l.provisions.contains(&p))
}

fn line_note(a: &Assessment, id: LineId, key: Key) -> bool {
    a.line(id)
        .is_some_and(|l| l.notes.iter().any(|n| n.key == key))
}

fn section_note(a: &Assessment, key: Key) -> bool {
    a.sections
        .iter()
        .flat_map(|s| &s.notes)
        .any(|n| n.msg.key == key)
}

const TODAY: Option<Date> = Some(Date::ymd(2025, 3, 1));

#[test]
fn fraud_three_times_100_is_lifted_to_the_500_floor() {
    let a = run(bought(PurchaseRule::Fraud, yuan(100), TODAY));
    assert_eq!(punitive(&a), Amount::exact(yuan(500)));
    assert_eq!(
        a.figure(LineId::PunitiveOnPrice),
        Some(Amount::exact(yuan(300)))
    );
    assert_eq!(
        a.line(LineId::Punitive).unwrap().formula.key,
        Key::FormulaPunitiveFloor
    );
    assert!(cites(&a, LineId::Punitive, P::ConsumerProtection55Para1));
    assert!(cites(
        &a,
        LineId::Punitive,
        P::CivilProcedureInterpretation109
    ));
    assert!(line_note(&a, LineId::Punitive, Key::NoteFraudBeyondDoubt));
}

#[test]
fn fraud_three_times_a_price_with_fen_is_exact_to_the_fen() {
    let a = run(bought(PurchaseRule::Fraud, fen(123_457), TODAY));
    assert_eq!(punitive(&a), Amount::exact(fen(370_371)));
}

#[test]
fn the_price_back_and_the_punitive_amount_add_up() {
    let a = run(Purchase {
        refund: true,
        ..bought(PurchaseRule::Fraud, yuan(1_000), TODAY)
    });
    assert_eq!(
        a.figure(LineId::PriceRefund),
        Some(Amount::exact(yuan(1_000)))
    );
    assert_eq!(a.total().unwrap().amount, Amount::exact(yuan(4_000)));
}

#[test]
fn food_ten_times_45_80_is_1000_today_and_458_before_october_2015() {
    let today = run(bought(PurchaseRule::Food, fen(4_580), TODAY));
    assert_eq!(punitive(&today), Amount::exact(yuan(1_000)));
    assert!(cites(&today, LineId::Punitive, P::FoodSafety148Para2));
    assert!(cites(&today, LineId::Punitive, P::FoodDrugPunitive1Para2));
    let before = run(bought(
        PurchaseRule::Food,
        fen(4_580),
        Some(Date::ymd(2015, 9, 30)),
    ));
    assert_eq!(punitive(&before), Amount::exact(fen(45_800)));
    assert!(cites(
        &before,
        LineId::Punitive,
        P::FoodSafety2009Art96Para2
    ));
    assert!(line_note(
        &before,
        LineId::Punitive,
        Key::NoteNoFloorInThisVersion
    ));
    assert!(section_note(&before, Key::NoteOlderVersion));
    let first_day = run(bought(
        PurchaseRule::Food,
        fen(4_580),
        Some(Date::ymd(2015, 10, 1)),
    ));
    assert_eq!(punitive(&first_day), Amount::exact(yuan(1_000)));
}

#[test]
fn food_three_times_the_loss_wins_when_higher_and_both_are_shown() {
    let a = run(Purchase {
        loss: Some(yuan(2_000)),
        ..bought(PurchaseRule::Food, yuan(100), TODAY)
    });
    assert_eq!(
        a.figure(LineId::PunitiveOnPrice),
        Some(Amount::exact(yuan(1_000)))
    );
    assert_eq!(
        a.figure(LineId::PunitiveOnLoss),
        Some(Amount::exact(yuan(6_000)))
    );
    assert_eq!(punitive(&a), Amount::exact(yuan(6_000)));
    assert!(line_note(&a, LineId::Punitive, Key::NoteHigherBaseChosen));
    // The loss is compensated besides: 2,000 + 6,000.
    assert_eq!(a.total().unwrap().amount, Amount::exact(yuan(8_000)));
    // And ten times the price wins when it is higher.
    let b = run(Purchase {
        loss: Some(yuan(200)),
        ..bought(PurchaseRule::Food, yuan(100), TODAY)
    });
    assert_eq!(punitive(&b), Amount::exact(yuan(1_000)));
}

#[test]
fn fraud_before_march_2014_is_once_the_price_with_no_floor() {
    let a = run(bought(
        PurchaseRule::Fraud,
        yuan(100),
        Some(Date::ymd(2014, 3, 14)),
    ));
    assert_eq!(punitive(&a), Amount::exact(yuan(100)));
    assert!(cites(&a, LineId::Punitive, P::ConsumerProtection1993Art49));
    let on_the_day = run(bought(
        PurchaseRule::Fraud,
        yuan(100),
        Some(Date::ymd(2014, 3, 15)),
    ));
    assert_eq!(punitive(&on_the_day), Amount::exact(yuan(500)));
}

#[test]
fn a_date_before_the_earliest_version_is_not_covered() {
    for (rule, date) in [
        (PurchaseRule::Fraud, Date::ymd(1993, 12, 31)),
        (PurchaseRule::Food, Date::ymd(2009, 5, 31)),
        (PurchaseRule::Drug, Date::ymd(2019, 11, 30)),
        (PurchaseRule::Defective, Date::ymd(2014, 3, 14)),
    ] {
        let a = run(bought(rule, yuan(100), Some(date)));
        let s = a.section(ClaimKind::Purchase).unwrap();
        assert!(s.not_covered.is_some(), "{rule:?} on {date}");
        assert!(s.lines.is_empty());
    }
}

#[test]
fn the_consumer_may_claim_on_a_narrower_base_and_sees_both() {
    let a = run(Purchase {
        base: Some(fen(151_137)),
        ..bought(PurchaseRule::Fraud, fen(288_900), TODAY)
    });
    assert_eq!(
        a.figure(LineId::PunitiveOnPrice),
        Some(Amount::exact(fen(866_700)))
    );
    assert_eq!(
        a.figure(LineId::PunitiveOnBase),
        Some(Amount::exact(fen(453_411)))
    );
    assert_eq!(
        punitive(&a),
        Amount::exact(fen(453_411)),
        "the court is bound by the claim"
    );
    assert!(line_note(&a, LineId::Punitive, Key::NoteBoundByClaimedBase));
}

#[test]
fn drugs_follow_the_food_structure_from_december_2019() {
    let a = run(Purchase {
        loss: Some(yuan(500)),
        ..bought(PurchaseRule::Drug, yuan(80), Some(Date::ymd(2019, 12, 1)))
    });
    assert_eq!(punitive(&a), Amount::exact(yuan(1_500)));
    assert!(cites(&a, LineId::Punitive, P::DrugAdministration144Para3));
    let cheap = run(bought(PurchaseRule::Drug, yuan(50), TODAY));
    assert_eq!(punitive(&cheap), Amount::exact(yuan(1_000)));
}

#[test]
fn a_knowingly_defective_product_gives_a_range_from_zero_to_twice_the_loss() {
    let a = run(Purchase {
        serious_harm: true,
        loss: Some(yuan(10_000)),
        ..bought(PurchaseRule::Defective, yuan(300), TODAY)
    });
    let line = a.line(LineId::Punitive).unwrap();
    assert_eq!(line.amount, Amount::range(Money::ZERO, Some(yuan(20_000))));
    assert_eq!(line.discretion.unwrap().legal_max, Some(yuan(20_000)));
    assert!(line.provisions.contains(&P::ConsumerProtection55Para2));
    assert!(
        line.provisions.contains(&P::CivilCode1207),
        "1207 from 2021"
    );
    assert!(line_note(
        &a,
        LineId::Punitive,
        Key::NoteCorrespondingPunitive
    ));
    assert!(a.total().unwrap().court_decides.is_some());
    // Before the Civil Code, 55(2) alone.
    let older = run(Purchase {
        serious_harm: true,
        loss: Some(yuan(10_000)),
        ..bought(
            PurchaseRule::Defective,
            yuan(300),
            Some(Date::ymd(2018, 1, 1)),
        )
    });
    assert!(!cites(&older, LineId::Punitive, P::CivilCode1207));
    // Without a loss in figures the ceiling is unknown, never invented.
    let no_loss = run(Purchase {
        serious_harm: true,
        ..bought(PurchaseRule::Defective, yuan(300), TODAY)
    });
    assert_eq!(punitive(&no_loss), Amount::range(Money::ZERO, None));
}

#[test]
fn no_serious_harm_no_punitive_line_but_the_reason() {
    let a = run(Purchase {
        loss: Some(yuan(1_000)),
        ..bought(PurchaseRule::Defective, yuan(300), TODAY)
    });
    assert!(a.line(LineId::Punitive).is_none());
    assert!(section_note(&a, Key::NoteDefectNeedsSeriousHarm));
    assert_eq!(a.total().unwrap().amount, Amount::exact(yuan(1_000)));
}

#[test]
fn exceptions_take_the_punitive_amount_to_zero_where_in_force() {
    let flaw = |rule, date| Purchase {
        harmless_flaw: true,
        ..bought(rule, yuan(100), Some(date))
    };
    let food = run(flaw(PurchaseRule::Food, Date::ymd(2025, 1, 1)));
    assert_eq!(punitive(&food), Amount::ZERO);
    assert!(line_note(&food, LineId::Punitive, Key::NoteHarmlessFlaw));
    let fraud = run(flaw(PurchaseRule::Fraud, Date::ymd(2024, 7, 1)));
    assert_eq!(punitive(&fraud), Amount::ZERO);
    assert!(cites(
        &fraud,
        LineId::Punitive,
        P::ConsumerRegulations49Para1
    ));
    // The regulations were not in force the day before: the statute's words alone decide.
    let earlier = run(flaw(PurchaseRule::Fraud, Date::ymd(2024, 6, 30)));
    assert_eq!(punitive(&earlier), Amount::exact(yuan(500)));
    let staged = run(Purchase {
        contrived: true,
        ..bought(PurchaseRule::Fraud, yuan(100), TODAY)
    });
    assert_eq!(punitive(&staged), Amount::ZERO);
    assert!(cites(
        &staged,
        LineId::Punitive,
        P::ConsumerRegulations49Para2
    ));
}

#[test]
fn a_buyer_who_knew_gets_ten_times_only_the_reasonable_part() {
    let a = run(Purchase {
        buyer_knew: true,
        base: Some(yuan(300)),
        ..bought(PurchaseRule::Food, yuan(3_000), TODAY)
    });
    assert_eq!(punitive(&a), Amount::exact(yuan(3_000)));
    assert!(cites(&a, LineId::Punitive, P::FoodDrugPunitive12));
    assert!(line_note(&a, LineId::Punitive, Key::NoteBuyerKnew));
}

#[test]
fn personal_information_says_it_has_no_punitive_damages_and_offers_the_fraud_route() {
    let a = assess(&Scenario {
        personal_information: Some(PersonalInformation::default()),
        ..Scenario::default()
    })
    .unwrap();
    assert!(section_note(&a, Key::NoteNoPunitiveForPersonalInformation));
    assert!(section_note(&a, Key::NoteDifferentialPricingRoute));
}

fn leak_with_gain() -> PersonalInformation {
    PersonalInformation {
        loss: Loss::Amount {
            fen: yuan(1_000),
            third_party: None,
        },
        gain: Gain::Actual {
            amount: yuan(34_000),
            records: Some(Count {
                n: 40_000,
                more_than: true,
            }),
        },
        ..PersonalInformation::default()
    }
}

#[test]
fn the_sandbox_has_its_own_section_and_never_enters_the_current_law_total() {
    let plain = Scenario {
        personal_information: Some(leak_with_gain()),
        ..Scenario::default()
    };
    let with_reform = Scenario {
        reform: Some(ReformProposal {
            gain_multiple: Some(3),
            per_record: Some(yuan(1)),
            cap: Some(yuan(100_000)),
        }),
        ..plain.clone()
    };
    let a = assess(&plain).unwrap();
    let b = assess(&with_reform).unwrap();
    assert_complete(&b);
    assert_eq!(a.total(), b.total(), "the current-law total is unchanged");
    let reform = b
        .section(ClaimKind::ReformProposal)
        .expect("its own section");
    assert!(reform.lines.iter().all(|l| l.role == Role::Reform));
    assert_eq!(
        b.figure(LineId::ReformOnGain),
        Some(Amount::exact(yuan(102_000)))
    );
    assert_eq!(
        b.figure(LineId::ReformPerRecord),
        Some(Amount::exact(yuan(40_000)))
    );
    assert_eq!(reform.total.amount, Amount::exact(yuan(100_000)), "capped");
}

#[test]
fn several_claims_add_up_in_the_combined_total() {
    let a = assess(&Scenario {
        personal_information: Some(leak_with_gain()),
        purchase: Some(bought(PurchaseRule::Fraud, yuan(100), TODAY)),
        ..Scenario::default()
    })
    .unwrap();
    assert_eq!(a.sections.len(), 2);
    // Property damages: the higher of loss 1,000 and gain 34,000; plus fraud 500.
    assert_eq!(a.total().unwrap().amount, Amount::exact(yuan(34_500)));
}
