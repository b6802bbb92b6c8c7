//! 《最高人民法院关于审理利用信息网络侵害人身权益民事纠纷案件适用法律若干问题的规定》, adopted
//! 2014-06-23, amended 2020-12-23, in force in that version from 2021-01-01.
//! Source: docs/law/legal-basis.md §7; arts. 1 and 11: docs/law/verified-2026-11.md; the 2014 text:
//! docs/law/verified-2026-12.md §13 (whthomas/china-laws @ fa86d98a, the only mirror holding it).

use super::{Law, Provision};
use crate::date::Date;

pub const LAW: Law = Law {
    name_zh: chinese!("最高人民法院关于审理利用信息网络侵害人身权益民事纠纷案件适用法律若干问题的规定"),
    name_en: english!("SPC Provisions on Civil Disputes over Infringement of Personal Rights via Information Networks"),
    adopted: Date::ymd(2014, 6, 23),
    amended: Some(Date::ymd(2020, 12, 23)),
    in_force: Date::ymd(2021, 1, 1),
};

pub const ART_12_1: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第十二条第一款"),
    article_en: english!("Art. 12(1)"),
    text_zh: "被侵权人为制止侵权行为所支付的合理开支，可以认定为民法典第一千一百八十二条规定的财产损失。合理开支包括被侵权人或者委托代理人对侵权行为进行调查、取证的合理费用。人民法院根据当事人的请求和具体案情，可以将符合国家有关部门规定的律师费用计算在赔偿范围内。",
    gloss_en: english!("Reasonable expenses of stopping the infringement may count as property loss under Civil Code 1182, including reasonable costs of investigation and evidence collection; on request the court may include lawyer's fees that comply with the rules of the competent state authorities."),
};

pub const ART_12_2: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第十二条第二款"),
    article_en: english!("Art. 12(2)"),
    text_zh: "被侵权人因人身权益受侵害造成的财产损失以及侵权人因此获得的利益难以确定的，人民法院可以根据具体案情在50万元以下的范围内确定赔偿数额。",
    gloss_en: english!("If both the property loss and the infringer's gain are hard to determine, the court may set damages up to 500,000 yuan according to the circumstances. A legal maximum, not a typical award; PIPL 69 itself has no cap."),
};

pub const ART_1: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第一条"),
    article_en: english!("Art. 1"),
    text_zh: "本规定所称的利用信息网络侵害人身权益民事纠纷案件，是指利用信息网络侵害他人姓名权、名称权、名誉权、荣誉权、肖像权、隐私权等人身权益引起的纠纷案件。",
    gloss_en: english!("Scope: disputes over infringing personal rights (name, reputation, honour, portrait, privacy and the like) by means of an information network."),
};

pub const ART_11: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第十一条"),
    article_en: english!("Art. 11"),
    text_zh: "网络用户或者网络服务提供者侵害他人人身权益，造成财产损失或者严重精神损害，被侵权人依据民法典第一千一百八十二条和第一千一百八十三条的规定，请求其承担赔偿责任的，人民法院应予支持。",
    gloss_en: english!("Where a network user or network service provider infringes personal rights and causes property loss or serious mental harm, the court supports a claim for damages under Civil Code 1182 and 1183."),
};

/// The original 2014 text (法释〔2014〕11号), in force 2014-10-10 for every case then pending (art.
/// 19): for conduct before the Civil Code it is the interpretation "of the time" (时间效力规定 1(2)).
pub const LAW_2014: Law = Law {
    name_zh: chinese!(
        "最高人民法院关于审理利用信息网络侵害人身权益民事纠纷案件适用法律若干问题的规定"
    ),
    name_en:
        "SPC Provisions on Infringement of Personal Rights via Information Networks (2014 text)",
    adopted: Date::ymd(2014, 6, 23),
    amended: None,
    in_force: Date::ymd(2014, 10, 10),
};

pub const ART_2014_18_1: Provision = Provision {
    law: &LAW_2014,
    article_zh: chinese!("（2014年）第十八条第一款"),
    article_en: english!("Art. 18(1) (2014 text)"),
    text_zh: "被侵权人为制止侵权行为所支付的合理开支，可以认定为侵权责任法第二十条规定的财产损失。合理开支包括被侵权人或者委托代理人对侵权行为进行调查、取证的合理费用。人民法院根据当事人的请求和具体案情，可以将符合国家有关部门规定的律师费用计算在赔偿范围内。",
    gloss_en: english!("Reasonable expenses of stopping the infringement count as property loss under Tort Liability Law art. 20; the court may include lawyer's fees that comply with state rules."),
};

pub const ART_2014_18_2: Provision = Provision {
    law: &LAW_2014,
    article_zh: chinese!("（2014年）第十八条第二款"),
    article_en: english!("Art. 18(2) (2014 text)"),
    text_zh: "被侵权人因人身权益受侵害造成的财产损失或者侵权人因此获得的利益无法确定的，人民法院可以根据具体案情在50万元以下的范围内确定赔偿数额。",
    gloss_en: english!("Where the property loss or the infringer's gain cannot be determined, the court may fix damages up to 500,000 yuan."),
};
