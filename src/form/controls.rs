//! Every control of the form, declared once: its id (the element id and its name in a saved form
//! or a share link), what it holds, the part of the form it belongs to, its words, and when it is
//! shown. `ALL`, the ids, the codec's names and what counts all follow from these tables, so a
//! control cannot be saved, shown or read without its row, and a row cannot be forgotten by one
//! of them (`tests/it/form.rs` round-trips every one).

use super::FormState;
use crate::i18n::Text;
use crate::law::liability::Reading;
use crate::law::purchase::rules::{Base, Fact};
use crate::law::{Claimant, PurchaseRule};

/// The part of the form a control belongs to: a claim, or a panel beside the result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The boxes that open the claims.
    Claims,
    PersonalInformation,
    Purchase,
    /// The reform sandbox, applied to the personal-information claim.
    Reform,
    WhoPays,
    Costs,
}

impl Part {
    /// Whether the part is on screen (and so its controls count).
    pub fn is_open(self, form: &FormState) -> bool {
        match self {
            Part::Claims | Part::WhoPays | Part::Costs => true,
            Part::PersonalInformation => form.flag(Flag::ClaimPersonalInformation),
            Part::Purchase => form.flag(Flag::ClaimPurchase),
            Part::Reform => form.flag(Flag::ClaimPersonalInformation) && form.flag(Flag::Reform),
        }
    }
}

/// What a text field holds, which decides how it is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Money,
    Count,
    Date,
}

/// Declares the text fields: `Name = "id", Kind, Part, label, hint, shown-when;`.
macro_rules! fields {
    ($($(#[$doc:meta])* $name:ident = $id:literal, $kind:ident, $part:ident, $label:ident, $hint:expr, $shown:expr;)*) => {
        /// A text field of the form, in the order on screen (the error summary's order).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Field { $($(#[$doc])* $name,)* }

        impl Field {
            pub const ALL: &'static [Field] = &[$(Field::$name,)*];

            /// The element id of the field's input, also its name in a saved form.
            pub fn id(self) -> &'static str {
                const IDS: &[&str] = &[$($id,)*];
                IDS[self as usize]
            }

            pub fn kind(self) -> Kind {
                const KINDS: &[Kind] = &[$($kind,)*];
                KINDS[self as usize]
            }

            pub fn part(self) -> Part {
                const PARTS: &[Part] = &[$($part,)*];
                PARTS[self as usize]
            }

            pub fn label(self) -> Text {
                const LABELS: &[Text] = &[$(Text::$label,)*];
                LABELS[self as usize]
            }

            /// The hint above the input, if any.
            pub fn hint(self) -> Option<Text> {
                const HINTS: &[Option<Text>] = &[$($hint,)*];
                HINTS[self as usize]
            }

            /// Shown, given the other answers of its part (the part itself is open).
            fn shown_in_part(self, form: &FormState) -> bool {
                match self {
                    $(Field::$name => ($shown)(form),)*
                }
            }
        }
    };
}

/// Declares the checkboxes: `Name = "id", Part, label, ticked on a new form, shown-when;`.
macro_rules! flags {
    ($($(#[$doc:meta])* $name:ident = $id:literal, $part:ident, $label:ident, $default:literal, $shown:expr;)*) => {
        /// A checkbox of the form.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Flag { $($(#[$doc])* $name,)* }

        impl Flag {
            pub const ALL: &'static [Flag] = &[$(Flag::$name,)*];

            const TICKED: &'static [bool] = &[$($default,)*];

            /// The element id of the checkbox, also its name in a saved form.
            pub fn id(self) -> &'static str {
                const IDS: &[&str] = &[$($id,)*];
                IDS[self as usize]
            }

            pub fn part(self) -> Part {
                const PARTS: &[Part] = &[$($part,)*];
                PARTS[self as usize]
            }

            pub fn label(self) -> Text {
                const LABELS: &[Text] = &[$(Text::$label,)*];
                LABELS[self as usize]
            }

            /// Ticked on a new form.
            pub fn ticked_by_default(self) -> bool {
                Flag::TICKED[self as usize]
            }

            fn shown_in_part(self, form: &FormState) -> bool {
                match self {
                    $(Flag::$name => ($shown)(form),)*
                }
            }
        }
    };
}

/// Declares the radio groups, each over an enum: `Type: Group = "name", Part, assumed {
/// Value = "name" => label, … }`. Where `assumed` is true the first value is the answer taken
/// (and shown chosen) until one is chosen; otherwise the question waits for an answer.
macro_rules! choices {
    ($($ty:ident: $group:ident = $gname:literal, $part:ident, $assumed:literal { $($value:ident = $vname:literal => $label:ident,)* })*) => {
        /// A radio group.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Group { $($group,)* }

        impl Group {
            pub const ALL: &'static [Group] = &[$(Group::$group,)*];

            /// The group's name in a saved form, and the first half of each option's id.
            pub fn name(self) -> &'static str {
                const NAMES: &[&str] = &[$($gname,)*];
                NAMES[self as usize]
            }

            pub fn part(self) -> Part {
                const PARTS: &[Part] = &[$($part,)*];
                PARTS[self as usize]
            }

            /// Its options' names, in order.
            pub fn options(self) -> &'static [&'static str] {
                match self {
                    $(Group::$group => &[$($vname,)*],)*
                }
            }

            /// The element id of an option: `loss-none`.
            pub fn option_id(self, index: usize) -> &'static str {
                match self {
                    $(Group::$group => [$(concat!($gname, "-", $vname),)*].get(index).copied().unwrap_or(""),)*
                }
            }
        }

        $(
            impl Choice for $ty {
                const GROUP: Group = Group::$group;
                const ALL: &'static [$ty] = &[$($ty::$value,)*];
                const ASSUMED: bool = $assumed;

                fn label(self) -> Text {
                    match self {
                        $($ty::$value => Text::$label,)*
                    }
                }
            }
        )*
    };
}

