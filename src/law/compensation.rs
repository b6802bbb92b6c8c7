//! Compensation for infringing personal information (个人信息侵权损害赔偿):
//! PIPL art. 69(2) and Civil Code art. 1182 (loss, or gain, or the court's discretion), the
//! reasonable expenses of stopping the infringement, and mental damages (Civil Code art. 1183).

use super::statutes::ProvisionId as P;
use super::{Amount, Arg, Expenses, Gain, Line, LineId, Msg, Note, PersonalInformation};
use crate::i18n::Text;
use crate::money::{Money, Overflow};

/// The ceiling of 信息网络规定 art. 12(2): ¥500,000, for network infringement only.
pub const NETWORK_DISCRETION_CAP: Money = Money::from_yuan(500_000);

/// The lines of a personal-information claim, in the order a judgment reasons.
pub fn lines(pi: &PersonalInformation) -> Result<Vec<Line>, Overflow> {
    let expenses = expense_total(&pi.expenses)?;
    let gain = gain_figure(&pi.gain)?;
    let mut lines = vec![loss_line(pi, expenses)?, gain_line(&pi.gain, gain)?];
    lines.extend(per_record_line(&pi.gain)?);
    lines.push(property_line(pi, expenses, gain)?);
    lines.extend(mental_line(pi));
    Ok(lines)
}

/// Notes that belong to the claim as a whole.
pub fn notes(pi: &PersonalInformation) -> Vec<Note> {
    let mut notes = Vec::new();
    if !matches!(pi.gain, Gain::Unknown) {
        notes.push(Note {
            msg: Msg::plain(Text::NoteClaimantChooses),
            provisions: vec![P::Pipl69Para2, P::CivilCode1182],
        });
    }
    if !pi.mental.serious {
        notes.push(Note {
            msg: Msg::plain(Text::NoteMentalNotSerious),
            provisions: vec![P::CivilCode1183Para1],
        });
    }
    notes
}

/// The sum of the expense items entered; `None` when none was.
fn expense_total(e: &Expenses) -> Result<Option<Money>, Overflow> {
    let items = [e.investigation, e.notarisation, e.lawyer, e.other];
    if items.iter().all(Option::is_none) {
        return Ok(None);
    }
    Money::checked_sum(items.into_iter().flatten()).map(Some)
}

/// The gain as a figure: the actual amount, or records × price for an estimate.
fn gain_figure(gain: &Gain) -> Result<Option<Money>, Overflow> {
    match gain {
        Gain::Unknown => Ok(None),
        Gain::Actual { amount, .. } => Ok(Some(*amount)),
        Gain::Estimate {
            records,
            price_per_record,
        } => price_per_record.checked_mul(records.n).map(Some),
    }
}

/// The provision that makes expenses a property loss: the facial-recognition rules for facial
/// information, otherwise the network rules.
fn expense_provision(pi: &PersonalInformation) -> P {
    if pi.facial {
        P::FacialRules8Para2
    } else {
        P::NetworkRules12Para1
    }
}

fn loss_line(pi: &PersonalInformation, expenses: Option<Money>) -> Result<Line, Overflow> {
    let e = expenses.unwrap_or(Money::ZERO);
    let (amount, formula) = match (pi.direct_loss, expenses) {
        (Some(dl), _) => {
            let sum = dl.checked_add(e)?;
            let args = vec![Arg::Money(dl), Arg::Money(e), Arg::Money(sum)];
            (
                Amount::Exact { fen: sum },
                Msg::new(Text::FormulaLossSum, args),
            )
        }
        (None, Some(e)) => (
            Amount::Exact { fen: e },
            Msg::new(Text::FormulaLossExpensesOnly, vec![Arg::Money(e)]),
        ),
        (None, None) => (Amount::Undetermined, Msg::plain(Text::FormulaLossUnknown)),
    };
    let mut provisions = vec![P::Pipl69Para2, P::CivilCode1182];
    let mut notes = Vec::new();
    if expenses.is_some() {
        provisions.push(expense_provision(pi));
        let x = &pi.expenses;
        let items = [x.investigation, x.notarisation, x.lawyer, x.other];
        let args = items
            .iter()
            .map(|m| Arg::Money(m.unwrap_or(Money::ZERO)))
            .collect();
        notes.push(Msg::new(Text::NoteExpenseItems, args));
        if x.lawyer.is_some() {
            let rule = if pi.facial {
                Text::NoteLawyerFacial
            } else {
                Text::NoteLawyerNetwork
            };
            notes.push(Msg::plain(rule));
        }
    }
    Ok(Line {
        id: LineId::LossBasis,
        amount,
        in_total: false,
        formula,
        provisions,
        notes,
    })
}

