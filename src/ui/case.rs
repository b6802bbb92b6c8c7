//! The preset bar and the panel that tells a loaded case's story next to the court's figure.

use crate::cases::{Preset, CATALOG};
use crate::embed::Modules;
use crate::i18n::{Lang, Text};
use crate::law::Assessment;
use yew::prelude::*;

/// The preset buttons, of the claims the page offers (all, unless an embedding host chose).
pub fn presets(
    lang: Lang,
    modules: Option<Modules>,
    on_load: &Callback<String>,
    on_clear: &Callback<()>,
) -> Html {
    let offered = |p: &&Preset| {
        modules.is_none_or(|m| {
            if p.personal_information {
                m.personal_information
            } else {
                m.purchase
            }
        })
    };
    let clear = on_clear.reform(|_: MouseEvent| ());
    html! {
        <section class="presets" aria-labelledby="presets-heading">
            <p class="presets__heading" id="presets-heading">{ Text::PresetsHeading.get(lang) }</p>
            <div class="presets__buttons">
                { for CATALOG.iter().filter(offered).map(|c| {
                    let id = c.id;
                    let onclick = on_load.reform(move |_: MouseEvent| id.to_string());
                    let kind = if c.public_interest { Text::PresetPublicInterest } else { Text::PresetIndividual };
                    html! {
                        <button type="button" class="button button--preset" data-case={c.id} {onclick}>
                            { c.title.get(lang) }<span class="button__kind">{ kind.get(lang) }</span>
                        </button>
                    }
                }) }
                <button type="button" class="button button--quiet" id="clear-all" onclick={clear}>{ Text::ClearAll.get(lang) }</button>
            </div>
        </section>
    }
}

/// Court · number · date, the Chinese in the number and date marked as Chinese in English.
pub fn citation(lang: Lang, c: &Preset) -> Html {
    html! {
        <>
            { c.court.get(lang) }{ " · " }
            { super::zh::marked(lang, c.case_number.get(lang)) }{ " · " }
            { super::zh::marked(lang, c.judgment_date.get(lang)) }
        </>
    }
}

/// The case's story beside the court's figure; where the figures were changed ("what if…?"),
/// this page's figure on the changed facts beside it.
pub fn case_panel(lang: Lang, c: &'static Preset, changed: Option<&Assessment>) -> Html {
    let now = changed
        .and_then(|a| a.total())
        .map(|t| super::result::total_words(lang, &t));
    html! {
        <section class="case" aria-labelledby="case-heading">
            <p class="case__kicker">{ Text::CaseLoaded.get(lang) }</p>
            <h2 id="case-heading">{ c.title.get(lang) }</h2>
            <p class="case__cite">{ citation(lang, c) }</p>
            if c.public_interest {
                <p class="warning" id="case-public-interest"><strong>{ Text::PublicInterestWarning.get(lang) }</strong></p>
            }
            <p class="case__figure"><strong>{ Text::CaseCourtFigure.get(lang) }{ Text::LabelSeparator.get(lang) }{ crate::i18n::money(lang, c.awarded) }</strong></p>
            if let Some(now) = now {
                <p class="case__changed" id="case-changed">{ Text::CaseChanged.get(lang) }{ Text::LabelSeparator.get(lang) }<strong>{ now }</strong></p>
            }
            <details class="case__story">
                <summary class="cue">{ Text::CaseStory.get(lang) }</summary>
                <p>{ c.facts.get(lang) }</p>
                <p><a href={format!("gallery.html#{}", c.id)} id="case-judgment">{ Text::CaseJudgmentLink.get(lang) }</a></p>
            </details>
        </section>
    }
}
