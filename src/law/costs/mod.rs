//! What suing costs and how long there is (诉讼成本与时效): the court's acceptance fee for each
//! claim, late-payment interest on a judgment, and the limitation period of the money claims.
//! None of it is ever added to what a court could award: every line has the `Cost` role.

pub mod court_fees;
pub mod interest;
pub mod limitation;

use super::assessment::{Assessment, ClaimKind, Line, LineId, Note, Part, Role};
use super::statutes::ProvisionId as P;
use super::vocab::{Arg, Key, Msg};
use super::Amount;
use crate::date::Date;
use crate::money::{Money, Overflow};
use serde::Serialize;

/// The dates and sum the costs need besides the claims; each is optional.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CostsInput {
    /// What a judgment ordered and is still unpaid.
    pub unpaid: Option<Money>,
    /// The last day the judgment gave for paying.
    pub deadline: Option<Date>,
    /// The day it was (or will be) paid.
    pub paid_on: Option<Date>,
    /// When the user knew, or should have known, of the harm and who caused it.
    pub knew_on: Option<Date>,
    /// The day to judge the limitation period on (today, usually).
    pub as_of: Option<Date>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Costs {
    pub lines: Vec<Line>,
    pub notes: Vec<Note>,
}

/// The costs of suing on the claims of `a`, and what `input` adds.
pub fn assess(a: &Assessment, input: &CostsInput) -> Result<Costs, Overflow> {
    let mut costs = Costs::default();
    let claimed = |kind| {
        a.section(kind)
            .filter(|s| s.not_covered.is_none())
            .map(|s| s.total.amount)
    };
    let pi = claimed(ClaimKind::PersonalInformation);
    let purchase = claimed(ClaimKind::Purchase);
    let fee = match (pi, purchase) {
        (Some(pi), Some(purchase)) => joined_fee_line(pi, purchase)?,
        (Some(pi), None) => personality_fee_line(pi)?,
        (None, Some(purchase)) => property_fee_line(purchase)?,
        (None, None) => None,
    };
    if let Some(fee) = fee {
        costs.lines.push(fee);
        costs
            .notes
            .push(note(Key::NoteFeeOnClaim, &[P::LitigationCosts29]));
    }
    if let (Some(unpaid), Some(deadline), Some(paid_on)) =
        (input.unpaid, input.deadline, input.paid_on)
    {
        costs.lines.push(interest_line(unpaid, deadline, paid_on)?);
    }
    if let Some(knew_on) = input.knew_on {
        costs.lines.extend(limitation_line(knew_on, input.as_of));
    }
    if costs.lines.iter().any(|l| l.id == LineId::Limitation) {
        costs
            .notes
            .push(note(Key::NoteNotTimeBarred, &[P::CivilCode995]));
    }
    Ok(costs)
}

fn note(key: Key, provisions: &[P]) -> Note {
    Note {
        msg: Msg::plain(key),
        provisions: provisions.to_vec(),
    }
}

/// A fee line: the full fee of the claimed range, and half of it as a part (15, 16).
fn fee_line(
    id: LineId,
    fee: Amount,
    formula: Msg,
    provision: P,
    notes: Vec<Msg>,
) -> Result<Option<Line>, Overflow> {
    if fee.bounds().is_none() {
        return Ok(None);
    }
    let half = Part::new(
        LineId::CourtFeeHalved,
        court_fees::halved(fee)?,
        Msg::plain(Key::FormulaFeeHalved),
        Vec::new(),
    );
    let mut line = Line::new(id, Role::Cost, fee, formula);
    line.parts = vec![half];
    line.provisions = vec![provision, P::LitigationCosts15, P::LitigationCosts16];
    line.notes = notes;
    Ok(Some(line))
}

