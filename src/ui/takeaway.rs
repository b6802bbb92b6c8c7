//! What the user takes away: print (the print stylesheet keeps the Assessment, the inputs and
//! the citations, without the interface), a plain-text copy, a share link made only on request,
//! and the complaint draft (a demand letter in English), to print or download as .txt.

use super::browser;
use super::model::{Doc, Model};
use crate::form::{codec, Field};
use crate::i18n::{complaint, report, Lang, Text};
use crate::law::Assessment;
use yew::prelude::*;

/// What the take-away panel tells the model.
#[derive(Clone, PartialEq)]
pub struct TakeawayHandlers {
    /// Show a document (or none).
    pub doc: Callback<Option<Doc>>,
    pub share: Callback<()>,
    /// Copy the text of the element with this id.
    pub copy: Callback<&'static str>,
}

/// The documents are written only when asked for (not on every keystroke): a click on their
/// button shows one, a second click hides it.
pub fn takeaway(lang: Lang, model: &Model, a: &Assessment, on: &TakeawayHandlers) -> Html {
    // In the guided answer the take-away is opened on purpose: the link is there at once.
    let share_now = model.share || model.screen.is_guided();
    let show = |doc: Doc| {
        let to = (model.doc != Some(doc)).then_some(doc);
        on.doc.reform(move |_: MouseEvent| to)
    };
    let expanded = |doc: Doc| {
        if model.doc == Some(doc) {
            "true"
        } else {
            "false"
        }
    };
    let share = on.share.reform(|_: MouseEvent| ());
    let file = Text::ComplaintFileName.get(lang);
    html! {
        <section class="takeaway" id="takeaway" aria-labelledby="takeaway-heading">
            <h3 id="takeaway-heading">{ Text::TakeawayHeading.get(lang) }</h3>
            <div class="takeaway__buttons">
                <button type="button" class="button" id="print" onclick={Callback::from(|_: MouseEvent| browser::print())}>{ Text::Print.get(lang) }</button>
                if !share_now {
                    <button type="button" class="button" id="share" onclick={share}>{ Text::ShareLink.get(lang) }</button>
                }
            </div>
            if share_now {
                <div class="share" id="share-box">
                    <label for="share-link">{ Text::ShareLinkLabel.get(lang) }</label>
                    <input id="share-link" readonly=true value={browser::share_url(&codec::encode_link(&model.form))} />
                    <button type="button" class="button" id="copy-link" onclick={on.copy.reform(|_: MouseEvent| "share-link")}>{ Text::CopyLink.get(lang) }</button>
                    { copy_status(lang, model.copied, "share-link") }
                    <p class="field__hint">{ Text::ShareLinkNote.get(lang) }</p>
                </div>
            }
            <div class="takeaway__buttons">
                <button type="button" class="button" id="show-text" aria-expanded={expanded(Doc::Text)} onclick={show(Doc::Text)}>{ Text::CopyAsText.get(lang) }</button>
                <button type="button" class="button" id="show-complaint" aria-expanded={expanded(Doc::Complaint)} onclick={show(Doc::Complaint)}>{ Text::ComplaintDraft.get(lang) }</button>
            </div>
            { match model.doc {
                Some(Doc::Text) => text_view(lang, a, model.copied, &on.copy),
                Some(Doc::Complaint) => complaint_view(lang, model, a, file, &on.copy),
                None => html! {},
            } }
        </section>
    }
}

fn text_view(
    lang: Lang,
    a: &Assessment,
    copied: Option<(&'static str, bool)>,
    on_copy: &Callback<&'static str>,
) -> Html {
    let text = report::plain_text(lang, a);
    let copy = on_copy.reform(|_: MouseEvent| "summary-text");
    html! {
        <div class="takeaway__doc" id="copy-text">
            <textarea id="summary-text" readonly=true rows="8" aria-label={Text::CopyAsText.get(lang)} value={text} />
            <button type="button" class="button" id="copy" onclick={copy}>{ Text::Copy.get(lang) }</button>
            { copy_status(lang, copied, "summary-text") }
        </div>
    }
}

/// What became of a copy of the element `of`, said where its button is.
fn copy_status(lang: Lang, copied: Option<(&'static str, bool)>, of: &str) -> Html {
    let Some((_, done)) = copied.filter(|(id, _)| *id == of) else {
        return html! {};
    };
    let words = if done { Text::Copied } else { Text::CopyByHand };
    html! { <p class="copy-status" id={format!("{of}-copied")} role="status">{ words.get(lang) }</p> }
}

/// The draft, to copy (WeChat may refuse a download), download as .txt or print.
fn complaint_view(
    lang: Lang,
    model: &Model,
    a: &Assessment,
    file: &'static str,
    on_copy: &Callback<&'static str>,
) -> Html {
    let draft = complaint::draft(lang, a, model.inputs.result.costs.as_ref());
    html! {
        <div class="takeaway__doc" id="complaint">
            <pre id="complaint-text">{ draft.clone() }</pre>
            <div class="takeaway__buttons">
                <button type="button" class="button" id="copy-complaint" onclick={on_copy.reform(|_: MouseEvent| "complaint-text")}>{ Text::CopyDraft.get(lang) }</button>
                <a class="button" id="complaint-download" download={file} href={data_url(&draft)}>{ Text::DownloadTxt.get(lang) }</a>
            </div>
            { copy_status(lang, model.copied, "complaint-text") }
        </div>
    }
}

/// What was typed, for paper only (the print stylesheet shows it): each field with a value.
pub fn inputs_for_print(lang: Lang, model: &Model) -> Html {
    let rows = Field::ALL
        .iter()
        .copied()
        .filter(|f| model.form.is_active(*f) && !model.form.text(*f).trim().is_empty());
    html! {
        <section class="print-only" id="print-inputs">
            <h2>{ Text::PrintInputsHeading.get(lang) }</h2>
            <dl>
                { for rows.map(|f| html! {
                    <><dt>{ f.label().get(lang) }</dt><dd>{ super::zh::marked(lang, model.form.text(f)) }</dd></>
                }) }
            </dl>
        </section>
    }
}

/// A `data:` address holding `text`, for a download link: nothing is fetched or sent.
fn data_url(text: &str) -> String {
    let mut out = String::from("data:text/plain;charset=utf-8,");
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
