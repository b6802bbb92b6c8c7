//! The punitive line (惩罚性赔偿 / 增加赔偿): the multiple of the price or of the loss, the
//! floor, the consumer's choice between bases, and the line an exception takes to ¥0.

use super::super::assessment::{Discretion, Line, LineId, Part, Role};
use super::super::mechanisms::{floor, higher_of, times, up_to};
use super::super::statutes::ProvisionId as P;
use super::super::vocab::{Arg, Key, Msg};
use super::super::{Amount, Purchase, PurchaseRule};
use super::exceptions::Exception;
use super::rules::{Punitive, Rule};
use crate::money::{Money, Overflow};

/// The punitive line, or `None` where the rule's condition is not met (no serious harm).
pub fn line(purchase: &Purchase, rule: Rule) -> Result<Option<Line>, Overflow> {
    let mut line = match rule.punitive {
        Punitive::Fixed {
            price_times,
            loss_times,
            floor: minimum,
        } => fixed(purchase, rule, price_times, loss_times, minimum)?,
        _ if !purchase.serious_harm => return Ok(None),
        Punitive::UpToLoss { loss_times } => up_to_loss(purchase.loss, loss_times)?,
        Punitive::Corresponding => corresponding(),
    };
    line.provisions.insert(0, rule.provision);
    line.provisions.extend(rule.also);
    line.notes.extend(knowledge_note(purchase.rule));
    // 食品安全民事纠纷解释（一） art. 6 presumes a seller knew (past the shelf life, no lawful
    // source…) in every case tried from 2021-01-01; it reads 148's "明知".
    if purchase.rule == PurchaseRule::Food && !rule.older_version {
        line.provisions.push(P::FoodSafetyDisputes6);
    }
    if purchase.rule == PurchaseRule::Fraud {
        line.notes.push(Msg::plain(Key::NoteFraudBeyondDoubt));
        line.provisions.push(P::CivilProcedureInterpretation109);
    }
    Ok(Some(line))
}

/// The line an exception takes to ¥0, with what it says and the provisions that make it so.
pub fn excluded(exception: &Exception) -> Line {
    let mut line = Line::new(
        LineId::Punitive,
        Role::Awarded,
        Amount::ZERO,
        Msg::plain(Key::FormulaPunitiveExcluded),
    );
    line.notes.push(Msg::plain(exception.key));
    line.provisions = exception.provisions.clone();
    line
}

/// n × the price (or a narrower base the consumer claims, or for a buyer who knew the food was
/// unsafe, the part within reasonable needs), or m × the loss where the law offers it,
/// whichever is higher; then the floor.
fn fixed(
    purchase: &Purchase,
    rule: Rule,
    price_times: u64,
    loss_times: Option<u64>,
    minimum: Option<Money>,
) -> Result<Line, Overflow> {
    let n = Arg::Number(price_times);
    let net = purchase.net_price();
    // A part of the price refunded before suit: courts differ on whether it lowers the base
    // (柯桥 2021 held three times the whole price open although part had been refunded), so both.
    let on_price = Amount::range(
        times(net, price_times)?,
        Some(times(purchase.price, price_times)?),
    );
    let formula = match purchase.refunded.is_zero() {
        true => Msg::new(
            Key::FormulaTimesPrice,
            [("n", n), ("base", Arg::Money(purchase.price))],
        ),
        false => Msg::new(
            Key::FormulaTimesPriceRefunded,
            [
                ("n", n),
                ("price", Arg::Money(purchase.price)),
                ("refunded", Arg::Money(purchase.refunded)),
                ("result", Arg::Amount(on_price)),
            ],
        ),
    };
    let mut parts = vec![Part::new(
        LineId::PunitiveOnPrice,
        on_price,
        formula,
        Vec::new(),
    )];
    // 法释〔2024〕9号 art. 12 limits the ten times of 148(2) to reasonable needs; the 2009 text
    // had no such limit.
    let reasonable_only =
        purchase.rule == PurchaseRule::Food && purchase.buyer_knew && !rule.older_version;
    let mut chosen = on_price;
    if reasonable_only {
        let (amount, formula) = match purchase.base {
            Some(part) => {
                let part = part.min(net);
                let args = [("n", n), ("base", Arg::Money(part))];
                (
                    Amount::exact(times(part, price_times)?),
                    Msg::new(Key::FormulaTimesReasonablePart, args),
                )
            }
            // Not said: anything from none of it to all of it may be within reasonable needs.
            None => {
                let most = on_price.bounds().and_then(|b| b.1).unwrap_or(Money::ZERO);
                (
                    up_to(most),
                    Msg::new(
                        Key::FormulaReasonablePartUnknown,
                        [("max", Arg::Money(most))],
                    ),
                )
            }
        };
        chosen = amount;
        parts.push(Part::new(
            LineId::PunitiveOnBase,
            amount,
            formula,
            Vec::new(),
        ));
    } else if let Some(base) = purchase
        .base
        .filter(|b| purchase.rule == PurchaseRule::Fraud && *b < net)
    {
        // 55(1) lets the consumer claim on less than the price, never on more. (For food the
        // base is only the reasonable part, which the 2009 text did not limit.)
        chosen = Amount::exact(times(base, price_times)?);
        let formula = Msg::new(
            Key::FormulaTimesClaimedBase,
            [("n", n), ("base", Arg::Money(base))],
        );
        parts.push(Part::new(
            LineId::PunitiveOnBase,
            chosen,
            formula,
            Vec::new(),
        ));
    }
    if let (Some(m), Some(loss)) = (loss_times, purchase.loss) {
        let on_loss = Amount::exact(times(loss, m)?);
        let formula = Msg::new(
            Key::FormulaTimesLoss,
            [("n", Arg::Number(m)), ("base", Arg::Money(loss))],
        );
        parts.push(Part::new(
            LineId::PunitiveOnLoss,
            on_loss,
            formula,
            Vec::new(),
        ));
        chosen = higher_of(chosen, on_loss);
    }
    let (amount, lifted) = lift_to_floor(chosen, minimum, reasonable_only);
    let formula = if reasonable_only && amount == Amount::ZERO {
        Msg::plain(Key::FormulaPunitiveNothingReasonable)
    } else if lifted {
        Msg::new(
            Key::FormulaPunitiveFloor,
            [
                ("figure", Arg::Amount(chosen)),
                ("floor", Arg::Amount(amount)),
            ],
        )
    } else {
        Msg::new(Key::FormulaPunitiveFixed, [("amount", Arg::Amount(amount))])
    };
    let mut line = Line::new(LineId::Punitive, Role::Awarded, amount, formula);
    line.notes = fixed_notes(purchase, net, loss_times, minimum, reasonable_only);
    line.parts = parts;
    if purchase.rule == PurchaseRule::Food && !rule.older_version {
        line.provisions.push(match reasonable_only {
            true => P::FoodDrugPunitive12,
            false => P::FoodDrugPunitive1Para2,
        });
    }
    Ok(line)
}

