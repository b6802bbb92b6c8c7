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

/// Any sequence of actions a person could take, with any text, never panics the page model, and
/// a result on screen is never from a form with errors unless it is marked stale.
mod page_model {
    use proptest::prelude::*;
    use weiquan::form::{codec, Field, Flag, Group, Picked};
    use weiquan::i18n::Lang;
    use weiquan::law::burden::Evidence;
    use weiquan::money::Overflow;
    use weiquan::ui::model::{Action, Doc, Model, Saved};

    /// Which action a value is: an exhaustive match, so a new action that the generator below
    /// does not send fails to compile here.
    fn kind(action: &Action) -> usize {
        match action {
            Action::SetText(..) => 0,
            Action::Leave(_) => 1,
            Action::SetFlag(..) => 2,
            Action::Choose(_) => 3,
            Action::AddFraudClaim => 4,
            Action::SetEvidence(..) => 5,
            Action::SetReformView(_) => 6,
            Action::SetStep(_) => 7,
            Action::Present(_) => 8,
            Action::Share(_) => 9,
            Action::ShowDoc(_) => 10,
            Action::Copied(..) => 11,
            Action::Undo => 12,
            Action::LoadCase(_) => 13,
            Action::OpenLink(_) => 14,
            Action::SetLang(_) => 15,
            Action::Clear => 16,
            Action::Redraw => 17,
            Action::Go(_) => 18,
            Action::Show(_) => 19,
            Action::Continue => 20,
            Action::Back => 21,
        }
    }
    const KINDS: usize = 22;

    fn any_screen() -> impl Strategy<Value = weiquan::form::flow::Screen> {
        use weiquan::form::flow::Screen;
        prop::sample::select(
            [
                "what",
                "scam-loss",
                "expenses",
                "when",
                "price",
                "other-loss",
                "injury",
                "another",
                "answer",
                "full",
            ]
            .iter()
            .filter_map(|n| Screen::from_name(n))
            .collect::<Vec<_>>(),
        )
    }

    fn any_picked() -> impl Strategy<Value = Picked> {
        (0..Group::ALL.len()).prop_flat_map(|g| {
            let group = Group::ALL[g];
            (0..group.options().len()).prop_map(move |i| Picked {
                group,
                index: i as u8,
            })
        })
    }

    /// Text a person types, and the extremes: huge counts and amounts, negatives, other scripts.
    fn any_text() -> impl Strategy<Value = String> {
        prop_oneof![
            any::<String>(),
            "[0-9０-９.,万亿余多+¥元条 -]{0,16}",
            "(1000000000000|99999999999|100000000000|0.01|1e9|40000\\+|4万余)",
        ]
    }

    pub fn any_action() -> impl Strategy<Value = Action> {
        let field = (0..Field::ALL.len()).prop_map(|i| Field::ALL[i]);
        let flag = (0..Flag::ALL.len()).prop_map(|i| Flag::ALL[i]);
        let evidence = (0..Evidence::ALL.len()).prop_map(|i| Evidence::ALL[i]);
        let case = prop::sample::select(
            weiquan::cases::CATALOG
                .iter()
                .map(|p| p.id.to_string())
                .collect::<Vec<_>>(),
        );
        let slot = prop::option::of(0usize..40);
        let doc = prop_oneof![
            Just(None),
            Just(Some(Doc::Text)),
            Just(Some(Doc::Complaint))
        ];
        prop_oneof![
            8 => (field.clone(), any_text()).prop_map(|(f, t)| Action::SetText(f, t)),
            2 => field.prop_map(Action::Leave),
            2 => (flag, any::<bool>()).prop_map(|(f, on)| Action::SetFlag(f, on)),
            3 => any_picked().prop_map(Action::Choose),
            1 => Just(Action::AddFraudClaim),
            1 => (evidence, any::<bool>()).prop_map(|(e, on)| Action::SetEvidence(e, on)),
            1 => any::<bool>().prop_map(Action::SetReformView),
            1 => slot.clone().prop_map(Action::SetStep),
            1 => slot.prop_map(Action::Present),
            1 => any::<bool>().prop_map(Action::Share),
            1 => doc.prop_map(Action::ShowDoc),
            1 => any::<bool>().prop_map(|done| Action::Copied("share-link", done)),
            1 => Just(Action::Undo),
            1 => case.prop_map(Action::LoadCase),
            1 => any::<String>().prop_map(|t| Action::OpenLink(codec::decode_link(&t))),
            1 => Just(Action::OpenLink(Err(codec::DecodeError::Check))),
            1 => prop_oneof![Just(Lang::Zh), Just(Lang::En)].prop_map(Action::SetLang),
            1 => Just(Action::Clear),
            1 => Just(Action::Redraw),
            1 => any_screen().prop_map(Action::Go),
            1 => any_screen().prop_map(Action::Show),
            1 => Just(Action::Continue),
            1 => Just(Action::Back),
        ]
    }

