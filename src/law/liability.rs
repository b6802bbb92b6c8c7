//! Who pays (责任承担): given an amount a court awards and how the defendants stand to each other,
//! what the consumer may ask of each, and how they share it among themselves. Joint liability
//! (连带责任) lets the consumer ask any one for the whole; a share (按份责任) limits each to its
//! part; supplementary liability (补充责任) comes only after the one primarily liable fails to pay.
//! Splits are to the fen, never losing or inventing one (`mechanisms::split`).

use super::mechanisms::split;
use super::statutes::ProvisionId as P;
use super::vocab::{Arg, Key, Msg};
use super::Amount;
use crate::money::{Money, Overflow};
use serde::Serialize;

/// A defendant's role.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Party {
    /// The seller or service provider on the platform (平台内经营者).
    Seller,
    /// The e-commerce platform (电子商务平台经营者).
    Platform,
    /// The business the consumer dealt with, and another processor that processed the data
    /// jointly with it (共同处理者).
    Business,
    CoProcessor,
    /// A scammer who used the leaked data: the direct tortfeasor (民法典 1175).
    Fraudster,
}

/// How the platform stands to the seller.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Situation {
    /// It knew or should have known and took no necessary measures: jointly liable (电子商务法
    /// 38(1), 消费者权益保护法 44(2), 民法典 1197).
    KnewAndDidNothing,
    /// Goods or services bearing on life and health, and it failed to vet the seller or to keep
    /// consumers safe: "相应的责任" (电子商务法 38(2)), not joint. Courts read it as supplementary
    /// or as a proportional share; `share_pct` is the share the user sets.
    FailedToVet { share_pct: u64, reading: Reading },
    /// It cannot give the seller's real name, address and contact: the consumer may claim from
    /// it, and it recovers from the seller (消费者权益保护法 44(1)).
    SellerUnidentified,
    /// Two processors decided the purposes and means together: jointly liable (个人信息保护法
    /// 20(2)).
    JointProcessors,
    /// Two businesses acted together, or each act alone was enough to cause all the harm:
    /// jointly liable (民法典 1168, 1171).
    JointTortfeasors,
    /// Two businesses separately caused the same harm, neither enough alone: each answers for
    /// its own share, equal where it cannot be told (民法典 1172); `share_pct` is the second's.
    SeparateShares { share_pct: u64 },
    /// A scammer took the money using data a business leaked: the scammer answers for the whole
    /// (民法典 1175); the business, if at fault, only for its share, `share_pct` of the loss, which
    /// the victim's own fault may reduce further (1172, 1173).
    ScamAfterLeak { share_pct: u64 },
    /// An online food platform that did not register the seller or check its licence: jointly
    /// liable (食品安全法 131(1)).
    FoodPlatform,
    /// Notified with prima facie evidence, it did not act in time: jointly liable only for the
    /// part of the harm that grew after the notice (民法典 1195(2)).
    IgnoredNotice { enlarged: Money },
}

/// Two readings of "相应的责任".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reading {
    /// Pays, up to its share, only what the seller cannot.
    Supplementary,
    /// Pays its share, whatever the seller does.
    Proportional,
}

/// What the consumer may ask of one party.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Row {
    pub party: Party,
    /// The most the consumer may ask of this party.
    pub may_ask: Amount,
    /// Its share between the defendants, where the law fixes one.
    pub internal: Option<Money>,
    pub msg: Msg,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Allocation {
    pub rows: Vec<Row>,
    pub provisions: Vec<P>,
}

