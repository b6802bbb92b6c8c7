//! A claim over something bought (消费欺诈、食品、药品、缺陷产品): the price back, the loss, and
//! the punitive amount of the statute in force on the day of the purchase.

mod exceptions;
mod punitive;
pub mod rules;

use super::assessment::{ClaimKind, Frame, Line, LineId, Note, Role, Section};
use super::statutes::{ProvisionId as P, LAW_AS_OF};
use super::vocab::{Arg, Key, Msg};
use super::{Amount, Purchase, PurchaseRule};
use crate::money::{Money, Overflow};
use exceptions::Reach;

/// Assesses one purchase into its section.
pub fn section(frame: Frame, purchase: &Purchase) -> Result<Section, Overflow> {
    let claim = ClaimKind::Purchase;
    let rule = match rules::rule_for(purchase, LAW_AS_OF) {
        Ok(rule) => rule,
        Err(why) => return Ok(Section::not_covered(claim, frame, why)),
    };
    let date = purchase.date.unwrap_or(LAW_AS_OF);
    let exception = exceptions::exception(purchase, rule, date);
    let reach = exception.as_ref().map(|e| e.reach);
    let mut lines = Vec::new();
    if purchase.refund && reach.is_none_or(|r| r == Reach::Punitive) {
        lines.push(refund_line(
            purchase,
            rules::refund_basis(purchase, rule, date),
        ));
    }
    if let Some(loss) = purchase.loss.filter(|_| reach != Some(Reach::WholeClaim)) {
        let mut line = Line::new(
            LineId::PurchaseLoss,
            Role::Awarded,
            Amount::exact(loss),
            Msg::new(Key::FormulaPurchaseLoss, [("amount", Arg::Money(loss))]),
        );
        line.provisions.push(rule.provision);
        lines.push(line);
    }
    let punitive = match &exception {
        Some(exception) => Some(punitive::excluded(exception)),
        None => punitive::line(purchase, rule)?,
    };
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
    let staged = reach == Some(Reach::WholeClaim);
    if matches!(purchase.rule, PurchaseRule::Food | PurchaseRule::Drug) && !staged {
        notes.push(Note {
            msg: Msg::plain(Key::NoteFoodMayClaimFraud),
            provisions: vec![P::FoodDrugPunitive9Para1, P::ConsumerProtection55Para1],
        });
    }
    if purchase.rule == PurchaseRule::Defective {
        notes.push(Note {
            msg: Msg::plain(Key::NoteProductLimitation),
            provisions: vec![P::ProductQuality45],
        });
    }
    let mut section = Section::new(claim, frame, lines, Vec::new(), notes)?;
    section.purchase_rule = Some(purchase.rule);
    Ok(section)
}

/// The price back: the whole price, or the overcharge where the consumer claims on that alone,
/// less what the business refunded before suit.
fn refund_line(purchase: &Purchase, basis: Vec<P>) -> Line {
    let overcharge = purchase
        .base
        .filter(|base| purchase.rule == PurchaseRule::Fraud && *base < purchase.price);
    let asked = overcharge.unwrap_or(purchase.price);
    let owed = asked
        .checked_sub(purchase.refunded)
        .unwrap_or(Money::ZERO)
        .max(Money::ZERO);
    let formula = match (purchase.refunded.is_zero(), overcharge) {
        (true, None) => Msg::new(Key::FormulaRefund, [("amount", Arg::Money(owed))]),
        (true, Some(_)) => Msg::new(Key::FormulaRefundOvercharge, [("amount", Arg::Money(owed))]),
        (false, _) => Msg::new(
            Key::FormulaRefundBalance,
            [
                ("asked", Arg::Money(asked)),
                ("refunded", Arg::Money(purchase.refunded)),
                ("amount", Arg::Money(owed)),
            ],
        ),
    };
    let mut line = Line::new(
        LineId::PriceRefund,
        Role::Awarded,
        Amount::exact(owed),
        formula,
    );
    line.provisions = basis;
    line
}
