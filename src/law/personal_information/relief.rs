//! What can be asked for besides money, and mostly won: stop, delete, apologise.
//!
//! 民法典 第九百九十五条: ……受害人的停止侵害、排除妨碍、消除危险、消除影响、恢复名誉、赔礼道歉请求权，
//! 不适用诉讼时效的规定。 Before 2021 the same relief rested on 侵权责任法 15, deletion on 网络安全法 43
//! (from 2017-06-01) and, against a business, 消费者权益保护法 50 (from 2014-03-15); 995's rule on
//! limitation did not exist then, so it is not said. A public-interest suit asks the same for the
//! public: stop, delete, apologise publicly.

use super::scope::{Era, Regime};
use crate::date::Date;
use crate::law::statutes::{consumer_protection, cybersecurity, ProvisionId as P};
use crate::law::vocab::{Key, Msg};
use crate::law::{Frame, Relief};

pub fn relief(regime: Regime, frame: Frame, conduct: Option<Date>) -> Vec<Relief> {
    let item = |key, provisions| Relief {
        msg: Msg::plain(key),
        provisions,
    };
    let (delete, apology) = match frame {
        Frame::Individual => (Key::ReliefStopAndDelete, Key::ReliefApology),
        Frame::PublicInterest => (Key::ReliefStopAndDeletePublic, Key::ReliefApologyPublic),
    };
    match regime.era {
        Era::CivilCode => {
            let deletion = match regime.pipl {
                true => vec![P::Pipl47, P::CivilCode1037Para2],
                false => vec![P::CivilCode1037Para2],
            };
            vec![
                item(delete, deletion),
                item(apology, vec![P::CivilCode995, P::CivilCode1000Para1]),
                item(Key::ReliefNoLimitation, vec![P::CivilCode995]),
            ]
        }
        Era::TortLaw => {
            let in_force =
                |law: &crate::law::statutes::Law| conduct.is_some_and(|d| law.in_force_on(d));
            let mut deletion = vec![P::TortLaw15];
            let mut apologise = vec![P::TortLaw15];
            if in_force(&cybersecurity::LAW) {
                deletion.push(P::CybersecurityLaw43);
            }
            if in_force(&consumer_protection::LAW) {
                deletion.push(P::ConsumerProtection50);
                apologise.push(P::ConsumerProtection50);
            }
            vec![item(delete, deletion), item(apology, apologise)]
        }
    }
}
