//! The costs panel: the court fee of each claim on the estimate, late-payment interest on a
//! judgment and the limitation period, each with its rule, and the dates they need.

use super::fields::FormView;
use super::result::{lines_view, notes_list};
use crate::form::{Field, Flag};
use crate::i18n::Text;
use crate::law::costs::Costs;
use yew::prelude::*;

pub fn costs_panel(view: &FormView, costs: &Option<Costs>) -> Html {
    let Some(costs) = costs else {
        return html! {};
    };
    let lang = view.lang;
    let field = |field: Field| view.field(field);
    html! {
        <section class="costs" id="costs" aria-labelledby="costs-heading">
            <h2 id="costs-heading">{ Text::CostsHeading.get(lang) }</h2>
            <p>{ Text::CostsIntro.get(lang) }</p>
            { lines_view(lang, &costs.lines) }
            { notes_list(lang, "costs__notes", Some("costs-notes"), None, costs.notes.iter().map(|n| (&n.msg, &n.provisions[..]))) }
            <fieldset>
                <legend>{ Text::CostsFeeLegend.get(lang) }</legend>
                { field(Field::ClaimedPiTotal) }
                { field(Field::ClaimedPurchaseTotal) }
                { view.flag(Flag::Simplified) }
            </fieldset>
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
