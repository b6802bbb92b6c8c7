//! The questions, in the order a claimant gathers what they know: the loss, the expenses, the
//! infringer's gain, mental harm, the circumstances, and what they ask for.

use super::fields::{Check, Choice, RadioGroup, TextField};
use super::model::{Action, Model};
use crate::form::Flag;
use crate::form::{Field, FormState, GainMode, LossChoice};
use crate::i18n::{self, Lang, Text};
use crate::law::Claimant;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FormProps {
    pub lang: Lang,
    pub form: FormState,
    pub dispatch: UseReducerDispatcher<Model>,
}

#[component]
pub fn FormView(props: &FormProps) -> Html {
    let lang = props.lang;
    let form = &props.form;
    let errors: Vec<(Field, Text)> = form
        .errors()
        .into_iter()
        .map(|e| {
            (
                e.field,
                i18n::input_error(e.error, e.field.kind() == crate::form::Kind::Count),
            )
        })
        .collect();
    let on_text = props
        .dispatch
        .to_callback()
        .reform(|(f, t): (Field, String)| Action::SetText(f, t));
    let field = |field: Field| {
        if !form.is_active(field) {
            return html! {};
        }
        let error = errors.iter().find(|(f, _)| *f == field).map(|(_, t)| *t);
        html! {
            <TextField {lang} {field} {error}
                value={AttrValue::from(form.text(field).to_string())} on_input={on_text.clone()} />
        }
    };
    let flag = |flag: Flag, label: Text| {
        let checked = form.flag(flag);
        let id = flag.id();
        let on_change = props
            .dispatch
            .to_callback()
            .reform(move |on| Action::SetFlag(flag, on));
        html! { <Check {lang} id={id} {label} {checked} {on_change} /> }
    };
    let choice = |id: &'static str, label: Text, checked: bool, action: Action| Choice {
        id,
        label,
        checked,
        on_select: props
            .dispatch
            .to_callback()
            .reform(move |()| action.clone()),
    };
    let loss = |id, label, value: LossChoice| {
        choice(id, label, form.loss == Some(value), Action::SetLoss(value))
    };
    let individual = form.claimant == Claimant::Individual;
    let gain = |id, label, mode: GainMode| {
        choice(id, label, form.gain_mode == mode, Action::SetGainMode(mode))
    };
    let mut gain_choices = vec![gain(
        "gain-unknown",
        Text::GainModeUnknown,
        GainMode::Unknown,
    )];
    if individual {
        gain_choices.push(gain("gain-actual", Text::GainModeActual, GainMode::Actual));
        gain_choices.push(gain(
            "gain-pro-rata",
            Text::GainModeProRata,
            GainMode::ProRata,
        ));
    } else {
        gain_choices.push(gain(
            "gain-actual",
            Text::GainModeActualPublic,
            GainMode::Actual,
        ));
    }
    gain_choices.push(gain(
        "gain-estimate",
        Text::GainModeEstimate,
        GainMode::Estimate,
    ));
    let claimant = |id, label, value: Claimant| {
        choice(
            id,
            label,
            form.claimant == value,
            Action::SetClaimant(value),
        )
    };
    html! {
        <form class="form" aria-labelledby="form-heading" novalidate=true onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <h2 id="form-heading">{ Text::FormHeading.get(lang) }</h2>
            <super::errors::ErrorSummary {lang} errors={errors.clone()} />
            <section class="form__section" aria-labelledby="loss-heading">
                <h3 id="loss-heading">{ Text::SectionLoss.get(lang) }</h3>
                <RadioGroup {lang} name="loss" legend={Some(Text::LossQuestion)} choices={vec![
                    loss("loss-none", Text::LossNone, LossChoice::None),
                    loss("loss-amount", Text::LossAmount, LossChoice::Amount),
                    loss("loss-unquantifiable", Text::LossUnquantifiable, LossChoice::Unquantifiable),
                ]} />
                { field(Field::DirectLoss) }
                if form.loss == Some(LossChoice::Amount) {
                    { flag(Flag::ThirdParty, Text::FieldThirdParty) }
                }
                { field(Field::Recovered) }
            </section>
            <fieldset>
                <legend>{ Text::SectionExpenses.get(lang) }</legend>
                <div class="grid">
                    { field(Field::Investigation) }
                    { field(Field::Notarisation) }
                    { field(Field::Lawyer) }
                    { field(Field::OtherExpenses) }
                </div>
            </fieldset>
            <section class="form__section" aria-labelledby="gain-heading">
                <h3 id="gain-heading">{ Text::SectionGain.get(lang) }</h3>
                <RadioGroup {lang} name="gain-mode" legend={None::<Text>} choices={gain_choices} />
                { field(Field::GainAmount) }
                { field(Field::TotalGain) }
                { field(Field::AllRecords) }
                { field(Field::OwnRecords) }
                { field(Field::Records) }
                { field(Field::PricePerRecord) }
            </section>
            if individual {
                <fieldset>
                    <legend>{ Text::SectionMental.get(lang) }</legend>
                    { flag(Flag::Serious, Text::FieldSerious) }
                    { field(Field::MentalClaimed) }
                </fieldset>
            }
            <fieldset>
                <legend>{ Text::SectionCircumstances.get(lang) }</legend>
                { field(Field::ConductDate) }
                { flag(Flag::Processor, Text::FieldProcessor) }
                { flag(Flag::ViaNetwork, Text::FieldViaNetwork) }
                { flag(Flag::Facial, Text::FieldFacial) }
                <RadioGroup {lang} name="claimant" legend={Some(Text::ClaimantQuestion)} choices={vec![
                    claimant("claimant-individual", Text::ClaimantIndividual, Claimant::Individual),
                    claimant("claimant-public", Text::ClaimantPublicInterest, Claimant::PublicInterest),
                ]} />
            </fieldset>
            <fieldset>
                <legend>{ Text::SectionClaimed.get(lang) }</legend>
                <p class="field__hint">{ Text::HintClaimed.get(lang) }</p>
                { field(Field::ClaimedProperty) }
                { field(Field::ClaimedExpenses) }
            </fieldset>
        </form>
    }
}
