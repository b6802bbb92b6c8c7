//! The engine's vocabulary: what it says, as message keys with named values. How a key reads in
//! Chinese or English is `i18n`'s business; the engine never holds a sentence.

use super::amount::Amount;
use crate::date::Date;
use crate::money::Money;
use crate::parse::Count;
use serde::ser::{SerializeMap, SerializeStruct};
use serde::{Serialize, Serializer};

/// A value filled into a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum Arg {
    Money(Money),
    /// An amount that may be a range.
    Amount(Amount),
    Count(Count),
    /// A plain whole number (records of one person, a multiplier).
    Number(u64),
    Date(Date),
}

/// A sentence of the engine: a key and its named values, e.g. `formula_loss_amount {loss}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Msg {
    pub key: Key,
    pub args: Vec<(&'static str, Arg)>,
}

impl Msg {
    pub fn new<const N: usize>(key: Key, args: [(&'static str, Arg); N]) -> Msg {
        Msg {
            key,
            args: args.to_vec(),
        }
    }

    pub fn plain(key: Key) -> Msg {
        Msg {
            key,
            args: Vec::new(),
        }
    }

    pub fn arg(&self, name: &str) -> Option<Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, a)| *a)
    }
}

/// `{"key": "formula_loss_amount", "args": {"loss": {"type": "money", "value": 800000}}}`.
impl Serialize for Msg {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        struct Args<'a>(&'a [(&'static str, Arg)]);
        impl Serialize for Args<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut map = s.serialize_map(Some(self.0.len()))?;
                for (name, arg) in self.0 {
                    map.serialize_entry(name, arg)?;
                }
                map.end()
            }
        }
        let mut st = s.serialize_struct("Msg", 2)?;
        st.serialize_field("key", &self.key)?;
        st.serialize_field("args", &Args(&self.args))?;
        st.end()
    }
}

