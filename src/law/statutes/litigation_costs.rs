//! 《诉讼费用交纳办法》 (国务院令第481号): what a court charges to hear a case. Source:
//! docs/law/legal-basis.md §9 (the mirror's 行政法规/诉讼费用交纳办法(2006-12-19).md).

use super::{Law, Provision};
use crate::date::Date;

/// Issued 2006-12-19, in force 2007-04-01, never amended.
pub const LAW: Law = Law {
    name_zh: chinese!("诉讼费用交纳办法"),
    name_en: english!("Measures on the Payment of Litigation Costs"),
    adopted: Date::ymd(2006, 12, 19),
    amended: None,
    in_force: Date::ymd(2007, 4, 1),
};

pub const ART_13_1: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第十三条第（一）项"),
    article_en: english!("Art. 13(1)"),
    text_zh: "(一)财产案件根据诉讼请求的金额或者价额，按照下列比例分段累计交纳：\n1．不超过1万元的，每件交纳50元；\n2．超过1万元至10万元的部分，按照2.5%交纳；\n3．超过10万元至20万元的部分，按照2%交纳；\n4．超过20万元至50万元的部分，按照1.5%交纳；\n5．超过50万元至100万元的部分，按照1%交纳；\n6．超过100万元至200万元的部分，按照0.9%交纳；\n7．超过200万元至500万元的部分，按照0.8%交纳；\n8．超过500万元至1000万元的部分，按照0.7%交纳；\n9．超过1000万元至2000万元的部分，按照0.6%交纳；\n10．超过2000万元的部分，按照0.5%交纳。",
    gloss_en: english!("Property cases pay on the amount claimed, band by band: 50 yuan up to 10,000 yuan; 2.5% of the part from 10,000 yuan to 100,000 yuan; 2% to 200,000 yuan; 1.5% to 500,000 yuan; 1% to 1 million yuan; 0.9% to 2 million yuan; 0.8% to 5 million yuan; 0.7% to 10 million yuan; 0.6% to 20 million yuan; 0.5% above."),
};

pub const ART_13_2_2: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第十三条第（二）项第2目"),
    article_en: english!("Art. 13(2)2"),
    text_zh: "2．侵害姓名权、名称权、肖像权、名誉权、荣誉权以及其他人格权的案件，每件交纳100元至500元。涉及损害赔偿，赔偿金额不超过5万元的，不另行交纳；超过5万元至10万元的部分，按照1%交纳；超过10万元的部分，按照0.5%交纳。\n省、自治区、直辖市人民政府可以结合本地实际情况在本条第(二)项、第(三)项、第(六)项规定的幅度内制定具体交纳标准。",
    gloss_en: english!("Cases infringing personality rights pay 100 yuan to 500 yuan each (each province sets its figure within that range); where damages are claimed, nothing more up to 50,000 yuan, 1% of the part from 50,000 yuan to 100,000 yuan and 0.5% above."),
};

pub const ART_15: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第十五条"),
    article_en: english!("Art. 15"),
    text_zh: "以调解方式结案或者当事人申请撤诉的，减半交纳案件受理费。",
    gloss_en: english!("A case settled by mediation or withdrawn pays half the acceptance fee."),
};

pub const ART_16: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第十六条"),
    article_en: english!("Art. 16"),
    text_zh: "适用简易程序审理的案件减半交纳案件受理费。",
    gloss_en: english!("A case heard under the simplified procedure pays half the acceptance fee."),
};

pub const ART_29: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第二十九条"),
    article_en: english!("Art. 29"),
    text_zh: "诉讼费用由败诉方负担，胜诉方自愿承担的除外。\n部分胜诉、部分败诉的，人民法院根据案件的具体情况决定当事人各自负担的诉讼费用数额。\n共同诉讼当事人败诉的，人民法院根据其对诉讼标的的利害关系，决定当事人各自负担的诉讼费用数额。",
    gloss_en: english!("The losing party bears the costs, unless the winner volunteers to; on partial success the court decides each party's share; losing co-litigants share by their interest in the case."),
};
