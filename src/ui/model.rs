//! The page's state and how each user action changes it. Pure (no DOM), so it is tested natively.
//!
//! The form is read once per change (`FormState::answers`) and everything the page shows is
//! computed from that reading here, in `Inputs`: the views only draw.

use crate::cases::{self, Preset};
use crate::date::Date;
use crate::form::flow::{self, Screen};
use crate::form::{codec, Field, FieldError, Flag, FormState, Group, Happened, Picked};
use crate::i18n::{Lang, Text};
use crate::law::burden::{self, Evidence, Explainer};
use crate::law::costs::{self, Costs};
use crate::law::liability::{allocate_claim, Allocation};
use crate::law::{assess, Assessment, PurchaseRule, Scenario};
use crate::money::Overflow;
use std::rc::Rc;
use yew::Reducible;

/// What the page shows: the form as typed, and what follows from the last form that read.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Model {
    pub lang: Lang,
    pub form: FormState,
    /// The last form without errors, when the form on screen has some: the result shown is its.
    pub valid: Option<FormState>,
    pub inputs: Inputs,
    /// True when the result belongs to an earlier, valid version of the form.
    pub stale: bool,
    /// The screen: a guided question, the answer, or the full calculator.
    pub screen: Screen,
    /// How many times the user moved to another screen: each move is an entry in the browser's
    /// history, so Back returns to the screen before.
    pub moves: u32,
    /// Today, as the browser's clock says (natively, none): the day the limitation period is
    /// judged on unless the user gives another.
    pub today: Option<Date>,
    /// The preset last loaded. It stays when the user changes a figure ("what if…?"), beside
    /// the court's figure (`case_edited`).
    pub case: Option<String>,
    /// The figures of the preset on screen were changed since it was loaded.
    pub case_edited: bool,
    /// "继续" was pressed on "what happened?" with nothing chosen: the question says so.
    pub missing_choice: bool,
    /// The burden explainer shows the literature's proposals.
    pub reform_view: bool,
    /// The classroom walk-through: the step on screen, if it is running.
    pub step: Option<usize>,
    /// Presentation mode: the slide on screen, if it is on.
    pub slide: Option<usize>,
    /// The share link is shown: made only when asked for.
    pub share: bool,
    /// The take-away document on show, if any.
    pub doc: Option<Doc>,
    /// Whether the last "copy" put the text on the clipboard (or left it selected to copy by
    /// hand), until the next change.
    pub copied: Option<(&'static str, bool)>,
    /// The fields the user has left at least once (a bit per `Field::ALL` index): only their
    /// errors show, so nothing is called wrong while it is still being typed.
    pub left: u64,
    /// What just happened to the whole form (cleared, a preset or a share link loaded, a link
    /// or the tab's memory unreadable), said until the next change.
    pub notice: Option<Text>,
    /// What that replaced, if anything was typed: one undo, offered until the next change.
    pub undo: Option<Box<Saved>>,
    /// What the live region says: set when the user leaves a field or makes a choice, never on
    /// each keystroke; it names the field when the field has an error.
    pub said: String,
    /// How many times the page was drawn anew (see `Action::Redraw`).
    pub drawn: u32,
}

/// Everything computed from the form, once per change.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Inputs {
    /// Every error of the form on screen (shown only once the user has left the field).
    pub errors: Vec<FieldError>,
    /// Who must prove what, for the claims ticked.
    pub explainers: Vec<Explainer>,
    /// What the last form that read comes to: shared, never copied, while the form on screen
    /// has errors.
    pub result: Rc<Computed>,
}

