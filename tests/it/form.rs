//! The form and the page model: a bad value shows its error, keeps everything else typed, and
//! leaves the last valid result on screen, marked stale.

use weiquan::form::{codec, Field, Flag, FormState, GainMode, Kind, LossChoice};
use weiquan::i18n::Lang;
use weiquan::law::{Amount, LineId};
use weiquan::money::Money;
use weiquan::parse::InputError;
use weiquan::ui::model::{Action, Model, Saved};

fn total(m: &Model) -> Amount {
    m.inputs
        .result
        .assessment
        .as_ref()
        .expect("a result")
        .as_ref()
        .expect("no overflow")
        .total()
        .expect("a section")
        .amount
}

#[test]
fn a_blank_form_shows_no_result() {
    let m = Model::restore(Saved::default());
    assert!(m.inputs.result.assessment.is_none());
    assert!(!m.stale);
}

#[test]
fn typing_computes_and_a_bad_value_keeps_the_last_result_stale() {
    let m = Model::restore(Saved::default())
        .apply(Action::choose(LossChoice::Amount))
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
        .apply(Action::choose(GainMode::Actual))
        .apply(Action::SetText(Field::GainAmount, "abc".into()));
    assert!(!m.form.errors().is_empty());
    let m = m.apply(Action::choose(GainMode::Unknown));
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
    assert_eq!(m.form.value::<GainMode>(), GainMode::Actual);
    assert_eq!(m.form.text(Field::GainAmount), "34000");
    assert_eq!(m.form.text(Field::Records), "40000+");
    assert_eq!(
        total(&m),
        Amount::Exact {
            fen: Money::from_yuan(34_000)
        }
    );
    assert!(m.loaded_case().is_some());
    let per = m
        .inputs
        .result
        .assessment
        .as_ref()
        .unwrap()
        .as_ref()
        .unwrap();
    assert_eq!(
        per.figure(LineId::GainPerRecord).unwrap(),
        Amount::Exact {
            fen: Money::from_fen(85)
        }
    );
    assert_eq!(
        m.form.value::<weiquan::law::Claimant>(),
        weiquan::law::Claimant::PublicInterest
    );
    // A teacher's "what if…?": the case stays on screen, marked changed, beside the new figure.
    assert!(!m.case_edited);
    let edited = m.apply(Action::SetText(Field::GainAmount, "50000".into()));
    assert!(edited.loaded_case().is_some());
    assert!(edited.case_edited);
    assert_eq!(total(&edited), Amount::exact(Money::from_yuan(50_000)));
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
        .apply(Action::choose(LossChoice::Amount))
        .apply(Action::SetText(Field::DirectLoss, "100".into()))
        .apply(Action::Clear);
    assert_eq!(m.lang, Lang::En);
    assert!(m.form.is_blank());
    assert!(m.inputs.result.assessment.is_none());
}

#[test]
fn the_form_round_trips_through_its_text() {
    let m = Model::restore(Saved::default())
        .apply(Action::SetLang(Lang::En))
        .apply(Action::SetFlag(Flag::Facial, true))
        .apply(Action::SetText(Field::Records, "4万余".into()));
    let back = codec::decode(&codec::encode(&m.form)).unwrap();
    assert_eq!(back, m.form);
    // Garbage in storage is an error the page turns into a fresh form, never a crash.
    assert!(codec::decode("{\"form\": 3}").is_err());
}

#[test]
fn from_scenario_round_trips_every_field() {
    for (mode, third_party) in [
        (GainMode::Actual, true),
        (GainMode::ProRata, false),
        (GainMode::Estimate, true),
    ] {
        let text = |f: Field| match f.kind() {
            Kind::Money => "12.5",
            Kind::Count => "7",
            Kind::Date => "2022-03-15",
        };
        let mut form = FormState::default();
        for field in Field::ALL {
            form.set_text(*field, text(*field).to_string());
        }
        form.set_choice(LossChoice::Amount);
        form.set_choice(mode);
        form.set_flag(Flag::ThirdParty, third_party);
        form.set_flag(Flag::Serious, true);
        form.set_flag(Flag::ViaNetwork, false);
        form.set_flag(Flag::Facial, true);
        let scenario = form.scenario().unwrap();
        assert_eq!(
            FormState::from_scenario(&scenario).scenario().unwrap(),
            scenario,
            "{mode:?}"
        );
    }
}

#[test]
fn the_loss_question_has_three_answers_and_only_unclear_opens_discretion() {
    let answer = |choice| {
        let m = Model::restore(Saved::default()).apply(Action::choose(choice));
        m.assessment().unwrap().total().unwrap().clone()
    };
    assert_eq!(answer(LossChoice::None).amount, Amount::ZERO);
    assert!(answer(LossChoice::None).court_decides.is_none());
    assert!(answer(LossChoice::Unquantifiable).court_decides.is_some());
    // "Yes" with no figure yet reads as a loss not yet in figures, not as no loss.
    assert!(answer(LossChoice::Amount).court_decides.is_some());
}

#[test]
fn a_blank_form_ignores_values_left_in_hidden_fields() {
    let m = Model::restore(Saved::default())
        .apply(Action::choose(GainMode::Actual))
        .apply(Action::SetText(Field::GainAmount, "500".into()))
        .apply(Action::choose(GainMode::Unknown));
    assert!(m.form.is_blank());
    assert!(m.inputs.result.assessment.is_none());
}