/// Each bound lifted to the statutory floor, if any; true when one was. Under the reasonable-needs
/// limit a zero stays zero: nothing was within reasonable needs, so nothing is supported, and
/// there is no punitive amount for the floor to lift.
fn lift_to_floor(chosen: Amount, minimum: Option<Money>, keep_zero: bool) -> (Amount, bool) {
    let (Some(minimum), Some((min, max))) = (minimum, chosen.bounds()) else {
        return (chosen, false);
    };
    let lift = |bound: Money| match keep_zero && bound.is_zero() {
        true => (bound, false),
        false => floor(bound, minimum),
    };
    let (low, low_lifted) = lift(min);
    let high = max.map(lift);
    let lifted = low_lifted || high.is_some_and(|h| h.1);
    (Amount::range(low, high.map(|h| h.0)), lifted)
}

fn fixed_notes(
    purchase: &Purchase,
    net: Money,
    loss_times: Option<u64>,
    minimum: Option<Money>,
    reasonable_only: bool,
) -> Vec<Msg> {
    let mut notes = vec![Msg::plain(Key::NotePricePaid)];
    // The consumer's choice between the price and the loss: the higher is taken.
    if loss_times.is_some() && purchase.loss.is_some() {
        notes.push(Msg::plain(Key::NoteHigherBaseChosen));
    }
    if purchase.rule == PurchaseRule::Fraud {
        match purchase.base {
            Some(base) if base < net => notes.push(Msg::plain(Key::NoteBoundByClaimedBase)),
            Some(_) => notes.push(Msg::plain(Key::NoteBaseNotWider)),
            None => {}
        }
    }
    if reasonable_only {
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

/// What the punitive rule asks the business to have known: a seller answers only if it knew
/// (the food or drug's producer regardless), and a defect only if it was known.
fn knowledge_note(rule: PurchaseRule) -> Option<Msg> {
    let key = match rule {
        PurchaseRule::Fraud => return None,
        PurchaseRule::Food => Key::NoteSellerKnewFood,
        PurchaseRule::Drug => Key::NoteSellerKnewDrug,
        PurchaseRule::Defective => Key::NoteKnewDefect,
    };
    Some(Msg::plain(key))
}

/// From ¥0 to m × the loss: the court's discretion. Without a loss in figures the ceiling is
/// m × a loss not yet known, so no figure: never "no limit".
fn up_to_loss(loss: Option<Money>, loss_times: u64) -> Result<Line, Overflow> {
    let m = Arg::Number(loss_times);
    let mut line = match loss {
        Some(loss) => {
            let max = times(loss, loss_times)?;
            let args = [
                ("n", m),
                ("base", Arg::Money(loss)),
                ("max", Arg::Money(max)),
            ];
            let formula = Msg::new(Key::FormulaPunitiveUpTo, args);
            let mut line = Line::new(LineId::Punitive, Role::Awarded, up_to(max), formula);
            line.discretion = Some(Discretion {
                legal_max: Some(max),
            });
            line
        }
        None => Line::new(
            LineId::Punitive,
            Role::Awarded,
            Amount::Undetermined,
            Msg::new(Key::FormulaPunitiveUpToNoLoss, [("n", m)]),
        ),
    };
    line.notes.push(Msg::plain(Key::NoteCorrespondingPunitive));
    Ok(line)
}

/// 侵权责任法 47: "相应的" with no multiple and no ceiling: from ¥0, the court decides.
fn corresponding() -> Line {
    let mut line = Line::new(
        LineId::Punitive,
        Role::Awarded,
        Amount::range(Money::ZERO, None),
        Msg::plain(Key::FormulaPunitiveCorresponding),
    );
    line.discretion = Some(Discretion { legal_max: None });
    line
}
