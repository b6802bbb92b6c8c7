//! Compensation for property loss (财产损失赔偿).
//!
//! 个人信息保护法 第六十九条第二款: 前款规定的损害赔偿责任按照个人因此受到的损失或者个人信息处理者
//! 因此获得的利益确定；个人因此受到的损失和个人信息处理者因此获得的利益难以确定的，根据实际情况确定
//! 赔偿数额。
//!
//! Loss and gain are alternatives, never added: the claimant argues the more favourable. Before
//! 2021 they were not alternatives but an order (侵权责任法 20): the loss; the gain only where the
//! loss is hard to determine; then the court. The court's discretion is only for a loss that
//! exists but cannot be put in figures; a loss a scammer caused directly is the scammer's (民法典
//! 1175; 侵权责任法 28), and the leaking business answers only for a share (1172; 12), reduced by the
//! victim's own fault (1173; 26): a range from ¥0, never the whole.

use super::scope::{self, Era, Regime};
use crate::law::mechanisms::{cap, higher_of, share, times, up_to};
use crate::law::statutes::ProvisionId as P;
use crate::law::vocab::{Arg, Key, Msg};
use crate::law::{
    Amount, Claimant, Discretion, Gain, Line, LineId, Loss, Part, PersonalInformation, Role,
};
use crate::money::{Money, Overflow};
use crate::parse::Count;

/// The ceiling of 信息网络规定 art. 12(2): ¥500,000, for network infringement only. A legal
/// maximum, not a typical award.
pub const NETWORK_DISCRETION_CAP: Money = Money::from_yuan(500_000);

/// The property-damages line, with the loss and gain bases compared inside it.
pub fn line(
    claimant: Claimant,
    pi: &PersonalInformation,
    regime: Regime,
) -> Result<Line, Overflow> {
    let loss = loss_part(pi.loss);
    let gain = gain_part(claimant, pi.gain)?;
    let mut line = decide(pi.loss, &loss, &gain, regime);
    line.provisions = scope::measure(regime);
    if matches!(
        pi.loss,
        Loss::Amount {
            third_party: Some(_),
            ..
        }
    ) {
        line.provisions.extend(match regime.era {
            Era::CivilCode => [P::CivilCode1175, P::CivilCode1172, P::CivilCode1173],
            Era::TortLaw => [P::TortLaw28, P::TortLaw12, P::TortLaw26],
        });
        line.notes.push(Msg::plain(Key::NoteThirdPartyShare));
    }
    if line.discretion.is_some() && regime.network_rules {
        line.provisions.push(network_ceiling(regime.era));
    }
    line.estimate = gain.estimate && line.amount != loss.amount;
    line.parts.push(loss.part);
    line.parts.push(gain.part);
    line.parts.extend(per_record_part(claimant, pi.gain)?);
    if let Some(claimed) = pi.claimed.property {
        apply_claim(&mut line, claimed);
    }
    Ok(line)
}

/// Clips a line to what was claimed: a court awards no more (民事诉讼法 211(11)).
pub fn apply_claim(line: &mut Line, claimed: Money) {
    let (amount, bites) = cap(line.amount, claimed);
    if bites {
        line.amount = amount;
        line.notes.push(Msg::new(
            Key::NoteCappedByClaim,
            [("claimed", Arg::Money(claimed))],
        ));
        line.provisions.push(P::CivilProcedureLaw211Item11);
    }
}

struct Basis {
    amount: Amount,
    estimate: bool,
    part: Part,
}

fn loss_part(loss: Loss) -> Basis {
    let (amount, formula) = match loss {
        Loss::None => (Amount::ZERO, Msg::plain(Key::FormulaLossNone)),
        Loss::Amount {
            fen,
            third_party: None,
        } => (
            Amount::exact(fen),
            Msg::new(Key::FormulaLossAmount, [("loss", Arg::Money(fen))]),
        ),
        Loss::Amount {
            fen,
            third_party: Some(tp),
        } => {
            let open = fen
                .checked_sub(tp.recovered)
                .unwrap_or(Money::ZERO)
                .max(Money::ZERO);
            let args = [
                ("loss", Arg::Money(fen)),
                ("recovered", Arg::Money(tp.recovered)),
                ("open", Arg::Money(open)),
            ];
            (up_to(open), Msg::new(Key::FormulaLossThirdParty, args))
        }
        Loss::Unquantifiable => (
            Amount::Undetermined,
            Msg::plain(Key::FormulaLossUnquantifiable),
        ),
    };
    Basis {
        amount,
        estimate: false,
        part: Part::new(LineId::LossBasis, amount, formula, vec![]),
    }
}

