//! The errors in one place, each linking to its field.

use super::fields;
use crate::form::Field;
use crate::i18n::{Lang, Text};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ErrorSummaryProps {
    pub lang: Lang,
    pub errors: Vec<(Field, Text)>,
}

#[component]
pub fn ErrorSummary(props: &ErrorSummaryProps) -> Html {
    if props.errors.is_empty() {
        return html! {};
    }
    let lang = props.lang;
    html! {
        <div class="error-summary" id="error-summary">
            <p>{ Text::ErrorSummaryHeading.get(lang) }</p>
            <ul>
                { for props.errors.iter().map(|(f, t)| html! {
                    <li><a href={format!("#{}", f.id())} onclick={fields::focus_on_click(*f)}>
                        { fields::label(*f).get(lang) }{ Text::LabelSeparator.get(lang) }{ t.get(lang) }
                    </a></li>
                }) }
            </ul>
        </div>
    }
}
