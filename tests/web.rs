//! In a real DOM (headless Chromium via wasm-bindgen-test): typing updates the total, the session
//! survives in sessionStorage, presets load, and the language switch updates `<html lang>`.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Document, Element, Event, EventInit, HtmlElement, HtmlInputElement};
use weiquan::form::flow::Screen;
use weiquan::ui::model::{Model, Saved};
use weiquan::ui::{App, AppProps, Start};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> Document {
    web_sys::window().unwrap().document().unwrap()
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(30)).await;
}

async fn mount() -> Element {
    web_sys::window()
        .unwrap()
        .session_storage()
        .unwrap()
        .unwrap()
        .clear()
        .unwrap();
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    // The full calculator, as a lawyer or a teacher opens it.
    let full = Model::restore(Saved {
        screen: Screen::Full,
        ..Saved::default()
    });
    let props = AppProps {
        initial: Start(std::rc::Rc::new(full)),
        ..AppProps::default()
    };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    settle().await;
    root
}

async fn type_into(id: &str, text: &str) {
    let input: HtmlInputElement = document()
        .get_element_by_id(id)
        .unwrap()
        .dyn_into()
        .unwrap();
    input.set_value(text);
    let init = EventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
    settle().await;
}

/// Leaves a field (its error shows from then on).
async fn leave(id: &str) {
    let input = document().get_element_by_id(id).unwrap();
    input.dispatch_event(&Event::new("blur").unwrap()).unwrap();
    settle().await;
}

async fn click(selector: &str) {
    let el: HtmlElement = document()
        .query_selector(selector)
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    el.click();
    settle().await;
}

fn text_of(selector: &str) -> String {
    document()
        .query_selector(selector)
        .unwrap()
        .map(|e| e.text_content().unwrap_or_default())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn typing_computes_and_errors_keep_the_rest() {
    let root = mount().await;
    click("#loss-amount").await;
    type_into("direct-loss", "3.4万").await;
    assert_eq!(text_of("#total-amount"), "34,000 元");
    // Written when the user pauses: in the tab and in this history entry.
    yew::platform::time::sleep(Duration::from_millis(600)).await;
    let window = web_sys::window().unwrap();
    let saved = window
        .session_storage()
        .unwrap()
        .unwrap()
        .get_item("weiquan.saved")
        .unwrap();
    assert!(
        saved.unwrap().contains("direct-loss=3.4%E4%B8%87"),
        "the form is kept for a reload of this tab"
    );
    let entry = window
        .history()
        .unwrap()
        .state()
        .unwrap()
        .as_string()
        .unwrap();
    // The entry's state is its key in sessionStorage and the screen it shows.
    let key = entry.split('|').next().unwrap();
    let storage = window.session_storage().unwrap().unwrap();
    assert!(storage
        .get_item(key)
        .unwrap()
        .unwrap()
        .contains("direct-loss=3.4%E4%B8%87"));

    type_into("lawyer", "abc").await;
    assert!(
        document().get_element_by_id("lawyer-error").is_none(),
        "no error while typing"
    );
    leave("lawyer").await;
    assert!(text_of("#lawyer-error").contains("请只填数字"));
    assert!(text_of(".total__stale").contains("上一次有效输入"));
    assert_eq!(
        text_of("#total-amount"),
        "34,000 元",
        "the last valid result stays"
    );
    let loss: HtmlInputElement = document()
        .get_element_by_id("direct-loss")
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(loss.value(), "3.4万", "other fields keep what was typed");
    root.remove();
}

#[wasm_bindgen_test]
async fn preset_and_language_switch() {
    let root = mount().await;
    click("button[data-case='hangzhou-2020-10605']").await;
    assert_eq!(text_of("#total-amount"), "34,000 元");
    assert!(text_of(".case").contains("(2020)浙0192民初10605号"));

    click("#switch-language").await;
    let html = document().document_element().unwrap();
    assert_eq!(html.get_attribute("lang").as_deref(), Some("en"));
    assert!(text_of("h1").contains("Weiquan"));
    assert!(text_of(".total__disclaimer").contains("not legal advice"));

    click("#clear-all").await;
    assert_eq!(text_of("#total-amount"), "");
    click("#switch-language").await;
    root.remove();
}
