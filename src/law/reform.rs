//! The reform sandbox (立法建议，非现行法): the seed literature's proposal of punitive damages in
//! personal-information cases, linked to the infringer's gain or to the records affected, up to
//! a cap. Its section is never current law: every line has the `Reform` role, and its total is
//! its own, never added to a current-law total.

use super::assessment::{ClaimKind, Frame, Line, LineId, Part, Role, Section};
use super::mechanisms::{cap, times};
use super::personal_information::property::{gain_figure, records_of};
use super::vocab::{Arg, Key, Msg};
use super::{Amount, Note, PersonalInformation, ReformProposal};
use crate::money::{Money, Overflow};

/// The proposal applied to the facts of a personal-information claim.
pub fn section(
    frame: Frame,
    pi: &PersonalInformation,
    proposal: &ReformProposal,
) -> Result<Section, Overflow> {
    let mut parts = Vec::new();
    if let (Some(k), Some(gain)) = (proposal.gain_multiple, gain_figure(pi.gain)?) {
        let args = [("n", Arg::Number(k)), ("base", Arg::Money(gain))];
        let formula = Msg::new(Key::FormulaReformGain, args);
        parts.push(reform_part(LineId::ReformOnGain, times(gain, k)?, formula));
    }
    if let Some(rate) = proposal.per_record {
        let records = records_of(pi.gain);
        let args = [
            ("records", Arg::Number(records)),
            ("rate", Arg::Money(rate)),
        ];
        let formula = Msg::new(Key::FormulaReformPerRecord, args);
        parts.push(reform_part(
            LineId::ReformPerRecord,
            times(rate, records)?,
            formula,
        ));
    }
    let highest = parts
        .iter()
        .filter_map(|p| p.amount.bounds())
        .map(|b| b.0)
        .max();
    let mut amount = highest.map_or(Amount::Undetermined, Amount::exact);
    let mut notes = vec![Msg::plain(Key::NoteReformNotLaw)];
    if let Some(ceiling) = proposal.cap {
        let (capped, bit) = cap(amount, ceiling);
        amount = capped;
        if bit {
            notes.push(Msg::new(
                Key::NoteReformCapped,
                [("cap", Arg::Money(ceiling))],
            ));
        }
    }
    let formula = match highest {
        Some(_) => Msg::plain(Key::FormulaReformHigher),
        None => Msg::plain(Key::FormulaReformNothing),
    };
    let mut line = Line::new(LineId::ReformPunitive, Role::Reform, amount, formula);
    line.parts = parts;
    line.notes = notes;
    let note = Note {
        msg: Msg::plain(Key::NoteReformSeparate),
        provisions: Vec::new(),
    };
    Section::new(
        ClaimKind::ReformProposal,
        frame,
        vec![line],
        Vec::new(),
        vec![note],
    )
}

/// Each figure says it is a proposal: a part read alone must not pass for law.
fn reform_part(id: LineId, amount: Money, formula: Msg) -> Part {
    let notes = vec![Msg::plain(Key::NoteReformNotLaw)];
    Part::new(id, Amount::exact(amount), formula, notes)
}
