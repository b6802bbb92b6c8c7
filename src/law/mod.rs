//! The legal engine: `assess(&Scenario) -> Assessment`. Pure Rust, no web dependency.
//!
//! An Assessment is not a number but an ordered list of lines, each with its amount (or the range a
//! court may choose from), the formula with the numbers filled in, and the provisions it rests on.
//! The total is summed from the lines once, when the Assessment is built.

pub mod burden;
pub mod compensation;
pub mod statutes;

use crate::i18n::Text;
use crate::money::{Money, Overflow};
use crate::parse::Count;
use serde::{Deserialize, Serialize};
use statutes::ProvisionId;

/// What happened, as far as the user knows it. Amounts are in fen.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    #[serde(default)]
    pub personal_information: PersonalInformation,
}

/// A claim for infringement of personal-information rights (个人信息权益).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PersonalInformation {
    /// Direct property loss (直接财产损失), if known.
    pub direct_loss: Option<Money>,
    /// Reasonable expenses of stopping the infringement (合理开支).
    pub expenses: Expenses,
    /// What the infringer gained (侵权人因此获得的利益).
    pub gain: Gain,
    /// Mental damages (精神损害赔偿).
    pub mental: Mental,
    /// The infringement was committed through an information network (利用信息网络): decides
    /// whether the ¥500,000 discretionary ceiling of the network rules is in scope.
    pub via_network: bool,
    /// The information was facial information (人脸信息): the facial-recognition rules apply to
    /// expenses and lawyer's fees.
    pub facial: bool,
}

impl Default for PersonalInformation {
    fn default() -> Self {
        PersonalInformation {
            direct_loss: None,
            expenses: Expenses::default(),
            gain: Gain::Unknown,
            mental: Mental::default(),
            via_network: true,
            facial: false,
        }
    }
}

/// Reasonable expenses, item by item, as a court lists them.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Expenses {
    /// 调查取证费.
    pub investigation: Option<Money>,
    /// 公证费.
    pub notarisation: Option<Money>,
    /// 律师费.
    pub lawyer: Option<Money>,
    /// 其他合理开支 (travel, copying…).
    pub other: Option<Money>,
}

/// The infringer's gain: unknown, a figure, or an estimate from records × price.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(tag = "basis", rename_all = "snake_case", deny_unknown_fields)]
pub enum Gain {
    #[default]
    Unknown,
    /// A figure found in evidence (chat records, transfers, a criminal judgment).
    Actual {
        amount: Money,
        /// How many records were sold, if known: used only to show the derived price per record.
        #[serde(default)]
        records: Option<Count>,
    },
    /// Records × price per record: an estimate, not what courts award.
    Estimate {
        records: Count,
        price_per_record: Money,
    },
}

/// Mental damages: claimable only for serious harm; the amount is the claimant's to state.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Mental {
    pub serious: bool,
    pub claimed: Option<Money>,
}

/// An amount as the law leaves it: exact, a range the court chooses from, or not determinable here.
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
    /// Adds two amounts. An undetermined amount adds nothing: its line says why it is left out.
    fn checked_add(self, other: Amount) -> Result<Amount, Overflow> {
        let (a_min, a_max) = match self.bounds() {
            Some(b) => b,
            None => return Ok(other),
        };
        let (b_min, b_max) = match other.bounds() {
            Some(b) => b,
            None => return Ok(self),
        };
        let min = a_min.checked_add(b_min)?;
        let max = match (a_max, b_max) {
            (Some(a), Some(b)) => Some(a.checked_add(b)?),
            _ => None,
        };
        Ok(Amount::range(min, max))
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
}

/// An argument filled into a message template.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum Arg {
    Money(Money),
    /// An amount that may be a range, e.g. expenses with discretionary lawyer's fees.
    Amount(Amount),
    Count(Count),
    Text(Text),
}

/// A translatable sentence: a template key and the values to fill in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Msg {
    pub key: Text,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<Arg>,
}

impl Msg {
    pub fn new(key: Text, args: Vec<Arg>) -> Msg {
        Msg { key, args }
    }

    pub fn plain(key: Text) -> Msg {
        Msg {
            key,
            args: Vec::new(),
        }
    }
}

/// Which head of claim a line is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LineId {
    /// 损失: direct loss plus reasonable expenses.
    LossBasis,
    /// 获利: what the infringer gained.
    GainBasis,
    /// The gain divided by the records sold: shown to explain, never awarded.
    GainPerRecord,
    /// 财产损失赔偿: the basis chosen, or the court's discretion.
    PropertyDamages,
    /// 精神损害赔偿.
    MentalDamages,
}

impl LineId {
    pub fn label(self) -> Text {
        match self {
            LineId::LossBasis => Text::LineLossBasis,
            LineId::GainBasis => Text::LineGainBasis,
            LineId::GainPerRecord => Text::LineGainPerRecord,
            LineId::PropertyDamages => Text::LinePropertyDamages,
            LineId::MentalDamages => Text::LineMentalDamages,
        }
    }
}

/// One step of the explanation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Line {
    pub id: LineId,
    pub amount: Amount,
    /// Whether this line is part of the total; the others explain how it was reached.
    pub in_total: bool,
    pub formula: Msg,
    pub provisions: Vec<ProvisionId>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<Msg>,
}

/// The whole answer: lines, their total, and what the user must know about them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    /// The date up to which the statutes applied were checked.
    pub law_as_of: String,
    pub lines: Vec<Line>,
    /// The sum of the lines marked `in_total`.
    pub total: Amount,
    pub notes: Vec<Note>,
}

/// A note on the whole assessment, with the provisions it rests on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Note {
    pub msg: Msg,
    pub provisions: Vec<ProvisionId>,
}

impl Assessment {
    /// Builds an Assessment, summing its total from the lines: the only place a total is computed.
    pub fn new(lines: Vec<Line>, notes: Vec<Note>) -> Result<Assessment, Overflow> {
        let total = lines
            .iter()
            .filter(|l| l.in_total)
            .try_fold(Amount::Exact { fen: Money::ZERO }, |acc, l| {
                acc.checked_add(l.amount)
            })?;
        Ok(Assessment {
            law_as_of: statutes::LAW_AS_OF.to_string(),
            lines,
            total,
            notes,
        })
    }

    pub fn line(&self, id: LineId) -> Option<&Line> {
        self.lines.iter().find(|l| l.id == id)
    }
}

/// Assesses a scenario. Fails only when an amount overflows, which input limits make unreachable
/// for anything a person can type, but the engine does not rely on that.
pub fn assess(scenario: &Scenario) -> Result<Assessment, Overflow> {
    let pi = &scenario.personal_information;
    let lines = compensation::lines(pi)?;
    let mut notes = burden::notes();
    notes.extend(compensation::notes(pi));
    Assessment::new(lines, notes)
}
