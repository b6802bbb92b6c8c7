//! The burden of proof (举证责任): who must prove what, and to which standard.

use super::statutes::ProvisionId as P;
use super::{Msg, Note};
use crate::i18n::Text;

/// What the presumption of fault (过错推定) in PIPL art. 69(1) means for the person claiming.
pub fn notes() -> Vec<Note> {
    vec![Note {
        msg: Msg::plain(Text::NotePresumedFault),
        provisions: vec![
            P::Pipl69Para1,
            P::CivilCode1165Para2,
            P::CivilProcedureInterpretation108Para1,
        ],
    }]
}
