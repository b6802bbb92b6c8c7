//! 诉讼时效: three years from the day the person knew or should have known of the harm and who
//! caused it (民法典 188). Counted as the Civil Code counts periods: the first day is not counted
//! and a period of years ends on the corresponding day, or the month's last day where there is
//! none (201, 202; `Date::plus_years`). Claims to stop an infringement, delete or apologise are
//! not time-barred (995).

use crate::date::Date;

/// Where the money claims stand on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// Within the period, with this many days left (the last day counted).
    InTime { days_left: u64 },
    /// The period ended: the claim looks time-barred unless it was suspended or interrupted.
    Expired,
}

/// The last day of the three-year period; `None` beyond the dates the app accepts.
pub fn last_day(knew_on: Date) -> Option<Date> {
    knew_on.plus_years(3)
}

/// Where the claims stand on `as_of`, for a period ending on `last`.
pub fn standing(last: Date, as_of: Date) -> Standing {
    match u64::try_from(as_of.days_until(last)) {
        Ok(days_left) => Standing::InTime { days_left },
        Err(_) => Standing::Expired,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_years_to_the_corresponding_day() {
        let knew = Date::ymd(2023, 5, 10);
        let last = last_day(knew).unwrap();
        assert_eq!(last, Date::ymd(2026, 5, 10));
        assert_eq!(
            standing(last, Date::ymd(2026, 5, 10)),
            Standing::InTime { days_left: 0 }
        );
        assert_eq!(standing(last, Date::ymd(2026, 5, 11)), Standing::Expired);
        assert_eq!(
            standing(last, Date::ymd(2026, 5, 1)),
            Standing::InTime { days_left: 9 }
        );
        assert_eq!(
            last_day(Date::ymd(2024, 2, 29)),
            Some(Date::ymd(2027, 2, 28))
        );
    }
}
