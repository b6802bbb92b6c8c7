//! Which rules govern a personal-information claim, by the date of the conduct and who the
//! defendant is.
//!
//! 个人信息保护法 第七十四条: 本法自2021年11月1日起施行。 Its art. 69(1) presumes the fault of a
//! 个人信息处理者 only; anyone else answers for proven fault (民法典 1165(1)). The facial-recognition
//! rules do not reach conduct before 2021-08-01 (their art. 16). Before the Civil Code
//! (2021-01-01) other laws applied, which the calculator does not encode.

use crate::law::statutes::{civil_code, facial_rules, pipl, Law, ProvisionId as P};
use crate::law::vocab::{Arg, Key, Msg};
use crate::law::{Note, PersonalInformation};

/// The rules in scope for one claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Regime {
    /// PIPL art. 69 governs: a processor, for conduct from 2021-11-01 (or of unknown date).
    pub pipl: bool,
    /// The facial-recognition rules govern expenses and lawyer's fees.
    pub facial_rules: bool,
    /// The network interpretation is in scope (and with it the ¥500,000 ceiling of 12(2)).
    pub network_rules: bool,
}

/// The regime, or why the claim is outside what the calculator encodes.
pub fn regime(pi: &PersonalInformation) -> Result<Regime, Msg> {
    // An unknown date is taken as recent: the notes say so.
    let governs = |law: &Law| pi.conduct_date.is_none_or(|d| law.in_force_on(d));
    if !governs(&civil_code::LAW) {
        return Err(Msg::new(
            Key::NoteNotCoveredBeforeCivilCode,
            [("from", Arg::Date(civil_code::LAW.in_force))],
        ));
    }
    Ok(Regime {
        pipl: pi.defendant_is_processor && governs(&pipl::LAW),
        facial_rules: pi.facial && governs(&facial_rules::LAW),
        network_rules: pi.via_network,
    })
}

/// The provisions that measure property damages under this regime.
pub fn measure(regime: Regime) -> Vec<P> {
    if regime.pipl {
        vec![P::Pipl69Para2, P::CivilCode1182]
    } else {
        vec![P::CivilCode1182]
    }
}

/// What the user must know about the rules chosen: fault, dates, scope.
pub fn notes(pi: &PersonalInformation, regime: Regime) -> Vec<Note> {
    let note = |key: Key, provisions: Vec<P>| Note {
        msg: Msg::plain(key),
        provisions,
    };
    let mut notes = Vec::new();
    if pi.conduct_date.is_none() {
        notes.push(Note {
            msg: Msg::new(
                Key::NoteDateAssumed,
                [("from", Arg::Date(pipl::LAW.in_force))],
            ),
            provisions: vec![],
        });
    }
    if regime.pipl {
        notes.push(note(
            Key::NotePresumedFault,
            vec![
                P::Pipl69Para1,
                P::CivilCode1165Para2,
                P::CivilProcedureInterpretation108Para1,
            ],
        ));
    } else {
        let why = if pi.defendant_is_processor {
            Msg::new(
                Key::NoteBeforePipl,
                [("from", Arg::Date(pipl::LAW.in_force))],
            )
        } else {
            Msg::plain(Key::NoteNotAProcessor)
        };
        notes.push(Note {
            msg: why,
            provisions: vec![P::Pipl69Para1],
        });
        notes.push(note(
            Key::NoteOrdinaryFault,
            vec![
                P::CivilCode1165Para1,
                P::CivilProcedureInterpretation108Para1,
            ],
        ));
    }
    if pi.facial && !regime.facial_rules {
        notes.push(Note {
            msg: Msg::new(
                Key::NoteFacialBeforeRules,
                [("from", Arg::Date(facial_rules::LAW.in_force))],
            ),
            provisions: vec![P::FacialRules16],
        });
    }
    if regime.network_rules {
        notes.push(note(
            Key::NoteNetworkScope,
            vec![P::NetworkRules1, P::NetworkRules11],
        ));
    }
    notes
}
