//! 迟延履行期间的债务利息: a judgment debtor who pays late pays the doubled portion of interest,
//! the unpaid sum × 0.0175% a day × the days of delay (民事诉讼法 264; 法释〔2014〕8号 art. 1), from
//! the day after the deadline (art. 2). Ordinary interest is due only where the judgment orders it.

use crate::date::Date;
use crate::money::{Money, Overflow};

/// 日万分之一点七五: 1.75 per 10,000 a day, as a ratio of whole numbers.
const PER_DAY: (u64, u64) = (175, 1_000_000);

/// The days of delay: from the day after `deadline` to `paid_on`, both counted; none if paid
/// by the deadline.
pub fn days_late(deadline: Date, paid_on: Date) -> u64 {
    u64::try_from(deadline.days_until(paid_on)).unwrap_or(0)
}

/// The doubled portion for `days` of delay on `unpaid`, rounded half-up to the fen once.
pub fn doubled_portion(unpaid: Money, days: u64) -> Result<Money, Overflow> {
    let rate = PER_DAY.0.checked_mul(days).ok_or(Overflow)?;
    unpaid.mul_ratio_round_half_up(rate, PER_DAY.1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_from_the_day_after_the_deadline() {
        let deadline = Date::ymd(2025, 1, 10);
        assert_eq!(days_late(deadline, Date::ymd(2025, 1, 10)), 0);
        assert_eq!(days_late(deadline, Date::ymd(2025, 1, 11)), 1);
        assert_eq!(days_late(deadline, Date::ymd(2025, 1, 1)), 0, "paid early");
        assert_eq!(days_late(deadline, Date::ymd(2026, 1, 10)), 365);
    }

    #[test]
    fn doubled_portion_is_unpaid_times_rate_times_days() {
        let m = Money::from_yuan;
        assert_eq!(doubled_portion(m(34_000), 100), Ok(m(595)));
        assert_eq!(doubled_portion(m(10_000), 1), Ok(Money::from_fen(175)));
        assert_eq!(doubled_portion(m(1), 1), Ok(Money::ZERO), "0.0175 fen");
        assert_eq!(
            doubled_portion(Money::from_fen(2_858), 1),
            Ok(Money::from_fen(1)),
            "0.50015 fen"
        );
        assert_eq!(doubled_portion(m(0), 1000), Ok(Money::ZERO));
    }
}
