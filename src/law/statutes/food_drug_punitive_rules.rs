//! 最高人民法院关于审理食品药品惩罚性赔偿纠纷案件适用法律若干问题的解释 (法释〔2024〕9号),
//! adopted 2024-03-18, in force 2024-08-22; it governs every case not finally decided by then,
//! whatever the date of purchase (art. 19). Source: docs/law/verified-2026-11-punitive.md §7 (mirror [XS],
//! blob 947be447); arts. 2 and 16: docs/law/verified-2026-12.md §9 and the same mirror.

use super::{Law, Provision};
use crate::date::Date;

pub const RULES: Law = Law {
    name_zh: chinese!("最高人民法院关于审理食品药品惩罚性赔偿纠纷案件适用法律若干问题的解释"),
    name_en: english!("SPC Interpretation on Punitive Damages in Food and Drug Disputes"),
    adopted: Date::ymd(2024, 3, 18),
    amended: None,
    in_force: Date::ymd(2024, 8, 22),
};

pub const ART_1_2: Provision = Provision {
    law: &RULES,
    article_zh: chinese!("第一条第二款"),
    article_en: english!("Art. 1(2)"),
    text_zh: "没有证据证明购买者明知所购买食品不符合食品安全标准仍然购买的，人民法院应当根据购买者请求以其实际支付价款为基数计算价款十倍的惩罚性赔偿金。",
    gloss_en: english!("Unless it is shown the buyer knew the food was below standard, the ten-times amount is computed on the price the buyer actually paid."),
};

pub const ART_9_1: Provision = Provision {
    law: &RULES,
    article_zh: chinese!("第九条第一款"),
    article_en: english!("Art. 9(1)"),
    text_zh: "经营明知是不符合食品安全标准的食品或者明知是假药、劣药仍然销售、使用的行为构成欺诈，购买者选择依照食品安全法第一百四十八条第二款、药品管理法第一百四十四条第三款或者消费者权益保护法第五十五条第一款规定起诉请求经营者承担惩罚性赔偿责任的，人民法院应予支持。",
    gloss_en: english!("Knowingly selling food below standard, or counterfeit or substandard drugs, is fraud: the buyer may choose to sue under Food Safety Law 148(2), Drug Administration Law 144(3) or Consumer Rights Protection Law 55(1)."),
};

pub const ART_12: Provision = Provision {
    law: &RULES,
    article_zh: chinese!("第十二条"),
    article_en: english!("Art. 12"),
    text_zh: "购买者明知所购买食品不符合食品安全标准，依照食品安全法第一百四十八条第二款规定请求生产者或者经营者支付价款十倍的惩罚性赔偿金的，人民法院应当在合理生活消费需要范围内依法支持购买者诉讼请求。\n人民法院可以综合保质期、普通消费者通常消费习惯等因素认定购买者合理生活消费需要的食品数量。\n生产者或者经营者主张购买者明知所购买食品不符合食品安全标准仍然购买索赔的，应当提供证据证明其主张。",
    gloss_en: english!("A buyer who knew the food was below standard gets the ten-times amount only for what falls within reasonable living-consumption needs, judged by shelf life and ordinary habits; the business must prove that the buyer knew."),
};

pub const ART_2_1: Provision = Provision {
    law: &RULES,
    article_zh: chinese!("第二条第一款"),
    article_en: english!("Art. 2(1)"),
    text_zh: "购买者明知所购买食品不符合食品安全标准或者所购买药品是假药、劣药，购买后请求经营者返还价款的，人民法院应予支持。",
    gloss_en: english!("A buyer who knew the food was below standard, or the drug counterfeit or substandard, still gets the price back."),
};

pub const ART_16_1: Provision = Provision {
    law: &RULES,
    article_zh: chinese!("第十六条第一款"),
    article_en: english!("Art. 16(1)"),
    text_zh: "购买者恶意制造生产者或者经营者违法生产经营食品、药品的假象，起诉请求生产者或者经营者承担赔偿责任的，人民法院应当驳回购买者诉讼请求；构成虚假诉讼的，人民法院应当依照民事诉讼法相关规定，根据情节轻重对其予以罚款、拘留。",
    gloss_en: english!("A buyer who stages the appearance of unlawful food or drugs has the whole claim rejected, and may be fined or detained for a false lawsuit."),
};
