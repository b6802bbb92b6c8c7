//! The page's state and how each user action changes it. Pure (no DOM), so it is tested natively.

use crate::cases::{self, Preset};
use crate::form::{codec, Alloc, Field, FieldError, Flag, FormState, GainMode, LossChoice};
use crate::i18n::{Lang, Text};
use crate::law::burden::{self, Evidence, Explainer};
use crate::law::costs::{self, Costs};
use crate::law::liability::Reading;
use crate::law::{assess, Assessment, Claimant, PurchaseRule};
use crate::money::Overflow;
use std::rc::Rc;
use yew::Reducible;

/// What the page shows: the form as typed and the last result that could be computed.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Model {
    pub lang: Lang,
    pub form: FormState,
    /// The last assessment of a valid form; kept while the form has errors.
    pub result: Option<Result<Assessment, Overflow>>,
    /// True when `result` belongs to an earlier, valid version of the form.
    pub stale: bool,
    /// The preset last loaded, until the user edits the form.
    pub case: Option<String>,
    /// Who must prove what, for the claims of the last valid form.
    pub explainers: Vec<Explainer>,
    /// The burden explainer shows the literature's proposals.
    pub reform_view: bool,
    /// The classroom walk-through: the step on screen, if it is running.
    pub step: Option<usize>,
    /// Presentation mode: the slide on screen, if it is on.
    pub slide: Option<usize>,
    /// What suing on the last valid result costs, and the limitation period.
    pub costs: Option<Costs>,
    /// The share link is shown: made only when asked for.
    pub share: bool,
    /// The take-away document on show, if any.
    pub doc: Option<Doc>,
    /// The fields the user has left at least once (a bit per `Field::ALL` index): only their
    /// errors show, so nothing is called wrong while it is still being typed.
    pub left: u64,
    /// What "clear everything" or a preset just replaced, and which of the two happened: one
    /// undo, offered until the next change.
    pub undo: Option<(Text, Box<Saved>)>,
    /// What the live region says: set when the user leaves a field or makes a choice, never on
    /// each keystroke; it names the field when the field has an error.
    pub said: String,
}

/// A take-away document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Doc {
    /// The plain-text summary, to copy.
    Text,
    /// The complaint draft (a demand letter in English).
    Complaint,
}

/// Something the user did.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetText(Field, String),
    SetGainMode(GainMode),
    SetLoss(LossChoice),
    SetClaimant(Claimant),
    SetPurchaseRule(PurchaseRule),
    /// From the personal-information claim to a fraud claim on the price (differential pricing).
    AddFraudClaim,
    SetEvidence(Evidence, bool),
    SetAlloc(Alloc),
    SetReading(Reading),
    SetReformView(bool),
    /// Start, move or end the classroom walk-through.
    SetStep(Option<usize>),
    /// Start, move or end presentation mode.
    Present(Option<usize>),
    /// Show (or hide) the share link.
    Share(bool),
    /// Show a take-away document, or none.
    ShowDoc(Option<Doc>),
    /// The user left a field.
    Leave(Field),
    /// Bring back what the last clear or preset replaced.
    Undo,
    SetFlag(Flag, bool),
    LoadCase(String),
    SetLang(Lang),
    Clear,
}

/// What survives a reload of the same tab (sessionStorage): the form and the language.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Saved {
    pub lang: Lang,
    pub form: FormState,
    pub case: Option<String>,
}

impl Model {
    /// The model for a saved session (or a fresh one), with its result computed.
    pub fn restore(saved: Saved) -> Model {
        // What was typed before the reload was typed and left then: its errors show at once.
        let left = Field::ALL
            .iter()
            .filter(|f| !saved.form.text(**f).is_empty())
            .fold(0, |bits, f| bits | bit(*f));
        Model {
            lang: saved.lang,
            case: saved.case,
            form: saved.form,
            left,
            ..Model::default()
        }
        .recompute()
    }

    /// The page's query parameters on top of the restored session: the language, which claims
    /// are offered, a preset to show.
    pub fn with_options(self, o: &crate::embed::Options) -> Model {
        let mut m = self;
        if let Some(lang) = o.lang {
            m.lang = lang;
        }
        if let Some(modules) = o.modules {
            let pi = modules.personal_information;
            m.form.set_flag(Flag::ClaimPersonalInformation, pi);
            m.form
                .set_flag(Flag::ClaimPurchase, modules.purchase && !pi);
            m = m.recompute();
        }
        match o.case {
            Some(id) => m.apply(Action::LoadCase(id.to_string())),
            None => m,
        }
    }

    pub fn saved(&self) -> Saved {
        Saved {
            lang: self.lang,
            form: self.form.clone(),
            case: self.case.clone(),
        }
    }

    pub fn apply(&self, action: Action) -> Model {
        // Typing and moving around the page say nothing; leaving a field or choosing does.
        let say = match &action {
            Action::SetText(..)
            | Action::Present(_)
            | Action::Share(_)
            | Action::ShowDoc(_)
            | Action::SetStep(_)
            | Action::SetReformView(_) => None,
            Action::Leave(field) => Some(Some(*field)),
            _ => Some(None),
        };
        let mut next = self.change(action);
        if let Some(field) = say {
            next.said = next.announcement(field);
        }
        next
    }

