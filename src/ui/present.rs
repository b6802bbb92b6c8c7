//! 演示模式: the Assessment on a classroom projector, one line at a time. Each slide is a line
//! with its figure, formula and the articles it rests on; the lines of the claim already shown
//! stay above it, so the class sees the sum build up; the last slide is the total, with the
//! estimate warning and, where the sandbox is on, current law beside the proposal.
//! ←/→ (↑/↓, Page Up/Down), space and a click on the slide move; Home/End jump; Esc exits.

use super::model::{Action, Model};
use super::result::{compare_view, line_amount, part_amount, provision_list, total_words};
use crate::cases::Preset;
use crate::i18n::{self, claim_title, engine, role_text, Lang, Text};
use crate::law::{Assessment, Frame, Line, Section};
use yew::prelude::*;

/// A slide: a real case's facts, a figure a line compares (`Some(part)`), the line itself, or the
/// closing total.
#[derive(Clone, Copy)]
enum Slide<'a> {
    Facts(&'static Preset),
    Line(&'a Section, usize, Option<usize>),
    Total,
}

/// A real case's facts first, then each line's compared figures, then the line that takes from
/// them; the total last.
fn slides<'a>(a: &'a Assessment, case: Option<&'static Preset>) -> Vec<Slide<'a>> {
    let line = |s, (i, l): (usize, &Line)| {
        (0..l.parts.len())
            .map(move |k| Slide::Line(s, i, Some(k)))
            .chain(std::iter::once(Slide::Line(s, i, None)))
    };
    case.map(Slide::Facts)
        .into_iter()
        .chain(
            a.sections
                .iter()
                .flat_map(|s| s.lines.iter().enumerate().flat_map(move |l| line(s, l))),
        )
        .chain(std::iter::once(Slide::Total))
        .collect()
}

/// To a slide, or out of presentation mode (`None`), through `dispatch`; then the focus goes to
/// the presentation (so the keys work at once, and still after a button it was on is disabled)
/// or back to the button that opened it. After the render: Yew draws in a microtask queued by
/// the dispatch.
pub fn go_to(dispatch: &UseReducerDispatcher<Model>, to: Option<usize>) {
    dispatch.dispatch(Action::Present(to));
    yew::platform::spawn_local(async move {
        super::browser::focus(if to.is_some() {
            "present"
        } else {
            "present-start"
        });
    });
}

/// The presentation, over the whole page. A plain function like the other views: a component of
/// its own would add a second copy of Yew's component lifecycle to the wasm (4.3 KB gzip, measured).
pub fn presentation(
    lang: Lang,
    a: &Assessment,
    at: usize,
    case: Option<&'static Preset>,
    on_slide: &Callback<Option<usize>>,
) -> Html {
    let slides = slides(a, case);
    // A public-interest case's figure is not one person's: every slide says so.
    let public = a.sections.iter().any(|s| s.frame == Frame::PublicInterest);
    let last = slides.len() - 1;
    let at = at.min(last);
    let (prev, next) = (at.saturating_sub(1), (at + 1).min(last));
    let go = |to: Option<usize>| on_slide.reform(move |_: MouseEvent| to);
    let onkeydown = {
        let on_slide = on_slide.clone();
        Callback::from(move |e: KeyboardEvent| {
            let on_button = e.target_unchecked_into::<web_sys::Element>().tag_name() == "BUTTON";
            let to = match e.key().as_str() {
                "ArrowRight" | "ArrowDown" | "PageDown" => Some(next),
                " " if !on_button => Some(next),
                "ArrowLeft" | "ArrowUp" | "PageUp" => Some(prev),
                "Home" => Some(0),
                "End" => Some(last),
                "Escape" => None,
                _ => return,
            };
            e.prevent_default();
            on_slide.emit(to);
        })
    };
    let counter = i18n::fill(
        Text::StepCounter.get(lang),
        &[
            ("n", (at + 1).to_string()),
            ("total", slides.len().to_string()),
        ],
    );
    let title = match slides[at] {
        Slide::Facts(_) => Text::CaseStory,
        Slide::Line(s, ..) => claim_title(s.claim),
        Slide::Total => Text::TotalLabel,
    };
    html! {
        <div class="present" id="present" role="dialog" aria-modal="true" aria-labelledby="present-title"
            tabindex="-1" {onkeydown}>
            <div class="present__bar">
                <p class="present__title" id="present-title">{ title.get(lang) }</p>
                <p class="present__progress" id="present-progress" aria-live="polite">{ counter }</p>
                <progress value={(at + 1).to_string()} max={slides.len().to_string()}></progress>
                <button type="button" class="button" id="present-exit" onclick={go(None)}>{ Text::PresentEnd.get(lang) }</button>
            </div>
            if public {
                <p class="warning present__warning" id="present-public-interest"><strong>{ Text::PublicInterestWarning.get(lang) }</strong></p>
            }
            <div class="present__stage" id="present-stage" onclick={go(Some(next))}>
                { slide_view(lang, a, slides[at], case) }
            </div>
            <div class="present__nav">
                <button type="button" class="button" id="present-previous" disabled={at == 0} onclick={go(Some(prev))}>{ Text::StepPrevious.get(lang) }</button>
                <button type="button" class="button" id="present-next" disabled={at == last} onclick={go(Some(next))}>{ Text::StepNext.get(lang) }</button>
                <p class="present__keys">{ Text::PresentKeys.get(lang) }</p>
            </div>
        </div>
    }
}

fn slide_view(lang: Lang, a: &Assessment, slide: Slide, case: Option<&'static Preset>) -> Html {
    let (section, i, part) = match slide {
        Slide::Line(section, i, part) => (section, i, part),
        Slide::Facts(c) => return facts_slide(lang, c),
        Slide::Total => return total_slide(lang, a, case),
    };
    let line = &section.lines[i];
    html! {
        <>
            if i > 0 {
                <ol class="present__done">
                    { for section.lines[..i].iter().map(|l| html! {
                        <li><span>{ engine::line_label(l.id, lang) }</span><span>{ line_amount(lang, l) }</span></li>
                    }) }
                </ol>
            }
            if let Some(k) = part {
                { part_slide(lang, line, k) }
            } else {
                { line_slide(lang, line) }
            }
        </>
    }
}

/// The facts of the case, its court and number, before any figure.
fn facts_slide(lang: Lang, c: &'static Preset) -> Html {
    html! {
        <div class="present__slide" data-slide="facts">
            <h2 class="present__label">{ c.title.get(lang) }</h2>
            <p class="present__role">{ super::case::citation(lang, c) }</p>
            <p>{ c.facts.get(lang) }</p>
        </div>
    }
}

/// The total with the estimate warning; for a real case, this page's figure beside the court's,
/// with a tick where the court's award lies within it.
fn total_slide(lang: Lang, a: &Assessment, case: Option<&'static Preset>) -> Html {
    let Some(total) = a.total() else {
        return html! {};
    };
    let agrees = |c: &Preset| match total.amount.bounds() {
        Some((min, Some(max))) => min <= c.awarded && c.awarded <= max,
        Some((min, None)) => min <= c.awarded,
        None => false,
    };
    html! {
        <div class="present__slide" data-slide="total">
            <p class="present__amount" id="present-amount">{ total_words(lang, &total) }</p>
            if let Some(c) = case {
                <p class="present__court" id="present-court">
                    { Text::PageComputes.get(lang) }{ " " }<strong>{ total_words(lang, &total) }</strong>
                    { " ｜ " }{ Text::CaseCourtFigure.get(lang) }{ " " }<strong>{ i18n::money(lang, c.awarded) }</strong>
                    { if agrees(c) { " ✓" } else { " ≠" } }
                </p>
            }
            <p class="present__disclaimer">{ Text::Disclaimer.get(lang) }</p>
            <p class="present__law">{ i18n::fill1(Text::LawAsOf, lang, "date", crate::law::statutes::LAW_AS_OF.to_string()) }</p>
            { compare_view(lang, a) }
        </div>
    }
}

/// One figure a line compares, under the line's name, with the line's articles.
fn part_slide(lang: Lang, line: &Line, k: usize) -> Html {
    let part = &line.parts[k];
    html! {
        <div class="present__slide" data-slide={part.id.wire()}>
            <p class="present__role">{ engine::line_label(line.id, lang) }</p>
            <h2 class="present__label">{ engine::line_label(part.id, lang) }</h2>
            <p class="present__amount" id="present-amount">{ part_amount(lang, part.amount) }</p>
            <p class="present__formula">{ i18n::render(lang, &part.formula) }</p>
            { for part.notes.iter().map(|n| html! { <p class="present__note">{ i18n::render(lang, n) }</p> }) }
            { provision_list(lang, &line.provisions) }
        </div>
    }
}

fn line_slide(lang: Lang, line: &Line) -> Html {
    html! {
        <div class="present__slide" data-slide={line.id.wire()}>
            <h2 class="present__label">{ engine::line_label(line.id, lang) }</h2>
            <p class="present__amount" id="present-amount">{ line_amount(lang, line) }</p>
            <p class="present__role">{ role_text(line.role).get(lang) }</p>
            <p class="present__formula">{ i18n::render(lang, &line.formula) }</p>
            { for line.parts.iter().map(|part| html! {
                <p class="present__part">
                    { engine::line_label(part.id, lang) }{ Text::LabelSeparator.get(lang) }
                    <strong>{ part_amount(lang, part.amount) }</strong>{ " · " }{ i18n::render(lang, &part.formula) }
                </p>
            }) }
            { for line.notes.iter().map(|n| html! { <p class="present__note">{ i18n::render(lang, n) }</p> }) }
            { provision_list(lang, &line.provisions) }
        </div>
    }
}
