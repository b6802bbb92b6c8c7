//! The result: per claim, the total with the estimate warning, each line with its formula and
//! the verbatim text of the provisions it rests on, the non-money relief, and, where the court's
//! discretion decides, what courts have awarded in practice.

use super::amount::{amount_html, is_long};
use crate::cases;
use crate::i18n::{self, engine, Lang, Text};
use crate::law::statutes::ProvisionId;
use crate::law::{Amount, Assessment, ClaimKind, Frame, Line, Msg, Role, Section, Total};
use crate::money::Overflow;
use yew::prelude::*;

pub fn result_panel(
    lang: Lang,
    result: &Option<Result<Assessment, Overflow>>,
    stale: Option<Text>,
    said: &str,
    on_present: Option<&Callback<MouseEvent>>,
) -> Html {
    let assessment = match result {
        Some(Ok(a)) if !a.sections.is_empty() => Some(a),
        _ => None,
    };
    let public = assessment
        .and_then(|a| a.sections.first())
        .is_some_and(|s| s.frame == Frame::PublicInterest);
    let heading = if public {
        Text::ResultHeadingPublic
    } else {
        Text::ResultHeading
    };
    let body = match (result, assessment) {
        (Some(Err(Overflow)), _) => {
            html! { <p class="result__error">{ Text::OverflowError.get(lang) }</p> }
        }
        (_, Some(a)) => html! {
            <>
                { claims(lang, a, stale) }
                if let Some(on_present) = on_present {
                    <button type="button" class="button" id="present-start" onclick={on_present}>{ Text::PresentStart.get(lang) }</button>
                }
            </>
        },
        _ => html! { <p class="result__prompt">{ Text::ResultPrompt.get(lang) }</p> },
    };
    html! {
        <section class="result" id="result" tabindex="-1" aria-labelledby="result-heading">
            <h2 id="result-heading">{ heading.get(lang) }</h2>
            if public {
                <p class="warning" id="public-interest-warning"><strong>{ Text::PublicInterestWarning.get(lang) }</strong></p>
            }
            <p class="visually-hidden" aria-live="polite" aria-atomic="true">{ super::zh::marked(lang, said) }</p>
            { body }
        </section>
    }
}

/// One claim shows its own total; several show their sum first, then each claim under its
/// heading with its subtotal. The reform sandbox comes last, apart, with its own figure.
///
/// The views below are plain functions, not components: they hold no state, and each component
/// would add its own lifecycle code to the wasm bundle.
/// `stale`: why the figures shown are from the last valid input, if they are.
fn claims(lang: Lang, a: &Assessment, stale: Option<Text>) -> Html {
    let current: Vec<&Section> = a
        .sections
        .iter()
        .filter(|s| s.claim != ClaimKind::ReformProposal)
        .collect();
    let several = current.len() > 1;
    html! {
        <>
            if let Some(total) = a.total().filter(|_| several) {
                { total_view(lang, &total, stale, Text::CombinedTotalLabel) }
            }
            <>{ for current.iter().map(|s| section_view(lang, s, stale, several)) }</>
            if let Some(reform) = a.section(ClaimKind::ReformProposal) {
                { reform_view(lang, reform, a) }
            }
        </>
    }
}

/// What the total reads as in a sentence: the figure, or that the court decides.
pub fn total_words(lang: Lang, total: &Total) -> String {
    if total.court_decides.is_some() {
        Text::CourtDecidesShort.get(lang).to_string()
    } else {
        i18n::amount(lang, total.amount)
    }
}

/// The total as the live region says it (or why there is none), without the disclaimer that
/// would repeat on every change.
pub(super) fn announcement(
    lang: Lang,
    result: &Option<Result<Assessment, Overflow>>,
    stale: bool,
) -> String {
    match result {
        Some(Ok(a)) => {
            let Some(total) = a.total() else {
                return String::new();
            };
            let words = format!(
                "{}{}{}",
                Text::TotalLabel.get(lang),
                Text::LabelSeparator.get(lang),
                total_words(lang, &total)
            );
            if stale {
                format!("{} {}", Text::StaleResult.get(lang), words)
            } else {
                words
            }
        }
        Some(Err(Overflow)) => Text::OverflowError.get(lang).to_string(),
        None => String::new(),
    }
}

