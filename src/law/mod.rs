//! The legal engine: `assess(&Scenario) -> Assessment`. Pure Rust, no web dependency: it imports
//! only `money`, `date` and `parse::Count` (a test enforces this).
//!
//! An Assessment is not a number but sections of lines, each with its amount (or the range a
//! court may choose from), the formula with the numbers filled in, and the provisions it rests
//! on. Totals are summed from the awarded lines once, in `assessment.rs`.

pub mod amount;
pub mod assessment;
pub mod mechanisms;
pub mod personal_information;
pub mod scenario;
pub mod statutes;
pub mod vocab;

pub use amount::Amount;
pub use assessment::{
    Assessment, ClaimKind, Discretion, Frame, Line, LineId, Note, Part, Relief, Role, Section,
    Total,
};
pub use scenario::{
    Claimant, Claimed, Expenses, Gain, Loss, Mental, PersonalInformation, Scenario, ThirdParty,
    FORMAT_VERSION,
};
pub use vocab::{Arg, Key, Msg};

use crate::money::Overflow;

/// Assesses a scenario, a section per claim it holds. Fails only when an amount overflows,
/// which input limits make unreachable for anything a person can type, but the engine does
/// not rely on that.
pub fn assess(scenario: &Scenario) -> Result<Assessment, Overflow> {
    let mut sections = Vec::new();
    if let Some(pi) = &scenario.personal_information {
        sections.push(personal_information::section(scenario.claimant, pi)?);
    }
    Ok(Assessment {
        law_as_of: statutes::LAW_AS_OF,
        sections,
    })
}
