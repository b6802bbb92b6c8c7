//! The calculator form as typed: raw text per field and the choices made, turned into a
//! `Scenario` or into one error per bad field. Pure, so it is tested natively; the UI only binds
//! inputs to it.

pub mod codec;

use crate::date::Date;
use crate::law::burden::Evidence;
use crate::law::costs::CostsInput;
use crate::law::liability::{Reading, Situation};
use crate::law::{
    Claimant, Claimed, Expenses, Gain, Loss, Mental, PersonalInformation, Purchase, PurchaseRule,
    ReformProposal, Scenario, ThirdParty,
};
use crate::money::Money;
use crate::parse::{parse_amount, parse_count, parse_date, Count, InputError};

/// The most characters a field keeps: far more than any amount, count or date needs.
pub const MAX_CHARS: usize = 64;

/// A text field of the form. The order is the order on screen (used by the error summary).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    DirectLoss,
    Recovered,
    Investigation,
    Notarisation,
    Lawyer,
    OtherExpenses,
    GainAmount,
    TotalGain,
    AllRecords,
    OwnRecords,
    Records,
    PricePerRecord,
    MentalClaimed,
    ConductDate,
    ClaimedProperty,
    ClaimedExpenses,
    PurchaseDate,
    Price,
    Base,
    PurchaseLoss,
    ReformMultiple,
    ReformPerRecord,
    ReformCap,
    AllocShare,
    AllocEnlarged,
    /// Costs: what a judgment ordered and is unpaid, its deadline, the day it is paid.
    JudgmentUnpaid,
    PayDeadline,
    PaidOn,
    /// Costs: when the harm and who caused it were known; the day to judge the period on.
    KnewOn,
    AsOf,
}

/// What a field holds, which decides how it is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Money,
    Count,
    Date,
}

impl Field {
    pub const ALL: [Field; 30] = [
        Field::DirectLoss,
        Field::Recovered,
        Field::Investigation,
        Field::Notarisation,
        Field::Lawyer,
        Field::OtherExpenses,
        Field::GainAmount,
        Field::TotalGain,
        Field::AllRecords,
        Field::OwnRecords,
        Field::Records,
        Field::PricePerRecord,
        Field::MentalClaimed,
        Field::ConductDate,
        Field::ClaimedProperty,
        Field::ClaimedExpenses,
        Field::PurchaseDate,
        Field::Price,
        Field::Base,
        Field::PurchaseLoss,
        Field::ReformMultiple,
        Field::ReformPerRecord,
        Field::ReformCap,
        Field::AllocShare,
        Field::AllocEnlarged,
        Field::JudgmentUnpaid,
        Field::PayDeadline,
        Field::PaidOn,
        Field::KnewOn,
        Field::AsOf,
    ];

    /// The element id of the field's input, used for labels, links and tests.
    pub fn id(self) -> &'static str {
        match self {
            Field::DirectLoss => "direct-loss",
            Field::Recovered => "recovered",
            Field::Investigation => "investigation",
            Field::Notarisation => "notarisation",
            Field::Lawyer => "lawyer",
            Field::OtherExpenses => "other-expenses",
            Field::GainAmount => "gain-amount",
            Field::TotalGain => "total-gain",
            Field::AllRecords => "all-records",
            Field::OwnRecords => "own-records",
            Field::Records => "records",
            Field::PricePerRecord => "price-per-record",
            Field::MentalClaimed => "mental-claimed",
            Field::ConductDate => "conduct-date",
            Field::ClaimedProperty => "claimed-property",
            Field::ClaimedExpenses => "claimed-expenses",
            Field::PurchaseDate => "purchase-date",
            Field::Price => "price",
            Field::Base => "base",
            Field::PurchaseLoss => "purchase-loss",
            Field::ReformMultiple => "reform-multiple",
            Field::ReformPerRecord => "reform-per-record",
            Field::ReformCap => "reform-cap",
            Field::AllocShare => "alloc-share",
            Field::AllocEnlarged => "alloc-enlarged",
            Field::JudgmentUnpaid => "judgment-unpaid",
            Field::PayDeadline => "pay-deadline",
            Field::PaidOn => "paid-on",
            Field::KnewOn => "knew-on",
            Field::AsOf => "as-of",
        }
    }

    pub fn kind(self) -> Kind {
        match self {
            Field::AllRecords
            | Field::OwnRecords
            | Field::Records
            | Field::ReformMultiple
            | Field::AllocShare => Kind::Count,
            Field::ConductDate
            | Field::PurchaseDate
            | Field::PayDeadline
            | Field::PaidOn
            | Field::KnewOn
            | Field::AsOf => Kind::Date,
            _ => Kind::Money,
        }
    }
}

