//! Form controls: a text field with its label, hint and inline error; a checkbox; a radio group.

use super::model::{Action, Model};
use crate::form::{Field, FieldError, FormState, Kind};
use crate::i18n::{self, Lang, Text};
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
        Field::PurchaseDate => Text::FieldPurchaseDate,
        Field::Price => Text::FieldPrice,
        Field::Base => Text::FieldBase,
        Field::PurchaseLoss => Text::FieldPurchaseLoss,
        Field::ReformMultiple => Text::FieldReformMultiple,
        Field::ReformPerRecord => Text::FieldReformPerRecord,
        Field::ReformCap => Text::FieldReformCap,
        Field::AllocShare => Text::FieldAllocShare,
        Field::AllocEnlarged => Text::FieldAllocEnlarged,
        Field::JudgmentUnpaid => Text::FieldJudgmentUnpaid,
        Field::PayDeadline => Text::FieldPayDeadline,
        Field::PaidOn => Text::FieldPaidOn,
        Field::KnewOn => Text::FieldKnewOn,
        Field::AsOf => Text::FieldAsOf,
    }
}

fn hint(field: Field) -> Option<Text> {
    match field {
        Field::Recovered => Some(Text::HintRecovered),
        Field::GainAmount => Some(Text::HintGainAmount),
        Field::Records | Field::AllRecords => Some(Text::HintRecords),
        Field::OwnRecords => Some(Text::HintOwnRecords),
        Field::ConductDate => Some(Text::HintConductDate),
        Field::DirectLoss | Field::MentalClaimed | Field::Price => Some(Text::HintAmount),
        Field::PurchaseDate => Some(Text::HintPurchaseDate),
        Field::Base => Some(Text::HintBase),
        Field::PurchaseLoss => Some(Text::HintPurchaseLoss),
        Field::KnewOn => Some(Text::HintKnewOn),
        _ => None,
    }
}

/// For the error summary's links: a fragment link scrolls but does not focus, so focus the
/// field's input explicitly.
pub fn focus_on_click(field: Field) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| {
        if let Some(input) = super::storage::by_id::<HtmlInputElement>(field.id()) {
            e.prevent_default();
            let _ = input.focus();
        }
    })
}

/// What a text field reports: its new text, or `None` when the user leaves it (from then on its
/// error shows; never while the first value is being typed).
pub fn on_text(dispatch: &UseReducerDispatcher<Model>) -> Callback<(Field, Option<String>)> {
    dispatch
        .to_callback()
        .reform(|(f, t): (Field, Option<String>)| match t {
            Some(t) => Action::SetText(f, t),
            None => Action::Leave(f),
        })
}

/// What an error says next to its field, in the summary and in the live region: a count and an
/// amount word "not a number" differently.
pub fn error_text(e: &FieldError) -> Text {
    i18n::input_error(e.error, e.field.kind() == Kind::Count)
}

/// A text field with its error, if it is among `shown` (the errors of fields the user has left).
pub fn field_view(
    lang: Lang,
    form: &FormState,
    shown: &[FieldError],
    field: Field,
    on_input: &Callback<(Field, Option<String>)>,
) -> Html {
    let error = shown.iter().find(|e| e.field == field).map(error_text);
    text_field(lang, field, form.text(field), error, on_input)
}

/// A labelled input. Amounts and counts are typed as text (`inputmode="decimal"`) so `3.4万`
/// and `¥34,000` are accepted; a date is a date input. The error, when any, is linked by
/// `aria-describedby`.
///
/// The controls here are plain functions, not components: they keep no state, and each
/// component adds its own lifecycle code to the wasm bundle.
pub fn text_field(
    lang: Lang,
    field: Field,
    value: &str,
    error: Option<Text>,
    on_input: &Callback<(Field, Option<String>)>,
) -> Html {
    let id = field.id();
    let hint = hint(field);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described: Vec<&str> = [
        error.map(|_| error_id.as_str()),
        hint.map(|_| hint_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let oninput = {
        let cb = on_input.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            cb.emit((field, Some(input.value())));
        })
    };
    let onblur = on_input.reform(move |_: FocusEvent| (field, None));
    let (kind, inputmode) = match field.kind() {
        Kind::Date => ("date", None),
        Kind::Money | Kind::Count => ("text", Some("decimal")),
    };
    html! {
        <div class={classes!("field", error.map(|_| "field--error"))}>
            <label for={id}>{ label(field).get(lang) }</label>
            if let Some(hint) = hint {
                <p class="field__hint" id={hint_id.clone()}>{ hint.get(lang) }</p>
            }
            if let Some(error) = error {
                <p class="field__error" id={error_id.clone()}>{ super::zh::marked(lang, error.get(lang)) }</p>
            }
            <input
                type={kind}
                id={id}
                name={id}
                {inputmode}
                autocomplete="off"
                maxlength={MAX_LENGTH}
                value={value.to_string()}
                aria-invalid={error.map(|_| "true")}
                aria-describedby={(!described.is_empty()).then(|| described.join(" "))}
                {oninput}
                {onblur}
            />
            if field.kind() == Kind::Money {
                <span class="field__unit" aria-hidden="true">{ Text::Yuan.get(lang) }</span>
            }
        </div>
    }
}

/// `form::MAX_CHARS` as the attribute the browser enforces.
const MAX_LENGTH: &str = "64";
const _: () = assert!(crate::form::MAX_CHARS == 64);

/// A checkbox whose whole row is the tap target.
pub fn check(
    lang: Lang,
    id: &'static str,
    label: Text,
    checked: bool,
    on_change: Callback<bool>,
) -> Html {
    checkbox(AttrValue::Static(id), label.get(lang), checked, on_change)
}

/// A checkbox with any id and label (e.g. one per item of evidence).
pub fn checkbox(id: AttrValue, label: &str, checked: bool, on_change: Callback<bool>) -> Html {
    let onchange = Callback::from(move |e: Event| {
        let input: HtmlInputElement = e.target_unchecked_into();
        on_change.emit(input.checked());
    });
    html! {
        <label class="check" for={id.clone()}>
            <input type="checkbox" {id} {checked} {onchange} />
            <span>{ label.to_string() }</span>
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

/// A radio group as a fieldset, so the question (`legend`) is read with each option.
pub fn radio_group(
    lang: Lang,
    name: &'static str,
    legend: Option<Text>,
    choices: Vec<Choice>,
) -> Html {
    html! {
        <fieldset class="choice">
            if let Some(legend) = legend {
                <legend class="choice__question">{ legend.get(lang) }</legend>
            }
            { for choices.iter().map(|c| {
                let on_select = c.on_select.clone();
                let onchange = Callback::from(move |_: Event| on_select.emit(()));
                html! {
                    <label class="check" for={c.id}>
                        <input type="radio" {name} id={c.id} checked={c.checked} {onchange} />
                        <span>{ c.label.get(lang) }</span>
                    </label>
                }
            }) }
        </fieldset>
    }
}
