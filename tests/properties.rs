//! Property tests: the parser reads back what the app prints, never panics, and no input makes
//! the engine panic or wrap.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use weiquan::law::{assess, Expenses, Gain, Mental, PersonalInformation, Scenario};
use weiquan::money::{Money, MAX_INPUT};
use weiquan::parse::{parse_amount, parse_count, Count};

fn any_valid_amount() -> impl Strategy<Value = Money> {
    (0..=MAX_INPUT.fen()).prop_map(Money::from_fen)
}

fn any_money() -> impl Strategy<Value = Money> {
    any::<i64>().prop_map(Money::from_fen)
}

fn any_opt_money() -> impl Strategy<Value = Option<Money>> {
    prop::option::of(any_money())
}

fn any_gain() -> impl Strategy<Value = Gain> {
    let count = (any::<u64>(), any::<bool>()).prop_map(|(n, more_than)| Count { n, more_than });
    prop_oneof![
        Just(Gain::Unknown),
        (any_money(), prop::option::of(count.clone()))
            .prop_map(|(amount, records)| Gain::Actual { amount, records }),
        (count, any_money()).prop_map(|(records, price_per_record)| Gain::Estimate {
            records,
            price_per_record
        }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn parse_reads_back_the_display_format(m in any_valid_amount()) {
        prop_assert_eq!(parse_amount(&m.to_string()), Ok(m));
        prop_assert_eq!(parse_amount(&m.to_plain()), Ok(m));
    }

    #[test]
    fn parse_reads_wan_notation(fen in 0i64..=10_000_000_000_000) {
        // fen / 100 yuan = fen / 1,000,000 万: six decimals in 万.
        let text = format!("{}.{:06}万", fen / 1_000_000, fen % 1_000_000);
        prop_assert_eq!(parse_amount(&text), Ok(Money::from_fen(fen)));
    }

    #[test]
    fn parsers_never_panic(s in any::<String>()) {
        let _ = parse_amount(&s);
        let _ = parse_count(&s);
    }

    #[test]
    fn parsers_never_panic_on_number_like_text(s in "[0-9０-９.,，万亿余多+¥￥元条 -]{0,40}") {
        if let Ok(m) = parse_amount(&s) {
            prop_assert!(m >= Money::ZERO && m <= MAX_INPUT);
        }
        let _ = parse_count(&s);
    }

    #[test]
    fn checked_operations_never_wrap(a in any::<i64>(), b in any::<i64>(), n in any::<u64>(), d in any::<u64>()) {
        let (x, y) = (Money::from_fen(a), Money::from_fen(b));
        prop_assert_eq!(x.checked_add(y).ok().map(Money::fen), a.checked_add(b));
        prop_assert_eq!(x.checked_sub(y).ok().map(Money::fen), a.checked_sub(b));
        if let Ok(p) = x.checked_mul(n) {
            prop_assert_eq!(i128::from(p.fen()), i128::from(a) * i128::from(n));
        }
        if let Ok(q) = x.mul_ratio_round_half_up(n, d) {
            let exact = i128::from(a) * i128::from(n);
            let diff = (i128::from(q.fen()) * i128::from(d) - exact).abs();
            prop_assert!(diff * 2 <= i128::from(d), "not rounded to nearest: {a} * {n} / {d} = {q:?}");
        }
    }

    #[test]
    fn assess_never_panics(
        direct_loss in any_opt_money(),
        e in (any_opt_money(), any_opt_money(), any_opt_money(), any_opt_money()),
        gain in any_gain(),
        mental in (any::<bool>(), any_opt_money()),
        flags in (any::<bool>(), any::<bool>()),
    ) {
        let pi = PersonalInformation {
            direct_loss,
            expenses: Expenses { investigation: e.0, notarisation: e.1, lawyer: e.2, other: e.3 },
            gain,
            mental: Mental { serious: mental.0, claimed: mental.1 },
            via_network: flags.0,
            facial: flags.1,
        };
        let _ = assess(&Scenario { personal_information: pi });
    }

    #[test]
    fn valid_inputs_always_assess(
        amounts in prop::collection::vec(prop::option::of(any_valid_amount()), 7),
        records in 0u64..=1_000_000_000_000,
    ) {
        let pi = PersonalInformation {
            direct_loss: amounts[0],
            expenses: Expenses { investigation: amounts[1], notarisation: amounts[2], lawyer: amounts[3], other: amounts[4] },
            gain: match amounts[5] {
                Some(amount) => Gain::Actual { amount, records: Some(Count { n: records, more_than: false }) },
                None => Gain::Unknown,
            },
            mental: Mental { serious: true, claimed: amounts[6] },
            ..Default::default()
        };
        let scenario = Scenario { personal_information: pi };
        prop_assert!(assess(&scenario).is_ok());
    }
}

/// Any sequence of edits a person could make, with any text, never panics the page model, and
/// a result on screen is never from a form with errors unless it is marked stale.
mod page_model {
    use proptest::prelude::*;
    use weiquan::form::{Field, GainMode};
    use weiquan::ui::model::{Action, Flag, Model, Saved};

    fn any_action() -> impl Strategy<Value = Action> {
        let field = (0..Field::ALL.len()).prop_map(|i| Field::ALL[i]);
        let text = prop_oneof![any::<String>(), "[0-9０-９.,万亿余多+¥元条 -]{0,16}"];
        let mode = prop_oneof![
            Just(GainMode::Unknown),
            Just(GainMode::Actual),
            Just(GainMode::Estimate)
        ];
        let flag = prop_oneof![
            Just(Flag::ViaNetwork),
            Just(Flag::Facial),
            Just(Flag::Serious)
        ];
        prop_oneof![
            6 => (field, text).prop_map(|(f, t)| Action::SetText(f, t)),
            1 => mode.prop_map(Action::SetGainMode),
            1 => (flag, any::<bool>()).prop_map(|(f, on)| Action::SetFlag(f, on)),
            1 => Just(Action::LoadCase("hangzhou-2020-10605".into())),
            1 => Just(Action::Clear),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        #[test]
        fn edits_never_panic_and_stale_is_honest(actions in prop::collection::vec(any_action(), 1..20)) {
            let mut model = Model::restore(Saved::default());
            for action in actions {
                model = model.apply(action);
                let has_errors = !model.form.errors().is_empty();
                if model.result.is_some() && has_errors {
                    prop_assert!(model.stale, "a result shown for a form with errors must be stale");
                }
                if !has_errors {
                    prop_assert!(!model.stale);
                }
            }
        }
    }
}