/// A checkbox of the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flag {
    /// The claims: "my personal information was misused", "something I bought".
    ClaimPersonalInformation,
    ClaimPurchase,
    ThirdParty,
    Processor,
    ViaNetwork,
    Facial,
    Serious,
    Refund,
    HarmlessFlaw,
    Contrived,
    BuyerKnew,
    SeriousHarm,
    /// The reform sandbox is open.
    Reform,
    /// "实际条数更多": the records are at least the count typed (as 4万余), for a phone keypad
    /// that cannot type 余.
    MoreRecords,
}

impl Flag {
    pub const ALL: [Flag; 14] = [
        Flag::ClaimPersonalInformation,
        Flag::ClaimPurchase,
        Flag::ThirdParty,
        Flag::Processor,
        Flag::ViaNetwork,
        Flag::Facial,
        Flag::Serious,
        Flag::Refund,
        Flag::HarmlessFlaw,
        Flag::Contrived,
        Flag::BuyerKnew,
        Flag::SeriousHarm,
        Flag::Reform,
        Flag::MoreRecords,
    ];

    /// The element id of the checkbox, also its name in a saved form.
    pub fn id(self) -> &'static str {
        match self {
            Flag::ThirdParty => "third-party",
            Flag::Processor => "processor",
            Flag::ViaNetwork => "via-network",
            Flag::Facial => "facial",
            Flag::Serious => "serious",
            Flag::ClaimPersonalInformation => "claim-pi",
            Flag::ClaimPurchase => "claim-purchase",
            Flag::Refund => "refund",
            Flag::HarmlessFlaw => "harmless-flaw",
            Flag::Contrived => "contrived",
            Flag::BuyerKnew => "buyer-knew",
            Flag::SeriousHarm => "serious-harm",
            Flag::Reform => "reform-sandbox",
            Flag::MoreRecords => "more-records",
        }
    }
}

/// The ticked checkboxes, as a bit set so that two forms compare equal whatever the order of
/// ticking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Flags(u32);

impl Flags {
    /// A new form opens on the personal-information claim against a processor acting through a
    /// network (the common leak case); a purchase, once added, asks for the price back.
    pub const DEFAULT: Flags = Flags(
        1 << Flag::ClaimPersonalInformation as u32
            | 1 << Flag::Processor as u32
            | 1 << Flag::ViaNetwork as u32
            | 1 << Flag::Refund as u32,
    );
    pub const NONE: Flags = Flags(0);

    pub fn has(self, flag: Flag) -> bool {
        self.0 & (1 << flag as u32) != 0
    }

    pub fn set(&mut self, flag: Flag, on: bool) {
        if on {
            self.0 |= 1 << flag as u32;
        } else {
            self.0 &= !(1 << flag as u32);
        }
    }
}

/// The answer to "did you lose money?"; `None` in the form until the user answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LossChoice {
    None,
    Amount,
    Unquantifiable,
}

/// How the user knows the infringer's gain.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum GainMode {
    #[default]
    Unknown,
    Actual,
    ProRata,
    Estimate,
}

