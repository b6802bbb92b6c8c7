//! The costs panel: the court fee of each claim on the estimate, late-payment interest on a
//! judgment and the limitation period, each with its rule, and the dates they need.

use super::fields::field_view;
use super::model::Model;
use super::result::{lines_view, notes_list};
use crate::form::{Field, FieldError};
use crate::i18n::{Lang, Text};
use yew::prelude::*;

pub fn costs_panel(
    lang: Lang,
    model: &Model,
    errors: &[FieldError],
    dispatch: &UseReducerDispatcher<Model>,
) -> Html {
    let Some(costs) = &model.costs else {
        return html! {};
    };
    let on_text = super::fields::on_text(dispatch);
    let field = |field: Field| field_view(lang, &model.form, errors, field, &on_text);
    html! {
        <section class="costs" id="costs" aria-labelledby="costs-heading">
            <h2 id="costs-heading">{ Text::CostsHeading.get(lang) }</h2>
            <p>{ Text::CostsIntro.get(lang) }</p>
            { lines_view(lang, &costs.lines) }
            { notes_list(lang, "costs__notes", Some("costs-notes"), None, costs.notes.iter().map(|n| (&n.msg, &n.provisions[..]))) }
            <fieldset>
                <legend>{ Text::CostsLimitationLegend.get(lang) }</legend>
                { field(Field::KnewOn) }
                { field(Field::AsOf) }
            </fieldset>
            <fieldset>
                <legend>{ Text::CostsInterestLegend.get(lang) }</legend>
                { field(Field::JudgmentUnpaid) }
                { field(Field::PayDeadline) }
                { field(Field::PaidOn) }
            </fieldset>
        </section>
    }
}