/// What a form that reads comes to.
#[derive(Debug, PartialEq, Default)]
pub struct Computed {
    /// Its scenario; `None` for a blank form.
    pub scenario: Option<Scenario>,
    /// Its assessment.
    pub assessment: Option<Result<Assessment, Overflow>>,
    /// What suing on it costs, and the limitation period.
    pub costs: Option<Costs>,
    /// Who pays, once the user says how the defendants stand.
    pub who_pays: Option<Allocation>,
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
    /// The user left a field.
    Leave(Field),
    SetFlag(Flag, bool),
    /// An option of any radio group.
    Choose(Picked),
    /// From the personal-information claim to a fraud claim on the price (differential pricing).
    AddFraudClaim,
    SetEvidence(Evidence, bool),
    SetReformView(bool),
    /// Start, move or end the classroom walk-through.
    SetStep(Option<usize>),
    /// Start, move or end presentation mode.
    Present(Option<usize>),
    /// Show (or hide) the share link.
    Share(bool),
    /// Show a take-away document, or none.
    ShowDoc(Option<Doc>),
    /// A copy to the clipboard of the element with this id finished: whether the text got there.
    Copied(&'static str, bool),
    /// Bring back what the last clear, preset or link replaced.
    Undo,
    LoadCase(String),
    /// A share link opened in this tab: its form, or why it could not be read.
    OpenLink(Result<FormState, codec::DecodeError>),
    SetLang(Lang),
    Clear,
    /// Draw every element anew: WebKit empties the inputs of a page it brings back from its
    /// back-forward cache (those marked `autocomplete="off"`), while the model still holds them.
    Redraw,
    /// The user moves to a screen (a question, the answer, the full calculator).
    Go(Screen),
    /// "继续" on a question: the next screen of the path, or, where an answer is missing or wrong,
    /// the same screen with the problem shown.
    Continue,
    /// "上一步" on a question or the answer.
    Back,
    /// The browser's Back or Forward shows a screen the user moved to before.
    Show(Screen),
}

impl Action {
    /// Choosing an option of any radio group.
    pub fn choose<C: crate::form::Choice>(option: C) -> Action {
        Action::Choose(option.picked())
    }
}

/// What survives a reload or a return to the page: the form, the last form that read (if the
/// one on screen does not), the preset on screen (and whether its figures were changed), the
/// screen, and the language.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Saved {
    pub lang: Lang,
    pub form: FormState,
    pub valid: Option<FormState>,
    pub case: Option<String>,
    pub case_edited: bool,
    pub screen: Screen,
}

impl Saved {
    /// The state as one text (`s2`, then the language, the preset (`+` after it when its figures
    /// were changed), the form, the last valid form and the screen, a line each; the forms in
    /// `form::codec` text, which has no line break).
    pub fn encode(&self) -> String {
        let valid = self.valid.as_ref().map(codec::encode).unwrap_or_default();
        let case = match (&self.case, self.case_edited) {
            (Some(id), true) => format!("{id}+"),
            (Some(id), false) => id.clone(),
            (None, _) => String::new(),
        };
        [
            SAVED_VERSION,
            self.lang.tag(),
            &case,
            &codec::encode(&self.form),
            &valid,
            self.screen.name(),
        ]
        .join("\n")
    }

    /// Reads `encode`'s text, and the version before it (`s1`, without a screen: the full
    /// calculator, which was the whole page then). A preset no longer in the catalogue is
    /// dropped; anything else that does not read fails the whole text, never a guess.
    pub fn decode(text: &str) -> Result<Saved, codec::DecodeError> {
        let lines: Vec<&str> = text.split('\n').collect();
        let (lang, case, form, valid, screen) = match lines[..] {
            [SAVED_VERSION, lang, case, form, valid, screen] => (lang, case, form, valid, screen),
            ["s1", lang, case, form, valid] => (lang, case, form, valid, "full"),
            [version, ..] if version != SAVED_VERSION && version != "s1" => {
                return Err(codec::DecodeError::Version)
            }
            _ => return Err(codec::DecodeError::Malformed),
        };
        let edited = case.ends_with('+');
        Ok(Saved {
            lang: Lang::from_tag(lang).ok_or(codec::DecodeError::BadValue)?,
            case: cases::preset(case.trim_end_matches('+')).map(|p| p.id.to_string()),
            case_edited: edited,
            form: codec::decode(form)?,
            valid: match valid {
                "" => None,
                text => Some(codec::decode(text)?),
            },
            screen: Screen::from_name(screen).ok_or(codec::DecodeError::BadValue)?,
        })
    }
}

/// What the page finds when it starts.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Remembered {
    /// This history entry's own state: the page is being reloaded or returned to.
    pub entry: Option<Saved>,
    /// The tab's latest state, from any entry.
    pub tab: Option<Saved>,
    /// Something was stored but could not be read (tampered with, or from another version).
    pub unreadable: bool,
}

/// What the page starts with. Reloaded or returned to, this entry's own state, exactly: the
/// address's query (a language, the claims offered, a preset) was applied when the entry was
/// first opened and is not applied again over what the user did since. Opened anew, the tab's
/// latest state, with the query applied on top (a preset over it offers an undo).
pub fn starting(remembered: Remembered, options: &crate::embed::Options) -> Model {
    let model = match remembered.entry {
        Some(saved) => Model::restore(saved),
        None => Model::restore(remembered.tab.unwrap_or_default()).with_options(options),
    };
    match remembered.unreadable && model.notice.is_none() {
        true => model.with_notice(Text::StorageUnreadable),
        false => model,
    }
}

/// The version tag of `Saved::encode`'s text.
const SAVED_VERSION: &str = "s2";

