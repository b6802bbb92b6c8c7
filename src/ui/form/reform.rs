//! The reform sandbox's parameters, set apart from current law.

use crate::form::{Field, Flag};
use crate::i18n::Text;
use crate::ui::fields::FormView;
use yew::prelude::*;

pub fn sandbox_form(view: &FormView) -> Html {
    let lang = view.lang;
    html! {
        <fieldset class="reform-form">
            <legend>{ Text::ReformHeading.get(lang) }</legend>
            { view.flag(Flag::Reform) }
            if view.form.flag(Flag::Reform) {
                <p class="field__hint">{ Text::ReformIntro.get(lang) }</p>
                { view.field(Field::ReformMultiple) }
                { view.field(Field::ReformPerRecord) }
                { view.field(Field::ReformCap) }
            }
        </fieldset>
    }
}