/// The allocation of `amount` in a situation.
pub fn allocate(amount: Money, situation: Situation) -> Result<Allocation, Overflow> {
    let whole = Amount::exact(amount);
    let sellers = [Party::Seller, Party::Platform];
    let businesses = [Party::Business, Party::CoProcessor];
    Ok(match situation {
        Situation::KnewAndDidNothing => joint(
            amount,
            sellers,
            &[
                P::EcommerceLaw38Para1,
                P::ConsumerProtection44Para2,
                P::CivilCode1197,
            ],
        )?,
        Situation::FoodPlatform => joint(amount, sellers, &[P::FoodSafety131Para1])?,
        Situation::JointProcessors => joint(amount, businesses, &[P::Pipl20Para2])?,
        Situation::JointTortfeasors => {
            joint(amount, businesses, &[P::CivilCode1168, P::CivilCode1171])?
        }
        Situation::SeparateShares { share_pct } => {
            let (pct, parts) = shares(amount, share_pct)?;
            let own = |i: usize, p: u64| {
                let args = vec![("share", Arg::Money(parts[i])), ("pct", Arg::Number(p))];
                row(
                    businesses[i],
                    Amount::exact(parts[i]),
                    Some(parts[i]),
                    Key::PayOwnShare,
                    args,
                )
            };
            Allocation {
                rows: vec![own(0, 100 - pct), own(1, pct)],
                provisions: vec![P::CivilCode1172],
            }
        }
        Situation::ScamAfterLeak { share_pct } => {
            let (pct, parts) = shares(amount, share_pct)?;
            let args = vec![("share", Arg::Money(parts[1])), ("pct", Arg::Number(pct))];
            let business = Amount::range(Money::ZERO, Some(parts[1]));
            Allocation {
                rows: vec![
                    row(
                        Party::Fraudster,
                        whole,
                        None,
                        Key::PayFraudsterWhole,
                        vec![],
                    ),
                    row(Party::Business, business, None, Key::PayLeakShare, args),
                ],
                provisions: vec![P::CivilCode1175, P::CivilCode1172, P::CivilCode1173],
            }
        }
        Situation::FailedToVet { share_pct, reading } => {
            let (pct, parts) = shares(amount, share_pct)?;
            let (key, platform) = match reading {
                Reading::Supplementary => (
                    Key::PaySupplementary,
                    Amount::range(Money::ZERO, Some(parts[1])),
                ),
                Reading::Proportional => (Key::PayProportional, Amount::exact(parts[1])),
            };
            let args = vec![("share", Arg::Money(parts[1])), ("pct", Arg::Number(pct))];
            Allocation {
                rows: vec![
                    row(Party::Seller, whole, None, Key::PaySellerWhole, vec![]),
                    row(Party::Platform, platform, Some(parts[1]), key, args),
                ],
                provisions: vec![P::EcommerceLaw38Para2],
            }
        }
        Situation::SellerUnidentified => Allocation {
            rows: vec![
                row(
                    Party::Seller,
                    whole,
                    Some(amount),
                    Key::PaySellerWhole,
                    vec![],
                ),
                row(
                    Party::Platform,
                    whole,
                    Some(Money::ZERO),
                    Key::PayPlatformFirst,
                    vec![],
                ),
            ],
            provisions: vec![P::ConsumerProtection44Para1],
        },
        Situation::IgnoredNotice { enlarged } => {
            let enlarged = enlarged.min(amount).max(Money::ZERO);
            let args = vec![("enlarged", Arg::Money(enlarged))];
            Allocation {
                rows: vec![
                    row(Party::Seller, whole, None, Key::PaySellerWhole, vec![]),
                    row(
                        Party::Platform,
                        Amount::exact(enlarged),
                        None,
                        Key::PayEnlargedPart,
                        args,
                    ),
                ],
                provisions: vec![P::CivilCode1195Para2],
            }
        }
    })
}

fn row(
    party: Party,
    may_ask: Amount,
    internal: Option<Money>,
    key: Key,
    args: Vec<(&'static str, Arg)>,
) -> Row {
    Row {
        party,
        may_ask,
        internal,
        msg: Msg { key, args },
    }
}

/// Either may be asked for the whole; between themselves, halves where the shares cannot be
/// told (民法典 178(2)).
fn joint(amount: Money, parties: [Party; 2], basis: &[P]) -> Result<Allocation, Overflow> {
    let whole = Amount::exact(amount);
    let halves = split(amount, &[1, 1])?;
    let mut provisions = basis.to_vec();
    provisions.extend([P::CivilCode178Para1, P::CivilCode178Para2]);
    Ok(Allocation {
        rows: vec![
            row(
                parties[0],
                whole,
                Some(halves[0]),
                Key::PayJointWhole,
                vec![],
            ),
            row(
                parties[1],
                whole,
                Some(halves[1]),
                Key::PayJointWhole,
                vec![],
            ),
        ],
        provisions,
    })
}

/// The second party's share of `amount` at `pct` percent (at most 100), and both parts.
fn shares(amount: Money, pct: u64) -> Result<(u64, Vec<Money>), Overflow> {
    let pct = pct.min(100);
    Ok((pct, split(amount, &[100 - pct, pct])?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(fen: i64) -> Money {
        Money::from_fen(fen)
    }

    #[test]
    fn joint_liability_lets_the_consumer_ask_either_for_the_whole_and_splits_the_odd_fen() {
        let a = allocate(f(100_001), Situation::KnewAndDidNothing).unwrap();
        assert!(a
            .rows
            .iter()
            .all(|r| r.may_ask == Amount::exact(f(100_001))));
        assert_eq!(a.rows[0].internal, Some(f(50_001)));
        assert_eq!(a.rows[1].internal, Some(f(50_000)));
    }

    #[test]
    fn corresponding_liability_is_a_share_never_the_whole() {
        let sup = Situation::FailedToVet {
            share_pct: 30,
            reading: Reading::Supplementary,
        };
        let a = allocate(f(10_000), sup).unwrap();
        assert_eq!(
            a.rows[1].may_ask,
            Amount::range(Money::ZERO, Some(f(3_000)))
        );
        let pro = Situation::FailedToVet {
            share_pct: 30,
            reading: Reading::Proportional,
        };
        assert_eq!(
            allocate(f(10_000), pro).unwrap().rows[1].may_ask,
            Amount::exact(f(3_000))
        );
        let over = Situation::FailedToVet {
            share_pct: 250,
            reading: Reading::Proportional,
        };
        assert_eq!(
            allocate(f(10_000), over).unwrap().rows[1].may_ask,
            Amount::exact(f(10_000))
        );
    }

    #[test]
    fn after_notice_only_the_enlarged_part() {
        let s = Situation::IgnoredNotice {
            enlarged: f(20_000),
        };
        assert_eq!(
            allocate(f(5_000), s).unwrap().rows[1].may_ask,
            Amount::exact(f(5_000))
        );
        let s = Situation::IgnoredNotice { enlarged: f(1_000) };
        assert_eq!(
            allocate(f(5_000), s).unwrap().rows[1].may_ask,
            Amount::exact(f(1_000))
        );
    }
}