/// 13(一), on what the purchase claim comes to.
fn property_fee_line(claimed: Amount) -> Result<Option<Line>, Overflow> {
    let fee = court_fees::fee_of_range(claimed, |m| court_fees::property_fee(m).map(|f| (f, f)))?;
    let formula = Msg::new(Key::FormulaFeeProperty, [("claimed", Arg::Amount(claimed))]);
    fee_line(
        LineId::CourtFeeProperty,
        fee,
        formula,
        P::LitigationCosts13Item1,
        Vec::new(),
    )
}

/// Both claims in one suit: 民诉法解释 201 puts a suit with property and non-property claims on
/// the property scale, the property claims added together. The note says how a court may read it
/// otherwise, and what each claim would pay on its own.
fn joined_fee_line(pi: Amount, purchase: Amount) -> Result<Option<Line>, Overflow> {
    let claimed = pi.checked_add(purchase)?;
    let fee = court_fees::fee_of_range(claimed, |m| court_fees::property_fee(m).map(|f| (f, f)))?;
    let alone = |line: Option<Line>| line.map_or(Amount::Undetermined, |l| l.amount);
    let note = Msg::new(
        Key::NoteFeeJoined,
        [
            ("pi", Arg::Amount(alone(personality_fee_line(pi)?))),
            ("purchase", Arg::Amount(alone(property_fee_line(purchase)?))),
        ],
    );
    let formula = Msg::new(Key::FormulaFeeJoined, [("claimed", Arg::Amount(claimed))]);
    let line = fee_line(
        LineId::CourtFeeJoined,
        fee,
        formula,
        P::LitigationCosts13Item1,
        vec![note],
    )?;
    Ok(line.map(|mut l| {
        l.provisions.insert(0, P::CivilProcedureInterpretation201);
        l
    }))
}

/// 13(二)2, on what the personal-information claim comes to.
fn personality_fee_line(claimed: Amount) -> Result<Option<Line>, Overflow> {
    let fee = court_fees::fee_of_range(claimed, court_fees::personality_fee)?;
    let formula = Msg::new(
        Key::FormulaFeePersonality,
        [("claimed", Arg::Amount(claimed))],
    );
    let notes = vec![Msg::plain(Key::NoteFeeProvince)];
    fee_line(
        LineId::CourtFeePersonality,
        fee,
        formula,
        P::LitigationCosts13Item2Sub2,
        notes,
    )
}

fn interest_line(unpaid: Money, deadline: Date, paid_on: Date) -> Result<Line, Overflow> {
    let days = interest::days_late(deadline, paid_on);
    let amount = interest::doubled_portion(unpaid, days)?;
    let args = [
        ("unpaid", Arg::Money(unpaid)),
        ("days", Arg::Number(days)),
        ("deadline", Arg::Date(deadline)),
        ("paid", Arg::Date(paid_on)),
    ];
    let mut line = Line::new(
        LineId::LateInterest,
        Role::Cost,
        Amount::exact(amount),
        Msg::new(Key::FormulaLateInterest, args),
    );
    line.provisions = vec![P::CivilProcedureLaw264, P::LateInterest1];
    line.notes = vec![Msg::plain(Key::NoteOrdinaryInterest)];
    Ok(line)
}

fn limitation_line(knew_on: Date, as_of: Option<Date>) -> Option<Line> {
    let last = limitation::last_day(knew_on)?;
    let formula = Msg::new(
        Key::FormulaLimitation,
        [("knew", Arg::Date(knew_on)), ("last", Arg::Date(last))],
    );
    let mut line = Line::new(
        LineId::Limitation,
        Role::Basis,
        Amount::Undetermined,
        formula,
    );
    line.provisions = vec![P::CivilCode188];
    if let Some(as_of) = as_of {
        line.notes.push(match limitation::standing(last, as_of) {
            limitation::Standing::InTime { days_left } => Msg::new(
                Key::NoteLimitationInTime,
                [
                    ("as_of", Arg::Date(as_of)),
                    ("days", Arg::Number(days_left)),
                ],
            ),
            limitation::Standing::Expired => {
                Msg::new(Key::NoteLimitationExpired, [("as_of", Arg::Date(as_of))])
            }
        });
    }
    Some(line)
}
