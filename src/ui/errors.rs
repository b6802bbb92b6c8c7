//! The errors in one place, each linking to its field.

use super::fields;
use crate::form::Field;
use crate::i18n::{Lang, Text};
use yew::prelude::*;

pub fn error_summary(lang: Lang, errors: &[(Field, Text)]) -> Html {
    if errors.is_empty() {
        return html! {};
    }
    html! {
        <div class="error-summary" id="error-summary">
            <h2 class="error-summary__heading">{ crate::i18n::fill1(Text::ErrorSummaryHeading, lang, "n", errors.len().to_string()) }</h2>
            <ul>
                { for errors.iter().map(|(f, t)| html! {
                    <li><a href={format!("#{}", f.id())} onclick={fields::focus_on_click(*f)}>
                        { fields::label(*f).get(lang) }{ Text::LabelSeparator.get(lang) }{ t.get(lang) }
                    </a></li>
                }) }
            </ul>
        </div>
    }
}
