//! Property tests: the parser reads back what the app prints, never panics, and no input makes
//! the engine panic or wrap.

use proptest::prelude::*;
use weiquan::date::Date;
use weiquan::law::{
    assess, Amount, ClaimKind, Claimant, Claimed, Expenses, Gain, LineId, Loss, Mental,
    PersonalInformation, Purchase, PurchaseRule, ReformProposal, Role, Scenario, ThirdParty,
};
use weiquan::money::{Money, MAX_INPUT};
use weiquan::parse::{parse_amount, parse_count, Count};

fn any_valid_amount() -> impl Strategy<Value = Money> + Clone {
    (0..=MAX_INPUT.fen()).prop_map(Money::from_fen)
}

fn any_money() -> impl Strategy<Value = Money> + Clone {
    any::<i64>().prop_map(Money::from_fen)
}

fn any_count() -> impl Strategy<Value = Count> {
    (any::<u64>(), any::<bool>()).prop_map(|(n, more_than)| Count { n, more_than })
}

fn any_gain() -> impl Strategy<Value = Gain> {
    prop_oneof![
        Just(Gain::Unknown),
        (any_money(), prop::option::of(any_count()))
            .prop_map(|(amount, records)| Gain::Actual { amount, records }),
        (any_money(), any_count(), any::<u64>()).prop_map(|(total, all_records, own_records)| {
            Gain::ProRata {
                total,
                all_records,
                own_records,
            }
        }),
        (any_count(), any_money()).prop_map(|(records, price_per_record)| Gain::Estimate {
            records,
            price_per_record
        }),
    ]
}

fn any_loss(money: impl Strategy<Value = Money> + Clone) -> impl Strategy<Value = Loss> {
    prop_oneof![
        Just(Loss::None),
        Just(Loss::Unquantifiable),
        (money.clone(), prop::option::of(money)).prop_map(|(fen, recovered)| Loss::Amount {
            fen,
            third_party: recovered.map(|recovered| ThirdParty { recovered })
        }),
    ]
}

fn any_date() -> impl Strategy<Value = Option<Date>> {
    prop::option::of((1990u16..2030, 1u8..=12, 1u8..=28).prop_map(|(y, m, d)| Date::ymd(y, m, d)))
}

/// Any personal-information claim, with amounts drawn by `money`.
fn any_claim(
    money: impl Strategy<Value = Money> + Clone + 'static,
) -> impl Strategy<Value = (Claimant, PersonalInformation)> {
    let opt = move || prop::option::of(money.clone());
    (
        (
            any_date(),
            any::<bool>(),
            any::<bool>(),
            any::<bool>(),
            any::<bool>(),
        ),
        any_loss(any_valid_amount()),
        (opt(), opt(), opt(), opt()),
        any_gain(),
        (any::<bool>(), opt()),
        (opt(), opt()),
    )
        .prop_map(|(flags, loss, e, gain, mental, claimed)| {
            let claimant = if flags.4 {
                Claimant::PublicInterest
            } else {
                Claimant::Individual
            };
            let pi = PersonalInformation {
                conduct_date: flags.0,
                defendant_is_processor: flags.1,
                via_network: flags.2,
                facial: flags.3,
                loss,
                expenses: Expenses {
                    investigation: e.0,
                    notarisation: e.1,
                    lawyer: e.2,
                    other: e.3,
                },
                gain,
                mental: Mental {
                    serious: mental.0,
                    claimed: mental.1,
                },
                claimed: Claimed {
                    property: claimed.0,
                    expenses: claimed.1,
                },
            };
            (claimant, pi)
        })
}

/// Any purchase: every rule, date, base and exception.
fn any_purchase(
    money: impl Strategy<Value = Money> + Clone + 'static,
) -> impl Strategy<Value = Purchase> {
    let rule = prop_oneof![
        Just(PurchaseRule::Fraud),
        Just(PurchaseRule::Food),
        Just(PurchaseRule::Drug),
        Just(PurchaseRule::Defective)
    ];
    let opt = prop::option::of(money.clone());
    (
        (rule, any_date(), money),
        (opt.clone(), opt.clone(), opt),
        prop::array::uniform5(any::<bool>()),
    )
        .prop_map(
            |((rule, date, price), (base, loss, refunded), f)| Purchase {
                rule,
                date,
                price,
                base,
                refund: f[0],
                refunded: refunded.unwrap_or(Money::ZERO),
                loss,
                harmless_flaw: f[1],
                contrived: f[2],
                buyer_knew: f[3],
                serious_harm: f[4],
            },
        )
}

