//! The guided questions, one thing per screen: first "what happened?", then the two to four
//! questions that answer needs, then the answer. They write the same form as the full calculator,
//! so the two can never disagree; this file says which questions, in which order, and what the
//! first answer sets.

use super::{Field, Flag, FormState, Happened, LossChoice};
use crate::i18n::Text;
use crate::law::PurchaseRule;

/// A screen of the page: a question, the answer, or the full calculator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Ask(Step),
    /// "还有别的问题吗？": the first question again, adding a claim to the one answered.
    AskAnother,
    Answer,
    /// The full calculator, for lawyers and teachers.
    Full,
}

/// A question of the guided flow.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Step {
    #[default]
    What,
    ScamLoss,
    Expenses,
    When,
    Price,
    OtherLoss,
    Injury,
}

/// The screens, as they are named in what the page remembers and in its history.
const SCREENS: &[(Screen, &str)] = &[
    (Screen::Ask(Step::What), "what"),
    (Screen::Ask(Step::ScamLoss), "scam-loss"),
    (Screen::Ask(Step::Expenses), "expenses"),
    (Screen::Ask(Step::When), "when"),
    (Screen::Ask(Step::Price), "price"),
    (Screen::Ask(Step::OtherLoss), "other-loss"),
    (Screen::Ask(Step::Injury), "injury"),
    (Screen::AskAnother, "another"),
    (Screen::Answer, "answer"),
    (Screen::Full, "full"),
];

/// A page opens on the first question.
impl Default for Screen {
    fn default() -> Screen {
        Screen::Ask(Step::What)
    }
}

impl Screen {
    pub fn name(self) -> &'static str {
        SCREENS
            .iter()
            .find(|(s, _)| *s == self)
            .map_or("what", |(_, n)| n)
    }

    pub fn from_name(name: &str) -> Option<Screen> {
        SCREENS.iter().find(|(_, n)| *n == name).map(|(s, _)| *s)
    }

    /// One of the guided screens (a question or the answer), not the full calculator.
    pub fn is_guided(self) -> bool {
        self != Screen::Full
    }
}

impl Step {
    /// What the screen asks, as its heading.
    pub fn question(self) -> Text {
        match self {
            Step::What => Text::HappenedQuestion,
            Step::ScamLoss => Text::StepScamLoss,
            Step::Expenses => Text::StepExpenses,
            Step::When => Text::StepWhen,
            Step::Price => Text::StepPrice,
            Step::OtherLoss => Text::StepOtherLoss,
            Step::Injury => Text::StepInjury,
        }
    }

    /// The fields the screen shows, in order.
    pub fn fields(self) -> &'static [Field] {
        match self {
            Step::What => &[],
            Step::ScamLoss => &[Field::DirectLoss, Field::Recovered],
            Step::Expenses => &[Field::Notarisation, Field::OtherExpenses],
            Step::When => &[Field::ConductDate],
            Step::Price => &[Field::Price, Field::PurchaseDate],
            Step::OtherLoss => &[Field::PurchaseLoss],
            Step::Injury => &[Field::PurchaseLoss],
        }
    }

    /// The boxes the screen shows.
    pub fn flags(self) -> &'static [Flag] {
        match self {
            Step::Injury => &[Flag::SeriousHarm],
            _ => &[],
        }
    }
}

/// The questions after "what happened?", for each answer.
pub fn path(happened: Happened) -> &'static [Step] {
    match happened {
        Happened::Leak => &[Step::Expenses, Step::When],
        Happened::Scam => &[Step::ScamLoss, Step::When],
        Happened::Fraud => &[Step::Price],
        Happened::Food | Happened::Drug => &[Step::Price, Step::OtherLoss],
        Happened::Defective => &[Step::Injury, Step::Price],
        Happened::Other => &[],
    }
}

/// The screen after `screen`, given the answers so far: the next question of the path, the
/// answer, or, for "something else", the full calculator.
pub fn next(form: &FormState, screen: Screen) -> Screen {
    let Some(happened) = form.choice::<Happened>() else {
        return screen;
    };
    if happened == Happened::Other {
        return Screen::Full;
    }
    let steps = path(happened);
    let at = match screen {
        Screen::Ask(step) => steps.iter().position(|s| *s == step).map_or(0, |i| i + 1),
        _ => 0,
    };
    steps.get(at).map_or(Screen::Answer, |s| Screen::Ask(*s))
}

/// The screen before `screen`: the question before it on the path, or "what happened?".
pub fn previous(form: &FormState, screen: Screen) -> Screen {
    let steps = form.choice::<Happened>().map_or(&[][..], path);
    let at = match screen {
        Screen::Ask(step) => steps.iter().position(|s| *s == step),
        Screen::Answer => Some(steps.len()),
        _ => None,
    };
    match at {
        Some(i) if i > 0 => Screen::Ask(steps[i - 1]),
        _ => Screen::Ask(Step::What),
    }
}

/// What answering "what happened?" sets: the claim it is about, and what the answer itself says
/// (no money lost; money taken by a scammer; the kind of purchase). As the first answer it is the
/// only claim; answered again to add one (`adding`), the claim already there stays.
pub fn answer(form: &mut FormState, happened: Happened, adding: bool) {
    let personal = match happened {
        Happened::Leak | Happened::Scam => true,
        Happened::Other => return,
        _ => false,
    };
    if !adding {
        form.set_flag(Flag::ClaimPersonalInformation, personal);
        form.set_flag(Flag::ClaimPurchase, !personal);
    } else if personal {
        form.set_flag(Flag::ClaimPersonalInformation, true);
    } else {
        form.set_flag(Flag::ClaimPurchase, true);
    }
    match happened {
        Happened::Leak => {
            form.set_choice(LossChoice::None);
            form.set_flag(Flag::ThirdParty, false);
        }
        Happened::Scam => {
            form.set_choice(LossChoice::Amount);
            form.set_flag(Flag::ThirdParty, true);
        }
        Happened::Fraud => form.set_choice(PurchaseRule::Fraud),
        Happened::Food => form.set_choice(PurchaseRule::Food),
        Happened::Drug => form.set_choice(PurchaseRule::Drug),
        Happened::Defective => form.set_choice(PurchaseRule::Defective),
        Happened::Other => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_screen_has_a_name_that_reads_back() {
        for (screen, name) in SCREENS {
            assert_eq!(Screen::from_name(name), Some(*screen));
            assert_eq!(screen.name(), *name);
        }
    }

    #[test]
    fn a_path_goes_question_by_question_to_the_answer_and_back() {
        let mut form = FormState::default();
        form.set_choice(Happened::Food);
        answer(&mut form, Happened::Food, false);
        assert!(!form.flag(Flag::ClaimPersonalInformation));
        let what = Screen::Ask(Step::What);
        let price = next(&form, what);
        assert_eq!(price, Screen::Ask(Step::Price));
        let other = next(&form, price);
        assert_eq!(other, Screen::Ask(Step::OtherLoss));
        assert_eq!(next(&form, other), Screen::Answer);
        assert_eq!(previous(&form, Screen::Answer), other);
        assert_eq!(previous(&form, price), what);
    }

    #[test]
    fn adding_a_claim_keeps_the_first() {
        let mut form = FormState::default();
        answer(&mut form, Happened::Scam, false);
        answer(&mut form, Happened::Fraud, true);
        assert!(form.flag(Flag::ClaimPersonalInformation));
        assert!(form.flag(Flag::ClaimPurchase));
        assert!(form.is_on(Flag::ThirdParty));
    }
}
