//! The preset bar and the panel that tells a loaded case's story next to the court's figure.

use crate::cases::{Preset, CATALOG};
use crate::i18n::{Lang, Text};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PresetProps {
    pub lang: Lang,
    pub on_load: Callback<String>,
    pub on_clear: Callback<()>,
}

#[component]
pub fn Presets(props: &PresetProps) -> Html {
    let lang = props.lang;
    let clear = props.on_clear.reform(|_: MouseEvent| ());
    html! {
        <section class="presets" aria-labelledby="presets-heading">
            <p class="presets__heading" id="presets-heading">{ Text::PresetsHeading.get(lang) }</p>
            <div class="presets__buttons">
                { for CATALOG.iter().map(|c| {
                    let id = c.id;
                    let onclick = props.on_load.reform(move |_: MouseEvent| id.to_string());
                    let kind = if c.public_interest { Text::PresetPublicInterest } else { Text::PresetIndividual };
                    html! {
                        <button type="button" class="button button--preset" data-case={c.id} {onclick}>
                            { c.text(lang, |p| &p.title) }<span class="button__kind">{ kind.get(lang) }</span>
                        </button>
                    }
                }) }
                <button type="button" class="button button--quiet" id="clear-all" onclick={clear}>{ Text::ClearAll.get(lang) }</button>
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct CaseProps {
    pub lang: Lang,
    pub case: &'static Preset,
}

#[component]
pub fn CasePanel(props: &CaseProps) -> Html {
    let lang = props.lang;
    let c = props.case;
    html! {
        <section class="case" aria-labelledby="case-heading">
            <p class="case__kicker">{ Text::CaseLoaded.get(lang) }</p>
            <h2 id="case-heading">{ c.text(lang, |p| &p.title) }</h2>
            <p class="case__cite">{ format!("{} {} · {}", c.text(lang, |p| &p.court), c.case_number, c.judgment_date) }</p>
            if c.public_interest {
                <p class="warning" id="case-public-interest"><strong>{ Text::PublicInterestWarning.get(lang) }</strong></p>
            }
            <p class="case__figure"><strong>{ Text::CaseCourtFigure.get(lang) }{ Text::LabelSeparator.get(lang) }{ c.awarded.to_string() }</strong></p>
            <details class="case__story">
                <summary>{ Text::CaseStory.get(lang) }</summary>
                <p>{ c.text(lang, |p| &p.facts) }</p>
                <p>{ c.text(lang, |p| &p.decision) }</p>
                <p class="case__caveat">{ c.text(lang, |p| &p.caveat) }</p>
            </details>
        </section>
    }
}
