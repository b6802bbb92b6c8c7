//! The Yew interface: it binds inputs to the form model and renders Assessments; it never
//! computes law.

mod amount;
mod case;
mod fields;
pub mod model;
mod result;
mod storage;

use crate::form::{Field, FormState, GainMode};
use crate::i18n::{self, Lang, Text};
use case::{CasePanel, Presets};
use fields::{AmountField, Check};
use model::{Action, Flag, Model};
use result::ResultPanel;
use yew::prelude::*;

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Starting state; the browser build restores it from the tab's sessionStorage.
    #[prop_or_default]
    pub initial: Option<model::Saved>,
}

/// The whole calculator.
#[component]
pub fn App(props: &AppProps) -> Html {
    let initial = props.initial.clone();
    let model = use_reducer(move || Model::restore(initial.unwrap_or_else(storage::load)));
    {
        let saved = model.saved();
        use_effect_with(saved, |saved| {
            storage::save(saved);
            storage::set_document_language(saved.lang, Text::AppTitle.get(saved.lang));
        });
    }
    let lang = model.lang;
    let dispatch = model.dispatcher();
    let on_text = dispatch
        .to_callback()
        .reform(|(f, t): (Field, String)| Action::SetText(f, t));
    let switch = {
        let d = dispatch.clone();
        Callback::from(move |_: MouseEvent| d.dispatch(Action::SetLang(lang.other())))
    };
    let on_load = dispatch.to_callback().reform(Action::LoadCase);
    // Clearing resets the model; the save effect then overwrites the tab's copy with it.
    let on_clear = dispatch.to_callback().reform(|()| Action::Clear);
    html! {
        <div class="app">
            <header class="masthead">
                <div>
                    <h1>{ Text::AppTitle.get(lang) }</h1>
                    <p class="masthead__subtitle">{ Text::AppSubtitle.get(lang) }</p>
                </div>
                <button type="button" class="button button--lang" id="switch-language" lang={lang.other().tag()}
                    aria-label={Text::SwitchLanguageLabel.get(lang)} onclick={switch}>
                    { Text::SwitchLanguage.get(lang) }
                </button>
            </header>
            <p class="privacy">{ Text::PrivacyPromise.get(lang) }</p>
            <Presets {lang} {on_load} {on_clear} />
            if let Some(case) = model.loaded_case() {
                <CasePanel {lang} {case} />
            }
            <main class="layout">
                <FormView {lang} form={model.form.clone()} {on_text} dispatch={dispatch.clone()} />
                <ResultPanel {lang} result={model.result.clone()} stale={model.stale} />
            </main>
            <StickyTotal {lang} result={model.result.clone()} stale={model.stale} />
            <footer class="footer"><p>{ Text::Footer.get(lang) }</p></footer>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct FormProps {
    lang: Lang,
    form: FormState,
    on_text: Callback<(Field, String)>,
    dispatch: UseReducerDispatcher<Model>,
}

/// The inputs, grouped as a claimant would gather evidence.
#[component]
fn FormView(props: &FormProps) -> Html {
    let lang = props.lang;
    let form = &props.form;
    let errors: Vec<(Field, Text)> = form
        .errors()
        .into_iter()
        .map(|e| (e.field, i18n::input_error(e.error, e.field.is_count())))
        .collect();
    let field = |field: Field| {
        let error = errors.iter().find(|(f, _)| *f == field).map(|(_, t)| *t);
        html! {
            <AmountField {lang} {field} {error}
                value={AttrValue::from(form.text(field).to_string())} on_input={props.on_text.clone()} />
        }
    };
    let flag = |id: &'static str, flag: Flag, label: Text, checked: bool| {
        let on_change = props
            .dispatch
            .to_callback()
            .reform(move |on| Action::SetFlag(flag, on));
        html! { <Check {lang} id={id} {label} {checked} {on_change} /> }
    };
    html! {
        <form class="form" aria-labelledby="form-heading" novalidate=true onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <h2 id="form-heading">{ Text::FormHeading.get(lang) }</h2>
            <ErrorSummary {lang} errors={errors.clone()} />
            <fieldset>
                <legend>{ Text::SectionLoss.get(lang) }</legend>
                { field(Field::DirectLoss) }
            </fieldset>
            <fieldset>
                <legend>{ Text::SectionExpenses.get(lang) }</legend>
                <div class="grid">
                    { field(Field::Investigation) }
                    { field(Field::Notarisation) }
                    { field(Field::Lawyer) }
                    { field(Field::OtherExpenses) }
                </div>
            </fieldset>
            <fieldset>
                <legend>{ Text::SectionGain.get(lang) }</legend>
                <GainModeChoice {lang} mode={form.gain_mode} dispatch={props.dispatch.clone()} />
                if form.is_active(Field::GainAmount) {
                    { field(Field::GainAmount) }
                }
                if form.is_active(Field::Records) {
                    { field(Field::Records) }
                }
                if form.is_active(Field::PricePerRecord) {
                    { field(Field::PricePerRecord) }
                }
            </fieldset>
            <fieldset>
                <legend>{ Text::SectionCircumstances.get(lang) }</legend>
                { flag("via-network", Flag::ViaNetwork, Text::FieldViaNetwork, form.via_network) }
                { flag("facial", Flag::Facial, Text::FieldFacial, form.facial) }
            </fieldset>
            <fieldset>
                <legend>{ Text::SectionMental.get(lang) }</legend>
                { flag("serious", Flag::Serious, Text::FieldSerious, form.serious) }
                if form.is_active(Field::MentalClaimed) {
                    { field(Field::MentalClaimed) }
                }
            </fieldset>
        </form>
    }
}

#[derive(Properties, PartialEq)]
struct GainModeProps {
    lang: Lang,
    mode: GainMode,
    dispatch: UseReducerDispatcher<Model>,
}

#[component]
fn GainModeChoice(props: &GainModeProps) -> Html {
    let lang = props.lang;
    let options = [
        (GainMode::Unknown, "gain-unknown", Text::GainModeUnknown),
        (GainMode::Actual, "gain-actual", Text::GainModeActual),
        (GainMode::Estimate, "gain-estimate", Text::GainModeEstimate),
    ];
    html! {
        <div class="choice">
            { for options.into_iter().map(|(mode, id, label)| {
                let onchange = props.dispatch.to_callback().reform(move |_: Event| Action::SetGainMode(mode));
                html! {
                    <label class="check" for={id}>
                        <input type="radio" name="gain-mode" id={id} checked={props.mode == mode} {onchange} />
                        <span>{ label.get(lang) }</span>
                    </label>
                }
            }) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ErrorSummaryProps {
    lang: Lang,
    errors: Vec<(Field, Text)>,
}

/// The errors in one place, each linking to its field.
#[component]
fn ErrorSummary(props: &ErrorSummaryProps) -> Html {
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

#[derive(Properties, PartialEq)]
struct StickyProps {
    lang: Lang,
    result: Option<Result<crate::law::Assessment, crate::money::Overflow>>,
    stale: bool,
}

/// On a phone the form fills the screen; this bar keeps the total in sight and jumps to the why
/// (the result section takes focus, so keyboard and screen-reader users land there too).
#[component]
fn StickyTotal(props: &StickyProps) -> Html {
    let Some(Ok(a)) = &props.result else {
        return html! {};
    };
    let lang = props.lang;
    html! {
        <a class={classes!("sticky-total", props.stale.then_some("sticky-total--stale"))} href="#result">
            <span>{ Text::TotalLabel.get(lang) }</span>
            <strong>{ amount::amount_html(lang, a.total) }</strong>
        </a>
    }
}
