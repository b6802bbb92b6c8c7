//! Reasonable expenses of stopping the infringement (合理开支): their own head, beside (not
//! inside) the property damages and the ¥500,000 ceiling.
//!
//! 信息网络规定 第十二条第一款 / 人脸识别规定 第八条第二款: 被侵权人为制止侵权行为所支付的合理开支，可以
//! 认定为民法典第一千一百八十二条规定的财产损失……人民法院根据当事人的请求和具体案情，可以将……律师
//! 费用计算在赔偿范围内。 Lawyer's fees are the court's call, so they raise only the top of the
//! range; where neither interpretation applies no rule allows them, and they stay out. Before 2021
//! the network rules' 2014 text (art. 18(1)) said the same of 侵权责任法 20.

use super::property::apply_claim;
use super::scope::{self, Era, Regime};
use crate::law::statutes::ProvisionId as P;
use crate::law::vocab::{Arg, Key, Msg};
use crate::law::{Amount, Expenses, Line, LineId, Role};
use crate::money::{Money, Overflow};

/// The rule that lets lawyer's fees in, and what it says of them.
fn lawyer_rule(regime: Regime) -> Option<(P, Key)> {
    if regime.facial_rules {
        Some((P::FacialRules8Para2, Key::NoteLawyerFacial))
    } else if regime.network_rules {
        let rule = match regime.era {
            Era::CivilCode => P::NetworkRules12Para1,
            Era::TortLaw => P::NetworkRules2014Art18Para1,
        };
        Some((rule, Key::NoteLawyerNetwork))
    } else {
        None
    }
}

/// The expenses line, if any expense was entered.
pub fn line(
    expenses: &Expenses,
    claimed: Option<Money>,
    regime: Regime,
) -> Result<Option<Line>, Overflow> {
    if !expenses.any() {
        return Ok(None);
    }
    let documented = Money::checked_sum(
        [
            expenses.investigation,
            expenses.notarisation,
            expenses.other,
        ]
        .into_iter()
        .flatten(),
    )?;
    let rule = lawyer_rule(regime);
    let (amount, formula) = match (expenses.lawyer, rule) {
        (Some(lawyer), Some(_)) => {
            let range = Amount::range(documented, Some(documented.checked_add(lawyer)?));
            let args = [
                ("documented", Arg::Money(documented)),
                ("lawyer", Arg::Money(lawyer)),
                ("range", Arg::Amount(range)),
            ];
            (range, Msg::new(Key::FormulaExpensesWithLawyer, args))
        }
        _ => (
            Amount::exact(documented),
            Msg::new(
                Key::FormulaExpenses,
                [("documented", Arg::Money(documented))],
            ),
        ),
    };
    let mut line = Line::new(LineId::Expenses, Role::Awarded, amount, formula);
    line.notes.push(item_note(expenses));
    line.notes.push(Msg::plain(Key::NoteExpensesReasonable));
    match rule {
        Some((provision, lawyer_note)) => {
            line.provisions.push(provision);
            if expenses.lawyer.is_some() {
                line.notes.push(Msg::plain(lawyer_note));
            }
        }
        None => {
            // Whether expenses are a property loss is then for the court, under the rule that
            // measures the property damages.
            line.provisions.extend(scope::measure(Regime {
                pipl: false,
                ..regime
            }));
            line.notes.push(Msg::plain(Key::NoteExpensesGeneral));
            if expenses.lawyer.is_some() {
                line.notes.push(Msg::plain(Key::NoteLawyerNoRule));
            }
        }
    }
    if let Some(claimed) = claimed {
        apply_claim(&mut line, claimed);
    }
    Ok(Some(line))
}

fn item_note(e: &Expenses) -> Msg {
    let item = |m: Option<Money>| Arg::Money(m.unwrap_or(Money::ZERO));
    Msg::new(
        Key::NoteExpenseItems,
        [
            ("investigation", item(e.investigation)),
            ("notarisation", item(e.notarisation)),
            ("lawyer", item(e.lawyer)),
            ("other", item(e.other)),
        ],
    )
}
