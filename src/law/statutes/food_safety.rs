//! 《中华人民共和国食品安全法》 (Food Safety Law): art. 148 of the 2015 revision (unchanged by the
//! 2018, 2021 and 2025 amendments) and art. 96 of the 2009 text it replaced. Sources:
//! docs/law/legal-basis.md §5 (mirror [XS] `行政法/食品安全法(2025-09-12).md`). No mirror of the
//! 2009 law was found: its art. 96(2) is taken from the verbatim quotation in the Supreme People's
//! Court's Guiding Case 23 (docs/law/verified-2026-11-punitive.md, addendum).

use super::{Law, Provision};
use crate::date::Date;

/// The 2015 revision (in force 2015-10-01), as last amended on 2025-09-12; art. 148 has read the
/// same since 2015-10-01, which is the date that decides whether it governs a purchase.
pub const LAW: Law = Law {
    name_zh: chinese!("中华人民共和国食品安全法"),
    name_en: english!("Food Safety Law"),
    adopted: Date::ymd(2015, 4, 24),
    amended: Some(Date::ymd(2025, 9, 12)),
    in_force: Date::ymd(2015, 10, 1),
};

/// The 2009 text, in force 2009-06-01 until 2015-09-30: ten times the price, no floor.
pub const LAW_2009: Law = Law {
    name_zh: chinese!("中华人民共和国食品安全法"),
    name_en: english!("Food Safety Law (2009 text)"),
    adopted: Date::ymd(2009, 2, 28),
    amended: None,
    in_force: Date::ymd(2009, 6, 1),
};

pub const ART_148_2: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第一百四十八条第二款"),
    article_en: english!("Art. 148(2)"),
    text_zh: "生产不符合食品安全标准的食品或者经营明知是不符合食品安全标准的食品，消费者除要求赔偿损失外，还可以向生产者或者经营者要求支付价款十倍或者损失三倍的赔偿金；增加赔偿的金额不足一千元的，为一千元。但是，食品的标签、说明书存在不影响食品安全且不会对消费者造成误导的瑕疵的除外。",
    gloss_en: english!("For food produced below the food-safety standard, or sold knowing it is: besides the loss, ten times the price or three times the loss; if that is less than 1,000 yuan it is 1,000 yuan. Not for flaws in labels or instructions that neither affect safety nor mislead."),
};

pub const ART_2009_96_2: Provision = Provision {
    law: &LAW_2009,
    article_zh: chinese!("（2009年）第九十六条第二款"),
    article_en: english!("Art. 96(2)"),
    text_zh: "生产不符合食品安全标准的食品或者销售明知是不符合食品安全标准的食品，消费者除要求赔偿损失外，还可以向生产者或者销售者要求支付价款十倍的赔偿金。",
    gloss_en: english!("For food produced below the food-safety standard, or sold knowing it is: besides the loss, ten times the price. No floor, and no alternative of three times the loss."),
};

pub const ART_131_1: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第一百三十一条第一款"),
    article_en: english!("Art. 131(1)"),
    text_zh: "违反本法规定，网络食品交易第三方平台提供者未对入网食品经营者进行实名登记、审查许可证，或者未履行报告、停止提供网络交易平台服务等义务的，由县级以上人民政府食品安全监督管理部门责令改正，没收违法所得，并处五万元以上二十万元以下罚款；造成严重后果的，责令停业，直至由原发证部门吊销许可证；使消费者的合法权益受到损害的，应当与食品经营者承担连带责任。",
    gloss_en: english!("An online food-trading platform that fails to register its food sellers by real name, check their licences, report or stop serving them is fined and, where consumers are harmed, jointly and severally liable with the seller."),
};