/// One claim. As one of several it has a heading and a subtotal instead of the headline total.
fn section_view(lang: Lang, s: &Section, stale: Option<Text>, subtotal: bool) -> Html {
    let id = s.claim.id();
    let heading = html! {
        if subtotal {
            <h3 class="section__heading" id={format!("{id}-result-heading")}>{ i18n::claim_title(s.claim).get(lang) }</h3>
        }
    };
    if let Some(why) = &s.not_covered {
        return html! {
            <section class="section" key={id} data-claim={id}>
                { heading }
                <p class="result__error not-covered" id={format!("{id}-not-covered")}>{ i18n::render(lang, why) }</p>
            </section>
        };
    }
    html! {
        <section class="section" key={id} data-claim={id}>
            { heading }
            if subtotal {
                <p class="section__subtotal" id={format!("{id}-subtotal")}>
                    { Text::TotalLabel.get(lang) }{ Text::LabelSeparator.get(lang) }<strong>{ total_words(lang, &s.total) }</strong>
                </p>
            } else {
                { total_view(lang, &s.total, stale, Text::TotalLabel) }
            }
            { lines_view(lang, &s.lines) }
            if s.total.court_decides.is_some() && s.claim == ClaimKind::PersonalInformation {
                { practice(lang) }
            }
            if !s.relief.is_empty() {
                { notes_list(lang, "relief", Some("relief"), Some(Text::ReliefHeading), s.relief.iter().map(|r| (&r.msg, &r.provisions[..]))) }
            }
            { notes_list(lang, "notes", None, Some(Text::NotesHeading), s.notes.iter().map(|n| (&n.msg, &n.provisions[..]))) }
        </section>
    }
}

/// The sandbox: its own heading, figure and styling; every line says it is a proposal.
fn reform_view(lang: Lang, s: &Section, a: &Assessment) -> Html {
    html! {
        <section class="reform" id="reform" aria-labelledby="reform-heading">
            <h3 class="reform__heading" id="reform-heading">{ Text::ReformHeading.get(lang) }</h3>
            <p class="reform__total">
                { Text::ReformTotalLabel.get(lang) }{ Text::LabelSeparator.get(lang) }
                <strong id="reform-amount">{ part_amount(lang, s.total.amount) }</strong>
            </p>
            { compare_view(lang, a) }
            { lines_view(lang, &s.lines) }
            { notes_list(lang, "notes", None, None, s.notes.iter().map(|n| (&n.msg, &n.provisions[..]))) }
        </section>
    }
}

/// Current law beside the proposal, side by side: what the personal-information claim gives
/// today, and with the proposed punitive damages added (labelled as not law).
pub fn compare_view(lang: Lang, a: &Assessment) -> Html {
    let Some((current, with)) = a.with_reform() else {
        return html! {};
    };
    let with = match with {
        Ok(amount) if current.court_decides.is_none() => amount_html(lang, amount),
        _ => html! { Text::CourtDecidesShort.get(lang) },
    };
    html! {
        <div class="compare" id="reform-compare" role="group" aria-label={Text::CompareHeading.get(lang)}>
            <p class="compare__cell">
                <span>{ Text::CompareCurrent.get(lang) }</span>
                <strong id="compare-current">{ total_words(lang, &current) }</strong>
            </p>
            <p class="compare__cell compare__cell--reform">
                <span>{ Text::CompareWith.get(lang) }</span>
                <strong id="compare-with">{ with }</strong>
            </p>
        </div>
    }
}

