//! The output of `assess`: sections (one per claim), each with lines, non-money relief, notes and
//! its own total. Totals are summed from awarded lines here and nowhere else.

use super::amount::Amount;
use super::statutes::ProvisionId;
use super::vocab::Msg;
use crate::date::Date;
use crate::money::{Money, Overflow};
use serde::Serialize;

/// The whole answer.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Assessment {
    /// The date up to which the statutes applied were checked.
    pub law_as_of: Date,
    pub sections: Vec<Section>,
}

impl Assessment {
    /// The first line or part with this id, in any section: for tests and presets.
    pub fn line(&self, id: LineId) -> Option<&Line> {
        self.sections
            .iter()
            .flat_map(|s| &s.lines)
            .find(|l| l.id == id)
    }

    /// A line or a part of one, as an amount.
    pub fn figure(&self, id: LineId) -> Option<Amount> {
        let lines = self.sections.iter().flat_map(|s| &s.lines);
        lines
            .clone()
            .find(|l| l.id == id)
            .map(|l| l.amount)
            .or_else(|| {
                lines
                    .flat_map(|l| &l.parts)
                    .find(|p| p.id == id)
                    .map(|p| p.amount)
            })
    }

    /// What the current law gives on every claim together: the sum of the sections' totals,
    /// leaving out the reform sandbox. `None` when there is no claim of current law.
    pub fn total(&self) -> Option<Total> {
        let current = || {
            self.sections
                .iter()
                .filter(|s| s.claim != ClaimKind::ReformProposal)
        };
        current().next()?;
        let amount = current().try_fold(Amount::Undetermined, |acc, s| {
            acc.checked_add(s.total.amount)
        });
        Some(Total {
            // Each section's total was summed without overflow; their sum is bounded by the
            // input limits, and an overflow shows as undetermined rather than a wrong figure.
            amount: amount.unwrap_or(Amount::Undetermined),
            court_decides: current().find_map(|s| s.total.court_decides),
            has_estimate: current().any(|s| s.total.has_estimate),
        })
    }

    /// Current law beside the reform sandbox, for the classroom: the personal-information
    /// claim's total, and that total with the proposal's punitive damages added. The sandbox's
    /// figure is never in `total()`; this sum is only shown beside it, labelled as a proposal.
    pub fn with_reform(&self) -> Option<(Total, Result<Amount, Overflow>)> {
        let reform = self.section(ClaimKind::ReformProposal)?;
        let current = self.section(ClaimKind::PersonalInformation)?.total.clone();
        let with = current.amount.checked_add(reform.total.amount);
        Some((current, with))
    }

    /// The section of one claim.
    pub fn section(&self, claim: ClaimKind) -> Option<&Section> {
        self.sections.iter().find(|s| s.claim == claim)
    }
}

/// Which claim a section assesses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    PersonalInformation,
    Purchase,
    /// The reform sandbox: a proposal, not law; its total is never part of a current-law one.
    ReformProposal,
}

impl ClaimKind {
    /// A short name for element ids in the page.
    pub fn id(self) -> &'static str {
        match self {
            ClaimKind::PersonalInformation => "pi",
            ClaimKind::Purchase => "purchase",
            ClaimKind::ReformProposal => "reform",
        }
    }
}

/// Whose figure a section is: one person's, or a public-interest suit's on a case's facts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Frame {
    Individual,
    PublicInterest,
}

impl From<super::Claimant> for Frame {
    fn from(claimant: super::Claimant) -> Frame {
        match claimant {
            super::Claimant::Individual => Frame::Individual,
            super::Claimant::PublicInterest => Frame::PublicInterest,
        }
    }
}

/// One claim, assessed.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Section {
    pub claim: ClaimKind,
    pub frame: Frame,
    /// Set when the rules the engine knows do not cover this claim (e.g. conduct before the
    /// Civil Code): the section then has no lines and says why.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not_covered: Option<Msg>,
    /// The rule a purchase section was assessed under (its limitation differs for a defect).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub purchase_rule: Option<super::PurchaseRule>,
    pub lines: Vec<Line>,
    pub total: Total,
    /// What the claimant can ask for besides money.
    pub relief: Vec<Relief>,
    pub notes: Vec<Note>,
}

impl Section {
    /// Builds a section, summing its total from the awarded lines: the only place a total is
    /// computed.
    pub fn new(
        claim: ClaimKind,
        frame: Frame,
        lines: Vec<Line>,
        relief: Vec<Relief>,
        notes: Vec<Note>,
    ) -> Result<Section, Overflow> {
        // The sandbox sums its proposals; every other section sums what current law awards.
        let role = match claim {
            ClaimKind::ReformProposal => Role::Reform,
            _ => Role::Awarded,
        };
        let total = Total::of(&lines, role)?;
        Ok(Section {
            claim,
            frame,
            not_covered: None,
            purchase_rule: None,
            lines,
            total,
            relief,
            notes,
        })
    }

    /// A claim the encoded rules do not reach: no figure at all, only the reason.
    pub fn not_covered(claim: ClaimKind, frame: Frame, why: Msg) -> Section {
        Section {
            claim,
            frame,
            not_covered: Some(why),
            purchase_rule: None,
            lines: Vec::new(),
            total: Total {
                amount: Amount::Undetermined,
                court_decides: None,
                has_estimate: false,
            },
            relief: Vec::new(),
            notes: Vec::new(),
        }
    }
}

/// What a line is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Part of the total.
    Awarded,
    /// Explains; not summed (e.g. mental damages with no figure claimed).
    Basis,
    /// A reform proposal, never current law, never in a current-law total.
    Reform,
    /// What suing costs.
    Cost,
}

