//! The purchase claim as the form asks it: the rule, the date, the price, the price back, any
//! other loss, the facts that decide whether the punitive amount applies, and a narrower base.

use super::{Field, Flag, FormState, Parsed};
use crate::law::Purchase;
use crate::money::Money;

/// The purchase, once its price (or, for an injury, its loss) is given.
pub fn claim(form: &FormState, parsed: &Parsed) -> Option<Purchase> {
    if !form.flag(Flag::ClaimPurchase) {
        return None;
    }
    let price = parsed.amount(Field::Price);
    let loss = parsed.amount(Field::PurchaseLoss);
    price.or(loss)?;
    Some(Purchase {
        rule: form.value(),
        date: parsed.date(Field::PurchaseDate),
        price: price.unwrap_or(Money::ZERO),
        base: parsed
            .amount(Field::Base)
            .or(parsed.amount(Field::ReasonablePart)),
        refund: form.is_on(Flag::Refund) && price.is_some(),
        refunded: parsed.amount(Field::Refunded).unwrap_or(Money::ZERO),
        loss,
        harmless_flaw: form.is_on(Flag::HarmlessFlaw),
        contrived: form.is_on(Flag::Contrived),
        buyer_knew: form.is_on(Flag::BuyerKnew),
        serious_harm: form.is_on(Flag::SeriousHarm),
    })
}

/// The form that shows a purchase, as a preset loads it.
pub fn put(form: &mut FormState, p: &Purchase) {
    form.set_flag(Flag::ClaimPurchase, true);
    if p.rule != form.value() {
        form.set_choice(p.rule);
    }
    form.set_flag(Flag::Refund, p.refund);
    form.set_flag(Flag::HarmlessFlaw, p.harmless_flaw);
    form.set_flag(Flag::Contrived, p.contrived);
    form.set_flag(Flag::BuyerKnew, p.buyer_knew);
    form.set_flag(Flag::SeriousHarm, p.serious_harm);
    form.put(Field::PurchaseDate, p.date.map(|d| d.to_string()));
    form.set_text(Field::Price, p.price.to_plain());
    let base = if p.buyer_knew {
        Field::ReasonablePart
    } else {
        Field::Base
    };
    form.put(base, p.base.map(Money::to_plain));
    if !p.refunded.is_zero() {
        form.set_text(Field::Refunded, p.refunded.to_plain());
    }
    form.put(Field::PurchaseLoss, p.loss.map(Money::to_plain));
}
