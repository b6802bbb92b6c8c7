//! Every string the app shows, in Simplified Chinese (first) and English. The engine's
//! vocabulary is rendered by `engine`; the page's own words are the `Text` table here.
//!
//! Templates take named placeholders (`{loss}`, `{date}`), filled from a message's values.
//! Amounts are written by `money`: `34,000 元` / `50 万元` in Chinese, `34,000 yuan` in English,
//! the same figures in either, so a sum read aloud in class matches the screen.

pub mod burden;
pub mod capital;
pub mod complaint;
pub mod engine;
pub mod report;

use crate::date::Date;
use crate::law::statutes::{Law, Provision};
use crate::law::{Amount, Arg, Msg};
use crate::money::{group_thousands, Money, FEN_PER_YUAN};
use crate::parse::{Count, InputError};

pub use crate::lang::{Lang, Words};

macro_rules! texts {
    ($($name:ident => $zh:expr, $en:expr;)*) => {
        /// A key into the page's string table.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Text { $($name,)* }

        impl Text {
            /// Every key, for tests that check the table.
            pub const ALL: &'static [Text] = &[$(Text::$name,)*];

            /// The key's words: a table indexed by the key, not a `match` (a match costs code
            /// for every arm).
            pub fn words(self) -> Words {
                const TABLE: &[Words] = &[$(Words::new($zh, $en),)*];
                TABLE[self as usize]
            }

            pub fn get(self, lang: Lang) -> &'static str {
                self.words().get(lang)
            }
        }
    };
}

