//! Amounts on screen: each sum is one unbreakable unit, so a narrow screen wraps a range between
//! its sums, never inside `316.20 元`. Only a long sum (over 14 characters, as
//! `199,999,999,999.99 yuan`) may wrap before its unit, rather than run off a phone's screen.

use crate::i18n::{self, Lang, Piece, Text};
use crate::law::Amount;
use crate::money::Money;
use yew::prelude::*;

/// An amount as HTML: each sum in `<span class="money">`, its figure unbreakable, the words of a
/// range around them.
pub fn amount_html(lang: Lang, amount: Amount) -> Html {
    let money = |m: Money| {
        let text = i18n::money(lang, m);
        match text.rsplit_once(' ') {
            Some((figure, unit)) if text.chars().count() > LONG => html! {
                <span class="money money--long"><span>{ figure }</span>{ " " }<span>{ unit }</span></span>
            },
            _ => html! { <span class="money">{ text }</span> },
        }
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

/// Characters above which a sum is long: smaller type for a total, a break before its unit.
const LONG: usize = 14;

/// Whether an amount needs the smaller type of a long figure.
pub fn is_long(lang: Lang, amount: Amount) -> bool {
    match amount {
        Amount::Exact { fen } => i18n::money(lang, fen).chars().count() > LONG,
        Amount::Range { .. } => true,
        Amount::Undetermined => false,
    }
}

/// Fills a template's `{name}`s with HTML. An unknown placeholder is left as written.
pub(super) fn fill_html(template: &str, args: &[(&str, Html)]) -> Html {
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