/// The total, said once with the warning that it is an estimate. Where the court's discretion
/// decides, the headline says so in words, then the provable minimum, and the ceiling only as a
/// footnote; a zero comes with its reason.
fn total_view(lang: Lang, t: &Total, stale: Option<Text>, label: Text) -> Html {
    let label = if t.has_estimate {
        format!(
            "{}（{}）",
            label.get(lang),
            Text::TotalHasEstimate.get(lang)
        )
    } else {
        label.get(lang).to_string()
    };
    let figure = match (t.court_decides, t.amount.bounds()) {
        (Some(d), Some((min, max))) => html! {
            <>
                <p class="total__amount total__amount--words" id="total-amount">{ Text::CourtDecides.get(lang) }</p>
                <p class="total__min" id="total-min">{ i18n::fill1(Text::AtLeast, lang, "amount", i18n::money(lang, min)) }</p>
                if let Some(max) = max {
                    <p class="total__ceiling" id="total-ceiling">
                        { i18n::fill1(Text::UpperBound, lang, "amount", i18n::money(lang, max)) }
                        if let Some(legal) = d.legal_max.filter(|legal| max >= *legal) {
                            { " " }{ i18n::fill1(Text::CeilingFootnote, lang, "amount", i18n::money(lang, legal)) }
                        }
                    </p>
                }
            </>
        },
        _ => html! {
            <>
                <p class={classes!("total__amount", is_long(lang, t.amount).then_some("total__amount--long"))} id="total-amount">{ amount_html(lang, t.amount) }</p>
                if t.amount.is_zero() {
                    <p class="total__reason" id="total-reason">{ Text::NothingToCompensate.get(lang) }</p>
                }
            </>
        },
    };
    html! {
        <div class={classes!("total", stale.map(|_| "total--stale"))}>
            if let Some(why) = stale {
                <p class="total__stale">{ why.get(lang) }</p>
            }
            <p class="total__label">{ label }</p>
            { figure }
            <p class="total__disclaimer">{ Text::Disclaimer.get(lang) }</p>
            <p class="total__law">{ i18n::fill1(Text::LawAsOf, lang, "date", crate::law::statutes::LAW_AS_OF.to_string()) }</p>
        </div>
    }
}

pub(super) fn lines_view(lang: Lang, lines: &[Line]) -> Html {
    html! {
        <ol class="lines">
            { for lines.iter().map(|l| line_view(lang, l)) }
        </ol>
    }
}

/// One line: label and amount always visible; the formula, the figures compared, and the law
/// behind a disclosure.
fn line_view(lang: Lang, line: &Line) -> Html {
    let awarded = line.role == Role::Awarded;
    let role = i18n::role_text(line.role);
    let key = line.id.wire();
    html! {
        <li class={classes!("line", (!awarded).then_some("line--aside"))} {key} data-line={key}>
            <details>
                <summary>
                    <span class="line__label">{ engine::line_label(line.id, lang) }</span>
                    <span class="line__amount">{ line_amount(lang, line) }</span>
                    <span class="line__role">{ role.get(lang) }</span>
                    <span class="line__more cue">{ Text::ShowWhy.get(lang) }</span>
                </summary>
                <div class="line__why">
                    <p class="line__formula">{ i18n::render(lang, &line.formula) }</p>
                    if !line.parts.is_empty() {
                        <ul class="parts">
                            { for line.parts.iter().map(|p| html! {
                                <li class="part" data-part={p.id.wire()}>
                                    <span class="part__label">{ engine::line_label(p.id, lang) }</span>
                                    <span class="part__amount">{ part_amount(lang, p.amount) }</span>
                                    <p class="part__formula">{ i18n::render(lang, &p.formula) }</p>
                                    { for p.notes.iter().map(|n| html! { <p class="line__note">{ i18n::render(lang, n) }</p> }) }
                                </li>
                            }) }
                        </ul>
                    }
                    { for line.notes.iter().map(|n| html! { <p class="line__note">{ i18n::render(lang, n) }</p> }) }
                    { provision_list(lang, &line.provisions) }
                </div>
            </details>
        </li>
    }
}

