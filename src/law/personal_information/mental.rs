//! Mental damages (精神损害抚慰金).
//!
//! 民法典 第一千一百八十三条第一款: 侵害自然人人身权益造成严重精神损害的，被侵权人有权请求精神损害赔偿。
//! Only for serious harm; the court sets the figure by six factors (精神损害解释 art. 5), never
//! above what is claimed. The engine never invents one. Before 2021 the same held under 侵权责任法
//! 22 and the 2001 text of the interpretation (art. 10).

use super::scope::{Era, Regime};
use crate::law::mechanisms::up_to;
use crate::law::statutes::ProvisionId as P;
use crate::law::vocab::{Arg, Key, Msg};
use crate::law::{Amount, Line, LineId, Mental, Role};

/// The provision that grants mental damages in this era.
pub fn rule(regime: Regime) -> P {
    match regime.era {
        Era::CivilCode => P::CivilCode1183Para1,
        Era::TortLaw => P::TortLaw22,
    }
}

pub fn line(mental: &Mental, regime: Regime) -> Option<Line> {
    if !mental.serious {
        return None;
    }
    let mut line = match mental.claimed {
        Some(claimed) => Line::new(
            LineId::MentalDamages,
            Role::Awarded,
            up_to(claimed),
            Msg::new(
                Key::FormulaMentalClaimed,
                [("claimed", Arg::Money(claimed))],
            ),
        ),
        // Nothing claimed, nothing to add: the line explains and stays out of the total.
        None => Line::new(
            LineId::MentalDamages,
            Role::Basis,
            Amount::Undetermined,
            Msg::plain(Key::FormulaMentalNoFigure),
        ),
    };
    let factors = match regime.era {
        Era::CivilCode => P::MentalDamages5,
        Era::TortLaw => P::MentalDamages2001Art10Para1,
    };
    line.provisions = vec![rule(regime), factors];
    line.notes.push(Msg::plain(Key::NoteMentalFactors));
    Some(line)
}