texts! {
    // The page.
    AppTitle => "维权计算器", "Weiquan claims calculator";
    AppSubtitle => "个人信息被侵害，或者买到欺诈、不安全的商品，法院可能判赔多少？", "Personal information misused, or cheated on a purchase: what could a court award me?";
    SwitchLanguage => "English", "中文";
    SwitchLanguageLabel => "Switch to English", "切换到中文";
    PrivacyPromise => "您输入的内容只在本页面内计算，不会发送到任何地方。为了刷新后不丢失，它暂存在这个标签页的存储里（浏览器可能把它写在本机磁盘上）；“清除全部”会清空这份暂存。", "What you type is computed in this page only and sent nowhere. So that a reload keeps it, it is kept in this tab's storage (which the browser may write to this device's disk); “Clear everything” empties it.";
    PresetsHeading => "用真实案例试一试", "Try a real case";
    PresetIndividual => "个人起诉", "individual suit";
    PresetPublicInterest => "公益诉讼", "public-interest suit";
    ClearAll => "清除全部", "Clear everything";
    FormHeading => "案件信息", "Your case";
    ClaimsQuestion => "发生了什么？（可多选）", "What happened? (tick all that apply)";
    HappenedQuestion => "发生了什么？", "What happened?";
    HappenedLeak => "我的个人信息被泄露、出售或滥用（例如骚扰电话、垃圾短信），没有损失钱", "My personal information was leaked, sold or misused (e.g. nuisance calls or messages), and I lost no money";
    HappenedScam => "信息泄露后，我被骗走了钱", "After my information leaked, a scammer took my money";
    HappenedFraud => "买到假货，或者购物时被骗、被多收钱", "I bought fakes, or was cheated or overcharged when buying";
    HappenedFood => "买到过期或不安全的食品", "I bought expired or unsafe food";
    HappenedDrug => "买到假药或劣药", "I bought a counterfeit or substandard drug";
    HappenedDefective => "有缺陷的商品伤了人", "A defective product hurt someone";
    HappenedOther => "其他情况（打开完整计算器）", "Something else (open the full calculator)";
    StepScamLoss => "被骗了多少钱，追回了多少？", "How much did the scammer take, and how much came back?";
    StepExpenses => "为了维权花了钱吗？没有就直接继续。", "Did you spend money to stop it? If not, just continue.";
    StepWhen => "大概是什么时候发生的？不清楚就直接继续。", "Roughly when did it happen? If unsure, just continue.";
    StepPrice => "实际付了多少钱，哪天买的？", "How much did you pay, and when?";
    StepOtherLoss => "还有别的损失吗（例如医疗费）？没有就直接继续。", "Any other loss (e.g. medical costs)? If not, just continue.";
    StepInjury => "造成了什么伤害，损失了多少？", "What harm did it cause, and what did it cost?";
    Continue => "继续", "Continue";
    PrivacyShort => "只在您的浏览器里计算，不发送到任何地方。", "Computed in your browser only; nothing is sent anywhere.";
    TeacherArea => "教师区：立法建议和学术讨论（非现行法）", "For teachers: reform proposals and scholarship (not current law)";
    TeacherAreaIntro => "这里的内容不是现行法，不计入任何合计。", "Nothing here is current law, and none of it is in any total.";
    CaseChanged => "您修改了数字，本页面现在计算", "With your changes, this page now computes";
    PageComputes => "本页面计算", "This page computes";
    ChooseOne => "请选择一项。", "Choose one.";
    SeeCase => "看这个案例", "See this case";
    Back => "上一步", "Back";
    FullCalculator => "完整计算器（律师、老师用）", "The full calculator (for lawyers and teachers)";
    GuidedQuestions => "一步一步回答（消费者用）", "Answer step by step (for consumers)";
    RunningEstimate => "目前的估算", "The estimate so far";
    AnswerLead => "法院可能判给您", "A court could award you";
    AnswerLeadPublic => "按这个公益诉讼的事实，法院可能判", "On this public-interest case's facts, a court could award";
    AnswerNoMoney => "按您的回答，没有可以计算的金钱赔偿。您可以要求：", "On your answers there is no money to compute. You can ask for:";
    AnswerCourtDecides => "有损失但说不清金额：由法院根据实际情况确定", "A loss that cannot be put in figures: the court fixes the amount on the facts";
    SimilarCases => "类似的真实判决（实务参考，不是法律规定）", "Similar real judgments (practice, not law)";
    OpenProof => "要证明什么、收集哪些证据", "What you must prove, and the evidence to collect";
    OpenCosts => "打官司要花多少钱、还有多少时间", "What suing costs, and how long you have";
    OpenTakeaway => "带走结果：打印、复制、分享链接、起诉状", "Take it with you: print, copy, share link, complaint draft";
    OpenNextSteps => "下一步怎么做", "What to do next";
    YourAnswers => "您的回答", "Your answers";
    Change => "修改", "Change";
    AskAnother => "还有别的问题吗？", "Anything else?";
    NoAnswerGiven => "（未填）", "(not given)";
    ClaimPersonalInformation => "我的个人信息被泄露、出售或滥用", "My personal information was leaked, sold or misused";
    ClaimPurchase => "我买的商品或服务有问题（欺诈、食品、药品、缺陷产品）", "Something I bought (fraud, food, a drug, a defective product)";
    SectionPersonalInformation => "个人信息", "Personal information";
    SectionPurchase => "购买的商品或服务", "What you bought";
    RuleQuestion => "是哪一种情况？", "Which was it?";
    RuleFraud => "经营者欺诈（虚假宣传、以假充真、隐瞒真实情况、偷偷多收钱等）", "The business deceived me (false claims, fakes, hidden facts, a secretly higher price…)";
    RuleFood => "食品不符合食品安全标准", "Food below the food-safety standard";
    RuleDrug => "假药或劣药", "A counterfeit or substandard drug";
    RuleDefective => "经营者明知有缺陷，造成死亡或健康严重损害", "Knowingly defective goods that killed or seriously harmed";
    FieldPurchaseDate => "购买日期", "Date of purchase";
    HintPurchaseDate => "决定适用哪一版法律：例如 2014-03-15 前的欺诈按一倍赔偿。不清楚就留空，按现行法计算。", "Decides which version of the law applies: e.g. fraud before 2014-03-15 gave once the price. Leave empty to use today's law.";
    FieldPrice => "实际支付的价款（元）", "Price actually paid (yuan)";
    FieldBase => "只按部分价款主张时，填写这一部分（元，可不填）", "Claiming on part of the price only: that part (yuan, optional)";
    HintBase => "例如被多收的差价。", "E.g. the amount you were overcharged.";
    FieldReasonablePart => "其中在合理生活消费需要范围内的价款（元，可不填）", "The part of the price within reasonable daily needs (yuan, optional)";
    HintReasonablePart => "不清楚就不填：由法院认定，惩罚性赔偿在 0 至价款 10 倍之间；全部超出合理需要的，填 0。", "Leave it empty if unsure: the court decides, and the punitive amount is between 0 and 10 times the price; if all of it was beyond reasonable needs, enter 0.";
    FieldRefunded => "起诉前商家已经退还的金额（元，可不填）", "Already refunded by the business before you sue (yuan, optional)";
    HintRefunded => "例如平台已经退还的差价或部分价款。", "E.g. a difference or part of the price the platform already gave back.";
    FieldPurchaseLoss => "其他损失（元，可不填）", "Other loss (yuan, optional)";
    HintPurchaseLoss => "例如医疗费、误工损失。退还的价款不要重复填写。", "E.g. medical costs or lost income. Do not count the price you get back again.";
    FieldRefund => "退货，要求退还价款", "I return the goods and want the price back";
    FieldHarmlessFlaw => "问题只在标签、说明书或宣传材料，不影响质量和安全，也不会误导人", "The only flaw is in a label, instructions or advertising: it affects neither quality nor safety and misleads no one";
    FieldContrived => "索赔是设计出来的（夹带、掉包、造假、篡改日期等）", "The claim was staged (goods planted or swapped, faked, dates altered…)";
    FieldBuyerKnew => "购买时已经知道食品不符合食品安全标准", "I knew the food was below standard when I bought it";
    FieldSeriousHarm => "造成了死亡或者健康严重损害", "It caused death or serious damage to health";
    FraudRouteHint => "被“大数据杀熟”？侵害个人信息本身没有惩罚性赔偿；但如果企业利用您的信息偷偷对您加价，这次交易可以按欺诈主张退还差价并赔偿三倍（欺诈须证明到排除合理怀疑）。", "Charged more because of your data? Infringing personal information carries no punitive damages itself, but if a business used your data to charge you a secretly higher price, the sale can be claimed as fraud: the difference back plus three times (fraud must be proved beyond reasonable doubt).";
    FraudRouteButton => "加上欺诈请求（退一赔三）", "Add a fraud claim (price back + 3×)";
    BurdenHeading => "举证责任：谁要证明什么", "The burden of proof: who must prove what";
    BurdenIntro => "这里说明法律怎样分配证明责任、要证明到什么程度，以及您手里的证据能证明哪一项。它只作说明，不预测判决结果。", "How the law divides the burden of proof, to what standard, and what the evidence you hold goes to. It explains; it does not predict a verdict.";
    EvidenceQuestion => "您手里有哪些证据？", "What evidence do you hold?";
    BurdenYouHave => "您已有", "You have";
    BurdenCouldGather => "还可以收集", "You could still gather";
    BurdenOtherSide => "这一项由对方证明：对方证明不了，不利后果由对方承担。", "This is for the business to prove: if it cannot, that counts against it.";
    BurdenNothingYet => "还没有勾选支持这一项的证据。", "Nothing ticked yet supports this element.";
    BurdenShifts => "特别规则", "Special rules";
    BurdenCausationHeading => "泄露案件中法院怎样推断信息来源", "How courts reason to the source of a leak";
    BurdenReformToggle => "显示学术界的改革建议（非现行法）", "Show the scholars' reform proposals (not current law)";
    BurdenReformHeading => "改革建议，非现行法", "Reform proposals, not current law";
    BurdenPresumedFault => "个人信息：过错推定", "Personal information: presumed fault";
    BurdenOrdinaryFault => "个人信息：一般过错", "Personal information: ordinary fault";
    BurdenFraud => "欺诈（退一赔三）", "Fraud (price back + 3×)";
    BurdenFood => "不符合食品安全标准的食品", "Food below the safety standard";
    BurdenDrug => "假药、劣药", "Counterfeit or substandard drugs";
    BurdenDefective => "明知有缺陷的商品", "Knowingly defective goods";
    LegalBasis => "查看法律依据", "Show the law";
    StepStart => "逐步讲解（课堂）", "Step by step (classroom)";
    StepPrevious => "上一步", "Previous";
    StepNext => "下一步", "Next";
    StepEnd => "结束讲解", "End";
    StepCounter => "第 {n} / {total} 步", "Step {n} of {total}";
    CostsHeading => "打官司要花多少钱、还有多少时间", "What suing costs, and how long there is";
    CostsIntro => "按上面的估算计算法院的案件受理费；填写日期，还可以算出判决迟延履行的利息和诉讼时效。这些都不计入赔偿合计。", "The court fee on the estimate above; give dates to see late-payment interest on a judgment and the limitation period. None of it is part of the award.";
    CostsFeeLegend => "按您起诉时请求的金额计算受理费", "The fee on what your complaint claims";
    CostsInterestLegend => "判决后对方迟迟不付", "The judgment is not paid on time";
    CostsLimitationLegend => "现在起诉还来得及吗", "Is it too late to sue?";
    FieldJudgmentUnpaid => "判决确定、尚未支付的金额（元）", "Amount the judgment ordered, still unpaid (yuan)";
    FieldPayDeadline => "判决指定的履行期间最后一日", "Last day the judgment gave for payment";
    FieldPaidOn => "实际付款日（或今天）", "Day it was paid (or today)";
    FieldKnewOn => "您知道受到损害以及是谁造成的日期", "When you knew of the harm and who caused it";
    HintKnewOn => "例如收到诈骗电话、发现信息被泄露或者发现商品有问题的那一天。", "E.g. the day of the scam call, of learning of the leak, or of finding the fault in the goods.";
    FieldAsOf => "判断的日期（通常是今天）", "Judge on this day (usually today)";
    FieldClaimedPiTotal => "起诉时请求的个人信息赔偿合计（元，可不填）", "What your complaint claims for personal information, in all (yuan, optional)";
    FieldClaimedPurchaseTotal => "起诉时请求的购物赔偿合计（元，可不填）", "What your complaint claims for the purchase, in all (yuan, optional)";
    HintClaimedTotal => "受理费按诉讼请求的金额收取；不填就按上面的估算。", "The fee is charged on the sum claimed; left empty, the estimate above stands in.";
    FieldSimplified => "按简易程序审理（受理费减半）", "Heard in the simplified procedure (half the fee)";
    TakeawayHeading => "带走结果", "Take the result with you";
    Print => "打印或存为 PDF", "Print or save as PDF";
    ShareLink => "生成分享链接", "Make a share link";
    ShareLinkLabel => "分享链接（含您填写的数字）", "Share link (holds the figures you typed)";
    ShareLinkNote => "数据在 # 之后，打开链接时不会发送给任何服务器；链接只在您点击时生成。请只发给您信任的人。", "The data sits after the #, which is never sent to a server when the link is opened; the link is made only when you ask. Send it only to people you trust.";
    CopyAsText => "复制为文字（用于聊天或邮件）", "Copy as text (for a chat or an e-mail)";
    Copy => "复制", "Copy";
    Copied => "已复制", "Copied";
    CopyLink => "复制链接", "Copy the link";
    CopyDraft => "复制草稿", "Copy the draft";
    CopyByHand => "这个浏览器不让网页直接复制：文字已选中，请长按或按 Ctrl+C 复制。", "This browser does not let the page copy: the text is selected, so long-press it or press Ctrl+C.";
    ComplaintDraft => "民事起诉状草稿", "Demand letter draft";
    DownloadTxt => "下载 .txt 文件", "Download as .txt";
    ComplaintFileName => "起诉状草稿.txt", "demand-letter-draft.txt";
    PrintInputsHeading => "您填写的内容", "What you entered";
    NextStepsHeading => "下一步怎么做", "What to do next";
    NextEvidence => "保存证据，越早越好：截图（带网址和时间）、订单和付款记录、短信、通话录音、与客服的聊天记录。下面“举证责任”部分列出了每一项要证明什么、证据怎样取得。", "Keep evidence, as early as you can: screenshots (with the address and time), orders and payments, messages, call recordings, chats with customer service. The burden-of-proof section below lists what each point needs and how to get it.";
    NextComplain => "先投诉：向商家和平台的客服投诉，保留记录；也可以拨打 12315 或通过全国 12315 平台向市场监管部门投诉。", "Complain first: to the seller's and the platform's customer service, keeping a record; you can also complain to market regulation through the 12315 hotline or the national 12315 platform.";
    NextLawyer => "这些情况最好咨询律师：金额较大，对方否认，需要法院调查取证，或者诉讼时效快到了。经济困难的，可以拨打 12348 公共法律服务热线，了解法律援助。", "See a lawyer when the sums are large, the business denies it, evidence must be obtained through the court, or the limitation period is running out. If money is tight, the 12348 public legal service hotline can tell you about legal aid.";
    NextFile => "起诉：向有管辖权的人民法院提交起诉状和证据；许多法院支持通过“人民法院在线服务”网上立案。上面的起诉状草稿可以作为起点。", "To sue: file the complaint and the evidence with the competent People's Court; many courts accept filing online through \"人民法院在线服务\" (People's Court Online Service). The complaint draft above is a starting point.";
    Cleared => "已清除全部内容。", "Everything is cleared.";
    CaseReplacedForm => "已载入案例，您原来填写的内容被替换。", "The case is loaded in place of what you had typed.";
    Undo => "撤销", "Undo";
    StorageUnreadable => "这个标签页里保存的内容无法读取，已打开空白表单。", "What this tab had saved could not be read; the form is empty.";
    LinkRestored => "已按分享链接填好表单。", "The form is filled in from the share link.";
    LinkBroken => "这个分享链接无法读取（可能不完整或被修改过），表单没有改动。", "This share link cannot be read (it may be cut short or altered); the form is unchanged.";
    PresentStart => "演示模式（课堂投影）", "Present (classroom projector)";
    PresentEnd => "退出演示", "Exit";
    PresentKeys => "← → 或空格键翻页，点击画面前进，Esc 退出", "← → or space to move on, click to advance, Esc to exit";
    CompareHeading => "现行法与立法建议对照", "Current law beside the proposal";
    CompareCurrent => "现行法：个人信息赔偿", "Current law: personal-information claim";
    CompareWith => "加上建议的惩罚性赔偿（非现行法）", "With the proposed punitive damages (not law)";
    GalleryLink => "全部真实案例", "All the real cases";
    EmbedLink => "在您的网站上嵌入本计算器（律师事务所）", "Embed this calculator in your website (for law firms)";
    ProvidedBy => "由 {firm} 提供", "Provided by {firm}";
    WhoPaysHeading => "谁来赔：几个被告之间", "Who pays: when there is more than one defendant";
    WhoPaysIntro => "有平台、经营者或几家企业时，您可以向谁要求赔偿、可以要多少。", "With a platform, a seller or several businesses: whom you may ask, and for how much.";
    WhoPaysOnClaim => "下面按“{claim}”这项请求的数额 {amount} 计算。", "Computed on the claim \"{claim}\": {amount}.";
    WhoPaysOnScamLoss => "下面按骗子骗走、尚未追回的损失 {amount} 计算。", "Computed on the loss the scammer took, less what was recovered: {amount}.";
    WhoPaysRangeNote => "这项数额是区间：每一方可以要求的数额也是区间。", "The figure is a range, so what each may be asked for is a range too.";
    WhoPaysQuestion => "平台的情况是：", "The platform:";
    AllocKnew => "知道或者应当知道经营者侵害消费者权益，却没有采取必要措施", "knew or should have known the seller was infringing consumers' rights and did nothing";
    AllocJointProcessors => "（个人信息）两家企业共同决定处理我的信息的目的和方式，例如保险经纪公司和它引导我填单的网站", "(personal information) two businesses decided together how and why my data was processed, e.g. an insurance broker and the website it sent me to";
    AllocFoodPlatform => "（食品）网络食品交易平台没有对卖家实名登记、审查许可证", "(food) the online food platform did not register the seller by real name or check its licence";
    AllocJointTortfeasors => "两家企业共同侵权，或者各自的行为都足以造成全部损害", "two businesses acted together, or each act alone was enough to cause all the harm";
    AllocShares => "两家企业分别侵权、共同造成同一损害，各自都不足以单独造成全部损害", "two businesses separately caused the same harm, neither enough alone";
    AllocScam => "（个人信息）骗子利用企业泄露的信息骗走了钱", "(personal information) a scammer used data a business leaked to take my money";
    PartyFraudster => "骗子（直接侵权人）", "The scammer (direct tortfeasor)";
    PartyBusiness => "与您打交道的企业", "The business you dealt with";
    PartyCoProcessor => "共同处理者", "Its co-processor";
    AllocFailedToVet => "商品或服务关系生命健康，平台没有审核经营者资质或没有尽到安全保障义务", "the goods or services bear on life and health, and the platform did not vet the seller or keep consumers safe";
    AllocUnidentified => "不能提供经营者的真实名称、地址和有效联系方式", "cannot give the seller's real name, address and contact details";
    AllocNotice => "接到您的通知后没有及时采取必要措施", "did not act in time after your notice";
    ReadingQuestion => "“相应的责任”有两种读法（法律没有明确，由法院决定）：", "\"Corresponding liability\" has two readings (the law does not say; courts decide):";
    ReadingSupplementary => "补充责任：经营者付不了的部分，平台在份额内补足", "supplementary: the platform makes up, within its share, what the seller cannot pay";
    ReadingProportional => "按份责任：平台直接承担自己的份额", "proportional: the platform pays its own share";
    FieldAllocShare => "平台、第二家企业或泄露企业的份额（%，0–100，不填按 50%）", "The share of the platform, the second business or the leaking business (%, 0–100; 50% if empty)";
    FieldAllocEnlarged => "通知后扩大的损害（元）", "Harm that grew after the notice (yuan)";
    PartySeller => "经营者（卖家）", "The seller";
    PartyPlatform => "平台", "The platform";
    MayAsk => "您可以要求", "You may ask for";
    InternalShare => "内部份额", "Its share between them";
    ReformToggle => "立法建议演示：侵害个人信息的惩罚性赔偿（非现行法）", "Reform sandbox: punitive damages for personal information (not current law)";
    ReformIntro => "学术文献建议把惩罚性赔偿与侵权人获利或涉及的信息条数挂钩。在这里设定参数，看看会得出多少：结果单独显示，不计入现行法的合计。", "Scholars propose punitive damages linked to the infringer's gain or the records affected. Set the parameters to see what they would give: the figures stand apart and are never added to the current-law total.";
    FieldReformMultiple => "获利的倍数", "Multiple of the gain";
    FieldReformPerRecord => "每条信息的金额（元）", "Amount per record (yuan)";
    FieldReformCap => "上限（元，可不填）", "Cap (yuan, optional)";
    ReformHeading => "立法建议，非现行法", "Proposal, not current law";
    ReformTotalLabel => "建议下的数额（不计入合计）", "Under the proposal (not in the total)";
    CombinedTotalLabel => "各项请求合计（估算）", "All claims together (estimate)";
    SectionLoss => "您的财产损失", "Your property loss";
    LossQuestion => "您是否因此遭受了直接财产损失（例如被骗走的钱款）？", "Did you lose money or property because of it (e.g. money taken by a scammer)?";
    LossNone => "没有", "No";
    LossAmount => "有，金额是：", "Yes, this amount:";
    LossUnquantifiable => "有，但说不清金额", "Yes, but I cannot put a figure on it";
    FieldDirectLoss => "直接财产损失（元）", "Direct property loss (yuan)";
    FieldThirdParty => "这笔钱是骗子等第三人直接骗走或拿走的", "The money was taken directly by a third party (e.g. a scammer)";
    FieldRecovered => "已经追回的金额（元）", "Amount already recovered (yuan)";
    HintRecovered => "例如公安机关追回、刑事案件中退赔的部分；没有就填 0。", "E.g. returned by the police or in the criminal case; enter 0 if none.";
    SectionExpenses => "为制止侵权支付的合理开支", "Reasonable expenses of stopping the infringement";
    FieldInvestigation => "调查取证费", "Investigation and evidence";
    FieldNotarisation => "公证费", "Notarisation";
    FieldLawyer => "律师费", "Lawyer's fees";
    FieldOtherExpenses => "其他（交通、复印等）", "Other (travel, copies…)";
    SectionGain => "侵权人的获利", "The infringer's gain";
    GainModeUnknown => "不清楚", "Unknown";
    GainModeActual => "知道对方因我的信息获得的金额", "I know what it gained from my information";
    GainModeProRata => "只知道总获利和总条数（按比例估算我的份额）", "I know only the total gain and all records (estimate my share)";
    GainModeEstimate => "按条数 × 单价估算", "Estimate: records × price";
    GainModeActualPublic => "知道获利金额", "I know the amount gained";
    FieldGainAmount => "获利金额（元）", "Amount gained (yuan)";
    HintGainAmount => "例如聊天记录、转账记录或刑事判决中查明的数额。", "E.g. the sum shown by chats, transfers or a criminal judgment.";
    FieldRecords => "涉及的信息条数", "Number of records";
    HintRecords => "只填数字，例如 40000。", "Digits only, e.g. 40000.";
    FieldTotalGain => "对方出售全部信息的总获利（元）", "Total gain from all the records (yuan)";
    FieldAllRecords => "全部信息条数", "All records sold";
    FieldOwnRecords => "其中涉及您的条数", "Records about you";
    HintOwnRecords => "不清楚就留空，按 1 条计算。", "Leave empty if unsure: 1 record is assumed.";
    FieldPricePerRecord => "每条单价（元）", "Price per record (yuan)";
    SectionCircumstances => "案件情况", "Circumstances";
    FieldConductDate => "侵权行为发生的日期（大约）", "When it happened (roughly)";
    HintConductDate => "决定适用哪部法律：个人信息保护法自 2021-11-01 起施行。不清楚就留空。", "Decides which law applies: the PIPL is in force from 2021-11-01. Leave empty if unsure.";
    FieldProcessor => "对方自主决定怎样处理我的个人信息（个人信息处理者：企业、机构或者个人都可以是）", "The other side decides for itself how my personal information is processed (a personal-information processor: an organisation or an individual)";
    FieldViaNetwork => "通过网络实施（例如在网上出售、公开、传播我的信息）", "Committed via an information network (e.g. my information sold or published online)";
    FieldFacial => "涉及用人脸识别技术处理的人脸信息", "Involves facial information processed by facial recognition";
    ClaimantQuestion => "谁起诉？", "Who is suing?";
    ClaimantIndividual => "我本人", "Me";
    ClaimantPublicInterest => "检察机关或消费者组织（公益诉讼）", "A procuratorate or consumer organisation (public interest)";
    SectionMental => "精神损害", "Mental harm";
    FieldSerious => "造成了严重精神损害", "It caused me serious mental harm";
    FieldMentalClaimed => "您主张的精神损害抚慰金（元）", "Mental damages you claim (yuan)";
    SectionClaimed => "您的诉讼请求（可不填）", "What you ask the court for (optional)";
    HintClaimed => "法院判决不会超过您请求的数额。", "A court awards no more than you ask for.";
    FieldClaimedProperty => "请求赔偿的经济损失（元）", "Property damages you ask for (yuan)";
    FieldClaimedExpenses => "请求赔偿的合理开支（元）", "Expenses you ask for (yuan)";
    HintAmount => "只填数字，例如 34000 或 34000.50", "Digits only, e.g. 34000 or 34000.50";
    ErrorSummaryHeading => "有 {n} 处需要修改", "{n} things to correct";
    ResultHeading => "法院可能支持的赔偿（估算）", "What a court could award you (estimate)";
    ResultHeadingPublic => "按本案事实计算（公益诉讼，不是个人可得的数额）", "On this case's facts (a public-interest suit, not what one person could get)";
    PublicInterestWarning => "这是公益诉讼的案例：赔偿款归公益，不归任何个人。下面的数额不是您个人可以主张的数额。", "This is a public-interest case: the money went to public purposes, not to any person. The figure below is not what you could claim yourself.";
    ResultPrompt => "回答上面的问题，或者载入一个真实案例，这里会显示法院可能支持的数额和法律依据。", "Answer the questions above, or load a real case: what a court could award, and why, appears here.";
    TotalLabel => "合计（估算）", "Total (estimate)";
    TotalHasEstimate => "含估算", "includes an estimate";
    CourtDecides => "由法院根据实际情况酌定", "For the court to fix on the actual circumstances";
    CourtDecidesShort => "法院酌定", "Court decides";
    AtLeast => "至少：您能证明的数额 {amount}", "At least what you can prove: {amount}";
    CeilingFootnote => "司法解释规定的最高额 {amount}，不是通常判赔的数额。", "The SPC interpretation's maximum {amount}: not a typical award.";
    UpperBound => "最高 {amount}。", "At most {amount}.";
    NothingToCompensate => "按您填写的情况，没有可以计算的金钱赔偿。您仍然可以提出下面不涉及金钱的请求。", "On what you entered there is no money compensation to compute. You can still make the non-money claims below.";
    Disclaimer => "这是依据法律条文得出的估算，不是法律意见；最终数额由法院决定。", "This is an estimate from the statutes, not legal advice; the court decides the final amount.";
    StaleResult => "有输入错误：下面是上一次有效输入的结果。", "There is an input error: the result below is from your last valid input.";
    StaleTyping => "正在输入：下面是上一次有效输入的结果。", "Still typing: the result below is from your last valid input.";
    OverflowError => "金额过大，无法计算。请检查输入。", "The amounts are too large to compute. Please check what you typed.";
    LawAsOf => "法律条文核对至 {date}", "Statutes checked as of {date}";
    NotInTotal => "不计入合计", "not in the total";
    InTotal => "计入合计", "in the total";
    ReliefHeading => "不涉及金钱的请求", "Claims that are not about money";
    PracticeHeading => "实务参考：个人起诉的已公开判决", "In practice: published judgments in individual suits";
    PracticeLabel => "这是法院在具体案件中实际判给的数额，是实务，不是法律规定；您的案件可能不同。", "These are what courts actually awarded in particular cases: practice, not law; yours may differ.";
    NotesHeading => "您需要知道", "What you should know";
    GlossLabel => "英文释义（非官方译文）", "English gloss (not an official translation)";
    LabelSeparator => "：", ": ";
    RangeTemplate => "{min}至 {max}", "{min} to {max}";
    OpenRangeTemplate => "{min}起（法律未设上限）", "{min} or more (no statutory cap)";
    UndeterminedAmount => "由法院决定", "for the court to decide";
    CountMoreThan => "{n}余", "more than {n}";
    VersionAdopted => "{date} 通过", "adopted {date}";
    VersionAmended => "{date} 修正", "amended {date}";
    VersionInForce => "{date} 起施行", "in force since {date}";
    CaseLoaded => "已载入案例", "Case loaded";
    CaseStory => "案情、判决与说明", "The facts, the judgment, and a caveat";
    CaseJudgmentLink => "法院的判决理由和本案的说明，见真实案例库 ›", "The court's reasoning and this case's caveats, in the gallery of real cases ›";
    CaseCourtFigure => "法院判决的数额", "The court's figure";
    Footer => "页面加载完成后不再发出任何网络请求：不加载第三方资源，不做访问统计。", "Once loaded, this page makes no network request: no third-party assets, no analytics.";
    // Input errors.
    ErrNegative => "金额不能为负数。", "The amount cannot be negative.";
    Yuan => "元", "yuan";
    FieldMoreRecords => "实际条数比这更多（“余”）", "There were more than this (at least this many)";
    ShowWhy => "查看计算过程和法律依据", "How it is computed, and the law";
    StaleShort => "（上次的结果）", " (earlier result)";
    ErrCountNegative => "数量不能为负数。", "The number cannot be negative.";
    ErrTooManyDecimals => "最多两位小数（精确到分）。", "At most two decimal places (to the fen).";
    ErrNotANumber => "请只填数字，例如 34000 或 34000.50。", "Use digits only, e.g. 34000 or 34000.50.";
    ErrBadGrouping => "千位分隔符的位置不对，应写作 34,000 这样。", "The thousands separators are misplaced: write it like 34,000.";
    ErrTooLarge => "超过上限 1,000 亿元。", "Above the limit of 100,000,000,000 yuan.";
    ErrCountTooLarge => "超过上限 1,000,000,000,000 条。", "Above the limit of 1,000,000,000,000 records.";
    ErrNotWhole => "条数必须是整数。", "A number of records must be a whole number.";
    ErrApproximate => "请填写确切金额；“余”“多”“+”“左右”只能用于条数。", "Enter an exact amount; 余, 多, + and 左右 are accepted only for counts.";
    ErrCountNotANumber => "请只填数字，例如 40000、4万 或 4万余。", "Use digits only, e.g. 40000, 4万 or 4万余.";
    ErrNotADate => "请填写有效日期，例如 2022-03-15。", "Enter a valid date, e.g. 2022-03-15.";
    ErrZeroRecords => "条数至少为 1。", "There must be at least 1 record.";
    ErrPartAboveWhole => "涉及您的条数不能多于全部条数。", "The records about you cannot be more than all the records.";
}

