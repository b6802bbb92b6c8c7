//! Small named mechanisms that rules are written in (as Publicodes' `plafond`, `plancher`…):
//! each computes one step and reports whether it changed anything, so the rule can say so.

use super::amount::Amount;
use crate::money::{Money, Overflow};

/// `base × n`: a multiplier such as 3 × the price, or records × a price per record.
pub fn times(base: Money, n: u64) -> Result<Money, Overflow> {
    base.checked_mul(n)
}

/// At least `minimum` (a statutory floor such as ¥500); true when the floor lifted the amount.
pub fn floor(amount: Money, minimum: Money) -> (Money, bool) {
    if amount < minimum {
        (minimum, true)
    } else {
        (amount, false)
    }
}

/// At most `ceiling` (what the claimant asked for, a legal maximum); true when it bit. A range
/// is clipped bound by bound; an open range gets the ceiling as its top.
pub fn cap(amount: Amount, ceiling: Money) -> (Amount, bool) {
    match amount.bounds() {
        None => (amount, false),
        Some((min, max)) => {
            let bites = max.is_none_or(|max| max > ceiling);
            let capped = Amount::range(
                min.min(ceiling),
                Some(max.map_or(ceiling, |m| m.min(ceiling))),
            );
            (capped, bites)
        }
    }
}

/// The higher of two alternative bases (loss or gain: the claimant argues the one more
/// favourable), bound by bound. An undetermined basis is no alternative.
pub fn higher_of(a: Amount, b: Amount) -> Amount {
    match (a.bounds(), b.bounds()) {
        (None, _) => b,
        (_, None) => a,
        (Some((a_min, a_max)), Some((b_min, b_max))) => {
            let max = match (a_max, b_max) {
                (Some(x), Some(y)) => Some(x.max(y)),
                _ => None,
            };
            Amount::range(a_min.max(b_min), max)
        }
    }
}

/// `total × part ÷ whole`, rounded half-up to the fen: one person's share of a gain from many.
pub fn share(total: Money, part: u64, whole: u64) -> Result<Money, Overflow> {
    total.mul_ratio_round_half_up(part, whole)
}

/// From ¥0 up to `max`: where a court sets a part of a sum (a share of a loss, mental damages up
/// to the claim), never a point.
pub fn up_to(max: Money) -> Amount {
    Amount::range(Money::ZERO, Some(max))
}

/// `total` split by `weights`, to the fen, never losing or inventing one: each gets its share
/// rounded down, and the fen left over go one each to the largest remainders (ties: the earlier
/// party). Zero weights get nothing; all-zero weights are an error.
pub fn split(total: Money, weights: &[u64]) -> Result<Vec<Money>, Overflow> {
    let whole: u128 = weights.iter().map(|w| u128::from(*w)).sum();
    let fen = u128::try_from(total.fen()).map_err(|_| Overflow)?;
    if whole == 0 {
        return Err(Overflow);
    }
    let exact: Vec<(u128, u128)> = weights
        .iter()
        .map(|w| (fen * u128::from(*w) / whole, fen * u128::from(*w) % whole))
        .collect();
    let given: u128 = exact.iter().map(|(q, _)| q).sum();
    let mut order: Vec<usize> = (0..weights.len()).collect();
    order.sort_by(|a, b| exact[*b].1.cmp(&exact[*a].1));
    let mut parts: Vec<u128> = exact.iter().map(|(q, _)| *q).collect();
    for i in order
        .into_iter()
        .take(usize::try_from(fen - given).map_err(|_| Overflow)?)
    {
        parts[i] += 1;
    }
    parts
        .into_iter()
        .map(|p| i64::try_from(p).map(Money::from_fen).map_err(|_| Overflow))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn yuan(y: i64) -> Money {
        Money::from_yuan(y)
    }

    #[test]
    fn times_multiplies_with_fen_and_overflows_as_an_error() {
        assert_eq!(
            times(Money::from_fen(123_457), 3),
            Ok(Money::from_fen(370_371))
        );
        assert_eq!(times(Money::from_fen(i64::MAX), 2), Err(Overflow));
    }

    #[test]
    fn floor_lifts_only_what_is_below() {
        assert_eq!(floor(yuan(300), yuan(500)), (yuan(500), true));
        assert_eq!(floor(yuan(500), yuan(500)), (yuan(500), false));
        assert_eq!(floor(yuan(501), yuan(500)), (yuan(501), false));
    }

    #[test]
    fn cap_clips_each_bound_and_closes_an_open_range() {
        let r = Amount::range(yuan(100), Some(yuan(8_000)));
        assert_eq!(
            cap(r, yuan(5_000)),
            (Amount::range(yuan(100), Some(yuan(5_000))), true)
        );
        assert_eq!(cap(r, yuan(9_000)), (r, false));
        assert_eq!(cap(r, yuan(50)), (Amount::exact(yuan(50)), true));
        let open = Amount::range(yuan(0), None);
        assert_eq!(
            cap(open, yuan(3_000)),
            (Amount::range(yuan(0), Some(yuan(3_000))), true)
        );
        assert_eq!(
            cap(Amount::Undetermined, yuan(1)),
            (Amount::Undetermined, false)
        );
    }

    #[test]
    fn higher_of_takes_each_bound_and_ignores_the_undetermined() {
        let loss = Amount::range(yuan(0), Some(yuan(8_000)));
        let gain = Amount::exact(yuan(3_000));
        assert_eq!(
            higher_of(loss, gain),
            Amount::range(yuan(3_000), Some(yuan(8_000)))
        );
        assert_eq!(higher_of(Amount::Undetermined, gain), gain);
        assert_eq!(higher_of(gain, Amount::Undetermined), gain);
        let open = Amount::range(yuan(1), None);
        assert_eq!(higher_of(open, gain), Amount::range(yuan(3_000), None));
    }

    #[test]
    fn share_rounds_half_up_to_the_fen() {
        assert_eq!(share(yuan(34_000), 1, 40_000), Ok(Money::from_fen(85)));
        assert_eq!(share(Money::from_fen(1), 1, 2), Ok(Money::from_fen(1)));
        assert_eq!(share(Money::from_fen(1), 1, 3), Ok(Money::ZERO));
        assert_eq!(share(yuan(1), 1, 0), Err(Overflow));
    }

    #[test]
    fn split_never_loses_or_invents_a_fen() {
        let f = Money::from_fen;
        assert_eq!(
            split(f(101), &[1, 1]),
            Ok(vec![f(51), f(50)]),
            "the odd fen to the first"
        );
        assert_eq!(split(f(100), &[1, 1, 1]), Ok(vec![f(34), f(33), f(33)]));
        assert_eq!(split(f(1_000), &[7, 3]), Ok(vec![f(700), f(300)]));
        assert_eq!(split(f(5), &[0, 2]), Ok(vec![f(0), f(5)]));
        assert_eq!(split(f(5), &[0, 0]), Err(Overflow));
        assert_eq!(split(f(-5), &[1]), Err(Overflow));
    }

    #[test]
    fn up_to_is_a_range_from_zero() {
        assert_eq!(
            up_to(yuan(8_000)),
            Amount::range(Money::ZERO, Some(yuan(8_000)))
        );
        assert_eq!(up_to(Money::ZERO), Amount::ZERO);
    }
}
