//! The questions, in the order a claimant gathers what they know: the loss, the expenses, the
//! infringer's gain, mental harm, the circumstances, and what they ask for.

use super::fields::{check, field_view, radio_group, Choice};
use super::model::{Action, Model};
use crate::embed::Modules;
use crate::form::Flag;
use crate::form::{Field, FieldError, GainMode, LossChoice};
use crate::i18n::{Lang, Text};
use crate::law::{Claimant, PurchaseRule};
use yew::prelude::*;

pub fn form_view(
    lang: Lang,
    model: &Model,
    errors: &[FieldError],
    modules: Option<Modules>,
    dispatch: &UseReducerDispatcher<Model>,
) -> Html {
    let offers = modules.unwrap_or(Modules {
        personal_information: true,
        purchase: true,
    });
    let form = &model.form;
    let on_text = super::fields::on_text(dispatch);
    let field = |field: Field| {
        if !form.is_active(field) {
            return html! {};
        }
        field_view(lang, form, errors, field, &on_text)
    };
    let flag = |flag: Flag, label: Text| {
        let checked = form.flag(flag);
        let id = flag.id();
        let on_change = dispatch
            .to_callback()
            .reform(move |on| Action::SetFlag(flag, on));
        check(lang, id, label, checked, on_change)
    };
    let choice = |id, label, checked, action| choice(dispatch, id, label, checked, action);
    let loss = |id, label, value: LossChoice| {
        choice(id, label, form.loss == Some(value), Action::SetLoss(value))
    };
    let individual = form.claimant == Claimant::Individual;
    let gain = |id, label, mode: GainMode| {
        choice(id, label, form.gain_mode == mode, Action::SetGainMode(mode))
    };
    let mut gain_choices = vec![gain(
        "gain-unknown",
        Text::GainModeUnknown,
        GainMode::Unknown,
    )];
    if individual {
        gain_choices.push(gain("gain-actual", Text::GainModeActual, GainMode::Actual));
        gain_choices.push(gain(
            "gain-pro-rata",
            Text::GainModeProRata,
            GainMode::ProRata,
        ));
    } else {
        gain_choices.push(gain(
            "gain-actual",
            Text::GainModeActualPublic,
            GainMode::Actual,
        ));
    }
    gain_choices.push(gain(
        "gain-estimate",
        Text::GainModeEstimate,
        GainMode::Estimate,
    ));
    let claimant = |id, label, value: Claimant| {
        choice(
            id,
            label,
            form.claimant == value,
            Action::SetClaimant(value),
        )
    };
    let rule = |id, label, value: PurchaseRule| {
        choice(
            id,
            label,
            form.purchase_rule == value,
            Action::SetPurchaseRule(value),
        )
    };
    let pi = form.flag(Flag::ClaimPersonalInformation);
    let purchase = form.flag(Flag::ClaimPurchase);
    let pi_fields = html! {
        <>
            <section class="form__section" aria-labelledby="loss-heading">
                <h3 id="loss-heading">{ Text::SectionLoss.get(lang) }</h3>
                { radio_group(lang, "loss", Some(Text::LossQuestion), vec![
                    loss("loss-none", Text::LossNone, LossChoice::None),
                    loss("loss-amount", Text::LossAmount, LossChoice::Amount),
                    loss("loss-unquantifiable", Text::LossUnquantifiable, LossChoice::Unquantifiable),
                ]) }
                { field(Field::DirectLoss) }
                if form.loss == Some(LossChoice::Amount) {
                    { flag(Flag::ThirdParty, Text::FieldThirdParty) }
                }
                { field(Field::Recovered) }
            </section>
            <fieldset>
                <legend>{ Text::SectionExpenses.get(lang) }</legend>
                <div class="grid">
                    { field(Field::Investigation) }
                    { field(Field::Notarisation) }
                    { field(Field::Lawyer) }
                    { field(Field::OtherExpenses) }
                </div>
            </fieldset>
            <section class="form__section" aria-labelledby="gain-heading">
                <h3 id="gain-heading">{ Text::SectionGain.get(lang) }</h3>
                { radio_group(lang, "gain-mode", None, gain_choices) }
                { field(Field::GainAmount) }
                { field(Field::TotalGain) }
                { field(Field::AllRecords) }
                { field(Field::OwnRecords) }
                { field(Field::Records) }
                if form.is_active(Field::Records) || form.is_active(Field::AllRecords) {
                    { flag(Flag::MoreRecords, Text::FieldMoreRecords) }
                }
                { field(Field::PricePerRecord) }
            </section>
            if individual {
                <fieldset>
                    <legend>{ Text::SectionMental.get(lang) }</legend>
                    { flag(Flag::Serious, Text::FieldSerious) }
                    { field(Field::MentalClaimed) }
                </fieldset>
            }
            <fieldset>
                <legend>{ Text::SectionCircumstances.get(lang) }</legend>
                { field(Field::ConductDate) }
                { flag(Flag::Processor, Text::FieldProcessor) }
                { flag(Flag::ViaNetwork, Text::FieldViaNetwork) }
                { flag(Flag::Facial, Text::FieldFacial) }
                { radio_group(lang, "claimant", Some(Text::ClaimantQuestion), vec![
                    claimant("claimant-individual", Text::ClaimantIndividual, Claimant::Individual),
                    claimant("claimant-public", Text::ClaimantPublicInterest, Claimant::PublicInterest),
                ]) }
            </fieldset>
            <fieldset>
                <legend>{ Text::SectionClaimed.get(lang) }</legend>
                <p class="field__hint">{ Text::HintClaimed.get(lang) }</p>
                { field(Field::ClaimedProperty) }
                { field(Field::ClaimedExpenses) }
            </fieldset>
            if individual && offers.purchase && !form.flag(Flag::ClaimPurchase) {
                <div class="route" id="fraud-route">
                    <p>{ Text::FraudRouteHint.get(lang) }</p>
                    <button type="button" class="button" id="add-fraud-claim" onclick={dispatch.to_callback().reform(|_: MouseEvent| Action::AddFraudClaim)}>
                        { Text::FraudRouteButton.get(lang) }
                    </button>
                </div>
            }
            <fieldset class="reform-form">
                <legend>{ Text::ReformHeading.get(lang) }</legend>
                { flag(Flag::Reform, Text::ReformToggle) }
                if form.flag(Flag::Reform) {
                    <p class="field__hint">{ Text::ReformIntro.get(lang) }</p>
                    { field(Field::ReformMultiple) }
                    { field(Field::ReformPerRecord) }
                    { field(Field::ReformCap) }
                }
            </fieldset>
        </>
    };
    let rules = vec![
        rule("rule-fraud", Text::RuleFraud, PurchaseRule::Fraud),
        rule("rule-food", Text::RuleFood, PurchaseRule::Food),
        rule("rule-drug", Text::RuleDrug, PurchaseRule::Drug),
        rule(
            "rule-defective",
            Text::RuleDefective,
            PurchaseRule::Defective,
        ),
    ];
    let purchase_fields = html! {
        <>
            { radio_group(lang, "rule", Some(Text::RuleQuestion), rules) }
            { field(Field::PurchaseDate) }
            { field(Field::Price) }
            { flag(Flag::Refund, Text::FieldRefund) }
            { field(Field::PurchaseLoss) }
            { purchase_conditions(form.purchase_rule, &flag) }
            { field(Field::Base) }
        </>
    };
    html! {
        <form class="form" aria-labelledby="form-heading" novalidate=true onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <h2 id="form-heading">{ Text::FormHeading.get(lang) }</h2>
            { super::errors::error_summary(lang, errors) }
            <fieldset class="claims">
                <legend>{ Text::ClaimsQuestion.get(lang) }</legend>
                if offers.personal_information {
                    { flag(Flag::ClaimPersonalInformation, Text::ClaimPersonalInformation) }
                }
                if offers.purchase {
                    { flag(Flag::ClaimPurchase, Text::ClaimPurchase) }
                }
            </fieldset>
            if pi {
                <section class="claim" id="pi-form" aria-labelledby="pi-form-heading">
                    <h3 class="claim__heading" id="pi-form-heading">{ Text::SectionPersonalInformation.get(lang) }</h3>
                    { pi_fields }
                </section>
            }
            if purchase {
                <section class="claim" id="purchase-form" aria-labelledby="purchase-form-heading">
                    <h3 class="claim__heading" id="purchase-form-heading">{ Text::SectionPurchase.get(lang) }</h3>
                    { purchase_fields }
                </section>
            }
        </form>
    }
}