/// A piece of a template: literal text, or a named placeholder `{name}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    Text(&'a str),
    Slot(&'a str),
}

fn is_name(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
}

/// Splits `获利 {gain} > 损失 {loss}` into text and slots. Braces that are not a placeholder stay
/// text.
pub fn pieces(template: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let name = rest[open + 1..]
            .find('}')
            .map(|len| &rest[open + 1..open + 1 + len])
            .filter(|name| is_name(name));
        let Some(name) = name else {
            out.push(Piece::Text(&rest[..=open]));
            rest = &rest[open + 1..];
            continue;
        };
        out.push(Piece::Text(&rest[..open]));
        out.push(Piece::Slot(name));
        rest = &rest[open + name.len() + 2..];
    }
    out.push(Piece::Text(rest));
    out.retain(|p| *p != Piece::Text(""));
    out
}

/// Fills a template's `{name}`s. A value that is missing stays visible as `{name}` rather than
/// panicking, and a test checks every message gets the values its template names.
pub fn fill(template: &str, values: &[(&str, String)]) -> String {
    let text: String = pieces(template)
        .into_iter()
        .map(|p| match p {
            Piece::Text(t) => t.to_string(),
            Piece::Slot(name) => values
                .iter()
                .find(|(n, _)| *n == name)
                .map_or_else(|| format!("{{{name}}}"), |(_, v)| v.clone()),
        })
        .collect();
    join_unit(text)
}

