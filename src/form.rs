//! The calculator form as typed: raw text per field, turned into a `Scenario` or into one error
//! per bad field. Pure, so it is tested natively; the UI only binds inputs to it.

use crate::law::{Expenses, Gain, Mental, PersonalInformation, Scenario};
use crate::money::Money;
use crate::parse::{parse_amount, parse_count, Count, InputError};
use serde::{Deserialize, Serialize};

/// A text field of the form. The order is the order on screen (used by the error summary).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Field {
    DirectLoss,
    Investigation,
    Notarisation,
    Lawyer,
    OtherExpenses,
    GainAmount,
    Records,
    PricePerRecord,
    MentalClaimed,
}

impl Field {
    pub const ALL: [Field; 9] = [
        Field::DirectLoss,
        Field::Investigation,
        Field::Notarisation,
        Field::Lawyer,
        Field::OtherExpenses,
        Field::GainAmount,
        Field::Records,
        Field::PricePerRecord,
        Field::MentalClaimed,
    ];

    /// The element id of the field's input, used for labels, links and tests.
    pub fn id(self) -> &'static str {
        match self {
            Field::DirectLoss => "direct-loss",
            Field::Investigation => "investigation",
            Field::Notarisation => "notarisation",
            Field::Lawyer => "lawyer",
            Field::OtherExpenses => "other-expenses",
            Field::GainAmount => "gain-amount",
            Field::Records => "records",
            Field::PricePerRecord => "price-per-record",
            Field::MentalClaimed => "mental-claimed",
        }
    }

    pub fn is_count(self) -> bool {
        self == Field::Records
    }
}

/// How the user knows the infringer's gain.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GainMode {
    #[default]
    Unknown,
    Actual,
    Estimate,
}

/// Everything typed, kept as text so that a bad value never loses what else was typed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct FormState {
    pub texts: Vec<(Field, String)>,
    pub gain_mode: GainMode,
    pub via_network: bool,
    pub facial: bool,
    pub serious: bool,
}

impl Default for FormState {
    fn default() -> Self {
        FormState {
            texts: Vec::new(),
            gain_mode: GainMode::Unknown,
            via_network: true,
            facial: false,
            serious: false,
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
    pub fn text(&self, field: Field) -> &str {
        self.texts
            .iter()
            .find(|(f, _)| *f == field)
            .map_or("", |(_, t)| t.as_str())
    }

    pub fn set_text(&mut self, field: Field, text: String) {
        self.texts.retain(|(f, _)| *f != field);
        if !text.is_empty() {
            self.texts.push((field, text));
        }
    }

    /// Nothing typed yet.
    pub fn is_blank(&self) -> bool {
        self.texts.iter().all(|(_, t)| t.trim().is_empty())
    }

    /// Whether a field is shown (and so counts) given the other choices.
    pub fn is_active(&self, field: Field) -> bool {
        match field {
            Field::GainAmount => self.gain_mode == GainMode::Actual,
            Field::Records => self.gain_mode != GainMode::Unknown,
            Field::PricePerRecord => self.gain_mode == GainMode::Estimate,
            Field::MentalClaimed => self.serious,
            _ => true,
        }
    }

    /// Every active field whose text is not empty and does not parse, in screen order.
    pub fn errors(&self) -> Vec<FieldError> {
        Field::ALL
            .into_iter()
            .filter(|f| self.is_active(*f))
            .filter_map(|field| match self.parse(field) {
                Err(error) => Some(FieldError { field, error }),
                Ok(_) => None,
            })
            .collect()
    }

    /// The scenario, or the errors that stop one being built. Empty fields mean "not known".
    pub fn scenario(&self) -> Result<Scenario, Vec<FieldError>> {
        let errors = self.errors();
        if !errors.is_empty() {
            return Err(errors);
        }
        let money = |f: Field| self.amount(f);
        let pi = PersonalInformation {
            direct_loss: money(Field::DirectLoss),
            expenses: Expenses {
                investigation: money(Field::Investigation),
                notarisation: money(Field::Notarisation),
                lawyer: money(Field::Lawyer),
                other: money(Field::OtherExpenses),
            },
            gain: self.gain(),
            mental: Mental {
                serious: self.serious,
                claimed: money(Field::MentalClaimed),
            },
            via_network: self.via_network,
            facial: self.facial,
        };
        Ok(Scenario {
            personal_information: pi,
        })
    }

    /// The form that shows a scenario, as a preset loads it.
    pub fn from_scenario(s: &Scenario) -> FormState {
        let pi = &s.personal_information;
        let mut form = FormState {
            via_network: pi.via_network,
            facial: pi.facial,
            serious: pi.mental.serious,
            ..FormState::default()
        };
        let mut put = |f: Field, m: Option<Money>| form.texts.extend(m.map(|m| (f, m.to_plain())));
        put(Field::DirectLoss, pi.direct_loss);
        put(Field::Investigation, pi.expenses.investigation);
        put(Field::Notarisation, pi.expenses.notarisation);
        put(Field::Lawyer, pi.expenses.lawyer);
        put(Field::OtherExpenses, pi.expenses.other);
        put(Field::MentalClaimed, pi.mental.claimed);
        let (mode, records) = match &pi.gain {
            Gain::Unknown => (GainMode::Unknown, None),
            Gain::Actual { amount, records } => {
                put(Field::GainAmount, Some(*amount));
                (GainMode::Actual, *records)
            }
            Gain::Estimate {
                records,
                price_per_record,
            } => {
                put(Field::PricePerRecord, Some(*price_per_record));
                (GainMode::Estimate, Some(*records))
            }
        };
        form.gain_mode = mode;
        if let Some(r) = records {
            form.texts.push((Field::Records, count_text(r)));
        }
        form
    }

    fn parse(&self, field: Field) -> Result<(), InputError> {
        let text = self.text(field);
        if text.trim().is_empty() {
            return Ok(());
        }
        if field.is_count() {
            parse_count(text).map(|_| ())
        } else {
            parse_amount(text).map(|_| ())
        }
    }

    fn amount(&self, field: Field) -> Option<Money> {
        if !self.is_active(field) {
            return None;
        }
        parse_amount(self.text(field)).ok()
    }

    fn records(&self) -> Option<Count> {
        parse_count(self.text(Field::Records)).ok()
    }

    fn gain(&self) -> Gain {
        match self.gain_mode {
            GainMode::Unknown => Gain::Unknown,
            GainMode::Actual => match self.amount(Field::GainAmount) {
                Some(amount) => Gain::Actual {
                    amount,
                    records: self.records(),
                },
                None => Gain::Unknown,
            },
            GainMode::Estimate => match (self.records(), self.amount(Field::PricePerRecord)) {
                (Some(records), Some(price_per_record)) => Gain::Estimate {
                    records,
                    price_per_record,
                },
                _ => Gain::Unknown,
            },
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
