//! The Yew interface: it binds inputs to the form model and renders Assessments; it never
//! computes law. The model (`model.rs`) computes; the views draw what it computed, and report
//! back through narrow callbacks built here; every browser call is in `browser.rs`.

mod amount;
pub mod browser;
mod burden;
mod case;
mod costs;
mod errors;
mod fields;
mod flow;
mod form;
pub mod model;
mod next_steps;
mod present;
mod result;
mod takeaway;
mod teacher;
mod who_pays;
mod zh;

use crate::form::flow::Screen;
use crate::i18n::{Lang, Text};
use crate::law::Assessment;
use crate::money::Overflow;
use fields::{FormView, Handlers};
use model::{Action, Model, Saved};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The page as it starts: the browser build restores it from what the tab remembers, the
    /// address and what was typed before start-up (`src/main.rs`).
    #[prop_or_default]
    pub initial: Start,
    /// What the page's query parameters ask for (embedding, language, a preset…).
    #[prop_or_default]
    pub options: crate::embed::Options,
    /// Only the first screen (the prerender): the burden and who-pays panels below it follow
    /// with the wasm, so the page's HTML stays small.
    #[prop_or_default]
    pub first_screen: bool,
}

/// The model the page starts with. Read once, when the App is made: props compare it by address,
/// so no code compares two models.
#[derive(Clone)]
pub struct Start(pub Rc<Model>);

/// A new, empty page.
impl Default for Start {
    fn default() -> Start {
        Start(Rc::new(Model::restore(Saved::default())))
    }
}

