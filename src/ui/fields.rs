//! Form controls: a text field for amounts and counts with its label, hint and inline error.

use crate::form::Field;
use crate::i18n::{Lang, Text};
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The label of a field, in one place for the field and the error summary.
pub fn label(field: Field) -> Text {
    match field {
        Field::DirectLoss => Text::FieldDirectLoss,
        Field::Investigation => Text::FieldInvestigation,
        Field::Notarisation => Text::FieldNotarisation,
        Field::Lawyer => Text::FieldLawyer,
        Field::OtherExpenses => Text::FieldOtherExpenses,
        Field::GainAmount => Text::FieldGainAmount,
        Field::Records => Text::FieldRecords,
        Field::PricePerRecord => Text::FieldPricePerRecord,
        Field::MentalClaimed => Text::FieldMentalClaimed,
    }
}

fn hint(field: Field) -> Option<Text> {
    match field {
        Field::DirectLoss => Some(Text::HintDirectLoss),
        Field::GainAmount => Some(Text::HintGainAmount),
        Field::Records => Some(Text::HintRecords),
        Field::MentalClaimed => Some(Text::HintAmount),
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
pub struct AmountFieldProps {
    pub lang: Lang,
    pub field: Field,
    pub value: AttrValue,
    pub error: Option<Text>,
    pub on_input: Callback<(Field, String)>,
}

/// A labelled text input. Numbers are typed as text (`inputmode="decimal"`) so `3.4万` and
/// `¥34,000` are accepted; the error, when any, is linked by `aria-describedby`.
#[component]
pub fn AmountField(props: &AmountFieldProps) -> Html {
    let id = props.field.id();
    let hint = hint(props.field);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = match (hint.is_some(), props.error.is_some()) {
        (true, true) => format!("{error_id} {hint_id}"),
        (true, false) => hint_id.clone(),
        (false, true) => error_id.clone(),
        (false, false) => String::new(),
    };
    let oninput = {
        let (field, cb) = (props.field, props.on_input.clone());
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            cb.emit((field, input.value()));
        })
    };
    let lang = props.lang;
    html! {
        <div class={classes!("field", props.error.map(|_| "field--error"))}>
            <label for={id}>{ label(props.field).get(lang) }</label>
            if let Some(error) = props.error {
                <p class="field__error" id={error_id}>{ error.get(lang) }</p>
            }
            <input
                type="text"
                id={id}
                name={id}
                inputmode="decimal"
                autocomplete="off"
                value={props.value.clone()}
                aria-invalid={props.error.map(|_| "true")}
                aria-describedby={(!described.is_empty()).then_some(described)}
                {oninput}
            />
            if let Some(hint) = hint {
                <p class="field__hint" id={hint_id}>{ hint.get(lang) }</p>
            }
        </div>
    }
}

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
