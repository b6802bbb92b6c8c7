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
        // Not given: the day of the purchase or of the conduct, the earliest the user can have
        // known (the page says so), so the last day shown is never too late.
        knew_on: parsed
            .date(Field::KnewOn)
            .or(parsed.date(Field::PurchaseDate))
            .or(parsed.date(Field::ConductDate)),
        as_of: parsed.date(Field::AsOf),
    }
}
