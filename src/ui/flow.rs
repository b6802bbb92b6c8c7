//! The guided answer for consumers (GOV.UK's "one thing per page" and "check answers"): a
//! question at a time, then the answer as a sentence, the figures with their reasons, the real
//! cases like the user's, and one tap each to what to prove, what suing costs and how long there
//! is, what to take away and what to do next. The same model as the full calculator.

use super::fields::FormView;
use super::model::Model;
use super::{burden, costs, next_steps, result, takeaway};
use crate::cases;
use crate::form::flow::{self, Screen, Step};
use crate::form::{Choice, Field, Flag, Happened};
use crate::i18n::{self, Lang, Text};
use crate::law::PurchaseRule;
use yew::prelude::*;

/// What the guided screens tell the model, besides the form's own controls.
#[derive(Clone, PartialEq)]
pub struct FlowHandlers {
    pub go: Callback<Screen>,
    pub continue_: Callback<()>,
    pub back: Callback<()>,
    pub load_case: Callback<String>,
    pub burden: burden::BurdenHandlers,
    pub takeaway: takeaway::TakeawayHandlers,
}

const HAPPENED: [Happened; 7] = [
    Happened::Leak,
    Happened::Scam,
    Happened::Fraud,
    Happened::Food,
    Happened::Drug,
    Happened::Defective,
    Happened::Other,
];

/// One question, with "继续" and "上一步", and the estimate so far.
pub fn question(view: &FormView, model: &Model, step: Step, on: &FlowHandlers) -> Html {
    let lang = view.lang;
    let first = step == Step::What;
    let onsubmit = on.continue_.reform(|e: SubmitEvent| e.prevent_default());
    let back = on.back.reform(|_: MouseEvent| ());
    let estimate = model
        .assessment()
        .and_then(|a| a.total())
        .filter(|_| !first);
    html! {
        <form class="flow" id="flow" aria-labelledby="question" novalidate=true autocomplete="off" {onsubmit}>
            <h2 class="flow__question" id="question" tabindex="-1">{ step.question().get(lang) }</h2>
            if first {
                if model.missing_choice {
                    <p class="field__error" id="happened-error" role="alert">{ Text::ChooseOne.get(lang) }</p>
                }
                { view.choices(None, &HAPPENED) }
            } else {
                { for step.fields().iter().map(|f| view.field(*f)) }
                { for step.flags().iter().map(|f| view.flag(*f)) }
            }
            if let Some(total) = estimate {
                <p class="flow__estimate" id="running-estimate" aria-live="polite">
                    { Text::RunningEstimate.get(lang) }{ Text::LabelSeparator.get(lang) }
                    <strong>{ result::total_words(lang, &total) }</strong>
                </p>
            }
            <div class="flow__buttons">
                <button type="submit" class="button button--primary" id="continue">{ Text::Continue.get(lang) }</button>
                if !first || model.screen == Screen::AskAnother {
                    <button type="button" class="button button--quiet" id="back" onclick={back}>{ Text::Back.get(lang) }</button>
                }
            </div>
        </form>
    }
}

/// The answer: the sentence and the figures, the four things to open (within a screen and a half
/// of a phone), the real cases like it, the answers given (each with "修改"), another question,
/// and the full calculator.
pub fn answer(view: &FormView, model: &Model, on: &FlowHandlers) -> Html {
    let lang = view.lang;
    let Some(a) = model.assessment() else {
        return question(view, model, Step::What, on);
    };
    let another = on.go.reform(|_: MouseEvent| Screen::AskAnother);
    let back = on.back.reform(|_: MouseEvent| ());
    let panel = result::result_panel(
        lang,
        &model.inputs.result.assessment,
        model.stale_reason(view.shown),
        &model.said,
        None,
    );
    // No money to compute: not a red "0", but what can be asked for instead, with the reasons
    // one tap away.
    let nothing = a
        .total()
        .is_some_and(|t| t.amount.is_zero() && t.court_decides.is_none());
    html! {
        <div class="flow flow--answer" id="flow">
            <p class="answer__sentence" id="answer-sentence">{ super::zh::marked(lang, &i18n::answer_sentence(lang, a)) }</p>
            if nothing {
                <ul class="answer__relief" id="answer-relief">
                    { for a.sections.iter().flat_map(|s| &s.relief).map(|r| html! { <li>{ i18n::render(lang, &r.msg) }</li> }) }
                </ul>
                { more("answer-why", Text::ShowWhy, lang, panel) }
            } else {
                { panel }
            }
            <div class="more">
                { more("more-proof", Text::OpenProof, lang, burden::burden_panel(lang, model, &on.burden)) }
                { more("more-costs", Text::OpenCosts, lang, costs::costs_panel(view, &model.inputs.result.costs)) }
                { more("more-takeaway", Text::OpenTakeaway, lang, html! {
                    <>
                        { takeaway::takeaway(lang, model, a, &on.takeaway) }
                        { takeaway::inputs_for_print(lang, model) }
                    </>
                }) }
                { more("more-next", Text::OpenNextSteps, lang, next_steps::next_steps(lang)) }
            </div>
            { similar_cases(lang, model, &on.load_case) }
            { your_answers(view, &on.go) }
            <div class="flow__buttons">
                <button type="button" class="button" id="ask-another" onclick={another}>{ Text::AskAnother.get(lang) }</button>
                <button type="button" class="button button--quiet" id="back" onclick={back}>{ Text::Back.get(lang) }</button>
            </div>
        </div>
    }
}

