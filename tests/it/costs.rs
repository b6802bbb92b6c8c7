//! What suing costs and how long there is: the court fee of the seed case both ways, late
//! interest and the limitation period at their edges.

use weiquan::cases;
use weiquan::date::Date;
use weiquan::law::costs::{self, court_fees, CostsInput};
use weiquan::law::{assess, Amount, Key, LineId};
use weiquan::money::Money;

fn yuan(y: i64) -> Money {
    Money::from_yuan(y)
}

fn line(c: &costs::Costs, id: LineId) -> &weiquan::law::Line {
    c.lines.iter().find(|l| l.id == id).expect("line")
}

#[test]
fn the_seed_case_as_a_personality_rights_claim_is_100_to_500_and_as_property_650() {
    let case = cases::find("hangzhou-2020-10605").expect("preset");
    let a = assess(&case.scenario).unwrap();
    let c = costs::assess(&a, &CostsInput::default()).unwrap();
    let fee = line(&c, LineId::CourtFeePersonality);
    // The court charged ¥500: the top of the range (浙江's figure for that case).
    assert_eq!(fee.amount, Amount::range(yuan(100), Some(yuan(500))));
    assert_eq!(
        fee.parts[0].amount,
        Amount::range(yuan(50), Some(yuan(250)))
    );
    assert_eq!(court_fees::property_fee(yuan(34_000)), Ok(yuan(650)));
    assert!(c.notes.iter().any(|n| n.msg.key == Key::NoteFeeOnClaim));
}

#[test]
fn a_purchase_claim_pays_the_property_bands_and_two_claims_are_shown_apart() {
    let case = cases::find("keqiao-2021-ctrip-price").expect("preset");
    let a = assess(&case.scenario).unwrap();
    let c = costs::assess(&a, &CostsInput::default()).unwrap();
    // ¥4,777.48 claimed → ¥50 (not above ¥10,000); ¥25 halved.
    assert_eq!(
        line(&c, LineId::CourtFeeProperty).amount,
        Amount::exact(yuan(50))
    );
    assert_eq!(c.lines.len(), 1);
}

#[test]
fn one_suit_joining_both_claims_pays_on_the_property_scale_on_their_sum() {
    use weiquan::form::{Field, Flag};
    let mut form = weiquan::form::FormState::default();
    form.set_choice(weiquan::form::LossChoice::Amount);
    form.set_text(Field::DirectLoss, "34000".into());
    form.set_flag(Flag::ClaimPurchase, true);
    form.set_text(Field::Price, "100".into());
    let a = assess(&form.scenario().unwrap()).unwrap();
    let c = costs::assess(&a, &CostsInput::default()).unwrap();
    let fee = line(&c, LineId::CourtFeeJoined);
    // ¥34,000 + (¥100 back + ¥500 punitive) = ¥34,600 → 50 + 24,600 × 2.5% = ¥665.
    assert_eq!(fee.amount, Amount::exact(yuan(665)));
    assert_eq!(fee.notes[0].key, Key::NoteFeeJoined);
    assert_eq!(
        c.lines
            .iter()
            .filter(|l| l.role == weiquan::law::Role::Cost)
            .count(),
        1
    );
}

#[test]
fn late_interest_counts_days_from_the_day_after_the_deadline() {
    let a = assess(&Default::default()).unwrap();
    let input = CostsInput {
        unpaid: Some(yuan(34_000)),
        deadline: Some(Date::ymd(2025, 3, 1)),
        paid_on: Some(Date::ymd(2025, 6, 9)),
        ..CostsInput::default()
    };
    let c = costs::assess(&a, &input).unwrap();
    // 2025-03-02 … 2025-06-09 is 100 days: 34,000 × 0.000175 × 100 = ¥595.
    assert_eq!(
        line(&c, LineId::LateInterest).amount,
        Amount::exact(yuan(595))
    );
    let on_time = CostsInput {
        paid_on: Some(Date::ymd(2025, 3, 1)),
        ..input
    };
    let c = costs::assess(&a, &on_time).unwrap();
    assert_eq!(
        line(&c, LineId::LateInterest).amount,
        Amount::exact(Money::ZERO)
    );
}

#[test]
fn the_limitation_period_ends_three_years_on_and_says_where_the_claims_stand() {
    let a = assess(&Default::default()).unwrap();
    let at = |as_of| {
        let input = CostsInput {
            knew_on: Some(Date::ymd(2023, 5, 10)),
            as_of,
            ..CostsInput::default()
        };
        costs::assess(&a, &input).unwrap()
    };
    let c = at(None);
    let l = line(&c, LineId::Limitation);
    assert_eq!(l.formula.key, Key::FormulaLimitation);
    assert!(l.notes.is_empty());
    assert!(c.notes.iter().any(|n| n.msg.key == Key::NoteNotTimeBarred));
    let last_day = at(Some(Date::ymd(2026, 5, 10)));
    assert_eq!(
        line(&last_day, LineId::Limitation).notes[0].key,
        Key::NoteLimitationInTime
    );
    let day_after = at(Some(Date::ymd(2026, 5, 11)));
    assert_eq!(
        line(&day_after, LineId::Limitation).notes[0].key,
        Key::NoteLimitationExpired
    );
}

#[test]
fn the_complaint_draft_claims_each_sum_in_figures_and_capitals_and_their_total() {
    use weiquan::i18n::{complaint, Lang};
    let case = cases::find("keqiao-2021-ctrip-price").expect("preset");
    let a = assess(&case.scenario).unwrap();
    let c = costs::assess(&a, &CostsInput::default()).unwrap();
    let zh = complaint::draft(Lang::Zh, &a, Some(&c));
    assert!(
        zh.contains("以上金钱请求合计人民币4,777.48元（大写：肆仟柒佰柒拾柒元肆角捌分）"),
        "{zh}"
    );
    assert!(zh.contains("3. 本案诉讼费用由被告负担。"), "{zh}");
    assert!(zh.contains("案件受理费（财产案件） 50 元"), "{zh}");
    let en = complaint::draft(Lang::En, &a, Some(&c));
    assert!(
        en.contains("1. to pay ") && en.contains(": RMB 4,534.11;"),
        "{en}"
    );
    // A personal-information claim adds stop, delete and apologise; a range is left for the user.
    let hangzhou = assess(&cases::find("beijing-chaoyang-2018-ctrip").unwrap().scenario).unwrap();
    let zh = complaint::draft(Lang::Zh, &hangzhou, None);
    assert!(zh.contains("删除其处理的原告个人信息"), "{zh}");
    assert!(zh.contains("请填写您主张的数额"), "{zh}");
    assert!(
        !zh.contains("以上金钱请求合计"),
        "no total over an estimate"
    );
}
