//! 《中华人民共和国民法通则》 (General Principles of the Civil Law), in force 1987-01-01 (art. 156),
//! and the SPC's 2018 interpretation on moving its limitation periods to the three years of 民法总则
//! 188: what decides the limitation period of a harm known before 2017-10-01. Source:
//! docs/law/verified-2026-12.md §2a (mirror [XS] `民法商法/民法通则(2009-08-27).md`, blob 804fdc00;
//! `司法解释/最高人民法院关于适用《民法总则》诉讼时效制度若干问题的解释(2018-07-18).md`, blob cd1342ac).

use super::{Law, Provision};
use crate::date::Date;

pub const LAW: Law = Law {
    name_zh: chinese!("中华人民共和国民法通则"),
    name_en: english!("General Principles of the Civil Law"),
    adopted: Date::ymd(1986, 4, 12),
    amended: Some(Date::ymd(2009, 8, 27)),
    in_force: Date::ymd(1987, 1, 1),
};

/// In force 2018-07-23; it applies to cases still at first or second instance then (art. 5).
pub const LIMITATION_RULES: Law = Law {
    name_zh: chinese!("最高人民法院关于适用〈中华人民共和国民法总则〉诉讼时效制度若干问题的解释"),
    name_en: english!(
        "SPC Interpretation on Limitation under the General Provisions of the Civil Law"
    ),
    adopted: Date::ymd(2018, 7, 2),
    amended: None,
    in_force: Date::ymd(2018, 7, 23),
};

pub const ART_135: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第一百三十五条"),
    article_en: english!("Art. 135"),
    text_zh: "向人民法院请求保护民事权利的诉讼时效期间为二年，法律另有规定的除外。",
    gloss_en: english!("The limitation period is two years, unless a law provides otherwise."),
};

pub const LIMITATION_2: Provision = Provision {
    law: &LIMITATION_RULES,
    article_zh: chinese!("第二条"),
    article_en: english!("Art. 2"),
    text_zh: "民法总则施行之日，诉讼时效期间尚未满民法通则规定的二年或者一年，当事人主张适用民法总则关于三年诉讼时效期间规定的，人民法院应予支持。",
    gloss_en: english!("A period still running on 2017-10-01 under the old two (or one) years becomes three years."),
};

pub const LIMITATION_3: Provision = Provision {
    law: &LIMITATION_RULES,
    article_zh: chinese!("第三条"),
    article_en: english!("Art. 3"),
    text_zh: "民法总则施行前，民法通则规定的二年或者一年诉讼时效期间已经届满，当事人主张适用民法总则关于三年诉讼时效期间规定的，人民法院不予支持。",
    gloss_en: english!("A period that had already run out before 2017-10-01 stays run out."),
};
