//! Civil procedure: 《中华人民共和国民事诉讼法》 (2023 amendment) and the SPC interpretation on
//! applying it. Source: docs/law/legal-basis.md §10, §11, §14.

use super::{Law, Provision};
use crate::date::Date;

/// The fifth amendment, adopted 2023-09-01, in force 2024-01-01.
pub const LAW: Law = Law {
    name_zh: chinese!("中华人民共和国民事诉讼法"),
    name_en: english!("Civil Procedure Law"),
    adopted: Date::ymd(1991, 4, 9),
    amended: Some(Date::ymd(2023, 9, 1)),
    in_force: Date::ymd(2024, 1, 1),
};

/// 民诉法解释: adopted 2014-12-18 (法释〔2015〕5号), last amended 2022-03-22, in force 2022-04-10.
pub const INTERPRETATION: Law = Law {
    name_zh: chinese!("最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释"),
    name_en: english!("SPC Interpretation on the Application of the Civil Procedure Law"),
    adopted: Date::ymd(2014, 12, 18),
    amended: Some(Date::ymd(2022, 3, 22)),
    in_force: Date::ymd(2022, 4, 10),
};

/// 证据规定: adopted 2001-12-06, amended 2019-10-14, in force 2020-05-01 (docs/law/
/// verified-2026-11-burden.md; the document number was not found in a mirror).
pub const EVIDENCE_RULES: Law = Law {
    name_zh: chinese!("最高人民法院关于民事诉讼证据的若干规定"),
    name_en: english!("SPC Provisions on Evidence in Civil Procedure"),
    adopted: Date::ymd(2001, 12, 6),
    amended: Some(Date::ymd(2019, 10, 14)),
    in_force: Date::ymd(2020, 5, 1),
};

/// 法释〔2014〕8号, in force 2014-08-01 (docs/law/legal-basis.md §10; number and date from the
/// mirror's file name and the seed notes, the mirror has no header).
pub const LATE_INTEREST_RULES: Law = Law {
    name_zh: chinese!("最高人民法院关于执行程序中计算迟延履行期间的债务利息适用法律若干问题的解释"),
    name_en: english!("SPC Interpretation on Interest for Delayed Performance in Enforcement"),
    adopted: Date::ymd(2014, 7, 7),
    amended: None,
    in_force: Date::ymd(2014, 8, 1),
};

/// Numbered 第二百五十三条 in the 2012 and 2017 texts and 第二百六十条 in the 2021 text.
pub const LAW_264: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第二百六十四条（2021 年文本第二百六十条，2012、2017 年文本第二百五十三条）"),
    article_en: english!("Art. 264 (art. 260 of the 2021 text, art. 253 of the 2012 and 2017 texts)"),
    text_zh: "被执行人未按判决、裁定和其他法律文书指定的期间履行给付金钱义务的，应当加倍支付迟延履行期间的债务利息。被执行人未按判决、裁定和其他法律文书指定的期间履行其他义务的，应当支付迟延履行金。",
    gloss_en: english!("A debtor who does not pay money within the period a judgment sets pays double interest for the delay; for other obligations, a delay payment."),
};

pub const LATE_INTEREST_1: Provision = Provision {
    law: &LATE_INTEREST_RULES,
    article_zh: chinese!("第一条"),
    article_en: english!("Art. 1"),
    text_zh: "根据民事诉讼法第二百五十三条规定加倍计算之后的迟延履行期间的债务利息，包括迟延履行期间的一般债务利息和加倍部分债务利息。\n迟延履行期间的一般债务利息，根据生效法律文书确定的方法计算；生效法律文书未确定给付该利息的，不予计算。\n加倍部分债务利息的计算方法为：加倍部分债务利息=债务人尚未清偿的生效法律文书确定的除一般债务利息之外的金钱债务×日万分之一点七五×迟延履行期间。",
    gloss_en: english!("Interest for the delay is ordinary interest (only if the judgment orders it) plus the doubled portion: the unpaid money debt (without ordinary interest) × 0.0175% a day × the days of delay. (Art. 253 is the former number of art. 264.)"),
};

