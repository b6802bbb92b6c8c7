//! Form controls: a text field with its label, hint and inline error; a checkbox; a radio group.

use crate::form::{Field, Kind};
use crate::i18n::{Lang, Text};
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The label of a field, in one place for the field and the error summary.
pub fn label(field: Field) -> Text {
    match field {
        Field::DirectLoss => Text::FieldDirectLoss,
        Field::Recovered => Text::FieldRecovered,
        Field::Investigation => Text::FieldInvestigation,
        Field::Notarisation => Text::FieldNotarisation,
        Field::Lawyer => Text::FieldLawyer,
        Field::OtherExpenses => Text::FieldOtherExpenses,
        Field::GainAmount => Text::FieldGainAmount,
        Field::TotalGain => Text::FieldTotalGain,
        Field::AllRecords => Text::FieldAllRecords,
        Field::OwnRecords => Text::FieldOwnRecords,
        Field::Records => Text::FieldRecords,
        Field::PricePerRecord => Text::FieldPricePerRecord,
        Field::MentalClaimed => Text::FieldMentalClaimed,
        Field::ConductDate => Text::FieldConductDate,
        Field::ClaimedProperty => Text::FieldClaimedProperty,
        Field::ClaimedExpenses => Text::FieldClaimedExpenses,
    }
}

fn hint(field: Field) -> Option<Text> {
    match field {
        Field::Recovered => Some(Text::HintRecovered),
        Field::GainAmount => Some(Text::HintGainAmount),
        Field::Records | Field::AllRecords => Some(Text::HintRecords),
        Field::OwnRecords => Some(Text::HintOwnRecords),
        Field::ConductDate => Some(Text::HintConductDate),
        Field::DirectLoss | Field::MentalClaimed => Some(Text::HintAmount),
        _ => None,
    }
}

/// For the error summary's links: a fragment link scrolls but does not focus, so focus the
/// field's input explicitly.
pub fn focus_on_click(field: Field) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| {
        let input = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(field.id()))
            .and_then(|el| el.dyn_into::<HtmlInputElement>().ok());
        if let Some(input) = input {
            e.prevent_default();
            let _ = input.focus();
        }
    })
}

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    pub lang: Lang,
    pub field: Field,
    pub value: AttrValue,
    pub error: Option<Text>,
    pub on_input: Callback<(Field, String)>,
}

/// A labelled input. Amounts and counts are typed as text (`inputmode="decimal"`) so `3.4万`
/// and `¥34,000` are accepted; a date is a date input. The error, when any, is linked by
/// `aria-describedby`.
#[component]
pub fn TextField(props: &TextFieldProps) -> Html {
    let id = props.field.id();
    let hint = hint(props.field);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described: Vec<&str> = [
        props.error.map(|_| error_id.as_str()),
        hint.map(|_| hint_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let oninput = {
        let (field, cb) = (props.field, props.on_input.clone());
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            cb.emit((field, input.value()));
        })
    };
    let (kind, inputmode) = match props.field.kind() {
        Kind::Date => ("date", None),
        Kind::Money | Kind::Count => ("text", Some("decimal")),
    };
    let lang = props.lang;
    html! {
        <div class={classes!("field", props.error.map(|_| "field--error"))}>
            <label for={id}>{ label(props.field).get(lang) }</label>
            if let Some(error) = props.error {
                <p class="field__error" id={error_id.clone()}>{ error.get(lang) }</p>
            }
            <input
                type={kind}
                id={id}
                name={id}
                {inputmode}
                autocomplete="off"
                maxlength={MAX_LENGTH}
                value={props.value.clone()}
                aria-invalid={props.error.map(|_| "true")}
                aria-describedby={(!described.is_empty()).then(|| described.join(" "))}
                {oninput}
            />
            if let Some(hint) = hint {
                <p class="field__hint" id={hint_id.clone()}>{ hint.get(lang) }</p>
            }
        </div>
    }
}

/// `form::MAX_CHARS` as the attribute the browser enforces.
const MAX_LENGTH: &str = "64";
const _: () = assert!(crate::form::MAX_CHARS == 64);

#[derive(Properties, PartialEq)]
pub struct CheckProps {
    pub lang: Lang,
    pub id: AttrValue,
    pub label: Text,
    pub checked: bool,
    pub on_change: Callback<bool>,
}

/// A checkbox whose whole row is the tap target.
#[component]
pub fn Check(props: &CheckProps) -> Html {
    let onchange = {
        let cb = props.on_change.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            cb.emit(input.checked());
        })
    };
    html! {
        <label class="check" for={props.id.clone()}>
            <input type="checkbox" id={props.id.clone()} checked={props.checked} {onchange} />
            <span>{ props.label.get(props.lang) }</span>
        </label>
    }
}

/// One option of a radio group.
#[derive(Clone, PartialEq)]
pub struct Choice {
    pub id: &'static str,
    pub label: Text,
    pub checked: bool,
    pub on_select: Callback<()>,
}

#[derive(Properties, PartialEq)]
pub struct RadioGroupProps {
    pub lang: Lang,
    pub name: AttrValue,
    /// The question, read as the group's name.
    pub legend: Option<Text>,
    pub choices: Vec<Choice>,
}

/// A radio group as a fieldset, so the question is read with each option.
#[component]
pub fn RadioGroup(props: &RadioGroupProps) -> Html {
    let lang = props.lang;
    html! {
        <fieldset class="choice">
            if let Some(legend) = props.legend {
                <legend class="choice__question">{ legend.get(lang) }</legend>
            }
            { for props.choices.iter().map(|c| {
                let on_select = c.on_select.clone();
                let onchange = Callback::from(move |_: Event| on_select.emit(()));
                html! {
                    <label class="check" for={c.id}>
                        <input type="radio" name={props.name.clone()} id={c.id} checked={c.checked} {onchange} />
                        <span>{ c.label.get(lang) }</span>
                    </label>
                }
            }) }
        </fieldset>
    }
}
