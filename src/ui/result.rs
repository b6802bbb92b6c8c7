//! The result: per claim, the total with the estimate warning, each line with its formula and
//! the verbatim text of the provisions it rests on, the non-money relief, and, where the court's
//! discretion decides, what courts have awarded in practice.

use super::amount::{amount_html, is_long};
use crate::cases;
use crate::i18n::{self, engine, Lang, Text};
use crate::law::statutes::ProvisionId;
use crate::law::{Amount, Assessment, Frame, Line, Note, Relief, Role, Section, Total};
use crate::money::Overflow;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultProps {
    pub lang: Lang,
    pub result: Option<Result<Assessment, Overflow>>,
    pub stale: bool,
}

#[component]
pub fn ResultPanel(props: &ResultProps) -> Html {
    let lang = props.lang;
    let section = match &props.result {
        Some(Ok(a)) => a.sections.first(),
        _ => None,
    };
    let public = section.is_some_and(|s| s.frame == Frame::PublicInterest);
    let heading = if public {
        Text::ResultHeadingPublic
    } else {
        Text::ResultHeading
    };
    let body = match (&props.result, section) {
        (Some(Err(Overflow)), _) => {
            html! { <p class="result__error">{ Text::OverflowError.get(lang) }</p> }
        }
        (_, Some(s)) => html! { <SectionView {lang} section={s.clone()} stale={props.stale} /> },
        _ => html! { <p class="result__prompt">{ Text::ResultPrompt.get(lang) }</p> },
    };
    html! {
        <section class="result" id="result" tabindex="-1" aria-labelledby="result-heading">
            <h2 id="result-heading">{ heading.get(lang) }</h2>
            if public {
                <p class="warning" id="public-interest-warning"><strong>{ Text::PublicInterestWarning.get(lang) }</strong></p>
            }
            <p class="visually-hidden" aria-live="polite" aria-atomic="true">{ announcement(lang, props) }</p>
            { body }
        </section>
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

/// What the live region says: the total alone (or why there is none), so a screen reader hears
/// each new figure without the disclaimer repeated on every keystroke.
fn announcement(lang: Lang, props: &ResultProps) -> String {
    match &props.result {
        Some(Ok(a)) => {
            let Some(total) = a.total() else {
                return String::new();
            };
            let words = format!(
                "{}{}{}",
                Text::TotalLabel.get(lang),
                Text::LabelSeparator.get(lang),
                total_words(lang, total)
            );
            if props.stale {
                format!("{} {}", Text::StaleResult.get(lang), words)
            } else {
                words
            }
        }
        Some(Err(Overflow)) => Text::OverflowError.get(lang).to_string(),
        None => String::new(),
    }
}

#[derive(Properties, PartialEq)]
struct SectionProps {
    lang: Lang,
    section: Section,
    stale: bool,
}

#[component]
fn SectionView(props: &SectionProps) -> Html {
    let lang = props.lang;
    let s = &props.section;
    if let Some(why) = &s.not_covered {
        return html! { <p class="result__error" id="not-covered">{ i18n::render(lang, why) }</p> };
    }
    html! {
        <>
            <TotalView {lang} total={s.total.clone()} stale={props.stale} />
            <ol class="lines">
                { for s.lines.iter().map(|l| html! { <LineView key={line_key(l)} {lang} line={l.clone()} /> }) }
            </ol>
            if s.total.court_decides.is_some() {
                <Practice {lang} />
            }
            if !s.relief.is_empty() {
                <ReliefView {lang} relief={s.relief.clone()} />
            }
            <NotesView {lang} notes={s.notes.clone()} />
        </>
    }
}

#[derive(Properties, PartialEq)]
struct TotalProps {
    lang: Lang,
    total: Total,
    stale: bool,
}

/// The total, said once with the warning that it is an estimate. Where the court's discretion
/// decides, the headline says so in words, then the provable minimum, and the ceiling only as a
/// footnote; a zero comes with its reason.
#[component]
fn TotalView(props: &TotalProps) -> Html {
    let lang = props.lang;
    let t = &props.total;
    let label = if t.has_estimate {
        format!(
            "{}（{}）",
            Text::TotalLabel.get(lang),
            Text::TotalHasEstimate.get(lang)
        )
    } else {
        Text::TotalLabel.get(lang).to_string()
    };
    let figure = match (t.court_decides, t.amount.bounds()) {
        (Some(d), Some((min, max))) => html! {
            <>
                <p class="total__amount total__amount--words" id="total-amount">{ Text::CourtDecides.get(lang) }</p>
                <p class="total__min" id="total-min">{ i18n::fill1(Text::AtLeast, lang, "amount", min.to_string()) }</p>
                if let Some(max) = max {
                    <p class="total__ceiling" id="total-ceiling">
                        { i18n::fill1(Text::UpperBound, lang, "amount", max.to_string()) }
                        if let Some(legal) = d.legal_max.filter(|legal| max >= *legal) {
                            { " " }{ i18n::fill1(Text::CeilingFootnote, lang, "amount", legal.to_string()) }
                        }
                    </p>
                }
            </>
        },
        _ => html! {
            <>
                <p class={classes!("total__amount", is_long(t.amount).then_some("total__amount--long"))} id="total-amount">{ amount_html(lang, t.amount) }</p>
                if t.amount.is_zero() {
                    <p class="total__reason" id="total-reason">{ Text::NothingToCompensate.get(lang) }</p>
                }
            </>
        },
    };
    html! {
        <div class={classes!("total", props.stale.then_some("total--stale"))}>
            if props.stale {
                <p class="total__stale">{ Text::StaleResult.get(lang) }</p>
            }
            <p class="total__label">{ label }</p>
            { figure }
            <p class="total__disclaimer">{ Text::Disclaimer.get(lang) }</p>
            <p class="total__law">{ i18n::fill1(Text::LawAsOf, lang, "date", crate::law::statutes::LAW_AS_OF.to_string()) }</p>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct LineProps {
    lang: Lang,
    line: Line,
}

/// One line: label and amount always visible; the formula, the figures compared, and the law
/// behind a disclosure.
#[component]
fn LineView(props: &LineProps) -> Html {
    let lang = props.lang;
    let line = &props.line;
    let awarded = line.role == Role::Awarded;
    let role = if awarded {
        Text::InTotal
    } else {
        Text::NotInTotal
    };
    html! {
        <li class={classes!("line", (!awarded).then_some("line--aside"))} data-line={line_key(line)}>
            <details>
                <summary>
                    <span class="line__label">{ engine::line_label(line.id, lang) }</span>
                    <span class="line__amount">{ line_amount(lang, line) }</span>
                    <span class="line__role">{ role.get(lang) }</span>
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
                    <ProvisionList {lang} ids={line.provisions.clone()} />
                </div>
            </details>
        </li>
    }
}

/// A line the court sets by discretion reads as words; an explanatory line with nothing to
/// show reads as a dash (its formula says why).
fn line_amount(lang: Lang, line: &Line) -> Html {
    match (line.discretion, line.amount) {
        (Some(_), _) => html! { Text::CourtDecidesShort.get(lang) },
        (None, Amount::Undetermined) if line.role != Role::Awarded => html! { "—" },
        (None, amount) => amount_html(lang, amount),
    }
}

fn part_amount(lang: Lang, amount: Amount) -> Html {
    match amount {
        Amount::Undetermined => html! { "—" },
        amount => amount_html(lang, amount),
    }
}

fn line_key(line: &Line) -> &'static str {
    line.id.wire()
}

#[derive(Properties, PartialEq)]
struct PracticeProps {
    lang: Lang,
}

/// What courts awarded in published individual judgments: practice, labelled as such.
#[component]
fn Practice(props: &PracticeProps) -> Html {
    let lang = props.lang;
    html! {
        <section class="practice" id="practice" aria-labelledby="practice-heading">
            <h3 id="practice-heading">{ Text::PracticeHeading.get(lang) }</h3>
            <p class="practice__label">{ Text::PracticeLabel.get(lang) }</p>
            <ul>
                { for cases::individual_presets().map(|c| html! {
                    <li data-case={c.id}>
                        <span class="practice__cite">{ format!("{} · {} · {}", c.text(lang, |p| &p.court), c.case_number, c.judgment_date) }</span>
                        <span class="practice__award">{ c.text(lang, |p| &p.award) }</span>
                    </li>
                }) }
            </ul>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ReliefProps {
    lang: Lang,
    relief: Vec<Relief>,
}

#[component]
fn ReliefView(props: &ReliefProps) -> Html {
    let lang = props.lang;
    html! {
        <section class="relief" id="relief" aria-labelledby="relief-heading">
            <h3 id="relief-heading">{ Text::ReliefHeading.get(lang) }</h3>
            { for props.relief.iter().map(|r| html! {
                <details class="note">
                    <summary>{ i18n::render(lang, &r.msg) }</summary>
                    <ProvisionList {lang} ids={r.provisions.clone()} />
                </details>
            }) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct NotesProps {
    lang: Lang,
    notes: Vec<Note>,
}

#[component]
fn NotesView(props: &NotesProps) -> Html {
    let lang = props.lang;
    html! {
        <section class="notes">
            <h3>{ Text::NotesHeading.get(lang) }</h3>
            { for props.notes.iter().map(|n| html! {
                <details class="note">
                    <summary>{ i18n::render(lang, &n.msg) }</summary>
                    <ProvisionList {lang} ids={n.provisions.clone()} />
                </details>
            }) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ProvisionListProps {
    lang: Lang,
    ids: Vec<ProvisionId>,
}

/// The provisions cited, each with its version and verbatim Chinese text (and, in English, a gloss).
#[component]
fn ProvisionList(props: &ProvisionListProps) -> Html {
    let lang = props.lang;
    html! {
        <ul class="provisions">
            { for props.ids.iter().map(|id| {
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
