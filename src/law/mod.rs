//! The legal engine: `assess(&Scenario) -> Assessment`. Pure Rust, no web dependency: it imports
//! only `money`, `date` and `parse::Count` (a test enforces this).
//!
//! An Assessment is not a number but sections of lines, each with its amount (or the range a
//! court may choose from), the formula with the numbers filled in, and the provisions it rests
//! on. Totals are summed from the awarded lines once, in `assessment.rs`.

pub mod amount;
pub mod assessment;
pub mod burden;
pub mod costs;
pub mod liability;
pub mod mechanisms;
pub mod personal_information;
pub mod purchase;
pub mod reform;
pub mod scenario;
pub mod statutes;
pub mod vocab;

pub use amount::Amount;
pub use assessment::{
    Assessment, ClaimKind, Discretion, Frame, Line, LineId, Note, Part, Relief, Role, Section,
    Total,
};
pub use scenario::{
    Claimant, Claimed, Expenses, Gain, Loss, Mental, PersonalInformation, Purchase, PurchaseRule,
    ReformProposal, Scenario, ThirdParty, FORMAT_VERSION,
};
pub use vocab::{Arg, Key, Msg};

use crate::money::Overflow;

/// Assesses a scenario, a section per claim it holds. Fails only when an amount overflows,
/// which input limits make unreachable for anything a person can type, but the engine does
/// not rely on that.
pub fn assess(scenario: &Scenario) -> Result<Assessment, Overflow> {
    let mut sections = Vec::new();
    let frame = Frame::from(scenario.claimant);
    if let Some(pi) = &scenario.personal_information {
        sections.push(personal_information::section(scenario.claimant, pi)?);
    }
    if let Some(purchase) = &scenario.purchase {
        sections.push(purchase::section(frame, purchase)?);
    }
    // The sandbox comes last, after every claim of current law, and only with a claim to apply
    // it to.
    if let (Some(pi), Some(proposal)) = (&scenario.personal_information, &scenario.reform) {
        sections.push(reform::section(frame, pi, proposal)?);
    }
    Ok(Assessment {
        law_as_of: statutes::LAW_AS_OF,
        sections,
    })
}
