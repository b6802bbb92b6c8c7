//! The result: the total with the estimate warning, then each line of the Assessment with its
//! formula and the verbatim text of the provisions it rests on.

use super::amount::{amount_html, is_long};
use crate::i18n::{self, Lang, Text};
use crate::law::statutes::{self, ProvisionId};
use crate::law::{Amount, Assessment, Line, Note};
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
    let body = match &props.result {
        None => html! { <p class="result__prompt">{ Text::ResultPrompt.get(lang) }</p> },
        Some(Err(Overflow)) => {
            html! { <p class="result__error">{ Text::OverflowError.get(lang) }</p> }
        }
        Some(Ok(a)) => html! {
            <>
                <TotalView {lang} assessment={a.clone()} stale={props.stale} />
                <ol class="lines">
                    { for a.lines.iter().map(|l| html! { <LineView {lang} line={l.clone()} /> }) }
                </ol>
                <NotesView {lang} notes={a.notes.clone()} />
            </>
        },
    };
    html! {
        <section class="result" id="result" tabindex="-1" aria-labelledby="result-heading">
            <h2 id="result-heading">{ Text::ResultHeading.get(lang) }</h2>
            <p class="visually-hidden" aria-live="polite" aria-atomic="true">{ announcement(lang, props) }</p>
            { body }
        </section>
    }
}

/// What the live region says: the total alone (or why there is none), so a screen reader hears
/// each new figure without the disclaimer repeated on every keystroke. It is always in the page,
/// so the first result is announced too.
fn announcement(lang: Lang, props: &ResultProps) -> String {
    match &props.result {
        Some(Ok(a)) => {
            let total = format!(
                "{}{}{}",
                Text::TotalLabel.get(lang),
                Text::LabelSeparator.get(lang),
                i18n::amount(lang, a.total)
            );
            if props.stale {
                format!("{} {}", Text::StaleResult.get(lang), total)
            } else {
                total
            }
        }
        Some(Err(Overflow)) => Text::OverflowError.get(lang).to_string(),
        None => String::new(),
    }
}

#[derive(Properties, PartialEq)]
struct TotalProps {
    lang: Lang,
    assessment: Assessment,
    stale: bool,
}

/// The total, said once with the warning that it is an estimate, in a live region so a screen
/// reader hears each new figure.
#[component]
fn TotalView(props: &TotalProps) -> Html {
    let lang = props.lang;
    let a = &props.assessment;
    html! {
        <div class={classes!("total", props.stale.then_some("total--stale"))}>
            if props.stale {
                <p class="total__stale">{ Text::StaleResult.get(lang) }</p>
            }
            <p class="total__label">{ Text::TotalLabel.get(lang) }</p>
            <p class={classes!("total__amount", is_long(a.total).then_some("total__amount--long"))} id="total-amount">{ amount_html(lang, a.total) }</p>
            <p class="total__disclaimer">{ Text::Disclaimer.get(lang) }</p>
            <p class="total__law">{ i18n::fill(Text::LawAsOf.get(lang), std::slice::from_ref(&a.law_as_of)) }</p>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct LineProps {
    lang: Lang,
    line: Line,
}

/// One line: label and amount always visible; the formula and law behind a disclosure.
#[component]
fn LineView(props: &LineProps) -> Html {
    let lang = props.lang;
    let line = &props.line;
    let role = if line.in_total {
        Text::InTotal
    } else {
        Text::NotInTotal
    };
    html! {
        <li class={classes!("line", (!line.in_total).then_some("line--aside"))} data-line={line_key(line)}>
            <details>
                <summary>
                    <span class="line__label">{ line.id.label().get(lang) }</span>
                    <span class="line__amount">{ line_amount(lang, line) }</span>
                    <span class="line__role">{ role.get(lang) }</span>
                </summary>
                <div class="line__why">
                    <p class="line__formula">{ i18n::render(lang, &line.formula) }</p>
                    { for line.notes.iter().map(|n| html! { <p class="line__note">{ i18n::render(lang, n) }</p> }) }
                    <ProvisionList {lang} ids={line.provisions.clone()} />
                </div>
            </details>
        </li>
    }
}

/// An explanatory line with nothing to show reads as a dash (its formula says why); only a line
/// in the total says the court decides.
fn line_amount(lang: Lang, line: &Line) -> Html {
    match line.amount {
        Amount::Undetermined if !line.in_total => html! { "—" },
        amount => amount_html(lang, amount),
    }
}

fn line_key(line: &Line) -> String {
    serde_json::to_value(line.id)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
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
                let p = statutes::provision(*id);
                html! {
                    <li class="provision">
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
