//! Which rule governs a purchase: the statute for its kind, in the version in force on the day
//! of the purchase. A day before the earliest version encoded is "not covered", never a guess.

use super::super::burden::ClaimBurden;
use super::super::statutes::{
    civil_code, consumer_protection, contract_law, drug_administration, food_safety,
    general_provisions_2017, tort_law, Law, ProvisionId as P,
};
use super::super::vocab::{Arg, Key, Msg};
use super::super::{Purchase, PurchaseRule};
use crate::date::Date;
use crate::money::Money;

/// How a rule computes its punitive amount.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Punitive {
    /// `price_times` × the price (or, where the law allows, `loss_times` × the loss, whichever
    /// the consumer prefers), at least `floor`.
    Fixed {
        price_times: u64,
        loss_times: Option<u64>,
        floor: Option<Money>,
    },
    /// From ¥0 up to `loss_times` × the loss: the court decides.
    UpToLoss { loss_times: u64 },
    /// "相应的惩罚性赔偿" with no multiple and no ceiling (侵权责任法 47): the court decides.
    Corresponding,
}

/// The rule that governs a purchase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rule {
    pub punitive: Punitive,
    /// The provision that sets the amount.
    pub provision: P,
    /// A provision that also grants it (民法典 1207 or 侵权责任法 47 beside 55(2)).
    pub also: Option<P>,
    /// A superseded text: the page says which version applies and why.
    pub older_version: bool,
}

struct Version {
    law: &'static Law,
    rule: Rule,
}

const fn fixed(price_times: u64, loss_times: Option<u64>, floor: Option<i64>) -> Punitive {
    Punitive::Fixed {
        price_times,
        loss_times,
        floor: match floor {
            Some(yuan) => Some(Money::from_yuan(yuan)),
            None => None,
        },
    }
}

const fn rule(punitive: Punitive, provision: P, older_version: bool) -> Rule {
    Rule {
        punitive,
        provision,
        also: None,
        older_version,
    }
}

/// Newest first: the first version in force on the day governs.
const FRAUD: &[Version] = &[
    Version {
        law: &consumer_protection::LAW,
        rule: rule(
            fixed(3, None, Some(500)),
            P::ConsumerProtection55Para1,
            false,
        ),
    },
    Version {
        law: &consumer_protection::LAW_1993,
        rule: rule(fixed(1, None, None), P::ConsumerProtection1993Art49, true),
    },
];
const FOOD: &[Version] = &[
    Version {
        law: &food_safety::LAW,
        rule: rule(
            fixed(10, Some(3), Some(1_000)),
            P::FoodSafety148Para2,
            false,
        ),
    },
    Version {
        law: &food_safety::LAW_2009,
        rule: rule(fixed(10, None, None), P::FoodSafety2009Art96Para2, true),
    },
];
const DRUG: &[Version] = &[Version {
    law: &drug_administration::LAW,
    rule: rule(
        fixed(10, Some(3), Some(1_000)),
        P::DrugAdministration144Para3,
        false,
    ),
}];
const DEFECTIVE: &[Version] = &[
    Version {
        law: &consumer_protection::LAW,
        rule: rule(
            Punitive::UpToLoss { loss_times: 2 },
            P::ConsumerProtection55Para2,
            false,
        ),
    },
    Version {
        law: &tort_law::LAW,
        rule: rule(Punitive::Corresponding, P::TortLaw47, true),
    },
];

/// A fact beside the price and the loss that a family's rules turn on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fact {
    /// The only flaw is in a label, instructions or advertising, and misleads no one.
    HarmlessFlaw,
    /// The claim was staged (夹带、掉包、捏造事实).
    Staged,
    /// The buyer knew the food was below standard when buying it.
    BuyerKnew,
    /// The defect caused death or serious damage to health.
    SeriousHarm,
}

/// A narrower base than the whole price, where a family allows one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Base {
    /// Part of the price, as the consumer claims it (an overcharge): 55(1) allows a narrower
    /// base, never a wider one.
    Claimed,
    /// For a buyer who knew, the part within reasonable daily needs (法释〔2024〕9号 art. 12).
    ReasonablePart,
    None,
}

/// A family of rules for one kind of purchase claim (欺诈、食品、药品、缺陷产品): its dated versions,
/// the facts it asks about, the narrower base it allows, who proves what under it, and what it
/// says before its earliest text. The engine, the form, the codec, the burden explainer and the
/// views all read this one value.
pub struct Family {
    pub rule: PurchaseRule,
    /// Newest first: the first version in force on the day governs.
    versions: &'static [Version],
    /// The facts its rules turn on: the form asks these and no others.
    pub asks: &'static [Fact],
    pub base: Base,
    /// The burden explainer's elements for it.
    pub burden: ClaimBurden,
    not_covered: Key,
}

