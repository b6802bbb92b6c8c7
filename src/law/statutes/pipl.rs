//! 《中华人民共和国个人信息保护法》 (Personal Information Protection Law), adopted 2021-08-20, in
//! force 2021-11-01 (art. 74), not amended. Source: docs/law/legal-basis.md §1, §14.

use super::{Law, Provision};
use crate::date::Date;

pub const LAW: Law = Law {
    name_zh: chinese!("中华人民共和国个人信息保护法"),
    name_en: english!("Personal Information Protection Law"),
    adopted: Date::ymd(2021, 8, 20),
    amended: None,
    in_force: Date::ymd(2021, 11, 1),
};

pub const ART_20_2: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第二十条第二款"),
    article_en: english!("Art. 20(2)"),
    text_zh: "个人信息处理者共同处理个人信息，侵害个人信息权益造成损害的，应当依法承担连带责任。",
    gloss_en: english!("Processors who process personal information jointly are jointly and severally liable for the harm their infringement causes."),
};

pub const ART_24_1: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第二十四条第一款"),
    article_en: english!("Art. 24(1)"),
    text_zh: "个人信息处理者利用个人信息进行自动化决策，应当保证决策的透明度和结果公平、公正，不得对个人在交易价格等交易条件上实行不合理的差别待遇。",
    gloss_en: english!("A processor using personal information for automated decisions must keep them transparent and the results fair, and may not treat individuals unreasonably differently in prices or other terms of trade."),
};

pub const ART_45_1: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第四十五条第一款"),
    article_en: english!("Art. 45(1)"),
    text_zh: "个人有权向个人信息处理者查阅、复制其个人信息；有本法第十八条第一款、第三十五条规定情形的除外。",
    gloss_en: english!("An individual may consult and copy their personal information held by a processor, save where arts. 18(1) or 35 apply."),
};

pub const ART_47: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第四十七条"),
    article_en: english!("Art. 47"),
    text_zh: "有下列情形之一的，个人信息处理者应当主动删除个人信息；个人信息处理者未删除的，个人有权请求删除：（一）处理目的已实现、无法实现或者为实现处理目的不再必要；（二）个人信息处理者停止提供产品或者服务，或者保存期限已届满；（三）个人撤回同意；（四）个人信息处理者违反法律、行政法规或者违反约定处理个人信息；（五）法律、行政法规规定的其他情形。\n法律、行政法规规定的保存期限未届满，或者删除个人信息从技术上难以实现的，个人信息处理者应当停止除存储和采取必要的安全保护措施之外的处理。",
    gloss_en: english!("The processor must delete personal information, and the individual may demand deletion, where among other things the processor processed it in breach of law, regulations or agreement; where deletion is impossible or a retention period runs, it must stop all processing except storage and security measures."),
};

pub const ART_69_1: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第六十九条第一款"),
    article_en: english!("Art. 69(1)"),
    text_zh: "处理个人信息侵害个人信息权益造成损害，个人信息处理者不能证明自己没有过错的，应当承担损害赔偿等侵权责任。",
    gloss_en: english!("Presumed fault: if processing personal information infringes personal-information rights and causes damage, the processor is liable for damages and other tort liability unless it proves it was not at fault."),
};

pub const ART_69_2: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第六十九条第二款"),
    article_en: english!("Art. 69(2)"),
    text_zh: "前款规定的损害赔偿责任按照个人因此受到的损失或者个人信息处理者因此获得的利益确定；个人因此受到的损失和个人信息处理者因此获得的利益难以确定的，根据实际情况确定赔偿数额。",
    gloss_en: english!("Damages are measured by the individual's loss or the processor's resulting gain; if both are hard to determine, the amount is fixed according to the actual circumstances. No floor, no cap, no multiplier."),
};

pub const ART_70: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第七十条"),
    article_en: english!("Art. 70"),
    text_zh: "个人信息处理者违反本法规定处理个人信息，侵害众多个人的权益的，人民检察院、法律规定的消费者组织和由国家网信部门确定的组织可以依法向人民法院提起诉讼。",
    gloss_en: english!("Where unlawful processing infringes the rights of many individuals, the procuratorate, the consumer organisations named by law and organisations designated by the national cyberspace authority may sue."),
};

pub const ART_73_1: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第七十三条第一项"),
    article_en: english!("Art. 73(1)"),
    text_zh: "个人信息处理者，是指在个人信息处理活动中自主决定处理目的、处理方式的组织、个人。",
    gloss_en: english!("A personal-information processor is any organisation or individual that decides on its own the purposes and means of processing."),
};
