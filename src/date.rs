//! Civil dates (日期): the day a law came into force, the day of the conduct. No time of day and
//! no time zone: the law counts in calendar days.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// A calendar date. Fields are ordered year, month, day, so the derived order is the calendar's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

/// Why a text is not a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BadDate;

impl Date {
    /// A date known to be valid at compile time (statute dates). Panics in const evaluation, so
    /// a wrong constant fails the build, never a user.
    pub const fn ymd(year: u16, month: u8, day: u8) -> Date {
        assert!(month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month));
        Date { year, month, day }
    }

    /// A date from parts that may be wrong (what a user typed).
    pub fn new(year: u16, month: u8, day: u8) -> Result<Date, BadDate> {
        let valid = (1900..=2999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        if valid {
            Ok(Date { year, month, day })
        } else {
            Err(BadDate)
        }
    }

    pub fn year(self) -> u16 {
        self.year
    }

    /// Days since 1970-01-01 (negative before): for counting the days between two dates.
    pub fn day_number(self) -> i64 {
        // Howard Hinnant's days_from_civil, in the proleptic Gregorian calendar.
        let (m, d) = (i64::from(self.month), i64::from(self.day));
        let y = i64::from(self.year) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The days from `self` to `later` (negative if `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        later.day_number() - self.day_number()
    }

    /// The day `n` days on; `None` beyond the dates this app accepts.
    pub fn plus_days(self, n: i64) -> Option<Date> {
        // Howard Hinnant's civil_from_days, the inverse of `day_number`.
        let z = self.day_number().checked_add(n)? + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date::new(
            u16::try_from(year).ok()?,
            u8::try_from(month).ok()?,
            u8::try_from(day).ok()?,
        )
        .ok()
    }

    /// Days after the last Monday: 0 on a Monday, 5 on a Saturday, 6 on a Sunday (1970-01-01 was
    /// a Thursday).
    pub fn days_since_monday(self) -> u8 {
        // rem_euclid(7) is in 0..7, so the cast never truncates.
        (self.day_number() + 3).rem_euclid(7) as u8
    }

    /// The same day `n` years on; the last day of the month where there is no such day (29
    /// February). That is how 民法典 202 ends a period counted in years ("到期月的对应日…没有对应日的，
    /// 月末日"). `None` beyond the dates this app accepts.
    pub fn plus_years(self, n: u16) -> Option<Date> {
        let year = self.year.checked_add(n)?;
        let day = self.day.min(days_in_month(year, self.month));
        Date::new(year, self.month, day).ok()
    }
}

const fn is_leap(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

const fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for Date {
    /// ISO 8601, `2021-11-01`: what `<input type="date">` gives and takes, and how the
    /// official database writes dates.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Date {
    type Err = BadDate;

    /// Reads `2021-11-01` (as a date input gives it); nothing else.
    fn from_str(text: &str) -> Result<Date, BadDate> {
        let mut parts = text.trim().split('-');
        let mut next = |len: usize| {
            parts
                .next()
                .filter(|p| p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
                .and_then(|p| p.parse::<u16>().ok())
                .ok_or(BadDate)
        };
        let (year, month, day) = (next(4)?, next(2)?, next(2)?);
        if parts.next().is_some() {
            return Err(BadDate);
        }
        Date::new(year, month as u8, day as u8)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let text = String::deserialize(d)?;
        text.parse()
            .map_err(|_| serde::de::Error::custom(format!("not a date (YYYY-MM-DD): {text}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_writes_iso_dates() {
        let d: Date = "2021-11-01".parse().unwrap();
        assert_eq!(d, Date::ymd(2021, 11, 1));
        assert_eq!(d.to_string(), "2021-11-01");
        assert_eq!(" 2024-02-29 ".parse(), Ok(Date::ymd(2024, 2, 29)));
    }

    #[test]
    fn rejects_what_is_not_a_calendar_day() {
        for bad in [
            "",
            "2021-1-01",
            "2023-02-29",
            "2100-02-29",
            "2021-13-01",
            "2021-04-31",
            "21-11-01",
            "2021-11-01-1",
            "2021/11/01",
            "１９９９-01-01",
            "2021-00-10",
            "1899-12-31",
        ] {
            assert_eq!(bad.parse::<Date>(), Err(BadDate), "{bad:?}");
        }
        assert_eq!("2000-02-29".parse(), Ok(Date::ymd(2000, 2, 29)));
    }

    #[test]
    fn counts_days_across_months_years_and_leap_days() {
        assert_eq!(Date::ymd(1970, 1, 1).day_number(), 0);
        assert_eq!(Date::ymd(2000, 3, 1).day_number(), 11_017);
        assert_eq!(Date::ymd(2024, 2, 28).days_until(Date::ymd(2024, 3, 1)), 2);
        assert_eq!(Date::ymd(2023, 2, 28).days_until(Date::ymd(2023, 3, 1)), 1);
        assert_eq!(Date::ymd(2024, 1, 1).days_until(Date::ymd(2025, 1, 1)), 366);
        assert_eq!(
            Date::ymd(2025, 1, 1).days_until(Date::ymd(2024, 1, 1)),
            -366
        );
    }

    #[test]
    fn adds_years_to_the_corresponding_day_or_the_month_end() {
        let d = Date::ymd(2023, 5, 10);
        assert_eq!(d.plus_years(3), Some(Date::ymd(2026, 5, 10)));
        assert_eq!(
            Date::ymd(2024, 2, 29).plus_years(3),
            Some(Date::ymd(2027, 2, 28))
        );
        assert_eq!(
            Date::ymd(2024, 2, 29).plus_years(4),
            Some(Date::ymd(2028, 2, 29))
        );
        assert_eq!(Date::ymd(2998, 1, 1).plus_years(3), None);
    }

    #[test]
    fn adds_days_and_knows_the_weekday() {
        let d = Date::ymd(2024, 2, 28);
        assert_eq!(d.plus_days(1), Some(Date::ymd(2024, 2, 29)));
        assert_eq!(d.plus_days(2), Some(Date::ymd(2024, 3, 1)));
        assert_eq!(
            Date::ymd(2025, 12, 31).plus_days(1),
            Some(Date::ymd(2026, 1, 1))
        );
        assert_eq!(Date::ymd(2999, 12, 31).plus_days(1), None);
        assert_eq!(Date::ymd(1970, 1, 1).days_since_monday(), 3, "a Thursday");
        assert_eq!(Date::ymd(2026, 5, 10).days_since_monday(), 6, "a Sunday");
        assert_eq!(Date::ymd(2026, 5, 11).days_since_monday(), 0, "a Monday");
    }

    #[test]
    fn orders_as_the_calendar() {
        assert!(Date::ymd(2021, 10, 31) < Date::ymd(2021, 11, 1));
        assert!(Date::ymd(2020, 12, 31) < Date::ymd(2021, 1, 1));
    }
}
