//! A claim for infringement of personal information (个人信息侵权): which rules apply, the
//! property damages, the expenses, mental damages, and the non-money relief.

mod expenses;
mod mental;
pub mod property;
mod relief;
pub mod scope;

use super::statutes::ProvisionId as P;
use super::vocab::{Key, Msg};
use super::{ClaimKind, Claimant, Frame, Gain, Loss, Note, PersonalInformation, Section};
use crate::money::Overflow;
use scope::Era;

/// Assesses one personal-information claim into its section.
pub fn section(claimant: Claimant, pi: &PersonalInformation) -> Result<Section, Overflow> {
    let frame = Frame::from(claimant);
    let claim = ClaimKind::PersonalInformation;
    let regime = match scope::regime(pi) {
        Ok(regime) => regime,
        Err(why) => return Ok(Section::not_covered(claim, frame, why)),
    };
    let mut lines = vec![property::line(claimant, pi, regime)?];
    lines.extend(expenses::line(&pi.expenses, pi.claimed.expenses, regime)?);
    let mut notes = Vec::new();
    if frame == Frame::PublicInterest {
        notes.push(note(
            Key::NotePublicInterest,
            vec![P::Pipl70, P::CivilProcedureLaw58Para1],
        ));
    } else {
        lines.extend(mental::line(&pi.mental, regime));
    }
    notes.extend(scope::notes(pi, frame, regime));
    match regime.era {
        // 侵权责任法 20 is an order, not a choice: said wherever a gain is known, with the Code's
        // choice a court may prefer as the better protection (时间效力规定 2).
        Era::TortLaw if !matches!(pi.gain, Gain::Unknown) => notes.push(note(
            Key::NoteLossThenGain,
            vec![P::TortLaw20, P::CivilCodeTransition2],
        )),
        Era::CivilCode if both_bases(pi) => notes.push(note(
            match frame {
                Frame::Individual => Key::NoteClaimantChooses,
                Frame::PublicInterest => Key::NotePlaintiffChooses,
            },
            scope::measure(regime),
        )),
        _ => {}
    }
    if frame == Frame::Individual && !pi.mental.serious {
        notes.push(note(Key::NoteMentalNotSerious, vec![mental::rule(regime)]));
    }
    // No statute gives punitive damages for personal information; the route that exists is
    // fraud on the sale itself, e.g. an undisclosed price set from the consumer's data.
    notes.push(match regime.era {
        Era::CivilCode => note(
            Key::NoteNoPunitiveForPersonalInformation,
            vec![P::Pipl69Para2, P::CivilCode179Para2],
        ),
        Era::TortLaw => note(Key::NoteNoPunitiveTortLaw, vec![P::TortLaw20]),
    });
    if frame == Frame::Individual {
        notes.push(note(
            Key::NoteDifferentialPricingRoute,
            match regime.era {
                Era::CivilCode => vec![
                    P::ConsumerRegulations9Para2,
                    P::Pipl24Para1,
                    P::ConsumerProtection55Para1,
                ],
                Era::TortLaw => vec![P::ConsumerProtection55Para1],
            },
        ));
    }
    let relief = relief::relief(regime, frame, pi.conduct_date);
    Section::new(claim, frame, lines, relief, notes)
}

fn note(key: Key, provisions: Vec<P>) -> Note {
    Note {
        msg: Msg::plain(key),
        provisions,
    }
}

/// A loss in figures and a known gain: the claimant has a choice to make.
fn both_bases(pi: &PersonalInformation) -> bool {
    matches!(pi.loss, Loss::Amount { .. }) && !matches!(pi.gain, Gain::Unknown)
}
