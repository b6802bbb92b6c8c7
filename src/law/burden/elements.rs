//! The elements of each claim and who bears each: the table a teacher would draw on the board.

use super::evidence::Evidence;
use super::{ClaimBurden, Element};
use crate::law::statutes::ProvisionId as P;
use crate::law::vocab::{Key, Msg};
use serde::Serialize;

/// What must be shown (待证事实).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ElementId {
    /// The business processed the claimant's information (处理行为).
    Processing,
    /// The processing infringed the claimant's rights (侵害权益).
    Infringement,
    Damage,
    Causation,
    Fault,
    /// The sale or service itself, and the price paid.
    Sale,
    /// The business deceived the consumer (欺诈).
    Deception,
    /// The food met the standard (the business's burden) / the drug was counterfeit or substandard.
    Substandard,
    /// The seller knew (明知).
    SellerKnew,
    Defect,
    /// Death or serious damage to health.
    SeriousHarm,
}

/// Who must prove an element.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Bearer {
    /// The consumer, who brings the claim.
    Consumer,
    /// The business: proving the element's contrary is its burden.
    Business,
}

/// How sure the court must be.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Standard {
    /// 高度可能性 (民诉法解释 108).
    HighProbability,
    /// 排除合理怀疑 (民诉法解释 109): fraud.
    BeyondReasonableDoubt,
}

use Bearer::{Business, Consumer};
use ElementId as E;
use Standard::{BeyondReasonableDoubt as Doubt, HighProbability as Probable};

/// One row: the element, who proves it, to what standard, what it means, and the provisions.
type Row = (ElementId, Bearer, Standard, Key, &'static [P]);

const ORDINARY: &[P] = &[
    P::CivilProcedureInterpretation91,
    P::CivilProcedureInterpretation108Para1,
];

const PRESUMED_FAULT: &[Row] = &[
    (
        E::Processing,
        Consumer,
        Probable,
        Key::ElementProcessing,
        &[P::Pipl69Para1, P::CivilProcedureInterpretation108Para1],
    ),
    (
        E::Infringement,
        Consumer,
        Probable,
        Key::ElementInfringement,
        &[P::Pipl69Para1],
    ),
    (
        E::Damage,
        Consumer,
        Probable,
        Key::ElementDamage,
        &[P::Pipl69Para1],
    ),
    (
        E::Causation,
        Consumer,
        Probable,
        Key::ElementCausationLeak,
        &[P::Pipl69Para1, P::CivilProcedureInterpretation108Para1],
    ),
    (
        E::Fault,
        Business,
        Probable,
        Key::ElementFaultPresumed,
        &[P::Pipl69Para1, P::CivilCode1165Para2],
    ),
];
const ORDINARY_FAULT: &[Row] = &[
    (
        E::Processing,
        Consumer,
        Probable,
        Key::ElementProcessing,
        ORDINARY,
    ),
    (
        E::Infringement,
        Consumer,
        Probable,
        Key::ElementInfringement,
        ORDINARY,
    ),
    (E::Damage, Consumer, Probable, Key::ElementDamage, ORDINARY),
    (
        E::Causation,
        Consumer,
        Probable,
        Key::ElementCausationLeak,
        ORDINARY,
    ),
    (
        E::Fault,
        Consumer,
        Probable,
        Key::ElementFaultOrdinary,
        &[P::CivilCode1165Para1],
    ),
];
const FRAUD: &[Row] = &[
    (E::Sale, Consumer, Probable, Key::ElementSale, ORDINARY),
    (
        E::Deception,
        Consumer,
        Doubt,
        Key::ElementDeception,
        &[
            P::ConsumerProtection55Para1,
            P::CivilProcedureInterpretation109,
        ],
    ),
];
const FOOD: &[Row] = &[
    (E::Sale, Consumer, Probable, Key::ElementSale, ORDINARY),
    (
        E::Substandard,
        Business,
        Probable,
        Key::ElementFoodMeetsStandard,
        &[P::FoodDrugDisputes6],
    ),
    (
        E::SellerKnew,
        Consumer,
        Probable,
        Key::ElementSellerKnewFood,
        &[P::FoodSafety148Para2],
    ),
];
const DRUG: &[Row] = &[
    (E::Sale, Consumer, Probable, Key::ElementSale, ORDINARY),
    (
        E::Substandard,
        Consumer,
        Probable,
        Key::ElementDrugCounterfeit,
        &[P::DrugAdministration144Para3],
    ),
    (
        E::SellerKnew,
        Consumer,
        Probable,
        Key::ElementSellerKnewDrug,
        &[P::DrugAdministration144Para3],
    ),
];
const DEFECTIVE: &[Row] = &[
    (E::Sale, Consumer, Probable, Key::ElementSale, ORDINARY),
    (
        E::Defect,
        Consumer,
        Probable,
        Key::ElementDefect,
        &[P::ConsumerProtection55Para2],
    ),
    (
        E::SellerKnew,
        Consumer,
        Probable,
        Key::ElementSellerKnewDefect,
        &[P::ConsumerProtection55Para2, P::CivilCode1207],
    ),
    (
        E::SeriousHarm,
        Consumer,
        Probable,
        Key::ElementSeriousHarm,
        &[P::ConsumerProtection55Para2],
    ),
    (
        E::Causation,
        Consumer,
        Probable,
        Key::ElementCausationInjury,
        &[P::CivilCode1207],
    ),
];

/// How courts reasoned from the scam messages to "high probability" in leak cases: 庞理鹏诉趣拿、
/// 东航, (2017)京01民终509号, as the SPC's published summary and the press report it (the court's
/// own reasoning section was not available; docs/law/liability-cases.md §2).
pub const CAUSATION_STEPS: &[Key] = &[
    Key::CausationCase,
    Key::CausationStepHeld,
    Key::CausationStepTiming,
    Key::CausationStepStandard,
    Key::CausationStepImpossible,
    Key::CausationStepFirstInstance,
];

/// The elements of a claim, each with the evidence held that supports it and, where the user
/// bears it, what they could still gather.
pub fn build(claim: ClaimBurden, held: &[Evidence]) -> Vec<Element> {
    let rows = match claim {
        ClaimBurden::PresumedFault => PRESUMED_FAULT,
        ClaimBurden::OrdinaryFault => ORDINARY_FAULT,
        ClaimBurden::Fraud => FRAUD,
        ClaimBurden::Food => FOOD,
        ClaimBurden::Drug => DRUG,
        ClaimBurden::Defective => DEFECTIVE,
    };
    rows.iter()
        .map(|&(id, bearer, standard, key, provisions)| {
            let useful = Evidence::ALL
                .into_iter()
                .filter(|e| e.supports(claim).contains(&id));
            let (supported_by, missing): (Vec<_>, Vec<_>) = useful.partition(|e| held.contains(e));
            Element {
                id,
                bearer,
                standard,
                msg: Msg::plain(key),
                provisions: provisions.to_vec(),
                could_gather: match bearer {
                    Consumer => missing,
                    Business => Vec::new(),
                },
                supported_by,
            }
        })
        .collect()
}
