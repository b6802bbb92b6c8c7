//! 最高人民法院关于审理食品药品纠纷案件适用法律若干问题的规定, adopted 2013-12-09, amended
//! 2020-12-23 and 2021-11-15, in force in this text from 2021-12-01. Source:
//! docs/law/verified-2026-11-punitive.md §4c (mirror [XS], blob bee42ca3). The food-safety
//! interpretation (I), art. 6: docs/law/verified-2026-12.md §11 (mirror [XS], blob f800c081).

use super::{Law, Provision};
use crate::date::Date;

pub const RULES: Law = Law {
    name_zh: chinese!("最高人民法院关于审理食品药品纠纷案件适用法律若干问题的规定"),
    name_en: english!("SPC Provisions on Food and Drug Disputes"),
    adopted: Date::ymd(2013, 12, 9),
    amended: Some(Date::ymd(2021, 11, 15)),
    in_force: Date::ymd(2021, 12, 1),
};

pub const ART_6: Provision = Provision {
    law: &RULES,
    article_zh: chinese!("第六条"),
    article_en: english!("Art. 6"),
    text_zh: "食品的生产者与销售者应当对于食品符合质量标准承担举证责任。认定食品是否安全，应当以国家标准为依据；对地方特色食品，没有国家标准的，应当以地方标准为依据。没有前述标准的，应当以食品安全法的相关规定为依据。",
    gloss_en: english!("The producer and the seller of food bear the burden of proving it meets the quality standard; safety is judged by the national standard, or for local specialities without one by the local standard, failing which by the Food Safety Law."),
};

/// 食品安全民事纠纷解释（一） (法释〔2020〕14号), in force 2021-01-01; it applies to every case still
/// at first or second instance then, whatever the date of purchase (art. 14).
pub const FOOD_SAFETY_RULES: Law = Law {
    name_zh: chinese!("最高人民法院关于审理食品安全民事纠纷案件适用法律若干问题的解释（一）"),
    name_en: english!("SPC Interpretation (I) on Food Safety Civil Disputes"),
    adopted: Date::ymd(2020, 10, 19),
    amended: None,
    in_force: Date::ymd(2021, 1, 1),
};

pub const FOOD_SAFETY_6: Provision = Provision {
    law: &FOOD_SAFETY_RULES,
    article_zh: chinese!("第六条"),
    article_en: english!("Art. 6"),
    text_zh: "食品经营者具有下列情形之一，消费者主张构成食品安全法第一百四十八条规定的“明知”的，人民法院应予支持：\n（一）已过食品标明的保质期但仍然销售的；\n（二）未能提供所售食品的合法进货来源的；\n（三）以明显不合理的低价进货且无合理原因的；\n（四）未依法履行进货查验义务的；\n（五）虚假标注、更改食品生产日期、批号的；\n（六）转移、隐匿、非法销毁食品进销货记录或者故意提供虚假信息的；\n（七）其他能够认定为明知的情形。",
    gloss_en: english!("A seller is taken to have known the food was below standard when it sold past the shelf life, cannot show a lawful source, bought at an unreasonably low price, did not check its purchases, falsified dates or batch numbers, or hid or destroyed its records."),
};