/// The gain as a figure: the amount shown, one person's pro-rata share, or records × price.
pub fn gain_figure(gain: Gain) -> Result<Option<Money>, Overflow> {
    Ok(match gain {
        Gain::Unknown => None,
        Gain::Actual { amount, .. } => Some(amount),
        Gain::ProRata {
            total,
            all_records,
            own_records,
        } => Some(share(
            total,
            own_share(own_records, all_records),
            all_records.n,
        )?),
        Gain::Estimate {
            records,
            price_per_record,
        } => Some(times(price_per_record, records.n)?),
    })
}

/// The records the gain was made from: those sold where known, one person's own in a pro-rata
/// share, and 1 (the claimant's own) when nothing is said.
pub fn records_of(gain: Gain) -> u64 {
    match gain {
        Gain::Actual {
            records: Some(r), ..
        } => r.n,
        Gain::ProRata {
            own_records,
            all_records,
            ..
        } => own_share(own_records, all_records),
        Gain::Estimate { records, .. } => records.n,
        Gain::Actual { records: None, .. } | Gain::Unknown => 1,
    }
}

/// One's own records, at most all of them: a share of a gain is never more than the whole (the
/// form refuses more; the engine does not rely on it).
fn own_share(own_records: u64, all_records: Count) -> u64 {
    own_records.min(all_records.n)
}

fn gain_part(claimant: Claimant, gain: Gain) -> Result<Basis, Overflow> {
    let own = claimant == Claimant::Individual;
    let figure = gain_figure(gain)?;
    let value = Arg::Money(figure.unwrap_or(Money::ZERO));
    let (formula, mut notes) = match gain {
        Gain::Unknown => (Msg::plain(Key::FormulaGainUnknown), vec![]),
        Gain::Actual { .. } => {
            let key = if own {
                Key::FormulaGainActualOwn
            } else {
                Key::FormulaGainActual
            };
            (Msg::new(key, [("gain", value)]), vec![])
        }
        Gain::ProRata {
            total,
            all_records,
            own_records,
        } => {
            let args = [
                ("total", Arg::Money(total)),
                ("own", Arg::Number(own_share(own_records, all_records))),
                ("all", Arg::Count(all_records)),
                ("gain", value),
            ];
            (Msg::new(Key::FormulaGainProRata, args), vec![])
        }
        Gain::Estimate {
            records,
            price_per_record,
        } => {
            let args = [
                ("records", Arg::Count(records)),
                ("price", Arg::Money(price_per_record)),
                ("gain", value),
            ];
            let mut notes = vec![];
            if records.more_than {
                notes.push(Msg::plain(Key::NoteEstimateAtLeast));
            }
            if own {
                notes.push(Msg::plain(Key::NoteGainIsOwn));
            }
            (Msg::new(Key::FormulaGainEstimate, args), notes)
        }
    };
    let estimate = matches!(gain, Gain::ProRata { .. } | Gain::Estimate { .. });
    if estimate {
        notes.insert(0, Msg::plain(Key::NoteGainEstimate));
    }
    let amount = figure.map_or(Amount::Undetermined, Amount::exact);
    Ok(Basis {
        amount,
        estimate,
        part: Part::new(LineId::GainBasis, amount, formula, notes),
    })
}

/// The gain per record, rounded half-up to the fen. It explains the figure; courts award the
/// gain, not a rate. In a public-interest suit it is what one record of one person brought in.
fn per_record_part(claimant: Claimant, gain: Gain) -> Result<Option<Part>, Overflow> {
    let Gain::Actual {
        amount,
        records: Some(records),
    } = gain
    else {
        return Ok(None);
    };
    if records.n == 0 {
        return Ok(None);
    }
    let per = share(amount, 1, records.n)?;
    let key = if records.more_than {
        Key::FormulaPerRecordMoreRecords
    } else {
        Key::FormulaPerRecord
    };
    let args = [
        ("gain", Arg::Money(amount)),
        ("records", Arg::Count(records)),
        ("per", Arg::Money(per)),
    ];
    let note = match claimant {
        Claimant::Individual => Msg::plain(Key::NotePerRecordDerived),
        Claimant::PublicInterest => {
            Msg::new(Key::NoteOwnShareOfPublicGain, [("per", Arg::Money(per))])
        }
    };
    Ok(Some(Part::new(
        LineId::GainPerRecord,
        Amount::exact(per),
        Msg::new(key, args),
        vec![note],
    )))
}

