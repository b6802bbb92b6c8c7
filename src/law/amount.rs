//! An amount as the law leaves it: exact, a range the court chooses from, or not determinable.

use crate::money::{Money, Overflow};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Amount {
    Exact {
        fen: Money,
    },
    /// `max: None` means the law sets no upper limit.
    Range {
        min: Money,
        max: Option<Money>,
    },
    Undetermined,
}

impl Amount {
    pub const ZERO: Amount = Amount::Exact { fen: Money::ZERO };

    pub fn exact(fen: Money) -> Amount {
        Amount::Exact { fen }
    }

    /// A range, collapsed to an exact amount where min and max meet.
    pub fn range(min: Money, max: Option<Money>) -> Amount {
        match max {
            Some(max) if max == min => Amount::Exact { fen: min },
            _ => Amount::Range { min, max },
        }
    }

    /// (min, max); `None` for an undetermined amount.
    pub fn bounds(self) -> Option<(Money, Option<Money>)> {
        match self {
            Amount::Exact { fen } => Some((fen, Some(fen))),
            Amount::Range { min, max } => Some((min, max)),
            Amount::Undetermined => None,
        }
    }

    /// Adds two amounts. An undetermined amount adds nothing: its line says why it is left out.
    pub fn checked_add(self, other: Amount) -> Result<Amount, Overflow> {
        let Some((a_min, a_max)) = self.bounds() else {
            return Ok(other);
        };
        let Some((b_min, b_max)) = other.bounds() else {
            return Ok(self);
        };
        let max = match (a_max, b_max) {
            (Some(a), Some(b)) => Some(a.checked_add(b)?),
            _ => None,
        };
        Ok(Amount::range(a_min.checked_add(b_min)?, max))
    }

    pub fn is_zero(self) -> bool {
        self == Amount::ZERO
    }
}
