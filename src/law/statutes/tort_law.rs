//! 《中华人民共和国侵权责任法》 (Tort Liability Law), adopted 2009-12-26, in force 2010-07-01 (art.
//! 92), repealed from 2021-01-01 by 民法典 1260: the law of a personal-information claim for conduct
//! in between, and of knowingly defective goods before 2021. Source: docs/law/verified-2026-12.md §1
//! (mirror [XS] `民法商法/侵权责任法(2009-12-26).md`, blob 6a7f210c); art. 47:
//! docs/law/verified-2026-11-punitive.md §3.

use super::{Law, Provision};
use crate::date::Date;

pub const LAW: Law = Law {
    name_zh: chinese!("中华人民共和国侵权责任法"),
    name_en: english!("Tort Liability Law"),
    adopted: Date::ymd(2009, 12, 26),
    amended: None,
    in_force: Date::ymd(2010, 7, 1),
};

pub const ART_6_1: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第六条第一款"),
    article_en: english!("Art. 6(1)"),
    text_zh: "行为人因过错侵害他人民事权益，应当承担侵权责任。",
    gloss_en:
        "Whoever through fault infringes another's civil rights and interests is liable in tort.",
};

pub const ART_8: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第八条"),
    article_en: english!("Art. 8"),
    text_zh: "二人以上共同实施侵权行为，造成他人损害的，应当承担连带责任。",
    gloss_en: english!("Two or more who commit a tort together are jointly and severally liable."),
};

pub const ART_11: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第十一条"),
    article_en: english!("Art. 11"),
    text_zh: "二人以上分别实施侵权行为造成同一损害，每个人的侵权行为都足以造成全部损害的，行为人承担连带责任。",
    gloss_en: english!("Separate acts each enough to cause the whole harm give joint and several liability."),
};

pub const ART_12: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第十二条"),
    article_en: english!("Art. 12"),
    text_zh: "二人以上分别实施侵权行为造成同一损害，能够确定责任大小的，各自承担相应的责任；难以确定责任大小的，平均承担赔偿责任。",
    gloss_en: english!("Two or more who separately cause the same harm each answer for their share; equal shares where the shares cannot be told."),
};

pub const ART_13: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第十三条"),
    article_en: english!("Art. 13"),
    text_zh: "法律规定承担连带责任的，被侵权人有权请求部分或者全部连带责任人承担责任。",
    gloss_en: english!("Where liability is joint and several, the victim may claim from any or all of those liable."),
};

pub const ART_14: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第十四条"),
    article_en: english!("Art. 14"),
    text_zh: "连带责任人根据各自责任大小确定相应的赔偿数额；难以确定责任大小的，平均承担赔偿责任。\n支付超出自己赔偿数额的连带责任人，有权向其他连带责任人追偿。",
    gloss_en: english!("Jointly liable parties share by their responsibility, equally where it cannot be told; one who pays more recovers the excess."),
};

pub const ART_15: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第十五条"),
    article_en: english!("Art. 15"),
    text_zh: "承担侵权责任的方式主要有：\n（一）停止侵害；\n（二）排除妨碍；\n（三）消除危险；\n（四）返还财产；\n（五）恢复原状；\n（六）赔偿损失；\n（七）赔礼道歉；\n（八）消除影响、恢复名誉。\n以上承担侵权责任的方式，可以单独适用，也可以合并适用。",
    gloss_en: english!("The forms of tort liability include stopping the infringement, compensation, an apology, and eliminating the effects; alone or together."),
};

pub const ART_20: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第二十条"),
    article_en: english!("Art. 20"),
    text_zh: "侵害他人人身权益造成财产损失的，按照被侵权人因此受到的损失赔偿；被侵权人的损失难以确定，侵权人因此获得利益的，按照其获得的利益赔偿；侵权人因此获得的利益难以确定，被侵权人和侵权人就赔偿数额协商不一致，向人民法院提起诉讼的，由人民法院根据实际情况确定赔偿数额。",
    gloss_en: english!("A property loss from infringing personal rights is compensated by the loss; only where the loss is hard to determine, by the infringer's gain; where that too is hard to determine, the court fixes the amount."),
};

pub const ART_22: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第二十二条"),
    article_en: english!("Art. 22"),
    text_zh: "侵害他人人身权益，造成他人严重精神损害的，被侵权人可以请求精神损害赔偿。",
    gloss_en: english!("Serious mental harm from infringing personal rights may be compensated."),
};

pub const ART_26: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第二十六条"),
    article_en: english!("Art. 26"),
    text_zh: "被侵权人对损害的发生也有过错的，可以减轻侵权人的责任。",
    gloss_en: english!("The victim's own fault may reduce the infringer's liability."),
};

pub const ART_28: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第二十八条"),
    article_en: english!("Art. 28"),
    text_zh: "损害是因第三人造成的，第三人应当承担侵权责任。",
    gloss_en: english!("Harm caused by a third party is the third party's liability."),
};

pub const ART_47: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第四十七条"),
    article_en: english!("Art. 47"),
    text_zh: "明知产品存在缺陷仍然生产、销售，造成他人死亡或者健康严重损害的，被侵权人有权请求相应的惩罚性赔偿。",
    gloss_en: english!("Knowingly making or selling a defective product that kills or seriously harms gives a claim to \"corresponding\" punitive damages, with no multiple set."),
};
