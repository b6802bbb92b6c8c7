//! 《中华人民共和国消费者权益保护法》 (Consumer Rights Protection Law) in two versions, and its
//! 2024 implementing regulations. Sources: docs/law/legal-basis.md §3, §4 (2013 text, mirror
//! [XS] `民法商法/消费者权益保护法(2013-10-25).md`; regulations, mirror [TCL]); the 1993 text:
//! docs/law/verified-2026-11-punitive.md §1a (Theonefkguy/Chinese-Laws @ e4d0afe4, a Wikisource
//! transcription, the only copy found; the 2009 text has the same art. 49). Arts. 24, 29, 50:
//! docs/law/verified-2026-12.md §4.

use super::{Law, Provision};
use crate::date::Date;

/// The text as amended on 2013-10-25, in force 2014-03-15: fraud gives 3 × the price, at least
/// ¥500 (art. 55(1)), and knowingly defective goods up to 2 × the loss (art. 55(2)).
pub const LAW: Law = Law {
    name_zh: chinese!("中华人民共和国消费者权益保护法"),
    name_en: english!("Consumer Rights Protection Law"),
    adopted: Date::ymd(1993, 10, 31),
    amended: Some(Date::ymd(2013, 10, 25)),
    in_force: Date::ymd(2014, 3, 15),
};

/// The 1993 text (in force 1994-01-01; the 2009 amendment left art. 49 as it was): fraud gives
/// "一倍", once the price, with no floor.
pub const LAW_1993: Law = Law {
    name_zh: chinese!("中华人民共和国消费者权益保护法"),
    name_en: english!("Consumer Rights Protection Law (1993 text)"),
    adopted: Date::ymd(1993, 10, 31),
    amended: None,
    in_force: Date::ymd(1994, 1, 1),
};

/// 消费者权益保护法实施条例 (国务院令第778号), in force 2024-07-01.
pub const REGULATIONS: Law = Law {
    name_zh: chinese!("中华人民共和国消费者权益保护法实施条例"),
    name_en: english!("Regulations on the Implementation of the Consumer Rights Protection Law"),
    adopted: Date::ymd(2024, 3, 15),
    amended: None,
    in_force: Date::ymd(2024, 7, 1),
};

pub const ART_55_1: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第五十五条第一款"),
    article_en: english!("Art. 55(1)"),
    text_zh: "经营者提供商品或者服务有欺诈行为的，应当按照消费者的要求增加赔偿其受到的损失，增加赔偿的金额为消费者购买商品的价款或者接受服务的费用的三倍；增加赔偿的金额不足五百元的，为五百元。法律另有规定的，依照其规定。",
    gloss_en: english!("Fraud in supplying goods or services: at the consumer's request the business pays, on top of the loss, three times the price of the goods or the fee for the service; if that is less than 500 yuan it is 500 yuan. Other laws prevail where they provide otherwise."),
};

pub const ART_55_2: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第五十五条第二款"),
    article_en: english!("Art. 55(2)"),
    text_zh: "经营者明知商品或者服务存在缺陷，仍然向消费者提供，造成消费者或者其他受害人死亡或者健康严重损害的，受害人有权要求经营者依照本法第四十九条、第五十一条等法律规定赔偿损失，并有权要求所受损失二倍以下的惩罚性赔偿。",
    gloss_en: english!("A business that knowingly supplies defective goods or services causing death or serious damage to health pays the losses under arts. 49, 51 and other law, and punitive damages of up to twice the loss suffered."),
};

pub const ART_23_3: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第二十三条第三款"),
    article_en: english!("Art. 23(3)"),
    text_zh: "经营者提供的机动车、计算机、电视机、电冰箱、空调器、洗衣机等耐用商品或者装饰装修等服务，消费者自接受商品或者服务之日起六个月内发现瑕疵，发生争议的，由经营者承担有关瑕疵的举证责任。",
    gloss_en: english!("For durable goods (cars, computers, televisions, fridges, air conditioners, washing machines…) and services such as decoration, a flaw found within six months of delivery is for the business to disprove."),
};

pub const ART_44_1: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第四十四条第一款"),
    article_en: english!("Art. 44(1)"),
    text_zh: "消费者通过网络交易平台购买商品或者接受服务，其合法权益受到损害的，可以向销售者或者服务者要求赔偿。网络交易平台提供者不能提供销售者或者服务者的真实名称、地址和有效联系方式的，消费者也可以向网络交易平台提供者要求赔偿；网络交易平台提供者作出更有利于消费者的承诺的，应当履行承诺。网络交易平台提供者赔偿后，有权向销售者或者服务者追偿。",
    gloss_en: english!("The consumer claims against the seller; if the platform cannot give the seller's real name, address and valid contact details, the consumer may claim against the platform, which may then recover from the seller. A platform must keep promises more favourable to consumers."),
};

