//! The personal-information claim's questions, in the order a claimant gathers what they know:
//! the loss, the expenses, the infringer's gain, mental harm, the circumstances, what they ask
//! for; then the route to a fraud claim, and the reform sandbox.

use crate::form::{Field, Flag, GainMode, LossChoice};
use crate::i18n::Text;
use crate::law::Claimant;
use crate::ui::fields::FormView;
use yew::prelude::*;

pub fn questions(view: &FormView, offers_purchase: bool, on_add_fraud: &Callback<()>) -> Html {
    let lang = view.lang;
    let form = view.form;
    let individual = form.value::<Claimant>() == Claimant::Individual;
    let add_fraud = on_add_fraud.reform(|_: MouseEvent| ());
    html! {
        <>
            <section class="form__section" aria-labelledby="loss-heading">
                <h3 id="loss-heading">{ Text::SectionLoss.get(lang) }</h3>
                { view.choices(Some(Text::LossQuestion), &[LossChoice::None, LossChoice::Amount, LossChoice::Unquantifiable]) }
                { view.field(Field::DirectLoss) }
                { view.flag(Flag::ThirdParty) }
                { view.field(Field::Recovered) }
            </section>
            <fieldset>
                <legend>{ Text::SectionExpenses.get(lang) }</legend>
                <div class="grid">
                    { view.field(Field::Investigation) }
                    { view.field(Field::Notarisation) }
                    { view.field(Field::Lawyer) }
                    { view.field(Field::OtherExpenses) }
                </div>
            </fieldset>
            <section class="form__section" aria-labelledby="gain-heading">
                <h3 id="gain-heading">{ Text::SectionGain.get(lang) }</h3>
                { gain_choices(view, individual) }
                { view.field(Field::GainAmount) }
                { view.field(Field::TotalGain) }
                { view.field(Field::AllRecords) }
                { view.field(Field::OwnRecords) }
                { view.field(Field::Records) }
                { view.flag(Flag::MoreRecords) }
                { view.field(Field::PricePerRecord) }
            </section>
            if individual {
                <fieldset>
                    <legend>{ Text::SectionMental.get(lang) }</legend>
                    { view.flag(Flag::Serious) }
                    { view.field(Field::MentalClaimed) }
                </fieldset>
            }
            <fieldset>
                <legend>{ Text::SectionCircumstances.get(lang) }</legend>
                { view.field(Field::ConductDate) }
                { view.flag(Flag::Processor) }
                { view.flag(Flag::ViaNetwork) }
                { view.flag(Flag::Facial) }
                { view.choices(Some(Text::ClaimantQuestion), &[Claimant::Individual, Claimant::PublicInterest]) }
            </fieldset>
            <fieldset>
                <legend>{ Text::SectionClaimed.get(lang) }</legend>
                <p class="field__hint">{ Text::HintClaimed.get(lang) }</p>
                { view.field(Field::ClaimedProperty) }
                { view.field(Field::ClaimedExpenses) }
            </fieldset>
            if individual && offers_purchase && !form.flag(Flag::ClaimPurchase) {
                <div class="route" id="fraud-route">
                    <p>{ Text::FraudRouteHint.get(lang) }</p>
                    <button type="button" class="button" id="add-fraud-claim" onclick={add_fraud}>
                        { Text::FraudRouteButton.get(lang) }
                    </button>
                </div>
            }
        </>
    }
}

/// How the gain is known: an individual's own gain or a pro-rata share; a public-interest suit
/// knows the whole gain.
fn gain_choices(view: &FormView, individual: bool) -> Html {
    if individual {
        return view.choices(
            None,
            &[
                GainMode::Unknown,
                GainMode::Actual,
                GainMode::ProRata,
                GainMode::Estimate,
            ],
        );
    }
    view.choices_worded(
        None,
        &[GainMode::Unknown, GainMode::Actual, GainMode::Estimate],
        |mode| match mode {
            GainMode::Actual => Text::GainModeActualPublic,
            other => crate::form::Choice::label(other),
        },
    )
}
