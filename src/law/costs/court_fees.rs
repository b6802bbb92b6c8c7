//! 案件受理费: what the court charges to hear the claim (诉讼费用交纳办法 13, 15, 16). Property
//! claims (a purchase: fraud, food, drugs, defective goods) pay by the progressive bands of
//! 13(一); personality-rights claims (personal information) pay ¥100–500 a case, the province
//! setting the figure, plus a share of damages above ¥50,000 (13(二)2). Computed exactly and
//! rounded half-up to the fen once, at the end (`Money::mul_ratio_round_half_up`).

use crate::law::Amount;
use crate::money::{Money, Overflow};

const YUAN: u128 = 100;

/// 13(一): above each threshold (yuan), the rate in basis points of the part above it.
const PROPERTY_BANDS: [(u128, u128); 9] = [
    (10_000, 250),
    (100_000, 200),
    (200_000, 150),
    (500_000, 100),
    (1_000_000, 90),
    (2_000_000, 80),
    (5_000_000, 70),
    (10_000_000, 60),
    (20_000_000, 50),
];

/// 13(二)2: nothing extra up to ¥50,000 of damages, 1% above, 0.5% above ¥100,000.
const PERSONALITY_BANDS: [(u128, u128); 2] = [(50_000, 100), (100_000, 50)];

/// The flat part of a property case (¥50 up to ¥10,000) and the personality range (¥100–500).
const PROPERTY_FLAT: Money = Money::from_yuan(50);
pub const PERSONALITY_MIN: Money = Money::from_yuan(100);
pub const PERSONALITY_MAX: Money = Money::from_yuan(500);

/// The sum over `bands` of (the part of `amount` in the band × its rate), rounded half-up to
/// the fen. Each band runs from its threshold to the next one (the last has no top).
fn banded(amount: Money, bands: &[(u128, u128)]) -> Result<Money, Overflow> {
    let fen = u128::try_from(amount.fen()).map_err(|_| Overflow)?;
    let mut units = 0u128; // fen × basis points
    for (i, &(from, rate)) in bands.iter().enumerate() {
        let to = bands.get(i + 1).map_or(u128::MAX, |next| next.0 * YUAN);
        let part = fen.min(to).saturating_sub(from * YUAN);
        units = units
            .checked_add(part.checked_mul(rate).ok_or(Overflow)?)
            .ok_or(Overflow)?;
    }
    let units = i64::try_from(units).map_err(|_| Overflow)?;
    Money::from_fen(units).mul_ratio_round_half_up(1, 10_000)
}

/// 13(一): the fee of a property claim of `amount`.
pub fn property_fee(amount: Money) -> Result<Money, Overflow> {
    PROPERTY_FLAT.checked_add(banded(amount, &PROPERTY_BANDS)?)
}

/// 13(二)2: the fee of a personality-rights case claiming `damages`, as the range the provinces
/// choose from.
pub fn personality_fee(damages: Money) -> Result<(Money, Money), Overflow> {
    let extra = banded(damages, &PERSONALITY_BANDS)?;
    Ok((
        PERSONALITY_MIN.checked_add(extra)?,
        PERSONALITY_MAX.checked_add(extra)?,
    ))
}

/// The fee over a claimed range: the fee of its bottom to the fee of its top (open when the
/// top is). `None` for an undetermined amount.
pub fn fee_of_range(
    claimed: Amount,
    fee: impl Fn(Money) -> Result<(Money, Money), Overflow>,
) -> Result<Amount, Overflow> {
    let Some((min, max)) = claimed.bounds() else {
        return Ok(Amount::Undetermined);
    };
    let low = fee(min)?.0;
    let high = max.map(|m| fee(m).map(|f| f.1)).transpose()?;
    Ok(Amount::range(low, high))
}

/// 15, 16: half the fee (simplified procedure, mediation, withdrawal), half-up to the fen.
pub fn halved(fee: Amount) -> Result<Amount, Overflow> {
    let half = |m: Money| m.mul_ratio_round_half_up(1, 2);
    match fee.bounds() {
        None => Ok(fee),
        Some((min, max)) => Ok(Amount::range(half(min)?, max.map(half).transpose()?)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn yuan(y: i64) -> Money {
        Money::from_yuan(y)
    }

    #[test]
    fn property_bands_accumulate() {
        assert_eq!(property_fee(Money::ZERO), Ok(yuan(50)));
        assert_eq!(property_fee(yuan(10_000)), Ok(yuan(50)));
        assert_eq!(
            property_fee(yuan(34_000)),
            Ok(yuan(650)),
            "the seed case as property"
        );
        assert_eq!(property_fee(yuan(100_000)), Ok(yuan(2_300)));
        assert_eq!(property_fee(yuan(200_000)), Ok(yuan(4_300)));
        assert_eq!(property_fee(yuan(500_000)), Ok(yuan(8_800)));
        assert_eq!(property_fee(yuan(1_000_000)), Ok(yuan(13_800)));
        assert_eq!(property_fee(yuan(30_000_000)), Ok(yuan(191_800)));
        // ¥10,000.01: 1 fen × 2.5% = 0.025 fen, rounds to nothing; ¥10,000.20 → 0.5 fen → 1 fen.
        assert_eq!(property_fee(Money::from_fen(1_000_001)), Ok(yuan(50)));
        assert_eq!(
            property_fee(Money::from_fen(1_000_020)),
            Ok(Money::from_fen(5_001))
        );
    }

    #[test]
    fn personality_cases_pay_a_range_plus_a_share_of_large_damages() {
        assert_eq!(
            personality_fee(yuan(34_000)),
            Ok((yuan(100), yuan(500))),
            "the seed case"
        );
        assert_eq!(personality_fee(yuan(50_000)), Ok((yuan(100), yuan(500))));
        assert_eq!(personality_fee(yuan(120_000)), Ok((yuan(700), yuan(1_100))));
    }

    #[test]
    fn a_range_of_claims_is_a_range_of_fees_and_half_is_half_up() {
        let claimed = Amount::range(yuan(34_000), Some(yuan(120_000)));
        let fee = fee_of_range(claimed, |m| property_fee(m).map(|f| (f, f))).unwrap();
        assert_eq!(fee, Amount::range(yuan(650), Some(yuan(2_700))));
        assert_eq!(
            halved(Amount::exact(Money::from_fen(65_001))),
            Ok(Amount::exact(Money::from_fen(32_501)))
        );
        let open = Amount::range(yuan(1_000), None);
        assert_eq!(
            fee_of_range(open, personality_fee),
            Ok(Amount::range(yuan(100), None))
        );
    }
}
