//! Who pays: each form of liability, a split that never loses or invents a fen, and a joint
//! liability from a real judgment.

use weiquan::law::liability::{allocate_claim, Allocation, Party, Reading, Situation};
use weiquan::law::statutes::ProvisionId as P;
use weiquan::law::{assess, Amount, ClaimKind, Scenario};
use weiquan::money::Money;

fn yuan(y: i64) -> Money {
    Money::from_yuan(y)
}

/// A point figure of a purchase claim, shared out.
fn allocate(amount: Money, situation: Situation) -> Result<Allocation, weiquan::money::Overflow> {
    weiquan::law::liability::allocate(ClaimKind::Purchase, Amount::exact(amount), situation)
        .map(|a| a.expect("a figure"))
}

fn exact(amount: Money) -> Option<Amount> {
    Some(Amount::exact(amount))
}

/// 上海市第一中级人民法院 (2024)沪01民终410号 (reported by chinacourt.org and 上海法治报, 2024-11;
/// case number from court posts reprinted; docs/law/liability-cases.md §1A): an insurance broker
/// and the company running the website it sent the consumer to, co-processors under PIPL 20,
/// jointly liable for ¥10,000. How they split it between themselves was not published.
#[test]
fn joint_processors_in_the_shanghai_insurance_leak_each_answer_for_the_whole() {
    let a = allocate(yuan(10_000), Situation::JointProcessors).unwrap();
    assert_eq!(
        a.provisions,
        vec![P::Pipl20Para2, P::CivilCode178Para1, P::CivilCode178Para2]
    );
    for row in &a.rows {
        assert_eq!(row.may_ask, Amount::exact(yuan(10_000)), "{:?}", row.party);
    }
    let shares: Vec<_> = a.rows.iter().filter_map(|r| r.internal).collect();
    assert_eq!(shares, vec![Amount::exact(yuan(5_000)); 2]);
}

#[test]
fn a_platform_that_knew_answers_jointly_and_the_odd_fen_is_not_lost() {
    let a = allocate(Money::from_fen(477_749), Situation::KnewAndDidNothing).unwrap();
    assert_eq!(a.rows[1].party, Party::Platform);
    assert_eq!(a.rows[1].may_ask, Amount::exact(Money::from_fen(477_749)));
    let sum: i64 = a
        .rows
        .iter()
        .filter_map(|r| r.internal?.bounds())
        .map(|(min, _)| min.fen())
        .sum();
    assert_eq!(sum, 477_749);
    assert!(a.provisions.contains(&P::EcommerceLaw38Para1));
    assert!(a.provisions.contains(&P::ConsumerProtection44Para2));
}

#[test]
fn corresponding_liability_in_both_readings() {
    let sup = allocate(
        yuan(1_054),
        Situation::FailedToVet {
            share_pct: 30,
            reading: Reading::Supplementary,
        },
    )
    .unwrap();
    assert_eq!(
        sup.rows[1].may_ask,
        Amount::range(Money::ZERO, Some(Money::from_fen(31_620)))
    );
    let pro = allocate(
        yuan(1_054),
        Situation::FailedToVet {
            share_pct: 30,
            reading: Reading::Proportional,
        },
    )
    .unwrap();
    assert_eq!(pro.rows[1].may_ask, Amount::exact(Money::from_fen(31_620)));
    assert_eq!(
        pro.rows[0].may_ask,
        Amount::exact(yuan(1_054)),
        "the seller, the whole"
    );
}

#[test]
fn an_unidentified_seller_lets_the_consumer_ask_the_platform_first() {
    let a = allocate(yuan(600), Situation::SellerUnidentified).unwrap();
    assert_eq!(a.rows[1].may_ask, Amount::exact(yuan(600)));
    assert_eq!(a.provisions, vec![P::ConsumerProtection44Para1]);
}

#[test]
fn after_a_notice_the_platform_answers_only_for_the_enlarged_part() {
    let a = allocate(
        yuan(8_000),
        Situation::IgnoredNotice {
            enlarged: yuan(3_000),
        },
    )
    .unwrap();
    assert_eq!(a.rows[1].may_ask, Amount::exact(yuan(3_000)));
    assert_eq!(a.provisions, vec![P::CivilCode1195Para2]);
}

#[test]
fn several_liability_limits_each_to_its_share_and_splits_the_odd_fen() {
    let a = allocate(
        Money::from_fen(1_001),
        Situation::SeparateShares { share_pct: 50 },
    )
    .unwrap();
    assert_eq!(a.rows[0].may_ask, Amount::exact(Money::from_fen(501)));
    assert_eq!(a.rows[1].may_ask, Amount::exact(Money::from_fen(500)));
    assert_eq!(a.provisions, vec![P::CivilCode1172]);
}