/// A line the court sets by discretion reads as words; an explanatory line with nothing to
/// show reads as a dash (its formula says why).
pub(super) fn line_amount(lang: Lang, line: &Line) -> Html {
    match (line.discretion, line.amount) {
        (Some(_), _) => html! { Text::CourtDecidesShort.get(lang) },
        (None, Amount::Undetermined) if line.role != Role::Awarded => html! { "—" },
        (None, amount) => amount_html(lang, amount),
    }
}

pub(super) fn part_amount(lang: Lang, amount: Amount) -> Html {
    match amount {
        Amount::Undetermined => html! { "—" },
        amount => amount_html(lang, amount),
    }
}

/// What courts awarded in published individual judgments: practice, labelled as such.
fn practice(lang: Lang) -> Html {
    html! {
        <section class="practice" id="practice" aria-labelledby="practice-heading">
            <h3 id="practice-heading">{ Text::PracticeHeading.get(lang) }</h3>
            <p class="practice__label">{ Text::PracticeLabel.get(lang) }</p>
            <ul>
                { for cases::individual_presets().map(|c| html! {
                    <li data-case={c.id}>
                        <span class="practice__cite">{ super::case::citation(lang, c) }</span>
                        <span class="practice__award">{ c.award.get(lang) }</span>
                    </li>
                }) }
            </ul>
        </section>
    }
}

/// Notes or non-money claims: each a sentence that opens onto the provisions behind it (a note
/// with none is just the sentence).
pub fn notes_list<'a>(
    lang: Lang,
    class: &'static str,
    id: Option<&'static str>,
    heading: Option<Text>,
    items: impl Iterator<Item = (&'a Msg, &'a [ProvisionId])>,
) -> Html {
    html! {
        <section {class} {id}>
            if let Some(heading) = heading {
                <h3>{ heading.get(lang) }</h3>
            }
            // A fragment of its own: keyed siblings beside the unkeyed heading would be diffed
            // by position, and a key mismatch there rebuilds the node (closing it).
            <>{ for keyed(items).map(|(key, (msg, provisions))| if provisions.is_empty() {
                html! { <p class="note" {key}>{ i18n::render(lang, msg) }</p> }
            } else {
                html! {
                    <details class="note" {key}>
                        <summary>{ i18n::render(lang, msg) }{ " " }<span class="note__cue cue">{ Text::LegalBasis.get(lang) }</span></summary>
                        { provision_list(lang, provisions) }
                    </details>
                }
            }) }</>
        </section>
    }
}

/// Each note with a key of its sentence (and, should one repeat, which repeat it is), so a note
/// the reader opened stays open on the same sentence when notes come and go above it.
fn keyed<'a, T>(
    items: impl Iterator<Item = (&'a Msg, T)>,
) -> impl Iterator<Item = (u64, (&'a Msg, T))> {
    let mut seen: Vec<crate::law::Key> = Vec::new();
    items.map(move |(msg, rest)| {
        let repeat = seen.iter().filter(|k| **k == msg.key).count() as u64;
        seen.push(msg.key);
        ((msg.key as u64) << 16 | repeat, (msg, rest))
    })
}

/// The provisions cited, each with its version and verbatim Chinese text (and, in English, a gloss).
pub fn provision_list(lang: Lang, ids: &[ProvisionId]) -> Html {
    html! {
        <ul class="provisions">
            { for ids.iter().map(|id| {
                let p = id.provision();
                html! {
                    <li class="provision" data-provision={id.wire()}>
                        <p class="provision__cite">{ i18n::citation(lang, p) }</p>
                        <p class="provision__version">{ i18n::version(lang, p.law) }</p>
                        <blockquote lang="zh-CN" class="provision__text">
                            { for p.text_zh.split('\n').map(|para| html! { <p>{ para }</p> }) }
                        </blockquote>
                        if lang == Lang::En {
                            <p class="provision__gloss"><span>{ Text::GlossLabel.get(lang) }{ Text::LabelSeparator.get(lang) }</span>{ p.gloss_en }</p>
                        }
                    </li>
                }
            }) }
        </ul>
    }
}
