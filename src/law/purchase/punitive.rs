//! The punitive line (惩罚性赔偿 / 增加赔偿): the multiple of the price or of the loss, the
//! floor, the consumer's choice between bases, and the exceptions that take it to ¥0.

use super::super::assessment::{Discretion, Line, LineId, Part, Role};
use super::super::mechanisms::{floor, times, up_to};
use super::super::statutes::{consumer_protection, ProvisionId as P};
use super::super::vocab::{Arg, Key, Msg};
use super::super::{Amount, Purchase, PurchaseRule};
use super::rules::{Punitive, Rule};
use crate::date::Date;
use crate::money::{Money, Overflow};

/// The punitive line, or `None` where the rule's condition is not met (no serious harm).
pub fn line(purchase: &Purchase, rule: Rule, today: Date) -> Result<Option<Line>, Overflow> {
    let mut line = match rule.punitive {
        Punitive::Fixed {
            price_times,
            loss_times,
            floor: minimum,
        } => fixed(purchase, price_times, loss_times, minimum)?,
        Punitive::UpToLoss { loss_times } => {
            if !purchase.serious_harm {
                return Ok(None);
            }
            up_to_loss(purchase.loss, loss_times)?
        }
    };
    line.provisions.push(rule.provision);
    line.provisions.extend(rule.also);
    if let Some(exception) = exception(purchase, rule, today) {
        line.amount = Amount::ZERO;
        line.discretion = None;
        line.formula = Msg::plain(Key::FormulaPunitiveExcluded);
        line.notes.insert(0, Msg::plain(exception.0));
        line.provisions.push(exception.1);
    }
    if purchase.rule == PurchaseRule::Fraud {
        line.notes.push(Msg::plain(Key::NoteFraudBeyondDoubt));
        line.provisions.push(P::CivilProcedureInterpretation109);
    }
    Ok(Some(line))
}

/// n × the base (the price, or the narrower base claimed), or m × the loss where the law offers
/// it, whichever is higher; then the floor.
fn fixed(
    purchase: &Purchase,
    price_times: u64,
    loss_times: Option<u64>,
    minimum: Option<Money>,
) -> Result<Line, Overflow> {
    let n = Arg::Number(price_times);
    let on_price = times(purchase.price, price_times)?;
    let formula = Msg::new(
        Key::FormulaTimesPrice,
        [("n", n), ("base", Arg::Money(purchase.price))],
    );
    let mut parts = vec![exact_part(LineId::PunitiveOnPrice, on_price, formula)];
    let mut chosen = on_price;
    if let Some(base) = purchase.base.filter(|b| *b != purchase.price) {
        chosen = times(base, price_times)?;
        let key = match purchase.rule {
            PurchaseRule::Food if purchase.buyer_knew => Key::FormulaTimesReasonablePart,
            _ => Key::FormulaTimesClaimedBase,
        };
        let formula = Msg::new(key, [("n", n), ("base", Arg::Money(base))]);
        parts.push(exact_part(LineId::PunitiveOnBase, chosen, formula));
    }
    if let (Some(m), Some(loss)) = (loss_times, purchase.loss) {
        let on_loss = times(loss, m)?;
        let formula = Msg::new(
            Key::FormulaTimesLoss,
            [("n", Arg::Number(m)), ("base", Arg::Money(loss))],
        );
        parts.push(exact_part(LineId::PunitiveOnLoss, on_loss, formula));
        chosen = chosen.max(on_loss);
    }
    let (amount, lifted) = match minimum {
        Some(min) => floor(chosen, min),
        None => (chosen, false),
    };
    let formula = if lifted {
        Msg::new(
            Key::FormulaPunitiveFloor,
            [
                ("figure", Arg::Money(chosen)),
                ("floor", Arg::Money(amount)),
            ],
        )
    } else {
        Msg::new(Key::FormulaPunitiveFixed, [("amount", Arg::Money(amount))])
    };
    let mut line = Line::new(
        LineId::Punitive,
        Role::Awarded,
        Amount::exact(amount),
        formula,
    );
    line.notes = fixed_notes(purchase, loss_times, minimum);
    line.parts = parts;
    // The 2024 interpretation governs every food case still undecided on 2024-08-22.
    if purchase.rule == PurchaseRule::Food {
        line.provisions.push(match purchase.buyer_knew {
            true => P::FoodDrugPunitive12,
            false => P::FoodDrugPunitive1Para2,
        });
    }
    Ok(line)
}

fn fixed_notes(purchase: &Purchase, loss_times: Option<u64>, minimum: Option<Money>) -> Vec<Msg> {
    let mut notes = Vec::new();
    // The consumer's choice between the price and the loss: the higher is taken.
    if loss_times.is_some() && purchase.loss.is_some() {
        notes.push(Msg::plain(Key::NoteHigherBaseChosen));
    }
    if purchase.base.is_some() && purchase.rule == PurchaseRule::Fraud {
        notes.push(Msg::plain(Key::NoteBoundByClaimedBase));
    }
    if purchase.buyer_knew && purchase.rule == PurchaseRule::Food {
        notes.push(Msg::plain(Key::NoteBuyerKnew));
    }
    if loss_times.is_some() && purchase.loss.is_none() {
        notes.push(Msg::plain(Key::NoteLossAlternative));
    }
    if minimum.is_none() {
        notes.push(Msg::plain(Key::NoteNoFloorInThisVersion));
    }
    notes
}

/// From ¥0 to m × the loss: the court's discretion. Without a loss in figures, no ceiling.
fn up_to_loss(loss: Option<Money>, loss_times: u64) -> Result<Line, Overflow> {
    let m = Arg::Number(loss_times);
    let (amount, legal_max, formula) = match loss {
        Some(loss) => {
            let max = times(loss, loss_times)?;
            let args = [
                ("n", m),
                ("base", Arg::Money(loss)),
                ("max", Arg::Money(max)),
            ];
            (
                up_to(max),
                Some(max),
                Msg::new(Key::FormulaPunitiveUpTo, args),
            )
        }
        None => (
            Amount::range(Money::ZERO, None),
            None,
            Msg::new(Key::FormulaPunitiveUpToNoLoss, [("n", m)]),
        ),
    };
    let mut line = Line::new(LineId::Punitive, Role::Awarded, amount, formula);
    line.discretion = Some(Discretion { legal_max });
    line.notes.push(Msg::plain(Key::NoteCorrespondingPunitive));
    Ok(line)
}

/// The exception that takes the punitive amount to ¥0, with the provision that makes it.
fn exception(purchase: &Purchase, rule: Rule, today: Date) -> Option<(Key, P)> {
    let date = purchase.date.unwrap_or(today);
    let regulations = consumer_protection::REGULATIONS.in_force_on(date);
    match purchase.rule {
        PurchaseRule::Fraud if regulations && purchase.contrived => {
            Some((Key::NoteContrivedClaim, P::ConsumerRegulations49Para2))
        }
        PurchaseRule::Fraud if regulations && purchase.harmless_flaw => {
            Some((Key::NoteHarmlessFlaw, P::ConsumerRegulations49Para1))
        }
        // The 2009 text had no labelling exception; the 2015 text carries it in its own words.
        PurchaseRule::Food if purchase.harmless_flaw && !rule.older_version => {
            Some((Key::NoteHarmlessFlaw, P::FoodSafety148Para2))
        }
        _ => None,
    }
}

fn exact_part(id: LineId, amount: Money, formula: Msg) -> Part {
    Part::new(id, Amount::exact(amount), formula, Vec::new())
}