/// The checkboxes that decide whether the rule's punitive amount applies at all.
fn purchase_conditions(rule: PurchaseRule, flag: &dyn Fn(Flag, Text) -> Html) -> Html {
    match rule {
        PurchaseRule::Fraud => html! {
            <>
                { flag(Flag::HarmlessFlaw, Text::FieldHarmlessFlaw) }
                { flag(Flag::Contrived, Text::FieldContrived) }
            </>
        },
        PurchaseRule::Food => html! {
            <>
                { flag(Flag::HarmlessFlaw, Text::FieldHarmlessFlaw) }
                { flag(Flag::BuyerKnew, Text::FieldBuyerKnew) }
                { flag(Flag::Contrived, Text::FieldContrived) }
            </>
        },
        PurchaseRule::Drug => flag(Flag::Contrived, Text::FieldContrived),
        PurchaseRule::Defective => flag(Flag::SeriousHarm, Text::FieldSeriousHarm),
    }
}

/// A radio option that dispatches `action` when chosen.
pub fn choice(
    dispatch: &UseReducerDispatcher<Model>,
    id: &'static str,
    label: Text,
    checked: bool,
    action: Action,
) -> Choice {
    Choice {
        id,
        label,
        checked,
        on_select: dispatch.to_callback().reform(move |()| action.clone()),
    }
}
