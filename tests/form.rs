//! The form and the page model: a bad value shows its error, keeps everything else typed, and
//! leaves the last valid result on screen, marked stale.
#![cfg(not(target_arch = "wasm32"))]

use weiquan::form::{Field, FormState, GainMode};
use weiquan::i18n::Lang;
use weiquan::law::{Amount, LineId};
use weiquan::money::Money;
use weiquan::parse::InputError;
use weiquan::ui::model::{Action, Flag, Model, Saved};

fn total(m: &Model) -> Amount {
    m.result
        .as_ref()
        .expect("a result")
        .as_ref()
        .expect("no overflow")
        .total
}

#[test]
fn a_blank_form_shows_no_result() {
    let m = Model::restore(Saved::default());
    assert!(m.result.is_none());
    assert!(!m.stale);
}

#[test]
fn typing_computes_and_a_bad_value_keeps_the_last_result_stale() {
    let m = Model::restore(Saved::default())
        .apply(Action::SetText(Field::DirectLoss, "3.4万".into()))
        .apply(Action::SetText(Field::Notarisation, "2000".into()));
    assert_eq!(
        total(&m),
        Amount::Exact {
            fen: Money::from_yuan(36_000)
        }
    );
    assert!(!m.stale);

    let bad = m.apply(Action::SetText(Field::Notarisation, "2000.123".into()));
    assert!(bad.stale);
    assert_eq!(
        total(&bad),
        Amount::Exact {
            fen: Money::from_yuan(36_000)
        }
    );
    assert_eq!(
        bad.form.text(Field::DirectLoss),
        "3.4万",
        "other fields keep their text"
    );
    assert_eq!(
        bad.form.text(Field::Notarisation),
        "2000.123",
        "the bad text stays for correction"
    );
    let errors = bad.form.errors();
    assert_eq!(errors.len(), 1);
    assert_eq!(
        (errors[0].field, errors[0].error),
        (Field::Notarisation, InputError::TooManyDecimals)
    );

    let fixed = bad.apply(Action::SetText(Field::Notarisation, "2000.12".into()));
    assert!(!fixed.stale);
    assert_eq!(
        total(&fixed),
        Amount::Exact {
            fen: Money::from_fen(3_600_012)
        }
    );
}

#[test]
fn hidden_fields_do_not_count() {
    let m = Model::restore(Saved::default())
        .apply(Action::SetGainMode(GainMode::Actual))
        .apply(Action::SetText(Field::GainAmount, "abc".into()));
    assert!(!m.form.errors().is_empty());
    let m = m.apply(Action::SetGainMode(GainMode::Unknown));
    assert!(
        m.form.errors().is_empty(),
        "a hidden field's error does not block the result"
    );
    assert_eq!(
        m.form.text(Field::GainAmount),
        "abc",
        "but its text is kept for when it returns"
    );
}

#[test]
fn loading_the_hangzhou_preset_fills_the_form_and_reproduces_the_figure() {
    let m = Model::restore(Saved::default()).apply(Action::LoadCase("hangzhou-2020-10605".into()));
    assert_eq!(m.form.gain_mode, GainMode::Actual);
    assert_eq!(m.form.text(Field::GainAmount), "34000");
    assert_eq!(m.form.text(Field::Records), "40000+");
    assert_eq!(
        total(&m),
        Amount::Exact {
            fen: Money::from_yuan(34_000)
        }
    );
    assert!(m.loaded_case().is_some());
    let per = m.result.as_ref().unwrap().as_ref().unwrap();
    assert_eq!(
        per.line(LineId::GainPerRecord).unwrap().amount,
        Amount::Exact {
            fen: Money::from_fen(85)
        }
    );
    // Editing leaves the case behind; the figure follows the edit.
    let edited = m.apply(Action::SetFlag(Flag::Serious, true));
    assert!(edited.loaded_case().is_none());
}

#[test]
fn an_unknown_preset_changes_nothing() {
    let m = Model::restore(Saved::default());
    assert_eq!(m.apply(Action::LoadCase("no-such-case".into())), m);
}

#[test]
fn clear_wipes_the_form_but_keeps_the_language() {
    let m = Model::restore(Saved::default())
        .apply(Action::SetLang(Lang::En))
        .apply(Action::SetText(Field::DirectLoss, "100".into()))
        .apply(Action::Clear);
    assert_eq!(m.lang, Lang::En);
    assert!(m.form.is_blank());
    assert!(m.result.is_none());
}

#[test]
fn the_session_round_trips_through_json() {
    let m = Model::restore(Saved::default())
        .apply(Action::SetLang(Lang::En))
        .apply(Action::SetText(Field::Records, "4万余".into()));
    let json = serde_json::to_string(&m.saved()).unwrap();
    let back: Saved = serde_json::from_str(&json).unwrap();
    assert_eq!(Model::restore(back), Model::restore(m.saved()));
    // Garbage in storage gives a fresh session, never a crash.
    assert!(serde_json::from_str::<Saved>("{\"form\": 3}").is_err());
}

#[test]
fn from_scenario_round_trips_every_field() {
    let form = FormState {
        texts: Field::ALL
            .iter()
            .map(|f| (*f, "12.5".to_string()))
            .filter(|(f, _)| !f.is_count())
            .collect(),
        gain_mode: GainMode::Actual,
        serious: true,
        ..FormState::default()
    };
    let scenario = form.scenario().unwrap();
    assert_eq!(
        FormState::from_scenario(&scenario).scenario().unwrap(),
        scenario
    );
}
