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
    fn orders_as_the_calendar() {
        assert!(Date::ymd(2021, 10, 31) < Date::ymd(2021, 11, 1));
        assert!(Date::ymd(2020, 12, 31) < Date::ymd(2021, 1, 1));
    }
}
