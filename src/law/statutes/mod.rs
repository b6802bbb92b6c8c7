//! Every provision the engine cites (法条): one file per law, each provision with its verbatim
//! Chinese text, an English gloss, and the version of its law with the dates it is in force.
//!
//! The Chinese text is copied from `docs/law/`, research notes that quote mirrors of the official
//! database (国家法律法规数据库) with file and commit; `tests/it/statutes.rs` checks that every
//! paragraph here appears there word for word. Never edit a `text_zh` from memory.

/// English that only the English page shows (a law's name, an article's number, a gloss): the
/// page built for Chinese alone (feature `lang-zh`) leaves it out of its wasm.
macro_rules! english {
    ($text:literal) => {
        if cfg!(feature = "lang-zh") {
            ""
        } else {
            $text
        }
    };
}

/// Chinese that only the Chinese page shows (a law's name, an article's number in Chinese): the
/// page built for English alone (feature `lang-en`) cites in English, and leaves it out. The
/// statute's own text stays in both builds: it is quoted on either page.
macro_rules! chinese {
    ($text:literal) => {
        if cfg!(feature = "lang-en") {
            ""
        } else {
            $text
        }
    };
}

pub mod civil_code;
pub mod civil_procedure;
pub mod consumer_protection;
pub mod contract_law;
pub mod cybersecurity;
pub mod drug_administration;
pub mod ecommerce;
pub mod facial_rules;
pub mod food_drug_dispute_rules;
pub mod food_drug_punitive_rules;
pub mod food_safety;
pub mod general_principles_1986;
pub mod general_provisions_2017;
pub mod litigation_costs;
pub mod mental_damages_rules;
pub mod network_rules;
pub mod pipl;
pub mod product_quality;
pub mod tort_law;

use crate::date::Date;
use serde::{Deserialize, Serialize};

/// The date up to which the texts were checked against the newest official mirror.
pub const LAW_AS_OF: Date = Date::ymd(2026, 6, 3);

/// A body of law, in the version the engine applies.
#[derive(Debug, PartialEq, Eq)]
pub struct Law {
    pub name_zh: &'static str,
    pub name_en: &'static str,
    pub adopted: Date,
    /// The latest amendment, if any.
    pub amended: Option<Date>,
    pub in_force: Date,
}

impl Law {
    /// Whether this version governs conduct on `date`.
    pub fn in_force_on(&self, date: Date) -> bool {
        date >= self.in_force
    }
}

/// A citable unit: an article, one paragraph (款) or one item (项) of it.
#[derive(Debug)]
pub struct Provision {
    pub law: &'static Law,
    /// `第六十九条第二款`.
    pub article_zh: &'static str,
    /// `Art. 69(2)`.
    pub article_en: &'static str,
    /// Verbatim, from the official text. Paragraphs are separated by `\n`.
    pub text_zh: &'static str,
    /// An English gloss: a reading aid, not an official translation.
    pub gloss_en: &'static str,
}

/// Declares each provision id once: the enum, its wire name, and an exhaustive lookup, so a
/// missing provision is a compile error, never a fallback to another article.
macro_rules! provisions {
    ($($id:ident = $wire:literal => $($path:ident)::+;)*) => {
        /// The id of a provision, as it appears in the Assessment JSON (`"pipl-69-2"`).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum ProvisionId {
            $(#[serde(rename = $wire)] $id,)*
        }

        impl ProvisionId {
            /// Every id, in the order a lawyer would cite them.
            pub const ALL: &'static [ProvisionId] = &[$(ProvisionId::$id,)*];

            pub fn provision(self) -> &'static Provision {
                match self {
                    $(ProvisionId::$id => &$($path)::+,)*
                }
            }

            /// The wire name, e.g. for keys in the page.
            pub fn wire(self) -> &'static str {
                match self {
                    $(ProvisionId::$id => $wire,)*
                }
            }
        }
    };
}