fn gain_line(gain: &Gain, figure: Option<Money>) -> Result<Line, Overflow> {
    let (amount, formula, notes) = match (gain, figure) {
        (Gain::Actual { amount, .. }, _) => (
            Amount::Exact { fen: *amount },
            Msg::new(Text::FormulaGainActual, vec![Arg::Money(*amount)]),
            vec![],
        ),
        (
            Gain::Estimate {
                records,
                price_per_record,
            },
            Some(total),
        ) => (
            Amount::Exact { fen: total },
            Msg::new(
                Text::FormulaGainEstimate,
                vec![
                    Arg::Count(*records),
                    Arg::Money(*price_per_record),
                    Arg::Money(total),
                ],
            ),
            vec![Msg::plain(Text::NoteGainEstimate)],
        ),
        _ => (
            Amount::Undetermined,
            Msg::plain(Text::FormulaGainUnknown),
            vec![],
        ),
    };
    let provisions = vec![P::Pipl69Para2, P::CivilCode1182];
    Ok(Line {
        id: LineId::GainBasis,
        amount,
        in_total: false,
        formula,
        provisions,
        notes,
    })
}

/// For an actual gain with a known number of records, the gain per record, rounded half-up to
/// the fen. It explains the figure; courts award the actual gain, not a rate.
fn per_record_line(gain: &Gain) -> Result<Option<Line>, Overflow> {
    let (amount, records) = match gain {
        Gain::Actual {
            amount,
            records: Some(records),
        } if records.n > 0 => (*amount, *records),
        _ => return Ok(None),
    };
    let per = amount.mul_ratio_round_half_up(1, records.n)?;
    let key = if records.more_than {
        Text::FormulaPerRecordAtMost
    } else {
        Text::FormulaPerRecord
    };
    Ok(Some(Line {
        id: LineId::GainPerRecord,
        amount: Amount::Exact { fen: per },
        in_total: false,
        formula: Msg::new(
            key,
            vec![Arg::Money(amount), Arg::Count(records), Arg::Money(per)],
        ),
        provisions: vec![],
        notes: vec![Msg::plain(Text::NotePerRecordDerived)],
    }))
}

/// The property damages: the higher of loss and gain (the claimant's choice), or, when both are
/// hard to determine, the range the court decides within.
fn property_line(
    pi: &PersonalInformation,
    expenses: Option<Money>,
    gain: Option<Money>,
) -> Result<Line, Overflow> {
    let e = expenses.unwrap_or(Money::ZERO);
    let mut provisions = vec![P::Pipl69Para2, P::CivilCode1182];
    let (amount, formula, notes) = match (pi.direct_loss, gain) {
        (None, None) => {
            let (amount, formula, notes) = discretion(pi, e)?;
            if pi.via_network {
                provisions.push(P::NetworkRules12Para2);
            }
            (amount, formula, notes)
        }
        (loss, gain) => chosen_basis(loss, gain, e)?,
    };
    if expenses.is_some() {
        provisions.push(expense_provision(pi));
    }
    Ok(Line {
        id: LineId::PropertyDamages,
        amount,
        in_total: true,
        formula,
        provisions,
        notes,
    })
}

