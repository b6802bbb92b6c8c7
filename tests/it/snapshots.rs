//! Snapshots: Assessments rendered in zh and en to text files under tests/snapshots/, so a change
//! of wording or of a figure shows as a diff in review. `UPDATE_SNAPSHOTS=1 cargo test` rewrites
//! them; review the diff before committing.

use weiquan::cases;
use weiquan::i18n::{report, Lang};
use weiquan::law::{
    assess, Claimed, Expenses, Gain, Loss, Mental, PersonalInformation, Scenario, ThirdParty,
};
use weiquan::money::Money;

/// Renders `scenario` in both languages and compares with `tests/snapshots/{name}.txt`.
fn check(scenario: &Scenario, name: &str) {
    let a = assess(scenario).expect("no overflow");
    let text = format!(
        "{}\n---\n{}",
        report::plain_text(Lang::Zh, &a),
        report::plain_text(Lang::En, &a)
    );
    compare(&text, name);
}

/// Compares `text` with `tests/snapshots/{name}.txt`, or rewrites it with UPDATE_SNAPSHOTS=1.
pub fn compare(text: &str, name: &str) {
    let path = format!("tests/snapshots/{name}.txt");
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all("tests/snapshots").unwrap();
        std::fs::write(&path, text).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{path} missing: run UPDATE_SNAPSHOTS=1 cargo test"));
    assert!(
        expected == text,
        "{path} differs; rerun with UPDATE_SNAPSHOTS=1 and review the diff\n{text}"
    );
}

fn pi(pi: PersonalInformation) -> Scenario {
    Scenario {
        personal_information: Some(pi),
        ..Scenario::default()
    }
}

#[test]
fn every_preset() {
    for case in cases::all() {
        check(&case.scenario, &format!("case-{}", case.id));
    }
}

#[test]
fn no_loss_but_scam_calls() {
    check(&pi(PersonalInformation::default()), "no-loss");
}

#[test]
fn a_loss_hard_to_quantify_with_expenses_and_a_claim() {
    check(
        &pi(PersonalInformation {
            loss: Loss::Unquantifiable,
            expenses: Expenses {
                notarisation: Some(Money::from_yuan(1_000)),
                lawyer: Some(Money::from_yuan(5_000)),
                ..Default::default()
            },
            mental: Mental {
                serious: true,
                claimed: Some(Money::from_yuan(3_000)),
            },
            claimed: Claimed {
                property: Some(Money::from_yuan(10_000)),
                expenses: None,
            },
            ..Default::default()
        }),
        "unquantifiable",
    );
}

#[test]
fn scammed_after_a_leak() {
    check(
        &pi(PersonalInformation {
            loss: Loss::Amount {
                fen: Money::from_yuan(8_000),
                third_party: Some(ThirdParty {
                    recovered: Money::ZERO,
                }),
            },
            gain: Gain::Unknown,
            ..Default::default()
        }),
        "scam-loss",
    );
}

#[test]
fn a_leak_a_fraud_on_the_price_and_the_reform_sandbox() {
    use weiquan::law::{Purchase, PurchaseRule, ReformProposal};
    check(
        &Scenario {
            personal_information: Some(PersonalInformation {
                loss: Loss::Unquantifiable,
                gain: Gain::ProRata {
                    total: Money::from_yuan(34_000),
                    all_records: weiquan::parse::Count {
                        n: 40_000,
                        more_than: false,
                    },
                    own_records: 1,
                },
                ..PersonalInformation::default()
            }),
            purchase: Some(Purchase {
                rule: PurchaseRule::Fraud,
                price: Money::from_yuan(100),
                ..Purchase::default()
            }),
            reform: Some(ReformProposal {
                gain_multiple: Some(3),
                per_record: Some(Money::from_yuan(50)),
                cap: None,
            }),
            ..Scenario::default()
        },
        "combined-and-reform",
    );
}

#[test]
fn a_knowingly_defective_product_that_seriously_harmed() {
    use weiquan::law::{Purchase, PurchaseRule};
    check(
        &Scenario {
            purchase: Some(Purchase {
                rule: PurchaseRule::Defective,
                price: Money::from_yuan(300),
                loss: Some(Money::from_yuan(10_000)),
                serious_harm: true,
                ..Purchase::default()
            }),
            ..Scenario::default()
        },
        "defective",
    );
}