#[test]
fn joint_tortfeasors_and_food_platforms_answer_for_the_whole() {
    for (s, basis) in [
        (Situation::JointTortfeasors, P::CivilCode1168),
        (Situation::FoodPlatform, P::FoodSafety131Para1),
    ] {
        let a = allocate(yuan(1_054), s).unwrap();
        assert!(a
            .rows
            .iter()
            .all(|r| r.may_ask == Amount::exact(yuan(1_054))));
        assert!(a.provisions.contains(&basis));
    }
}

#[test]
fn after_a_scam_the_scammer_owes_the_whole_and_the_leaking_business_a_share_from_zero() {
    let a = allocate(yuan(8_000), Situation::ScamAfterLeak { share_pct: 25 }).unwrap();
    assert_eq!(a.rows[0].party, Party::Fraudster);
    assert_eq!(a.rows[0].may_ask, Amount::exact(yuan(8_000)));
    assert_eq!(
        a.rows[1].may_ask,
        Amount::range(Money::ZERO, Some(yuan(2_000)))
    );
    assert!(a.provisions.contains(&P::CivilCode1175) && a.provisions.contains(&P::CivilCode1173));
}

/// Issue 16's review: on a ¥100,000 scam with a ¥1,000 notarisation fee the panel shared out the
/// low end of the combined total and told the victim the scammer owed ¥1,000. The figure is the
/// scam loss less what was recovered, whatever else the claim holds.
#[test]
fn after_a_scam_the_scam_loss_less_what_was_recovered_is_shared_never_a_totals_low_end() {
    use weiquan::law::{Expenses, Loss, PersonalInformation, ThirdParty};
    let scenario = Scenario {
        personal_information: Some(PersonalInformation {
            loss: Loss::Amount {
                fen: yuan(100_000),
                third_party: Some(ThirdParty {
                    recovered: yuan(20_000),
                }),
            },
            expenses: Expenses {
                notarisation: Some(yuan(1_000)),
                ..Expenses::default()
            },
            ..PersonalInformation::default()
        }),
        ..Scenario::default()
    };
    let a = assess(&scenario).unwrap();
    let who = allocate_claim(&a, Situation::ScamAfterLeak { share_pct: 25 })
        .unwrap()
        .expect("a scam loss");
    assert_eq!(who.claim, ClaimKind::PersonalInformation);
    assert_eq!(who.figure, Amount::exact(yuan(80_000)));
    assert_eq!(who.rows[0].party, Party::Fraudster);
    assert_eq!(who.rows[0].may_ask, Amount::exact(yuan(80_000)));
    assert_eq!(
        who.rows[1].may_ask,
        Amount::range(Money::ZERO, Some(yuan(20_000)))
    );
}

/// The Beijing Chaoyang preset ((2018)京0105民初36658号): ¥100,000 lost to the scammers, nothing
/// recovered; the scammers answer for all of it, Ctrip for a share (the court set ¥50,000).
#[test]
fn the_chaoyang_scam_shares_its_whole_loss() {
    let case = weiquan::cases::find("beijing-chaoyang-2018-ctrip").unwrap();
    let a = assess(&case.scenario).unwrap();
    let who = allocate_claim(&a, Situation::ScamAfterLeak { share_pct: 50 })
        .unwrap()
        .unwrap();
    assert_eq!(who.rows[0].may_ask, Amount::exact(yuan(100_000)));
    assert_eq!(
        who.rows[1].may_ask,
        Amount::range(Money::ZERO, Some(yuan(50_000)))
    );
    // A situation about a scam needs a scam loss: a claim without one has nothing to share.
    let plain = assess(&Scenario {
        personal_information: Some(Default::default()),
        ..Scenario::default()
    })
    .unwrap();
    let none = allocate_claim(&plain, Situation::ScamAfterLeak { share_pct: 50 }).unwrap();
    assert_eq!(none, None);
}

/// A platform's situation is about the purchase, not the personal-information claim beside it:
/// the 柯桥 Ctrip case's ¥4,777.48 with a leak claim of ¥34,000 added.
#[test]
fn a_platform_answers_for_the_purchase_claim_alone() {
    use weiquan::law::{Loss, PersonalInformation};
    let case = weiquan::cases::find("keqiao-2021-ctrip-price").unwrap();
    let scenario = Scenario {
        personal_information: Some(PersonalInformation {
            loss: Loss::Amount {
                fen: yuan(34_000),
                third_party: None,
            },
            ..PersonalInformation::default()
        }),
        ..case.scenario.clone()
    };
    let a = assess(&scenario).unwrap();
    let who = allocate_claim(&a, Situation::KnewAndDidNothing)
        .unwrap()
        .unwrap();
    assert_eq!(who.claim, ClaimKind::Purchase);
    assert_eq!(who.rows[1].may_ask, Amount::exact(Money::from_fen(477_748)));
    assert_eq!(who.rows[0].internal, exact(Money::from_fen(238_874)));
    let joint = allocate_claim(&a, Situation::JointProcessors)
        .unwrap()
        .unwrap();
    assert_eq!(joint.claim, ClaimKind::PersonalInformation);
    assert_eq!(joint.figure, Amount::exact(yuan(34_000)));
}