pub const ART_44_2: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第四十四条第二款"),
    article_en: english!("Art. 44(2)"),
    text_zh: "网络交易平台提供者明知或者应知销售者或者服务者利用其平台侵害消费者合法权益，未采取必要措施的，依法与该销售者或者服务者承担连带责任。",
    gloss_en: english!("A platform that knew or should have known that a seller used it to infringe consumers' rights, and took no necessary measures, is jointly liable with the seller."),
};

pub const ART_1993_49: Provision = Provision {
    law: &LAW_1993,
    article_zh: chinese!("（1993年）第四十九条"),
    article_en: english!("Art. 49"),
    text_zh: "经营者提供商品或者服务有欺诈行为的，应当按照消费者的要求增加赔偿其受到的损失，增加赔偿的金额为消费者购买商品的价款或者接受服务的费用的一倍。",
    gloss_en: english!("Fraud in supplying goods or services: at the consumer's request the business pays, on top of the loss, an amount equal to the price of the goods or the fee for the service: once, with no minimum."),
};

pub const REGULATIONS_9_2: Provision = Provision {
    law: &REGULATIONS,
    article_zh: chinese!("第九条第二款"),
    article_en: english!("Art. 9(2)"),
    text_zh: "经营者不得在消费者不知情的情况下，对同一商品或者服务在同等交易条件下设置不同的价格或者收费标准。",
    gloss_en: english!("A business may not, without the consumer knowing, set different prices or charges for the same goods or service under the same conditions (\"big-data\" differential pricing)."),
};

pub const REGULATIONS_49_1: Provision = Provision {
    law: &REGULATIONS,
    article_zh: chinese!("第四十九条第一款"),
    article_en: english!("Art. 49(1)"),
    text_zh: "经营者提供商品或者服务有欺诈行为的，消费者有权根据消费者权益保护法第五十五条第一款的规定要求经营者予以赔偿。但是，商品或者服务的标签标识、说明书、宣传材料等存在不影响商品或者服务质量且不会对消费者造成误导的瑕疵的除外。",
    gloss_en: english!("Fraud gives the remedy of art. 55(1), except for flaws in labels, instructions or promotional material that affect neither the quality nor mislead the consumer."),
};

pub const REGULATIONS_49_2: Provision = Provision {
    law: &REGULATIONS,
    article_zh: chinese!("第四十九条第二款"),
    article_en: english!("Art. 49(2)"),
    text_zh: "通过夹带、掉包、造假、篡改商品生产日期、捏造事实等方式骗取经营者的赔偿或者对经营者进行敲诈勒索的，不适用消费者权益保护法第五十五条第一款的规定，依照《中华人民共和国治安管理处罚法》等有关法律、法规处理；构成犯罪的，依法追究刑事责任。",
    gloss_en: english!("Whoever obtains compensation or extorts a business by planting or swapping goods, faking, altering production dates or inventing facts gets nothing under art. 55(1) and is dealt with under the public-security and criminal law."),
};

pub const ART_24_1: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第二十四条第一款"),
    article_en: english!("Art. 24(1)"),
    text_zh: "经营者提供的商品或者服务不符合质量要求的，消费者可以依照国家规定、当事人约定退货，或者要求经营者履行更换、修理等义务。没有国家规定和当事人约定的，消费者可以自收到商品之日起七日内退货；七日后符合法定解除合同条件的，消费者可以及时退货，不符合法定解除合同条件的，可以要求经营者履行更换、修理等义务。",
    gloss_en: english!("Goods or services below the quality required may be returned (or replaced or repaired) as state rules or the contract provide, or within seven days, or later where the contract may be terminated."),
};

pub const ART_29: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第二十九条"),
    article_en: english!("Art. 29"),
    text_zh: "经营者收集、使用消费者个人信息，应当遵循合法、正当、必要的原则，明示收集、使用信息的目的、方式和范围，并经消费者同意。经营者收集、使用消费者个人信息，应当公开其收集、使用规则，不得违反法律、法规的规定和双方的约定收集、使用信息。\n经营者及其工作人员对收集的消费者个人信息必须严格保密，不得泄露、出售或者非法向他人提供。经营者应当采取技术措施和其他必要措施，确保信息安全，防止消费者个人信息泄露、丢失。在发生或者可能发生信息泄露、丢失的情况时，应当立即采取补救措施。\n经营者未经消费者同意或者请求，或者消费者明确表示拒绝的，不得向其发送商业性信息。",
    gloss_en: english!("A business collects and uses consumers' personal information only lawfully, properly, as needed and with consent; keeps it confidential, never leaking or selling it; and sends no commercial messages without consent."),
};

pub const ART_50: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第五十条"),
    article_en: english!("Art. 50"),
    text_zh: "经营者侵害消费者的人格尊严、侵犯消费者人身自由或者侵害消费者个人信息依法得到保护的权利的，应当停止侵害、恢复名誉、消除影响、赔礼道歉，并赔偿损失。",
    gloss_en: english!("A business that infringes a consumer's right to the protection of personal information stops, eliminates the effects, apologises and compensates the loss."),
};
