//! Mental damages (精神损害抚慰金).
//!
//! 民法典 第一千一百八十三条第一款: 侵害自然人人身权益造成严重精神损害的，被侵权人有权请求精神损害赔偿。
//! Only for serious harm; the court sets the figure by six factors (精神损害解释 art. 5), never
//! above what is claimed. The engine never invents one.

use crate::law::mechanisms::up_to;
use crate::law::statutes::ProvisionId as P;
use crate::law::vocab::{Arg, Key, Msg};
use crate::law::{Amount, Line, LineId, Mental, Role};

pub fn line(mental: &Mental) -> Option<Line> {
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
    line.provisions = vec![P::CivilCode1183Para1, P::MentalDamages5];
    line.notes.push(Msg::plain(Key::NoteMentalFactors));
    Some(line)
}
