//! Every string the app shows, in Simplified Chinese (first) and English: one table.
//!
//! Templates take `{0}`, `{1}`… filled from a `Msg`'s arguments. Amounts print the same in both
//! languages (`¥34,000.00`), so a figure read aloud in class matches the screen in either.

use crate::law::statutes::{Law, Provision};
use crate::law::{Amount, Arg, Msg};
use crate::money::group_thousands;
use crate::parse::{Count, InputError};
use serde::{Deserialize, Serialize};

/// The interface language. Chinese first.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Lang {
    #[default]
    #[serde(rename = "zh-CN")]
    Zh,
    #[serde(rename = "en")]
    En,
}

impl Lang {
    /// The BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Lang> {
        match tag {
            "zh-CN" | "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }
}

macro_rules! texts {
    ($($name:ident => $zh:expr, $en:expr;)*) => {
        /// A key into the string table.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum Text { $($name,)* }

        impl Text {
            /// Every key, for tests that check the table.
            pub const ALL: &'static [Text] = &[$(Text::$name,)*];

            pub fn get(self, lang: Lang) -> &'static str {
                match self {
                    $(Text::$name => match lang { Lang::Zh => $zh, Lang::En => $en },)*
                }
            }
        }
    };
}

texts! {
    // The page.
    AppTitle => "维权计算器", "Weiquan claims calculator";
    AppSubtitle => "个人信息被侵害，可以主张多少赔偿？", "What can I claim when a business infringes my personal information?";
    SwitchLanguage => "English", "中文";
    SwitchLanguageLabel => "Switch to English", "切换到中文";
    PrivacyPromise => "您输入的内容只在本页面内计算，不会发送到任何地方；只保存在本标签页中，点“清除全部”即删除。", "What you type is computed in this page only and sent nowhere; it is kept only in this tab, and “Clear everything” deletes it.";
    PresetsHeading => "用真实案例试一试", "Try a real case";
    ClearAll => "清除全部", "Clear everything";
    FormHeading => "案件信息", "Your case";
    SectionLoss => "您的损失", "Your loss";
    FieldDirectLoss => "直接财产损失", "Direct property loss";
    HintDirectLoss => "例如因信息被泄露而被骗走的钱款（须与侵权有因果关系）。不清楚就留空。", "E.g. money lost to a scam that used the leaked information (it must be caused by the infringement). Leave empty if unknown.";
    SectionExpenses => "为制止侵权支付的合理开支", "Reasonable expenses of stopping the infringement";
    FieldInvestigation => "调查取证费", "Investigation and evidence";
    FieldNotarisation => "公证费", "Notarisation";
    FieldLawyer => "律师费", "Lawyer's fees";
    FieldOtherExpenses => "其他（交通、复印等）", "Other (travel, copies…)";
    SectionGain => "侵权人的获利", "The infringer's gain";
    GainModeUnknown => "不清楚", "Unknown";
    GainModeActual => "知道获利金额", "I know the amount";
    GainModeEstimate => "按条数估算", "Estimate from records";
    FieldGainAmount => "获利金额", "Amount gained";
    HintGainAmount => "例如聊天记录、转账记录或刑事判决中查明的数额。", "E.g. the sum shown by chats, transfers or a criminal judgment.";
    FieldRecords => "涉及的信息条数", "Number of records";
    HintRecords => "可写 40000、4万 或 4万余。", "E.g. 40000, 4万 or 4万余 (more than 40,000).";
    FieldPricePerRecord => "每条单价", "Price per record";
    SectionCircumstances => "案件情况", "Circumstances";
    FieldViaNetwork => "通过网络实施（如网上出售、泄露）", "Committed via an information network (sold or leaked online)";
    FieldFacial => "涉及人脸信息", "Involves facial information";
    SectionMental => "精神损害", "Mental harm";
    FieldSerious => "造成了严重精神损害", "It caused me serious mental harm";
    FieldMentalClaimed => "您主张的精神损害赔偿", "Mental damages you claim";
    HintAmount => "可写 34000、3.4万 或 ¥34,000.00", "E.g. 34000, 3.4万 or ¥34,000.00";
    ErrorSummaryHeading => "请修改以下内容：", "Please correct:";
    ResultHeading => "可以主张的金额", "What you can claim";
    ResultPrompt => "填写您知道的数字，或者载入上面的真实案例，这里会显示可以主张的金额和法律依据。", "Enter the figures you know, or load the real case above: what you can claim, and why, appears here.";
    TotalLabel => "合计（估算）", "Total (estimate)";
    Disclaimer => "这是依据法律条文得出的估算，不是法律意见；最终数额由法院决定。", "This is an estimate from the statutes, not legal advice; the court decides the final amount.";
    StaleResult => "有输入错误：下面是上一次有效输入的结果。", "There is an input error: the result below is from your last valid input.";
    OverflowError => "金额过大，无法计算。请检查输入。", "The amounts are too large to compute. Please check what you typed.";
    LawAsOf => "法律条文核对至 {0}", "Statutes checked as of {0}";
    NotInTotal => "说明，不计入合计", "explains; not in the total";
    InTotal => "计入合计", "in the total";
    NotesHeading => "您需要知道", "What you should know";
    GlossLabel => "英文释义（非官方译文）", "English gloss (not an official translation)";
    LabelSeparator => "：", ": ";
    RangeTemplate => "{0} 至 {1}", "{0} to {1}";
    OpenRangeTemplate => "{0} 起（法律未设上限）", "{0} or more (no statutory cap)";
    UndeterminedAmount => "由法院决定", "for the court to decide";
    CountMoreThan => "{0}余", "more than {0}";
    VersionAdopted => "{0} 通过", "adopted {0}";
    VersionAmended => "{0} 修正", "amended {0}";
    VersionInForce => "{0} 起施行", "in force since {0}";
    CaseLoaded => "已载入案例", "Case loaded";
    CaseStory => "案情、判决与说明", "The facts, the judgment, and a caveat";
    CaseCourtFigure => "法院判决的数额", "The court's figure";
    Footer => "本页面不联网：不加载第三方资源，不做访问统计。", "This page makes no network requests: no third-party assets, no analytics.";
    // Input errors.
    ErrNegative => "金额不能为负数。", "The amount cannot be negative.";
    ErrTooManyDecimals => "最多两位小数（精确到分）。", "At most two decimal places (to the fen).";
    ErrNotANumber => "请只填数字，例如 34000、3.4万 或 ¥34,000.00。", "Use digits only, e.g. 34000, 3.4万 or ¥34,000.00.";
    ErrBadGrouping => "千位分隔符的位置不对，应写作 34,000 这样。", "The thousands separators are misplaced: write it like 34,000.";
    ErrTooLarge => "超过上限 ¥100,000,000,000.00（一千亿元）。", "Above the limit of ¥100,000,000,000.00.";
    ErrCountTooLarge => "超过上限 1,000,000,000,000 条。", "Above the limit of 1,000,000,000,000 records.";
    ErrNotWhole => "条数必须是整数。", "A number of records must be a whole number.";
    ErrApproximate => "请填写确切金额；“余”“多”“+”“左右”只能用于条数。", "Enter an exact amount; 余, 多, + and 左右 are accepted only for counts.";
    ErrCountNotANumber => "请只填数字，例如 40000、4万 或 4万余。", "Use digits only, e.g. 40000, 4万 or 4万余.";
    // Lines of an Assessment.
    LineLossBasis => "按损失计算", "Loss basis";
    LineGainBasis => "按侵权人获利计算", "Gain basis";
    LineGainPerRecord => "折合每条", "Per record";
    LinePropertyDamages => "财产损失赔偿", "Compensation for property loss";
    LineMentalDamages => "精神损害赔偿", "Mental damages";
    FormulaLossSum => "直接财产损失 {0} + 合理开支 {1} = {2}", "direct property loss {0} + reasonable expenses {1} = {2}";
    FormulaLossExpensesOnly => "直接财产损失未填写（按难以确定处理）；可以证明的合理开支 {0}", "no direct property loss entered (treated as hard to determine); provable reasonable expenses {0}";
    FormulaLossUnknown => "未填写损失（按难以确定处理）", "no loss entered (treated as hard to determine)";
    FormulaGainActual => "侵权人因此获得的利益 {0}（有证据证明的实际获利）", "the infringer's gain {0} (the actual gain, shown by evidence)";
    FormulaGainEstimate => "{0}条 × 每条 {1} = {2}（估算）", "{0} records × {1} per record = {2} (estimate)";
    FormulaGainUnknown => "未填写获利（按难以确定处理）", "no gain entered (treated as hard to determine)";
    FormulaPerRecord => "{0} ÷ {1}条 ≈ 每条 {2}", "{0} ÷ {1} records ≈ {2} per record";
    FormulaPropertyLossOnly => "按损失计算：{0}", "loss basis: {0}";
    FormulaPropertyLossHigher => "损失 {0} ≥ 获利 {1}：按损失计算", "loss {0} ≥ gain {1}: the loss basis is higher";
    FormulaPropertyGainOnly => "按获利计算：{0}（未填写损失）", "gain basis: {0} (no loss entered)";
    FormulaPropertyGainHigher => "获利 {0} > 损失 {1}：按获利计算", "gain {0} > loss {1}: the gain basis is higher";
    FormulaPropertyGainPlusExpenses => "获利 {0} 高于直接损失 {1}：按损失计算为 {2}，按获利计算为 {0}；合理开支能否在获利之外另计，由法院决定，故为 {3}", "the gain {0} exceeds the direct loss {1}: the loss basis is {2}, the gain basis {0}; whether the court adds the reasonable expenses to the gain is its decision, hence {3}";
    FormulaDiscretionCapped => "损失和获利都难以确定：由法院根据实际情况确定，{0} 至 {1}", "loss and gain both hard to determine: the court fixes the amount according to the actual circumstances, {0} to {1}";
    FormulaDiscretionOpen => "损失和获利都难以确定：由法院根据实际情况确定，{0} 起，法律未设上限", "loss and gain both hard to determine: the court fixes the amount according to the actual circumstances, from {0}; the law sets no upper limit";
    FormulaMentalClaimed => "您主张 {0}；法院依六项因素在 ¥0.00 至 {0} 之间酌定", "you claim {0}; the court sets an amount from ¥0.00 to {0} by six factors";
    FormulaMentalNoFigure => "请填写您主张的金额；本计算器不替法院估算精神损害赔偿，暂不计入合计", "enter the amount you claim; the calculator does not guess mental damages for the court and leaves them out of the total";
    // Notes.
    FormulaPerRecordMoreRecords => "{0} ÷ {1}条 ≈ 每条 {2}（实际条数更多，每条相应更低）", "{0} ÷ {1} records ≈ {2} per record (there were more records, so a little less per record)";
    NoteExpensesGeneral => "本案既不是通过网络实施，也不涉及人脸信息：两部司法解释关于合理开支的规定不直接适用；合理开支能否作为财产损失，由法院依民法典第一千一百八十二条判断。", "Not committed via a network and not facial information: neither interpretation's rule on reasonable expenses applies directly; whether they count as property loss is for the court under Civil Code Art. 1182.";
    NoteEstimateAtLeast => "条数为“余”：按已知条数估算，实际获利可能更高。", "The record count is \"more than\": the estimate uses the known count, so the real gain may be higher.";
    NoteExpensesAboveCap => "您可以证明的合理开支 {0} 已超过 50 万元；上限能否约束这部分开支，由法院判断。", "Your provable reasonable expenses, {0}, exceed ¥500,000; whether the ceiling binds them is for the court.";
    NoteFacialNoCap => "人脸识别规定没有类似的上限。", "The facial-recognition rules have no such ceiling.";
    NotePresumedFault => "过错推定：您需要证明对方处理了您的个人信息、侵害了您的权益并造成损害；不需要证明对方有过错——对方不能证明自己没有过错，就要赔偿。每项事实要达到“高度可能性”的证明标准。", "Presumed fault: you show that the business processed your personal information, infringed your rights and caused you harm; you need not prove it was at fault — it pays unless it proves it was not. Each fact must be shown to be highly probable.";
    NoteClaimantChooses => "法律规定按损失或者获利确定赔偿，二者择一，不能相加；由您（原告）主张对您更有利的一种，这里显示较高者。", "The law measures damages by the loss or the gain: one or the other, never both added. You, the claimant, argue for the one more favourable to you; the higher is shown.";
    NoteMentalNotSerious => "精神损害赔偿只有在造成严重精神损害时才能请求。如果您的损害严重，请勾选并填写您主张的金额。", "Mental damages can be claimed only for serious mental harm. If yours was serious, tick the box and enter the amount you claim.";
    NoteExpenseItems => "其中：调查取证 {0}，公证 {1}，律师费 {2}，其他 {3}。", "Of which: investigation {0}, notarisation {1}, lawyer's fees {2}, other {3}.";
    NoteLawyerNetwork => "律师费须符合国家有关部门的规定，是否计入由法院根据您的请求和案情决定，所以只计入区间上限。", "Lawyer's fees must comply with the rules of the competent state authorities, and the court decides on your request whether to include them: they count only towards the top of the range.";
    NoteLawyerFacial => "人脸信息案件中，法院可以根据您的请求和案情把合理的律师费计入赔偿，所以只计入区间上限。", "In facial-information cases the court may, on your request, include reasonable lawyer's fees: they count only towards the top of the range.";
    NoteGainEstimate => "这是估算，不是法院认定的数额：法院通常按有证据证明的实际获利认定，而不是按每条单价计算；本估算仅供参考。", "An estimate, not a figure a court has found: courts generally fix the actual gain from evidence, not a per-record rate; use this for orientation only.";
    NotePerRecordDerived => "由获利和条数推算，四舍五入到分，只用于说明，不计入赔偿。", "Derived from the gain and the number of records, rounded half-up to the fen, to explain the figure; not part of the award.";
    NoteExpensesOnTopOfGain => "司法解释规定合理开支可以认定为财产损失，即属于损失一方。按获利计算时，法院可能另行支持合理开支，也可能不支持；律师费是否计入也由法院决定。所以显示为区间。", "The interpretations say reasonable expenses may count as property loss, on the loss side. On the gain basis a court may or may not award them in addition, and lawyer's fees are included only if the court so decides; hence a range.";
    NoteCapScope => "50 万元上限出自《信息网络规定》第十二条第二款，适用于利用信息网络侵害人身权益的案件。个人信息保护法第六十九条本身没有上限；该上限是否约束依第六十九条提出的请求，尚无定论。", "The ¥500,000 ceiling comes from Art. 12(2) of the SPC network rules and covers infringement of personal rights via information networks. PIPL Art. 69 itself has no cap; whether this ceiling binds a claim under Art. 69 is not settled.";
    NoteNoCap => "个人信息保护法第六十九条没有规定赔偿的下限或上限，由法院根据实际情况确定。", "PIPL Art. 69 sets neither a floor nor a cap; the court decides on the actual circumstances.";
    NoteDiscretionFloor => "下限取您可以证明的合理开支（不含律师费）{0}：它们可以认定为财产损失。", "The lower end is your provable reasonable expenses without lawyer's fees, {0}: they may count as property loss.";
    NoteMentalFactors => "法院考虑六项因素：过错程度；侵权的目的、方式、场合；后果；侵权人的获利；侵权人的经济能力；法院所在地的平均生活水平。", "The court weighs six factors: the degree of fault; the purpose, method and setting; the consequences; the infringer's profit; its ability to pay; the average standard of living where the court sits.";
}