/// Every family, in the order the form offers them.
pub const FAMILIES: [Family; 4] = [
    Family {
        rule: PurchaseRule::Fraud,
        versions: FRAUD,
        asks: &[Fact::HarmlessFlaw, Fact::Staged],
        base: Base::Claimed,
        burden: ClaimBurden::Fraud,
        not_covered: Key::NotCoveredFraud,
    },
    Family {
        rule: PurchaseRule::Food,
        versions: FOOD,
        asks: &[Fact::HarmlessFlaw, Fact::Staged, Fact::BuyerKnew],
        base: Base::ReasonablePart,
        burden: ClaimBurden::Food,
        not_covered: Key::NotCoveredFood,
    },
    Family {
        rule: PurchaseRule::Drug,
        versions: DRUG,
        asks: &[Fact::Staged],
        base: Base::None,
        burden: ClaimBurden::Drug,
        not_covered: Key::NotCoveredDrug,
    },
    Family {
        rule: PurchaseRule::Defective,
        versions: DEFECTIVE,
        asks: &[Fact::SeriousHarm],
        base: Base::None,
        burden: ClaimBurden::Defective,
        not_covered: Key::NotCoveredDefective,
    },
];

impl PurchaseRule {
    /// The family of rules for this kind of claim.
    pub fn family(self) -> &'static Family {
        let at = match self {
            PurchaseRule::Fraud => 0,
            PurchaseRule::Food => 1,
            PurchaseRule::Drug => 2,
            PurchaseRule::Defective => 3,
        };
        &FAMILIES[at]
    }
}

impl Family {
    /// Whether its rules turn on this fact.
    pub fn asks(&self, fact: Fact) -> bool {
        self.asks.contains(&fact)
    }
}

/// The rule for this purchase on its date (today's rules when no date is given), or why none
/// of the encoded versions reaches it.
pub fn rule_for(purchase: &Purchase, today: Date) -> Result<Rule, Msg> {
    let date = purchase.date.unwrap_or(today);
    let family = purchase.rule.family();
    let versions = family.versions;
    let Some(version) = versions.iter().find(|v| v.law.in_force_on(date)) else {
        let earliest = versions.last().map_or(date, |v| v.law.in_force);
        return Err(Msg::new(
            family.not_covered,
            [("date", Arg::Date(date)), ("earliest", Arg::Date(earliest))],
        ));
    };
    let mut rule = version.rule;
    // Beside 55(2), the tort law of the day grants punitive damages too: the Civil Code's 1207
    // from 2021, the Tort Liability Law's 47 before.
    if rule.provision == P::ConsumerProtection55Para2 {
        rule.also = Some(match civil_code::LAW.in_force_on(date) {
            true => P::CivilCode1207,
            false => P::TortLaw47,
        });
    }
    Ok(rule)
}

/// What the price back rests on: rescission for fraud and the return of what was paid, or the
/// return of goods below quality. Never the punitive rule, which only adds to it. Before the
/// Contract Law (1999-10-01) no refund rule is encoded, and the rule of the time is cited.
pub fn refund_basis(purchase: &Purchase, rule: Rule, date: Date) -> Vec<P> {
    let in_force = |law: &Law| law.in_force_on(date);
    let mut basis = match purchase.rule {
        PurchaseRule::Fraud if in_force(&civil_code::LAW) => vec![P::CivilCode148, P::CivilCode157],
        PurchaseRule::Fraud if in_force(&general_provisions_2017::LAW) => {
            vec![P::GeneralProvisions148, P::GeneralProvisions157]
        }
        PurchaseRule::Fraud if in_force(&contract_law::LAW) => {
            vec![P::ContractLaw54Para2, P::ContractLaw58]
        }
        _ if purchase.rule != PurchaseRule::Fraud && in_force(&consumer_protection::LAW) => {
            vec![P::ConsumerProtection24Para1]
        }
        _ if purchase.rule != PurchaseRule::Fraud && in_force(&contract_law::LAW) => {
            vec![P::ContractLaw148, P::ContractLaw97]
        }
        _ => vec![rule.provision],
    };
    // Knowing the food or drug was unsafe does not cost the price back (法释〔2024〕9号 art. 2,
    // which governs every case undecided on 2024-08-22).
    if purchase.buyer_knew && matches!(purchase.rule, PurchaseRule::Food | PurchaseRule::Drug) {
        basis.push(P::FoodDrugPunitive2Para1);
    }
    basis
}
