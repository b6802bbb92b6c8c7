//! What to do next, after the figures: keep evidence, complain, when to see a lawyer, how to
//! file. Practical pointers, not law: no article is cited here, and no link leaves the page.

use crate::i18n::{Lang, Text};
use yew::prelude::*;

const STEPS: [Text; 4] = [
    Text::NextEvidence,
    Text::NextComplain,
    Text::NextLawyer,
    Text::NextFile,
];

pub fn next_steps(lang: Lang) -> Html {
    html! {
        <section class="next-steps" id="next-steps" aria-labelledby="next-steps-heading">
            <h2 id="next-steps-heading">{ Text::NextStepsHeading.get(lang) }</h2>
            <ol>
                { for STEPS.iter().map(|t| html! { <li>{ super::zh::marked(lang, t.get(lang)) }</li> }) }
            </ol>
        </section>
    }
}
