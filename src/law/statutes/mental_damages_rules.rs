//! 《最高人民法院关于确定民事侵权精神损害赔偿责任若干问题的解释》, adopted 2001-02-26
//! (法释〔2001〕7号), amended 2020-12-23, in force in that version from 2021-01-01.
//! Source: docs/law/legal-basis.md §8, §14; the 2001 text: docs/law/verified-2026-12.md §13
//! (whthomas/china-laws @ fa86d98a).

use super::{Law, Provision};
use crate::date::Date;

pub const LAW: Law = Law {
    name_zh: chinese!("最高人民法院关于确定民事侵权精神损害赔偿责任若干问题的解释"),
    name_en: english!("SPC Interpretation on Mental-Damage Compensation in Civil Torts"),
    adopted: Date::ymd(2001, 2, 26),
    amended: Some(Date::ymd(2020, 12, 23)),
    in_force: Date::ymd(2021, 1, 1),
};

pub const ART_5: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第五条"),
    article_en: english!("Art. 5"),
    text_zh: "精神损害的赔偿数额根据以下因素确定：\n（一）侵权人的过错程度，但是法律另有规定的除外；\n（二）侵权行为的目的、方式、场合等具体情节；\n（三）侵权行为所造成的后果；\n（四）侵权人的获利情况；\n（五）侵权人承担责任的经济能力；\n（六）受理诉讼法院所在地的平均生活水平。",
    gloss_en: english!("The amount of mental damages depends on: (1) the infringer's degree of fault, unless the law provides otherwise; (2) the purpose, method and setting of the act; (3) its consequences; (4) the infringer's profit; (5) the infringer's ability to pay; (6) the average standard of living where the court sits."),
};

/// The original 2001 text (法释〔2001〕7号), in force 2001-03-10: the interpretation of the time for
/// conduct before the Civil Code.
pub const LAW_2001: Law = Law {
    name_zh: chinese!("最高人民法院关于确定民事侵权精神损害赔偿责任若干问题的解释"),
    name_en: english!(
        "SPC Interpretation on Mental-Damage Compensation in Civil Torts (2001 text)"
    ),
    adopted: Date::ymd(2001, 2, 26),
    amended: None,
    in_force: Date::ymd(2001, 3, 10),
};

pub const ART_2001_10_1: Provision = Provision {
    law: &LAW_2001,
    article_zh: chinese!("（2001年）第十条第一款"),
    article_en: english!("Art. 10(1) (2001 text)"),
    text_zh: "精神损害的赔偿数额根据以下因素确定：\n（一）侵权人的过错程度，法律另有规定的除外；\n（二）侵害的手段、场合、行为方式等具体情节；\n（三）侵权行为所造成的后果；\n（四）侵权人的获利情况；\n（五）侵权人承担责任的经济能力；\n（六）受诉法院所在地平均生活水平。",
    gloss_en: english!("Six factors fix mental damages: the fault, the means and circumstances, the consequences, the infringer's profit, its ability to pay, and the living standard where the court sits."),
};
