//! The burden explainer: for each claim, its elements with who proves each and to what standard,
//! the evidence ticked and what it supports, what could still be gathered and how; the special
//! rules; how courts reason to causation in leak cases; the proposals behind a toggle; and a
//! classroom walk-through of the same content, one step at a time.

use super::fields::checkbox;
use super::model::Model;
use super::result::{notes_list, provision_list};
use crate::i18n::{self, burden as words, Lang, Text};
use crate::law::burden::{Bearer, ClaimBurden, Element, Evidence, Explainer};
use yew::prelude::*;

/// What the burden panel tells the model.
#[derive(Clone, PartialEq)]
pub struct BurdenHandlers {
    pub evidence: Callback<(Evidence, bool)>,
    pub step: Callback<Option<usize>>,
    pub reform_view: Callback<bool>,
}

pub fn burden_panel(lang: Lang, model: &Model, on: &BurdenHandlers) -> Html {
    let explainers = &model.inputs.explainers;
    if explainers.is_empty() {
        return html! {};
    }
    let steps = steps(explainers);
    html! {
        <section class="burden" id="burden" aria-labelledby="burden-heading">
            <h2 id="burden-heading">{ Text::BurdenHeading.get(lang) }</h2>
            <p>{ Text::BurdenIntro.get(lang) }</p>
            { evidence_checklist(lang, model, &on.evidence) }
            { walk_through(lang, model.step, &steps, explainers, &on.step) }
            if model.step.is_none() {
                { for explainers.iter().map(|x| explainer_view(lang, x)) }
            }
        </section>
    }
}

/// The scholars' proposals on the burden of proof, behind their box (the teacher area holds
/// both: they are not current law, and a consumer's answer has no use for them).
pub fn proposals(lang: Lang, model: &Model, on: &BurdenHandlers) -> Html {
    let explainers = &model.inputs.explainers;
    html! {
        <>
            { checkbox("burden-reform".into(), Text::BurdenReformToggle.get(lang), model.reform_view, on.reform_view.clone()) }
            if model.reform_view {
                <section class="reform" id="burden-reform-view">
                    <h3 class="reform__heading">{ Text::BurdenReformHeading.get(lang) }</h3>
                    <ul>
                        { for explainers.iter().flat_map(|x| &x.reform).map(|m| html! { <li>{ i18n::render(lang, m) }</li> }) }
                    </ul>
                </section>
            }
        </>
    }
}

/// The items relevant to the claims on screen, as checkboxes.
fn evidence_checklist(lang: Lang, model: &Model, on: &Callback<(Evidence, bool)>) -> Html {
    let relevant = Evidence::ALL.into_iter().filter(|e| {
        model
            .inputs
            .explainers
            .iter()
            .any(|x| !e.supports(x.claim).is_empty())
    });
    html! {
        <fieldset class="evidence">
            <legend>{ Text::EvidenceQuestion.get(lang) }</legend>
            { for relevant.map(|e| {
                let held = model.form.evidence.contains(&e);
                let on_change = on.reform(move |held| (e, held));
                let id = AttrValue::from(format!("evidence-{}", e.id()));
                checkbox(id, words::evidence_label(e, lang), held, on_change)
            }) }
        </fieldset>
    }
}

fn claim_title(claim: ClaimBurden) -> Text {
    match claim {
        ClaimBurden::PresumedFault => Text::BurdenPresumedFault,
        ClaimBurden::OrdinaryFault => Text::BurdenOrdinaryFault,
        ClaimBurden::Fraud => Text::BurdenFraud,
        ClaimBurden::Food => Text::BurdenFood,
        ClaimBurden::Drug => Text::BurdenDrug,
        ClaimBurden::Defective => Text::BurdenDefective,
    }
}

/// Keyed by claim, and each element by its id, so a disclosure the reader opened stays with its
/// claim and element when another claim's explainer comes or goes.
fn explainer_view(lang: Lang, x: &Explainer) -> Html {
    html! {
        <section class="explainer" key={x.claim as u64}>
            <h3>{ claim_title(x.claim).get(lang) }</h3>
            <ol class="elements">
                { for x.elements.iter().map(|e| element_view(lang, e)) }
            </ol>
            { notes_list(lang, "shifts", None, Some(Text::BurdenShifts), x.shifts.iter().map(|n| (&n.msg, &n.provisions[..]))) }
            if !x.causation_steps.is_empty() {
                <h4>{ Text::BurdenCausationHeading.get(lang) }</h4>
                <ol class="causation">
                    { for x.causation_steps.iter().map(|m| html! { <li>{ super::zh::marked(lang, &i18n::render(lang, m)) }</li> }) }
                </ol>
            }
        </section>
    }
}

