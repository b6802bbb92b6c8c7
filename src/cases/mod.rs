//! Presets built from real judgments. Each is a JSON file holding the facts, the scenario the
//! calculator reads, and the figures the court reached; `tests/it/golden.rs` checks the engine
//! reproduces those figures to the fen.
//!
//! The page does not read the JSON: `catalog.rs`, generated from it by `tests/it/catalog.rs`,
//! holds what the page shows and each preset's form as `form::codec` text, so the wasm bundle
//! carries no JSON reader (≈ 35 KB gzip).

mod catalog;

pub use catalog::CATALOG;

use crate::lang::Words;
use crate::law::{Amount, Claimant, LineId, Scenario};
use crate::money::Money;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// The JSON of every preset, embedded at build time so the app needs no request to load one.
pub const SOURCES: &[(&str, &str)] = &[
    (
        "beijing-4th-2024-order-leak.json",
        include_str!("beijing-4th-2024-order-leak.json"),
    ),
    (
        "beijing-chaoyang-2018-ctrip.json",
        include_str!("beijing-chaoyang-2018-ctrip.json"),
    ),
    (
        "beijing-internet-2020-weread.json",
        include_str!("beijing-internet-2020-weread.json"),
    ),
    (
        "beijing-internet-2020-baidu-photo.json",
        include_str!("beijing-internet-2020-baidu-photo.json"),
    ),
    (
        "guangzhou-internet-2021-sms.json",
        include_str!("guangzhou-internet-2021-sms.json"),
    ),
    (
        "nantong-tongzhou-2024-sms.json",
        include_str!("nantong-tongzhou-2024-sms.json"),
    ),
    (
        "shenzhen-2023-wechat-friends.json",
        include_str!("shenzhen-2023-wechat-friends.json"),
    ),
    (
        "keqiao-2021-ctrip-price.json",
        include_str!("keqiao-2021-ctrip-price.json"),
    ),
    (
        "chancheng-2021-expired-beer.json",
        include_str!("chancheng-2021-expired-beer.json"),
    ),
    (
        "guiding-23-sun-yinshan-sausage.json",
        include_str!("guiding-23-sun-yinshan-sausage.json"),
    ),
    (
        "guiding-17-zhang-li-car.json",
        include_str!("guiding-17-zhang-li-car.json"),
    ),
    (
        "hangzhou-2020-10605.json",
        include_str!("hangzhou-2020-10605.json"),
    ),
];

/// A real case and what the court decided.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    pub id: String,
    /// The number as the court wrote it, or why there is none; in English, the same number with
    /// the words around it translated.
    pub case_number_zh: String,
    pub case_number_en: String,
    pub court_zh: String,
    pub court_en: String,
    pub judgment_date_zh: String,
    pub judgment_date_en: String,
    pub title_zh: String,
    pub title_en: String,
    pub facts_zh: String,
    pub facts_en: String,
    pub decision_zh: String,
    pub decision_en: String,
    pub caveat_zh: String,
    pub caveat_en: String,
    /// One line for the practice panel: what the court awarded, head by head.
    pub award_zh: String,
    pub award_en: String,
    pub sources: Vec<String>,
    pub scenario: Scenario,
    pub expected: Expected,
}

/// The court's figures, as the engine must reproduce them: the total, and lines or parts of
/// lines by id. An award inside a range passes only if the range is at most twice the award.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expected {
    /// What the court awarded in money, all heads together.
    pub awarded: Money,
    /// The engine's total on the preset's facts.
    pub total: Bounds,
    pub lines: Vec<ExpectedLine>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectedLine {
    pub id: LineId,
    pub amount: Bounds,
}

/// An expected amount as `{"min": 0, "max": 10000000}` (`min` = `max` for a point): a plain
/// struct, cheap for serde to read in the wasm bundle.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bounds {
    pub min: Money,
    pub max: Option<Money>,
}

impl Bounds {
    pub fn amount(self) -> Amount {
        Amount::range(self.min, self.max)
    }
}

impl Case {
    pub fn is_public_interest(&self) -> bool {
        self.scenario.claimant == Claimant::PublicInterest
    }
}

/// A preset as the page shows it, compiled in: what the case panel, the presentation and the
/// answer's similar cases show. The court's reasoning and the caveats of each preset are on the
/// gallery page (gallery.html, generated from the same JSON), one link away: on a phone, every
/// byte of the wasm is paid for in time to answer.
#[derive(Debug, PartialEq)]
pub struct Preset {
    pub id: &'static str,
    /// What happened, as the guided questions' first answer names it (`leak`, `scam`, `fraud`,
    /// `food`, `drug`, `defective`).
    pub kind: &'static str,
    pub public_interest: bool,
    /// The case is about personal information (the practice panel lists only these).
    pub personal_information: bool,
    /// What the court awarded in money, all heads together.
    pub awarded: Money,
    /// As in the JSON's `title_zh` and `title_en`; likewise below.
    pub title: Words,
    pub case_number: Words,
    pub judgment_date: Words,
    pub court: Words,
    pub facts: Words,
    pub award: Words,
    /// The preset's form in `form::codec` text.
    pub form: &'static str,
}

/// The personal-information presets from individual suits: what courts award one person, for
/// the practice panel beside the court's discretion.
pub fn individual_presets() -> impl Iterator<Item = &'static Preset> {
    CATALOG
        .iter()
        .filter(|p| p.personal_information && !p.public_interest)
}

/// The individual suits of this kind: the real cases like the user's.
pub fn like(kind: &str) -> impl Iterator<Item = &'static Preset> + '_ {
    CATALOG
        .iter()
        .filter(move |p| p.kind == kind && !p.public_interest)
}

/// The compiled preset with this id.
pub fn preset(id: &str) -> Option<&'static Preset> {
    CATALOG.iter().find(|p| p.id == id)
}

/// Every preset that parses, parsed once. A preset that does not is a build defect the golden
/// test reports; the app leaves it out rather than failing.
pub fn all() -> &'static [Case] {
    static CASES: OnceLock<Vec<Case>> = OnceLock::new();
    CASES.get_or_init(|| {
        SOURCES
            .iter()
            .filter_map(|(_, json)| serde_json::from_str(json).ok())
            .collect()
    })
}

/// The presets from individual suits: what courts award one person, for the practice panel.
pub fn individual() -> impl Iterator<Item = &'static Case> {
    all().iter().filter(|c| !c.is_public_interest())
}

/// The preset with this id.
pub fn find(id: &str) -> Option<&'static Case> {
    all().iter().find(|c| c.id == id)
}