/// A piece of a template: literal text, or the placeholder `{n}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    Text(&'a str),
    Slot(usize),
}

/// Splits `获利 {0} > 损失 {1}` into text and slots. Braces that are not a placeholder stay text.
pub fn pieces(template: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let slot = rest[open + 1..]
            .find('}')
            .and_then(|len| Some((rest[open + 1..open + 1 + len].parse().ok()?, open + 2 + len)));
        let Some((index, after)) = slot else {
            out.push(Piece::Text(&rest[..=open]));
            rest = &rest[open + 1..];
            continue;
        };
        out.push(Piece::Text(&rest[..open]));
        out.push(Piece::Slot(index));
        rest = &rest[after..];
    }
    out.push(Piece::Text(rest));
    out.retain(|p| *p != Piece::Text(""));
    out
}

/// Fills a template's `{0}`, `{1}`… with rendered arguments. A missing argument stays visible as
/// `{n}` rather than panicking, and a test checks every template gets the arguments it needs.
pub fn fill(template: &str, args: &[String]) -> String {
    pieces(template)
        .into_iter()
        .map(|p| match p {
            Piece::Text(t) => t.to_string(),
            Piece::Slot(i) => args.get(i).cloned().unwrap_or_else(|| format!("{{{i}}}")),
        })
        .collect()
}

