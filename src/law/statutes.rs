//! Every provision the engine cites (法条), with its verbatim Chinese text and an English gloss.
//!
//! The Chinese text is copied from `docs/law/legal-basis.md`, a research note that quotes mirrors
//! of the official database (国家法律法规数据库); `tests/statutes.rs` checks that every paragraph
//! here still appears there word for word. Never edit a `text_zh` by hand from memory.

use serde::{Deserialize, Serialize};

/// The date up to which the texts were checked against the newest official mirror.
pub const LAW_AS_OF: &str = "2026-06-03";

/// A body of law and the version of it the engine applies.
#[derive(Debug, PartialEq, Eq)]
pub struct Law {
    pub name_zh: &'static str,
    pub name_en: &'static str,
    /// The date of adoption, or only the year where the day is not verified.
    pub adopted: &'static str,
    /// The latest amendment, if any.
    pub amended: Option<&'static str>,
    pub in_force: &'static str,
}

/// 个人信息保护法.
pub const PIPL: Law = Law {
    name_zh: "个人信息保护法",
    name_en: "Personal Information Protection Law",
    adopted: "2021-08-20",
    amended: None,
    in_force: "2021-11-01",
};

/// 民法典.
pub const CIVIL_CODE: Law = Law {
    name_zh: "民法典",
    name_en: "Civil Code",
    adopted: "2020-05-28",
    amended: None,
    in_force: "2021-01-01",
};

/// 最高人民法院关于审理利用信息网络侵害人身权益民事纠纷案件适用法律若干问题的规定.
pub const NETWORK_RULES: Law = Law {
    name_zh: "最高人民法院关于审理利用信息网络侵害人身权益民事纠纷案件适用法律若干问题的规定",
    name_en: "SPC Provisions on Infringement of Personal Rights via Information Networks",
    adopted: "2014-06-23",
    amended: Some("2020-12-23"),
    in_force: "2021-01-01",
};

/// 最高人民法院关于审理使用人脸识别技术处理个人信息相关民事案件适用法律若干问题的规定.
pub const FACIAL_RULES: Law = Law {
    name_zh: "最高人民法院关于审理使用人脸识别技术处理个人信息相关民事案件适用法律若干问题的规定",
    name_en:
        "SPC Provisions on Civil Cases of Processing Personal Information with Facial Recognition",
    adopted: "2021-06-08",
    amended: None,
    in_force: "2021-08-01",
};

/// 最高人民法院关于确定民事侵权精神损害赔偿责任若干问题的解释.
pub const MENTAL_DAMAGES_RULES: Law = Law {
    name_zh: "最高人民法院关于确定民事侵权精神损害赔偿责任若干问题的解释",
    name_en: "SPC Interpretation on Mental-Damage Compensation in Civil Torts",
    adopted: "2001",
    amended: Some("2020-12-23"),
    in_force: "2021-01-01",
};

/// 最高人民法院关于适用《中华人民共和国民事诉讼法》的解释.
pub const CIVIL_PROCEDURE_INTERPRETATION: Law = Law {
    name_zh: "最高人民法院关于适用《中华人民共和国民事诉讼法》的解释",
    name_en: "SPC Interpretation on the Application of the Civil Procedure Law",
    adopted: "2015",
    amended: Some("2022-03-22"),
    in_force: "2022-04-10",
};

/// A citable unit: an article, or one paragraph (款) of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProvisionId {
    #[serde(rename = "pipl-69-1")]
    Pipl69Para1,
    #[serde(rename = "pipl-69-2")]
    Pipl69Para2,
    #[serde(rename = "civil-code-111")]
    CivilCode111,
    #[serde(rename = "civil-code-1165-2")]
    CivilCode1165Para2,
    #[serde(rename = "civil-code-1182")]
    CivilCode1182,
    #[serde(rename = "civil-code-1183-1")]
    CivilCode1183Para1,
    #[serde(rename = "network-rules-12-1")]
    NetworkRules12Para1,
    #[serde(rename = "network-rules-12-2")]
    NetworkRules12Para2,
    #[serde(rename = "facial-rules-8-2")]
    FacialRules8Para2,
    #[serde(rename = "mental-damages-5")]
    MentalDamages5,
    #[serde(rename = "civil-procedure-interpretation-108-1")]
    CivilProcedureInterpretation108Para1,
}