fn any_reform(
    money: impl Strategy<Value = Money> + Clone,
) -> impl Strategy<Value = ReformProposal> {
    (
        prop::option::of(0u64..1_000),
        prop::option::of(money.clone()),
        prop::option::of(money),
    )
        .prop_map(|(gain_multiple, per_record, cap)| ReformProposal {
            gain_multiple,
            per_record,
            cap,
        })
}

/// Every claim at once, each optional.
fn any_scenario(
    money: impl Strategy<Value = Money> + Clone + 'static,
) -> impl Strategy<Value = Scenario> {
    (
        prop::option::of(any_claim(money.clone())),
        prop::option::of(any_purchase(money.clone())),
        prop::option::of(any_reform(money)),
    )
        .prop_map(|(claim, purchase, reform)| Scenario {
            claimant: claim.as_ref().map_or(Claimant::Individual, |c| c.0),
            personal_information: claim.map(|c| c.1),
            purchase,
            reform,
            ..Scenario::default()
        })
}

fn scenario(claimant: Claimant, pi: PersonalInformation) -> Scenario {
    Scenario {
        claimant,
        personal_information: Some(pi),
        ..Scenario::default()
    }
}

/// The upper end of an amount, for comparisons; `None` for no upper limit.
fn max_of(a: Amount) -> Option<Option<Money>> {
    a.bounds().map(|(_, max)| max)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn parse_reads_back_what_the_result_shows(m in any_valid_amount()) {
        prop_assert_eq!(parse_amount(&weiquan::i18n::money(weiquan::i18n::Lang::Zh, m)), Ok(m));
        prop_assert_eq!(parse_amount(&weiquan::i18n::money(weiquan::i18n::Lang::En, m)), Ok(m));
        prop_assert_eq!(parse_amount(&m.figures_with_fen()), Ok(m));
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
    fn a_split_adds_up_to_the_fen(total in 0i64..=MAX_INPUT.fen(), weights in prop::collection::vec(0u64..1_000_000, 1..6)) {
        let Ok(parts) = weiquan::law::mechanisms::split(Money::from_fen(total), &weights) else {
            prop_assert!(weights.iter().all(|w| *w == 0));
            return Ok(());
        };
        prop_assert_eq!(parts.iter().map(|p| p.fen()).sum::<i64>(), total);
        for (p, w) in parts.iter().zip(&weights) {
            if *w == 0 { prop_assert_eq!(p.fen(), 0); }
        }
    }

    #[test]
    fn assess_never_panics(s in any_scenario(any_money())) {
        let _ = assess(&s);
    }

    /// Who pays shares the claim's own figure: whatever the situation, every party's top is at most
    /// the figure's top, and with joint liability someone may be asked for all of it.
    #[test]
    fn who_pays_never_shares_more_than_the_claims_figure(
        s in any_scenario(any_valid_amount()),
        pct in 0u64..150,
        which in 0usize..9,
    ) {
        use weiquan::law::liability::{allocate_claim, Reading, Situation};
        let situation = [
            Situation::KnewAndDidNothing,
            Situation::FoodPlatform,
            Situation::JointProcessors,
            Situation::JointTortfeasors,
            Situation::SellerUnidentified,
            Situation::SeparateShares { share_pct: pct },
            Situation::ScamAfterLeak { share_pct: pct },
            Situation::FailedToVet { share_pct: pct, reading: Reading::Supplementary },
            Situation::IgnoredNotice { enlarged: Money::from_yuan(pct as i64) },
        ][which];
        let Ok(a) = assess(&s) else { return Ok(()) };
        let Ok(Some(who)) = allocate_claim(&a, situation) else { return Ok(()) };
        // A negative figure is nothing the page lets through (a gain below zero).
        prop_assume!(who.figure.bounds().is_some_and(|(min, _)| min >= Money::ZERO));
        let top = max_of(who.figure).unwrap();
        for row in &who.rows {
            match (max_of(row.may_ask).unwrap(), top) {
                (Some(asked), Some(top)) => prop_assert!(asked <= top),
                (Some(_), None) | (None, None) => {}
                (None, Some(_)) => prop_assert!(false, "an open row under a closed figure"),
            }
        }
    }

    #[test]
    fn the_sandbox_never_changes_the_current_law_total(s in any_scenario(any_valid_amount())) {
        let without = Scenario { reform: None, ..s.clone() };
        let (Ok(a), Ok(b)) = (assess(&s), assess(&without)) else { return Ok(()) };
        prop_assert_eq!(a.total(), b.total());
        prop_assert!(b.section(ClaimKind::ReformProposal).is_none());
        if let Some(r) = a.section(ClaimKind::ReformProposal) {
            prop_assert!(r.lines.iter().all(|l| l.role == Role::Reform));
        }
    }

    #[test]
    fn a_fixed_punitive_amount_is_at_least_its_floor(p in any_purchase(any_valid_amount())) {
        let s = Scenario { purchase: Some(p.clone()), ..Scenario::default() };
        let Ok(a) = assess(&s) else { return Ok(()) };
        let Some(line) = a.line(LineId::Punitive) else { return Ok(()) };
        let modern = p.date.is_none_or(|d| match p.rule {
            PurchaseRule::Fraud => d >= Date::ymd(2014, 3, 15),
            PurchaseRule::Food => d >= Date::ymd(2015, 10, 1),
            PurchaseRule::Drug | PurchaseRule::Defective => true,
        });
        let floor = match p.rule {
            PurchaseRule::Fraud => 500,
            PurchaseRule::Food | PurchaseRule::Drug => 1_000,
            PurchaseRule::Defective => 0,
        };
        // A knowing food buyer may have bought nothing within reasonable needs: ¥0, which no floor
        // lifts (法释〔2024〕9号 art. 12).
        let reasonable_only = p.rule == PurchaseRule::Food && p.buyer_knew;
        if let (true, Some((min, _))) = (modern && line.amount != Amount::ZERO, line.amount.bounds()) {
            prop_assert!(min >= Money::from_yuan(floor) || p.rule == PurchaseRule::Defective || (reasonable_only && min.is_zero()));
        }
    }

    #[test]
    fn valid_inputs_always_assess((claimant, pi) in any_claim(any_valid_amount())) {
        // What the form lets through: amounts within the limit, at least one record to share
        // among, never more of one's own records than all of them. (Records × price may still
        // overflow: the page shows that as a message.)
        let valid = |m: Money| m.fen() >= 0 && m <= MAX_INPUT;
        let form_allows = match pi.gain {
            Gain::Actual { amount, .. } => valid(amount),
            Gain::ProRata { total, all_records, own_records } => valid(total) && all_records.n >= 1 && own_records <= all_records.n,
            Gain::Estimate { .. } | Gain::Unknown => false,
        };
        let pi = if form_allows { pi } else { PersonalInformation { gain: Gain::Unknown, ..pi } };
        prop_assert!(assess(&scenario(claimant, pi)).is_ok());
    }

    #[test]
    fn totals_equal_the_sum_of_their_awarded_lines(scenario in any_scenario(any_valid_amount())) {
        let Ok(a) = assess(&scenario) else { return Ok(()) };
        for s in a.sections.iter().filter(|s| s.not_covered.is_none() && s.claim != ClaimKind::ReformProposal) {
            let sum = s.lines.iter().filter(|l| l.role == Role::Awarded)
                .try_fold(Amount::ZERO, |acc, l| acc.checked_add(l.amount)).unwrap();
            prop_assert_eq!(s.total.amount, sum);
        }
    }

    #[test]
    fn a_claim_cap_is_never_exceeded((claimant, pi) in any_claim(any_valid_amount())) {
        let claimed = pi.claimed.clone();
        let Ok(a) = assess(&scenario(claimant, pi)) else { return Ok(()) };
        for (id, cap) in [(LineId::PropertyDamages, claimed.property), (LineId::Expenses, claimed.expenses)] {
            if let (Some(line), Some(cap)) = (a.line(id), cap) {
                if let Some(Some(max)) = max_of(line.amount) {
                    prop_assert!(max <= cap, "{:?} above the claim", id);
                }
                prop_assert!(max_of(line.amount) != Some(None), "{:?} open above a claim", id);
            }
        }
    }

    #[test]
    fn a_higher_loss_never_lowers_the_award(
        (claimant, pi) in any_claim(any_valid_amount()),
        extra in 0i64..=1_000_000_000,
    ) {
        let Loss::Amount { fen, third_party } = pi.loss else { return Ok(()) };
        let higher = PersonalInformation { loss: Loss::Amount { fen: fen.checked_add(Money::from_fen(extra)).unwrap(), third_party }, ..pi.clone() };
        let (Ok(low), Ok(high)) = (assess(&scenario(claimant, pi)), assess(&scenario(claimant, higher))) else { return Ok(()) };
        let (low, high) = (low.total().unwrap().amount.bounds(), high.total().unwrap().amount.bounds());
        if let (Some((low_min, low_max)), Some((high_min, high_max))) = (low, high) {
            prop_assert!(high_min >= low_min);
            match (low_max, high_max) {
                (Some(l), Some(h)) => prop_assert!(h >= l),
                (None, Some(_)) => prop_assert!(false, "a higher loss closed an open range"),
                _ => {}
            }
        }
    }
}

/// Any sequence of edits a person could make, with any text, never panics the page model, and
/// a result on screen is never from a form with errors unless it is marked stale.
mod page_model {
    use proptest::prelude::*;
    use weiquan::form::{codec, Field, Flag, GainMode, LossChoice};
    use weiquan::law::Claimant;
    use weiquan::ui::model::{Action, Model, Saved};

    fn any_action() -> impl Strategy<Value = Action> {
        let field = (0..Field::ALL.len()).prop_map(|i| Field::ALL[i]);
        let text = prop_oneof![any::<String>(), "[0-9０-９.,万亿余多+¥元条 -]{0,16}"];
        let mode = prop_oneof![
            Just(GainMode::Unknown),
            Just(GainMode::Actual),
            Just(GainMode::ProRata),
            Just(GainMode::Estimate)
        ];
        let loss = prop_oneof![
            Just(LossChoice::None),
            Just(LossChoice::Amount),
            Just(LossChoice::Unquantifiable)
        ];
        let claimant = prop_oneof![Just(Claimant::Individual), Just(Claimant::PublicInterest)];
        let flag = (0..Flag::ALL.len()).prop_map(|i| Flag::ALL[i]);
        prop_oneof![
            6 => (field, text).prop_map(|(f, t)| Action::SetText(f, t)),
            1 => mode.prop_map(Action::SetGainMode),
            1 => loss.prop_map(Action::SetLoss),
            1 => claimant.prop_map(Action::SetClaimant),
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
                // What the tab saves reads back as the same form, whatever was typed.
                prop_assert_eq!(codec::decode(&codec::encode(&model.form)), Ok(model.form.clone()));
            }
        }

        /// A share link restores every field; cut short anywhere or with one character changed,
        /// it is an error (never a different form), and it is plain ASCII safe in a fragment.
        #[test]
        fn a_share_link_round_trips_and_any_damage_is_caught(
            actions in prop::collection::vec(any_action(), 1..20),
            cut in any::<prop::sample::Index>(),
            at in any::<prop::sample::Index>(),
            with in 0x21u8..0x7f,
        ) {
            let mut model = Model::restore(Saved::default());
            for action in actions {
                model = model.apply(action);
            }
            let link = format!("https://example.org/weiquan/?lang=en#{}", codec::encode_link(&model.form));
            let fragment = link.split_once('#').unwrap().1;
            prop_assert!(fragment.bytes().all(|b| b.is_ascii_graphic() && b != b'#'));
            prop_assert_eq!(codec::decode_link(fragment), Ok(model.form.clone()));
            let short = &fragment[..cut.index(fragment.len())];
            prop_assert!(codec::decode_link(short).is_err(), "truncated: {}", short);
            let i = at.index(fragment.len());
            if fragment.as_bytes()[i] != with {
                let mut bytes = fragment.as_bytes().to_vec();
                bytes[i] = with;
                let changed = String::from_utf8(bytes).unwrap();
                prop_assert!(codec::decode_link(&changed).is_err(), "changed: {}", changed);
            }
        }

        /// Any text in storage or a link (truncated, tampered, random) reads or fails cleanly.
        #[test]
        fn decoding_any_text_never_panics(text in prop_oneof![any::<String>(), "w1(;[a-z-]{1,12}=[%0-9A-Za-z,.~]{0,20}){0,6}"]) {
            let _ = codec::decode(&text);
            let _ = codec::decode_link(&text);
        }
    }
}
