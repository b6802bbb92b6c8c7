//! The teacher area of the full calculator: what is not current law and no consumer needs, set
//! apart: the reform sandbox (the literature's punitive damages for personal information) and the
//! scholars' proposals on the burden of proof.

use super::burden::{self, BurdenHandlers};
use super::fields::FormView;
use super::model::Model;
use crate::form::Flag;
use crate::i18n::Text;
use yew::prelude::*;

pub fn teacher_area(view: &FormView, model: &Model, on: &BurdenHandlers) -> Html {
    let lang = view.lang;
    html! {
        <details class="teacher" id="teacher" open={view.form.flag(Flag::Reform) || model.reform_view}>
            <summary class="cue">{ Text::TeacherArea.get(lang) }</summary>
            <p class="field__hint">{ Text::TeacherAreaIntro.get(lang) }</p>
            if view.form.flag(Flag::ClaimPersonalInformation) {
                { super::form::reform::sandbox_form(view) }
            }
            if !model.inputs.explainers.is_empty() {
                { burden::proposals(lang, model, on) }
            }
        </details>
    }
}