/// Everything typed and chosen, kept as typed so that a bad value never loses anything else.
#[derive(Clone, Debug, PartialEq)]
pub struct FormState {
    pub texts: Vec<(Field, String)>,
    pub claimant: Claimant,
    pub loss: Option<LossChoice>,
    pub gain_mode: GainMode,
    pub purchase_rule: PurchaseRule,
    pub flags: Flags,
    /// The evidence the user holds, for the burden explainer (in `Evidence::ALL` order).
    pub evidence: Vec<Evidence>,
    /// How the platform stands to the seller, for the allocator; `None` until chosen.
    pub alloc: Option<Alloc>,
    pub reading: Reading,
}

/// The allocator's situations, as the form offers them (`liability::Situation` without figures).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Alloc {
    KnewAndDidNothing,
    FoodPlatform,
    JointProcessors,
    JointTortfeasors,
    SeparateShares,
    ScamAfterLeak,
    FailedToVet,
    SellerUnidentified,
    IgnoredNotice,
}

impl Default for FormState {
    fn default() -> Self {
        FormState {
            texts: Vec::new(),
            claimant: Claimant::Individual,
            loss: None,
            gain_mode: GainMode::Unknown,
            purchase_rule: PurchaseRule::Fraud,
            flags: Flags::DEFAULT,
            evidence: Vec::new(),
            alloc: None,
            reading: Reading::Supplementary,
        }
    }
}

/// A field whose text does not parse.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: Field,
    pub error: InputError,
}

impl FormState {
    pub fn flag(&self, flag: Flag) -> bool {
        self.flags.has(flag)
    }

    pub fn set_flag(&mut self, flag: Flag, on: bool) {
        self.flags.set(flag, on);
    }

    /// Ticks or unticks an item of evidence, keeping the list in a canonical order.
    pub fn set_evidence(&mut self, item: Evidence, held: bool) {
        self.evidence.retain(|e| *e != item);
        if held {
            self.evidence.push(item);
            self.evidence.sort_by_key(|e| *e as usize);
        }
    }

    pub fn text(&self, field: Field) -> &str {
        self.texts
            .iter()
            .find(|(f, _)| *f == field)
            .map_or("", |(_, t)| t.as_str())
    }

    /// Keeps the text as typed, cut at `MAX_CHARS` (the input's own `maxlength`).
    pub fn set_text(&mut self, field: Field, mut text: String) {
        if let Some((cut, _)) = text.char_indices().nth(MAX_CHARS) {
            text.truncate(cut);
        }
        self.texts.retain(|(f, _)| *f != field);
        if !text.is_empty() {
            self.texts.push((field, text));
            // Screen order, so that two forms with the same texts compare equal.
            self.texts.sort_by_key(|(f, _)| *f as usize);
        }
    }

    /// Nothing answered yet: no visible field filled, no loss question answered, no choice made
    /// that changes a figure.
    pub fn is_blank(&self) -> bool {
        let typed = Field::ALL
            .iter()
            .any(|f| self.is_active(*f) && !self.text(*f).trim().is_empty());
        let answered = self.flag(Flag::ClaimPersonalInformation)
            && (self.loss.is_some()
                || self.gain_mode != GainMode::Unknown
                || self.flag(Flag::Serious));
        !typed && !answered
    }

    /// Whether a field is shown (and so counts) given the other choices.
    pub fn is_active(&self, field: Field) -> bool {
        use Field as F;
        match field {
            F::PurchaseDate | F::Price | F::PurchaseLoss => self.flag(Flag::ClaimPurchase),
            F::Base => self.flag(Flag::ClaimPurchase) && self.base_applies(),
            F::ReformMultiple | F::ReformPerRecord | F::ReformCap => {
                self.flag(Flag::ClaimPersonalInformation) && self.flag(Flag::Reform)
            }
            F::AllocShare => matches!(
                self.alloc,
                Some(Alloc::FailedToVet | Alloc::SeparateShares | Alloc::ScamAfterLeak)
            ),
            F::AllocEnlarged => self.alloc == Some(Alloc::IgnoredNotice),
            F::JudgmentUnpaid | F::PayDeadline | F::PaidOn | F::KnewOn | F::AsOf => true,
            _ => self.flag(Flag::ClaimPersonalInformation) && self.pi_field_shown(field),
        }
    }

