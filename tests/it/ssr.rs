//! The page rendered natively with Yew's server renderer: the first render, no browser needed.

use weiquan::form::flow::Screen;
use weiquan::form::{Field, GainMode, LossChoice};
use weiquan::i18n::Lang;
use weiquan::ui::model::{starting, Action, Model, Remembered, Saved};
use weiquan::ui::{App, AppProps, Start};
use yew::LocalServerRenderer;

/// The full calculator, as a lawyer or a teacher opens it.
async fn render(saved: Saved) -> String {
    let saved = Saved {
        screen: Screen::Full,
        ..saved
    };
    render_with(saved, "").await
}

async fn render_with(saved: Saved, query: &str) -> String {
    let options = weiquan::embed::parse(query).0;
    let remembered = Remembered {
        tab: Some(saved),
        ..Remembered::default()
    };
    LocalServerRenderer::<App>::with_props(AppProps {
        initial: Start(std::rc::Rc::new(starting(remembered, &options))),
        options,
        first_screen: false,
    })
    .render()
    .await
}

#[tokio::test]
async fn the_embed_layout_has_no_page_header_text_or_footer_and_shows_the_firm() {
    let html = render_with(
        Saved::default(),
        "embed=1&firm=%E6%9F%90%E5%BE%8B%E6%89%80&modules=purchase&lang=en&case=chancheng-2021-expired-beer",
    )
    .await;
    assert!(html.contains("app--embed"));
    assert!(!html.contains(r#"class="footer""#));
    assert!(
        html.contains(r#"Provided by <span lang="zh-CN">某律所</span>"#),
        "the firm, marked Chinese"
    );
    assert!(
        !html.contains(r#"id="claim-pi""#),
        "only the purchase claim is offered"
    );
    assert!(html.contains("1,054 yuan"), "the preset is loaded");
    assert!(
        !html.contains(r#"data-case="hangzhou-2020-10605""#),
        "only the offered claims' presets"
    );
}

fn hangzhou() -> Saved {
    Model::restore(Saved::default())
        .apply(Action::LoadCase("hangzhou-2020-10605".into()))
        .saved()
}

#[tokio::test]
async fn chinese_first_with_a_visible_language_switch() {
    let html = render(Saved::default()).await;
    assert!(html.contains("维权计算器"));
    assert!(html.contains(r#"id="switch-language""#));
    assert!(
        html.contains(">English<"),
        "the switch names the other language in that language"
    );
    assert!(html.contains("用真实案例试一试"));
    assert!(
        !html.contains("合计（估算）"),
        "no total before anything is typed"
    );
}

#[tokio::test]
async fn the_hangzhou_preset_renders_the_courts_figure_and_why() {
    let html = render(hangzhou()).await;
    assert!(html.contains("34,000 元"));
    assert!(html.contains("(2020)浙0192民初10605号"));
    assert!(html.contains("0.85 元"), "the derived price per record");
    assert!(
        html.contains("不是法律意见"),
        "the estimate warning next to the total"
    );
    assert!(html.contains("法律条文核对至 2026-06-03"));
    assert!(
        html.contains("第一千一百八十二条"),
        "the provision is cited"
    );
    assert!(html.contains(r#"aria-live="polite""#));
}

#[tokio::test]
async fn english_renders_glosses_and_errors_are_linked_to_their_field() {
    let saved = Model::restore(Saved::default())
        .apply(Action::SetLang(Lang::En))
        .apply(Action::choose(LossChoice::Amount))
        .apply(Action::SetText(Field::DirectLoss, "-5".into()))
        .saved();
    let html = render(saved).await;
    assert!(html.contains("what could a court award me?"));
    assert!(html.contains("The amount cannot be negative."));
    assert!(html.contains(r#"id="direct-loss-error""#));
    assert!(html.contains(r#"aria-describedby="direct-loss-error direct-loss-hint""#));
    assert!(html.contains(r#"aria-invalid="true""#));
    assert!(
        html.contains(r##"href="#direct-loss""##),
        "the error summary links to the field"
    );
    assert!(html.contains(r#"value="-5""#), "the bad text is kept");
}

#[tokio::test]
async fn every_input_is_labelled_and_typed_as_text() {
    let html = render(hangzhou()).await;
    for field in [Field::Lawyer, Field::GainAmount, Field::Records] {
        let id = field.id();
        assert!(html.contains(&format!(r#"for="{id}""#)), "{id} has a label");
        assert!(html.contains(&format!(r#"id="{id}""#)), "{id} is rendered");
    }
    assert!(html.contains(r#"inputmode="decimal""#));
    assert!(!html.contains(r#"type="number""#));
}

#[tokio::test]
async fn a_range_keeps_each_figure_unbroken() {
    let saved = Model::restore(Saved::default())
        .apply(Action::SetText(Field::Investigation, "100".into()))
        .apply(Action::SetText(Field::Lawyer, "50".into()))
        .saved();
    let html = render(saved).await;
    assert!(
        html.contains(r#"<span class="money">100 元</span>至 <span class="money">150 元</span>"#),
        "{html}"
    );
    assert!(html.contains("total__amount--long"));
}

#[tokio::test]
async fn records_times_a_huge_price_is_an_error_on_the_price_not_a_panic() {
    // 10^12 records × ¥100,000,000,000 each would not fit in i64 fen: the price is called too large.
    let saved = Model::restore(Saved::default())
        .apply(Action::choose(GainMode::Estimate))
        .apply(Action::SetText(Field::Records, "1000000000000".into()))
        .apply(Action::SetText(Field::PricePerRecord, "1000亿".into()))
        .saved();
    let html = render(saved).await;
    assert!(html.contains(r#"id="price-per-record-error""#), "{html}");
    assert!(html.contains("超过上限"), "{html}");
}

#[tokio::test]
async fn the_courts_discretion_reads_as_words_with_practice_beside_it() {
    let saved = Model::restore(Saved::default())
        .apply(Action::choose(LossChoice::Unquantifiable))
        .saved();
    let html = render(saved).await;
    assert!(
        html.contains("由法院根据实际情况酌定"),
        "the headline says so in words"
    );
    assert!(html.contains("至少：您能证明的数额 0 元"));
    assert!(html.contains("司法解释规定的最高额 50 万元，不是通常判赔的数额"));
    assert!(
        html.contains(r#"id="practice""#),
        "published awards beside the range"
    );
    assert!(html.contains("是实务，不是法律规定"));
    assert!(
        !html.contains("0 元至 50 万元</strong>"),
        "the sticky bar shows words"
    );
}

#[tokio::test]
async fn no_loss_is_zero_with_its_reason_and_the_non_money_relief() {
    let saved = Model::restore(Saved::default())
        .apply(Action::choose(LossChoice::None))
        .saved();
    let html = render(saved).await;
    assert!(html.contains(r#"id="total-reason""#));
    assert!(html.contains("不涉及金钱的请求"));
    assert!(html.contains("删除您的个人信息"));
    assert!(!html.contains(r#"id="practice""#));
}

#[tokio::test]
async fn a_public_interest_example_says_so_outside_any_panel() {
    let html = render(hangzhou()).await;
    assert!(html.contains(r#"id="case-public-interest""#));
    assert!(html.contains(r#"id="public-interest-warning""#));
    assert!(html.contains("按本案事实计算（公益诉讼"));
    assert!(!html.contains("法院可能支持的赔偿（估算）"));
}

#[tokio::test]
async fn a_line_out_of_the_total_never_says_it_is_in() {
    let saved = Model::restore(Saved::default())
        .apply(Action::SetFlag(weiquan::form::Flag::Serious, true))
        .saved();
    let html = render(saved).await;
    let mental = html
        .split(r#"data-line="mental_damages""#)
        .nth(1)
        .expect("the mental line");
    let summary = &mental[..mental.find("</summary>").unwrap()];
    assert!(
        summary.contains("不计入合计") && !summary.contains(">计入合计"),
        "{summary}"
    );
}

#[tokio::test]
async fn the_prerender_is_the_first_screen_in_chinese_with_no_script() {
    let html = weiquan::ui::prerender().await;
    assert!(html.contains("维权计算器"));
    assert!(html.contains("发生了什么？"), "the first question");
    assert!(html.contains(r#"id="happened-fraud""#), "its answers");
    assert!(html.contains(r#"id="continue""#));
    assert!(
        !html.contains(r#"id="burden""#) && !html.contains("用真实案例试一试"),
        "one question, nothing else: the first screen fits above the fold"
    );
    assert!(!html.contains("<script"), "the CSP forbids inline script");
}

#[test]
fn the_prerender_binary_fills_the_empty_root_once_and_refuses_a_page_without_one() {
    let dir = std::env::temp_dir().join(format!("weiquan-prerender-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let page = dir.join("index.html");
    let run = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_prerender"))
            .arg(&page)
            .status()
            .unwrap()
    };
    std::fs::write(&page, r#"<body><div id="root"></div></body>"#).unwrap();
    assert!(run().success());
    let filled = std::fs::read_to_string(&page).unwrap();
    assert!(filled
        .contains(r#"<div id="root"><!--<[weiquan::ui::App]>--><div class="app app--guided">"#));
    assert!(!run().success(), "a second run finds no empty root");
    std::fs::remove_dir_all(&dir).unwrap();
}