/// A section opened with one tap.
fn more(id: &'static str, summary: Text, lang: Lang, body: Html) -> Html {
    html! {
        <details class="more__item" {id}>
            <summary class="cue">{ summary.get(lang) }</summary>
            { body }
        </details>
    }
}

/// The real cases like the user's: what courts awarded one person (practice, not law).
fn similar_cases(lang: Lang, model: &Model, on_load: &Callback<String>) -> Html {
    let mut presets = Vec::new();
    for happened in asked(&model.form) {
        presets.extend(cases::like(happened.name()));
    }
    presets.truncate(3);
    if presets.is_empty() {
        return html! {};
    }
    html! {
        <section class="similar" id="similar-cases" aria-labelledby="similar-heading">
            <h3 id="similar-heading">{ Text::SimilarCases.get(lang) }</h3>
            <ul>
                { for presets.iter().map(|p| {
                    let id = p.id;
                    let onclick = on_load.reform(move |_: MouseEvent| id.to_string());
                    html! {
                        <li class="similar__case" data-case={p.id}>
                            <p><strong>{ p.title.get(lang) }</strong></p>
                            <p>{ super::zh::marked(lang, p.award.get(lang)) }</p>
                            <button type="button" class="button button--quiet" {onclick}>{ Text::SeeCase.get(lang) }</button>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}

/// What the open claims say happened: the first answer of each path the user went through.
fn asked(form: &crate::form::FormState) -> Vec<Happened> {
    let mut kinds = Vec::new();
    if form.flag(Flag::ClaimPersonalInformation) {
        kinds.push(match form.is_on(Flag::ThirdParty) {
            true => Happened::Scam,
            false => Happened::Leak,
        });
    }
    if form.flag(Flag::ClaimPurchase) {
        kinds.push(match form.value::<PurchaseRule>() {
            PurchaseRule::Fraud => Happened::Fraud,
            PurchaseRule::Food => Happened::Food,
            PurchaseRule::Drug => Happened::Drug,
            PurchaseRule::Defective => Happened::Defective,
        });
    }
    kinds
}

/// The answers given, question by question, each with "修改" back to its question.
fn your_answers(view: &FormView, on_go: &Callback<Screen>) -> Html {
    let lang = view.lang;
    let form = view.form;
    let mut rows = Vec::new();
    for happened in asked(form) {
        let what = happened.label().get(lang).to_string();
        rows.push(answer_row(
            lang,
            Text::HappenedQuestion,
            what,
            Screen::Ask(Step::What),
            on_go,
        ));
        for step in flow::path(happened) {
            let mut values = Vec::new();
            for field in step.fields().iter().filter(|f| form.is_active(**f)) {
                values.push(answer_of(lang, form, *field));
            }
            for flag in step.flags().iter().filter(|f| form.is_on(**f)) {
                values.push(flag.label().get(lang).to_string());
            }
            rows.push(answer_row(
                lang,
                step.question(),
                values.join("；"),
                Screen::Ask(*step),
                on_go,
            ));
        }
    }
    html! {
        <section class="answers" id="your-answers" aria-labelledby="answers-heading">
            <h3 id="answers-heading">{ Text::YourAnswers.get(lang) }</h3>
            <dl>{ for rows }</dl>
        </section>
    }
}

/// A question, the answer given, and "修改" back to it.
fn answer_row(
    lang: Lang,
    question: Text,
    answer: String,
    to: Screen,
    on_go: &Callback<Screen>,
) -> Html {
    let onclick = on_go.reform(move |_: MouseEvent| to);
    html! {
        <div class="answers__row">
            <dt>{ question.get(lang) }</dt>
            <dd>{ super::zh::marked(lang, &answer) }</dd>
            <dd><button type="button" class="button button--link" {onclick}>{ Text::Change.get(lang) }</button></dd>
        </div>
    }
}

/// A field's answer as it reads back: its label and what was typed, or "not given".
fn answer_of(lang: Lang, form: &crate::form::FormState, field: Field) -> String {
    let text = form.text(field).trim();
    let value = match text {
        "" => Text::NoAnswerGiven.get(lang).to_string(),
        typed => typed.to_string(),
    };
    format!(
        "{}{}{value}",
        field.label().get(lang),
        Text::LabelSeparator.get(lang)
    )
}

/// The link between the two ways in: to the full calculator from the questions, and back.
pub fn switch_link(lang: Lang, screen: Screen, on_go: &Callback<Screen>) -> Html {
    let (to, words, id) = match screen.is_guided() {
        true => (Screen::Full, Text::FullCalculator, "to-full"),
        false => (Screen::Ask(Step::What), Text::GuidedQuestions, "to-guided"),
    };
    let onclick = on_go.reform(move |_: MouseEvent| to);
    html! {
        <p class="switch-way"><button type="button" class="button button--link" {id} {onclick}>{ words.get(lang) }</button></p>
    }
}
