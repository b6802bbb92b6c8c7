//! What the costs panel asks: a judgment's unpaid sum and dates, and the dates of the
//! limitation period.

use super::{Field, Parsed};
use crate::law::costs::CostsInput;

/// What the costs panel was given (a bad or empty field counts as not given).
pub fn input(parsed: &Parsed) -> CostsInput {
    CostsInput {
        unpaid: parsed.amount(Field::JudgmentUnpaid),
        deadline: parsed.date(Field::PayDeadline),
        paid_on: parsed.date(Field::PaidOn),
        knew_on: parsed.date(Field::KnewOn),
        as_of: parsed.date(Field::AsOf),
    }
}