/// The text of one provision and where it sits.
#[derive(Debug)]
pub struct Provision {
    pub id: ProvisionId,
    pub law: &'static Law,
    /// `第六十九条第二款`.
    pub article_zh: &'static str,
    /// `Art. 69(2)`.
    pub article_en: &'static str,
    /// Verbatim, from the official text. Paragraphs are separated by `\n`.
    pub text_zh: &'static str,
    /// An English gloss: a reading aid, not an official translation.
    pub gloss_en: &'static str,
}

/// Every provision, in the order a lawyer would cite them.
pub const ALL: &[Provision] = &[
    Provision {
        id: ProvisionId::Pipl69Para1,
        law: &PIPL,
        article_zh: "第六十九条第一款",
        article_en: "Art. 69(1)",
        text_zh: "处理个人信息侵害个人信息权益造成损害，个人信息处理者不能证明自己没有过错的，应当承担损害赔偿等侵权责任。",
        gloss_en: "Presumed fault: if processing personal information infringes personal-information rights and causes damage, the processor is liable for damages and other tort liability unless it proves it was not at fault.",
    },
    Provision {
        id: ProvisionId::Pipl69Para2,
        law: &PIPL,
        article_zh: "第六十九条第二款",
        article_en: "Art. 69(2)",
        text_zh: "前款规定的损害赔偿责任按照个人因此受到的损失或者个人信息处理者因此获得的利益确定；个人因此受到的损失和个人信息处理者因此获得的利益难以确定的，根据实际情况确定赔偿数额。",
        gloss_en: "Damages are measured by the individual's loss or the processor's resulting gain; if both are hard to determine, the amount is fixed according to the actual circumstances. No floor, no cap, no multiplier.",
    },
    Provision {
        id: ProvisionId::CivilCode111,
        law: &CIVIL_CODE,
        article_zh: "第一百一十一条",
        article_en: "Art. 111",
        text_zh: "自然人的个人信息受法律保护。任何组织或者个人需要获取他人个人信息的，应当依法取得并确保信息安全，不得非法收集、使用、加工、传输他人个人信息，不得非法买卖、提供或者公开他人个人信息。",
        gloss_en: "Personal information is protected by law. Anyone who needs another's personal information must obtain it lawfully and keep it secure; unlawful collection, use, processing, transmission, trading, provision or disclosure is prohibited.",
    },
    Provision {
        id: ProvisionId::CivilCode1165Para2,
        law: &CIVIL_CODE,
        article_zh: "第一千一百六十五条第二款",
        article_en: "Art. 1165(2)",
        text_zh: "依照法律规定推定行为人有过错，其不能证明自己没有过错的，应当承担侵权责任。",
        gloss_en: "Where the law presumes the actor at fault, the actor is liable unless it proves it was not at fault.",
    },
    Provision {
        id: ProvisionId::CivilCode1182,
        law: &CIVIL_CODE,
        article_zh: "第一千一百八十二条",
        article_en: "Art. 1182",
        text_zh: "侵害他人人身权益造成财产损失的，按照被侵权人因此受到的损失或者侵权人因此获得的利益赔偿；被侵权人因此受到的损失以及侵权人因此获得的利益难以确定，被侵权人和侵权人就赔偿数额协商不一致，向人民法院提起诉讼的，由人民法院根据实际情况确定赔偿数额。",
        gloss_en: "Property loss caused by infringing personal rights is compensated by the victim's loss or the infringer's gain; if both are hard to determine and the parties cannot agree, the court fixes the amount according to the actual circumstances.",
    },
    Provision {
        id: ProvisionId::CivilCode1183Para1,
        law: &CIVIL_CODE,
        article_zh: "第一千一百八十三条第一款",
        article_en: "Art. 1183(1)",
        text_zh: "侵害自然人人身权益造成严重精神损害的，被侵权人有权请求精神损害赔偿。",
        gloss_en: "Compensation for mental distress may be claimed only where infringing a natural person's personal rights causes serious mental harm.",
    },
    Provision {
        id: ProvisionId::NetworkRules12Para1,
        law: &NETWORK_RULES,
        article_zh: "第十二条第一款",
        article_en: "Art. 12(1)",
        text_zh: "被侵权人为制止侵权行为所支付的合理开支，可以认定为民法典第一千一百八十二条规定的财产损失。合理开支包括被侵权人或者委托代理人对侵权行为进行调查、取证的合理费用。人民法院根据当事人的请求和具体案情，可以将符合国家有关部门规定的律师费用计算在赔偿范围内。",
        gloss_en: "Reasonable expenses of stopping the infringement may count as property loss under Civil Code 1182, including reasonable costs of investigation and evidence collection; on request the court may include lawyer's fees that comply with the rules of the competent state authorities.",
    },
    Provision {
        id: ProvisionId::NetworkRules12Para2,
        law: &NETWORK_RULES,
        article_zh: "第十二条第二款",
        article_en: "Art. 12(2)",
        text_zh: "被侵权人因人身权益受侵害造成的财产损失以及侵权人因此获得的利益难以确定的，人民法院可以根据具体案情在50万元以下的范围内确定赔偿数额。",
        gloss_en: "If both the property loss and the infringer's gain are hard to determine, the court may set damages up to ¥500,000 according to the circumstances. This rule covers infringement of personal rights via information networks; PIPL 69 itself has no cap.",
    },
    Provision {
        id: ProvisionId::FacialRules8Para2,
        law: &FACIAL_RULES,
        article_zh: "第八条第二款",
        article_en: "Art. 8(2)",
        text_zh: "自然人为制止侵权行为所支付的合理开支，可以认定为民法典第一千一百八十二条规定的财产损失。合理开支包括该自然人或者委托代理人对侵权行为进行调查、取证的合理费用。人民法院根据当事人的请求和具体案情，可以将合理的律师费用计算在赔偿范围内。",
        gloss_en: "For facial information: reasonable expenses of stopping the infringement may count as property loss under Civil Code 1182, including investigation and evidence costs; the court may include reasonable lawyer's fees.",
    },
    Provision {
        id: ProvisionId::MentalDamages5,
        law: &MENTAL_DAMAGES_RULES,
        article_zh: "第五条",
        article_en: "Art. 5",
        text_zh: "精神损害的赔偿数额根据以下因素确定：\n（一）侵权人的过错程度，但是法律另有规定的除外；\n（二）侵权行为的目的、方式、场合等具体情节；\n（三）侵权行为所造成的后果；\n（四）侵权人的获利情况；\n（五）侵权人承担责任的经济能力；\n（六）受理诉讼法院所在地的平均生活水平。",
        gloss_en: "The amount of mental damages depends on: (1) the infringer's degree of fault, unless the law provides otherwise; (2) the purpose, method and setting of the act; (3) its consequences; (4) the infringer's profit; (5) the infringer's ability to pay; (6) the average standard of living where the court sits.",
    },
    Provision {
        id: ProvisionId::CivilProcedureInterpretation108Para1,
        law: &CIVIL_PROCEDURE_INTERPRETATION,
        article_zh: "第一百零八条第一款",
        article_en: "Art. 108(1)",
        text_zh: "对负有举证证明责任的当事人提供的证据，人民法院经审查并结合相关事实，确信待证事实的存在具有高度可能性的，应当认定该事实存在。",
        gloss_en: "The standard of proof: the court finds a fact established when, having examined the evidence with the related facts, it is convinced the fact is highly probable.",
    },
];

/// Looks up a provision. Every id has exactly one entry in `ALL` (tested).
pub fn provision(id: ProvisionId) -> &'static Provision {
    ALL.iter().find(|p| p.id == id).unwrap_or(&ALL[0])
}
