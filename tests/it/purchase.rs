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
        (PurchaseRule::Defective, Date::ymd(2010, 6, 30)),
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
    assert!(
        cites(&older, LineId::Punitive, P::TortLaw47),
        "its predecessor"
    );
    // Issue 16's review: without a loss in figures the ceiling is twice a loss not yet known:
    // no figure, never "no limit".
    let no_loss = run(Purchase {
        serious_harm: true,
        ..bought(PurchaseRule::Defective, yuan(300), TODAY)
    });
    assert_eq!(punitive(&no_loss), Amount::Undetermined);
    assert_eq!(
        no_loss.line(LineId::Punitive).unwrap().formula.key,
        Key::FormulaPunitiveUpToNoLoss
    );
}

/// 侵权责任法 47 (2010-07-01 – 2020-12-31): before 55(2) came in on 2014-03-15 it stood alone,
/// "相应的" punitive damages with no multiple and no ceiling; 55(2) then capped them at twice the
/// loss against a business. The preceding rule's own research: docs/law/punitive-cases.md
/// (family 5: damages granted under 47).
#[test]
fn before_march_2014_a_defect_that_seriously_harmed_gives_the_courts_open_figure() {
    let a = run(Purchase {
        serious_harm: true,
        loss: Some(yuan(10_000)),
        ..bought(
            PurchaseRule::Defective,
            yuan(300),
            Some(Date::ymd(2014, 3, 14)),
        )
    });
    let line = a.line(LineId::Punitive).unwrap();
    assert_eq!(line.amount, Amount::range(Money::ZERO, None));
    assert_eq!(line.discretion.unwrap().legal_max, None);
    assert_eq!(line.provisions[0], P::TortLaw47);
    assert!(section_note(&a, Key::NoteOlderVersion));
    assert!(section_note(&a, Key::NoteProductLimitation));
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

/// Issue 16's review: a staged claim or a harmless flaw is not fraud on any date; before
/// 2024-07-01 the general rules say so (民法典 148 with 总则编解释 21, 民法总则 148, 合同法 54), from
/// then on also 实施条例 49. Neither gets the three times nor, without fraud to rescind for, the
/// price back.
#[test]
fn a_staged_claim_or_a_harmless_flaw_is_no_fraud_on_any_date() {
    let fraud = |date, flaw: bool| Purchase {
        harmless_flaw: flaw,
        contrived: !flaw,
        refund: true,
        ..bought(PurchaseRule::Fraud, yuan(100), Some(date))
    };
    for (date, general) in [
        (Date::ymd(2024, 6, 30), P::CivilCode148),
        (Date::ymd(2019, 5, 1), P::GeneralProvisions148),
        (Date::ymd(2015, 5, 1), P::ContractLaw54Para2),
    ] {
        for flaw in [true, false] {
            let a = run(fraud(date, flaw));
            assert_eq!(punitive(&a), Amount::ZERO, "{date} {flaw}");
            assert!(a.line(LineId::PriceRefund).is_none(), "no price back");
            assert!(cites(&a, LineId::Punitive, general));
            assert!(cites(&a, LineId::Punitive, P::ConsumerProtection55Para1));
            assert!(!cites(&a, LineId::Punitive, P::ConsumerRegulations49Para1));
            assert!(!cites(&a, LineId::Punitive, P::ConsumerRegulations49Para2));
            assert_eq!(a.total().unwrap().amount, Amount::ZERO);
        }
    }
    let harmless = run(fraud(Date::ymd(2024, 7, 1), true));
    assert!(cites(
        &harmless,
        LineId::Punitive,
        P::ConsumerRegulations49Para1
    ));
    assert!(cites(&harmless, LineId::Punitive, P::GeneralPart21));
    assert!(line_note(
        &harmless,
        LineId::Punitive,
        Key::NoteHarmlessFlawNotFraud
    ));
    let staged = run(Purchase {
        loss: Some(yuan(50)),
        ..fraud(Date::ymd(2024, 7, 1), false)
    });
    assert!(cites(
        &staged,
        LineId::Punitive,
        P::ConsumerRegulations49Para2
    ));
    assert!(
        staged.line(LineId::PurchaseLoss).is_none(),
        "nothing at all"
    );
    // A harmless food label flaw takes the ten times only: the food still goes back.
    let food = run(Purchase {
        harmless_flaw: true,
        refund: true,
        ..bought(PurchaseRule::Food, yuan(100), Some(Date::ymd(2025, 1, 1)))
    });
    assert_eq!(punitive(&food), Amount::ZERO);
    assert!(line_note(&food, LineId::Punitive, Key::NoteHarmlessFlaw));
    assert_eq!(food.total().unwrap().amount, Amount::exact(yuan(100)));
}

/// 法释〔2024〕9号 art. 16: a buyer who stages unlawful food or drugs has the whole claim rejected
/// (驳回诉讼请求), in every case undecided on 2024-08-22, whatever the date of purchase.
#[test]
fn a_staged_food_or_drug_claim_is_rejected_whole() {
    for rule in [PurchaseRule::Food, PurchaseRule::Drug] {
        let a = run(Purchase {
            contrived: true,
            refund: true,
            loss: Some(yuan(200)),
            ..bought(rule, yuan(40), Some(Date::ymd(2020, 6, 1)))
        });
        assert_eq!(a.total().unwrap().amount, Amount::ZERO, "{rule:?}");
        assert!(a.line(LineId::PriceRefund).is_none());
        assert!(a.line(LineId::PurchaseLoss).is_none());
        assert!(cites(&a, LineId::Punitive, P::FoodDrugPunitive16Para1));
        assert!(line_note(&a, LineId::Punitive, Key::NoteStagedFoodClaim));
        assert!(!section_note(&a, Key::NoteFoodMayClaimFraud));
    }
}

/// Issue 16's review: ¥100 paid, ¥5,000 claimed as the base gave ¥15,000. 55(1) lets a consumer
/// claim on a narrower base than the price, never a wider one: 3 × ¥100, lifted to ¥500.
#[test]
fn a_base_above_the_price_never_gives_more_than_the_price_does() {
    let a = run(Purchase {
        base: Some(yuan(5_000)),
        ..bought(PurchaseRule::Fraud, yuan(100), TODAY)
    });
    assert_eq!(punitive(&a), Amount::exact(yuan(500)));
    assert_eq!(a.figure(LineId::PunitiveOnBase), None);
    assert!(line_note(&a, LineId::Punitive, Key::NoteBaseNotWider));
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

/// Issue 16's review: a knowing buyer with no reasonable part entered was shown ten times the
/// whole price as an exact figure, and a reasonable part of ¥0 was lifted to the ¥1,000 floor.
/// Courts reach "bought far beyond ordinary needs, nothing allowed" (法释〔2024〕9号 arts. 12–14):
/// ¥0 must come out, and an unknown part is the court's range from ¥0.
#[test]
fn a_knowing_buyers_unknown_part_is_a_range_and_a_part_of_zero_gives_zero() {
    let knew = |base, price| Purchase {
        buyer_knew: true,
        base,
        ..bought(PurchaseRule::Food, price, TODAY)
    };
    let unknown = run(knew(None, yuan(3_000)));
    assert_eq!(
        punitive(&unknown),
        Amount::range(Money::ZERO, Some(yuan(30_000)))
    );
    assert_eq!(
        unknown.line(LineId::Punitive).unwrap().parts[1].formula.key,
        Key::FormulaReasonablePartUnknown
    );
    // All of a ¥50 purchase within reasonable needs is still lifted to the floor; none is ¥0.
    let cheap = run(knew(None, yuan(50)));
    assert_eq!(
        punitive(&cheap),
        Amount::range(Money::ZERO, Some(yuan(1_000)))
    );
    let nothing = run(knew(Some(Money::ZERO), yuan(3_000)));
    assert_eq!(punitive(&nothing), Amount::ZERO);
    assert_eq!(
        nothing.line(LineId::Punitive).unwrap().formula.key,
        Key::FormulaPunitiveNothingReasonable
    );
    // The 2009 text had no such limit, and the 2024 interpretation reads only 148(2).
    let older = run(knew(Some(Money::ZERO), yuan(300)));
    assert_eq!(punitive(&older), Amount::ZERO);
    let before_2015 = run(Purchase {
        date: Some(Date::ymd(2012, 5, 1)),
        ..knew(Some(Money::ZERO), yuan(300))
    });
    assert_eq!(punitive(&before_2015), Amount::exact(yuan(3_000)));
    assert!(!cites(
        &before_2015,
        LineId::Punitive,
        P::FoodDrugPunitive12
    ));
    assert!(!cites(
        &before_2015,
        LineId::Punitive,
        P::FoodDrugPunitive1Para2
    ));
}

/// The 柯桥 Ctrip case (punitive-cases.md 1-A): ¥2,889 paid, the overcharge ¥1,511.37 claimed,
/// ¥1,268 refunded before suit. The court ordered the ¥243.37 not yet refunded and 3 × ¥1,511.37,
/// and said three times could have been on the whole ¥2,889: a refund before suit does not
/// necessarily come off the base, so that alternative is the range between.
#[test]
fn a_price_partly_refunded_before_suit_gives_the_balance_back() {
    let a = run(Purchase {
        base: Some(fen(151_137)),
        refund: true,
        refunded: fen(126_800),
        ..bought(
            PurchaseRule::Fraud,
            fen(288_900),
            Some(Date::ymd(2020, 7, 18)),
        )
    });
    assert_eq!(
        a.figure(LineId::PriceRefund),
        Some(Amount::exact(fen(24_337)))
    );
    assert_eq!(punitive(&a), Amount::exact(fen(453_411)));
    assert_eq!(
        a.figure(LineId::PunitiveOnPrice),
        Some(Amount::range(fen(486_300), Some(fen(866_700))))
    );
    assert_eq!(a.total().unwrap().amount, Amount::exact(fen(477_748)));
    // The whole price back, part refunded: the balance; three times is the court's range.
    let whole = run(Purchase {
        refund: true,
        refunded: yuan(300),
        ..bought(PurchaseRule::Fraud, yuan(1_000), TODAY)
    });
    assert_eq!(
        whole.figure(LineId::PriceRefund),
        Some(Amount::exact(yuan(700)))
    );
    assert_eq!(
        punitive(&whole),
        Amount::range(yuan(2_100), Some(yuan(3_000)))
    );
}

/// Issue 16's review: the price back rests on rescission for fraud and the return of what was
/// paid (民法典 148, 157) or on the return of goods below quality (消费者权益保护法 24), each by
/// the law of the day; never on the punitive rule, which only adds to it.
#[test]
fn the_price_back_rests_on_rescission_or_return_never_on_the_punitive_rule() {
    for (rule, date, basis) in [
        (PurchaseRule::Fraud, Date::ymd(2025, 3, 1), P::CivilCode157),
        (
            PurchaseRule::Fraud,
            Date::ymd(2019, 3, 1),
            P::GeneralProvisions157,
        ),
        (PurchaseRule::Fraud, Date::ymd(2007, 2, 1), P::ContractLaw58),
        (
            PurchaseRule::Food,
            Date::ymd(2025, 3, 1),
            P::ConsumerProtection24Para1,
        ),
        (PurchaseRule::Food, Date::ymd(2012, 5, 1), P::ContractLaw148),
    ] {
        let a = run(Purchase {
            refund: true,
            ..bought(rule, yuan(100), Some(date))
        });
        let refund = a.line(LineId::PriceRefund).unwrap();
        assert!(refund.provisions.contains(&basis), "{rule:?} {date}");
        let punitive = a.line(LineId::Punitive).unwrap().provisions[0];
        assert!(!refund.provisions.contains(&punitive), "{rule:?} {date}");
    }
    let knew = run(Purchase {
        refund: true,
        buyer_knew: true,
        ..bought(PurchaseRule::Food, yuan(100), TODAY)
    });
    assert!(cites(&knew, LineId::PriceRefund, P::FoodDrugPunitive2Para1));
}

/// The seller's knowledge the food, drug and defect rules ask for, with the food interpretation's
/// presumptions (食品安全民事纠纷解释（一） art. 6): past the shelf life, no lawful source….
#[test]
fn food_drug_and_defect_lines_say_the_seller_must_have_known() {
    let food = run(bought(PurchaseRule::Food, yuan(54), TODAY));
    assert!(line_note(&food, LineId::Punitive, Key::NoteSellerKnewFood));
    assert!(cites(&food, LineId::Punitive, P::FoodSafetyDisputes6));
    let drug = run(bought(PurchaseRule::Drug, yuan(54), TODAY));
    assert!(line_note(&drug, LineId::Punitive, Key::NoteSellerKnewDrug));
    let defect = run(Purchase {
        serious_harm: true,
        loss: Some(yuan(1_000)),
        ..bought(PurchaseRule::Defective, yuan(54), TODAY)
    });
    assert!(line_note(&defect, LineId::Punitive, Key::NoteKnewDefect));
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