/// A Chinese character or full-width sign: CJK punctuation, the unified ideographs, and the
/// full-width forms (（，：１２).
pub fn is_chinese(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303f}' | '\u{4e00}'..='\u{9fff}' | '\u{ff00}'..='\u{ffef}')
}

/// `按 100 元 计算` → `按 100 元计算`: a space goes between a figure and Chinese, not between
/// the unit 元 and the Chinese after it. Templates put a space after each slot, which reads
/// right after a bare number (`40,000 条`) but not after an amount that ends in its unit.
fn join_unit(text: String) -> String {
    if !text.contains("元 ") {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(c);
        if c == '元' && chars.peek() == Some(&' ') {
            let mut ahead = chars.clone();
            ahead.next();
            if ahead.peek().is_some_and(|&n| is_chinese(n)) {
                chars.next();
            }
        }
    }
    out
}

/// Fills a page template with one value.
pub fn fill1(text: Text, lang: Lang, name: &str, value: String) -> String {
    fill(text.get(lang), &[(name, value)])
}

/// Renders an engine message in a language.
pub fn render(lang: Lang, msg: &Msg) -> String {
    let values: Vec<(&str, String)> = msg
        .args
        .iter()
        .map(|(name, arg)| (*name, render_arg(lang, arg)))
        .collect();
    fill(engine::template(msg.key, lang), &values)
}

