//! Compensation for infringing personal information (个人信息侵权损害赔偿):
//! PIPL art. 69(2) and Civil Code art. 1182 (loss, or gain, or the court's discretion), the
//! reasonable expenses of stopping the infringement, and mental damages (Civil Code art. 1183).

use super::statutes::ProvisionId as P;
use super::{Amount, Arg, Expenses, Gain, Line, LineId, Msg, Note, PersonalInformation};
use crate::i18n::Text;
use crate::money::{Money, Overflow};

/// The ceiling of 信息网络规定 art. 12(2): ¥500,000, for network infringement only.
pub const NETWORK_DISCRETION_CAP: Money = Money::from_yuan(500_000);

/// Reasonable expenses as a range: lawyer's fees are included only if the court so decides
/// (信息网络规定 12(1), 人脸识别规定 8(2): "可以…计算在赔偿范围内"), so they widen the top only.
#[derive(Clone, Copy)]
struct ExpenseRange {
    min: Money,
    max: Money,
    any: bool,
}

/// The lines of a personal-information claim, in the order a judgment reasons.
pub fn lines(pi: &PersonalInformation) -> Result<Vec<Line>, Overflow> {
    let expenses = expense_range(&pi.expenses)?;
    let gain = gain_figure(&pi.gain)?;
    let mut lines = vec![loss_line(pi, expenses)?, gain_line(&pi.gain, gain)];
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

fn expense_range(e: &Expenses) -> Result<ExpenseRange, Overflow> {
    let min = Money::checked_sum(
        [e.investigation, e.notarisation, e.other]
            .into_iter()
            .flatten(),
    )?;
    let max = min.checked_add(e.lawyer.unwrap_or(Money::ZERO))?;
    let any = [e.investigation, e.notarisation, e.lawyer, e.other]
        .iter()
        .any(Option::is_some);
    Ok(ExpenseRange { min, max, any })
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

/// The rule that lets expenses count as property loss: the facial-recognition rules for facial
/// information, the network rules for network infringement; otherwise neither applies directly.
fn expense_provision(pi: &PersonalInformation) -> Option<P> {
    if pi.facial {
        Some(P::FacialRules8Para2)
    } else if pi.via_network {
        Some(P::NetworkRules12Para1)
    } else {
        None
    }
}

/// The loss basis: direct loss plus expenses, a range when lawyer's fees are claimed.
fn loss_range(dl: Money, e: ExpenseRange) -> Result<Amount, Overflow> {
    Ok(Amount::range(
        dl.checked_add(e.min)?,
        Some(dl.checked_add(e.max)?),
    ))
}

fn loss_line(pi: &PersonalInformation, e: ExpenseRange) -> Result<Line, Overflow> {
    let expenses = Arg::Amount(Amount::range(e.min, Some(e.max)));
    let (amount, formula) = match (pi.direct_loss, e.any) {
        (Some(dl), _) => {
            let sum = loss_range(dl, e)?;
            let args = vec![Arg::Money(dl), expenses, Arg::Amount(sum)];
            (sum, Msg::new(Text::FormulaLossSum, args))
        }
        (None, true) => (
            loss_range(Money::ZERO, e)?,
            Msg::new(Text::FormulaLossExpensesOnly, vec![expenses]),
        ),
        (None, false) => (Amount::Undetermined, Msg::plain(Text::FormulaLossUnknown)),
    };
    let mut provisions = vec![P::Pipl69Para2, P::CivilCode1182];
    let mut notes = Vec::new();
    if e.any {
        provisions.extend(expense_provision(pi));
        notes.extend(expense_notes(pi));
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

/// The items, and what the rule in scope says of lawyer's fees and of expenses in general.
fn expense_notes(pi: &PersonalInformation) -> Vec<Msg> {
    let x = &pi.expenses;
    let items = [x.investigation, x.notarisation, x.lawyer, x.other];
    let args = items
        .iter()
        .map(|m| Arg::Money(m.unwrap_or(Money::ZERO)))
        .collect();
    let mut notes = vec![Msg::new(Text::NoteExpenseItems, args)];
    match expense_provision(pi) {
        None => notes.push(Msg::plain(Text::NoteExpensesGeneral)),
        Some(_) if x.lawyer.is_some() => {
            let rule = if pi.facial {
                Text::NoteLawyerFacial
            } else {
                Text::NoteLawyerNetwork
            };
            notes.push(Msg::plain(rule));
        }
        Some(_) => {}
    }
    notes
}

fn gain_line(gain: &Gain, figure: Option<Money>) -> Line {
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
        ) => {
            let mut notes = vec![Msg::plain(Text::NoteGainEstimate)];
            if records.more_than {
                notes.push(Msg::plain(Text::NoteEstimateAtLeast));
            }
            let args = vec![
                Arg::Count(*records),
                Arg::Money(*price_per_record),
                Arg::Money(total),
            ];
            (
                Amount::Exact { fen: total },
                Msg::new(Text::FormulaGainEstimate, args),
                notes,
            )
        }
        _ => (
            Amount::Undetermined,
            Msg::plain(Text::FormulaGainUnknown),
            vec![],
        ),
    };
    let provisions = vec![P::Pipl69Para2, P::CivilCode1182];
    Line {
        id: LineId::GainBasis,
        amount,
        in_total: false,
        formula,
        provisions,
        notes,
    }
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
        Text::FormulaPerRecordMoreRecords
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

/// The property damages: the basis more favourable to the claimant, or, when both loss and gain
/// are hard to determine (no loss entered, and no gain or a gain of zero), the court's range.
fn property_line(
    pi: &PersonalInformation,
    e: ExpenseRange,
    gain: Option<Money>,
) -> Result<Line, Overflow> {
    let mut provisions = vec![P::Pipl69Para2, P::CivilCode1182];
    let gain = gain.filter(|g| pi.direct_loss.is_some() || !g.is_zero());
    let (amount, formula, notes) = match (pi.direct_loss, gain) {
        (None, None) => {
            if pi.via_network {
                provisions.push(P::NetworkRules12Para2);
            }
            discretion(pi, e)
        }
        (loss, gain) => chosen_basis(loss, gain, e)?,
    };
    if e.any {
        provisions.extend(expense_provision(pi));
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

/// Loss and gain are alternatives. Expenses belong to the loss basis; when the gain is above the
/// direct loss, whether the court adds expenses to the gain is its call. So, with g = 0 when
/// unknown: min = max(loss + fixed expenses, gain), max = max(loss, gain) + all expenses.
fn chosen_basis(
    loss: Option<Money>,
    gain: Option<Money>,
    e: ExpenseRange,
) -> Result<Reasoned, Overflow> {
    let dl = loss.unwrap_or(Money::ZERO);
    let loss_basis = loss_range(dl, e)?;
    let g = match gain {
        Some(g) if g > dl => g,
        Some(g) => {
            let args = vec![Arg::Amount(loss_basis), Arg::Money(g)];
            return Ok((
                loss_basis,
                Msg::new(Text::FormulaPropertyLossHigher, args),
                vec![],
            ));
        }
        None => {
            let msg = Msg::new(Text::FormulaPropertyLossOnly, vec![Arg::Amount(loss_basis)]);
            return Ok((loss_basis, msg, vec![]));
        }
    };
    if !e.any {
        let (key, args) = match loss {
            None => (Text::FormulaPropertyGainOnly, vec![Arg::Money(g)]),
            Some(dl) => (
                Text::FormulaPropertyGainHigher,
                vec![Arg::Money(g), Arg::Money(dl)],
            ),
        };
        return Ok((Amount::Exact { fen: g }, Msg::new(key, args), vec![]));
    }
    let min = dl.checked_add(e.min)?.max(g);
    let amount = Amount::range(min, Some(g.checked_add(e.max)?));
    let args = vec![
        Arg::Money(g),
        Arg::Money(dl),
        Arg::Amount(loss_basis),
        Arg::Amount(amount),
    ];
    let note = Msg::plain(Text::NoteExpensesOnTopOfGain);
    Ok((
        amount,
        Msg::new(Text::FormulaPropertyGainPlusExpenses, args),
        vec![note],
    ))
}

/// Both loss and gain hard to determine: the court fixes the amount "根据实际情况". The lower end
/// is the expenses the user can prove (without lawyer's fees, which are discretionary); the
/// ceiling exists only under the network rules.
fn discretion(pi: &PersonalInformation, e: ExpenseRange) -> Reasoned {
    let mut notes = Vec::new();
    let (amount, formula) = if pi.via_network {
        notes.push(Msg::plain(Text::NoteCapScope));
        if pi.facial {
            notes.push(Msg::plain(Text::NoteFacialNoCap));
        }
        let cap = NETWORK_DISCRETION_CAP;
        if e.min > cap {
            notes.push(Msg::new(
                Text::NoteExpensesAboveCap,
                vec![Arg::Money(e.min)],
            ));
        }
        let floor = e.min.min(cap);
        let args = vec![Arg::Money(floor), Arg::Money(cap)];
        (
            Amount::range(floor, Some(cap)),
            Msg::new(Text::FormulaDiscretionCapped, args),
        )
    } else {
        notes.push(Msg::plain(Text::NoteNoCap));
        let args = vec![Arg::Money(e.min)];
        (
            Amount::range(e.min, None),
            Msg::new(Text::FormulaDiscretionOpen, args),
        )
    };
    match amount.bounds() {
        Some((floor, _)) if !floor.is_zero() => {
            notes.push(Msg::new(Text::NoteDiscretionFloor, vec![Arg::Money(floor)]));
        }
        _ => {}
    }
    (amount, formula, notes)
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
