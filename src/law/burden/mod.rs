//! 举证责任: for each claim, the elements a court needs — who must prove each, to what standard,
//! under which provision — what the evidence the user holds supports, and what they could still
//! gather. It explains; it never predicts a verdict.

mod elements;
pub mod evidence;

use super::personal_information::scope::{self, Regime};
use super::statutes::ProvisionId as P;
use super::vocab::{Key, Msg};
use super::{Purchase, Scenario};
pub use elements::{Bearer, ElementId, Standard};
pub use evidence::Evidence;
use serde::Serialize;

/// Which body of rules a claim's burden follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimBurden {
    /// PIPL 69(1): presumed fault against a processor, for conduct from 2021-11-01.
    PresumedFault,
    /// 民法典 1165(1): ordinary fault, the claimant proves it.
    OrdinaryFault,
    Fraud,
    Food,
    Drug,
    Defective,
}

/// One element of a claim.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Element {
    pub id: ElementId,
    pub bearer: Bearer,
    pub standard: Standard,
    pub msg: Msg,
    pub provisions: Vec<P>,
    /// What the user holds that goes to this element.
    pub supported_by: Vec<Evidence>,
    /// What the user could still gather for it (only for elements the user must prove).
    pub could_gather: Vec<Evidence>,
}

/// The explainer for one claim.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Explainer {
    pub claim: ClaimBurden,
    pub elements: Vec<Element>,
    /// Rules that shift or ease a burden in particular facts.
    pub shifts: Vec<super::Note>,
    /// How courts reasoned to causation in leak cases, step by step (personal information only).
    pub causation_steps: Vec<Msg>,
    /// The literature's proposals: never current law, shown only behind the reform view.
    pub reform: Vec<Msg>,
}

/// The explainers for the claims of a scenario, given the evidence the user holds.
pub fn explain(scenario: &Scenario, held: &[Evidence]) -> Vec<Explainer> {
    let mut out = Vec::new();
    // A claim the encoded rules do not reach (conduct before the Civil Code) gets no explainer.
    if let Some(regime) = scenario
        .personal_information
        .as_ref()
        .and_then(|pi| scope::regime(pi).ok())
    {
        out.push(personal_information(regime, held));
    }
    if let Some(purchase) = &scenario.purchase {
        out.push(purchase_claim(purchase, held));
    }
    out
}

fn personal_information(regime: Regime, held: &[Evidence]) -> Explainer {
    let claim = match regime.pipl {
        true => ClaimBurden::PresumedFault,
        false => ClaimBurden::OrdinaryFault,
    };
    let mut shifts = vec![
        note(Key::ShiftWithheldEvidence, vec![P::EvidenceRules95]),
        // High probability (108) is the standard now, for causation too: not a proposal.
        note(
            Key::ShiftHighProbabilityNotUnique,
            vec![P::CivilProcedureInterpretation108Para1],
        ),
    ];
    if regime.facial_rules {
        shifts.insert(0, note(Key::ShiftFacialConsent, vec![P::FacialRules6Para2]));
    }
    let mut elements = elements::build(claim, held);
    // Fault proven: the rule of the era (民法典 1165(1), or 侵权责任法 6(1) before 2021).
    for element in &mut elements {
        for provision in &mut element.provisions {
            if *provision == P::CivilCode1165Para1 {
                *provision = regime.fault_rule();
            }
        }
    }
    Explainer {
        claim,
        elements,
        shifts,
        causation_steps: elements::CAUSATION_STEPS
            .iter()
            .map(|k| Msg::plain(*k))
            .collect(),
        reform: vec![Msg::plain(Key::ReformFullReversal)],
    }
}

fn purchase_claim(purchase: &Purchase, held: &[Evidence]) -> Explainer {
    let claim = purchase.rule.family().burden;
    let mut shifts = vec![
        note(Key::ShiftWithheldEvidence, vec![P::EvidenceRules95]),
        note(Key::ShiftPlatformRecords, vec![P::EcommerceLaw62]),
    ];
    // 23(3) shifts the proof of a flaw (瑕疵) in durable goods; it says nothing of fraud.
    if claim == ClaimBurden::Defective {
        shifts.push(note(
            Key::ShiftDurableGoods,
            vec![P::ConsumerProtection23Para3],
        ));
    }
    if claim == ClaimBurden::Food {
        shifts.push(note(
            Key::ShiftBuyerKnewIsForTheBusiness,
            vec![P::FoodDrugPunitive12],
        ));
    }
    Explainer {
        claim,
        elements: elements::build(claim, held),
        shifts,
        causation_steps: Vec::new(),
        reform: Vec::new(),
    }
}

fn note(key: Key, provisions: Vec<P>) -> super::Note {
    super::Note {
        msg: Msg::plain(key),
        provisions,
    }
}
