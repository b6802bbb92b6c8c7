//! A claim over something bought (消费欺诈、食品、药品、缺陷产品): the price back, the loss, and
//! the punitive amount of the statute in force on the day of the purchase.

mod punitive;
pub mod rules;

use super::assessment::{ClaimKind, Frame, Line, LineId, Note, Role, Section};
use super::statutes::{ProvisionId as P, LAW_AS_OF};
use super::vocab::{Arg, Key, Msg};
use super::{Amount, Purchase, PurchaseRule};
use crate::money::Overflow;

/// Assesses one purchase into its section.
pub fn section(frame: Frame, purchase: &Purchase) -> Result<Section, Overflow> {
    let claim = ClaimKind::Purchase;
    let rule = match rules::rule_for(purchase, LAW_AS_OF) {
        Ok(rule) => rule,
        Err(why) => return Ok(Section::not_covered(claim, frame, why)),
    };
    let mut lines = Vec::new();
    if purchase.refund {
        lines.push(compensation(
            LineId::PriceRefund,
            Key::FormulaRefund,
            purchase.price,
            rule.provision,
        ));
    }
    if let Some(loss) = purchase.loss {
        lines.push(compensation(
            LineId::PurchaseLoss,
            Key::FormulaPurchaseLoss,
            loss,
            rule.provision,
        ));
    }
    let punitive = punitive::line(purchase, rule, LAW_AS_OF)?;
    let mut notes = Vec::new();
    if punitive.is_none() {
        notes.push(Note {
            msg: Msg::plain(Key::NoteDefectNeedsSeriousHarm),
            provisions: vec![P::ConsumerProtection55Para2, P::CivilCode1207],
        });
    }
    lines.extend(punitive);
    if purchase.date.is_none() {
        notes.push(Note {
            msg: Msg::new(
                Key::NotePurchaseDateAssumed,
                [("date", Arg::Date(LAW_AS_OF))],
            ),
            provisions: Vec::new(),
        });
    }
    if rule.older_version {
        notes.push(Note {
            msg: Msg::plain(Key::NoteOlderVersion),
            provisions: vec![rule.provision],
        });
    }
    if matches!(purchase.rule, PurchaseRule::Food | PurchaseRule::Drug) {
        notes.push(Note {
            msg: Msg::plain(Key::NoteFoodMayClaimFraud),
            provisions: vec![P::FoodDrugPunitive9Para1, P::ConsumerProtection55Para1],
        });
    }
    Section::new(claim, frame, lines, Vec::new(), notes)
}

/// A compensatory line: the price back, or another loss the consumer proves.
fn compensation(id: LineId, key: Key, amount: crate::money::Money, provision: P) -> Line {
    let mut line = Line::new(
        id,
        Role::Awarded,
        Amount::exact(amount),
        Msg::new(key, [("amount", Arg::Money(amount))]),
    );
    line.provisions.push(provision);
    line
}