pub const LAW_58_1: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第五十八条第一款"),
    article_en: english!("Art. 58(1)"),
    text_zh: "对污染环境、侵害众多消费者合法权益等损害社会公共利益的行为，法律规定的机关和有关组织可以向人民法院提起诉讼。",
    gloss_en: english!("Organs and organisations named by law may sue over conduct that harms the public interest, such as infringing the rights of many consumers."),
};

pub const LAW_67_1: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第六十七条第一款"),
    article_en: english!("Art. 67(1)"),
    text_zh: "当事人对自己提出的主张，有责任提供证据。",
    gloss_en: english!("A party must produce evidence for what it asserts."),
};

pub const LAW_211_11: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第二百一十一条第十一项"),
    article_en: english!("Art. 211(11)"),
    text_zh: "原判决、裁定遗漏或者超出诉讼请求的；",
    gloss_en: english!("A judgment that leaves out or goes beyond what was claimed is a ground for retrial: a court awards no more than the claimant asked for."),
};

pub const INTERPRETATION_108_1: Provision = Provision {
    law: &INTERPRETATION,
    article_zh: chinese!("第一百零八条第一款"),
    article_en: english!("Art. 108(1)"),
    text_zh: "对负有举证证明责任的当事人提供的证据，人民法院经审查并结合相关事实，确信待证事实的存在具有高度可能性的，应当认定该事实存在。",
    gloss_en: english!("The standard of proof: the court finds a fact established when, having examined the evidence with the related facts, it is convinced the fact is highly probable."),
};

pub const INTERPRETATION_109: Provision = Provision {
    law: &INTERPRETATION,
    article_zh: chinese!("第一百零九条"),
    article_en: english!("Art. 109"),
    text_zh: "当事人对欺诈、胁迫、恶意串通事实的证明，以及对口头遗嘱或者赠与事实的证明，人民法院确信该待证事实存在的可能性能够排除合理怀疑的，应当认定该事实存在。",
    gloss_en: english!("Fraud, duress and malicious collusion (and oral wills and gifts) must be proved beyond reasonable doubt, a higher standard than the high probability of art. 108."),
};

pub const INTERPRETATION_201: Provision = Provision {
    law: &INTERPRETATION,
    article_zh: chinese!("第二百零一条"),
    article_en: english!("Art. 201"),
    text_zh: "既有财产性诉讼请求，又有非财产性诉讼请求的，按照财产性诉讼请求的标准交纳诉讼费。\n有多个财产性诉讼请求的，合并计算交纳诉讼费；诉讼请求中有多个非财产性诉讼请求的，按一件交纳诉讼费。",
    gloss_en: english!("A suit with both property and non-property claims pays on the property scale; several property claims are added together, several non-property claims pay as one case."),
};

pub const INTERPRETATION_91: Provision = Provision {
    law: &INTERPRETATION,
    article_zh: chinese!("第九十一条"),
    article_en: english!("Art. 91"),
    text_zh: "人民法院应当依照下列原则确定举证证明责任的承担，但法律另有规定的除外：\n（一）主张法律关系存在的当事人，应当对产生该法律关系的基本事实承担举证证明责任；\n（二）主张法律关系变更、消灭或者权利受到妨害的当事人，应当对该法律关系变更、消灭或者权利受到妨害的基本事实承担举证证明责任。",
    gloss_en: english!("Who proves what, unless a law provides otherwise: the party asserting a legal relationship proves the facts that create it; the party asserting its change, end or obstruction proves those facts."),
};

pub const EVIDENCE_95: Provision = Provision {
    law: &EVIDENCE_RULES,
    article_zh: chinese!("第九十五条"),
    article_en: english!("Art. 95"),
    text_zh: "一方当事人控制证据无正当理由拒不提交，对待证事实负有举证责任的当事人主张该证据的内容不利于控制人的，人民法院可以认定该主张成立。",
    gloss_en: english!("Where a party controls evidence and refuses without good reason to produce it, the court may accept the other side's assertion that its content is unfavourable to the party withholding it."),
};
