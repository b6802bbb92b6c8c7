//! The questions: which claims, then each claim's own questions in a file of its own, as the
//! form (`form/`) and the engine (`law/`) are split.

mod personal_information;
mod purchase;
pub mod reform;

use super::fields::FormView;
use crate::embed::Modules;
use crate::form::Flag;
use crate::i18n::Text;
use yew::prelude::*;

/// The form. `on_add_fraud` adds a fraud claim on the price from the personal-information claim.
pub fn form_view(view: &FormView, modules: Option<Modules>, on_add_fraud: &Callback<()>) -> Html {
    let lang = view.lang;
    let offers = modules.unwrap_or(Modules {
        personal_information: true,
        purchase: true,
    });
    let form = view.form;
    html! {
        <form class="form" aria-labelledby="form-heading" novalidate=true autocomplete="off" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <h2 id="form-heading">{ Text::FormHeading.get(lang) }</h2>
            { super::errors::error_summary(lang, view.shown) }
            <fieldset class="claims">
                <legend>{ Text::ClaimsQuestion.get(lang) }</legend>
                if offers.personal_information {
                    { view.flag(Flag::ClaimPersonalInformation) }
                }
                if offers.purchase {
                    { view.flag(Flag::ClaimPurchase) }
                }
            </fieldset>
            if form.flag(Flag::ClaimPersonalInformation) {
                <section class="claim" id="pi-form" aria-labelledby="pi-form-heading">
                    <h3 class="claim__heading" id="pi-form-heading">{ Text::SectionPersonalInformation.get(lang) }</h3>
                    { personal_information::questions(view, offers.purchase, on_add_fraud) }
                </section>
            }
            if form.flag(Flag::ClaimPurchase) {
                <section class="claim" id="purchase-form" aria-labelledby="purchase-form-heading">
                    <h3 class="claim__heading" id="purchase-form-heading">{ Text::SectionPurchase.get(lang) }</h3>
                    { purchase::questions(view) }
                </section>
            }
        </form>
    }
}
