//! 《中华人民共和国民法典》 (Civil Code), adopted 2020-05-28, in force 2021-01-01, not amended.
//! Source: docs/law/legal-basis.md §2, §14; arts. 148, 157 and the two SPC interpretations below:
//! docs/law/verified-2026-12.md §5–§7.

use super::{Law, Provision};
use crate::date::Date;

pub const LAW: Law = Law {
    name_zh: chinese!("中华人民共和国民法典"),
    name_en: english!("Civil Code"),
    adopted: Date::ymd(2020, 5, 28),
    amended: None,
    in_force: Date::ymd(2021, 1, 1),
};

/// 总则编解释 (法释〔2022〕6号), in force 2022-03-01; it reaches only facts after 2021-01-01 (art. 39).
pub const GENERAL_PART_RULES: Law = Law {
    name_zh: chinese!("最高人民法院关于适用〈中华人民共和国民法典〉总则编若干问题的解释"),
    name_en: english!("SPC Interpretation on the General Part of the Civil Code"),
    adopted: Date::ymd(2021, 12, 30),
    amended: None,
    in_force: Date::ymd(2022, 3, 1),
};

/// 时间效力规定 (法释〔2020〕15号), in force 2021-01-01: which law governs facts before the Code.
pub const TRANSITION_RULES: Law = Law {
    name_zh: chinese!("最高人民法院关于适用〈中华人民共和国民法典〉时间效力的若干规定"),
    name_en: english!("SPC Provisions on the Temporal Effect of the Civil Code"),
    adopted: Date::ymd(2020, 12, 14),
    amended: None,
    in_force: Date::ymd(2021, 1, 1),
};

pub const ART_148: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第一百四十八条"),
    article_en: english!("Art. 148"),
    text_zh: "一方以欺诈手段，使对方在违背真实意思的情况下实施的民事法律行为，受欺诈方有权请求人民法院或者仲裁机构予以撤销。",
    gloss_en: english!("An act induced by fraud may be rescinded by a court at the deceived party's request."),
};

pub const ART_157: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第一百五十七条"),
    article_en: english!("Art. 157"),
    text_zh: "民事法律行为无效、被撤销或者确定不发生效力后，行为人因该行为取得的财产，应当予以返还；不能返还或者没有必要返还的，应当折价补偿。有过错的一方应当赔偿对方由此所受到的损失；各方都有过错的，应当各自承担相应的责任。法律另有规定的，依照其规定。",
    gloss_en: english!("Once an act is void or rescinded, what was received under it is returned, and the party at fault compensates the loss."),
};

pub const GENERAL_PART_21: Provision = Provision {
    law: &GENERAL_PART_RULES,
    article_zh: chinese!("第二十一条"),
    article_en: english!("Art. 21"),
    text_zh: "故意告知虚假情况，或者负有告知义务的人故意隐瞒真实情况，致使当事人基于错误认识作出意思表示的，人民法院可以认定为民法典第一百四十八条、第一百四十九条规定的欺诈。",
    gloss_en: english!("Fraud is deliberately stating falsehoods, or deliberately hiding the truth one must disclose, so that the other party acts on a mistaken belief."),
};

pub const TRANSITION_1_2: Provision = Provision {
    law: &TRANSITION_RULES,
    article_zh: chinese!("第一条第二款"),
    article_en: english!("Art. 1(2)"),
    text_zh: "民法典施行前的法律事实引起的民事纠纷案件，适用当时的法律、司法解释的规定，但是法律、司法解释另有规定的除外。",
    gloss_en: english!("Facts before the Civil Code are judged by the law and interpretations of the time, unless provided otherwise."),
};

pub const TRANSITION_1_3: Provision = Provision {
    law: &TRANSITION_RULES,
    article_zh: chinese!("第一条第三款"),
    article_en: english!("Art. 1(3)"),
    text_zh: "民法典施行前的法律事实持续至民法典施行后，该法律事实引起的民事纠纷案件，适用民法典的规定，但是法律、司法解释另有规定的除外。",
    gloss_en: english!("Facts that began before the Civil Code and continued after it are judged by the Code."),
};

pub const TRANSITION_2: Provision = Provision {
    law: &TRANSITION_RULES,
    article_zh: chinese!("第二条"),
    article_en: english!("Art. 2"),
    text_zh: "民法典施行前的法律事实引起的民事纠纷案件，当时的法律、司法解释有规定，适用当时的法律、司法解释的规定，但是适用民法典的规定更有利于保护民事主体合法权益，更有利于维护社会和经济秩序，更有利于弘扬社会主义核心价值观的除外。",
    gloss_en: english!("The old law governs, unless applying the Code better protects the parties' lawful rights and interests (among other aims)."),
};

pub const TRANSITION_24: Provision = Provision {
    law: &TRANSITION_RULES,
    article_zh: chinese!("第二十四条"),
    article_en: english!("Art. 24"),
    text_zh: "侵权行为发生在民法典施行前，但是损害后果出现在民法典施行后的民事纠纷案件，适用民法典的规定。",
    gloss_en: english!("A tort committed before the Code whose harm appears after it is judged by the Code."),
};