    /// A narrower base: the part of the price a fraud claim rests on, or the reasonable part of
    /// food bought knowing it was unsafe.
    pub fn base_applies(&self) -> bool {
        match self.purchase_rule {
            PurchaseRule::Fraud => true,
            PurchaseRule::Food => self.flag(Flag::BuyerKnew),
            PurchaseRule::Drug | PurchaseRule::Defective => false,
        }
    }

    fn pi_field_shown(&self, field: Field) -> bool {
        let amount = self.loss == Some(LossChoice::Amount);
        match field {
            Field::DirectLoss => amount,
            Field::Recovered => amount && self.flag(Flag::ThirdParty),
            Field::GainAmount => self.gain_mode == GainMode::Actual,
            Field::Records => matches!(self.gain_mode, GainMode::Actual | GainMode::Estimate),
            Field::TotalGain | Field::AllRecords | Field::OwnRecords => {
                self.gain_mode == GainMode::ProRata
            }
            Field::PricePerRecord => self.gain_mode == GainMode::Estimate,
            Field::MentalClaimed => self.flag(Flag::Serious),
            _ => true,
        }
    }

    /// Every active field whose text is not empty and does not parse, in screen order.
    pub fn errors(&self) -> Vec<FieldError> {
        Field::ALL
            .into_iter()
            .filter_map(|field| self.error(field))
            .collect()
    }

    /// The field's error, if it is active and its text is not empty and does not parse.
    pub fn error(&self, field: Field) -> Option<FieldError> {
        if !self.is_active(field) {
            return None;
        }
        let error = self.check(field).err()?;
        Some(FieldError { field, error })
    }

    /// The scenario, or the errors that stop one being built. Empty fields mean "not given".
    pub fn scenario(&self) -> Result<Scenario, Vec<FieldError>> {
        let errors = self.errors();
        if !errors.is_empty() {
            return Err(errors);
        }
        if self.is_blank() {
            return Ok(Scenario::default());
        }
        Ok(self.claims())
    }

    /// The claims ticked, with whatever parses (a bad field counts as not given): what the
    /// burden explainer needs, which depends on the kind of claim and its date, not on figures.
    fn claims(&self) -> Scenario {
        let pi = self.flag(Flag::ClaimPersonalInformation);
        Scenario {
            claimant: self.claimant,
            personal_information: pi.then(|| self.personal_information()),
            purchase: self.purchase(),
            reform: (pi && self.flag(Flag::Reform)).then(|| self.reform()),
            ..Scenario::default()
        }
    }

    /// The allocator's situation with its figures, once one is chosen; a share not given is 50%.
    pub fn situation(&self) -> Option<Situation> {
        Some(match self.alloc? {
            Alloc::KnewAndDidNothing => Situation::KnewAndDidNothing,
            Alloc::JointProcessors => Situation::JointProcessors,
            Alloc::JointTortfeasors => Situation::JointTortfeasors,
            Alloc::FoodPlatform => Situation::FoodPlatform,
            Alloc::SeparateShares => Situation::SeparateShares {
                share_pct: self.count(Field::AllocShare).map_or(50, |c| c.n),
            },
            Alloc::ScamAfterLeak => Situation::ScamAfterLeak {
                share_pct: self.count(Field::AllocShare).map_or(50, |c| c.n),
            },
            Alloc::SellerUnidentified => Situation::SellerUnidentified,
            Alloc::FailedToVet => Situation::FailedToVet {
                share_pct: self.count(Field::AllocShare).map_or(50, |c| c.n),
                reading: self.reading,
            },
            Alloc::IgnoredNotice => Situation::IgnoredNotice {
                enlarged: self.amount(Field::AllocEnlarged).unwrap_or(Money::ZERO),
            },
        })
    }