provisions! {
    Pipl20Para2 = "pipl-20-2" => pipl::ART_20_2;
    Pipl24Para1 = "pipl-24-1" => pipl::ART_24_1;
    Pipl45Para1 = "pipl-45-1" => pipl::ART_45_1;
    Pipl47 = "pipl-47" => pipl::ART_47;
    Pipl69Para1 = "pipl-69-1" => pipl::ART_69_1;
    Pipl69Para2 = "pipl-69-2" => pipl::ART_69_2;
    Pipl70 = "pipl-70" => pipl::ART_70;
    Pipl73Item1 = "pipl-73-1" => pipl::ART_73_1;
    CivilCode111 = "civil-code-111" => civil_code::ART_111;
    CivilCode148 = "civil-code-148" => civil_code::ART_148;
    CivilCode157 = "civil-code-157" => civil_code::ART_157;
    CivilCode178Para1 = "civil-code-178-1" => civil_code::ART_178_1;
    CivilCode178Para2 = "civil-code-178-2" => civil_code::ART_178_2;
    CivilCode179Para2 = "civil-code-179-2" => civil_code::ART_179_2;
    CivilCode995 = "civil-code-995" => civil_code::ART_995;
    CivilCode1000Para1 = "civil-code-1000-1" => civil_code::ART_1000_1;
    CivilCode1037Para2 = "civil-code-1037-2" => civil_code::ART_1037_2;
    CivilCode1165Para1 = "civil-code-1165-1" => civil_code::ART_1165_1;
    CivilCode1165Para2 = "civil-code-1165-2" => civil_code::ART_1165_2;
    CivilCode1168 = "civil-code-1168" => civil_code::ART_1168;
    CivilCode1171 = "civil-code-1171" => civil_code::ART_1171;
    CivilCode1172 = "civil-code-1172" => civil_code::ART_1172;
    CivilCode1173 = "civil-code-1173" => civil_code::ART_1173;
    CivilCode1175 = "civil-code-1175" => civil_code::ART_1175;
    CivilCode1182 = "civil-code-1182" => civil_code::ART_1182;
    CivilCode1183Para1 = "civil-code-1183-1" => civil_code::ART_1183_1;
    CivilCode1195Para2 = "civil-code-1195-2" => civil_code::ART_1195_2;
    CivilCode1197 = "civil-code-1197" => civil_code::ART_1197;
    CivilCode1207 = "civil-code-1207" => civil_code::ART_1207;
    GeneralPart21 = "civil-code-general-part-interpretation-21" => civil_code::GENERAL_PART_21;
    CivilCodeTransition1Para2 = "civil-code-transition-1-2" => civil_code::TRANSITION_1_2;
    CivilCodeTransition1Para3 = "civil-code-transition-1-3" => civil_code::TRANSITION_1_3;
    CivilCodeTransition2 = "civil-code-transition-2" => civil_code::TRANSITION_2;
    CivilCodeTransition24 = "civil-code-transition-24" => civil_code::TRANSITION_24;
    TortLaw6Para1 = "tort-law-6-1" => tort_law::ART_6_1;
    TortLaw8 = "tort-law-8" => tort_law::ART_8;
    TortLaw11 = "tort-law-11" => tort_law::ART_11;
    TortLaw12 = "tort-law-12" => tort_law::ART_12;
    TortLaw13 = "tort-law-13" => tort_law::ART_13;
    TortLaw14 = "tort-law-14" => tort_law::ART_14;
    TortLaw15 = "tort-law-15" => tort_law::ART_15;
    TortLaw20 = "tort-law-20" => tort_law::ART_20;
    TortLaw22 = "tort-law-22" => tort_law::ART_22;
    TortLaw26 = "tort-law-26" => tort_law::ART_26;
    TortLaw28 = "tort-law-28" => tort_law::ART_28;
    TortLaw47 = "tort-law-47" => tort_law::ART_47;
    GeneralProvisions111 = "general-provisions-111" => general_provisions_2017::ART_111;
    GeneralProvisions148 = "general-provisions-148" => general_provisions_2017::ART_148;
    GeneralProvisions157 = "general-provisions-157" => general_provisions_2017::ART_157;
    ContractLaw54Para2 = "contract-law-54-2" => contract_law::ART_54_2;
    ContractLaw58 = "contract-law-58" => contract_law::ART_58;
    ContractLaw97 = "contract-law-97" => contract_law::ART_97;
    ContractLaw148 = "contract-law-148" => contract_law::ART_148;
    CybersecurityLaw42Para1 = "cybersecurity-law-2016-42-1" => cybersecurity::ART_42_1;
    CybersecurityLaw43 = "cybersecurity-law-2016-43" => cybersecurity::ART_43;
    CybersecurityLaw74Para1 = "cybersecurity-law-2016-74-1" => cybersecurity::ART_74_1;
    EcommerceLaw38Para1 = "ecommerce-law-38-1" => ecommerce::ART_38_1;
    EcommerceLaw38Para2 = "ecommerce-law-38-2" => ecommerce::ART_38_2;
    EcommerceLaw62 = "ecommerce-law-62" => ecommerce::ART_62;
    ConsumerProtection23Para3 = "consumer-protection-23-3" => consumer_protection::ART_23_3;
    ConsumerProtection24Para1 = "consumer-protection-24-1" => consumer_protection::ART_24_1;
    ConsumerProtection29 = "consumer-protection-29" => consumer_protection::ART_29;
    ConsumerProtection44Para1 = "consumer-protection-44-1" => consumer_protection::ART_44_1;
    ConsumerProtection44Para2 = "consumer-protection-44-2" => consumer_protection::ART_44_2;
    ConsumerProtection55Para1 = "consumer-protection-55-1" => consumer_protection::ART_55_1;
    ConsumerProtection55Para2 = "consumer-protection-55-2" => consumer_protection::ART_55_2;
    ConsumerProtection50 = "consumer-protection-50" => consumer_protection::ART_50;
    ConsumerProtection1993Art49 = "consumer-protection-1993-49" => consumer_protection::ART_1993_49;
    ConsumerRegulations9Para2 = "consumer-regulations-9-2" => consumer_protection::REGULATIONS_9_2;
    ConsumerRegulations49Para1 = "consumer-regulations-49-1" => consumer_protection::REGULATIONS_49_1;
    ConsumerRegulations49Para2 = "consumer-regulations-49-2" => consumer_protection::REGULATIONS_49_2;
    FoodSafety148Para2 = "food-safety-148-2" => food_safety::ART_148_2;
    FoodSafety131Para1 = "food-safety-131-1" => food_safety::ART_131_1;
    FoodSafety2009Art96Para2 = "food-safety-2009-96-2" => food_safety::ART_2009_96_2;
    DrugAdministration144Para3 = "drug-administration-144-3" => drug_administration::ART_144_3;
    FoodDrugPunitive1Para2 = "food-drug-punitive-1-2" => food_drug_punitive_rules::ART_1_2;
    FoodDrugPunitive2Para1 = "food-drug-punitive-2-1" => food_drug_punitive_rules::ART_2_1;
    FoodDrugDisputes6 = "food-drug-disputes-6" => food_drug_dispute_rules::ART_6;
    FoodDrugPunitive9Para1 = "food-drug-punitive-9-1" => food_drug_punitive_rules::ART_9_1;
    FoodDrugPunitive12 = "food-drug-punitive-12" => food_drug_punitive_rules::ART_12;
    FoodDrugPunitive16Para1 = "food-drug-punitive-16-1" => food_drug_punitive_rules::ART_16_1;
    FoodSafetyDisputes6 = "food-safety-disputes-6" => food_drug_dispute_rules::FOOD_SAFETY_6;
    ProductQuality45 = "product-quality-45" => product_quality::ART_45;
    NetworkRules1 = "network-rules-1" => network_rules::ART_1;
    NetworkRules11 = "network-rules-11" => network_rules::ART_11;
    NetworkRules12Para1 = "network-rules-12-1" => network_rules::ART_12_1;
    NetworkRules12Para2 = "network-rules-12-2" => network_rules::ART_12_2;
    NetworkRules2014Art18Para1 = "network-rules-2014-18-1" => network_rules::ART_2014_18_1;
    NetworkRules2014Art18Para2 = "network-rules-2014-18-2" => network_rules::ART_2014_18_2;
    FacialRules6Para2 = "facial-rules-6-2" => facial_rules::ART_6_2;
    FacialRules8Para2 = "facial-rules-8-2" => facial_rules::ART_8_2;
    FacialRules16 = "facial-rules-16" => facial_rules::ART_16;
    MentalDamages5 = "mental-damages-5" => mental_damages_rules::ART_5;
    MentalDamages2001Art10Para1 = "mental-damages-2001-10-1" => mental_damages_rules::ART_2001_10_1;
    CivilProcedureLaw58Para1 = "civil-procedure-law-58-1" => civil_procedure::LAW_58_1;
    CivilProcedureLaw67Para1 = "civil-procedure-law-67-1" => civil_procedure::LAW_67_1;
    CivilProcedureLaw211Item11 = "civil-procedure-law-211-11" => civil_procedure::LAW_211_11;
    CivilProcedureInterpretation108Para1 = "civil-procedure-interpretation-108-1" => civil_procedure::INTERPRETATION_108_1;
    CivilProcedureInterpretation91 = "civil-procedure-interpretation-91" => civil_procedure::INTERPRETATION_91;
    CivilProcedureInterpretation109 = "civil-procedure-interpretation-109" => civil_procedure::INTERPRETATION_109;
    EvidenceRules95 = "evidence-rules-95" => civil_procedure::EVIDENCE_95;
    CivilCode188 = "civil-code-188" => civil_code::ART_188;
    LitigationCosts13Item1 = "litigation-costs-13-1" => litigation_costs::ART_13_1;
    LitigationCosts13Item2Sub2 = "litigation-costs-13-2-2" => litigation_costs::ART_13_2_2;
    LitigationCosts15 = "litigation-costs-15" => litigation_costs::ART_15;
    LitigationCosts16 = "litigation-costs-16" => litigation_costs::ART_16;
    LitigationCosts29 = "litigation-costs-29" => litigation_costs::ART_29;
    CivilCode195 = "civil-code-195" => civil_code::ART_195;
    CivilCode201Para1 = "civil-code-201-1" => civil_code::ART_201_1;
    CivilCode202 = "civil-code-202" => civil_code::ART_202;
    CivilCode203 = "civil-code-203" => civil_code::ART_203;
    GeneralPrinciples135 = "general-principles-135" => general_principles_1986::ART_135;
    Limitation2018Art2 = "limitation-2018-2" => general_principles_1986::LIMITATION_2;
    Limitation2018Art3 = "limitation-2018-3" => general_principles_1986::LIMITATION_3;
    CivilProcedureInterpretation201 = "civil-procedure-interpretation-201" => civil_procedure::INTERPRETATION_201;
    CivilProcedureLaw264 = "civil-procedure-law-264" => civil_procedure::LAW_264;
    LateInterest1 = "late-interest-1" => civil_procedure::LATE_INTEREST_1;
}
