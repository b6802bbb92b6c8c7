//! The calculator form as typed: raw text per field and the choices made, read once into what
//! the engine takes (`Answers`: the scenario, or one error per bad field). Pure, so it is tested
//! natively; the UI only binds inputs to it.
//!
//! Each control is declared once in `controls.rs`; each part of the form reads its own answers
//! in a file of its own, mirroring `law/`: `personal_information`, `purchase`, `reform`,
//! `who_pays`, `costs`.

pub mod codec;
mod controls;
mod costs;
pub mod flow;
mod personal_information;
mod purchase;
mod reform;
mod who_pays;

pub use controls::{
    Alloc, Choice, Field, Flag, GainMode, Group, Happened, Kind, LossChoice, Part, Picked,
};

use crate::date::Date;
use crate::law::burden::Evidence;
use crate::law::costs::CostsInput;
use crate::law::liability::Situation;
use crate::law::{Claimant, Purchase, Scenario};
use crate::money::Money;
use crate::parse::{parse_amount, parse_count, parse_date, Count, InputError};

/// The most characters a field keeps: far more than any amount, count or date needs.
pub const MAX_CHARS: usize = 64;

/// The ticked checkboxes, as a bit set so that two forms compare equal whatever the order of
/// ticking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Flags(u32);

impl Flags {
    pub const NONE: Flags = Flags(0);

    /// What a new form has ticked (`controls.rs` says which).
    pub fn fresh() -> Flags {
        let mut flags = Flags::NONE;
        for flag in Flag::ALL {
            flags.set(*flag, flag.ticked_by_default());
        }
        flags
    }

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

const GROUPS: usize = Group::ALL.len();

/// Everything typed and chosen, kept as typed so that a bad value never loses anything else,
/// and a hidden answer comes back when its question does.
#[derive(Clone, Debug, PartialEq)]
pub struct FormState {
    texts: Vec<(Field, String)>,
    flags: Flags,
    /// The option chosen in each radio group (`Group` order), if one was.
    choices: [Option<u8>; GROUPS],
    /// The evidence the user holds, for the burden explainer (in `Evidence::ALL` order).
    pub evidence: Vec<Evidence>,
}

impl Default for FormState {
    fn default() -> Self {
        FormState {
            texts: Vec::new(),
            flags: Flags::fresh(),
            choices: [None; GROUPS],
            evidence: Vec::new(),
        }
    }
}

/// A field whose text does not parse.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: Field,
    pub error: InputError,
}

/// What a field's text reads as.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Value {
    Money(Money),
    Count(Count),
    Date(Date),
}

/// The form read once: each shown field's value, and the errors of those that do not read.
pub struct Parsed {
    values: Vec<Option<Value>>,
    errors: Vec<FieldError>,
}

impl Parsed {
    pub fn amount(&self, field: Field) -> Option<Money> {
        match self.values[field as usize] {
            Some(Value::Money(m)) => Some(m),
            _ => None,
        }
    }

    pub fn count(&self, field: Field) -> Option<Count> {
        match self.values[field as usize] {
            Some(Value::Count(c)) => Some(c),
            _ => None,
        }
    }

    pub fn date(&self, field: Field) -> Option<Date> {
        match self.values[field as usize] {
            Some(Value::Date(d)) => Some(d),
            _ => None,
        }
    }

    /// A field that reads on its own but not with the others (a product above the input limit,
    /// a part above its whole): the error is on this field, and its value counts as not given.
    fn reject(&mut self, field: Field, error: InputError) {
        self.values[field as usize] = None;
        let at = self
            .errors
            .partition_point(|e| (e.field as usize) < field as usize);
        self.errors.insert(at, FieldError { field, error });
    }
}

/// Everything the form says, read once per change: the model computes from this alone.
#[derive(Clone, Debug, PartialEq)]
pub struct Answers {
    /// Every shown field that does not read, in screen order.
    pub errors: Vec<FieldError>,
    /// The scenario, when nothing is wrong and something was answered.
    pub scenario: Option<Scenario>,
    /// The claims as the burden explainer sees them (a bad field counts as not given).
    pub burden: Scenario,
    /// How the defendants stand to each other, once chosen.
    pub situation: Option<Situation>,
    /// What the costs panel was given.
    pub costs: CostsInput,
}

impl FormState {
    /// Ticked, whether or not it is shown now (the checkbox keeps its state).
    pub fn flag(&self, flag: Flag) -> bool {
        self.flags.has(flag)
    }

