//! What happened, as far as the user knows it: the input of `assess`. Amounts are integer fen.
//! The JSON form is documented in docs/scenario.md (format version 3).

use super::costs::CostsInput;
use super::liability::Situation;
use crate::date::Date;
use crate::money::Money;
use crate::parse::Count;
use serde::{Deserialize, Serialize};

/// The version of the Scenario JSON format written today.
pub const FORMAT_VERSION: u32 = 3;

/// Several optional claims, and the facts they share. An empty scenario assesses to nothing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub version: u32,
    #[serde(default)]
    pub claimant: Claimant,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub personal_information: Option<PersonalInformation>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purchase: Option<Purchase>,
    /// The reform sandbox: a proposal applied to the personal-information claim, assessed in a
    /// section of its own and never part of a current-law total.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reform: Option<ReformProposal>,
    /// What suing costs needs besides the claims: dates, the procedure, the amounts claimed
    /// (version 3). It never changes the Assessment; `costs::assess` reads it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub costs: Option<CostsInput>,
    /// How the defendants stand to each other, for who pays (version 3); `liability::allocate_claim`
    /// reads it with the Assessment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub who_pays: Option<Situation>,
}

impl Default for Scenario {
    fn default() -> Self {
        Scenario {
            version: FORMAT_VERSION,
            claimant: Claimant::Individual,
            personal_information: None,
            purchase: None,
            reform: None,
            costs: None,
            who_pays: None,
        }
    }
}

/// Who is suing (原告).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Claimant {
    /// One person, for their own information: what the calculator is for.
    #[default]
    Individual,
    /// A procuratorate or consumer organisation for many people (PIPL 70, 民事诉讼法 58): the
    /// money goes to a public fund, not to any one person.
    PublicInterest,
}

/// A claim for infringement of personal-information rights (个人信息权益).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PersonalInformation {
    /// When the infringing conduct happened: decides which rules apply. `None`: assumed recent.
    pub conduct_date: Option<Date>,
    /// The defendant processes personal information (个人信息处理者): decides presumed fault.
    pub defendant_is_processor: bool,
    /// Committed through an information network (利用信息网络): decides whether the network
    /// interpretation, with its ¥500,000 ceiling, is in scope.
    pub via_network: bool,
    /// Facial information processed with facial-recognition technology (人脸识别).
    pub facial: bool,
    pub loss: Loss,
    pub expenses: Expenses,
    pub gain: Gain,
    pub mental: Mental,
    /// What the claimant asks for, head by head: the court awards no more (民事诉讼法 211(11)).
    pub claimed: Claimed,
}

impl Default for PersonalInformation {
    fn default() -> Self {
        PersonalInformation {
            conduct_date: None,
            defendant_is_processor: true,
            via_network: true,
            facial: false,
            loss: Loss::None,
            expenses: Expenses::default(),
            gain: Gain::Unknown,
            mental: Mental::default(),
            claimed: Claimed::default(),
        }
    }
}

/// The claimant's direct property loss (直接财产损失): three states, because only a loss that
/// exists but cannot be put in figures opens the court's discretion.
///
/// Externally tagged in JSON (`"none"`, `{"amount": {"fen": 800000}}`, `"unquantifiable"`):
/// the cheapest form for serde to read, which matters in the wasm bundle.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Loss {
    /// No property loss.
    #[default]
    None,
    /// A loss in figures.
    Amount {
        fen: Money,
        /// Caused directly by a third party (a scammer using the leaked data), if so.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        third_party: Option<ThirdParty>,
    },
    /// A loss exists but its amount is hard to determine.
    Unquantifiable,
}

/// A loss a third party caused directly (民法典 1175): e.g. money transferred to a fraudster.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ThirdParty {
    /// Already recovered, e.g. returned in the criminal case (追赃退赔).
    pub recovered: Money,
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

impl Expenses {
    pub fn any(&self) -> bool {
        [
            self.investigation,
            self.notarisation,
            self.lawyer,
            self.other,
        ]
        .iter()
        .any(Option::is_some)
    }
}