/// Renders an engine message in a language.
pub fn render(lang: Lang, msg: &Msg) -> String {
    let args: Vec<String> = msg.args.iter().map(|a| render_arg(lang, a)).collect();
    fill(msg.key.get(lang), &args)
}

fn render_arg(lang: Lang, arg: &Arg) -> String {
    match arg {
        Arg::Money(m) => m.to_string(),
        Arg::Amount(a) => amount(lang, *a),
        Arg::Count(c) => count(lang, *c),
        Arg::Text(t) => t.get(lang).to_string(),
    }
}

/// `40,000`, or `40,000余` / `more than 40,000`.
pub fn count(lang: Lang, c: Count) -> String {
    let n = group_thousands(c.n);
    if c.more_than {
        fill(Text::CountMoreThan.get(lang), &[n])
    } else {
        n
    }
}

/// An amount as text: `¥34,000.00`, `¥0.00 至 ¥500,000.00`, `¥1.00 起（法律未设上限）`.
pub fn amount(lang: Lang, a: Amount) -> String {
    match a {
        Amount::Exact { fen } => fen.to_string(),
        Amount::Range {
            min,
            max: Some(max),
        } => fill(
            Text::RangeTemplate.get(lang),
            &[min.to_string(), max.to_string()],
        ),
        Amount::Range { min, max: None } => {
            fill(Text::OpenRangeTemplate.get(lang), &[min.to_string()])
        }
        Amount::Undetermined => Text::UndeterminedAmount.get(lang).to_string(),
    }
}

