//! Amounts on screen: each figure is one unbreakable unit, so a narrow screen wraps a range
//! between its figures, never inside `120,054,000`. Only the longest amounts on a phone also
//! wrap before their unit (`199,999,999,999.99` / `yuan`), rather than run off the screen.

use crate::i18n::{self, Lang, Piece, Text};
use crate::law::Amount;
use crate::money::Money;
use yew::prelude::*;

/// An amount as HTML: each sum in `<span class="money">`, its figure unbreakable, the words of a
/// range around them.
pub fn amount_html(lang: Lang, amount: Amount) -> Html {
    let money = |m: Money| {
        let text = i18n::money(lang, m);
        let (figure, unit) = text.rsplit_once(' ').unwrap_or((&text, ""));
        html! { <span class="money"><span class="money__figure">{ figure }</span>{ " " }{ unit }</span> }
    };
    match amount {
        Amount::Exact { fen } => money(fen),
        Amount::Range {
            min,
            max: Some(max),
        } => fill_html(
            Text::RangeTemplate.get(lang),
            &[("min", money(min)), ("max", money(max))],
        ),
        Amount::Range { min, max: None } => {
            fill_html(Text::OpenRangeTemplate.get(lang), &[("min", money(min))])
        }
        Amount::Undetermined => html! { Text::UndeterminedAmount.get(lang) },
    }
}

/// Whether an amount needs the smaller type of a long figure.
pub fn is_long(lang: Lang, amount: Amount) -> bool {
    match amount {
        Amount::Exact { fen } => i18n::money(lang, fen).chars().count() > 14,
        Amount::Range { .. } => true,
        Amount::Undetermined => false,
    }
}

/// Fills a template's `{name}`s with HTML. An unknown placeholder is left as written.
fn fill_html(template: &str, args: &[(&str, Html)]) -> Html {
    i18n::pieces(template)
        .into_iter()
        .map(|p| match p {
            Piece::Text(t) => html! { t.to_string() },
            Piece::Slot(name) => args
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, h)| h.clone())
                .unwrap_or_else(|| html! { format!("{{{name}}}") }),
        })
        .collect::<Html>()
}