fn render_arg(lang: Lang, arg: &Arg) -> String {
    match arg {
        Arg::Money(m) => money(lang, *m),
        Arg::Amount(a) => amount(lang, *a),
        Arg::Count(c) => count(lang, *c),
        Arg::Number(n) => group_thousands(*n),
        Arg::Date(d) => d.to_string(),
    }
}

/// `40,000`, or `40,000余` / `more than 40,000`.
pub fn count(lang: Lang, c: Count) -> String {
    let n = group_thousands(c.n);
    if c.more_than {
        fill1(Text::CountMoreThan, lang, "n", n)
    } else {
        n
    }
}

/// Money as a result reads it: `8,000 元`, `50 万元`, `1.2 亿元`, `4,777.48 元`, or `8,000 yuan`
/// (a voice reads "¥" as "yen"). A round sum is written in 万 or 亿, as Chinese writes round
/// sums; the fen show only when there are any, so a court's exact figure keeps them.
pub fn money(lang: Lang, m: Money) -> String {
    const WAN: u64 = 10_000 * FEN_PER_YUAN as u64;
    const YI: u64 = 10_000 * WAN;
    let fen = m.fen().unsigned_abs();
    match lang.shown() {
        Lang::Zh if m.fen() > 0 && fen.is_multiple_of(YI / 10) && fen >= YI => {
            let tenths = fen / (YI / 10);
            match tenths % 10 {
                0 => format!("{} 亿元", group_thousands(tenths / 10)),
                t => format!("{}.{t} 亿元", group_thousands(tenths / 10)),
            }
        }
        Lang::Zh if m.fen() > 0 && fen.is_multiple_of(WAN) && fen >= WAN => {
            format!("{} 万元", group_thousands(fen / WAN))
        }
        _ => format!("{} {}", m.figures(), Text::Yuan.get(lang)),
    }
}