/// `个人信息保护法第六十九条第二款` / `Personal Information Protection Law, Art. 69(2)`.
pub fn citation(lang: Lang, p: &Provision) -> String {
    match lang {
        Lang::Zh => format!("《{}》{}", p.law.name_zh, p.article_zh),
        Lang::En => format!("{}, {}", p.law.name_en, p.article_en),
    }
}

/// `2021-08-20 通过，2021-11-01 起施行`.
pub fn version(lang: Lang, law: &Law) -> String {
    let mut parts = vec![fill(
        Text::VersionAdopted.get(lang),
        &[law.adopted.to_string()],
    )];
    if let Some(amended) = law.amended {
        parts.push(fill(Text::VersionAmended.get(lang), &[amended.to_string()]));
    }
    parts.push(fill(
        Text::VersionInForce.get(lang),
        &[law.in_force.to_string()],
    ));
    parts.join(if lang == Lang::Zh { "，" } else { ", " })
}

/// The message for an input error; counts have their own wording where it differs.
pub fn input_error(e: InputError, is_count: bool) -> Text {
    match (e, is_count) {
        (InputError::Empty, _) | (InputError::NotANumber, false) => Text::ErrNotANumber,
        (InputError::NotANumber, true) => Text::ErrCountNotANumber,
        (InputError::Negative, _) => Text::ErrNegative,
        (InputError::TooManyDecimals, _) => Text::ErrTooManyDecimals,
        (InputError::BadGrouping, _) => Text::ErrBadGrouping,
        (InputError::TooLarge, false) => Text::ErrTooLarge,
        (InputError::TooLarge, true) => Text::ErrCountTooLarge,
        (InputError::NotWhole, _) => Text::ErrNotWhole,
        (InputError::Approximate, _) => Text::ErrApproximate,
    }
}