pub const ART_111: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第一百一十一条"),
    article_en: english!("Art. 111"),
    text_zh: "自然人的个人信息受法律保护。任何组织或者个人需要获取他人个人信息的，应当依法取得并确保信息安全，不得非法收集、使用、加工、传输他人个人信息，不得非法买卖、提供或者公开他人个人信息。",
    gloss_en: english!("Personal information is protected by law. Anyone who needs another's personal information must obtain it lawfully and keep it secure; unlawful collection, use, processing, transmission, trading, provision or disclosure is prohibited."),
};

pub const ART_179_2: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第一百七十九条第二款"),
    article_en: english!("Art. 179(2)"),
    text_zh: "法律规定惩罚性赔偿的，依照其规定。",
    gloss_en: english!("Punitive damages are awarded where, and as, a law provides for them: none without a statute."),
};

pub const ART_178_1: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第一百七十八条第一款"),
    article_en: english!("Art. 178(1)"),
    text_zh: "二人以上依法承担连带责任的，权利人有权请求部分或者全部连带责任人承担责任。",
    gloss_en: english!("Where two or more are jointly and severally liable, the right-holder may ask some or all of them to answer."),
};

pub const ART_178_2: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第一百七十八条第二款"),
    article_en: english!("Art. 178(2)"),
    text_zh: "连带责任人的责任份额根据各自责任大小确定；难以确定责任大小的，平均承担责任。实际承担责任超过自己责任份额的连带责任人，有权向其他连带责任人追偿。",
    gloss_en: english!("Between themselves, the jointly liable share according to their responsibility, equally where it cannot be determined; one who paid more than its share may recover the excess from the others."),
};

pub const ART_188: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第一百八十八条"),
    article_en: english!("Art. 188"),
    text_zh: "向人民法院请求保护民事权利的诉讼时效期间为三年。法律另有规定的，依照其规定。\n诉讼时效期间自权利人知道或者应当知道权利受到损害以及义务人之日起计算。法律另有规定的，依照其规定。但是，自权利受到损害之日起超过二十年的，人民法院不予保护，有特殊情况的，人民法院可以根据权利人的申请决定延长。",
    gloss_en: english!("The limitation period is three years, from when the right-holder knew or should have known of the harm and who caused it; no protection after twenty years from the harm, save an extension the court grants in special circumstances."),
};

pub const ART_195: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第一百九十五条"),
    article_en: english!("Art. 195"),
    text_zh: "有下列情形之一的，诉讼时效中断，从中断、有关程序终结时起，诉讼时效期间重新计算：\n（一）权利人向义务人提出履行请求；\n（二）义务人同意履行义务；\n（三）权利人提起诉讼或者申请仲裁；\n（四）与提起诉讼或者申请仲裁具有同等效力的其他情形。",
    gloss_en: english!("The period is interrupted, and runs afresh, when the right-holder demands performance, the obligor agrees to perform, the right-holder sues or seeks arbitration, or something of equal effect happens."),
};

pub const ART_201_1: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第二百零一条第一款"),
    article_en: english!("Art. 201(1)"),
    text_zh: "按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。",
    gloss_en:
        "A period in years, months or days starts on the next day: the first day is not counted.",
};

pub const ART_202: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第二百零二条"),
    article_en: english!("Art. 202"),
    text_zh: "按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日。",
    gloss_en: english!("A period in years or months ends on the corresponding day of the last month, or on the month's last day where there is none."),
};

pub const ART_203: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第二百零三条"),
    article_en: english!("Art. 203"),
    text_zh: "期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。\n期间的最后一日的截止时间为二十四时；有业务时间的，停止业务活动的时间为截止时间。",
    gloss_en: english!("A period whose last day is a public holiday ends on the day after the holiday; the last day ends at midnight, or at close of business where there are business hours."),
};

pub const ART_995: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第九百九十五条"),
    article_en: english!("Art. 995"),
    text_zh: "人格权受到侵害的，受害人有权依照本法和其他法律的规定请求行为人承担民事责任。受害人的停止侵害、排除妨碍、消除危险、消除影响、恢复名誉、赔礼道歉请求权，不适用诉讼时效的规定。",
    gloss_en: english!("A person whose personality rights are infringed may hold the actor civilly liable; claims to stop the infringement, remove obstruction, eliminate danger or effects, restore reputation and apologise are not subject to limitation."),
};

pub const ART_1000_1: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第一千条第一款"),
    article_en: english!("Art. 1000(1)"),
    text_zh: "行为人因侵害人格权承担消除影响、恢复名誉、赔礼道歉等民事责任的，应当与行为的具体方式和造成的影响范围相当。",
    gloss_en: english!("Eliminating effects, restoring reputation and apologising must match the manner of the act and the reach of its effects."),
};

pub const ART_1037_2: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第一千零三十七条第二款"),
    article_en: english!("Art. 1037(2)"),
    text_zh: "自然人发现信息处理者违反法律、行政法规的规定或者双方的约定处理其个人信息的，有权请求信息处理者及时删除。",
    gloss_en: english!("A natural person who finds that an information processor handles their personal information in breach of law, regulations or agreement may demand its prompt deletion."),
};