/// Which head of claim a line (or a part of one) is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LineId {
    /// 财产损失赔偿: the loss, the gain, or the court's discretion.
    PropertyDamages,
    /// Part of the property line: the loss basis.
    LossBasis,
    /// Part of the property line: the gain basis.
    GainBasis,
    /// Part of the property line: the gain divided by the records, to explain; never awarded.
    GainPerRecord,
    /// 合理开支.
    Expenses,
    /// 精神损害抚慰金.
    MentalDamages,
    /// 退还价款: the price back when the goods are returned.
    PriceRefund,
    /// Another loss from the purchase (medical costs…).
    PurchaseLoss,
    /// 惩罚性赔偿 / 增加赔偿的金额.
    Punitive,
    /// Part of the punitive line: the multiple of the price actually paid.
    PunitiveOnPrice,
    /// Part of the punitive line: the multiple of a narrower base the consumer claims on.
    PunitiveOnBase,
    /// Part of the punitive line: the multiple of the loss.
    PunitiveOnLoss,
    /// The reform sandbox's figure.
    ReformPunitive,
    /// Part of the reform line: a multiple of the gain.
    ReformOnGain,
    /// Part of the reform line: an amount per record.
    ReformPerRecord,
    /// 案件受理费 of a property claim (a purchase).
    CourtFeeProperty,
    /// 案件受理费 of a personality-rights claim (personal information).
    CourtFeePersonality,
    /// 案件受理费 of one suit joining both kinds of claim (民诉法解释 201).
    CourtFeeJoined,
    /// Part of a fee line: half the fee (simplified procedure, mediation, withdrawal).
    CourtFeeHalved,
    /// 加倍部分债务利息: interest on a judgment paid late.
    LateInterest,
    /// 诉讼时效: when the period for the money claims ends.
    Limitation,
}

impl LineId {
    /// The wire name (`"property_damages"`), as serde writes it: for keys in the page, without
    /// pulling a JSON serializer into the wasm bundle.
    pub fn wire(self) -> &'static str {
        match self {
            LineId::PropertyDamages => "property_damages",
            LineId::LossBasis => "loss_basis",
            LineId::GainBasis => "gain_basis",
            LineId::GainPerRecord => "gain_per_record",
            LineId::Expenses => "expenses",
            LineId::MentalDamages => "mental_damages",
            LineId::PriceRefund => "price_refund",
            LineId::PurchaseLoss => "purchase_loss",
            LineId::Punitive => "punitive",
            LineId::PunitiveOnPrice => "punitive_on_price",
            LineId::PunitiveOnBase => "punitive_on_base",
            LineId::PunitiveOnLoss => "punitive_on_loss",
            LineId::ReformPunitive => "reform_punitive",
            LineId::ReformOnGain => "reform_on_gain",
            LineId::ReformPerRecord => "reform_per_record",
            LineId::CourtFeeProperty => "court_fee_property",
            LineId::CourtFeePersonality => "court_fee_personality",
            LineId::CourtFeeJoined => "court_fee_joined",
            LineId::CourtFeeHalved => "court_fee_halved",
            LineId::LateInterest => "late_interest",
            LineId::Limitation => "limitation",
        }
    }
}

/// The court's discretion over a line: the range runs up to a legal maximum, which says
/// nothing about what courts award.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Discretion {
    /// The legal ceiling (¥500,000 under the network rules), or none.
    pub legal_max: Option<Money>,
}

/// One step of the explanation.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Line {
    pub id: LineId,
    pub role: Role,
    pub amount: Amount,
    /// Set when the court fixes the figure "根据实际情况": the headline then says so in words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub discretion: Option<Discretion>,
    /// The figure rests on an estimate (records × price, a pro-rata share).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub estimate: bool,
    pub formula: Msg,
    pub provisions: Vec<ProvisionId>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<Msg>,
    /// The figures compared inside this line (loss basis, gain basis…): shown, never summed.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<Part>,
}

impl Line {
    pub fn new(id: LineId, role: Role, amount: Amount, formula: Msg) -> Line {
        Line {
            id,
            role,
            amount,
            discretion: None,
            estimate: false,
            formula,
            provisions: Vec::new(),
            notes: Vec::new(),
            parts: Vec::new(),
        }
    }
}

/// A figure inside a line's explanation.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Part {
    pub id: LineId,
    pub amount: Amount,
    pub formula: Msg,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<Msg>,
}

impl Part {
    pub fn new(id: LineId, amount: Amount, formula: Msg, notes: Vec<Msg>) -> Part {
        Part {
            id,
            amount,
            formula,
            notes,
        }
    }
}

/// A section's total.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Total {
    pub amount: Amount,
    /// Set when any awarded line is the court's discretion: the headline is then "法院酌定",
    /// the provable minimum, and the ceiling only as a footnote.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub court_decides: Option<Discretion>,
    /// Some awarded figure rests on an estimate ("含估算").
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub has_estimate: bool,
}

impl Total {
    fn of(lines: &[Line], role: Role) -> Result<Total, Overflow> {
        let awarded = || lines.iter().filter(|l| l.role == role);
        let amount = awarded().try_fold(Amount::ZERO, |acc, l| acc.checked_add(l.amount))?;
        Ok(Total {
            amount,
            court_decides: awarded().find_map(|l| l.discretion),
            has_estimate: awarded().any(|l| l.estimate),
        })
    }
}

/// A non-money claim (停止侵害、删除、赔礼道歉…).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Relief {
    pub msg: Msg,
    pub provisions: Vec<ProvisionId>,
}

/// A note on a whole section, with the provisions it rests on.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Note {
    pub msg: Msg,
    pub provisions: Vec<ProvisionId>,
}
