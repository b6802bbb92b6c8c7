//! The purchase claim's questions: which rule, when, the price, the price back, any other loss,
//! the facts that decide whether the punitive amount applies, and a narrower base.

use crate::form::{Field, Flag};
use crate::i18n::Text;
use crate::law::purchase::rules::FAMILIES;
use crate::ui::fields::FormView;
use yew::prelude::*;

pub fn questions(view: &FormView) -> Html {
    let rules = FAMILIES.map(|family| family.rule);
    html! {
        <>
            { view.choices(Some(Text::RuleQuestion), &rules) }
            { view.field(Field::PurchaseDate) }
            { view.field(Field::Price) }
            { view.flag(Flag::Refund) }
            { view.field(Field::Refunded) }
            { view.field(Field::PurchaseLoss) }
            // The facts that decide whether the rule's punitive amount applies at all: the form
            // shows those of the rule chosen.
            { view.flag(Flag::HarmlessFlaw) }
            { view.flag(Flag::Contrived) }
            { view.flag(Flag::BuyerKnew) }
            { view.flag(Flag::SeriousHarm) }
            { view.field(Field::Base) }
            { view.field(Field::ReasonablePart) }
        </>
    }
}