    /// Ticked and shown: what counts.
    pub fn is_on(&self, flag: Flag) -> bool {
        self.flag(flag) && flag.is_shown(self)
    }

    pub fn set_flag(&mut self, flag: Flag, on: bool) {
        self.flags.set(flag, on);
    }

    pub fn flags(&self) -> Flags {
        self.flags
    }

    pub fn set_flags(&mut self, flags: Flags) {
        self.flags = flags;
    }

    /// The option chosen in `C`'s group, if one was.
    pub fn choice<C: Choice>(&self) -> Option<C> {
        let index = self.choices[C::GROUP as usize]?;
        C::ALL.get(usize::from(index)).copied()
    }

    /// The option chosen, or the one assumed until then (the group's first).
    pub fn value<C: Choice>(&self) -> C {
        self.choice().unwrap_or(C::ALL[0])
    }

    /// The option shown as chosen: the one chosen, or the one assumed where the group assumes.
    pub fn shown_choice<C: Choice>(&self) -> Option<C> {
        match C::ASSUMED {
            true => Some(self.value()),
            false => self.choice(),
        }
    }

    pub fn set_choice<C: Choice>(&mut self, choice: C) {
        self.pick(choice.picked());
    }

    /// Chooses an option of any group; an index outside the group is ignored.
    pub fn pick(&mut self, picked: Picked) {
        if usize::from(picked.index) < picked.group.options().len() {
            self.choices[picked.group as usize] = Some(picked.index);
        }
    }

    /// The option chosen in a group, as its index.
    pub fn picked(&self, group: Group) -> Option<u8> {
        self.choices[group as usize]
    }