/// The infringer's gain (侵权人因此获得的利益). Externally tagged in JSON, like `Loss`:
/// `"unknown"`, `{"actual": {"amount": 3400000}}`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Gain {
    #[default]
    Unknown,
    /// A figure shown by evidence: for an individual, the gain from *their* information; in a
    /// public-interest suit, the whole gain.
    Actual {
        amount: Money,
        /// How many records, if known: used only to show the gain per record.
        #[serde(default)]
        records: Option<Count>,
    },
    /// One person's pro-rata share of a total gain: total × own records ÷ all records.
    ProRata {
        total: Money,
        all_records: Count,
        #[serde(default = "one")]
        own_records: u64,
    },
    /// Records × a price per record: an estimate, not what courts award.
    Estimate {
        records: Count,
        price_per_record: Money,
    },
}

fn one() -> u64 {
    1
}

/// Mental damages (精神损害抚慰金): only for serious harm; the figure is the claimant's.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Mental {
    pub serious: bool,
    pub claimed: Option<Money>,
}

/// What is claimed per head; `None`: not said, nothing clipped.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Claimed {
    /// 经济损失 / 财产损失赔偿.
    pub property: Option<Money>,
    /// 合理开支.
    pub expenses: Option<Money>,
}

/// A claim over something bought (购买商品或者接受服务): the statute that multiplies it is
/// chosen by `rule` and by the version in force on `date`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Purchase {
    pub rule: PurchaseRule,
    /// The day of the purchase: decides the version. `None`: assumed recent.
    pub date: Option<Date>,
    /// The price actually paid (实际支付价款): what left the consumer's pocket, net of coupons and
    /// discounts.
    pub price: Money,
    /// A narrower base the consumer claims on: the overcharged difference in a fraud on the
    /// price, or, for a buyer who knew the food was unsafe, the part within reasonable needs.
    pub base: Option<Money>,
    /// The goods are returned and the price asked back (退货退款): the whole price, or the narrower
    /// base claimed (an overcharge), less what was refunded before suit.
    pub refund: bool,
    /// Part of the price the business refunded before suit (version 3).
    pub refunded: Money,
    /// Any other loss (medical costs, lost income…).
    pub loss: Option<Money>,
    /// The only flaw is in a label, instructions or advertising, affecting neither quality
    /// nor safety, and misleading no one.
    pub harmless_flaw: bool,
    /// The claim was staged: goods planted or swapped, dates altered, facts invented.
    pub contrived: bool,
    /// The buyer knew the food or drug fell below the standard when buying it.
    pub buyer_knew: bool,
    /// The defect caused death or serious damage to health (the condition of 55(2) and 1207).
    pub serious_harm: bool,
}

impl Default for Purchase {
    fn default() -> Self {
        Purchase {
            rule: PurchaseRule::Fraud,
            date: None,
            price: Money::ZERO,
            base: None,
            refund: true,
            refunded: Money::ZERO,
            loss: None,
            harmless_flaw: false,
            contrived: false,
            buyer_knew: false,
            serious_harm: false,
        }
    }
}

impl Purchase {
    /// The price less what was refunded before suit, never below ¥0.
    pub fn net_price(&self) -> Money {
        self.price
            .checked_sub(self.refunded)
            .unwrap_or(Money::ZERO)
            .max(Money::ZERO)
    }
}

/// What went wrong with the purchase, which picks the rule.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PurchaseRule {
    /// The business deceived the consumer (欺诈): 消费者权益保护法 55(1).
    #[default]
    Fraud,
    /// Food below the food-safety standard (不符合食品安全标准): 食品安全法 148(2).
    Food,
    /// A counterfeit or substandard drug (假药、劣药): 药品管理法 144(3).
    Drug,
    /// Goods knowingly sold with a defect that killed or seriously harmed: 消费者权益保护法
    /// 55(2), 民法典 1207.
    Defective,
}

/// The seed literature's proposal (not law): punitive damages in personal-information cases
/// linked to the infringer's gain or to the records affected, up to a cap.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ReformProposal {
    /// A multiple of the infringer's gain.
    pub gain_multiple: Option<u64>,
    /// An amount per affected record.
    pub per_record: Option<Money>,
    pub cap: Option<Money>,
}
