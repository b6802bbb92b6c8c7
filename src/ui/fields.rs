//! Form controls: a text field with its label, hint and inline error; a checkbox; a radio group.
//! Each takes its words and id from the form's table (`form::controls`), and reports to the
//! model through `Handlers`, three narrow callbacks.
//!
//! The controls here are plain functions, not components: they keep no state, and each
//! component adds its own lifecycle code to the wasm bundle.

use crate::form::{Choice, Field, FieldError, Flag, FormState, Kind, Picked};
use crate::i18n::{self, Lang, Text};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// What a form control tells the model.
#[derive(Clone, PartialEq)]
pub struct Handlers {
    /// A field's new text, or `None` when the user leaves it (from then on its error shows).
    pub text: Callback<(Field, Option<String>)>,
    pub flag: Callback<(Flag, bool)>,
    pub choose: Callback<Picked>,
}

/// The form as a view draws it: what was typed, the errors to show, and where to report.
pub struct FormView<'a> {
    pub lang: Lang,
    pub form: &'a FormState,
    /// The errors of fields the user has left.
    pub shown: &'a [FieldError],
    pub on: &'a Handlers,
}

impl FormView<'_> {
    /// A text field, if the form shows it.
    pub fn field(&self, field: Field) -> Html {
        if !self.form.is_active(field) {
            return html! {};
        }
        let error = self.shown.iter().find(|e| e.field == field).map(error_text);
        text_field(
            self.lang,
            field,
            self.form.text(field),
            error,
            &self.on.text,
        )
    }

    /// A checkbox, if the form shows it.
    pub fn flag(&self, flag: Flag) -> Html {
        if !flag.is_shown(self.form) {
            return html! {};
        }
        let on_change = self.on.flag.reform(move |on| (flag, on));
        let label = flag.label().get(self.lang);
        checkbox(
            AttrValue::Static(flag.id()),
            label,
            self.form.flag(flag),
            on_change,
        )
    }

    /// A radio group over `options`, each with its own words.
    pub fn choices<C: Choice>(&self, legend: Option<Text>, options: &[C]) -> Html {
        self.choices_worded(legend, options, C::label)
    }

    /// A radio group whose options read otherwise than the table says (e.g. for a public-interest
    /// plaintiff).
    pub fn choices_worded<C: Choice>(
        &self,
        legend: Option<Text>,
        options: &[C],
        label: fn(C) -> Text,
    ) -> Html {
        let chosen = self.form.shown_choice::<C>();
        let options: Vec<Option_> = options
            .iter()
            .map(|c| Option_ {
                id: c.id(),
                label: label(*c),
                checked: chosen == Some(*c),
                picked: c.picked(),
            })
            .collect();
        radio_group(self.lang, C::GROUP.name(), legend, options, &self.on.choose)
    }
}

/// For the error summary's links: a fragment link scrolls but does not focus, so focus the
/// field's input explicitly.
pub fn focus_on_click(field: Field) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| {
        if super::browser::focus(field.id()) {
            e.prevent_default();
        }
    })
}

/// What an error says next to its field, in the summary and in the live region: a count and an
/// amount word "not a number" differently.
pub fn error_text(e: &FieldError) -> Text {
    i18n::input_error(e.error, e.field.kind() == Kind::Count)
}

/// A labelled input. Amounts and counts are typed as text (`inputmode="decimal"`) so `3.4万`
/// and `¥34,000` are accepted; a date is a date input. The error, when any, is linked by
/// `aria-describedby`.
pub fn text_field(
    lang: Lang,
    field: Field,
    value: &str,
    error: Option<Text>,
    on_input: &Callback<(Field, Option<String>)>,
) -> Html {
    let id = field.id();
    let hint = field.hint();
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
            cb.emit((field, Some(super::browser::clean_value(&input))));
        })
    };
    let onblur = on_input.reform(move |_: FocusEvent| (field, None));
    let (kind, inputmode) = match field.kind() {
        Kind::Date => ("date", None),
        Kind::Money | Kind::Count => ("text", Some("decimal")),
    };
    html! {
        <div class={classes!("field", error.map(|_| "field--error"))}>
            <label for={id}>{ field.label().get(lang) }</label>
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

/// A checkbox whose whole row is the tap target. `autocomplete="off"`: a reload or Back must not
/// let the browser put back a state of its own into the prerendered page.
pub fn checkbox(id: AttrValue, label: &str, checked: bool, on_change: Callback<bool>) -> Html {
    let onchange = Callback::from(move |e: Event| {
        let input: HtmlInputElement = e.target_unchecked_into();
        on_change.emit(input.checked());
    });
    html! {
        <label class="check" for={id.clone()}>
            <input type="checkbox" {id} {checked} {onchange} autocomplete="off" />
            <span>{ label.to_string() }</span>
        </label>
    }
}

/// One option of a radio group.
struct Option_ {
    id: &'static str,
    label: Text,
    checked: bool,
    picked: Picked,
}

/// A radio group as a fieldset, so the question (`legend`) is read with each option.
fn radio_group(
    lang: Lang,
    name: &'static str,
    legend: Option<Text>,
    options: Vec<Option_>,
    on_choose: &Callback<Picked>,
) -> Html {
    html! {
        <fieldset class="choice">
            if let Some(legend) = legend {
                <legend class="choice__question">{ legend.get(lang) }</legend>
            }
            { for options.into_iter().map(|o| {
                let onchange = on_choose.reform(move |_: Event| o.picked);
                html! {
                    <label class="check" for={o.id}>
                        <input type="radio" {name} id={o.id} checked={o.checked} {onchange} autocomplete="off" />
                        <span>{ o.label.get(lang) }</span>
                    </label>
                }
            }) }
        </fieldset>
    }
}
