//! The burden explainer: who proves each element, to what standard, what the evidence held goes
//! to, and what could still be gathered; and its text in zh and en (snapshots).

use weiquan::date::Date;
use weiquan::i18n::{report, Lang};
use weiquan::law::burden::{
    explain, Bearer, ClaimBurden, ElementId, Evidence, Explainer, Standard,
};
use weiquan::law::statutes::ProvisionId as P;
use weiquan::law::{Key, PersonalInformation, Purchase, PurchaseRule, Scenario};

fn pi(pi: PersonalInformation) -> Scenario {
    Scenario {
        personal_information: Some(pi),
        ..Scenario::default()
    }
}

fn bought(rule: PurchaseRule) -> Scenario {
    Scenario {
        purchase: Some(Purchase {
            rule,
            ..Purchase::default()
        }),
        ..Scenario::default()
    }
}

fn element(x: &Explainer, id: ElementId) -> &weiquan::law::burden::Element {
    x.elements.iter().find(|e| e.id == id).expect("element")
}

#[test]
fn presumed_fault_puts_fault_on_the_processor_and_the_rest_on_the_consumer() {
    let x = &explain(&pi(PersonalInformation::default()), &[])[0];
    assert_eq!(x.claim, ClaimBurden::PresumedFault);
    let fault = element(x, ElementId::Fault);
    assert_eq!(fault.bearer, Bearer::Business);
    assert!(fault.provisions.contains(&P::Pipl69Para1));
    assert!(
        fault.could_gather.is_empty(),
        "nothing to gather for the other side's burden"
    );
    for id in [
        ElementId::Processing,
        ElementId::Infringement,
        ElementId::Damage,
        ElementId::Causation,
    ] {
        assert_eq!(element(x, id).bearer, Bearer::Consumer, "{id:?}");
        assert_eq!(element(x, id).standard, Standard::HighProbability);
    }
    assert!(
        !x.causation_steps.is_empty(),
        "the leak cases' reasoning, step by step"
    );
    assert_eq!(x.reform.len(), 1, "the proposal, for the reform view only");
    // Issue 16's review: high probability (民诉法解释 108) is the standard now, not a proposal.
    let standard = x
        .shifts
        .iter()
        .find(|n| n.msg.key == Key::ShiftHighProbabilityNotUnique)
        .expect("current law, beside the other rules");
    assert_eq!(
        standard.provisions,
        [P::CivilProcedureInterpretation108Para1]
    );
}

#[test]
fn before_the_pipl_or_against_a_non_processor_the_consumer_proves_fault() {
    let early = PersonalInformation {
        conduct_date: Some(Date::ymd(2021, 6, 1)),
        ..PersonalInformation::default()
    };
    let x = &explain(&pi(early), &[])[0];
    assert_eq!(x.claim, ClaimBurden::OrdinaryFault);
    assert_eq!(element(x, ElementId::Fault).bearer, Bearer::Consumer);
    assert!(element(x, ElementId::Fault)
        .provisions
        .contains(&P::CivilCode1165Para1));
    // Before the Civil Code: fault proven under 侵权责任法 6(1).
    let before_code = PersonalInformation {
        conduct_date: Some(Date::ymd(2020, 6, 1)),
        ..PersonalInformation::default()
    };
    let x = &explain(&pi(before_code), &[])[0];
    assert_eq!(x.claim, ClaimBurden::OrdinaryFault);
    assert_eq!(element(x, ElementId::Fault).provisions, [P::TortLaw6Para1]);
    let before_tort_law = PersonalInformation {
        conduct_date: Some(Date::ymd(2010, 6, 30)),
        ..PersonalInformation::default()
    };
    assert!(
        explain(&pi(before_tort_law), &[]).is_empty(),
        "not covered: no explainer"
    );
}

/// Issue 16's review: 消费者权益保护法 23(3) shifts the proof of a flaw (瑕疵) in durable goods; it
/// says nothing of fraud, so the fraud explainer does not offer it.
#[test]
fn the_durable_goods_rule_is_offered_for_defects_not_for_fraud() {
    let durable = |rule| {
        explain(&bought(rule), &[])[0]
            .shifts
            .iter()
            .any(|n| n.msg.key == Key::ShiftDurableGoods)
    };
    assert!(!durable(PurchaseRule::Fraud));
    assert!(durable(PurchaseRule::Defective));
}

#[test]
fn evidence_held_supports_its_elements_and_the_rest_is_what_to_gather() {
    let held = [Evidence::ScamMessage, Evidence::MessageTiming];
    let x = &explain(&pi(PersonalInformation::default()), &held)[0];
    let causation = element(x, ElementId::Causation);
    assert_eq!(
        causation.supported_by,
        vec![Evidence::ScamMessage, Evidence::MessageTiming]
    );
    assert!(!causation.could_gather.contains(&Evidence::ScamMessage));
    let processing = element(x, ElementId::Processing);
    assert!(processing.supported_by.is_empty());
    assert!(
        processing.could_gather.contains(&Evidence::DataCopy),
        "a PIPL 45 copy of one's data"
    );
}

#[test]
fn fraud_is_proved_beyond_reasonable_doubt_the_sale_to_high_probability() {
    let x = &explain(&bought(PurchaseRule::Fraud), &[])[0];
    assert_eq!(
        element(x, ElementId::Sale).standard,
        Standard::HighProbability
    );
    let fraud = element(x, ElementId::Deception);
    assert_eq!(fraud.standard, Standard::BeyondReasonableDoubt);
    assert!(fraud
        .provisions
        .contains(&P::CivilProcedureInterpretation109));
}

#[test]
fn the_food_business_proves_its_food_met_the_standard() {
    let x = &explain(&bought(PurchaseRule::Food), &[])[0];
    let food = element(x, ElementId::Substandard);
    assert_eq!(food.bearer, Bearer::Business);
    assert!(food.provisions.contains(&P::FoodDrugDisputes6));
    assert!(x
        .shifts
        .iter()
        .any(|n| n.provisions.contains(&P::FoodDrugPunitive12)));
}

#[test]
fn facial_information_shifts_the_proof_of_consent() {
    let facial = PersonalInformation {
        facial: true,
        ..PersonalInformation::default()
    };
    let x = &explain(&pi(facial), &[])[0];
    assert!(x
        .shifts
        .iter()
        .any(|n| n.provisions.contains(&P::FacialRules6Para2)));
}

/// Snapshots of the explainer's text in both languages.
fn check(scenario: &Scenario, held: &[Evidence], name: &str) {
    let x = explain(scenario, held);
    let text = format!(
        "{}\n---\n{}",
        report::burden_text(Lang::Zh, &x),
        report::burden_text(Lang::En, &x)
    );
    crate::snapshots::compare(&text, &format!("burden-{name}"));
}

#[test]
fn explainer_snapshots() {
    check(
        &pi(PersonalInformation::default()),
        &[Evidence::OrderRecords, Evidence::ScamMessage],
        "presumed-fault",
    );
    let both = Scenario {
        personal_information: Some(PersonalInformation {
            facial: true,
            defendant_is_processor: false,
            ..PersonalInformation::default()
        }),
        ..bought(PurchaseRule::Fraud)
    };
    check(
        &both,
        &[Evidence::Screenshots],
        "ordinary-fault-facial-and-fraud",
    );
    check(&bought(PurchaseRule::Food), &[Evidence::TestReport], "food");
    check(
        &bought(PurchaseRule::Defective),
        &[Evidence::MedicalRecords],
        "defective",
    );
}
