//! 《中华人民共和国产品质量法》 (Product Quality Law), adopted 1993-02-22, last amended 2018-12-29.
//! Source: docs/law/verified-2026-12.md §8 (mirror [XS] `经济法/产品质量法(2018-12-29).md`, blob
//! 4af6f35c). Art. 45 has stood since the 1993 text; the version dates are the current text's.

use super::{Law, Provision};
use crate::date::Date;

pub const LAW: Law = Law {
    name_zh: chinese!("中华人民共和国产品质量法"),
    name_en: english!("Product Quality Law"),
    adopted: Date::ymd(1993, 2, 22),
    amended: Some(Date::ymd(2018, 12, 29)),
    in_force: Date::ymd(2018, 12, 29),
};

pub const ART_45: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第四十五条"),
    article_en: english!("Art. 45"),
    text_zh: "因产品存在缺陷造成损害要求赔偿的诉讼时效期间为二年，自当事人知道或者应当知道其权益受到损害时起计算。\n因产品存在缺陷造成损害要求赔偿的请求权，在造成损害的缺陷产品交付最初消费者满十年丧失；但是，尚未超过明示的安全使用期的除外。",
    gloss_en: english!("Two years to sue for harm from a defective product, from when the harm was known; the claim is lost ten years after the product was delivered to its first consumer, unless a stated safe-use period has not yet run out."),
};
