//! When a purchase claim fails whatever the multiple: a staged claim, or a flaw that misleads no
//! one.
//!
//! Fraud is the business deceiving the consumer (消费者权益保护法 55(1): "经营者…有欺诈行为"; 民法典 148
//! and 总则编解释 21: deliberately stating falsehoods or hiding the truth so that the other acts on a
//! mistaken belief). A claim the consumer staged, or a flaw that misleads no one, is not that on
//! any date; 实施条例 49 (2024-07-01) only wrote it down. Neither gets punitive damages, and without
//! fraud there is nothing to rescind, so no price back either. For food and drugs 法释〔2024〕9号
//! art. 16 rejects the whole claim of a buyer who staged it; a label flaw that affects neither
//! safety nor anyone's judgement takes away only the ten times (食品安全法 148(2), proviso).

use super::super::statutes::{
    civil_code, consumer_protection, contract_law, general_provisions_2017, ProvisionId as P,
};
use super::super::vocab::Key;
use super::super::{Purchase, PurchaseRule};
use super::rules::Rule;
use crate::date::Date;

/// How much of the claim an exception takes away.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reach {
    /// Only the punitive amount.
    Punitive,
    /// The punitive amount and the price back: there was no fraud to rescind for.
    PunitiveAndRefund,
    /// Everything: the claim is rejected.
    WholeClaim,
}

/// An exception, what it says, and the provisions it rests on.
pub struct Exception {
    pub key: Key,
    pub provisions: Vec<P>,
    pub reach: Reach,
}

/// The exception that applies to this purchase on `date`, if any. A staged claim comes first:
/// it fails whatever else is true of it.
pub fn exception(purchase: &Purchase, rule: Rule, date: Date) -> Option<Exception> {
    let make = |key, provisions, reach| {
        Some(Exception {
            key,
            provisions,
            reach,
        })
    };
    match purchase.rule {
        PurchaseRule::Fraud if purchase.contrived => make(
            Key::NoteContrivedClaim,
            not_fraud(rule, date, P::ConsumerRegulations49Para2),
            Reach::WholeClaim,
        ),
        PurchaseRule::Fraud if purchase.harmless_flaw => make(
            Key::NoteHarmlessFlawNotFraud,
            not_fraud(rule, date, P::ConsumerRegulations49Para1),
            Reach::PunitiveAndRefund,
        ),
        PurchaseRule::Food | PurchaseRule::Drug if purchase.contrived => make(
            Key::NoteStagedFoodClaim,
            vec![P::FoodDrugPunitive16Para1],
            Reach::WholeClaim,
        ),
        // The 2009 text had no labelling exception; the 2015 text carries it in its own words.
        PurchaseRule::Food if purchase.harmless_flaw && !rule.older_version => make(
            Key::NoteHarmlessFlaw,
            vec![P::FoodSafety148Para2],
            Reach::Punitive,
        ),
        _ => None,
    }
}

/// What makes it no fraud on `date`: the fraud rule's own words, the general rule on fraud of the
/// day, and from 2024-07-01 the regulation that says so of these cases.
fn not_fraud(rule: Rule, date: Date, regulation: P) -> Vec<P> {
    let mut provisions = vec![rule.provision];
    if civil_code::LAW.in_force_on(date) {
        // 总则编解释 reaches only facts after 2021-01-01 (its art. 39).
        provisions.extend([P::CivilCode148, P::GeneralPart21]);
    } else if general_provisions_2017::LAW.in_force_on(date) {
        provisions.push(P::GeneralProvisions148);
    } else if contract_law::LAW.in_force_on(date) {
        provisions.push(P::ContractLaw54Para2);
    }
    if consumer_protection::REGULATIONS.in_force_on(date) {
        provisions.push(regulation);
    }
    provisions
}
