//! 《中华人民共和国网络安全法》 (Cybersecurity Law) in its 2016 text, adopted 2016-11-07, in force
//! 2017-06-01 (art. 79); amended and renumbered 2025-10-28 (not encoded: personal information is
//! PIPL's from 2021-11-01). Source: docs/law/verified-2026-12.md §3 (mirror [XS]
//! `行政法/网络安全法(2016-11-07).md`, blob e003be41).

use super::{Law, Provision};
use crate::date::Date;

pub const LAW: Law = Law {
    name_zh: chinese!("中华人民共和国网络安全法"),
    name_en: english!("Cybersecurity Law (2016 text)"),
    adopted: Date::ymd(2016, 11, 7),
    amended: None,
    in_force: Date::ymd(2017, 6, 1),
};

pub const ART_42_1: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第四十二条第一款"),
    article_en: english!("Art. 42(1)"),
    text_zh: "网络运营者不得泄露、篡改、毁损其收集的个人信息；未经被收集者同意，不得向他人提供个人信息。但是，经过处理无法识别特定个人且不能复原的除外。",
    gloss_en: english!("A network operator may not leak, alter or destroy the personal information it collects, nor provide it to others without consent."),
};

pub const ART_43: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第四十三条"),
    article_en: english!("Art. 43"),
    text_zh: "个人发现网络运营者违反法律、行政法规的规定或者双方的约定收集、使用其个人信息的，有权要求网络运营者删除其个人信息；发现网络运营者收集、存储的其个人信息有错误的，有权要求网络运营者予以更正。网络运营者应当采取措施予以删除或者更正。",
    gloss_en: english!("A person may require a network operator that collected or used their information unlawfully to delete it."),
};

pub const ART_74_1: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第七十四条第一款"),
    article_en: english!("Art. 74(1)"),
    text_zh: "违反本法规定，给他人造成损害的，依法承担民事责任。",
    gloss_en: english!("Breaching this law and causing harm gives civil liability."),
};