/// An amount as text: `34,000 元`, `0 元 至 50 万元`, `1 元起（法律未设上限）`.
pub fn amount(lang: Lang, a: Amount) -> String {
    match a {
        Amount::Exact { fen } => money(lang, fen),
        Amount::Range {
            min,
            max: Some(max),
        } => fill(
            Text::RangeTemplate.get(lang),
            &[("min", money(lang, min)), ("max", money(lang, max))],
        ),
        Amount::Range { min, max: None } => {
            fill1(Text::OpenRangeTemplate, lang, "min", money(lang, min))
        }
        Amount::Undetermined => Text::UndeterminedAmount.get(lang).to_string(),
    }
}

/// The answer as one sentence a consumer can act on: `法院可能判给您 1,200 元：退还价款 300 元，惩罚性
/// 赔偿 900 元。`, or that the court fixes the figure, or that there is no money to compute.
pub fn answer_sentence(lang: Lang, a: &crate::law::Assessment) -> String {
    use crate::law::{ClaimKind, Frame, Role};
    let Some(total) = a.total() else {
        return String::new();
    };
    let current = a
        .sections
        .iter()
        .filter(|s| s.claim != ClaimKind::ReformProposal && s.not_covered.is_none());
    let public = a.sections.iter().any(|s| s.frame == Frame::PublicInterest);
    let lead = match public {
        true => Text::AnswerLeadPublic,
        false => Text::AnswerLead,
    };
    if total.court_decides.is_some() {
        return format!(
            "{}{}{}",
            lead.get(lang),
            Text::LabelSeparator.get(lang),
            Text::AnswerCourtDecides.get(lang)
        );
    }
    if total.amount.is_zero() {
        return Text::AnswerNoMoney.get(lang).to_string();
    }
    let heads: Vec<String> = current
        .flat_map(|s| &s.lines)
        .filter(|l| l.role == Role::Awarded && !l.amount.is_zero())
        .map(|l| {
            format!(
                "{} {}",
                engine::line_label(l.id, lang),
                amount(lang, l.amount)
            )
        })
        .collect();
    let (comma, stop) = match lang.shown() {
        Lang::Zh => ("，", "。"),
        Lang::En => ("; ", "."),
    };
    join_unit(format!(
        "{} {}{}{}{stop}",
        lead.get(lang),
        amount(lang, total.amount),
        Text::LabelSeparator.get(lang),
        heads.join(comma)
    ))
}