    /// Every kind of action comes up in a few hundred draws.
    #[test]
    fn the_generator_sends_every_action() {
        use proptest::strategy::ValueTree;
        let mut runner = proptest::test_runner::TestRunner::deterministic();
        let mut seen = [false; KINDS];
        for _ in 0..2_000 {
            let action = any_action().new_tree(&mut runner).unwrap().current();
            seen[kind(&action)] = true;
        }
        assert!(seen.iter().all(|s| *s), "{seen:?}");
    }

    /// What the page shows of a model: its answers, its figures and whether they are stale.
    fn shown(m: &Model) -> impl PartialEq + std::fmt::Debug + '_ {
        (
            m.lang,
            &m.form,
            m.case.as_deref(),
            m.case_edited,
            m.screen,
            m.stale,
            &m.inputs.errors,
            m.inputs.result.assessment.clone(),
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        #[test]
        fn actions_never_panic_and_stale_is_honest(actions in prop::collection::vec(any_action(), 1..25)) {
            let mut model = Model::restore(Saved::default());
            for action in actions {
                model = model.apply(action);
                let has_errors = !model.form.errors().is_empty();
                if model.inputs.result.assessment.is_some() && has_errors {
                    prop_assert!(model.stale, "a result shown for a form with errors must be stale");
                }
                if !has_errors {
                    prop_assert!(!model.stale);
                    // Every overflow is an error on the field that causes it: a form that reads
                    // always assesses.
                    prop_assert!(!matches!(model.inputs.result.assessment, Some(Err(Overflow))));
                }
            }
        }

        /// A reload, Back or a return shows exactly what was on screen: the state the page
        /// remembers reads back as the same answers, the same figures, stale or not.
        #[test]
        fn what_the_page_remembers_restores_the_same_page(actions in prop::collection::vec(any_action(), 1..25)) {
            let mut model = Model::restore(Saved::default());
            for action in actions {
                model = model.apply(action);
                let text = model.saved().encode();
                let back = Saved::decode(&text);
                prop_assert_eq!(back.as_ref(), Ok(&model.saved()));
                let restored = Model::restore(back.unwrap());
                prop_assert_eq!(shown(&restored), shown(&model));
                prop_assert_eq!(codec::decode(&codec::encode(&model.form)), Ok(model.form.clone()));
            }
        }

        /// Every overflow is an error on the field that causes it: a form with every field at an
        /// extreme, every box and option at random, either shows a field in error or assesses.
        #[test]
        fn a_form_that_reads_never_overflows(
            texts in prop::collection::vec((
                prop_oneof![Just("100000000000"), Just("99999999999.99"), Just("1"), Just("")],
                prop_oneof![Just("1000000000000"), Just("999999999999+"), Just("1"), Just("")],
                prop_oneof![Just("2022-03-15"), Just("2013-05-01"), Just("")],
            ), Field::ALL.len()),
            flags in prop::collection::vec(any::<bool>(), Flag::ALL.len()),
            picks in prop::collection::vec(any_picked(), 0..8),
        ) {
            let mut form = weiquan::form::FormState::default();
            for (field, (money, count, date)) in Field::ALL.iter().zip(texts) {
                let text = match field.kind() {
                    weiquan::form::Kind::Money => money,
                    weiquan::form::Kind::Count => count,
                    weiquan::form::Kind::Date => date,
                };
                form.set_text(*field, text.to_string());
            }
            for (flag, on) in Flag::ALL.iter().zip(flags) {
                form.set_flag(*flag, on);
            }
            for picked in picks {
                form.pick(picked);
            }
            if let Ok(scenario) = form.scenario() {
                prop_assert!(weiquan::law::assess(&scenario).is_ok(), "{:?}", form);
            }
        }

        /// A share link gives the recipient the same answers and figures (a form that reads; a
        /// link carries the form, not the last valid one).
        #[test]
        fn a_share_link_gives_the_same_answers(actions in prop::collection::vec(any_action(), 1..25)) {
            let mut model = Model::restore(Saved::default());
            for action in actions {
                model = model.apply(action);
            }
            let link = codec::encode_link(&model.form);
            let opened = Model::restore(Saved::default()).apply(Action::OpenLink(codec::decode_link(&link)));
            prop_assert_eq!(&opened.form, &model.form);
            if !model.stale {
                prop_assert_eq!(&opened.inputs.result.assessment, &model.inputs.result.assessment);
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