impl Model {
    /// The model for a saved session (or a fresh one), with its result computed: the result of
    /// the last form that read, marked stale when the form on screen does not.
    pub fn restore(saved: Saved) -> Model {
        // What was typed before the reload was typed and left then: its errors show at once.
        let left = Field::ALL
            .iter()
            .filter(|f| !saved.form.text(**f).is_empty())
            .fold(0, |bits, f| bits | bit(*f));
        let base = Model {
            lang: saved.lang,
            case: saved.case,
            case_edited: saved.case_edited,
            screen: saved.screen,
            left,
            ..Model::default()
        };
        let from_valid = saved.valid.map(|valid| {
            Model {
                form: valid,
                ..base.clone()
            }
            .recompute()
        });
        Model {
            form: saved.form,
            ..from_valid.unwrap_or(base)
        }
        .recompute()
    }

    /// The page's query parameters, for a page opened by a link (never on a reload or a
    /// return): the language, which claims are offered, a preset to show.
    pub fn with_options(self, o: &crate::embed::Options) -> Model {
        let mut m = self;
        if o.full {
            m.screen = Screen::Full;
        }
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
            valid: self.stale.then(|| self.valid.clone()).flatten(),
            case: self.case.clone(),
            case_edited: self.case_edited,
            screen: self.screen,
        }
    }

    pub fn apply(&self, action: Action) -> Model {
        // Typing and moving around the page say nothing; leaving a field or choosing does.
        let say = match &action {
            Action::SetText(..)
            | Action::Present(_)
            | Action::Share(_)
            | Action::ShowDoc(_)
            | Action::Copied(..)
            | Action::Redraw
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
        let total = super::result::announcement(lang, &self.inputs.result.assessment, self.stale);
        match field.and_then(|f| self.error(f)) {
            Some(e) => format!(
                "{}{}{} {total}",
                e.field.label().get(lang),
                Text::LabelSeparator.get(lang),
                super::fields::error_text(&e).get(lang),
            ),
            None => total,
        }
    }

    fn change(&self, action: Action) -> Model {
        let mut next = self.clone();
        match action {
            Action::SetLang(lang) => next.lang = lang,
            Action::SetReformView(on) => next.reform_view = on,
            Action::SetStep(step) => next.step = step,
            Action::Present(slide) => next.slide = slide,
            Action::Share(on) => next.share = on,
            Action::ShowDoc(doc) => {
                next.doc = doc;
                next.copied = None;
            }
            Action::Copied(id, done) => next.copied = Some((id, done)),
            Action::Redraw => next.drawn = next.drawn.wrapping_add(1),
            Action::Go(screen) => {
                next.screen = screen;
                next.moves = next.moves.wrapping_add(1);
            }
            Action::Show(screen) => next.screen = screen,
            Action::Continue => return self.continued(),
            Action::Back => {
                return self.change(Action::Go(flow::previous(&self.form, self.screen)))
            }
            Action::Leave(field) => next.left |= bit(field),
            Action::SetEvidence(item, held) => {
                next.form.set_evidence(item, held);
                return next.recompute();
            }
            Action::Clear => return self.replaced_by(Text::Cleared, FormState::default(), None),
            Action::LoadCase(id) => {
                let Some(preset) = cases::preset(&id) else {
                    return next;
                };
                let form = codec::decode(preset.form).unwrap_or_default();
                // A case is shown in the full calculator, with its story beside the figures.
                let mut shown = self.replaced_by(Text::CaseReplacedForm, form, Some(id));
                if shown.screen != Screen::Full {
                    shown.screen = Screen::Full;
                    shown.moves = shown.moves.wrapping_add(1);
                }
                return shown;
            }
            Action::OpenLink(Ok(form)) => {
                // Someone sent their answers: a consumer who opens them sees the answer.
                let mut opened = self.replaced_by(Text::LinkRestored, form, None);
                if opened.screen.is_guided() && opened.assessment().is_some() {
                    opened.screen = Screen::Answer;
                }
                return opened;
            }
            // A link that does not read changes nothing typed.
            Action::OpenLink(Err(_)) => return next.with_notice(Text::LinkBroken),
            Action::Undo => {
                let Some(saved) = &self.undo else {
                    return next;
                };
                let mut restored = Model::restore(Saved {
                    lang: self.lang,
                    ..(**saved).clone()
                });
                restored.today = self.today;
                restored.moves = self.moves;
                return restored;
            }
            Action::SetText(field, text) => {
                // Punish late, reward early: editing a field that shows no error hides errors
                // until the user leaves it again; a field showing one updates live, so the
                // message goes the moment the value is right.
                if !self.shows_error(field) {
                    next.left &= !bit(field);
                }
                next.form.set_text(field, text);
                return next.edited();
            }
            Action::Choose(picked) => {
                next.form.pick(picked);
                if picked.group == Group::Happened {
                    if let Some(happened) = next.form.choice::<Happened>() {
                        flow::answer(&mut next.form, happened, self.screen == Screen::AskAnother);
                    }
                }
                return next.edited();
            }
            Action::SetFlag(flag, on) => {
                next.form.set_flag(flag, on);
                return next.edited();
            }
            Action::AddFraudClaim => {
                next.form.set_flag(Flag::ClaimPurchase, true);
                next.form.set_choice(PurchaseRule::Fraud);
                return next.edited();
            }
        }
        next
    }

    /// "继续": on to the next screen, unless the question is not answered (nothing chosen on "what
    /// happened?") or a field of it does not read, whose error then shows.
    fn continued(&self) -> Model {
        let mut next = self.clone();
        let asking_what = matches!(
            self.screen,
            Screen::Ask(flow::Step::What) | Screen::AskAnother
        );
        if asking_what && self.form.choice::<Happened>().is_none() {
            next.missing_choice = true;
            return next;
        }
        if let Screen::Ask(step) = self.screen {
            let wrong: Vec<Field> = step
                .fields()
                .iter()
                .copied()
                .filter(|f| self.error(*f).is_some())
                .collect();
            if !wrong.is_empty() {
                next.left |= wrong.iter().fold(0, |bits, f| bits | bit(*f));
                return next;
            }
        }
        next.missing_choice = false;
        next.change(Action::Go(flow::next(&self.form, self.screen)))
    }

    /// The form changed by the user's hand: no preset is on screen any more, and the undo of
    /// the last replacement lapses.
    fn edited(mut self) -> Model {
        self.case_edited = self.case.is_some();
        self.missing_choice = false;
        self.copied = None;
        self.notice = None;
        self.undo = None;
        self.recompute()
    }

    /// A new form in place of this one (cleared, a preset, a link), with an undo when there was
    /// something to lose. The language stays, and so does what the page was showing.
    fn replaced_by(&self, what: Text, form: FormState, case: Option<String>) -> Model {
        let had_something = !self.form.is_blank();
        Model {
            lang: self.lang,
            today: self.today,
            screen: self.screen,
            moves: self.moves,
            form,
            case,
            notice: (had_something || what == Text::LinkRestored).then_some(what),
            undo: had_something.then(|| Box::new(self.saved())),
            ..Model::default()
        }
        .recompute()
    }

    /// Says what happened to the form, without undoing anything.
    pub fn with_notice(mut self, what: Text) -> Model {
        self.notice = Some(what);
        self
    }

    /// Reads the form once and computes everything from it; on errors keeps the previous result,
    /// marked stale. A blank form shows a prompt, not the discretionary range an empty scenario
    /// would give.
    fn recompute(mut self) -> Model {
        let mut answers = self.form.answers();
        // The limitation period is judged on today unless the user gives another day.
        answers.costs.as_of = answers.costs.as_of.or(self.today);
        self.inputs.explainers = burden::explain(&answers.burden, &self.form.evidence);
        self.inputs.errors = answers.errors;
        if !self.inputs.errors.is_empty() {
            self.stale = self.inputs.result.assessment.is_some();
            return self;
        }
        self.stale = false;
        self.valid = Some(self.form.clone());
        let mut computed = Computed::default();
        if let Some(scenario) = answers.scenario {
            let assessment = assess(&scenario);
            let ok = assessment.as_ref().ok();
            computed.costs = ok.and_then(|a| costs::assess(a, &answers.costs).ok());
            computed.who_pays = ok
                .zip(answers.situation)
                .and_then(|(a, situation)| allocate_claim(a, situation).ok().flatten());
            computed.assessment = Some(assessment);
            computed.scenario = Some(scenario);
        }
        self.inputs.result = Rc::new(computed);
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

    /// The field's error, whether or not it shows yet.
    fn error(&self, field: Field) -> Option<FieldError> {
        self.inputs
            .errors
            .iter()
            .find(|e| e.field == field)
            .copied()
    }

    /// Whether the field shows an error: the user has left it, and it does not read.
    fn shows_error(&self, field: Field) -> bool {
        self.left & bit(field) != 0 && self.error(field).is_some()
    }

    /// The errors to show: those of fields the user has left.
    pub fn shown_errors(&self) -> Vec<FieldError> {
        let mut errors = self.inputs.errors.clone();
        errors.retain(|e| self.left & bit(e.field) != 0);
        errors
    }

    /// The preset on screen, if one was loaded and not edited since.
    pub fn loaded_case(&self) -> Option<&'static Preset> {
        cases::preset(self.case.as_deref()?)
    }

    /// The assessment on screen, if one could be computed.
    pub fn assessment(&self) -> Option<&Assessment> {
        self.inputs.result.assessment.as_ref()?.as_ref().ok()
    }
}

fn bit(field: Field) -> u64 {
    1 << (field as u32).min(63)
}

impl Reducible for Model {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}