/// `《中华人民共和国个人信息保护法》第六十九条第二款` / `Personal Information Protection Law, Art. 69(2)`.
pub fn citation(lang: Lang, p: &Provision) -> String {
    match lang.shown() {
        Lang::Zh => format!("《{}》{}", p.law.name_zh, p.article_zh),
        Lang::En => format!("{}, {}", p.law.name_en, p.article_en),
    }
}

/// `2021-08-20 通过，2021-11-01 起施行`.
pub fn version(lang: Lang, law: &Law) -> String {
    let date = |text: Text, d: Date| fill1(text, lang, "date", d.to_string());
    let mut parts = vec![date(Text::VersionAdopted, law.adopted)];
    parts.extend(law.amended.map(|d| date(Text::VersionAmended, d)));
    parts.push(date(Text::VersionInForce, law.in_force));
    parts.join(if lang == Lang::Zh { "，" } else { ", " })
}

/// The heading of a claim's section.
pub fn claim_title(claim: crate::law::ClaimKind) -> Text {
    use crate::law::ClaimKind;
    match claim {
        ClaimKind::PersonalInformation => Text::SectionPersonalInformation,
        ClaimKind::Purchase => Text::SectionPurchase,
        ClaimKind::ReformProposal => Text::ReformHeading,
    }
}

