//! Who pays: each form of liability, a split that never loses or invents a fen, and a joint
//! liability from a real judgment.

use weiquan::law::liability::{allocate, Party, Reading, Situation};
use weiquan::law::statutes::ProvisionId as P;
use weiquan::law::Amount;
use weiquan::money::Money;

fn yuan(y: i64) -> Money {
    Money::from_yuan(y)
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
    assert_eq!(shares, vec![yuan(5_000), yuan(5_000)]);
}

#[test]
fn a_platform_that_knew_answers_jointly_and_the_odd_fen_is_not_lost() {
    let a = allocate(Money::from_fen(477_749), Situation::KnewAndDidNothing).unwrap();
    assert_eq!(a.rows[1].party, Party::Platform);
    assert_eq!(a.rows[1].may_ask, Amount::exact(Money::from_fen(477_749)));
    let sum: i64 = a
        .rows
        .iter()
        .filter_map(|r| r.internal)
        .map(Money::fen)
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