#[test]
fn a_bad_date_is_an_error_next_to_its_field() {
    let m = Model::restore(Saved::default())
        .apply(Action::SetText(Field::ConductDate, "2021-02-30".into()));
    assert_eq!(m.form.errors()[0].field, Field::ConductDate);
    assert_eq!(m.form.errors()[0].error, InputError::NotADate);
}

#[test]
fn a_purchase_is_built_from_its_fields_and_only_once_it_has_a_price() {
    use weiquan::law::PurchaseRule;
    let m = Model::restore(Saved::default())
        .apply(Action::SetFlag(Flag::ClaimPersonalInformation, false))
        .apply(Action::SetFlag(Flag::ClaimPurchase, true));
    assert!(
        m.inputs.result.assessment.is_none(),
        "no price yet: nothing to assess"
    );
    let m = m.apply(Action::SetText(Field::Price, "100".into()));
    assert_eq!(
        total(&m),
        Amount::exact(Money::from_yuan(600)),
        "¥100 back + ¥500"
    );
    // The narrower base applies to fraud; for food, a buyer who knew gives the reasonable part.
    let food = m.apply(Action::choose(PurchaseRule::Food));
    assert!(!food.form.is_active(Field::Base));
    assert!(!food.form.is_active(Field::ReasonablePart));
    let knew = food.apply(Action::SetFlag(Flag::BuyerKnew, true));
    assert!(knew.form.is_active(Field::ReasonablePart));
    // Nothing within reasonable needs is an answer of its own: no punitive amount at all.
    let nothing = knew.apply(Action::SetText(Field::ReasonablePart, "0".into()));
    let punitive = nothing
        .assessment()
        .unwrap()
        .line(weiquan::law::LineId::Punitive)
        .unwrap()
        .amount;
    assert_eq!(punitive, Amount::ZERO);
    // Every purchase field survives the trip through a scenario and back.
    let full = m
        .apply(Action::SetText(Field::PurchaseDate, "2013-05-01".into()))
        .apply(Action::SetText(Field::Base, "40".into()))
        .apply(Action::SetText(Field::PurchaseLoss, "7".into()))
        .apply(Action::SetFlag(Flag::Contrived, true));
    let scenario = full.form.scenario().unwrap();
    assert_eq!(
        FormState::from_scenario(&scenario).scenario().unwrap(),
        scenario
    );
    assert_eq!(
        codec::decode(&codec::encode(&full.form)).unwrap(),
        full.form
    );
}

#[test]
fn the_sandbox_fields_count_only_when_it_is_open() {
    let m = Model::restore(Saved::default())
        .apply(Action::SetText(Field::ReformPerRecord, "abc".into()));
    assert!(m.form.errors().is_empty(), "a closed sandbox has no errors");
    let open = m.apply(Action::SetFlag(Flag::Reform, true));
    assert_eq!(open.form.errors().len(), 1);
}

#[test]
fn records_times_a_price_above_the_limit_is_an_error_on_the_price() {
    let m = Model::restore(Saved::default())
        .apply(Action::choose(GainMode::Estimate))
        .apply(Action::SetText(Field::Records, "1000000000000".into()))
        .apply(Action::SetText(Field::PricePerRecord, "1000".into()));
    let errors = m.form.errors();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].field, Field::PricePerRecord);
    assert_eq!(errors[0].error, InputError::TooLarge);
    let fine = m.apply(Action::SetText(Field::PricePerRecord, "0.05".into()));
    assert!(fine.form.errors().is_empty());
    assert!(matches!(fine.inputs.result.assessment, Some(Ok(_))));
}

#[test]
fn the_more_records_box_makes_a_typed_count_a_lower_bound() {
    use weiquan::law::Gain;
    let m = Model::restore(Saved::default())
        .apply(Action::choose(GainMode::Estimate))
        .apply(Action::SetText(Field::Records, "40000".into()))
        .apply(Action::SetText(Field::PricePerRecord, "0.85".into()));
    let records = |m: &Model| match m
        .form
        .scenario()
        .unwrap()
        .personal_information
        .unwrap()
        .gain
    {
        Gain::Estimate { records, .. } => records,
        other => panic!("{other:?}"),
    };
    assert!(!records(&m).more_than);
    let more = m.apply(Action::SetFlag(Flag::MoreRecords, true));
    assert_eq!(records(&more).n, 40_000);
    assert!(records(&more).more_than, "as if 4万余 had been typed");
}

/// The form asks, for each kind of purchase claim, exactly the facts its family of rules turns
/// on, and offers the narrower base that family allows.
#[test]
fn the_form_asks_what_each_family_of_rules_turns_on() {
    use weiquan::law::purchase::rules::{Base, Fact, FAMILIES};
    let facts = [
        (Fact::HarmlessFlaw, Flag::HarmlessFlaw),
        (Fact::Staged, Flag::Contrived),
        (Fact::BuyerKnew, Flag::BuyerKnew),
        (Fact::SeriousHarm, Flag::SeriousHarm),
    ];
    for family in &FAMILIES {
        let m = Model::restore(Saved::default())
            .apply(Action::SetFlag(Flag::ClaimPurchase, true))
            .apply(Action::choose(family.rule))
            .apply(Action::SetFlag(Flag::BuyerKnew, true));
        for (fact, flag) in facts {
            assert_eq!(
                flag.is_shown(&m.form),
                family.asks(fact),
                "{:?} {fact:?}",
                family.rule
            );
        }
        assert_eq!(m.form.is_active(Field::Base), family.base == Base::Claimed);
        assert_eq!(
            m.form.is_active(Field::ReasonablePart),
            family.base == Base::ReasonablePart
        );
    }
}
