//! 《中华人民共和国民法总则》 (General Provisions of the Civil Law), adopted 2017-03-15, in force
//! 2017-10-01 (art. 206), repealed from 2021-01-01 by 民法典 1260. Source:
//! docs/law/verified-2026-12.md §2 (mirror [XS] `民法商法/民法总则(2017-03-15).md`, blob 9361ea9e).
//! Arts. 148 and 157 read as the Civil Code's do; they are cited for what happened before 2021.

use super::{Law, Provision};
use crate::date::Date;

pub const LAW: Law = Law {
    name_zh: chinese!("中华人民共和国民法总则"),
    name_en: english!("General Provisions of the Civil Law"),
    adopted: Date::ymd(2017, 3, 15),
    amended: None,
    in_force: Date::ymd(2017, 10, 1),
};

pub const ART_111: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第一百一十一条"),
    article_en: english!("Art. 111"),
    text_zh: "自然人的个人信息受法律保护。任何组织和个人需要获取他人个人信息的，应当依法取得并确保信息安全，不得非法收集、使用、加工、传输他人个人信息，不得非法买卖、提供或者公开他人个人信息。",
    gloss_en: english!("A natural person's personal information is protected by law; no one may collect, use, sell or disclose it unlawfully."),
};

pub const ART_148: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第一百四十八条"),
    article_en: english!("Art. 148"),
    text_zh: "一方以欺诈手段，使对方在违背真实意思的情况下实施的民事法律行为，受欺诈方有权请求人民法院或者仲裁机构予以撤销。",
    gloss_en: english!("An act induced by fraud may be rescinded by a court at the deceived party's request."),
};

pub const ART_157: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第一百五十七条"),
    article_en: english!("Art. 157"),
    text_zh: "民事法律行为无效、被撤销或者确定不发生效力后，行为人因该行为取得的财产，应当予以返还；不能返还或者没有必要返还的，应当折价补偿。有过错的一方应当赔偿对方由此所受到的损失；各方都有过错的，应当各自承担相应的责任。法律另有规定的，依照其规定。",
    gloss_en: english!("Once an act is void or rescinded, what was received under it is returned, and the party at fault compensates the loss."),
};
