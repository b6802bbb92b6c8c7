//! 《中华人民共和国药品管理法》 (Drug Administration Law), 2019 revision, in force 2019-12-01,
//! not amended since. Source: docs/law/legal-basis.md §5 (mirror [XS]
//! `行政法/药品管理法(2019-08-26).md`).

use super::{Law, Provision};
use crate::date::Date;

pub const LAW: Law = Law {
    name_zh: chinese!("中华人民共和国药品管理法"),
    name_en: english!("Drug Administration Law"),
    adopted: Date::ymd(2019, 8, 26),
    amended: None,
    in_force: Date::ymd(2019, 12, 1),
};

pub const ART_144_3: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第一百四十四条第三款"),
    article_en: english!("Art. 144(3)"),
    text_zh: "生产假药、劣药或者明知是假药、劣药仍然销售、使用的，受害人或者其近亲属除请求赔偿损失外，还可以请求支付价款十倍或者损失三倍的赔偿金；增加赔偿的金额不足一千元的，为一千元。",
    gloss_en: english!("For producing counterfeit or substandard drugs, or knowingly selling or using them: besides the loss, ten times the price or three times the loss; if that is less than 1,000 yuan it is 1,000 yuan."),
};
