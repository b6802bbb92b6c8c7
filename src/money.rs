//! Money in integer fen (分). Every operation is checked: an overflow is a value the caller must
//! handle, never a panic and never a wrapped number.

use serde::{Deserialize, Serialize};

/// Fen per yuan (元).
pub const FEN_PER_YUAN: i64 = 100;

/// The largest amount anyone may enter: ¥100,000,000,000 (一千亿元). Far above any consumer claim,
/// far below i64::MAX, so a sum of many such amounts still fits.
pub const MAX_INPUT: Money = Money(100_000_000_000 * FEN_PER_YUAN);

/// An amount of renminbi in fen. Never negative when it comes from user input.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Money(i64);

/// An arithmetic result that does not fit: shown to the user as "the amount is too large".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Overflow;

impl Money {
    pub const ZERO: Money = Money(0);

    pub const fn from_fen(fen: i64) -> Money {
        Money(fen)
    }

    pub const fn from_yuan(yuan: i64) -> Money {
        Money(yuan * FEN_PER_YUAN)
    }

    pub const fn fen(self) -> i64 {
        self.0
    }

    pub fn checked_add(self, other: Money) -> Result<Money, Overflow> {
        self.0.checked_add(other.0).map(Money).ok_or(Overflow)
    }

    pub fn checked_sub(self, other: Money) -> Result<Money, Overflow> {
        self.0.checked_sub(other.0).map(Money).ok_or(Overflow)
    }

    /// Multiplies by a whole number (a count of records, a multiplier such as 3×).
    pub fn checked_mul(self, n: u64) -> Result<Money, Overflow> {
        i64::try_from(n)
            .ok()
            .and_then(|n| self.0.checked_mul(n))
            .map(Money)
            .ok_or(Overflow)
    }

    /// Multiplies by `numerator / denominator` and rounds half-up to the fen: the one place where
    /// the engine rounds. Half-up (四舍五入) is how Chinese courts and fee tables round fen.
    /// Works in i128 so the intermediate product cannot overflow; fails on a zero denominator or
    /// a result outside i64.
    pub fn mul_ratio_round_half_up(
        self,
        numerator: u64,
        denominator: u64,
    ) -> Result<Money, Overflow> {
        if denominator == 0 || self.0 < 0 {
            return Err(Overflow);
        }
        let product = i128::from(self.0) * i128::from(numerator);
        let d = i128::from(denominator);
        let rounded = (product + d / 2) / d;
        i64::try_from(rounded).map(Money).map_err(|_| Overflow)
    }

    /// Sums amounts, failing on the first overflow.
    pub fn checked_sum<I: IntoIterator<Item = Money>>(items: I) -> Result<Money, Overflow> {
        items
            .into_iter()
            .try_fold(Money::ZERO, |acc, m| acc.checked_add(m))
    }

    pub fn is_zero(self) -> bool {
        self.0 == 0
    }

    /// `34,000` or `4,777.48`: thousands grouped, the fen only when there are any, as a result
    /// reads a figure (to the yuan unless the figure has fen).
    pub fn figures(self) -> String {
        self.written(group_thousands)
    }

    /// `34,000.00`: always two decimals, as a legal document writes a sum after 人民币.
    pub fn figures_with_fen(self) -> String {
        let (sign, yuan, fen) = self.parts();
        format!("{sign}{}.{fen:02}", group_thousands(yuan))
    }

    /// The sign, the whole yuan and the fen left over.
    fn parts(self) -> (&'static str, u64, u64) {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        (sign, abs / FEN_PER_YUAN as u64, abs % FEN_PER_YUAN as u64)
    }

    /// The amount as a person would type it back into a field: `34000`, `0.85`.
    pub fn to_plain(self) -> String {
        self.written(|yuan| yuan.to_string())
    }

    /// The whole yuan as `whole` writes them, then the fen only when there are any.
    fn written(self, whole: fn(u64) -> String) -> String {
        let (sign, yuan, fen) = self.parts();
        match fen {
            0 => format!("{sign}{}", whole(yuan)),
            _ => format!("{sign}{}.{fen:02}", whole(yuan)),
        }
    }
}

/// `1234567` -> `1,234,567`.
pub fn group_thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_grouped_with_fen_only_when_there_are_any() {
        assert_eq!(Money::from_yuan(34_000).figures(), "34,000");
        assert_eq!(Money::from_fen(85).figures(), "0.85");
        assert_eq!(Money::from_fen(5).figures(), "0.05");
        assert_eq!(Money::from_fen(477_748).figures(), "4,777.48");
        assert_eq!(Money::from_fen(477_740).figures(), "4,777.40");
        assert_eq!(Money::ZERO.figures(), "0");
        assert_eq!(MAX_INPUT.figures(), "100,000,000,000");
        assert_eq!(Money::from_fen(-150).figures(), "-1.50");
        assert_eq!(Money::from_yuan(34_000).figures_with_fen(), "34,000.00");
        assert_eq!(Money::ZERO.figures_with_fen(), "0.00");
    }

    #[test]
    fn rounds_half_up_to_the_fen() {
        // ¥34,000 / 40,000 records = ¥0.85 exactly.
        let m = Money::from_yuan(34_000);
        assert_eq!(
            m.mul_ratio_round_half_up(1, 40_000),
            Ok(Money::from_fen(85))
        );
        // 1 fen / 2 = 0.5 fen -> rounds up to 1 fen; 1 fen / 3 -> 0.
        assert_eq!(
            Money::from_fen(1).mul_ratio_round_half_up(1, 2),
            Ok(Money::from_fen(1))
        );
        assert_eq!(
            Money::from_fen(1).mul_ratio_round_half_up(1, 3),
            Ok(Money::ZERO)
        );
        // 2.5% of ¥24,000 = ¥600.
        assert_eq!(
            m.checked_sub(Money::from_yuan(10_000))
                .unwrap()
                .mul_ratio_round_half_up(25, 1000),
            Ok(Money::from_yuan(600))
        );
        assert_eq!(
            Money::from_fen(7).mul_ratio_round_half_up(1, 0),
            Err(Overflow)
        );
    }

    #[test]
    fn overflow_is_an_error_not_a_panic() {
        let big = Money::from_fen(i64::MAX);
        assert_eq!(big.checked_add(Money::from_fen(1)), Err(Overflow));
        assert_eq!(
            Money::from_fen(i64::MIN).checked_sub(Money::from_fen(1)),
            Err(Overflow)
        );
        assert_eq!(big.checked_mul(2), Err(Overflow));
        assert_eq!(Money::from_fen(1).checked_mul(u64::MAX), Err(Overflow));
        assert_eq!(big.mul_ratio_round_half_up(3, 1), Err(Overflow));
        assert_eq!(Money::checked_sum([big, big]), Err(Overflow));
    }
}