    /// The family of rules of the purchase claim, as chosen (fraud until another is).
    pub fn family(&self) -> &'static crate::law::purchase::rules::Family {
        self.value::<crate::law::PurchaseRule>().family()
    }

    /// Ticks or unticks an item of evidence, keeping the list in a canonical order.
    pub fn set_evidence(&mut self, item: Evidence, held: bool) {
        self.evidence.retain(|e| *e != item);
        if held {
            let at = self
                .evidence
                .partition_point(|e| (*e as usize) < item as usize);
            self.evidence.insert(at, item);
        }
    }

    pub fn text(&self, field: Field) -> &str {
        self.texts
            .iter()
            .find(|(f, _)| *f == field)
            .map_or("", |(_, t)| t.as_str())
    }

    /// Keeps the text as typed, without direction controls (which can make "43" read as "34"
    /// on screen), cut at `MAX_CHARS` (the input's own `maxlength`).
    pub fn set_text(&mut self, field: Field, text: String) {
        let mut text = without_direction_controls(text);
        if let Some((cut, _)) = text.char_indices().nth(MAX_CHARS) {
            text.truncate(cut);
        }
        self.texts.retain(|(f, _)| *f != field);
        if !text.is_empty() {
            // Screen order, so that two forms with the same texts compare equal.
            let at = self
                .texts
                .partition_point(|(f, _)| (*f as usize) < field as usize);
            self.texts.insert(at, (field, text));
        }
    }

    /// Whether a field is shown (and so counts) given the other choices.
    pub fn is_active(&self, field: Field) -> bool {
        field.is_shown(self)
    }

    /// Nothing answered yet: no visible field filled, no loss question answered, no choice made
    /// that changes a figure.
    pub fn is_blank(&self) -> bool {
        let typed = Field::ALL
            .iter()
            .any(|f| self.is_active(*f) && !self.text(*f).trim().is_empty());
        let answered = self.flag(Flag::ClaimPersonalInformation)
            && (self.choice::<LossChoice>().is_some()
                || self.value::<GainMode>() != GainMode::Unknown
                || self.is_on(Flag::Serious));
        !typed && !answered
    }

    /// Reads every shown field once: its value, or its error.
    pub fn parse(&self) -> Parsed {
        let mut parsed = Parsed {
            values: vec![None; Field::ALL.len()],
            errors: Vec::new(),
        };
        for field in Field::ALL.iter().copied() {
            let text = self.text(field);
            if !self.is_active(field) || text.trim().is_empty() {
                continue;
            }
            match read(field, text) {
                Ok(Value::Count(c)) if self.is_on(Flag::MoreRecords) && field.may_be_more() => {
                    let more = Count {
                        more_than: true,
                        ..c
                    };
                    parsed.values[field as usize] = Some(Value::Count(more));
                }
                Ok(value) => parsed.values[field as usize] = Some(value),
                Err(error) => parsed.errors.push(FieldError { field, error }),
            }
        }
        personal_information::check(&mut parsed);
        reform::check(self, &mut parsed);
        parsed
    }

    /// The form, read once, as the engine and the panels take it.
    pub fn answers(&self) -> Answers {
        let parsed = self.parse();
        let burden = self.burden_claims(&parsed);
        let scenario = (parsed.errors.is_empty() && !self.is_blank()).then(|| self.claims(&parsed));
        Answers {
            situation: who_pays::situation(self, &parsed),
            costs: costs::input(self, &parsed),
            errors: parsed.errors,
            scenario,
            burden,
        }
    }

    /// Every shown field whose text is not empty and does not read, in screen order.
    pub fn errors(&self) -> Vec<FieldError> {
        self.parse().errors
    }

    /// The field's error, if it is shown and its text is not empty and does not read.
    pub fn error(&self, field: Field) -> Option<FieldError> {
        self.errors().into_iter().find(|e| e.field == field)
    }

    /// The scenario, or the errors that stop one being built. Empty fields mean "not given"; a
    /// blank form is an empty scenario.
    pub fn scenario(&self) -> Result<Scenario, Vec<FieldError>> {
        let answers = self.answers();
        match answers.scenario {
            Some(scenario) => Ok(scenario),
            None if answers.errors.is_empty() => Ok(Scenario::default()),
            None => Err(answers.errors),
        }
    }

    /// The claims ticked, with whatever reads.
    fn claims(&self, parsed: &Parsed) -> Scenario {
        let pi = self.flag(Flag::ClaimPersonalInformation);
        Scenario {
            claimant: self.value(),
            personal_information: pi.then(|| personal_information::claim(self, parsed)),
            purchase: purchase::claim(self, parsed),
            reform: Part::Reform.is_open(self).then(|| reform::proposal(parsed)),
            ..Scenario::default()
        }
    }

    /// The claims as the burden explainer sees them: a purchase counts as soon as it is ticked,
    /// before it has a price, since who must prove what does not depend on the figures.
    fn burden_claims(&self, parsed: &Parsed) -> Scenario {
        let mut s = self.claims(parsed);
        if self.flag(Flag::ClaimPurchase) && s.purchase.is_none() {
            s.purchase = Some(Purchase {
                rule: self.value(),
                date: parsed.date(Field::PurchaseDate),
                ..Purchase::default()
            });
        }
        s
    }

    /// The form that shows a scenario, as a preset loads it.
    pub fn from_scenario(s: &Scenario) -> FormState {
        let mut form = FormState::default();
        if s.claimant != Claimant::Individual {
            form.set_choice(s.claimant);
        }
        form.set_flag(
            Flag::ClaimPersonalInformation,
            s.personal_information.is_some(),
        );
        if let Some(pi) = &s.personal_information {
            personal_information::put(&mut form, pi);
        }
        if let Some(p) = &s.purchase {
            purchase::put(&mut form, p);
        }
        if let Some(r) = &s.reform {
            reform::put(&mut form, r);
        }
        form
    }

    fn put(&mut self, field: Field, text: Option<String>) {
        if let Some(text) = text {
            self.set_text(field, text);
        }
    }
}

impl Field {
    /// A count of records that the "more than this" box makes a lower bound.
    fn may_be_more(self) -> bool {
        matches!(self, Field::Records | Field::AllRecords)
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

/// One field's text, read as its kind says.
fn read(field: Field, text: &str) -> Result<Value, InputError> {
    Ok(match field.kind() {
        Kind::Money => Value::Money(parse_amount(text)?),
        Kind::Date => Value::Date(parse_date(text)?),
        Kind::Count => {
            let count = parse_count(text)?;
            // Records may be 0 when unknown, a multiple or a share 0; a whole is at least 1.
            let zero_allowed = matches!(
                field,
                Field::Records | Field::ReformMultiple | Field::AllocShare
            );
            if count.n == 0 && !zero_allowed {
                return Err(InputError::Zero);
            }
            Value::Count(count)
        }
    })
}

/// The text without the invisible controls that reorder what is shown (Unicode bidi embeddings,
/// overrides, isolates and marks).
pub fn without_direction_controls(text: String) -> String {
    let is_control = |c: char| matches!(c, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    if text.chars().any(is_control) {
        text.chars().filter(|c| !is_control(*c)).collect()
    } else {
        text
    }
}