    /// The live region's sentence: the field's problem if it has one, then the total.
    fn announcement(&self, field: Option<Field>) -> String {
        let lang = self.lang;
        let total = super::result::announcement(lang, &self.result, self.stale);
        let error = field.and_then(|f| self.form.error(f));
        match error {
            Some(e) => format!(
                "{}{}{} {total}",
                super::fields::label(e.field).get(lang),
                Text::LabelSeparator.get(lang),
                super::fields::error_text(&e).get(lang),
            ),
            None => total,
        }
    }

    fn change(&self, action: Action) -> Model {
        let mut next = self.clone();
        match action {
            Action::SetLang(lang) => {
                next.lang = lang;
                return next;
            }
            Action::SetReformView(on) => {
                next.reform_view = on;
                return next;
            }
            Action::SetStep(step) => {
                next.step = step;
                return next;
            }
            Action::Present(slide) => {
                next.slide = slide;
                return next;
            }
            Action::Share(on) => {
                next.share = on;
                return next;
            }
            Action::ShowDoc(doc) => {
                next.doc = doc;
                return next;
            }
            Action::Leave(field) => {
                next.left |= bit(field);
                return next;
            }
            Action::SetEvidence(item, held) => {
                next.form.set_evidence(item, held);
                return next.recompute();
            }
            Action::Clear => {
                return Model {
                    lang: self.lang,
                    undo: self.undo_point(Text::Cleared),
                    ..Model::default()
                }
                .recompute()
            }
            Action::LoadCase(id) => {
                if let Some(preset) = cases::preset(&id) {
                    next.undo = self.undo_point(Text::CaseReplacedForm);
                    next.case = Some(id);
                    next.left = 0;
                    next.form = codec::decode(preset.form).unwrap_or_default();
                    return next.recompute();
                }
                return next;
            }
            Action::Undo => {
                let Some((_, saved)) = &self.undo else {
                    return next;
                };
                return Model::restore(Saved {
                    lang: self.lang,
                    ..(**saved).clone()
                });
            }
            Action::SetText(field, text) => {
                // Punish late, reward early: editing a field that shows no error hides errors
                // until the user leaves it again; a field showing one updates live, so the
                // message goes the moment the value is right.
                if !self.shows_error(field) {
                    next.left &= !bit(field);
                }
                next.form.set_text(field, text)
            }
            Action::SetGainMode(mode) => next.form.gain_mode = mode,
            Action::SetLoss(choice) => next.form.loss = Some(choice),
            Action::SetClaimant(claimant) => next.form.claimant = claimant,
            Action::SetPurchaseRule(rule) => next.form.purchase_rule = rule,
            Action::SetAlloc(alloc) => next.form.alloc = Some(alloc),
            Action::SetReading(reading) => next.form.reading = reading,
            Action::AddFraudClaim => {
                next.form.set_flag(Flag::ClaimPurchase, true);
                next.form.purchase_rule = PurchaseRule::Fraud;
            }
            Action::SetFlag(flag, on) => next.form.set_flag(flag, on),
        }
        next.case = None;
        next.undo = None;
        next.recompute()
    }

    /// What to bring back if the user undoes a clear or a preset: nothing for an empty form.
    fn undo_point(&self, what: Text) -> Option<(Text, Box<Saved>)> {
        (!self.form.is_blank()).then(|| (what, Box::new(self.saved())))
    }

    /// Recomputes the result from the form; on errors keeps the previous result, marked stale.
    /// A blank form shows a prompt, not the discretionary range an empty scenario would give.
    fn recompute(mut self) -> Model {
        self.explainers = burden::explain(&self.form.burden_claims(), &self.form.evidence);
        if self.form.is_blank() {
            self.result = None;
            self.costs = None;
            self.stale = false;
            return self;
        }
        match self.form.scenario() {
            Ok(scenario) => {
                let result = assess(&scenario);
                self.costs = result
                    .as_ref()
                    .ok()
                    .and_then(|a| costs::assess(a, &self.form.costs_input()).ok());
                self.result = Some(result);
                self.stale = false;
            }
            Err(_) => self.stale = self.result.is_some(),
        }
        self
    }

    /// Why the result shown is from the last valid input, if it is: an error the page shows
    /// (`shown`, from `shown_errors`), or a field still being typed (whose error waits until the
    /// user leaves it).
    pub fn stale_reason(&self, shown: &[FieldError]) -> Option<Text> {
        self.stale.then_some(if shown.is_empty() {
            Text::StaleTyping
        } else {
            Text::StaleResult
        })
    }

    /// Whether the field shows an error: the user has left it, and it does not parse.
    fn shows_error(&self, field: Field) -> bool {
        self.left & bit(field) != 0 && self.form.error(field).is_some()
    }

    /// The errors to show: those of fields the user has left.
    pub fn shown_errors(&self) -> Vec<FieldError> {
        let mut errors = self.form.errors();
        errors.retain(|e| self.left & bit(e.field) != 0);
        errors
    }

    /// The preset on screen, if one was loaded and not edited since.
    pub fn loaded_case(&self) -> Option<&'static Preset> {
        cases::preset(self.case.as_deref()?)
    }
}

fn bit(field: Field) -> u64 {
    let i = Field::ALL.iter().position(|f| *f == field).unwrap_or(63);
    1 << i
}

impl Reducible for Model {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}