impl PartialEq for Start {
    fn eq(&self, other: &Start) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// How long the page waits after the last change before it writes what it remembers: a pause
/// in typing, not every keystroke (leaving the page writes at once).
const SAVE_AFTER_MS: u32 = 400;

/// The whole calculator.
#[component]
pub fn App(props: &AppProps) -> Html {
    let initial = props.initial.0.clone();
    let model = use_reducer(move || (*initial).clone());
    let options = &props.options;
    // Embedded, the form stays in memory only: any page of the host's origin could read the
    // tab's sessionStorage (README, "Embedding").
    use_remember(model.saved(), !options.embed);
    use_language(model.saved(), options.embed);
    let dispatch = model.dispatcher();
    use_links(dispatch.clone());
    use_redraw_on_return(dispatch.clone());
    use_moves(model.moves, model.screen);
    use_history_moves(dispatch.clone());
    let lang = model.lang;
    let act = |action: Action| {
        dispatch
            .to_callback()
            .reform(move |_: MouseEvent| action.clone())
    };
    let handlers = Handlers {
        text: dispatch.to_callback().reform(
            |(f, t): (crate::form::Field, Option<String>)| match t {
                Some(t) => Action::SetText(f, t),
                None => Action::Leave(f),
            },
        ),
        flag: dispatch
            .to_callback()
            .reform(|(flag, on)| Action::SetFlag(flag, on)),
        choose: dispatch.to_callback().reform(Action::Choose),
    };
    // The errors to show, once per render, for the form, the summary, the costs and who pays.
    let shown = model.shown_errors();
    let view = FormView {
        lang,
        form: &model.form,
        shown: &shown,
        on: &handlers,
    };
    let on_present = {
        let d = dispatch.clone();
        let embedded = options.embed;
        Callback::from(move |_: MouseEvent| {
            present::go_to(&d, Some(0));
            // Embedded, the presentation fills the iframe: the host scrolls it into view.
            if embedded {
                browser::ask_host_to_show_top();
            }
        })
    };
    let on_slide = {
        let d = dispatch.clone();
        Callback::from(move |to| present::go_to(&d, to))
    };
    let burden_handlers = burden::BurdenHandlers {
        evidence: dispatch
            .to_callback()
            .reform(|(e, held)| Action::SetEvidence(e, held)),
        step: {
            let d = dispatch.clone();
            Callback::from(move |to: Option<usize>| {
                d.dispatch(Action::SetStep(to));
                // After the render, the keys go to the walk-through, or back to its button.
                yew::platform::spawn_local(async move {
                    browser::focus(if to.is_some() { "step" } else { "step-start" });
                });
            })
        },
        reform_view: dispatch.to_callback().reform(Action::SetReformView),
    };
    let on_copy = dispatch
        .to_callback()
        .reform(|id: &'static str| Action::Copied(id, browser::copy_from(id)));
    let takeaway_handlers = takeaway::TakeawayHandlers {
        doc: dispatch.to_callback().reform(Action::ShowDoc),
        share: dispatch.to_callback().reform(|()| Action::Share(true)),
        copy: on_copy,
    };
    let on_go = dispatch.to_callback().reform(Action::Go);
    let flow_handlers = flow::FlowHandlers {
        go: on_go.clone(),
        continue_: dispatch.to_callback().reform(|()| Action::Continue),
        back: dispatch.to_callback().reform(|()| Action::Back),
        load_case: dispatch.to_callback().reform(Action::LoadCase),
        burden: burden_handlers.clone(),
        takeaway: takeaway_handlers.clone(),
    };
    let screen = model.screen;
    let guided = screen.is_guided();
    let notice = html! {
        if let Some(notice) = model.notice {
            <p class="notice" id="notice" role="status">
                { notice.get(lang) }
                if model.undo.is_some() {
                    { " " }
                    <button type="button" class="button" id="undo" onclick={act(Action::Undo)}>{ Text::Undo.get(lang) }</button>
                }
            </p>
        }
    };
    html! {
        <div class={classes!("app", options.embed.then_some("app--embed"), guided.then_some("app--guided"))} key={model.drawn}>
            <header class="masthead">
                <div>
                    <h1 class={classes!(options.embed.then_some("visually-hidden"))}>{ Text::AppTitle.get(lang) }</h1>
                    if !options.embed && !guided {
                        <p class="masthead__subtitle">{ Text::AppSubtitle.get(lang) }</p>
                    }
                    // Inside the banner landmark, so a screen reader's landmark list reaches it.
                    <p class="privacy">{ if guided { Text::PrivacyShort } else { Text::PrivacyPromise }.get(lang) }</p>
                    // Only a host that embeds the page names itself on it.
                    if let Some(firm) = options.firm.as_ref().filter(|_| options.embed) {
                        <p class="masthead__firm" id="firm">{ amount::fill_html(Text::ProvidedBy.get(lang), &[("firm", zh::marked(lang, firm))]) }</p>
                    }
                </div>
                <button type="button" class="button button--lang" id="switch-language" lang={lang.other().tag()}
                    aria-label={Text::SwitchLanguageLabel.get(lang)} onclick={act(Action::SetLang(lang.other()))}>
                    { Text::SwitchLanguage.get(lang) }
                </button>
            </header>
            if guided {
                { notice }
                <main class="layout layout--guided">
                    { match screen {
                        Screen::Ask(step) => flow::question(&view, &model, step, &flow_handlers),
                        Screen::AskAnother => flow::question(&view, &model, crate::form::flow::Step::What, &flow_handlers),
                        _ => flow::answer(&view, &model, &flow_handlers),
                    } }
                    { flow::switch_link(lang, screen, &on_go) }
                </main>
            } else {
                { case::presets(lang, options.modules, &dispatch.to_callback().reform(Action::LoadCase), &dispatch.to_callback().reform(|()| Action::Clear)) }
                { notice }
                if let Some(case) = model.loaded_case() {
                    { case::case_panel(lang, case, model.case_edited.then(|| model.assessment()).flatten()) }
                }
                <main class="layout">
                    { form::form_view(&view, options.modules, &dispatch.to_callback().reform(|()| Action::AddFraudClaim)) }
                    { result::result_panel(lang, &model.inputs.result.assessment, model.stale_reason(&shown), &model.said, Some(&on_present)) }
                </main>
                if !props.first_screen {
                    if let Some(a) = model.assessment() {
                        { takeaway::takeaway(lang, &model, a, &takeaway_handlers) }
                        { takeaway::inputs_for_print(lang, &model) }
                    }
                    { costs::costs_panel(&view, &model.inputs.result.costs) }
                    if model.inputs.result.assessment.is_some() {
                        { next_steps::next_steps(lang) }
                    }
                    { who_pays::who_pays(&view, &model.inputs) }
                    { burden::burden_panel(lang, &model, &burden_handlers) }
                    { teacher::teacher_area(&view, &model, &burden_handlers) }
                }
                { flow::switch_link(lang, screen, &on_go) }
                if !options.embed {
                    { sticky_total(lang, &model.inputs.result.assessment, model.stale) }
                }
            }
            if let (Some(at), Some(a)) = (model.slide, model.assessment()) {
                { present::presentation(lang, a, at, model.loaded_case(), &on_slide) }
            }
            if !options.embed {
                <footer class="footer">
                    <p>{ Text::Footer.get(lang) }</p>
                    <p>
                        <a href="gallery.html" id="gallery-link">{ Text::GalleryLink.get(lang) }</a>{ " · " }
                        <a href="embed.html" id="embed-link">{ Text::EmbedLink.get(lang) }</a>
                    </p>
                </footer>
            }
        </div>
    }
}

/// Each move to another screen is an entry in the browser's history (so Back returns to the
/// screen before), starts at the top of the page, and puts the focus on the screen's question,
/// so a screen reader reads it.
#[hook]
fn use_moves(moves: u32, screen: Screen) {
    use_effect_with(moves, move |moves| {
        if *moves > 0 {
            browser::push_screen(screen);
            browser::to_top();
            browser::focus(if screen.is_guided() {
                "question"
            } else {
                "form-heading"
            });
        }
    });
}

/// The browser's Back and Forward between screens of this page.
#[hook]
fn use_history_moves(dispatch: UseReducerDispatcher<Model>) {
    use_effect_with((), move |_| {
        let listener =
            browser::on_history_move(move |screen| dispatch.dispatch(Action::Show(screen)));
        move || drop(listener)
    });
}

/// Remembers the page's state when the user pauses, and at once when the page is left (a reload,
/// Back, a link, closing the tab), so what comes back is what was on screen.
#[hook]
fn use_remember(saved: Saved, keep: bool) {
    let latest = use_mut_ref(|| None::<Saved>);
    let timer = use_mut_ref(|| None::<browser::Pending>);
    {
        let latest = latest.clone();
        use_effect_with((), move |_| {
            let listeners = browser::on_leave(move || flush(&latest));
            move || drop(listeners)
        });
    }
    use_effect_with(saved, move |saved| {
        if keep {
            *latest.borrow_mut() = Some(saved.clone());
            let latest = latest.clone();
            let save = browser::after(SAVE_AFTER_MS, move || flush(&latest));
            *timer.borrow_mut() = Some(save);
        }
    });
}

fn flush(latest: &Rc<RefCell<Option<Saved>>>) {
    if let Some(saved) = latest.borrow_mut().take() {
        browser::save(&saved);
    }
}

/// `<html lang>` and the title follow the language, and are set only when it changes: setting
/// the root's `lang` restyles the whole page. A language this build of the page does not have is
/// shown by loading its build (`lang::Lang::is_built`).
#[hook]
fn use_language(saved: Saved, embedded: bool) {
    use_effect_with(saved.lang, move |lang| match lang.is_built() {
        true => browser::set_document_language(*lang, Text::AppTitle.get(*lang)),
        false => browser::open_in(&saved, embedded),
    });
}

/// A page brought back from the back-forward cache is drawn anew (see `Action::Redraw`).
#[hook]
fn use_redraw_on_return(dispatch: UseReducerDispatcher<Model>) {
    use_effect_with((), move |_| {
        let listener = browser::on_return(move || dispatch.dispatch(Action::Redraw));
        move || drop(listener)
    });
}

/// A share link pasted into this tab's address bar changes only the fragment: no reload, so the
/// page reads it when the fragment changes.
#[hook]
fn use_links(dispatch: UseReducerDispatcher<Model>) {
    use_effect_with((), move |_| {
        let listener = browser::on_hash_change(move || {
            if let Some(link) = browser::take_link() {
                dispatch.dispatch(Action::OpenLink(link));
            }
        });
        move || drop(listener)
    });
}

/// On a phone the form fills the screen; this bar keeps the total in sight and jumps to the why
/// (the result section takes focus, so keyboard and screen-reader users land there too).
fn sticky_total(lang: Lang, result: &Option<Result<Assessment, Overflow>>, stale: bool) -> Html {
    let Some(Ok(a)) = result else {
        return html! {};
    };
    let Some(total) = a.total() else {
        return html! {};
    };
    let stale_note = stale
        .then(|| html! { <span class="sticky-total__stale">{ Text::StaleShort.get(lang) }</span> });
    let figure = if total.court_decides.is_some() {
        html! { Text::CourtDecidesShort.get(lang) }
    } else {
        amount::amount_html(lang, total.amount)
    };
    html! {
        <a class={classes!("sticky-total", stale.then_some("sticky-total--stale"))} href="#result">
            <span>{ Text::TotalLabel.get(lang) }{ stale_note }</span>
            <strong>{ figure }</strong>
        </a>
    }
}

/// The first screen as HTML (an empty form, the default language, no query), for the prerender
/// binary and its test.
#[cfg(not(target_arch = "wasm32"))]
pub async fn prerender() -> String {
    yew::LocalServerRenderer::<App>::with_props(AppProps {
        initial: Start::default(),
        first_screen: true,
        ..AppProps::default()
    })
    .render()
    .await
}