type Reasoned = (Amount, Msg, Vec<Msg>);

/// Loss and gain are alternatives. Expenses belong to the loss (信息网络规定 12(1)); when the gain
/// is higher, whether the court adds the expenses on top is its call, so the result is a range.
fn chosen_basis(loss: Option<Money>, gain: Option<Money>, e: Money) -> Result<Reasoned, Overflow> {
    let dl = loss.unwrap_or(Money::ZERO);
    let loss_basis = dl.checked_add(e)?;
    let g = match gain {
        None => {
            let msg = Msg::new(Text::FormulaPropertyLossOnly, vec![Arg::Money(loss_basis)]);
            return Ok((Amount::Exact { fen: loss_basis }, msg, vec![]));
        }
        Some(g) => g,
    };
    if g <= dl {
        let args = vec![Arg::Money(loss_basis), Arg::Money(g)];
        return Ok((
            Amount::Exact { fen: loss_basis },
            Msg::new(Text::FormulaPropertyLossHigher, args),
            vec![],
        ));
    }
    if loss.is_none() && e.is_zero() {
        let msg = Msg::new(Text::FormulaPropertyGainOnly, vec![Arg::Money(g)]);
        return Ok((Amount::Exact { fen: g }, msg, vec![]));
    }
    if e.is_zero() {
        let args = vec![Arg::Money(g), Arg::Money(loss_basis)];
        return Ok((
            Amount::Exact { fen: g },
            Msg::new(Text::FormulaPropertyGainHigher, args),
            vec![],
        ));
    }
    let min = loss_basis.max(g);
    let max = g.checked_add(e)?;
    let args = vec![
        Arg::Money(g),
        Arg::Money(e),
        Arg::Money(min),
        Arg::Money(max),
    ];
    let note = Msg::plain(Text::NoteExpensesOnTopOfGain);
    Ok((
        Amount::range(min, Some(max)),
        Msg::new(Text::FormulaPropertyGainPlusExpenses, args),
        vec![note],
    ))
}

/// Both loss and gain hard to determine: the court fixes the amount "根据实际情况". The floor is
/// what the user can prove as expenses; the ceiling exists only under the network rules.
fn discretion(pi: &PersonalInformation, e: Money) -> Result<Reasoned, Overflow> {
    let mut notes = Vec::new();
    let max = if pi.via_network {
        notes.push(Msg::plain(Text::NoteCapScope));
        Some(NETWORK_DISCRETION_CAP.max(e))
    } else {
        notes.push(Msg::plain(Text::NoteNoCap));
        None
    };
    if !e.is_zero() {
        notes.push(Msg::new(Text::NoteDiscretionFloor, vec![Arg::Money(e)]));
    }
    let formula = match max {
        Some(cap) => Msg::new(
            Text::FormulaDiscretionCapped,
            vec![Arg::Money(e), Arg::Money(cap)],
        ),
        None => Msg::new(Text::FormulaDiscretionOpen, vec![Arg::Money(e)]),
    };
    Ok((Amount::range(e, max), formula, notes))
}

/// Mental damages, only where the user says the harm is serious. The court sets the figure by
/// six factors, never above what is claimed; the engine never invents one.
fn mental_line(pi: &PersonalInformation) -> Option<Line> {
    if !pi.mental.serious {
        return None;
    }
    let (amount, formula) = match pi.mental.claimed {
        Some(c) => (
            Amount::range(Money::ZERO, Some(c)),
            Msg::new(Text::FormulaMentalClaimed, vec![Arg::Money(c)]),
        ),
        None => (
            Amount::Undetermined,
            Msg::plain(Text::FormulaMentalNoFigure),
        ),
    };
    Some(Line {
        id: LineId::MentalDamages,
        amount,
        in_total: true,
        formula,
        provisions: vec![P::CivilCode1183Para1, P::MentalDamages5],
        notes: vec![Msg::plain(Text::NoteMentalFactors)],
    })
}