    /// The claims as the burden explainer sees them: a purchase counts as soon as it is ticked,
    /// before it has a price, since who must prove what does not depend on the figures.
    pub fn burden_claims(&self) -> Scenario {
        let mut s = self.claims();
        if self.flag(Flag::ClaimPurchase) && s.purchase.is_none() {
            s.purchase = Some(Purchase {
                rule: self.purchase_rule,
                date: self.date(Field::PurchaseDate),
                ..Purchase::default()
            });
        }
        s
    }

    fn personal_information(&self) -> PersonalInformation {
        let money = |f: Field| self.amount(f);
        PersonalInformation {
            conduct_date: self.date(Field::ConductDate),
            defendant_is_processor: self.flag(Flag::Processor),
            via_network: self.flag(Flag::ViaNetwork),
            facial: self.flag(Flag::Facial),
            loss: self.loss(),
            expenses: Expenses {
                investigation: money(Field::Investigation),
                notarisation: money(Field::Notarisation),
                lawyer: money(Field::Lawyer),
                other: money(Field::OtherExpenses),
            },
            gain: self.gain(),
            mental: Mental {
                serious: self.flag(Flag::Serious),
                claimed: money(Field::MentalClaimed),
            },
            claimed: Claimed {
                property: money(Field::ClaimedProperty),
                expenses: money(Field::ClaimedExpenses),
            },
        }
    }

    /// The purchase, once its price (or, for an injury, its loss) is given.
    fn purchase(&self) -> Option<Purchase> {
        if !self.flag(Flag::ClaimPurchase) {
            return None;
        }
        let price = self.amount(Field::Price);
        let loss = self.amount(Field::PurchaseLoss);
        price.or(loss)?;
        let rule = self.purchase_rule;
        let applies = |flag: Flag, rules: &[PurchaseRule]| self.flag(flag) && rules.contains(&rule);
        Some(Purchase {
            rule,
            date: self.date(Field::PurchaseDate),
            price: price.unwrap_or(Money::ZERO),
            base: self.amount(Field::Base),
            refund: self.flag(Flag::Refund) && price.is_some(),
            refunded: Money::ZERO,
            loss,
            harmless_flaw: applies(
                Flag::HarmlessFlaw,
                &[PurchaseRule::Fraud, PurchaseRule::Food],
            ),
            contrived: applies(
                Flag::Contrived,
                &[PurchaseRule::Fraud, PurchaseRule::Food, PurchaseRule::Drug],
            ),
            buyer_knew: applies(Flag::BuyerKnew, &[PurchaseRule::Food]),
            serious_harm: applies(Flag::SeriousHarm, &[PurchaseRule::Defective]),
        })
    }

    fn reform(&self) -> ReformProposal {
        ReformProposal {
            gain_multiple: self.count(Field::ReformMultiple).map(|c| c.n),
            per_record: self.amount(Field::ReformPerRecord),
            cap: self.amount(Field::ReformCap),
        }
    }

    fn check(&self, field: Field) -> Result<(), InputError> {
        let text = self.text(field);
        if text.trim().is_empty() {
            return Ok(());
        }
        match field.kind() {
            Kind::Money if field == Field::PricePerRecord => self.check_records_times_price(text),
            Kind::Money => parse_amount(text).map(|_| ()),
            Kind::Date => parse_date(text).map(|_| ()),
            Kind::Count => match parse_count(text)? {
                Count { n: 0, .. }
                    if !matches!(
                        field,
                        Field::Records | Field::ReformMultiple | Field::AllocShare
                    ) =>
                {
                    Err(InputError::Zero)
                }
                // A share of a gain is at most the whole of it.
                Count { n, .. }
                    if field == Field::OwnRecords
                        && parse_count(self.text(Field::AllRecords)).is_ok_and(|all| n > all.n) =>
                {
                    Err(InputError::AboveTheWhole)
                }
                _ => Ok(()),
            },
        }
    }