/// The options of one radio group, as an enum.
pub trait Choice: Copy + PartialEq + 'static {
    const GROUP: Group;
    /// Every option, in the order shown.
    const ALL: &'static [Self];
    /// The first option is taken until another is chosen (else the question waits).
    const ASSUMED: bool;

    fn label(self) -> Text;

    fn index(self) -> usize {
        Self::ALL.iter().position(|c| *c == self).unwrap_or(0)
    }

    /// The option's name in a saved form.
    fn name(self) -> &'static str {
        Self::GROUP.options()[self.index()]
    }

    /// The element id of the option's radio button.
    fn id(self) -> &'static str {
        Self::GROUP.option_id(self.index())
    }

    /// The option, as an answer the model can take whatever its group.
    fn picked(self) -> Picked {
        Picked {
            group: Self::GROUP,
            index: self.index() as u8,
        }
    }
}

/// An option chosen in some radio group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Picked {
    pub group: Group,
    pub index: u8,
}

/// The guided questions' first: what happened (发生了什么？), which opens a claim and sets what
/// that answer implies (`form::flow`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Happened {
    /// My information was leaked or misused (nuisance calls, messages); no money lost.
    Leak,
    /// My information was leaked, then a scammer took money.
    Scam,
    /// Fakes, or cheated when buying.
    Fraud,
    /// Expired or unsafe food.
    Food,
    /// A counterfeit or substandard drug.
    Drug,
    /// A defective product hurt someone.
    Defective,
    /// Something else: the full calculator.
    Other,
}

/// The answer to "did you lose money?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LossChoice {
    None,
    Amount,
    Unquantifiable,
}

/// How the user knows the infringer's gain.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GainMode {
    Unknown,
    Actual,
    ProRata,
    Estimate,
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

use Kind::{Count, Date, Money};
use Part::{Claims, Costs, PersonalInformation as Pi, Purchase, Reform, WhoPays};

fn always(_: &FormState) -> bool {
    true
}

