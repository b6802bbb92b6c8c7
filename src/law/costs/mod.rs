//! What suing costs and how long there is (诉讼成本与时效): the court's acceptance fee for each
//! claim, late-payment interest on a judgment, and the limitation period of the money claims.
//! None of it is ever added to what a court could award: every line has the `Cost` role.

pub mod court_fees;
pub mod interest;
pub mod limitation;

use super::assessment::{Assessment, ClaimKind, Line, LineId, Note, Part, Role};
use super::statutes::ProvisionId as P;
use super::vocab::{Arg, Key, Msg};
use super::{Amount, PurchaseRule};
use crate::date::Date;
use crate::money::{Money, Overflow};
use serde::{Deserialize, Serialize};

/// The dates, sums and choices the costs need besides the claims; each is optional. In a
/// Scenario file (version 3) it is `"costs"`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
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
    /// The procedure, when known: the simplified one halves the fee.
    pub procedure: Option<Procedure>,
    /// What the complaint claims (诉讼请求的金额), per claim: the fee is charged on it.
    pub claimed: ClaimedAmounts,
}

/// The money a complaint claims, per claim; `None`: not said, the estimate stands in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ClaimedAmounts {
    pub personal_information: Option<Money>,
    pub purchase: Option<Money>,
}

/// How the court hears the case, as far as the fee goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Procedure {
    Ordinary,
    /// 简易程序: half the fee (诉讼费用交纳办法 16).
    Simplified,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Costs {
    pub lines: Vec<Line>,
    pub notes: Vec<Note>,
}

/// The costs of suing on the claims of `a`, and what `input` adds.
pub fn assess(a: &Assessment, input: &CostsInput) -> Result<Costs, Overflow> {
    let mut costs = Costs::default();
    // What the complaint claims, or the estimate where it says nothing.
    let mut on_estimate = false;
    let mut claimed = |kind, said: Option<Money>| {
        let estimate = a
            .section(kind)
            .filter(|s| s.not_covered.is_none())
            .map(|s| s.total.amount)?;
        on_estimate |= said.is_none();
        Some(said.map_or(estimate, Amount::exact))
    };
    let pi = claimed(
        ClaimKind::PersonalInformation,
        input.claimed.personal_information,
    );
    let purchase = claimed(ClaimKind::Purchase, input.claimed.purchase);
    let fee = match (pi, purchase) {
        (Some(pi), Some(purchase)) => joined_fee_line(pi, purchase)?,
        (Some(pi), None) => personality_fee_line(pi)?,
        (None, Some(purchase)) => property_fee_line(purchase)?,
        (None, None) => None,
    };
    if let Some(mut fee) = fee {
        if input.procedure == Some(Procedure::Simplified) {
            simplified(&mut fee);
        }
        costs.lines.push(fee);
        costs
            .notes
            .push(note(Key::NoteFeeOnClaim, &[P::LitigationCosts29]));
        if on_estimate {
            costs.notes.push(note(Key::NoteFeeOnEstimate, &[]));
        }
    }
    if let (Some(unpaid), Some(deadline), Some(paid_on)) =
        (input.unpaid, input.deadline, input.paid_on)
    {
        costs.lines.push(interest_line(unpaid, deadline, paid_on)?);
    }
    let defect = a
        .section(ClaimKind::Purchase)
        .is_some_and(|s| s.purchase_rule == Some(PurchaseRule::Defective));
    if let Some(knew_on) = input.knew_on {
        costs
            .lines
            .extend(limitation_line(knew_on, input.as_of, defect));
    }
    if costs.lines.iter().any(|l| l.id == LineId::Limitation) {
        costs
            .notes
            .push(note(Key::NoteNotTimeBarred, &[P::CivilCode995]));
    }
    Ok(costs)
}

/// Under the simplified procedure the fee is half (16): the half becomes the figure, and the whole
/// fee is said beside it.
fn simplified(fee: &mut Line) {
    let Some(half) = fee.parts.pop() else {
        return;
    };
    fee.notes.push(Msg::new(
        Key::NoteFeeSimplified,
        [("full", Arg::Amount(fee.amount))],
    ));
    fee.amount = half.amount;
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

fn limitation_line(knew_on: Date, as_of: Option<Date>, defect: bool) -> Option<Line> {
    use limitation::Rule;
    let period = limitation::period(knew_on)?;
    let (last, key) = (
        period.last,
        match period.rule {
            Rule::ThreeYears => Key::FormulaLimitation,
            Rule::MovedToThree => Key::FormulaLimitationMoved,
            Rule::TwoYearsRunOut => Key::FormulaLimitationRunOut,
        },
    );
    let formula = Msg::new(
        key,
        [("knew", Arg::Date(knew_on)), ("last", Arg::Date(last))],
    );
    let mut line = Line::new(
        LineId::Limitation,
        Role::Basis,
        Amount::Undetermined,
        formula,
    );
    line.provisions = match period.rule {
        Rule::TwoYearsRunOut => vec![P::GeneralPrinciples135, P::Limitation2018Art3],
        Rule::MovedToThree => vec![
            P::GeneralPrinciples135,
            P::Limitation2018Art2,
            P::CivilCode188,
        ],
        Rule::ThreeYears => vec![P::CivilCode188],
    };
    // How the days are counted, and what stops or restarts the count.
    line.provisions.extend([
        P::CivilCode195,
        P::CivilCode201Para1,
        P::CivilCode202,
        P::CivilCode203,
    ]);
    line.notes.push(Msg::plain(Key::NoteLimitationHoliday));
    if let Some(monday) = limitation::after_weekend(last) {
        line.notes.push(Msg::new(
            Key::NoteLimitationWeekend,
            [("last", Arg::Date(last)), ("next", Arg::Date(monday))],
        ));
    }
    line.notes.push(Msg::plain(Key::NoteLimitationTwentyYears));
    if defect {
        if let Some(two) = knew_on.plus_years(2) {
            line.notes.push(Msg::new(
                Key::NoteLimitationProduct,
                [("last", Arg::Date(two))],
            ));
            line.provisions.push(P::ProductQuality45);
        }
    }
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