    /// Records × price per record is a gain like any other amount: above the input limit it is an
    /// error on the price, the field that makes it so, not an overflow that names no field.
    fn check_records_times_price(&self, text: &str) -> Result<(), InputError> {
        let price = parse_amount(text)?;
        let records = parse_count(self.text(Field::Records)).map_or(0, |c| c.n);
        match price.checked_mul(records) {
            Ok(gain) if gain <= crate::money::MAX_INPUT => Ok(()),
            _ => Err(InputError::TooLarge),
        }
    }

    fn amount(&self, field: Field) -> Option<Money> {
        self.is_active(field)
            .then(|| parse_amount(self.text(field)).ok())
            .flatten()
    }

    fn count(&self, field: Field) -> Option<Count> {
        let more =
            self.flag(Flag::MoreRecords) && matches!(field, Field::Records | Field::AllRecords);
        self.is_active(field)
            .then(|| parse_count(self.text(field)).ok())
            .flatten()
            .map(|c| Count {
                more_than: c.more_than || more,
                ..c
            })
    }

    /// What the costs panel was given (a bad or empty field counts as not given).
    pub fn costs_input(&self) -> CostsInput {
        CostsInput {
            unpaid: self.amount(Field::JudgmentUnpaid),
            deadline: self.date(Field::PayDeadline),
            paid_on: self.date(Field::PaidOn),
            knew_on: self.date(Field::KnewOn),
            as_of: self.date(Field::AsOf),
            ..CostsInput::default()
        }
    }

    fn date(&self, field: Field) -> Option<Date> {
        self.is_active(field)
            .then(|| parse_date(self.text(field)).ok())
            .flatten()
    }

    fn loss(&self) -> Loss {
        match (self.loss, self.amount(Field::DirectLoss)) {
            (Some(LossChoice::Amount), Some(fen)) => Loss::Amount {
                fen,
                third_party: self.flag(Flag::ThirdParty).then(|| ThirdParty {
                    recovered: self.amount(Field::Recovered).unwrap_or(Money::ZERO),
                }),
            },
            // "Yes" without a figure yet is a loss that exists but is not in figures.
            (Some(LossChoice::Amount), None) | (Some(LossChoice::Unquantifiable), _) => {
                Loss::Unquantifiable
            }
            (Some(LossChoice::None), _) | (None, _) => Loss::None,
        }
    }

    fn gain(&self) -> Gain {
        let known = match self.gain_mode {
            GainMode::Unknown => None,
            GainMode::Actual => self.amount(Field::GainAmount).map(|amount| Gain::Actual {
                amount,
                records: self.count(Field::Records),
            }),
            GainMode::ProRata => {
                let own = self.count(Field::OwnRecords).map_or(1, |c| c.n);
                self.amount(Field::TotalGain)
                    .zip(self.count(Field::AllRecords))
                    .map(|(total, all_records)| Gain::ProRata {
                        total,
                        all_records,
                        own_records: own,
                    })
            }
            GainMode::Estimate => self
                .count(Field::Records)
                .zip(self.amount(Field::PricePerRecord))
                .map(|(records, price_per_record)| Gain::Estimate {
                    records,
                    price_per_record,
                }),
        };
        known.unwrap_or(Gain::Unknown)
    }

    /// The form that shows a scenario, as a preset loads it.
    pub fn from_scenario(s: &Scenario) -> FormState {
        let mut form = FormState {
            claimant: s.claimant,
            ..FormState::default()
        };
        form.set_flag(
            Flag::ClaimPersonalInformation,
            s.personal_information.is_some(),
        );
        if let Some(pi) = &s.personal_information {
            form.put_personal_information(pi);
        }
        if let Some(p) = &s.purchase {
            form.put_purchase(p);
        }
        if let Some(r) = &s.reform {
            form.set_flag(Flag::Reform, true);
            form.put(
                Field::ReformMultiple,
                r.gain_multiple.map(|n| n.to_string()),
            );
            form.put(Field::ReformPerRecord, r.per_record.map(Money::to_plain));
            form.put(Field::ReformCap, r.cap.map(Money::to_plain));
        }
        form
    }

