//! Who pays: the allocator beside the result. It shows, for the situation the user picks, what
//! may be asked of the seller and of the platform, and their shares between themselves.

use super::amount::amount_html;
use super::fields::FormView;
use super::model::Inputs;
use super::result::provision_list;
use crate::form::{Alloc, Field};
use crate::i18n::{self, Lang, Text};
use crate::law::liability::{Allocation, Party, Reading};
use crate::law::Amount;
use yew::prelude::*;

/// The panel, once there is a result to share out; the allocation itself is the model's
/// (`Computed::who_pays`), on the figure of the claim the situation is about.
pub fn who_pays(view: &FormView, inputs: &Inputs) -> Html {
    let lang = view.lang;
    let Some(Ok(a)) = &inputs.result.assessment else {
        return html! {};
    };
    if a.total().is_none() {
        return html! {};
    }
    let situations = [
        Alloc::KnewAndDidNothing,
        Alloc::FoodPlatform,
        Alloc::JointProcessors,
        Alloc::JointTortfeasors,
        Alloc::SeparateShares,
        Alloc::ScamAfterLeak,
        Alloc::FailedToVet,
        Alloc::SellerUnidentified,
        Alloc::IgnoredNotice,
    ];
    html! {
        <section class="who-pays" id="who-pays" aria-labelledby="who-pays-heading">
            <h2 id="who-pays-heading">{ Text::WhoPaysHeading.get(lang) }</h2>
            <p>{ Text::WhoPaysIntro.get(lang) }</p>
            { view.choices(Some(Text::WhoPaysQuestion), &situations) }
            if view.form.choice() == Some(Alloc::FailedToVet) {
                { view.choices(Some(Text::ReadingQuestion), &[Reading::Supplementary, Reading::Proportional]) }
            }
            { view.field(Field::AllocShare) }
            { view.field(Field::AllocEnlarged) }
            if let Some(allocation) = &inputs.result.who_pays {
                { allocation_view(lang, allocation) }
            }
        </section>
    }
}

fn allocation_view(lang: Lang, a: &Allocation) -> Html {
    html! {
        <>
            <p>{ i18n::allocation_basis(lang, a) }</p>
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