/// A defendant's name in the who-pays panel.
pub fn party(p: crate::law::liability::Party) -> Text {
    use crate::law::liability::Party;
    match p {
        Party::Seller => Text::PartySeller,
        Party::Platform => Text::PartyPlatform,
        Party::Business => Text::PartyBusiness,
        Party::CoProcessor => Text::PartyCoProcessor,
        Party::Fraudster => Text::PartyFraudster,
    }
}

/// What an allocation shares out, in a sentence: the claim and its figure, or the scam loss.
pub fn allocation_basis(lang: Lang, allocation: &crate::law::liability::Allocation) -> String {
    let figure = amount(lang, allocation.figure);
    let scam = allocation
        .rows
        .iter()
        .any(|r| r.party == crate::law::liability::Party::Fraudster);
    match scam {
        true => fill1(Text::WhoPaysOnScamLoss, lang, "amount", figure),
        false => fill(
            Text::WhoPaysOnClaim.get(lang),
            &[
                ("claim", claim_title(allocation.claim).get(lang).to_string()),
                ("amount", figure),
            ],
        ),
    }
}

/// Whether a line counts, in words: a proposal says so instead of "not in the total".
pub fn role_text(role: crate::law::Role) -> Text {
    use crate::law::Role;
    match role {
        Role::Awarded => Text::InTotal,
        Role::Reform => Text::ReformHeading,
        Role::Basis | Role::Cost => Text::NotInTotal,
    }
}

/// The message for an input error; counts have their own wording where it differs.
pub fn input_error(e: InputError, is_count: bool) -> Text {
    match (e, is_count) {
        (InputError::Empty, _) | (InputError::NotANumber, false) => Text::ErrNotANumber,
        (InputError::NotANumber, true) => Text::ErrCountNotANumber,
        (InputError::Negative, false) => Text::ErrNegative,
        (InputError::Negative, true) => Text::ErrCountNegative,
        (InputError::TooManyDecimals, _) => Text::ErrTooManyDecimals,
        (InputError::BadGrouping, _) => Text::ErrBadGrouping,
        (InputError::TooLarge, false) => Text::ErrTooLarge,
        (InputError::TooLarge, true) => Text::ErrCountTooLarge,
        (InputError::NotWhole, _) => Text::ErrNotWhole,
        (InputError::Approximate, _) => Text::ErrApproximate,
        (InputError::NotADate, _) => Text::ErrNotADate,
        (InputError::Zero, _) => Text::ErrZeroRecords,
        (InputError::PartAboveWhole, _) => Text::ErrPartAboveWhole,
    }
}

#[cfg(test)]
mod reading {
    use super::{money, Lang};
    use crate::money::Money;

    #[test]
    fn money_reads_the_chinese_way() {
        let zh = |fen| money(Lang::Zh, Money::from_fen(fen));
        assert_eq!(zh(800_000), "8,000 元");
        assert_eq!(zh(50_000_000), "50 万元");
        assert_eq!(zh(1_000_000), "1 万元");
        assert_eq!(zh(3_400_000), "34,000 元", "not a whole 万: the yuan");
        assert_eq!(zh(477_748), "4,777.48 元", "a court's fen stay");
        assert_eq!(zh(1_000_050), "10,000.50 元");
        assert_eq!(zh(85), "0.85 元");
        assert_eq!(zh(12_000_000_000), "1.2 亿元");
        assert_eq!(zh(10_000_000_000), "1 亿元");
        assert_eq!(zh(12_345_000_000), "12,345 万元", "not a tenth of 亿: 万");
        assert_eq!(zh(10_000_000_000_000), "1,000 亿元");
        assert_eq!(zh(0), "0 元");
        assert_eq!(money(Lang::En, Money::from_fen(50_000_000)), "500,000 yuan");
        assert_eq!(money(Lang::En, Money::from_fen(85)), "0.85 yuan");
    }

    #[test]
    fn the_unit_joins_the_chinese_after_it() {
        let fill = |t: &str| super::fill(t, &[("a", "100 元".into())]);
        assert_eq!(fill("按合计 {a} 计算"), "按合计 100 元计算");
        assert_eq!(fill("律师费 {a} （另计）"), "律师费 100 元（另计）");
        assert_eq!(
            fill("合计 {a} 40,000 条"),
            "合计 100 元 40,000 条",
            "before a figure, the space stays"
        );
        assert_eq!(fill("{a} "), "100 元 ", "a trailing space stays");
    }
}
