//! The errors in one place, each linking to its field.

use super::fields;
use crate::form::FieldError;
use crate::i18n::{Lang, Text};
use yew::prelude::*;

pub fn error_summary(lang: Lang, errors: &[FieldError]) -> Html {
    if errors.is_empty() {
        return html! {};
    }
    html! {
        <div class="error-summary" id="error-summary">
            <h2 class="error-summary__heading">{ crate::i18n::fill1(Text::ErrorSummaryHeading, lang, "n", errors.len().to_string()) }</h2>
            <ul>
                { for errors.iter().map(|e| html! {
                    <li><a href={format!("#{}", e.field.id())} onclick={fields::focus_on_click(e.field)}>
                        { e.field.label().get(lang) }{ Text::LabelSeparator.get(lang) }{ super::zh::marked(lang, fields::error_text(e).get(lang)) }
                    </a></li>
                }) }
            </ul>
        </div>
    }
}