fields! {
    DirectLoss = "direct-loss", Money, Pi, FieldDirectLoss, Some(Text::HintAmount), |f: &FormState| f.choice() == Some(LossChoice::Amount);
    Recovered = "recovered", Money, Pi, FieldRecovered, Some(Text::HintRecovered), |f: &FormState| f.is_on(Flag::ThirdParty);
    Investigation = "investigation", Money, Pi, FieldInvestigation, None, always;
    Notarisation = "notarisation", Money, Pi, FieldNotarisation, None, always;
    Lawyer = "lawyer", Money, Pi, FieldLawyer, None, always;
    OtherExpenses = "other-expenses", Money, Pi, FieldOtherExpenses, None, always;
    GainAmount = "gain-amount", Money, Pi, FieldGainAmount, Some(Text::HintGainAmount), |f: &FormState| f.value::<GainMode>() == GainMode::Actual;
    TotalGain = "total-gain", Money, Pi, FieldTotalGain, None, |f: &FormState| f.value::<GainMode>() == GainMode::ProRata;
    AllRecords = "all-records", Count, Pi, FieldAllRecords, Some(Text::HintRecords), |f: &FormState| f.value::<GainMode>() == GainMode::ProRata;
    OwnRecords = "own-records", Count, Pi, FieldOwnRecords, Some(Text::HintOwnRecords), |f: &FormState| f.value::<GainMode>() == GainMode::ProRata;
    Records = "records", Count, Pi, FieldRecords, Some(Text::HintRecords), |f: &FormState| matches!(f.value(), GainMode::Actual | GainMode::Estimate);
    PricePerRecord = "price-per-record", Money, Pi, FieldPricePerRecord, None, |f: &FormState| f.value::<GainMode>() == GainMode::Estimate;
    MentalClaimed = "mental-claimed", Money, Pi, FieldMentalClaimed, Some(Text::HintAmount), |f: &FormState| f.is_on(Flag::Serious);
    ConductDate = "conduct-date", Date, Pi, FieldConductDate, Some(Text::HintConductDate), always;
    ClaimedProperty = "claimed-property", Money, Pi, FieldClaimedProperty, None, always;
    ClaimedExpenses = "claimed-expenses", Money, Pi, FieldClaimedExpenses, None, always;
    PurchaseDate = "purchase-date", Date, Purchase, FieldPurchaseDate, Some(Text::HintPurchaseDate), always;
    Price = "price", Money, Purchase, FieldPrice, Some(Text::HintAmount), always;
    /// What the business refunded before suit: the price back and the punitive base follow it.
    Refunded = "refunded", Money, Purchase, FieldRefunded, Some(Text::HintRefunded), always;
    /// A narrower base: the part of the price a fraud claim rests on.
    Base = "base", Money, Purchase, FieldBase, Some(Text::HintBase), |f: &FormState| f.family().base == Base::Claimed;
    /// Food bought knowing it was unsafe: the part within reasonable daily needs (empty: the
    /// court decides; 0: nothing was).
    ReasonablePart = "reasonable-part", Money, Purchase, FieldReasonablePart, Some(Text::HintReasonablePart), |f: &FormState| f.family().base == Base::ReasonablePart && f.is_on(Flag::BuyerKnew);
    PurchaseLoss = "purchase-loss", Money, Purchase, FieldPurchaseLoss, Some(Text::HintPurchaseLoss), always;
    ReformMultiple = "reform-multiple", Count, Reform, FieldReformMultiple, None, always;
    ReformPerRecord = "reform-per-record", Money, Reform, FieldReformPerRecord, None, always;
    ReformCap = "reform-cap", Money, Reform, FieldReformCap, None, always;
    AllocShare = "alloc-share", Count, WhoPays, FieldAllocShare, None, |f: &FormState| matches!(f.choice(), Some(Alloc::FailedToVet | Alloc::SeparateShares | Alloc::ScamAfterLeak));
    AllocEnlarged = "alloc-enlarged", Money, WhoPays, FieldAllocEnlarged, None, |f: &FormState| f.choice() == Some(Alloc::IgnoredNotice);
    /// Costs: what a judgment ordered and is unpaid, its deadline, the day it is paid.
    JudgmentUnpaid = "judgment-unpaid", Money, Costs, FieldJudgmentUnpaid, None, always;
    PayDeadline = "pay-deadline", Date, Costs, FieldPayDeadline, None, always;
    PaidOn = "paid-on", Date, Costs, FieldPaidOn, None, always;
    /// Costs: when the harm and who caused it were known; the day to judge the period on.
    KnewOn = "knew-on", Date, Costs, FieldKnewOn, Some(Text::HintKnewOn), always;
    AsOf = "as-of", Date, Costs, FieldAsOf, None, always;
    /// Costs: what the complaint claims for each claim; the fee is charged on it.
    ClaimedPiTotal = "claimed-pi-total", Money, Costs, FieldClaimedPiTotal, Some(Text::HintClaimedTotal), |f: &FormState| f.flag(Flag::ClaimPersonalInformation);
    ClaimedPurchaseTotal = "claimed-purchase-total", Money, Costs, FieldClaimedPurchaseTotal, Some(Text::HintClaimedTotal), |f: &FormState| f.flag(Flag::ClaimPurchase);
}

