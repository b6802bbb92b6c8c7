//! Which rules govern a personal-information claim, by the date of the conduct and who the
//! defendant is.
//!
//! 个人信息保护法 第七十四条: 本法自2021年11月1日起施行。 Its art. 69(1) presumes the fault of a
//! 个人信息处理者 only (an organisation or individual deciding the purposes and means, 73(1)); anyone
//! else answers for proven fault (民法典 1165(1)). The facial-recognition rules do not reach conduct
//! before 2021-08-01 (their art. 16). Before the Civil Code (2021-01-01) the Tort Liability Law
//! governed (时间效力规定 1(2)), from 2010-07-01: fault proven (6(1)); loss first, the gain only
//! where the loss is hard to determine, then the court (20); the network rules in their 2014 text.
//! Earlier conduct is not covered.

use crate::date::Date;
use crate::law::statutes::{
    civil_code, consumer_protection, cybersecurity, facial_rules, general_provisions_2017, pipl,
    tort_law, Law, ProvisionId as P,
};
use crate::law::vocab::{Arg, Key, Msg};
use crate::law::{Frame, Note, PersonalInformation};

/// The body of tort law that governs the conduct.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Era {
    /// 民法典, from 2021-01-01 (and conduct of unknown date, taken as recent).
    CivilCode,
    /// 侵权责任法, 2010-07-01 – 2020-12-31.
    TortLaw,
}

/// The rules in scope for one claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Regime {
    pub era: Era,
    /// PIPL art. 69 governs: a processor, for conduct from 2021-11-01 (or of unknown date).
    pub pipl: bool,
    /// The facial-recognition rules govern expenses and lawyer's fees.
    pub facial_rules: bool,
    /// The network interpretation is in scope (and with it the ¥500,000 ceiling): the 2020 text
    /// under the Civil Code, the 2014 text before it.
    pub network_rules: bool,
}

/// The regime, or why the claim is outside what the calculator encodes.
pub fn regime(pi: &PersonalInformation) -> Result<Regime, Msg> {
    // An unknown date is taken as recent: the notes say so.
    let governs = |law: &Law| pi.conduct_date.is_none_or(|d| law.in_force_on(d));
    let era = if governs(&civil_code::LAW) {
        Era::CivilCode
    } else if governs(&tort_law::LAW) {
        Era::TortLaw
    } else {
        return Err(Msg::new(
            Key::NoteNotCoveredBeforeTortLaw,
            [("from", Arg::Date(tort_law::LAW.in_force))],
        ));
    };
    Ok(Regime {
        era,
        pipl: pi.defendant_is_processor && governs(&pipl::LAW),
        facial_rules: pi.facial && governs(&facial_rules::LAW),
        network_rules: pi.via_network,
    })
}

impl Regime {
    /// The provision whose rule of fault applies when fault is not presumed.
    pub fn fault_rule(self) -> P {
        match self.era {
            Era::CivilCode => P::CivilCode1165Para1,
            Era::TortLaw => P::TortLaw6Para1,
        }
    }
}

/// The provisions that measure property damages under this regime.
pub fn measure(regime: Regime) -> Vec<P> {
    match (regime.era, regime.pipl) {
        (Era::TortLaw, _) => vec![P::TortLaw20],
        (Era::CivilCode, true) => vec![P::Pipl69Para2, P::CivilCode1182],
        (Era::CivilCode, false) => vec![P::CivilCode1182],
    }
}

/// What the user must know about the rules chosen: fault, dates, scope.
pub fn notes(pi: &PersonalInformation, frame: Frame, regime: Regime) -> Vec<Note> {
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
    if let (Era::TortLaw, Some(date)) = (regime.era, pi.conduct_date) {
        notes.push(note(
            Key::NoteTortLawEra,
            vec![
                P::CivilCodeTransition1Para2,
                P::CivilCodeTransition1Para3,
                P::CivilCodeTransition24,
                P::CivilCodeTransition2,
            ],
        ));
        notes.push(protected_then(date));
    }
    // Who proves what is said to the claimant; in a public-interest suit the claimant is the
    // procuratorate or organisation, not the person reading.
    let (presumed, ordinary) = match frame {
        Frame::Individual => (Key::NotePresumedFault, Key::NoteOrdinaryFault),
        Frame::PublicInterest => (Key::NotePresumedFaultPublic, Key::NoteOrdinaryFaultPublic),
    };
    if regime.pipl {
        notes.push(note(
            presumed,
            vec![
                P::Pipl69Para1,
                P::CivilCode1165Para2,
                P::CivilProcedureInterpretation108Para1,
            ],
        ));
    } else {
        // Under the Tort Liability Law there was no presumption to miss: the era note says why.
        let why = match (regime.era, pi.defendant_is_processor) {
            (Era::TortLaw, _) => None,
            (Era::CivilCode, true) => Some(Note {
                msg: Msg::new(
                    Key::NoteBeforePipl,
                    [("from", Arg::Date(pipl::LAW.in_force))],
                ),
                provisions: vec![P::Pipl69Para1],
            }),
            (Era::CivilCode, false) => Some(note(
                Key::NoteNotAProcessor,
                vec![P::Pipl69Para1, P::Pipl73Item1],
            )),
        };
        notes.extend(why);
        notes.push(note(
            ordinary,
            vec![regime.fault_rule(), P::CivilProcedureInterpretation108Para1],
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
        let provisions = match regime.era {
            Era::CivilCode => vec![P::NetworkRules1, P::NetworkRules11],
            Era::TortLaw => Vec::new(),
        };
        notes.push(note(Key::NoteNetworkScope, provisions));
    }
    notes
}

/// What protected personal information on the day of the conduct, under the Tort Liability Law:
/// the consumer law from 2014-03-15, the Cybersecurity Law from 2017-06-01, 民法总则 111 from
/// 2017-10-01. Before all three, none of the encoded texts, and the note says so.
fn protected_then(date: Date) -> Note {
    let dated: [(&Law, &[P]); 3] = [
        (
            &consumer_protection::LAW,
            &[P::ConsumerProtection29, P::ConsumerProtection50],
        ),
        (
            &cybersecurity::LAW,
            &[P::CybersecurityLaw42Para1, P::CybersecurityLaw74Para1],
        ),
        (&general_provisions_2017::LAW, &[P::GeneralProvisions111]),
    ];
    let provisions: Vec<P> = dated
        .iter()
        .filter(|(law, _)| law.in_force_on(date))
        .flat_map(|(_, ids)| ids.iter().copied())
        .collect();
    let key = match provisions.is_empty() {
        true => Key::NoteNoPiRuleYet,
        false => Key::NotePiProtectedThen,
    };
    Note {
        msg: Msg::plain(key),
        provisions,
    }
}
