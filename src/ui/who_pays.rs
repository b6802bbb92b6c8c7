//! Who pays: the allocator beside the result. It shows, for the situation the user picks, what
//! may be asked of the seller and of the platform, and their shares between themselves.

use super::amount::amount_html;
use super::fields::{field_view, radio_group};
use super::model::{Action, Model};
use super::result::provision_list;
use crate::form::{Alloc, Field, FieldError};
use crate::i18n::{self, Lang, Text};
use crate::law::liability::{allocate_claim, Party, Reading};
use crate::law::{Amount, Assessment};
use yew::prelude::*;

pub fn who_pays(
    lang: Lang,
    model: &Model,
    errors: &[FieldError],
    dispatch: &UseReducerDispatcher<Model>,
) -> Html {
    let Some(Ok(a)) = &model.result else {
        return html! {};
    };
    if a.total().is_none() {
        return html! {};
    }
    let form = &model.form;
    let choice =
        |id, label, checked, action| super::form_view::choice(dispatch, id, label, checked, action);
    let alloc = |id, label, value: Alloc| {
        choice(
            id,
            label,
            form.alloc == Some(value),
            Action::SetAlloc(value),
        )
    };
    let reading = |id, label, value: Reading| {
        choice(id, label, form.reading == value, Action::SetReading(value))
    };
    let on_text = super::fields::on_text(dispatch);
    let field = |f: Field| match form.is_active(f) {
        true => field_view(lang, form, errors, f, &on_text),
        false => html! {},
    };
    html! {
        <section class="who-pays" id="who-pays" aria-labelledby="who-pays-heading">
            <h2 id="who-pays-heading">{ Text::WhoPaysHeading.get(lang) }</h2>
            <p>{ Text::WhoPaysIntro.get(lang) }</p>
            { radio_group(lang, "alloc", Some(Text::WhoPaysQuestion), vec![
                alloc("alloc-knew", Text::AllocKnew, Alloc::KnewAndDidNothing),
                alloc("alloc-food-platform", Text::AllocFoodPlatform, Alloc::FoodPlatform),
                alloc("alloc-joint-processors", Text::AllocJointProcessors, Alloc::JointProcessors),
                alloc("alloc-joint-tortfeasors", Text::AllocJointTortfeasors, Alloc::JointTortfeasors),
                alloc("alloc-shares", Text::AllocShares, Alloc::SeparateShares),
                alloc("alloc-scam", Text::AllocScam, Alloc::ScamAfterLeak),
                alloc("alloc-failed-to-vet", Text::AllocFailedToVet, Alloc::FailedToVet),
                alloc("alloc-unidentified", Text::AllocUnidentified, Alloc::SellerUnidentified),
                alloc("alloc-notice", Text::AllocNotice, Alloc::IgnoredNotice),
            ]) }
            if form.alloc == Some(Alloc::FailedToVet) {
                { radio_group(lang, "reading", Some(Text::ReadingQuestion), vec![
                    reading("reading-supplementary", Text::ReadingSupplementary, Reading::Supplementary),
                    reading("reading-proportional", Text::ReadingProportional, Reading::Proportional),
                ]) }
            }
            { field(Field::AllocShare) }
            { field(Field::AllocEnlarged) }
            { allocation(lang, a, form) }
        </section>
    }
}

fn allocation(lang: Lang, assessment: &Assessment, form: &crate::form::FormState) -> Html {
    let Some(Ok(Some(a))) = form.situation().map(|s| allocate_claim(assessment, s)) else {
        return html! {};
    };
    html! {
        <>
            <p>{ i18n::allocation_basis(lang, &a) }</p>
            if matches!(a.figure, Amount::Range { .. }) {
                <p class="field__hint">{ Text::WhoPaysRangeNote.get(lang) }</p>
            }
            <ul class="pays" id="allocation">
                { for a.rows.iter().map(|r| html! {
                    <li class="pay" data-party={party_id(r.party)}>
                        <p class="pay__head">
                            <strong>{ i18n::party(r.party).get(lang) }</strong>
                            <span>{ Text::MayAsk.get(lang) }{ Text::LabelSeparator.get(lang) }<strong class="pay__amount">{ amount_html(lang, r.may_ask) }</strong></span>
                        </p>
                        if let Some(share) = r.internal {
                            <p class="pay__share">{ Text::InternalShare.get(lang) }{ Text::LabelSeparator.get(lang) }{ amount_html(lang, share) }</p>
                        }
                        <p>{ i18n::render(lang, &r.msg) }</p>
                    </li>
                }) }
            </ul>
            { provision_list(lang, &a.provisions) }
        </>
    }
}

fn party_id(p: Party) -> &'static str {
    match p {
        Party::Seller => "seller",
        Party::Platform => "platform",
        Party::Business => "business",
        Party::CoProcessor => "co-processor",
        Party::Fraudster => "fraudster",
    }
}