flags! {
    /// The claims: "my personal information was misused", "something I bought".
    ClaimPersonalInformation = "claim-pi", Claims, ClaimPersonalInformation, true, always;
    ClaimPurchase = "claim-purchase", Claims, ClaimPurchase, false, always;
    ThirdParty = "third-party", Pi, FieldThirdParty, false, |f: &FormState| f.choice() == Some(LossChoice::Amount);
    Processor = "processor", Pi, FieldProcessor, true, always;
    ViaNetwork = "via-network", Pi, FieldViaNetwork, true, always;
    Facial = "facial", Pi, FieldFacial, false, always;
    /// Serious mental harm: a head only an individual claims.
    Serious = "serious", Pi, FieldSerious, false, |f: &FormState| f.value::<Claimant>() == Claimant::Individual;
    Refund = "refund", Purchase, FieldRefund, true, always;
    /// The facts a purchase claim turns on: each asked where the claim's family asks it.
    HarmlessFlaw = "harmless-flaw", Purchase, FieldHarmlessFlaw, false, |f: &FormState| f.family().asks(Fact::HarmlessFlaw);
    Contrived = "contrived", Purchase, FieldContrived, false, |f: &FormState| f.family().asks(Fact::Staged);
    BuyerKnew = "buyer-knew", Purchase, FieldBuyerKnew, false, |f: &FormState| f.family().asks(Fact::BuyerKnew);
    SeriousHarm = "serious-harm", Purchase, FieldSeriousHarm, false, |f: &FormState| f.family().asks(Fact::SeriousHarm);
    /// The reform sandbox is open.
    Reform = "reform-sandbox", Pi, ReformToggle, false, always;
    /// Costs: the court hears the case in the simplified procedure, which halves the fee.
    Simplified = "simplified", Costs, FieldSimplified, false, always;
    /// "实际条数更多": the records are at least the count typed (as 4万余), for a phone keypad
    /// that cannot type 余.
    MoreRecords = "more-records", Pi, FieldMoreRecords, false, |f: &FormState| f.is_active(Field::Records) || f.is_active(Field::AllRecords);
}

choices! {
    Happened: Happened = "happened", Claims, false {
        Leak = "leak" => HappenedLeak,
        Scam = "scam" => HappenedScam,
        Fraud = "fraud" => HappenedFraud,
        Food = "food" => HappenedFood,
        Drug = "drug" => HappenedDrug,
        Defective = "defective" => HappenedDefective,
        Other = "other" => HappenedOther,
    }
    Claimant: Claimant = "claimant", Pi, true {
        Individual = "individual" => ClaimantIndividual,
        PublicInterest = "public-interest" => ClaimantPublicInterest,
    }
    LossChoice: Loss = "loss", Pi, false {
        None = "none" => LossNone,
        Amount = "amount" => LossAmount,
        Unquantifiable = "unquantifiable" => LossUnquantifiable,
    }
    GainMode: Gain = "gain", Pi, true {
        Unknown = "unknown" => GainModeUnknown,
        Actual = "actual" => GainModeActual,
        ProRata = "pro-rata" => GainModeProRata,
        Estimate = "estimate" => GainModeEstimate,
    }
    PurchaseRule: Rule = "rule", Purchase, true {
        Fraud = "fraud" => RuleFraud,
        Food = "food" => RuleFood,
        Drug = "drug" => RuleDrug,
        Defective = "defective" => RuleDefective,
    }
    Alloc: Alloc = "alloc", WhoPays, false {
        KnewAndDidNothing = "knew" => AllocKnew,
        FoodPlatform = "food-platform" => AllocFoodPlatform,
        JointProcessors = "joint-processors" => AllocJointProcessors,
        JointTortfeasors = "joint-tortfeasors" => AllocJointTortfeasors,
        SeparateShares = "shares" => AllocShares,
        ScamAfterLeak = "scam" => AllocScam,
        FailedToVet = "failed-to-vet" => AllocFailedToVet,
        SellerUnidentified = "unidentified" => AllocUnidentified,
        IgnoredNotice = "notice" => AllocNotice,
    }
    Reading: Reading = "reading", WhoPays, true {
        Supplementary = "supplementary" => ReadingSupplementary,
        Proportional = "proportional" => ReadingProportional,
    }
}

impl Field {
    /// Shown (and so read): its part is open and the other answers call for it.
    pub fn is_shown(self, form: &FormState) -> bool {
        self.part().is_open(form) && self.shown_in_part(form)
    }
}

impl Flag {
    /// Shown (and so counted when ticked).
    pub fn is_shown(self, form: &FormState) -> bool {
        self.part().is_open(form) && self.shown_in_part(form)
    }
}
