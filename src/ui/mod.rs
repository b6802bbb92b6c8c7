//! The Yew interface: it binds inputs to the form model and renders Assessments; it never
//! computes law.

mod amount;
mod burden;
mod case;
mod costs;
mod errors;
mod fields;
mod form_view;
pub mod model;
mod next_steps;
mod present;
mod result;
pub mod storage;
mod takeaway;
mod who_pays;
mod zh;

use crate::i18n::{Lang, Text};
use crate::law::Assessment;
use crate::money::Overflow;
use model::{Action, Model};
use yew::prelude::*;

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Starting state; the browser build restores it from the tab's sessionStorage.
    #[prop_or_default]
    pub initial: Option<model::Saved>,
    /// What the page's query parameters ask for (embedding, language, a preset…).
    #[prop_or_default]
    pub options: crate::embed::Options,
    /// What the page says on opening: a share link restored, or one that could not be read.
    #[prop_or_default]
    pub notice: Option<Text>,
    /// Only the first screen (the prerender): the burden and who-pays panels below it follow
    /// with the wasm, so the page's HTML stays small.
    #[prop_or_default]
    pub first_screen: bool,
}

/// The whole calculator.
#[component]
pub fn App(props: &AppProps) -> Html {
    let initial = props.initial.clone();
    let options = props.options.clone();
    let start = options.clone();
    let model = use_reducer(move || {
        Model::restore(initial.unwrap_or_else(storage::load)).with_options(&start)
    });
    {
        let saved = model.saved();
        // Embedded, the form stays in memory only: any page of the host's origin could read the
        // tab's sessionStorage (README, "Embedding").
        let keep = !options.embed;
        use_effect_with(saved, move |saved| {
            if keep {
                storage::save(saved);
            }
            storage::set_document_language(saved.lang, Text::AppTitle.get(saved.lang));
        });
    }
    let lang = model.lang;
    let dispatch = model.dispatcher();
    let switch = {
        let d = dispatch.clone();
        Callback::from(move |_: MouseEvent| d.dispatch(Action::SetLang(lang.other())))
    };
    let on_load = dispatch.to_callback().reform(Action::LoadCase);
    let on_present = {
        let d = dispatch.clone();
        Callback::from(move |_: MouseEvent| present::go_to(&d, Some(0)))
    };
    // Clearing resets the model; the save effect then overwrites the tab's copy with it.
    let on_clear = dispatch.to_callback().reform(|()| Action::Clear);
    // Parsed once per render, for the form, the summary, the costs, who pays and the total.
    let errors = model.shown_errors();
    html! {
        <div class={classes!("app", options.embed.then_some("app--embed"))}>
            <header class="masthead">
                <div>
                    <h1 class={classes!(options.embed.then_some("visually-hidden"))}>{ Text::AppTitle.get(lang) }</h1>
                    if !options.embed {
                        <p class="masthead__subtitle">{ Text::AppSubtitle.get(lang) }</p>
                    }
                    // Inside the banner landmark, so a screen reader's landmark list reaches it.
                    <p class="privacy">{ Text::PrivacyPromise.get(lang) }</p>
                    if let Some(firm) = &options.firm {
                        <p class="masthead__firm" id="firm">{ amount::fill_html(Text::ProvidedBy.get(lang), &[("firm", zh::marked(lang, firm))]) }</p>
                    }
                </div>
                <button type="button" class="button button--lang" id="switch-language" lang={lang.other().tag()}
                    aria-label={Text::SwitchLanguageLabel.get(lang)} onclick={switch}>
                    { Text::SwitchLanguage.get(lang) }
                </button>
            </header>

            if let Some(notice) = props.notice {
                <p class="notice" id="notice" role="status">{ notice.get(lang) }</p>
            }
            { case::presets(lang, options.modules, &on_load, &on_clear) }
            if let Some((what, _)) = &model.undo {
                <p class="notice" id="undo-notice" role="status">
                    { what.get(lang) }{ " " }
                    <button type="button" class="button" id="undo" onclick={dispatch.to_callback().reform(|_: MouseEvent| Action::Undo)}>{ Text::Undo.get(lang) }</button>
                </p>
            }
            if let Some(case) = model.loaded_case() {
                { case::case_panel(lang, case) }
            }
            <main class="layout">
                { form_view::form_view(lang, &model, &errors, options.modules, &dispatch) }
                { result::result_panel(lang, &model.result, model.stale_reason(&errors), &model.said, &on_present) }
            </main>
            if !props.first_screen {
                if let Some(Ok(a)) = &model.result {
                    { takeaway::takeaway(lang, &model, a, &dispatch) }
                    { takeaway::inputs_for_print(lang, &model) }
                }
                { costs::costs_panel(lang, &model, &errors, &dispatch) }
                if model.result.is_some() {
                    { next_steps::next_steps(lang) }
                }
                { who_pays::who_pays(lang, &model, &errors, &dispatch) }
                { burden::burden_panel(lang, &model, &dispatch) }
            }
            { sticky_total(lang, &model.result, model.stale) }
            if let (Some(at), Some(Ok(a))) = (model.slide, &model.result) {
                { present::presentation(lang, a, at, &dispatch) }
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
        initial: Some(model::Saved::default()),
        first_screen: true,
        ..AppProps::default()
    })
    .render()
    .await
}
