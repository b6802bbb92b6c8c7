//! How the burden explainer reads: the names of the elements, who proves them and to what
//! standard, and each item of evidence with how to get it.

use super::{Lang, Words};
use crate::law::burden::{Bearer, ElementId, Evidence, Standard};

fn pick(lang: Lang, (zh, en): (&'static str, &'static str)) -> &'static str {
    Words::new(zh, en).get(lang)
}

/// The short name of an element.
pub fn element_label(id: ElementId, lang: Lang) -> &'static str {
    pick(
        lang,
        match id {
            ElementId::Processing => ("处理行为", "Processing"),
            ElementId::Infringement => ("侵害权益", "Infringement"),
            ElementId::Damage => ("损害", "Harm"),
            ElementId::Causation => ("因果关系", "Causation"),
            ElementId::Fault => ("过错", "Fault"),
            ElementId::Sale => ("买卖关系和价款", "The sale and the price"),
            ElementId::Deception => ("欺诈", "Fraud"),
            ElementId::Substandard => ("不合格", "Below standard"),
            ElementId::SellerKnew => ("经营者明知", "The seller knew"),
            ElementId::Defect => ("缺陷", "Defect"),
            ElementId::SeriousHarm => ("死亡或健康严重损害", "Death or serious harm"),
        },
    )
}

pub fn bearer(b: Bearer, lang: Lang) -> &'static str {
    pick(
        lang,
        match b {
            Bearer::Consumer => ("由您证明", "You prove it"),
            Bearer::Business => ("由对方证明", "The business proves it"),
        },
    )
}

pub fn standard(s: Standard, lang: Lang) -> &'static str {
    pick(
        lang,
        match s {
            Standard::HighProbability => ("高度可能性", "High probability"),
            Standard::BeyondReasonableDoubt => ("排除合理怀疑", "Beyond reasonable doubt"),
        },
    )
}

pub fn evidence_label(e: Evidence, lang: Lang) -> &'static str {
    pick(
        lang,
        match e {
            Evidence::OrderRecords => (
                "订单、付款记录或发票",
                "Order, payment records or the invoice",
            ),
            Evidence::Screenshots => (
                "页面、商品详情或宣传的截图",
                "Screenshots of the pages, the listing or the advertising",
            ),
            Evidence::Notarised => ("经公证保全的网页", "Pages preserved by a notary"),
            Evidence::ScamMessage => (
                "诈骗短信、电话的内容（对方说出了我的哪些信息）",
                "The scam message or call (what it knew about me)",
            ),
            Evidence::MessageTiming => (
                "诈骗信息在下单或注册后多久收到",
                "When it came, relative to the order or registration",
            ),
            Evidence::RecordedCalls => ("通话录音", "Recorded calls"),
            Evidence::PlatformChat => (
                "与客服、平台的沟通和投诉记录",
                "Messages and complaints to the business or platform",
            ),
            Evidence::PoliceReport => ("报警回执", "A police report receipt"),
            Evidence::DataCopy => (
                "从对方取得的我的个人信息副本",
                "A copy of my data obtained from the business",
            ),
            Evidence::TestReport => (
                "检测报告，或保质期、标签的照片",
                "A test report, or photos of the expiry date or label",
            ),
            Evidence::MedicalRecords => ("病历、诊断证明、医疗费票据", "Medical records and bills"),
        },
    )
}

/// How to get an item one does not hold yet.
pub fn evidence_how(e: Evidence, lang: Lang) -> &'static str {
    pick(
        lang,
        match e {
            Evidence::OrderRecords => ("在 APP 的订单页面截图或导出；付款记录可在支付或银行 APP 中下载。", "Screenshot or export the order page in the app; download payment records from the payment or bank app."),
            Evidence::Screenshots => ("截图时保留网址、时间和页面全貌；页面可能被修改或删除，尽早保存。", "Keep the address, the time and the whole page in the screenshot; pages change or vanish, so save them early."),
            Evidence::Notarised => ("到公证处办理网页或手机页面的保全公证（需付费），证明力更强；费用可以作为合理开支主张。", "A notary can preserve the web or app pages (for a fee), which courts weigh more; the fee can be claimed as a reasonable expense."),
            Evidence::ScamMessage => ("保存短信和聊天记录原件，不要删除；记下对方说出了您的哪些信息（姓名、订单号、航班号等）。", "Keep the original messages, do not delete them; note which of your details the scammer knew (name, order number, flight number…)."),
            Evidence::MessageTiming => ("记下收到诈骗信息的时间，与下单、注册的时间对照：先后顺序和信息内容是推断信息来源的依据（见下面的推理步骤）。", "Note when the scam message came and compare it with when you ordered or registered: the order of events and what the message knew are what a court reasons from (see the steps below)."),
            Evidence::RecordedCalls => ("用手机录音；没有录音的，保存通话记录截图。", "Record calls on your phone; failing that, screenshot the call log."),
            Evidence::PlatformChat => ("保存与客服、平台的聊天和投诉记录，包括您要求对方采取措施的时间。", "Keep chats and complaints to the business and the platform, including when you asked them to act."),
            Evidence::PoliceReport => ("向公安机关报案，保存报警回执或立案通知书。", "Report it to the police and keep the receipt or the notice that a case was opened."),
            Evidence::DataCopy => ("依《中华人民共和国个人信息保护法》第四十五条，请求对方提供您的个人信息副本，了解它掌握哪些信息；保存请求和答复。", "Under PIPL Art. 45, ask the business for a copy of your personal information to see what it holds; keep the request and the answer."),
            Evidence::TestReport => ("拍下保质期和标签；必要时委托有资质的检验机构检测（食品是否符合标准，本来由经营者证明）。", "Photograph the expiry date and the label; if needed, have an accredited laboratory test it (for food, compliance is the business's to prove)."),
            Evidence::MedicalRecords => ("保存病历、诊断证明、医疗费票据和误工证明。", "Keep medical records, diagnoses, bills and proof of lost work."),
        },
    )
}
