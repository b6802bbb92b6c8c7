//! What an individual can ask for besides money, and mostly wins: stop, delete, apologise.
//!
//! 民法典 第九百九十五条: ……受害人的停止侵害、排除妨碍、消除危险、消除影响、恢复名誉、赔礼道歉请求权，
//! 不适用诉讼时效的规定。

use super::scope::Regime;
use crate::law::statutes::ProvisionId as P;
use crate::law::vocab::{Key, Msg};
use crate::law::Relief;

pub fn relief(regime: Regime) -> Vec<Relief> {
    let delete = if regime.pipl {
        vec![P::Pipl47, P::CivilCode1037Para2]
    } else {
        vec![P::CivilCode1037Para2]
    };
    let item = |key, provisions| Relief {
        msg: Msg::plain(key),
        provisions,
    };
    vec![
        item(Key::ReliefStopAndDelete, delete),
        item(
            Key::ReliefApology,
            vec![P::CivilCode995, P::CivilCode1000Para1],
        ),
        item(Key::ReliefNoLimitation, vec![P::CivilCode995]),
    ]
}
