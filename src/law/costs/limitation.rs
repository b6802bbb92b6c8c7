//! 诉讼时效: three years from the day the person knew or should have known of the harm and who
//! caused it (民法典 188; 民法总则 188 from 2017-10-01). Counted as the Civil Code counts periods:
//! the first day is not counted and a period of years ends on the corresponding day, or the
//! month's last day where there is none (201, 202; `Date::plus_years`). A last day that is a
//! statutory holiday moves to the day after it (203): weekends are found here, public holidays
//! (set each year by the State Council) are not, so the page says so. A harm known before
//! 2017-10-01 had two years under 民法通则 135: three if they were still running that day, none
//! if they had run out (2018 interpretation, arts. 2 and 3). Claims to stop an infringement,
//! delete or apologise are not time-barred (995).

use crate::date::Date;
use crate::law::statutes::general_provisions_2017;

/// Which rule set the period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// Three years (188).
    ThreeYears,
    /// Known before 2017-10-01, the two years still running that day: three years.
    MovedToThree,
    /// Known before 2017-10-01, the two years already over by then: they stay over.
    TwoYearsRunOut,
}

/// The last day of the period, and the rule that set it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    pub last: Date,
    pub rule: Rule,
}

/// Where the money claims stand on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// Within the period, with this many days left (the last day counted).
    InTime { days_left: u64 },
    /// The period ended: the claim looks time-barred unless it was suspended or interrupted.
    Expired,
}

/// The period for a harm known on `knew_on`; `None` beyond the dates the app accepts.
pub fn period(knew_on: Date) -> Option<Period> {
    let three = Period {
        last: knew_on.plus_years(3)?,
        rule: Rule::ThreeYears,
    };
    let reform = general_provisions_2017::LAW.in_force;
    if knew_on >= reform {
        return Some(three);
    }
    let two = knew_on.plus_years(2)?;
    Some(match two >= reform {
        true => Period {
            rule: Rule::MovedToThree,
            ..three
        },
        false => Period {
            last: two,
            rule: Rule::TwoYearsRunOut,
        },
    })
}

/// The Monday after a last day that falls on a weekend: where 203 moves it, unless that
/// Saturday or Sunday was made a working day (调休).
pub fn after_weekend(last: Date) -> Option<Date> {
    match last.days_since_monday() {
        5 => last.plus_days(2),
        6 => last.plus_days(1),
        _ => None,
    }
}

/// Where the claims stand on `as_of`, for a period ending on `last` (taken as it is, never
/// moved past a weekend: the safe reading).
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
        let last = period(knew).unwrap().last;
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
            period(Date::ymd(2024, 2, 29)).unwrap().last,
            Date::ymd(2027, 2, 28)
        );
    }

    #[test]
    fn a_weekend_last_day_moves_to_the_monday() {
        // 2026-05-10 is a Sunday, 2026-05-09 a Saturday.
        assert_eq!(
            after_weekend(Date::ymd(2026, 5, 10)),
            Some(Date::ymd(2026, 5, 11))
        );
        assert_eq!(
            after_weekend(Date::ymd(2026, 5, 9)),
            Some(Date::ymd(2026, 5, 11))
        );
        assert_eq!(after_weekend(Date::ymd(2026, 5, 11)), None);
    }

    #[test]
    fn before_october_2017_two_years_still_running_became_three() {
        // Two years from 2015-10-01 end on 2017-10-01, the day 民法总则 came in: still running.
        let moved = period(Date::ymd(2015, 10, 1)).unwrap();
        assert_eq!(moved.rule, Rule::MovedToThree);
        assert_eq!(moved.last, Date::ymd(2018, 10, 1));
        // A day earlier they ended on 2017-09-30 and stay over.
        let over = period(Date::ymd(2015, 9, 30)).unwrap();
        assert_eq!(over.rule, Rule::TwoYearsRunOut);
        assert_eq!(over.last, Date::ymd(2017, 9, 30));
        assert_eq!(
            period(Date::ymd(2017, 10, 1)).unwrap().rule,
            Rule::ThreeYears
        );
    }
}