/// Chooses the basis, or hands the figure to the court.
fn decide(loss_state: Loss, loss: &Basis, gain: &Basis, regime: Regime) -> Line {
    let gain_figure = gain.amount.bounds().map(|(g, _)| g);
    let new = |amount, formula| Line::new(LineId::PropertyDamages, Role::Awarded, amount, formula);
    let by_gain = |g| {
        new(
            gain.amount,
            Msg::new(Key::FormulaPropertyGain, [("gain", Arg::Money(g))]),
        )
    };
    let by_loss = || {
        new(
            loss.amount,
            Msg::new(
                Key::FormulaPropertyLoss,
                [("loss", Arg::Amount(loss.amount))],
            ),
        )
    };
    // Before 2021 the gain counts only where the loss is hard to determine (侵权责任法 20).
    let in_order = regime.era == Era::TortLaw;
    match (loss_state, gain_figure) {
        (Loss::Unquantifiable, Some(g)) if !g.is_zero() => by_gain(g),
        (Loss::Unquantifiable, _) => discretion(regime),
        (Loss::None, Some(g)) if !in_order => by_gain(g),
        (Loss::None, gain) => {
            let formula = match gain {
                Some(g) => Msg::new(Key::FormulaPropertyLossFirst, [("gain", Arg::Money(g))]),
                None => Msg::plain(Key::FormulaPropertyNothing),
            };
            let mut line = new(Amount::ZERO, formula);
            line.notes.push(Msg::plain(Key::NoteNoLossNoDiscretion));
            line
        }
        (Loss::Amount { .. }, None) => by_loss(),
        (Loss::Amount { .. }, Some(_)) if in_order => by_loss(),
        (Loss::Amount { .. }, Some(_)) => {
            let chosen = higher_of(loss.amount, gain.amount);
            let args = [
                ("loss", Arg::Amount(loss.amount)),
                ("gain", Arg::Amount(gain.amount)),
                ("chosen", Arg::Amount(chosen)),
            ];
            new(chosen, Msg::new(Key::FormulaPropertyHigherOf, args))
        }
    }
}

/// The ceiling of the court's discretion in network cases: the 2020 text's 12(2), or the 2014
/// text's 18(2) for conduct before the Civil Code.
fn network_ceiling(era: Era) -> P {
    match era {
        Era::CivilCode => P::NetworkRules12Para2,
        Era::TortLaw => P::NetworkRules2014Art18Para2,
    }
}

/// Loss exists, both it and the gain are hard to determine: the court fixes the amount
/// "根据实际情况", from ¥0 up to the network rules' legal maximum where they apply.
fn discretion(regime: Regime) -> Line {
    let (amount, formula, legal_max, notes) = if regime.network_rules {
        let cap = NETWORK_DISCRETION_CAP;
        let scope = match regime.era {
            Era::CivilCode => Key::NoteCapScope,
            Era::TortLaw => Key::NoteCapScope2014,
        };
        let mut notes = vec![Msg::plain(Key::NoteLegalMaximum), Msg::plain(scope)];
        if regime.facial_rules {
            notes.push(Msg::plain(Key::NoteFacialNoCap));
        }
        let formula = Msg::new(
            Key::FormulaPropertyDiscretionCapped,
            [("ceiling", Arg::Money(cap))],
        );
        (up_to(cap), formula, Some(cap), notes)
    } else {
        let formula = Msg::plain(Key::FormulaPropertyDiscretionOpen);
        (
            Amount::range(Money::ZERO, None),
            formula,
            None,
            vec![Msg::plain(Key::NoteNoCap)],
        )
    };
    let mut line = Line::new(LineId::PropertyDamages, Role::Awarded, amount, formula);
    line.discretion = Some(Discretion { legal_max });
    line.notes = notes;
    line
}
