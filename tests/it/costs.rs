//! What suing costs and how long there is: the court fee of the seed case both ways, late
//! interest and the limitation period at their edges.

use weiquan::cases;
use weiquan::date::Date;
use weiquan::law::costs::{self, court_fees, CostsInput};
use weiquan::law::statutes::ProvisionId as P;
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
    // Issue 16: 203's holiday rule and 188's twenty years are said, and 195, 201–203 cited.
    let keys: Vec<_> = l.notes.iter().map(|n| n.key).collect();
    assert_eq!(
        keys,
        [
            Key::NoteLimitationHoliday,
            Key::NoteLimitationWeekend,
            Key::NoteLimitationTwentyYears
        ],
        "2026-05-10 is a Sunday"
    );
    assert_eq!(
        l.notes[1].arg("next"),
        Some(weiquan::law::Arg::Date(Date::ymd(2026, 5, 11)))
    );
    for p in [
        P::CivilCode188,
        P::CivilCode195,
        P::CivilCode201Para1,
        P::CivilCode202,
        P::CivilCode203,
    ] {
        assert!(l.provisions.contains(&p), "{p:?}");
    }
    assert!(c.notes.iter().any(|n| n.msg.key == Key::NoteNotTimeBarred));
    let last_day = at(Some(Date::ymd(2026, 5, 10)));
    assert_eq!(
        line(&last_day, LineId::Limitation)
            .notes
            .last()
            .unwrap()
            .key,
        Key::NoteLimitationInTime
    );
    let day_after = at(Some(Date::ymd(2026, 5, 11)));
    assert_eq!(
        line(&day_after, LineId::Limitation)
            .notes
            .last()
            .unwrap()
            .key,
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

/// Issue 16: the fee is charged on what the complaint claims (诉讼请求的金额), not on the
/// estimate. 申某 v 携程 ((2018)京0105民初36658号, docs/law/individual-cases.md case 3) claimed about
/// ¥120,000 of loss and ¥10,000 of mental damages: a personality-rights case pays ¥100–500, plus
/// 1% of ¥50,000–100,000 and 0.5% of the ¥30,000 above: ¥750 to ¥1,150.
#[test]
fn the_fee_is_charged_on_the_amount_claimed_when_it_is_given() {
    use costs::{ClaimedAmounts, Procedure};
    let case = cases::find("beijing-chaoyang-2018-ctrip").expect("preset");
    let a = assess(&case.scenario).unwrap();
    let on_estimate = costs::assess(&a, &CostsInput::default()).unwrap();
    assert!(on_estimate
        .notes
        .iter()
        .any(|n| n.msg.key == Key::NoteFeeOnEstimate));
    let input = CostsInput {
        claimed: ClaimedAmounts {
            personal_information: Some(yuan(130_000)),
            purchase: None,
        },
        ..CostsInput::default()
    };
    let c = costs::assess(&a, &input).unwrap();
    let fee = line(&c, LineId::CourtFeePersonality);
    assert_eq!(fee.amount, Amount::range(yuan(750), Some(yuan(1_150))));
    assert!(!c.notes.iter().any(|n| n.msg.key == Key::NoteFeeOnEstimate));
    // The 柯桥 case under the simplified procedure: half of ¥50.
    let keqiao = assess(&cases::find("keqiao-2021-ctrip-price").unwrap().scenario).unwrap();
    let simplified = CostsInput {
        procedure: Some(Procedure::Simplified),
        ..CostsInput::default()
    };
    let c = costs::assess(&keqiao, &simplified).unwrap();
    let fee = line(&c, LineId::CourtFeeProperty);
    assert_eq!(fee.amount, Amount::exact(yuan(25)));
    assert_eq!(fee.notes[0].key, Key::NoteFeeSimplified);
}

/// A harm known before 2017-10-01 had two years (民法通则 135): three if still running on that day,
/// over if not (2018 interpretation arts. 2, 3). The 2017 Ctrip scam, known 2017-08-10, got three.
#[test]
fn a_harm_known_before_october_2017_follows_the_move_from_two_years_to_three() {
    let a = assess(&Default::default()).unwrap();
    let at = |knew_on| {
        let input = CostsInput {
            knew_on: Some(knew_on),
            ..CostsInput::default()
        };
        costs::assess(&a, &input).unwrap()
    };
    let ctrip = at(Date::ymd(2017, 8, 10));
    let l = line(&ctrip, LineId::Limitation);
    assert_eq!(l.formula.key, Key::FormulaLimitationMoved);
    assert!(l.provisions.contains(&P::Limitation2018Art2));
    let old = at(Date::ymd(2015, 6, 1));
    let l = line(&old, LineId::Limitation);
    assert_eq!(l.formula.key, Key::FormulaLimitationRunOut);
    assert!(l.provisions.contains(&P::GeneralPrinciples135));
}

/// A defective product's injury: 产品质量法 45's two years are shown beside the three.
#[test]
fn a_defective_products_injury_shows_the_two_years_of_the_product_quality_law() {
    use weiquan::law::{Purchase, PurchaseRule, Scenario};
    let a = assess(&Scenario {
        purchase: Some(Purchase {
            rule: PurchaseRule::Defective,
            price: yuan(300),
            loss: Some(yuan(10_000)),
            serious_harm: true,
            ..Purchase::default()
        }),
        ..Scenario::default()
    })
    .unwrap();
    let input = CostsInput {
        knew_on: Some(Date::ymd(2024, 3, 1)),
        ..CostsInput::default()
    };
    let c = costs::assess(&a, &input).unwrap();
    let l = line(&c, LineId::Limitation);
    let product = l
        .notes
        .iter()
        .find(|n| n.key == Key::NoteLimitationProduct)
        .expect("the two years");
    assert_eq!(
        product.arg("last"),
        Some(weiquan::law::Arg::Date(Date::ymd(2026, 3, 1)))
    );
    assert!(l.provisions.contains(&P::ProductQuality45));
}

/// Issue 16's review: the draft of a public-interest case claimed the public's money for the user.
/// No individual draft: who may sue, and what one person may claim (their own share, relief).
#[test]
fn a_public_interest_case_gets_no_individual_draft() {
    use weiquan::i18n::{complaint, Lang};
    let a = assess(&cases::find("hangzhou-2020-10605").unwrap().scenario).unwrap();
    let zh = complaint::draft(Lang::Zh, &a, None);
    assert!(!zh.contains("民事起诉状"), "{zh}");
    assert!(!zh.contains("34,000"), "{zh}");
    assert!(zh.contains("只有人民检察院"), "{zh}");
    assert!(
        zh.contains("《中华人民共和国个人信息保护法》第七十条"),
        "{zh}"
    );
    let en = complaint::draft(Lang::En, &a, None);
    assert!(en.contains("no individual draft"), "{en}");
}

/// Issue 16's review: a draft asked for ¥0 (no loss; a staged claim). A head worth nothing is left
/// out and the relief drafted; with nothing at all to ask for, there is no draft.
#[test]
fn a_head_of_zero_is_left_out_and_the_relief_drafted() {
    use weiquan::i18n::{complaint, Lang};
    use weiquan::law::{Purchase, PurchaseRule, Scenario};
    // The 北京四中院 order-leak case: no money claimed, an apology won.
    let a = assess(&cases::find("beijing-4th-2024-order-leak").unwrap().scenario).unwrap();
    let zh = complaint::draft(Lang::Zh, &a, None);
    assert!(!zh.contains("人民币0"), "{zh}");
    assert!(zh.contains("1. 判令被告停止侵害"), "{zh}");
    let staged = assess(&Scenario {
        purchase: Some(Purchase {
            rule: PurchaseRule::Fraud,
            price: yuan(100),
            contrived: true,
            ..Purchase::default()
        }),
        ..Scenario::default()
    })
    .unwrap();
    let zh = complaint::draft(Lang::Zh, &staged, None);
    assert!(zh.contains("不生成起诉状"), "{zh}");
}

/// Issue 16's review: the legal basis cited the defendant's answers (民法典 1173, 1175; 法释〔2024〕9号
/// art. 12, which pleads the buyer's knowledge, an admission) and a standard of proof (民诉法解释
/// 109). It cites what supports each request; the price back rests on rescission (157).
#[test]
fn the_legal_basis_cites_only_what_supports_a_request() {
    use weiquan::i18n::{complaint, Lang};
    use weiquan::law::{Loss, PersonalInformation, Purchase, PurchaseRule, Scenario, ThirdParty};
    let a = assess(&Scenario {
        personal_information: Some(PersonalInformation {
            loss: Loss::Amount {
                fen: yuan(8_000),
                third_party: Some(ThirdParty {
                    recovered: Money::ZERO,
                }),
            },
            ..PersonalInformation::default()
        }),
        purchase: Some(Purchase {
            rule: PurchaseRule::Fraud,
            price: yuan(100),
            ..Purchase::default()
        }),
        ..Scenario::default()
    })
    .unwrap();
    let zh = complaint::draft(Lang::Zh, &a, None);
    let basis = &zh[zh.find("法律依据").unwrap()..];
    for absent in [
        "第一千一百七十三条",
        "第一千一百七十五条",
        "第一百零九条",
        "第一百零八条",
    ] {
        assert!(!basis.contains(absent), "{absent}: {basis}");
    }
    for present in ["第一千一百七十二条", "第一百五十七条", "第五十五条第一款"]
    {
        assert!(basis.contains(present), "{present}: {basis}");
    }
    let knew = assess(&Scenario {
        purchase: Some(Purchase {
            rule: PurchaseRule::Food,
            price: yuan(300),
            base: Some(yuan(100)),
            buyer_knew: true,
            ..Purchase::default()
        }),
        ..Scenario::default()
    })
    .unwrap();
    let zh = complaint::draft(Lang::Zh, &knew, None);
    assert!(!zh.contains("第十二条"), "{zh}");
    assert!(
        !zh.contains("第二条第一款"),
        "{zh}: art. 2 pleads the knowledge too"
    );
    assert!(
        zh.contains("第二十四条第一款"),
        "{zh}: the price back on its own ground"
    );
}
