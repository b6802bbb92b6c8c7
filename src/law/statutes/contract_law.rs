//! 《中华人民共和国合同法》 (Contract Law), adopted 1999-03-15, in force 1999-10-01 (art. 428),
//! repealed from 2021-01-01 by 民法典 1260: the price back for a purchase before then. Source:
//! docs/law/verified-2026-12-refund.md (mirror [XS] `民法商法/合同法(1999-03-15).md`, blob 6f86d0aa).

use super::{Law, Provision};
use crate::date::Date;

pub const LAW: Law = Law {
    name_zh: chinese!("中华人民共和国合同法"),
    name_en: english!("Contract Law"),
    adopted: Date::ymd(1999, 3, 15),
    amended: None,
    in_force: Date::ymd(1999, 10, 1),
};

pub const ART_54_2: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第五十四条第二款"),
    article_en: english!("Art. 54(2)"),
    text_zh: "一方以欺诈、胁迫的手段或者乘人之危，使对方在违背真实意思的情况下订立的合同，受损害方有权请求人民法院或者仲裁机构变更或者撤销。",
    gloss_en: english!("A contract induced by fraud may be changed or rescinded by a court at the injured party's request."),
};

pub const ART_58: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第五十八条"),
    article_en: english!("Art. 58"),
    text_zh: "合同无效或者被撤销后，因该合同取得的财产，应当予以返还；不能返还或者没有必要返还的，应当折价补偿。有过错的一方应当赔偿对方因此所受到的损失，双方都有过错的，应当各自承担相应的责任。",
    gloss_en: english!("Once a contract is void or rescinded, what was received under it is returned."),
};

pub const ART_97: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第九十七条"),
    article_en: english!("Art. 97"),
    text_zh: "合同解除后，尚未履行的，终止履行；已经履行的，根据履行情况和合同性质，当事人可以要求恢复原状、采取其他补救措施，并有权要求赔偿损失。",
    gloss_en: english!("After termination, performance rendered may be undone (e.g. the price returned) and losses claimed."),
};

pub const ART_148: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第一百四十八条"),
    article_en: english!("Art. 148"),
    text_zh: "因标的物质量不符合质量要求，致使不能实现合同目的的，买受人可以拒绝接受标的物或者解除合同。买受人拒绝接受标的物或者解除合同的，标的物毁损、灭失的风险由出卖人承担。",
    gloss_en: english!("Goods whose quality defeats the purpose of the contract may be refused, or the contract terminated."),
};
