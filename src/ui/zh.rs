//! Chinese inside English: a case number, a name such as "人民法院在线服务", a typed "4万余". In
//! English each word that holds Chinese carries `lang="zh-CN"`, so a voice reads it as Chinese
//! and the browser picks a Chinese font (WCAG 3.1.2, language of parts). A word is what lies
//! between spaces, so `(2018)京0105民初36658号` is marked whole and read as one number.

use crate::i18n::{is_chinese, Lang};
use yew::prelude::*;

pub fn marked(lang: Lang, text: &str) -> Html {
    if lang == Lang::Zh || !text.chars().any(is_chinese) {
        return html! { text.to_string() };
    }
    text.split_inclusive(' ')
        .map(|word| {
            let bare = word.trim_end_matches(' ');
            if bare.chars().any(is_chinese) {
                html! { <><span lang="zh-CN">{ bare.to_string() }</span>{ &word[bare.len()..] }</> }
            } else {
                html! { word.to_string() }
            }
        })
        .collect()
}
