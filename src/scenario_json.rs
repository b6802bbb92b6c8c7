//! The Scenario JSON format as files and scripts hold it, by version (docs/scenario.md).
//!
//! Version 3 carries `"version": 3`; version 2 is the same without the costs inputs, who pays
//! and a refund before suit, so it is read as version 3 once it is shown to hold none of them.
//! Version 1, the format of the first release, has no `version` key and one personal-information
//! claim; it is still accepted and migrated as the document says, so saved files keep working.

use crate::cases::Case;
use crate::law::{
    Claimant, Expenses, Gain, Loss, Mental, PersonalInformation, Scenario, FORMAT_VERSION,
};
use crate::money::Money;
use crate::parse::Count;
use serde::Deserialize;
use serde_json::Value;

/// What decides how a text is read: a preset has `expected`, a version 2 scenario `version`.
/// Read first with everything else skipped, so the text is then parsed once, straight into its
/// typed structs (no intermediate JSON tree holding a copy of it all).
#[derive(Deserialize)]
struct Probe {
    #[serde(default)]
    version: Option<Value>,
    #[serde(default)]
    expected: Option<serde::de::IgnoredAny>,
}

/// Reads a Scenario of any supported version, or a preset file (its `scenario`).
pub fn from_json(text: &str) -> Result<Scenario, String> {
    let probe: Probe = serde_json::from_str(text).map_err(|e| format!("invalid JSON: {e}"))?;
    if probe.expected.is_some() {
        let case: Case = serde_json::from_str(text).map_err(|e| format!("invalid preset: {e}"))?;
        return Ok(case.scenario);
    }
    match probe.version.as_ref().map(Value::as_u64) {
        None => {
            let v1: V1 = serde_json::from_str(text)
                .map_err(|e| format!("invalid scenario (version 1): {e}"))?;
            Ok(v1.migrate())
        }
        Some(Some(2)) => {
            let v2: Scenario = serde_json::from_str(text)
                .map_err(|e| format!("invalid scenario (version 2): {e}"))?;
            migrate_v2(v2)
        }
        Some(Some(v)) if v == u64::from(FORMAT_VERSION) => {
            serde_json::from_str(text).map_err(|e| format!("invalid scenario: {e}"))
        }
        _ => Err(format!(
            "unsupported scenario version {}: this build reads 1, 2 and {FORMAT_VERSION}",
            probe.version.unwrap_or(Value::Null)
        )),
    }
}

/// Version 2 is version 3 without its new fields: the same facts, written as version 3. A field
/// version 2 never had is an error there, as any unknown field is.
fn migrate_v2(v2: Scenario) -> Result<Scenario, String> {
    let refunded = v2.purchase.as_ref().is_some_and(|p| !p.refunded.is_zero());
    let new_field = [
        ("costs", v2.costs.is_some()),
        ("who_pays", v2.who_pays.is_some()),
        ("purchase.refunded", refunded),
    ]
    .into_iter()
    .find_map(|(name, present)| present.then_some(name));
    match new_field {
        Some(name) => Err(format!(
            "invalid scenario (version 2): `{name}` is a version 3 field"
        )),
        None => Ok(Scenario {
            version: FORMAT_VERSION,
            ..v2
        }),
    }
}

/// Version 1: `{"personal_information": {...}}`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct V1 {
    #[serde(default)]
    personal_information: V1PersonalInformation,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, default)]
struct V1PersonalInformation {
    /// `null` meant "not known", which version 1 treated as hard to determine.
    direct_loss: Option<Money>,
    expenses: Expenses,
    gain: V1Gain,
    mental: Mental,
    via_network: bool,
    facial: bool,
}

impl Default for V1PersonalInformation {
    fn default() -> Self {
        V1PersonalInformation {
            direct_loss: None,
            expenses: Expenses::default(),
            gain: V1Gain::Unknown,
            mental: Mental::default(),
            via_network: true,
            facial: false,
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(tag = "basis", rename_all = "snake_case", deny_unknown_fields)]
enum V1Gain {
    #[default]
    Unknown,
    Actual {
        amount: Money,
        #[serde(default)]
        records: Option<Count>,
    },
    Estimate {
        records: Count,
        price_per_record: Money,
    },
}

impl V1 {
    /// The same facts in version 2: an individual claimant; a loss not given is a loss that is
    /// hard to determine, as version 1 read it; the date unknown.
    fn migrate(self) -> Scenario {
        let pi = self.personal_information;
        let loss = match pi.direct_loss {
            Some(fen) => Loss::Amount {
                fen,
                third_party: None,
            },
            None => Loss::Unquantifiable,
        };
        let gain = match pi.gain {
            V1Gain::Unknown => Gain::Unknown,
            V1Gain::Actual { amount, records } => Gain::Actual { amount, records },
            V1Gain::Estimate {
                records,
                price_per_record,
            } => Gain::Estimate {
                records,
                price_per_record,
            },
        };
        Scenario {
            claimant: Claimant::Individual,
            personal_information: Some(PersonalInformation {
                loss,
                expenses: pi.expenses,
                gain,
                mental: pi.mental,
                via_network: pi.via_network,
                facial: pi.facial,
                ..PersonalInformation::default()
            }),
            ..Scenario::default()
        }
    }
}
