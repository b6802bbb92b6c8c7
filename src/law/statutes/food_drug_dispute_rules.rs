//! 最高人民法院关于审理食品药品纠纷案件适用法律若干问题的规定, adopted 2013-12-09, amended
//! 2020-12-23 and 2021-11-15, in force in this text from 2021-12-01. Source:
//! docs/law/verified-2026-11-punitive.md §4c (mirror [XS], blob bee42ca3).

use super::{Law, Provision};
use crate::date::Date;

pub const RULES: Law = Law {
    name_zh: "最高人民法院关于审理食品药品纠纷案件适用法律若干问题的规定",
    name_en: "SPC Provisions on Food and Drug Disputes",
    adopted: Date::ymd(2013, 12, 9),
    amended: Some(Date::ymd(2021, 11, 15)),
    in_force: Date::ymd(2021, 12, 1),
};

pub const ART_6: Provision = Provision {
    law: &RULES,
    article_zh: "第六条",
    article_en: "Art. 6",
    text_zh: "食品的生产者与销售者应当对于食品符合质量标准承担举证责任。认定食品是否安全，应当以国家标准为依据；对地方特色食品，没有国家标准的，应当以地方标准为依据。没有前述标准的，应当以食品安全法的相关规定为依据。",
    gloss_en: "The producer and the seller of food bear the burden of proving it meets the quality standard; safety is judged by the national standard, or for local specialities without one by the local standard, failing which by the Food Safety Law.",
};