    fn put(&mut self, field: Field, text: Option<String>) {
        if let Some(text) = text {
            self.set_text(field, text);
        }
    }

    fn put_personal_information(&mut self, pi: &PersonalInformation) {
        self.set_flag(Flag::Processor, pi.defendant_is_processor);
        self.set_flag(Flag::ViaNetwork, pi.via_network);
        self.set_flag(Flag::Facial, pi.facial);
        self.set_flag(Flag::Serious, pi.mental.serious);
        let money = |m: Option<Money>| m.map(Money::to_plain);
        self.put(Field::ConductDate, pi.conduct_date.map(|d| d.to_string()));
        self.put(Field::Investigation, money(pi.expenses.investigation));
        self.put(Field::Notarisation, money(pi.expenses.notarisation));
        self.put(Field::Lawyer, money(pi.expenses.lawyer));
        self.put(Field::OtherExpenses, money(pi.expenses.other));
        self.put(Field::MentalClaimed, money(pi.mental.claimed));
        self.put(Field::ClaimedProperty, money(pi.claimed.property));
        self.put(Field::ClaimedExpenses, money(pi.claimed.expenses));
        match pi.loss {
            Loss::None => self.loss = Some(LossChoice::None),
            Loss::Unquantifiable => self.loss = Some(LossChoice::Unquantifiable),
            Loss::Amount { fen, third_party } => {
                self.loss = Some(LossChoice::Amount);
                self.set_flag(Flag::ThirdParty, third_party.is_some());
                self.set_text(Field::DirectLoss, fen.to_plain());
                self.put(
                    Field::Recovered,
                    third_party.map(|tp| tp.recovered.to_plain()),
                );
            }
        }
        self.put_gain(pi.gain);
    }

    fn put_purchase(&mut self, p: &Purchase) {
        self.set_flag(Flag::ClaimPurchase, true);
        self.purchase_rule = p.rule;
        self.set_flag(Flag::Refund, p.refund);
        self.set_flag(Flag::HarmlessFlaw, p.harmless_flaw);
        self.set_flag(Flag::Contrived, p.contrived);
        self.set_flag(Flag::BuyerKnew, p.buyer_knew);
        self.set_flag(Flag::SeriousHarm, p.serious_harm);
        self.put(Field::PurchaseDate, p.date.map(|d| d.to_string()));
        self.set_text(Field::Price, p.price.to_plain());
        self.put(Field::Base, p.base.map(Money::to_plain));
        self.put(Field::PurchaseLoss, p.loss.map(Money::to_plain));
    }

    fn put_gain(&mut self, gain: Gain) {
        let (mode, texts): (GainMode, Vec<(Field, String)>) = match gain {
            Gain::Unknown => (GainMode::Unknown, vec![]),
            Gain::Actual { amount, records } => {
                let mut t = vec![(Field::GainAmount, amount.to_plain())];
                t.extend(records.map(|r| (Field::Records, count_text(r))));
                (GainMode::Actual, t)
            }
            Gain::ProRata {
                total,
                all_records,
                own_records,
            } => (
                GainMode::ProRata,
                vec![
                    (Field::TotalGain, total.to_plain()),
                    (Field::AllRecords, count_text(all_records)),
                    (Field::OwnRecords, own_records.to_string()),
                ],
            ),
            Gain::Estimate {
                records,
                price_per_record,
            } => (
                GainMode::Estimate,
                vec![
                    (Field::Records, count_text(records)),
                    (Field::PricePerRecord, price_per_record.to_plain()),
                ],
            ),
        };
        self.gain_mode = mode;
        for (field, text) in texts {
            self.set_text(field, text);
        }
    }
}

/// A count as typed back: `40000`, or `40000+` for "more than".
fn count_text(c: Count) -> String {
    if c.more_than {
        format!("{}+", c.n)
    } else {
        c.n.to_string()
    }
}