/// The rest of the answer `assess --text` prints, and the drafts `--complaint` prints, for 申某 v
/// 携程 ((2018)京0105民初36658号) as a version 3 scenario: the fee on what was claimed, the limitation
/// moved from two years to three, who pays after the scam.
#[test]
fn costs_who_pays_and_the_drafts() {
    use weiquan::i18n::complaint;
    use weiquan::law::costs::{self, ClaimedAmounts, CostsInput};
    use weiquan::law::liability::{allocate_claim, Situation};
    let case = cases::find("beijing-chaoyang-2018-ctrip").unwrap();
    let a = assess(&case.scenario).unwrap();
    let input = CostsInput {
        knew_on: Some(weiquan::date::Date::ymd(2017, 8, 10)),
        as_of: Some(weiquan::date::Date::ymd(2018, 7, 4)),
        claimed: ClaimedAmounts {
            personal_information: Some(Money::from_yuan(130_000)),
            purchase: None,
        },
        ..CostsInput::default()
    };
    let c = costs::assess(&a, &input).unwrap();
    let who = allocate_claim(&a, Situation::ScamAfterLeak { share_pct: 50 })
        .unwrap()
        .unwrap();
    let text = [weiquan::i18n::Lang::Zh, weiquan::i18n::Lang::En]
        .map(|lang| {
            format!(
                "{}{}{}",
                report::costs_text(lang, &c),
                report::allocation_text(lang, &who),
                complaint::draft(lang, &a, Some(&c))
            )
        })
        .join("\n---\n");
    compare(&text, "costs-who-pays-drafts");
}

/// Issue 16's purchase corrections, each from the review or a real case, in one file: a staged
/// fraud of 2019 and a harmless flaw of 2024-06 (no fraud on any date), a staged food claim (法释
/// 〔2024〕9号 art. 16), a knowing food buyer with the reasonable part unknown and with none of it,
/// a base above the price, the 柯桥 Ctrip figures with the ¥1,268 refunded before suit, a defect of
/// 2013 under 侵权责任法 47 alone, and 55(2) without a loss in figures.
#[test]
fn the_purchase_corrections() {
    use weiquan::date::Date;
    use weiquan::law::{Purchase, PurchaseRule};
    let yuan = Money::from_yuan;
    let bought = |rule, price, date: Option<Date>| Purchase {
        rule,
        price,
        date,
        refund: true,
        ..Purchase::default()
    };
    let scenarios = [
        Purchase {
            contrived: true,
            ..bought(PurchaseRule::Fraud, yuan(100), Some(Date::ymd(2019, 5, 1)))
        },
        Purchase {
            harmless_flaw: true,
            ..bought(PurchaseRule::Fraud, yuan(100), Some(Date::ymd(2024, 6, 30)))
        },
        Purchase {
            contrived: true,
            ..bought(PurchaseRule::Food, yuan(54), None)
        },
        Purchase {
            buyer_knew: true,
            ..bought(PurchaseRule::Food, yuan(3_000), None)
        },
        Purchase {
            buyer_knew: true,
            base: Some(Money::ZERO),
            ..bought(PurchaseRule::Food, yuan(3_000), None)
        },
        Purchase {
            base: Some(yuan(5_000)),
            ..bought(PurchaseRule::Fraud, yuan(100), None)
        },
        Purchase {
            base: Some(Money::from_fen(151_137)),
            refunded: yuan(1_268),
            ..bought(
                PurchaseRule::Fraud,
                yuan(2_889),
                Some(Date::ymd(2020, 7, 18)),
            )
        },
        Purchase {
            serious_harm: true,
            loss: Some(yuan(10_000)),
            ..bought(
                PurchaseRule::Defective,
                yuan(300),
                Some(Date::ymd(2013, 5, 1)),
            )
        },
        Purchase {
            serious_harm: true,
            ..bought(PurchaseRule::Defective, yuan(300), None)
        },
    ];
    let text: Vec<String> = scenarios
        .into_iter()
        .map(|p| {
            let a = assess(&Scenario {
                purchase: Some(p),
                ..Scenario::default()
            })
            .unwrap();
            format!(
                "{}\n---\n{}",
                report::plain_text(Lang::Zh, &a),
                report::plain_text(Lang::En, &a)
            )
        })
        .collect();
    compare(&text.join("\n===\n"), "purchase-corrections");
}