/// Every sentence the engine can say. `i18n::engine` gives each its zh and en template; the
/// match there is exhaustive, so a key without words does not compile.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Key {
    // Formulas of the property-damages line and its parts.
    FormulaLossNone,
    FormulaLossAmount,
    FormulaLossThirdParty,
    FormulaLossUnquantifiable,
    FormulaGainActual,
    FormulaGainActualOwn,
    FormulaGainProRata,
    FormulaGainEstimate,
    FormulaGainUnknown,
    FormulaPerRecord,
    FormulaPerRecordMoreRecords,
    FormulaPropertyHigherOf,
    FormulaPropertyLoss,
    FormulaPropertyGain,
    FormulaPropertyNothing,
    FormulaPropertyLossFirst,
    FormulaPropertyDiscretionCapped,
    FormulaPropertyDiscretionOpen,
    FormulaExpenses,
    FormulaExpensesWithLawyer,
    FormulaMentalClaimed,
    FormulaMentalNoFigure,
    // Notes on a line.
    NoteCappedByClaim,
    NoteThirdPartyShare,
    NoteLegalMaximum,
    NoteCapScope,
    NoteCapScope2014,
    NoteFacialNoCap,
    NoteNoCap,
    NoteNoLossNoDiscretion,
    NoteGainEstimate,
    NoteEstimateAtLeast,
    NotePerRecordDerived,
    NoteOwnShareOfPublicGain,
    NoteExpenseItems,
    NoteExpensesReasonable,
    NoteLawyerNetwork,
    NoteLawyerFacial,
    NoteLawyerNoRule,
    NoteExpensesGeneral,
    NoteMentalFactors,
    NoteGainIsOwn,
    // Notes on a section.
    NotePresumedFault,
    NotePresumedFaultPublic,
    NoteOrdinaryFault,
    NoteOrdinaryFaultPublic,
    NoteNotAProcessor,
    NoteBeforePipl,
    NoteDateAssumed,
    NoteFacialBeforeRules,
    NoteNetworkScope,
    NoteClaimantChooses,
    NotePlaintiffChooses,
    NoteLossThenGain,
    NoteTortLawEra,
    NotePiProtectedThen,
    NoteNoPiRuleYet,
    NoteMentalNotSerious,
    NotePublicInterest,
    NoteNotCoveredBeforeTortLaw,
    NoteNoPunitiveForPersonalInformation,
    NoteNoPunitiveTortLaw,
    NoteDifferentialPricingRoute,
    // The purchase claim.
    FormulaRefund,
    FormulaRefundOvercharge,
    FormulaRefundBalance,
    FormulaPurchaseLoss,
    FormulaTimesPrice,
    FormulaTimesPriceRefunded,
    FormulaReasonablePartUnknown,
    FormulaPunitiveNothingReasonable,
    FormulaPunitiveCorresponding,
    FormulaTimesClaimedBase,
    FormulaTimesReasonablePart,
    FormulaTimesLoss,
    FormulaPunitiveFixed,
    FormulaPunitiveFloor,
    FormulaPunitiveUpTo,
    FormulaPunitiveUpToNoLoss,
    FormulaPunitiveExcluded,
    NoteHigherBaseChosen,
    NoteBoundByClaimedBase,
    NoteBaseNotWider,
    NotePricePaid,
    NoteSellerKnewFood,
    NoteSellerKnewDrug,
    NoteKnewDefect,
    NoteHarmlessFlawNotFraud,
    NoteStagedFoodClaim,
    NoteProductLimitation,
    NoteBuyerKnew,
    NoteLossAlternative,
    NoteNoFloorInThisVersion,
    NoteCorrespondingPunitive,
    NoteContrivedClaim,
    NoteHarmlessFlaw,
    NoteFraudBeyondDoubt,
    NoteDefectNeedsSeriousHarm,
    NotePurchaseDateAssumed,
    NoteOlderVersion,
    NoteFoodMayClaimFraud,
    NotCoveredFraud,
    NotCoveredFood,
    NotCoveredDrug,
    NotCoveredDefective,
    // The reform sandbox.
    FormulaReformGain,
    FormulaReformPerRecord,
    FormulaReformHigher,
    FormulaReformNothing,
    NoteReformNotLaw,
    NoteReformCapped,
    NoteReformSeparate,
    // What suing costs and how long there is.
    FormulaFeeProperty,
    FormulaFeePersonality,
    FormulaFeeHalved,
    NoteFeeProvince,
    NoteFeeOnClaim,
    NoteFeeOnEstimate,
    NoteFeeSimplified,
    NoteFeeJoined,
    FormulaFeeJoined,
    NoteLimitationHoliday,
    FormulaLateInterest,
    NoteOrdinaryInterest,
    FormulaLimitation,
    FormulaLimitationMoved,
    FormulaLimitationRunOut,
    NoteLimitationWeekend,
    NoteLimitationTwentyYears,
    NoteLimitationProduct,
    NoteLimitationInTime,
    NoteLimitationExpired,
    NoteNotTimeBarred,
    // The burden explainer: elements, shifts, causation steps, proposals.
    ElementProcessing,
    ElementInfringement,
    ElementDamage,
    ElementCausationLeak,
    ElementFaultPresumed,
    ElementFaultOrdinary,
    ElementSale,
    ElementDeception,
    ElementFoodMeetsStandard,
    ElementSellerKnewFood,
    ElementDrugCounterfeit,
    ElementSellerKnewDrug,
    ElementDefect,
    ElementSellerKnewDefect,
    ElementSeriousHarm,
    ElementCausationInjury,
    ShiftFacialConsent,
    ShiftWithheldEvidence,
    ShiftBuyerKnewIsForTheBusiness,
    ShiftPlatformRecords,
    ShiftDurableGoods,
    CausationCase,
    CausationStepHeld,
    CausationStepTiming,
    CausationStepStandard,
    CausationStepImpossible,
    CausationStepFirstInstance,
    ReformFullReversal,
    ShiftHighProbabilityNotUnique,
    // Who pays.
    PayJointWhole,
    PaySellerWhole,
    PaySupplementary,
    PayProportional,
    PayPlatformFirst,
    PayEnlargedPart,
    PayOwnShare,
    PayFraudsterWhole,
    PayLeakShare,
    // Non-money relief.
    ReliefStopAndDelete,
    ReliefStopAndDeletePublic,
    ReliefApology,
    ReliefApologyPublic,
    ReliefNoLimitation,
}
