//! What the costs panel asks: a judgment's unpaid sum and dates, and the dates of the
//! limitation period.

use super::{Field, Flag, FormState, Parsed};
use crate::law::costs::{ClaimedAmounts, CostsInput, Procedure};

/// What the costs panel was given (a bad or empty field counts as not given).
pub fn input(form: &FormState, parsed: &Parsed) -> CostsInput {
    CostsInput {
        procedure: form
            .is_on(Flag::Simplified)
            .then_some(Procedure::Simplified),
        claimed: ClaimedAmounts {
            personal_information: parsed.amount(Field::ClaimedPiTotal),
            purchase: parsed.amount(Field::ClaimedPurchaseTotal),
        },
        unpaid: parsed.amount(Field::JudgmentUnpaid),
        deadline: parsed.date(Field::PayDeadline),
        paid_on: parsed.date(Field::PaidOn),
        knew_on: parsed.date(Field::KnewOn),
        as_of: parsed.date(Field::AsOf),
    }
}
