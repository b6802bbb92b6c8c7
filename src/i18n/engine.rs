//! How the engine's vocabulary reads. Placeholders are the names the engine gives its values
//! (`{loss}`, `{gain}`); a test renders every key with every value it can carry.

use super::{Lang, Words};
use crate::law::{Key, LineId};

macro_rules! templates {
    ($($key:ident => $zh:expr, $en:expr;)*) => {
        /// The template of a key in a language. Exhaustive: a key without words does not compile.
        /// The words sit in a table; the exhaustive `match` only maps a key to its row.
        pub fn template(key: Key, lang: Lang) -> &'static str {
            #[allow(clippy::enum_variant_names)]
            enum Row { $($key,)* }
            const TABLE: &[Words] = &[$(Words::new($zh, $en),)*];
            let row = match key {
                $(Key::$key => Row::$key,)*
            };
            TABLE[row as usize].get(lang)
        }

        /// Every key, for tests that check the table.
        pub const ALL_KEYS: &[Key] = &[$(Key::$key,)*];
    };
}

/// The label of a line or a part.
pub fn line_label(id: LineId, lang: Lang) -> &'static str {
    let (zh, en) = match id {
        LineId::PropertyDamages => ("财产损失赔偿", "Compensation for property loss"),
        LineId::LossBasis => ("按损失计算", "Loss basis"),
        LineId::GainBasis => ("按侵权人获利计算", "Gain basis"),
        LineId::GainPerRecord => ("折合每条", "Per record"),
        LineId::Expenses => ("合理开支", "Reasonable expenses"),
        LineId::MentalDamages => ("精神损害抚慰金", "Mental damages"),
        LineId::PriceRefund => ("退还价款", "Price back"),
        LineId::PurchaseLoss => ("其他损失", "Other loss"),
        LineId::Punitive => ("惩罚性赔偿", "Punitive damages"),
        LineId::PunitiveOnPrice => ("按实际支付价款", "On the price paid"),
        LineId::PunitiveOnBase => ("按您主张的基数", "On the base you claim"),
        LineId::PunitiveOnLoss => ("按损失", "On the loss"),
        LineId::ReformPunitive => ("立法建议：惩罚性赔偿", "Proposal: punitive damages"),
        LineId::ReformOnGain => ("按获利的倍数", "A multiple of the gain"),
        LineId::ReformPerRecord => ("按每条信息", "Per record"),
        LineId::CourtFeeProperty => ("案件受理费（财产案件）", "Court fee (property claim)"),
        LineId::CourtFeePersonality => (
            "案件受理费（人格权案件）",
            "Court fee (personality-rights claim)",
        ),
        LineId::CourtFeeJoined => (
            "案件受理费（两类请求合并起诉）",
            "Court fee (both claims in one suit)",
        ),
        LineId::CourtFeeHalved => ("减半交纳", "Halved"),
        LineId::LateInterest => (
            "迟延履行的加倍部分债务利息",
            "Doubled interest for late payment",
        ),
        LineId::Limitation => ("诉讼时效", "Limitation period"),
    };
    Words::new(zh, en).get(lang)
}