/// One element: its name, who proves it and how surely, what it means, and the evidence.
fn element_view(lang: Lang, e: &Element) -> Html {
    let theirs = e.bearer == Bearer::Business;
    html! {
        <li class={classes!("element", theirs.then_some("element--theirs"))} key={e.id as u64}>
            <p class="element__head">
                <strong>{ words::element_label(e.id, lang) }</strong>
                <span class="badge badge--bearer">{ words::bearer(e.bearer, lang) }</span>
                <span class="badge">{ words::standard(e.standard, lang) }</span>
            </p>
            <p>{ i18n::render(lang, &e.msg) }</p>
            if theirs {
                <p class="element__theirs">{ Text::BurdenOtherSide.get(lang) }</p>
            } else if e.supported_by.is_empty() {
                <p class="element__missing">{ Text::BurdenNothingYet.get(lang) }</p>
            } else {
                <p class="element__have">{ Text::BurdenYouHave.get(lang) }{ Text::LabelSeparator.get(lang) }
                    { e.supported_by.iter().map(|x| words::evidence_label(*x, lang)).collect::<Vec<_>>().join("；") }</p>
            }
            if !e.could_gather.is_empty() {
                <details class="element__gather">
                    <summary class="cue">{ Text::BurdenCouldGather.get(lang) }{ format!(" ({})", e.could_gather.len()) }</summary>
                    <ul>
                        { for e.could_gather.iter().map(|x| html! {
                            <li><strong>{ words::evidence_label(*x, lang) }</strong>{ Text::LabelSeparator.get(lang) }{ words::evidence_how(*x, lang) }</li>
                        }) }
                    </ul>
                </details>
            }
            <details class="element__law">
                <summary class="cue">{ Text::LegalBasis.get(lang) }</summary>
                { provision_list(lang, &e.provisions) }
            </details>
        </li>
    }
}

/// A step of the classroom walk-through: an element, or a step of the causation reasoning, of
/// the explainer at the first index.
#[derive(Clone, Copy)]
enum Step {
    Element(usize, usize),
    Reasoning(usize, usize),
}

/// The explainer as numbered steps: each element, then each causation step.
fn steps(explainers: &[Explainer]) -> Vec<Step> {
    explainers
        .iter()
        .enumerate()
        .flat_map(|(i, x)| {
            let elements = (0..x.elements.len()).map(move |j| Step::Element(i, j));
            let reasoning = (0..x.causation_steps.len()).map(move |j| Step::Reasoning(i, j));
            elements.chain(reasoning)
        })
        .collect()
}

fn step_view(lang: Lang, step: Step, explainers: &[Explainer]) -> Html {
    let (i, heading, body) = match step {
        Step::Element(i, j) => (i, None, element_view(lang, &explainers[i].elements[j])),
        Step::Reasoning(i, j) => (
            i,
            Some(Text::BurdenCausationHeading),
            html! { <p class="step__text">{ super::zh::marked(lang, &i18n::render(lang, &explainers[i].causation_steps[j])) }</p> },
        ),
    };
    html! {
        <>
            <p class="step__claim">{ heading.unwrap_or(claim_title(explainers[i].claim)).get(lang) }</p>
            <ol class="elements">{ body }</ol>
        </>
    }
}

fn walk_through(
    lang: Lang,
    step: Option<usize>,
    steps: &[Step],
    explainers: &[Explainer],
    on_step: &Callback<Option<usize>>,
) -> Html {
    let go = |to: Option<usize>| on_step.reform(move |_: MouseEvent| to);
    let Some(at) = step.filter(|s| *s < steps.len()) else {
        return html! {
            <button type="button" class="button" id="step-start" onclick={go(Some(0))}>{ Text::StepStart.get(lang) }</button>
        };
    };
    let counter = i18n::fill(
        Text::StepCounter.get(lang),
        &[
            ("n", (at + 1).to_string()),
            ("total", steps.len().to_string()),
        ],
    );
    let last = steps.len() - 1;
    let onkeydown = {
        let on_step = on_step.clone();
        Callback::from(move |e: KeyboardEvent| {
            let to = match e.key().as_str() {
                "ArrowRight" | "ArrowDown" | "PageDown" => Some((at + 1).min(last)),
                "ArrowLeft" | "ArrowUp" | "PageUp" => Some(at.saturating_sub(1)),
                "Home" => Some(0),
                "End" => Some(last),
                "Escape" => None,
                _ => return,
            };
            e.prevent_default();
            on_step.emit(to);
        })
    };
    // The classroom walk-through is a presentation: the whole screen, type for a room.
    html! {
        <div class="present step" id="step" role="dialog" aria-modal="true" aria-labelledby="step-counter" tabindex="-1" {onkeydown}>
            <p class="step__counter present__progress" id="step-counter" aria-live="polite">{ counter }</p>
            <div class="present__stage">{ step_view(lang, steps[at], explainers) }</div>
            <div class="step__buttons present__nav">
                <button type="button" class="button" id="step-previous" disabled={at == 0} onclick={go(at.checked_sub(1))}>{ Text::StepPrevious.get(lang) }</button>
                if at + 1 < steps.len() {
                    <button type="button" class="button" id="step-next" onclick={go(Some(at + 1))}>{ Text::StepNext.get(lang) }</button>
                }
                <button type="button" class="button button--quiet" id="step-end" onclick={go(None)}>{ Text::StepEnd.get(lang) }</button>
                <p class="present__keys">{ Text::PresentKeys.get(lang) }</p>
            </div>
        </div>
    }
}