pub const ART_1165_1: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第一千一百六十五条第一款"),
    article_en: english!("Art. 1165(1)"),
    text_zh: "行为人因过错侵害他人民事权益造成损害的，应当承担侵权责任。",
    gloss_en: english!("Ordinary fault liability: an actor who by fault infringes another's civil rights and causes damage is liable; the claimant proves the fault."),
};

pub const ART_1165_2: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第一千一百六十五条第二款"),
    article_en: english!("Art. 1165(2)"),
    text_zh: "依照法律规定推定行为人有过错，其不能证明自己没有过错的，应当承担侵权责任。",
    gloss_en: english!("Where the law presumes the actor at fault, the actor is liable unless it proves it was not at fault."),
};

pub const ART_1168: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第一千一百六十八条"),
    article_en: english!("Art. 1168"),
    text_zh: "二人以上共同实施侵权行为，造成他人损害的，应当承担连带责任。",
    gloss_en:
        "Two or more who commit a tort together are jointly and severally liable for the harm.",
};

pub const ART_1171: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第一千一百七十一条"),
    article_en: english!("Art. 1171"),
    text_zh: "二人以上分别实施侵权行为造成同一损害，每个人的侵权行为都足以造成全部损害的，行为人承担连带责任。",
    gloss_en: english!("Two or more who separately cause the same harm, each act being enough to cause all of it, are jointly and severally liable."),
};

pub const ART_1172: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第一千一百七十二条"),
    article_en: english!("Art. 1172"),
    text_zh: "二人以上分别实施侵权行为造成同一损害，能够确定责任大小的，各自承担相应的责任；难以确定责任大小的，平均承担责任。",
    gloss_en: english!("Where two or more persons separately cause the same damage, each answers for its share where the shares can be determined, otherwise equally."),
};

pub const ART_1173: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第一千一百七十三条"),
    article_en: english!("Art. 1173"),
    text_zh: "被侵权人对同一损害的发生或者扩大有过错的，可以减轻侵权人的责任。",
    gloss_en: english!("Where the victim's own fault contributed to the damage or its extent, the infringer's liability may be reduced."),
};

pub const ART_1175: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第一千一百七十五条"),
    article_en: english!("Art. 1175"),
    text_zh: "损害是因第三人造成的，第三人应当承担侵权责任。",
    gloss_en: english!("Where the damage was caused by a third party, the third party is liable."),
};

pub const ART_1182: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第一千一百八十二条"),
    article_en: english!("Art. 1182"),
    text_zh: "侵害他人人身权益造成财产损失的，按照被侵权人因此受到的损失或者侵权人因此获得的利益赔偿；被侵权人因此受到的损失以及侵权人因此获得的利益难以确定，被侵权人和侵权人就赔偿数额协商不一致，向人民法院提起诉讼的，由人民法院根据实际情况确定赔偿数额。",
    gloss_en: english!("Property loss caused by infringing personal rights is compensated by the victim's loss or the infringer's gain; if both are hard to determine and the parties cannot agree, the court fixes the amount according to the actual circumstances."),
};

pub const ART_1183_1: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第一千一百八十三条第一款"),
    article_en: english!("Art. 1183(1)"),
    text_zh: "侵害自然人人身权益造成严重精神损害的，被侵权人有权请求精神损害赔偿。",
    gloss_en: english!("Compensation for mental distress may be claimed only where infringing a natural person's personal rights causes serious mental harm."),
};

pub const ART_1207: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第一千二百零七条"),
    article_en: english!("Art. 1207"),
    text_zh: "明知产品存在缺陷仍然生产、销售，或者没有依据前条规定采取有效补救措施，造成他人死亡或者健康严重损害的，被侵权人有权请求相应的惩罚性赔偿。",
    gloss_en: english!("Knowingly making or selling a defective product, or failing to take effective remedial measures, that causes death or serious damage to health: the victim may claim \"corresponding\" punitive damages. The Code sets no multiplier."),
};

pub const ART_1195_2: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第一千一百九十五条第二款"),
    article_en: english!("Art. 1195(2)"),
    text_zh: "网络服务提供者接到通知后，应当及时将该通知转送相关网络用户，并根据构成侵权的初步证据和服务类型采取必要措施；未及时采取必要措施的，对损害的扩大部分与该网络用户承担连带责任。",
    gloss_en: english!("After a notice, a network service provider must forward it and take necessary measures; if it does not act in time, it is jointly liable with the user only for the part of the harm that grew after."),
};

pub const ART_1197: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第一千一百九十七条"),
    article_en: english!("Art. 1197"),
    text_zh: "网络服务提供者知道或者应当知道网络用户利用其网络服务侵害他人民事权益，未采取必要措施的，与该网络用户承担连带责任。",
    gloss_en: english!("A network service provider that knew or should have known that a user was infringing others' rights through its service, and took no necessary measures, is jointly liable with the user."),
};
