//! 《中华人民共和国电子商务法》 (E-Commerce Law), adopted 2018-08-31, in force 2019-01-01, not
//! amended. Source: docs/law/legal-basis.md §6 (mirror [XS] `民法商法/电子商务法(2018-08-31).md`).

use super::{Law, Provision};
use crate::date::Date;

pub const LAW: Law = Law {
    name_zh: chinese!("中华人民共和国电子商务法"),
    name_en: english!("E-Commerce Law"),
    adopted: Date::ymd(2018, 8, 31),
    amended: None,
    in_force: Date::ymd(2019, 1, 1),
};

pub const ART_38_1: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第三十八条第一款"),
    article_en: english!("Art. 38(1)"),
    text_zh: "电子商务平台经营者知道或者应当知道平台内经营者销售的商品或者提供的服务不符合保障人身、财产安全的要求，或者有其他侵害消费者合法权益行为，未采取必要措施的，依法与该平台内经营者承担连带责任。",
    gloss_en: english!("A platform that knew or should have known that a seller's goods or services were unsafe, or that it otherwise infringed consumers' rights, and took no necessary measures, is jointly liable with the seller."),
};

pub const ART_38_2: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第三十八条第二款"),
    article_en: english!("Art. 38(2)"),
    text_zh: "对关系消费者生命健康的商品或者服务，电子商务平台经营者对平台内经营者的资质资格未尽到审核义务，或者对消费者未尽到安全保障义务，造成消费者损害的，依法承担相应的责任。",
    gloss_en: english!("For goods or services bearing on consumers' life and health, a platform that failed to vet a seller's qualifications or to keep consumers safe bears \"corresponding\" liability for the harm: not joint; its extent is read by courts."),
};

pub const ART_62: Provision = Provision {
    law: &LAW,
    article_zh: chinese!("第六十二条"),
    article_en: english!("Art. 62"),
    text_zh: "在电子商务争议处理中，电子商务经营者应当提供原始合同和交易记录。因电子商务经营者丢失、伪造、篡改、销毁、隐匿或者拒绝提供前述资料，致使人民法院、仲裁机构或者有关机关无法查明事实的，电子商务经营者应当承担相应的法律责任。",
    gloss_en: english!("In an e-commerce dispute the business must produce the original contract and the transaction records; if it loses, forges, alters, destroys, hides or refuses them so that the facts cannot be established, it bears the corresponding legal liability."),
};