templates! {
    ShiftPlatformRecords => "网购纠纷中，电子商务经营者应当提供原始合同和交易记录；它丢失、篡改或拒绝提供，致使事实无法查明的，要承担相应的法律责任。", "In an online-shopping dispute the business must produce the original contract and transaction records; if it loses, alters or refuses them so that the facts cannot be found, it bears the consequences.";
    ShiftDurableGoods => "汽车、电脑、电视、冰箱、空调、洗衣机等耐用商品或装饰装修等服务，六个月内发现瑕疵的，由经营者证明瑕疵的问题。这只涉及瑕疵：缺陷造成的人身损害，仍由您证明。", "For durable goods (cars, computers, TVs, fridges, air conditioners, washing machines…) and services such as decoration, a flaw found within six months is for the business to disprove. It concerns flaws only: harm caused by a defect is still yours to prove.";
    CausationCase => "实例：庞理鹏诉北京趣拿信息技术有限公司、中国东方航空股份有限公司隐私权纠纷案，北京市第一中级人民法院 (2017)京01民终509号（2017-03-27），最高人民法院第一批涉互联网典型案例。以下按最高人民法院发布的案例摘要和媒体报道概括，不是判决原文。", "An example: Pang Lipeng v. Beijing Qunar and China Eastern Airlines, Beijing No. 1 Intermediate Court, (2017)京01民终509号 (2017-03-27), in the SPC's first batch of internet typical cases. Summarised from the SPC's published summary and press reports, not quoted from the judgment.";
    CausationStepHeld => "第一步：两家企业掌握了他的姓名、身份证号、手机号和航班信息（订票经过去哪儿网；据报道，航空公司可能有他作为常旅客留下的号码）。", "Step 1: both businesses held his name, ID number, phone number and flight details (the booking went through Qunar; the airline, it was reported, may have had the number he left as a frequent flyer).";
    CausationStepTiming => "第二步：订票两天后，他本人的手机收到诈骗短信，准确说出航班号、起降时间和机场，称航班取消；代订人留下的号码没有收到。信息在订票后的合理时间内泄露。", "Step 2: two days after the booking his own phone received a scam message giving the exact flight number, times and airports and saying the flight was cancelled; the number the booking agent had left received nothing. The leak came within a reasonable time of the booking.";
    CausationStepStandard => "第三步：证明标准是“高度可能性”，不是确定无疑：法院认定两家企业存在泄露信息的高度可能。", "Step 3: the standard is high probability, not certainty: the court found it highly probable that the two businesses leaked the information.";
    CausationStepImpossible => "第四步：要求消费者自己证明企业内部的泄露行为，是“不可能完成的义务”；企业掌握技术和数据，更有能力证明自己没有泄露。结果：两家企业被判在其网站上公告道歉。", "Step 4: requiring the consumer to prove a leak inside the business is \"an impossible obligation\"; the businesses hold the systems and the data and are better placed to show they did not leak. The result: both were ordered to apologise by a notice on their websites.";
    CausationStepFirstInstance => "对照：一审法院驳回了诉讼请求，理由之一是两家企业“并非唯一”掌握其信息的主体——这正是学界批评的“唯一指向性”要求。", "For contrast: the first-instance court rejected the claims, partly because the two businesses were not the only ones holding his information — the \"points to this business alone\" requirement that scholars criticise.";
    PayJointWhole => "连带责任：您可以向任何一方要求全部赔偿；一方付了超过自己份额的部分，可以向另一方追偿。内部份额按各自责任大小确定，难以确定的平均承担（这里按各半显示）。", "Joint liability: you may ask either for the whole; one that pays more than its share recovers the excess from the other. Between them, shares follow their responsibility, equal where it cannot be told (shown here as halves).";
    PayFraudsterWhole => "骗子是直接侵权人，应当对全部损失承担责任；刑事案件中追回的部分，从中扣除。", "The scammer is the direct tortfeasor and answers for the whole loss; what is recovered in the criminal case is deducted.";
    PayLeakShare => "泄露信息的企业有过错的，只承担与其过错相应的份额，这里按您设定的 {pct}% 为 {share}；您自己对损失的发生有过错（例如主动转账）的，还可以减轻。所以是 0 元 至 {share}。", "A business whose leak was at fault answers only for a share matching its fault, here the {pct}% you set: {share}; your own fault (e.g. making the transfer yourself) may reduce it further. Hence 0 yuan to {share}.";
    PayOwnShare => "按份责任：每一方只承担自己的份额 {share}（{pct}%）；难以确定责任大小的，平均承担。", "Several liability: each answers only for its own share, {share} ({pct}%); equal shares where responsibility cannot be told.";
    PaySellerWhole => "经营者对全部损害负责。", "The seller answers for the whole harm.";
    PaySupplementary => "补充责任的读法：只有经营者付不了时，平台才在其份额 {share}（{pct}%）以内补足。", "Read as supplementary: only if the seller cannot pay does the platform make up the shortfall, up to its share of {share} ({pct}%).";
    PayProportional => "按份责任的读法：平台承担其份额 {share}（{pct}%），无论经营者是否付清。", "Read as proportional: the platform pays its share of {share} ({pct}%), whatever the seller pays.";
    PayPlatformFirst => "平台不能提供经营者的真实名称、地址和有效联系方式：您可以要求平台赔偿全部，平台赔偿后向经营者追偿。", "The platform cannot identify the seller: you may ask it for the whole, and it recovers from the seller afterwards.";
    PayEnlargedPart => "平台接到通知后没有及时采取必要措施：只对通知后扩大的损害 {enlarged} 与经营者承担连带责任。", "The platform did not act in time after the notice: it is jointly liable with the seller only for the harm that grew after it, {enlarged}.";
    ElementProcessing => "对方处理了您的个人信息（收集、存储、使用、提供等），例如您在对方那里注册、下单时留下了这些信息。", "The business processed your personal information (collected, stored, used, provided it…), e.g. you gave it when registering or ordering.";
    ElementInfringement => "这种处理侵害了您的个人信息权益，例如信息被泄露、出售或者未经同意被使用。", "The processing infringed your rights, e.g. your information was leaked, sold or used without consent.";
    ElementDamage => "您受到了损害：财产损失（例如被骗的钱款、为制止侵权支出的费用）或者精神损害。", "You suffered harm: a property loss (money taken by a scammer, costs of stopping the infringement) or mental harm.";
    ElementCausationLeak => "损害是这家企业的处理造成的：在泄露案件中，这往往是最难证明的一项——您的信息可能不止一家企业掌握。", "The harm came from this business's processing: in leak cases this is usually the hardest element, because more than one business may hold your information.";
    ElementFaultPresumed => "过错由对方证明：对方不能证明自己没有过错，就要承担责任。您不需要证明对方有过错。", "Fault is for the business to disprove: unless it proves it was not at fault, it is liable. You need not prove its fault.";
    ElementFaultOrdinary => "对方有过错（故意或者过失），由您证明：对方不是个人信息处理者，或者行为发生在 2021-11-01 之前，不适用过错推定。", "The business was at fault (intent or negligence), for you to prove: the defendant is not a processor, or the conduct was before 2021-11-01, so fault is not presumed.";
    ElementSale => "您向这家经营者购买了商品或者接受了服务，以及实际支付的价款。", "You bought the goods or the service from this business, and what you actually paid.";
    ElementDeception => "经营者欺诈：有意误导了您的购买决定，例如虚假宣传、以次充好、隐瞒修理史、偷偷对您加价。要证明到“排除合理怀疑”，比买卖本身（“高度可能性”）难得多。", "The business deceived you: it deliberately misled your decision to buy, e.g. false advertising, passing off, hiding a repair history, a secretly higher price. This must be proved beyond reasonable doubt, much harder than the sale itself (high probability).";
    ElementFoodMeetsStandard => "食品是否符合食品安全标准：由生产者、销售者证明食品符合标准；证明不了，由其承担不利后果。", "Whether the food met the food-safety standard: the producer and seller must prove that it did; if they cannot, it counts against them.";
    ElementSellerKnewFood => "销售者明知食品不符合标准（生产者不需要“明知”）：例如超过保质期仍在销售，法院可以据此认定明知（指导案例23号）。", "The seller knew the food was below standard (a producer is liable without knowing): e.g. still selling food past its shelf life lets a court find knowledge (Guiding Case 23).";
    ElementDrugCounterfeit => "药品是假药或者劣药，例如以非药品冒充药品，或者没有批准文号。", "The drug was counterfeit or substandard, e.g. a non-drug passed off as a drug, or no approval number.";
    ElementSellerKnewDrug => "销售者明知是假药、劣药仍然销售、使用（生产者不需要“明知”）。", "The seller knew the drug was counterfeit or substandard and still sold or used it (a producer is liable without knowing).";
    ElementDefect => "商品存在缺陷。", "The goods were defective.";
    ElementSellerKnewDefect => "经营者明知缺陷仍然提供（或者没有采取召回等补救措施）。", "The business knew of the defect and still supplied the goods (or took no remedial measures such as a recall).";
    ElementSeriousHarm => "造成了死亡或者健康严重损害。", "It caused death or serious damage to health.";
    ElementCausationInjury => "损害是缺陷造成的。", "The harm was caused by the defect.";
    ShiftFacialConsent => "人脸信息：对方主张已经取得您的同意或者有其他合法依据的，由对方证明。", "Facial information: if the business says you consented, or another lawful ground applied, it must prove it.";
    ShiftWithheldEvidence => "证据在对方手里（例如后台访问日志、数据流向记录）而对方无正当理由拒不提交的，法院可以认定您对其内容的主张成立。", "If the business holds the evidence (access logs, records of where the data went) and refuses without good reason to produce it, the court may accept what you say it contains.";
    ShiftBuyerKnewIsForTheBusiness => "经营者说您“知假买假”的，要由经营者证明；即使证明了，法院仍在合理生活消费需要范围内支持十倍赔偿。", "If the business says you bought knowing the food was unsafe, it must prove it; even then the court allows ten times the price within reasonable living-consumption needs.";
    ReformFullReversal => "立法建议（非现行法）：在电子商务个人信息案件中把因果关系的举证责任完全转给企业，由企业证明泄露不是自己造成的。", "Proposal (not current law): in e-commerce personal-information cases, shift the burden of causation entirely to the business, which would have to prove the leak was not its doing.";
    ShiftHighProbabilityNotUnique => "现行的证明标准：因果关系和其他事实一样，证明到“高度可能性”即可，不要求证据“唯一指向”这家企业；有的法院仍然这样要求，学界批评这种做法。", "The standard now: causation, like any other fact, needs only high probability, not evidence that points to this business alone; some courts still ask for that, and scholars criticise it.";
    NoteNoPunitiveForPersonalInformation => "侵害个人信息没有法定的惩罚性赔偿：《中华人民共和国个人信息保护法》第六十九条只规定按损失或获利赔偿，而惩罚性赔偿须有法律明文规定。", "Infringing personal information carries no statutory punitive damages: PIPL Art. 69 measures damages by the loss or the gain, and punitive damages exist only where a law provides for them.";
    NoteNoPunitiveTortLaw => "侵害个人信息没有法定的惩罚性赔偿：当时的《中华人民共和国侵权责任法》第二十条只规定按损失、获利或者由法院酌定赔偿。", "Infringing personal information carried no statutory punitive damages: Tort Liability Law Art. 20 measured damages by the loss, the gain or the court's figure.";
    NoteDifferentialPricingRoute => "法律上可走的一条路：如果企业利用您的个人信息，在您不知情时对同一商品或服务按同等条件收取更高的价格（“大数据杀熟”），这次交易本身可能构成欺诈，可以另行主张“退一赔三”。欺诈须证明到排除合理怀疑。", "A route the law does offer: if a business used your personal information to charge you more than others for the same goods or service under the same conditions without your knowing (differential pricing), the sale itself may be fraud, with its own claim to the price back plus three times the price. Fraud must be proved beyond reasonable doubt.";
    FormulaRefund => "退货退款：您实际支付的价款 {amount}", "goods returned, price back: the {amount} you actually paid";
    FormulaRefundOvercharge => "退还您主张的多付部分 {amount}", "the overcharge you claim back: {amount}";
    FormulaRefundBalance => "应退 {asked}，起诉前已退 {refunded}，还应退 {amount}", "{asked} to refund, {refunded} refunded before suit: {amount} still owed";
    FormulaPurchaseLoss => "您可以证明的其他损失 {amount}", "other loss you can prove: {amount}";
    FormulaTimesPrice => "实际支付价款 {base} × {n}", "price actually paid {base} × {n}";
    FormulaTimesPriceRefunded => "实际支付价款 {price}，起诉前已退 {refunded}：× {n} 为 {result}（已退部分是否从基数中扣除，法院做法不一）", "price actually paid {price}, {refunded} refunded before suit: × {n} gives {result} (courts differ on whether the refund comes off the base)";
    FormulaReasonablePartUnknown => "合理生活消费需要范围内的部分由法院认定：没有一件在内，为 0 元；全部在内，最多 {max}", "the court decides how much was within reasonable living-consumption needs: none of it gives 0 yuan; all of it, at most {max}";
    FormulaPunitiveNothingReasonable => "购买的食品都超出合理生活消费需要：不支持十倍赔偿，0 元", "all of the food bought was beyond reasonable living-consumption needs: no ten times, 0 yuan";
    FormulaPunitiveCorresponding => "“相应的惩罚性赔偿”：法律没有规定倍数或上限，由法院酌定", "\"corresponding\" punitive damages: the law sets no multiple and no ceiling; the court decides";
    FormulaTimesClaimedBase => "您主张的基数 {base} × {n}", "the base you claim {base} × {n}";
    FormulaTimesReasonablePart => "合理生活消费需要范围内的价款 {base} × {n}", "the price of what is within reasonable living-consumption needs {base} × {n}";
    FormulaTimesLoss => "损失 {base} × {n}", "the loss {base} × {n}";
    FormulaPunitiveFixed => "惩罚性赔偿 {amount}", "punitive damages {amount}";
    FormulaPunitiveFloor => "计算结果 {figure} 不足法定最低额，按 {floor}", "the figure of {figure} is below the statutory minimum, so {floor}";
    FormulaPunitiveUpTo => "损失 {base} × {n} = {max}：在 0 元 至 {max} 之间由法院酌定", "the loss {base} × {n} = {max}: the court sets an amount from 0 yuan to {max}";
    FormulaPunitiveUpToNoLoss => "不超过损失的 {n} 倍：请填写您的损失（例如医疗费），才能算出上限", "up to {n} times the loss: enter your loss (medical costs, say) to see the ceiling";
    FormulaPunitiveExcluded => "本案情形不适用惩罚性赔偿：0 元", "punitive damages do not apply here: 0 yuan";
    NoteHigherBaseChosen => "价款十倍和损失三倍由您选择其一：两种算法并列显示，这里取较高者。", "Ten times the price or three times the loss is your choice: both are shown, and the figure is the higher.";
    NoteBoundByClaimedBase => "法院不会超出诉讼请求判决：按您主张的基数计算；按实际支付的全部价款计算的数额也列在上面。", "A court does not award beyond the claim: the figure uses the base you claim; the figure on the whole price paid is shown above too.";
    NoteBaseNotWider => "您主张的基数不低于实际支付价款：只能按更小的基数主张，不能更大，这里按实际支付价款计算。", "The base you claim is not below the price paid: a narrower base may be claimed, never a wider one, so the price paid is used.";
    NoteSellerKnewFood => "销售者明知不符合食品安全标准仍然销售的，才承担十倍赔偿（生产者不论明知与否）；超过保质期仍然销售、说不出合法进货来源等，认定为明知。", "A seller owes ten times only if it knew (a producer regardless); selling past the shelf life, or without a lawful source it can show, counts as knowing.";
    NoteSellerKnewDrug => "销售者只有明知是假药、劣药仍然销售、使用，才承担十倍赔偿（生产者不论是否明知）。", "A seller owes ten times only if it knew the drug was counterfeit or substandard (a producer whether or not it knew).";
    NoteKnewDefect => "惩罚性赔偿以经营者明知缺陷为条件：只是有缺陷、经营者不知道的，只能主张实际损失。", "Punitive damages need the business to have known of the defect; a defect it did not know of gives only the actual loss.";
    NoteHarmlessFlawNotFraud => "不会误导任何人的瑕疵不是欺诈（欺诈是故意告知虚假情况或者隐瞒真实情况，使您作出错误的购买决定）：没有惩罚性赔偿，也不能以欺诈为由退款。", "A flaw that misleads no one is not fraud (deliberately misstating or hiding the truth so that you buy on a mistaken belief): no punitive damages, and no price back on that ground.";
    NoteStagedFoodClaim => "购买者恶意制造违法生产经营的假象（夹带、掉包、篡改日期等）起诉的，法院驳回全部诉讼请求，还可以罚款、拘留。", "A buyer who stages the appearance of unlawful food or drugs (planting, swapping, altering dates…) has every claim rejected, and may be fined or detained.";
    NoteProductLimitation => "缺陷产品致害的诉讼时效，《中华人民共和国产品质量法》第四十五条规定为二年（与三年的一般时效如何协调有争议，稳妥起见按二年准备）；产品交付最初消费者满十年，请求权丧失。", "Product Quality Law Art. 45: two years to sue for harm from a defective product (how it fits the general three years is disputed: prepare for two); the claim ends ten years after the product reached its first consumer.";
    NoteBuyerKnew => "明知食品不符合食品安全标准仍然购买的，法院只在合理生活消费需要范围内支持十倍赔偿；短期内多次购买的合并计算。您是否“明知”，由经营者举证。", "A buyer who knew the food was below standard gets ten times the price only for what is within reasonable living-consumption needs; repeated purchases in a short time are counted together. It is for the business to prove that you knew.";
    NoteLossAlternative => "也可以按损失的三倍计算：如有人身损害等损失，请在“其他损失”填写，较高者会被采用。", "Three times the loss is the alternative: if you suffered a loss such as an injury, enter it under \"other loss\" and the higher figure is used.";
    NoteNoFloorInThisVersion => "购买时适用的条文没有规定最低赔偿额。", "The text in force on the day of purchase set no minimum.";
    NoteCorrespondingPunitive => "《中华人民共和国民法典》第一千二百零七条（2021 年以前是《中华人民共和国侵权责任法》第四十七条）只说“相应的惩罚性赔偿”，没有规定倍数；消费者起诉经营者时，《中华人民共和国消费者权益保护法》第五十五条第二款把上限定为损失的二倍。具体数额由法院决定。", "Civil Code Art. 1207 (before 2021, Tort Liability Law Art. 47) says only \"corresponding\" punitive damages and sets no multiple; against a business, Consumer Rights Protection Law Art. 55(2) caps them at twice the loss. The court sets the figure.";
    NoteContrivedClaim => "以夹带、掉包、篡改日期、捏造事实等方式设计的索赔，经营者没有欺骗您，不是欺诈：既不“赔三”，也不退款。", "A staged claim (planting, swapping, altered dates, invented facts) is no fraud by the business: no three times, no price back.";
    NoteHarmlessFlaw => "食品的标签、说明书只有不影响食品安全、也不会误导消费者的瑕疵的，不适用十倍赔偿。", "A label or instruction flaw that affects neither food safety nor anyone's judgement gives no ten times.";
    NotePricePaid => "实际支付价款：您实际付出的钱，扣除优惠券、折扣；运费是否计入、起诉前的退款是否扣除，法院做法不一。", "The price paid is what left your pocket, net of coupons; courts differ on shipping and on refunds before suit.";
    NoteFraudBeyondDoubt => "欺诈须证明到“排除合理怀疑”，比一般事实要求的“高度可能性”更高：只证明买了东西还不够，还要证明经营者有意误导了您（例如虚假宣传、隐瞒修理史）。", "Fraud must be proved beyond reasonable doubt, a higher bar than the high probability that ordinary facts need: proving the sale is not enough; you must show the business deliberately misled you (e.g. false advertising, a hidden repair history).";
    NoteDefectNeedsSeriousHarm => "缺陷产品的惩罚性赔偿，以经营者明知缺陷、并造成死亡或者健康严重损害为条件；没有这样的损害时，只能主张实际损失。", "Punitive damages for a defective product require that the business knew of the defect and that it caused death or serious damage to health; without such harm only the actual loss can be claimed.";
    NotePurchaseDateAssumed => "没有填写购买日期：按 {date} 有效的规定计算。", "No purchase date given: the rules in force on {date} are applied.";
    NoteOlderVersion => "购买日适用的是当时有效的旧条文，而不是现行条文：金额按旧条文计算。", "The text in force on the day of purchase, not today's, governs: the amount follows the older text.";
    NoteFoodMayClaimFraud => "明知食品不符合食品安全标准（或明知是假药、劣药）仍然销售的，构成欺诈：也可以改按“退一赔三”主张，二者择一；按十倍主张不成立时，还可以变更为按欺诈主张。", "Knowingly selling food below standard (or counterfeit or substandard drugs) is fraud: the claim may instead be brought as fraud (the price back plus three times), one or the other; if the ten-times claim fails, it may be changed to fraud.";
    NotCoveredFraud => "购买日 {date} 早于本计算器收录的最早条文（{earliest} 施行）：无法计算。", "The purchase date {date} is before the earliest text the calculator holds (in force {earliest}): no figure can be given.";
    NotCoveredFood => "购买日 {date} 早于《中华人民共和国食品安全法》（{earliest} 施行）：当时适用的法律本计算器没有收录，无法计算。", "The purchase date {date} is before the Food Safety Law (in force {earliest}); the law of that time is not in the calculator, so no figure can be given.";
    NotCoveredDrug => "购买日 {date} 早于现行《中华人民共和国药品管理法》的十倍赔偿规定（{earliest} 施行）：本计算器没有收录当时的规则，无法计算。可以考虑按欺诈主张。", "The purchase date {date} is before the Drug Administration Law's ten-times rule (in force {earliest}); the rules of that time are not in the calculator, so no figure can be given. A fraud claim may be an option.";
    NotCoveredDefective => "购买日 {date} 早于《中华人民共和国消费者权益保护法》第五十五条第二款（{earliest} 施行）：本计算器没有收录当时的规则，无法计算。", "The purchase date {date} is before Consumer Rights Protection Law Art. 55(2) (in force {earliest}); the rules of that time are not in the calculator, so no figure can be given.";
    FormulaReformGain => "获利 {base} × {n}（立法建议，非现行法）", "the gain {base} × {n} (proposal, not current law)";
    FormulaReformPerRecord => "{records} 条 × 每条 {rate}（立法建议，非现行法）", "{records} records × {rate} per record (proposal, not current law)";
    FormulaReformHigher => "取较高者（立法建议，非现行法）", "the higher of the two (proposal, not current law)";
    FormulaReformNothing => "请设定获利的倍数或每条信息的金额；个人信息案件还需要有获利或条数（立法建议，非现行法）", "set a multiple of the gain or an amount per record; the personal-information claim needs a gain or a record count (proposal, not current law)";
    FormulaFeeProperty => "财产案件按诉讼请求的金额分段累计：按 {claimed} 计算（不超过 1 万元的每件 50 元，超过部分按 2.5%、2% 等比例递减累计）", "A property claim pays band by band on the amount claimed: here on {claimed} (50 yuan up to 10,000 yuan, then 2.5%, 2% and lower rates on each further band)";
    FormulaFeePersonality => "人格权案件每件 100 元至 500 元；赔偿请求 {claimed} 中超过 5 万元至 10 万元的部分另加 1%，超过 10 万元的部分另加 0.5%", "A personality-rights case pays 100 yuan to 500 yuan; of the damages claimed, {claimed}, the part from 50,000 yuan to 100,000 yuan adds 1% and the part above 100,000 yuan adds 0.5%";
    FormulaFeeHalved => "适用简易程序、调解结案或者撤诉的，减半交纳", "Halved under the simplified procedure, on mediation or on withdrawal";
    NoteFeeProvince => "100 元至 500 元之间的具体数额由各省、自治区、直辖市规定；这里显示整个幅度。", "Each province sets the figure between 100 yuan and 500 yuan; the whole range is shown.";
    NoteFeeOnClaim => "受理费按起诉时诉讼请求的金额计算，不按判决的数额。起诉时由原告预交，最后由败诉方负担；部分胜诉的，由法院决定双方各自负担多少。法院可能把受理费取整到元。", "The fee is charged on what the complaint claims, not on what is awarded. The claimant pays it in advance; in the end the losing party bears it, and on partial success the court divides it. Courts may round the fee to the yuan.";
    NoteFeeOnEstimate => "没有填写请求的金额：这里按估算的数额计算；请求多少，就按多少计算。", "No amount claimed was entered: the estimate stands in; whatever you claim is what is charged on.";
    NoteFeeSimplified => "适用简易程序，减半交纳；全额为 {full}。", "Under the simplified procedure half is paid; the whole fee is {full}.";
    NoteFeeJoined => "同一案件既有财产性请求又有非财产性请求时，按财产性请求的标准交纳，多个财产性请求合并计算：这里把两类赔偿合并，按财产案件计算。法院也可能把个人信息部分按人格权案件的标准计算，没有找到说明实际做法的判决。分别起诉时：个人信息 {pi}，购买 {purchase}。", "A suit with both property and non-property claims pays on the property scale, the property claims added together: here both claims' damages are added and charged as a property case. A court might charge the personal-information part as a personality-rights case instead; no judgment showing the practice was found. Sued separately: personal information {pi}, the purchase {purchase}.";
    FormulaFeeJoined => "两类请求合并，按财产案件分段累计：按 {claimed} 计算", "Both claims together, charged band by band as a property case: on {claimed}";
    NoteLimitationHoliday => "最后一日是法定休假日的，顺延到休假日结束的次日。中止、中断会改变期间（例如您向对方提出赔偿要求，期间重新计算）。", "If the last day is a public holiday, the period ends the day after it. Suspension or interruption changes the period (e.g. a demand for payment to the business starts it afresh).";
    FormulaLateInterest => "{unpaid} × 日万分之一点七五 × {days} 天（履行期间最后一日 {deadline} 的次日起，至 {paid}）", "{unpaid} × 0.0175% a day × {days} days (from the day after the deadline, {deadline}, to {paid})";
    NoteOrdinaryInterest => "这只是加倍部分；一般债务利息只有判决确定给付时才计算，这里不包括。", "This is the doubled portion only; ordinary interest is due only where the judgment orders it, and is not included.";
    FormulaLimitation => "自 {knew}（知道或者应当知道权利受到损害以及义务人之日）起三年：期间最后一日为 {last}", "Three years from {knew} (when you knew or should have known of the harm and who caused it): the last day is {last}";
    FormulaLimitationMoved => "{knew} 知道损害，当时的时效是二年；到 2017-10-01 还没有届满，按三年计算：期间最后一日为 {last}", "Harm known on {knew}, when the period was two years; still running on 2017-10-01, it became three: the last day is {last}";
    FormulaLimitationRunOut => "{knew} 知道损害，当时的时效是二年，{last} 已经届满，2017-10-01 起的三年不再适用", "Harm known on {knew}, when the period was two years: it ended on {last}, and the three years from 2017-10-01 do not revive it";
    NoteLimitationWeekend => "{last} 是周末：如果当天是休息日（调休上班的除外），期间顺延到 {next}。这里仍按 {last} 计算剩余天数。", "{last} falls on a weekend: if it is a rest day (not a working day swapped for a holiday), the period runs to {next}. The days left are still counted to {last}.";
    NoteLimitationTwentyYears => "无论何时知道，自权利受到损害之日起超过二十年的，法院不予保护（有特殊情况的可以申请延长）。", "However late the harm was known, a court protects no right more than twenty years after the harm (it may extend this in special circumstances).";
    NoteLimitationProduct => "缺陷产品致害按二年计算，最后一日为 {last}。", "For a defective product's harm, two years: the last day is {last}.";
    NoteLimitationInTime => "截至 {as_of}，金钱赔偿请求还在诉讼时效期间内，还剩 {days} 天。", "On {as_of} the money claims are within the period, with {days} days left.";
    NoteLimitationExpired => "截至 {as_of}，三年期间已经过去：除非期间曾经中止或者中断（例如您曾向对方要求赔偿），对方可以以时效届满为由抗辩。请尽快咨询律师。", "On {as_of} the three years have passed: unless the period was suspended or interrupted (e.g. you demanded payment from the business), it can plead that the claim is time-barred. See a lawyer soon.";
    NoteNotTimeBarred => "停止侵害、排除妨碍、消除影响、赔礼道歉等请求，不适用诉讼时效。", "Claims to stop the infringement, remove obstruction, eliminate effects and apologise are not subject to limitation.";
    NoteReformNotLaw => "立法建议，非现行法。", "Proposal, not current law.";
    NoteReformCapped => "按设定的上限 {cap} 封顶（立法建议，非现行法）。", "Capped at the {cap} you set (proposal, not current law).";
    NoteReformSeparate => "学术文献建议：侵害个人信息的惩罚性赔偿与侵权人获利或侵权规模挂钩。这里的数额只是演示这一建议，永远不计入现行法的合计。", "Scholars propose punitive damages for personal-information infringement linked to the infringer's gain or the scale of the infringement. These figures only demonstrate that proposal and are never added to the current-law total.";
    FormulaLossNone => "您没有直接财产损失：按损失计算为 0 元", "you had no direct property loss: the loss basis is 0 yuan";
    FormulaLossAmount => "直接财产损失 {loss}", "direct property loss {loss}";
    FormulaLossThirdParty => "损失 {loss} 由骗子等第三人直接造成，已追回 {recovered}：泄露信息的一方只承担与其过错相应的部分，故为 0 元 至 {open}，不是全部", "the loss of {loss} was caused directly by a third party (e.g. a scammer), {recovered} recovered: the party that leaked the data answers only for a share matching its fault, hence 0 yuan to {open}, not the whole";
    FormulaLossUnquantifiable => "有损失，但数额难以确定", "there is a loss, but its amount is hard to determine";
    FormulaGainActual => "侵权人因此获得的利益 {gain}（有证据证明的实际获利）", "the infringer's gain {gain} (shown by evidence)";
    FormulaGainActualOwn => "侵权人因您的信息获得的利益 {gain}（有证据证明）", "the infringer's gain from your information {gain} (shown by evidence)";
    FormulaGainProRata => "总获利 {total} × 您的 {own} 条 ÷ 全部 {all} 条 = {gain}（按比例估算）", "total gain {total} × your {own} record(s) ÷ all {all} records = {gain} (pro-rata estimate)";
    FormulaGainEstimate => "{records} 条 × 每条 {price} = {gain}（估算）", "{records} records × {price} per record = {gain} (estimate)";
    FormulaGainUnknown => "侵权人的获利不明", "the infringer's gain is not known";
    FormulaPerRecord => "{gain} ÷ {records} 条 ≈ 每条 {per}", "{gain} ÷ {records} records ≈ {per} per record";
    FormulaPerRecordMoreRecords => "{gain} ÷ {records} 条 ≈ 每条 {per}（实际条数更多，每条相应更低）", "{gain} ÷ {records} records ≈ {per} per record (there were more records, so a little less per record)";
    FormulaPropertyHigherOf => "按损失 {loss} / 按获利 {gain} → 取较高者 {chosen}", "loss basis {loss} / gain basis {gain} → the higher: {chosen}";
    FormulaPropertyLoss => "按损失计算：{loss}（获利不明）", "loss basis: {loss} (the gain is not known)";
    FormulaPropertyGain => "按获利计算：{gain}", "gain basis: {gain}";
    FormulaPropertyNothing => "没有财产损失，侵权人的获利也不明：财产损失赔偿为 0 元", "no property loss, and the infringer's gain is not known: no compensation for property loss (0 yuan)";
    FormulaPropertyLossFirst => "您没有财产损失：按《中华人民共和国侵权责任法》第二十条，只有损失难以确定时才按侵权人的获利 {gain} 赔偿，所以为 0 元", "you had no property loss: under Tort Liability Law Art. 20 the infringer's gain of {gain} is the measure only where the loss is hard to determine, so 0 yuan";
    FormulaPropertyDiscretionCapped => "损失存在但难以确定，获利也难以确定：由法院根据实际情况酌定；司法解释规定的最高额为 {ceiling}", "a loss exists but is hard to determine, and so is the gain: the court fixes the amount on the actual circumstances; the maximum the SPC interpretation sets is {ceiling}";
    FormulaPropertyDiscretionOpen => "损失存在但难以确定，获利也难以确定：由法院根据实际情况酌定，法律未规定上限", "a loss exists but is hard to determine, and so is the gain: the court fixes the amount on the actual circumstances; the law sets no maximum";
    FormulaExpenses => "可以证明的合理开支 {documented}", "provable reasonable expenses {documented}";
    FormulaExpensesWithLawyer => "可以证明的合理开支 {documented}；律师费 {lawyer} 是否计入由法院决定，故为 {range}", "provable reasonable expenses {documented}; whether the lawyer's fee of {lawyer} is included is the court's decision, hence {range}";
    FormulaMentalClaimed => "您主张 {claimed}；法院依六项因素在 0 元 至 {claimed} 之间酌定", "you claim {claimed}; the court sets an amount from 0 yuan to {claimed} by six factors";
    FormulaMentalNoFigure => "请填写您主张的金额；本计算器不替法院估算精神损害抚慰金，所以这一项不计入合计", "enter the amount you claim; the calculator does not guess mental damages for the court, so this line is not in the total";
    NoteCappedByClaim => "不超过您主张的 {claimed}：法院判决不能超出诉讼请求。", "No more than the {claimed} you claim: a court does not award beyond what was asked.";
    NoteThirdPartyShare => "骗子是直接侵权人，应当承担侵权责任；泄露信息的企业与其分别侵权的，按份承担相应的责任；您自己有过错（例如主动转账）的，可以减轻对方的责任；刑事案件中已追回的部分要扣除。法院通常只判一部分，不是全部损失。", "The scammer is the direct tortfeasor and is liable; a business whose leak contributed answers for its own share; your own fault (e.g. making the transfer yourself) may reduce that; sums recovered in the criminal case are deducted. Courts usually award a share, not the whole loss.";
    NoteLegalMaximum => "50 万元是司法解释规定的最高额，不是通常判赔的数额；个人起诉的已公开判决见下面的实例。", "500,000 yuan is the maximum the SPC interpretation sets, not a typical award; see the published individual judgments below.";
    NoteCapScope => "这一上限出自《最高人民法院关于审理利用信息网络侵害人身权益民事纠纷案件适用法律若干问题的规定》第十二条第二款，适用于利用信息网络侵害人身权益的案件。《中华人民共和国个人信息保护法》第六十九条本身没有上限；该上限是否约束依第六十九条提出的请求，尚无定论。", "The ceiling comes from Art. 12(2) of the SPC Provisions on Infringement of Personal Rights via Information Networks and covers infringement via information networks. PIPL Art. 69 itself has no cap; whether this ceiling binds a claim under Art. 69 is not settled.";
    NoteCapScope2014 => "这一上限出自行为发生时的司法解释：《信息网络规定》（2014 年）第十八条第二款，用于利用信息网络侵害人身权益、损失或者获利无法确定的案件。", "The ceiling is the interpretation of the time: Art. 18(2) of the 2014 network rules, for network infringement where the loss or the gain cannot be determined.";
    NoteFacialNoCap => "人脸识别司法解释本身没有这一上限；本案也利用信息网络实施，所以仍显示 50 万元，它是否约束人脸信息案件，尚无定论。", "The facial-recognition provisions set no such ceiling; this was also done via a network, so 500,000 yuan is shown, though whether it binds a facial case is not settled.";
    NoteNoCap => "法律没有规定这一赔偿的下限或上限，由法院根据实际情况确定。", "The law sets neither a floor nor a cap on it; the court decides on the actual circumstances.";
    NoteNoLossNoDiscretion => "法院“根据实际情况确定”赔偿数额，前提是损失存在但难以确定。如果您确实有难以计算的损失（例如处理骚扰电话花费的时间和话费），请在损失一栏选择“有，但说不清金额”。", "The court's discretion presupposes a loss that exists but is hard to quantify. If you did have such a loss (e.g. time and phone costs spent on nuisance calls), choose \"yes, but I cannot put a figure on it\".";
    NoteGainEstimate => "这是估算，不是法院认定的数额：法院通常按有证据证明的实际获利认定；本估算仅供参考。", "An estimate, not a figure a court has found: courts generally fix the actual gain from evidence; use this for orientation only.";
    NoteEstimateAtLeast => "条数为“余”：按已知条数估算，实际获利可能更高。", "The record count is \"more than\": the estimate uses the known count, so the real gain may be higher.";
    NoteGainIsOwn => "个人起诉时，只能按涉及您本人的信息条数计算。", "Suing alone, count only the records about you.";
    NotePerRecordDerived => "由获利和条数推算，四舍五入到分，只用于说明，不计入赔偿。", "Derived from the gain and the records, rounded half-up to the fen, to explain the figure; not part of the award.";
    NoteOwnShareOfPublicGain => "一个人单独起诉时，按获利计算只能主张因其本人信息获得的利益：按比例，一条信息约 {per}。", "One person suing alone could claim on the gain basis only what was gained from their own information: pro rata, about {per} for one record.";
    NoteExpenseItems => "其中：调查取证 {investigation}，公证 {notarisation}，律师费 {lawyer}，其他 {other}。", "Of which: investigation {investigation}, notarisation {notarisation}, lawyer's fees {lawyer}, other {other}.";
    NoteExpensesReasonable => "每一项开支都要法院认为合理、必要，并有票据证明，才会支持。", "Each expense is awarded only if the court finds it reasonable and necessary, with receipts.";
    NoteLawyerNetwork => "律师费须符合国家有关部门的规定，是否计入由法院根据您的请求和案情决定，所以只计入区间上限。", "Lawyer's fees must comply with the rules of the competent state authorities, and the court decides on your request whether to include them: they count only towards the top of the range.";
    NoteLawyerFacial => "人脸信息案件中，法院可以根据您的请求和案情把合理的律师费计入赔偿，所以只计入区间上限。", "In facial-information cases the court may, on your request, include reasonable lawyer's fees: they count only towards the top of the range.";
    NoteLawyerNoRule => "本案既不是利用信息网络实施，也不适用人脸识别的规定：没有规则允许把律师费计入赔偿，法院通常不支持，所以不计入。", "Neither the network rules nor the facial-recognition rules apply: no rule lets lawyer's fees into the damages, courts usually refuse them, and they are left out.";
    NoteExpensesGeneral => "两部司法解释关于合理开支的规定都不直接适用；合理开支能否作为财产损失，由法院依所引的衡量财产损失的规定判断。", "Neither interpretation's rule on reasonable expenses applies directly; whether they count as property loss is for the court under the rule cited that measures property loss.";
    NoteMentalFactors => "法院考虑六项因素：过错程度；侵权的目的、方式、场合；后果；侵权人的获利；侵权人的经济能力；法院所在地的平均生活水平。", "The court weighs six factors: the degree of fault; the purpose, method and setting; the consequences; the infringer's profit; its ability to pay; the average standard of living where the court sits.";
    NotePresumedFault => "过错推定：您要证明对方处理了您的个人信息、侵害了您的权益、您受到了损害，以及损害与侵害之间的因果关系，每一项都要达到“高度可能性”的证明标准；您不需要证明对方有过错——对方不能证明自己没有过错，就要赔偿。", "Presumed fault: you prove that the business processed your personal information, that this infringed your rights, that you suffered harm, and that the harm was caused by the infringement, each to the \"high probability\" standard; you need not prove it was at fault — it pays unless it proves it was not.";
    NotePresumedFaultPublic => "过错推定：原告要证明被告处理了个人信息、侵害了众多个人的权益、造成了损害以及二者之间的因果关系，每一项都要达到“高度可能性”的证明标准；不需要证明被告有过错——被告不能证明自己没有过错，就要赔偿。", "Presumed fault: the claimant proves that the defendant processed the personal information, that this infringed the rights of many people, that harm resulted, and the causal link, each to the \"high probability\" standard; not the defendant's fault — it pays unless it proves it was not at fault.";
    NoteOrdinaryFault => "一般过错责任：您要证明对方的侵权行为、您受到的损害、二者之间的因果关系，以及对方有过错，每一项都要达到“高度可能性”的证明标准。", "Ordinary fault: you prove the infringing act, your harm, the causal link and the other side's fault, each to the \"high probability\" standard.";
    NoteOrdinaryFaultPublic => "一般过错责任：原告要证明被告的侵权行为、造成的损害、二者之间的因果关系，以及被告有过错，每一项都要达到“高度可能性”的证明标准。", "Ordinary fault: the claimant proves the infringing act, the harm, the causal link and the defendant's fault, each to the \"high probability\" standard.";
    NoteNotAProcessor => "对方不是个人信息处理者（自主决定处理目的和方式的组织或者个人，例如企业、倒卖信息的个人；只按指示处理的员工不是）：《中华人民共和国个人信息保护法》第六十九条的过错推定不适用。", "The defendant is not a personal-information processor (an organisation or individual deciding why and how information is processed, e.g. a business or a data trader; an employee following instructions is not): PIPL Art. 69's presumption of fault does not apply.";
    NoteBeforePipl => "侵权行为发生在《中华人民共和国个人信息保护法》施行（{from}）之前：适用《中华人民共和国民法典》，没有过错推定。", "The conduct predates the PIPL ({from}): the Civil Code applies, without the presumption of fault.";
    NoteDateAssumed => "没有填写侵权行为发生的日期：按 {from} 以后发生、适用现行法律计算。", "No date of the conduct given: computed as if it happened on or after {from}, under the law in force now.";
    NoteFacialBeforeRules => "人脸信息的处理发生在 {from} 之前：人脸识别司法解释不适用。", "The facial information was processed before {from}: the SPC facial-recognition provisions do not apply.";
    NoteNetworkScope => "“利用信息网络”指通过网络实施侵害，例如在网上出售、公开或传播您的信息。仅仅是企业的数据库被攻破、信息被泄露，不一定属于这种情形；如果不是，请取消勾选“通过网络实施”。", "\"Via an information network\" means the infringement was committed through the network, e.g. selling, publishing or spreading your information online. A database breach alone is not obviously that; if it is not, untick \"committed via a network\".";
    NoteClaimantChooses => "法律规定按损失或者获利确定赔偿，二者择一，不能相加；由您（原告）主张对您更有利的一种，这里显示较高者。", "The law measures damages by the loss or the gain: one or the other, never both added. You, the claimant, argue for the one more favourable to you; the higher is shown.";
    NotePlaintiffChooses => "法律规定按损失或者获利确定赔偿，二者择一，不能相加；由原告主张其中的一种，这里显示较高者。", "The law measures damages by the loss or the gain: one or the other, never both added. The claimant argues for one; the higher is shown.";
    NoteLossThenGain => "《中华人民共和国侵权责任法》第二十条是顺序，不是择高：先按损失；损失难以确定的，按获利；获利也难以确定的，由法院酌定。《中华人民共和国民法典》二者择一更有利于您时，法院也可能适用它。", "Tort Liability Law Art. 20 is an order, not a choice of the higher: the loss; if that is hard to determine, the gain; if that too, the court. A court may apply the Civil Code's choice of either where it protects you better.";
    NoteTortLawEra => "行为发生在 2021-01-01 之前：适用当时的《中华人民共和国侵权责任法》和司法解释；行为持续到 2021 年以后、损害在此后才出现，或者适用《中华人民共和国民法典》更有利于保护您的，适用它。", "The conduct predates 2021-01-01: the Tort Liability Law and the interpretations of the time apply; the Civil Code instead where the conduct went on past 2021, the harm appeared after it, or the Code protects you better.";
    NotePiProtectedThen => "所引条文是行为发生时已经施行的个人信息保护规定；违反它们侵害您的个人信息，按《中华人民共和国侵权责任法》承担责任。", "The rules cited protected personal information when it happened; breaching them gives liability under the Tort Liability Law.";
    NoteNoPiRuleYet => "本计算器收录的个人信息保护条文都晚于这一行为（最早的是 2014-03-15 起的《中华人民共和国消费者权益保护法》）：能否作为侵害个人信息主张，请咨询律师。", "Every personal-information rule the calculator holds is later than this conduct (the earliest, the Consumer Rights Protection Law, from 2014-03-15): ask a lawyer whether it can be claimed.";
    NoteMentalNotSerious => "精神损害抚慰金只有在造成严重精神损害时才能请求。如果您的损害严重，请勾选并填写您主张的金额。", "Mental damages can be claimed only for serious mental harm. If yours was serious, tick the box and enter the amount you claim.";
    NotePublicInterest => "这是公益诉讼：由检察机关或消费者组织为众多人起诉，赔偿款用于公益，不归任何个人。个人单独起诉时，只能就自己的损失或因自己的信息产生的获利主张赔偿。", "A public-interest suit: a procuratorate or consumer organisation sues for many people and the money goes to public purposes, not to any one person. One person suing alone can claim only their own loss or the gain made from their own information.";
    NoteNotCoveredBeforeTortLaw => "侵权行为发生在《中华人民共和国侵权责任法》施行（{from}）之前：当时的法律本计算器没有收录，无法计算。请咨询律师。", "The conduct predates the Tort Liability Law ({from}): the law of that time is not in the calculator, so it cannot estimate this claim. Please ask a lawyer.";
    ReliefStopAndDelete => "请求对方停止处理、删除您的个人信息。", "Ask that the business stop processing and delete your personal information.";
    ReliefStopAndDeletePublic => "请求被告停止侵害，删除其非法处理的个人信息。", "Ask that the defendant stop the infringement and delete the personal information it processed unlawfully.";
    ReliefApology => "请求赔礼道歉、消除影响，方式与侵权的方式和影响范围相当（例如书面道歉）。", "Ask for an apology and for the effects to be eliminated, in a form matching how and how widely you were harmed (e.g. a written apology).";
    ReliefApologyPublic => "请求被告公开赔礼道歉、消除影响（例如在媒体上），方式与侵权的方式和影响范围相当。", "Ask for a public apology and for the effects to be eliminated (e.g. in the media), in a form matching how and how widely the public was harmed.";
    ReliefNoLimitation => "停止侵害、消除影响、赔礼道歉的请求不受三年诉讼时效的限制。", "Claims to stop the infringement, eliminate effects and apologise are not time-barred.";
}
