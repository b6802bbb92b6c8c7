//! 《最高人民法院关于审理使用人脸识别技术处理个人信息相关民事案件适用法律若干问题的规定》, adopted
//! 2021-06-08, in force 2021-08-01; not for conduct before that day (art. 16).
//! Source: docs/law/legal-basis.md §13; art. 16: docs/law/verified-2026-11.md.

use super::{Law, Provision};
use crate::date::Date;

pub const LAW: Law = Law {
    name_zh: chinese!(
        "最高人民法院关于审理使用人脸识别技术处理个人信息相关民事案件适用法律若干问题的规定"
    ),
    name_en:
        "SPC Provisions on Civil Cases of Processing Personal Information with Facial Recognition",
    adopted: Date::ymd(2021, 6, 8),
    amended: None,
    in_force: Date::ymd(2021, 8, 1),
};

pub const ART_6_2: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第六条第二款"),
    article_en: english!("Art. 6(2)"),
    text_zh: "信息处理者主张其行为符合民法典第一千零三十五条第一款规定情形的，应当就此所依据的事实承担举证责任。",
    gloss_en: english!("A processor that claims its processing met a ground of Civil Code 1035(1), such as consent, bears the burden of proving the facts of that ground. (Its first paragraph still cites Civil Procedure Law art. 64, now art. 67.)"),
};

pub const ART_8_2: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第八条第二款"),
    article_en: english!("Art. 8(2)"),
    text_zh: "自然人为制止侵权行为所支付的合理开支，可以认定为民法典第一千一百八十二条规定的财产损失。合理开支包括该自然人或者委托代理人对侵权行为进行调查、取证的合理费用。人民法院根据当事人的请求和具体案情，可以将合理的律师费用计算在赔偿范围内。",
    gloss_en: english!("For facial information: reasonable expenses of stopping the infringement may count as property loss under Civil Code 1182, including investigation and evidence costs; the court may include reasonable lawyer's fees."),
};

pub const ART_16: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第十六条"),
    article_en: english!("Art. 16"),
    text_zh: "本规定自2021年8月1日起施行。\n信息处理者使用人脸识别技术处理人脸信息、处理基于人脸识别技术生成的人脸信息的行为发生在本规定施行前的，不适用本规定。",
    gloss_en: english!("In force from 2021-08-01; it does not apply to processing of facial information with facial-recognition technology that took place before then."),
};
