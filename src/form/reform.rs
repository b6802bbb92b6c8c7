//! The reform sandbox's parameters: a multiple of the gain, an amount per record, a cap.

use super::personal_information::{fits, gain};
use super::{Field, FormState, Parsed};
use crate::law::personal_information::property::{gain_figure, records_of};
use crate::law::ReformProposal;
use crate::money::Money;
use crate::parse::InputError;

pub fn proposal(parsed: &Parsed) -> ReformProposal {
    ReformProposal {
        gain_multiple: parsed.count(Field::ReformMultiple).map(|c| c.n),
        per_record: parsed.amount(Field::ReformPerRecord),
        cap: parsed.amount(Field::ReformCap),
    }
}

/// The proposal's figures are products of the claim's: a multiple or a rate that takes one
/// above the input limit is an error on the parameter, not an overflow that names no field.
pub fn check(form: &FormState, parsed: &mut Parsed) {
    let gain = gain(form, parsed);
    let figure = gain_figure(gain).ok().flatten().unwrap_or(Money::ZERO);
    if let Some(k) = parsed.count(Field::ReformMultiple) {
        if !fits(figure.checked_mul(k.n)) {
            parsed.reject(Field::ReformMultiple, InputError::TooLarge);
        }
    }
    if let Some(rate) = parsed.amount(Field::ReformPerRecord) {
        if !fits(rate.checked_mul(records_of(gain))) {
            parsed.reject(Field::ReformPerRecord, InputError::TooLarge);
        }
    }
}

/// The form that shows a proposal, as a preset loads it.
pub fn put(form: &mut FormState, r: &ReformProposal) {
    form.set_flag(super::Flag::Reform, true);
    form.put(
        Field::ReformMultiple,
        r.gain_multiple.map(|n| n.to_string()),
    );
    form.put(Field::ReformPerRecord, r.per_record.map(Money::to_plain));
    form.put(Field::ReformCap, r.cap.map(Money::to_plain));
}
