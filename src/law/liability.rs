//! Who pays (责任承担): given the claim a situation is about and how the defendants stand to each
//! other, what the consumer may ask of each, and how they share it among themselves. Joint
//! liability (连带责任) lets the consumer ask any one for the whole; a share (按份责任) limits each
//! to its part; supplementary liability (补充责任) comes only after the one primarily liable fails
//! to pay. Splits are to the fen, never losing or inventing one (`mechanisms::split`).
//!
//! The figure shared is the claim's own, never another's and never a range's low end: after a
//! scam, the scam loss less what was recovered; a platform's situations, the purchase claim; the
//! others, the personal-information claim. A range is shared bound by bound, so it stays a range.

use super::assessment::{Assessment, ClaimKind, LineId, Section};
use super::mechanisms::split;
use super::statutes::ProvisionId as P;
use super::vocab::{Arg, Key, Msg};
use super::Amount;
use crate::money::{Money, Overflow};
use serde::{Deserialize, Serialize};

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

/// How the defendants stand to each other: the platform to the seller, two businesses, or a
/// scammer to the business that leaked. In a Scenario file (version 3) it is `"who_pays"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
    pub internal: Option<Amount>,
    pub msg: Msg,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Allocation {
    /// The claim shared out, and its figure.
    pub claim: ClaimKind,
    pub figure: Amount,
    pub rows: Vec<Row>,
    pub provisions: Vec<P>,
}

impl Situation {
    /// The claims a situation can be about, the first present taken: a scam's loss is in the
    /// personal-information claim; a platform answers for what was bought (or, under the same
    /// network rules, for information); two businesses for the information they handled.
    fn claims(self) -> &'static [ClaimKind] {
        use ClaimKind::{PersonalInformation as Pi, Purchase};
        match self {
            Situation::ScamAfterLeak { .. } => &[Pi],
            Situation::JointProcessors
            | Situation::JointTortfeasors
            | Situation::SeparateShares { .. } => &[Pi, Purchase],
            Situation::KnewAndDidNothing
            | Situation::FailedToVet { .. }
            | Situation::SellerUnidentified
            | Situation::FoodPlatform
            | Situation::IgnoredNotice { .. } => &[Purchase, Pi],
        }
    }
}

/// Who pays what of the claim `situation` is about, in `a`; `None` when `a` has no such claim,
/// or its figure is undetermined (nothing to share).
pub fn allocate_claim(
    a: &Assessment,
    situation: Situation,
) -> Result<Option<Allocation>, Overflow> {
    let found = situation.claims().iter().find_map(|claim| {
        let section = a.section(*claim).filter(|s| s.not_covered.is_none())?;
        Some((*claim, figure(section, situation)?))
    });
    let Some((claim, figure)) = found else {
        return Ok(None);
    };
    let before_2021 = a.section(claim).is_some_and(tort_law_era);
    Ok(allocate(claim, figure, situation)?.map(|mut allocation| {
        if before_2021 {
            allocation.provisions = allocation
                .provisions
                .into_iter()
                .map(of_the_tort_law)
                .collect();
        }
        allocation
    }))
}

/// A personal-information claim judged by the Tort Liability Law (its property line rests on 20).
fn tort_law_era(section: &Section) -> bool {
    section
        .lines
        .iter()
        .any(|l| l.provisions.contains(&P::TortLaw20))
}

/// The Tort Liability Law's article for a Civil Code article on who pays, where it had one: the
/// law of the time for conduct before 2021 (时间效力规定 1(2)).
fn of_the_tort_law(provision: P) -> P {
    match provision {
        P::CivilCode1168 => P::TortLaw8,
        P::CivilCode1171 => P::TortLaw11,
        P::CivilCode1172 => P::TortLaw12,
        P::CivilCode178Para1 => P::TortLaw13,
        P::CivilCode178Para2 => P::TortLaw14,
        P::CivilCode1173 => P::TortLaw26,
        P::CivilCode1175 => P::TortLaw28,
        other => other,
    }
}

/// The figure shared: after a scam, the loss the scammer caused less what was recovered (the top of
/// the loss basis, whose share alone the leaking business owes); otherwise the claim's total.
fn figure(section: &Section, situation: Situation) -> Option<Amount> {
    let figure = match situation {
        Situation::ScamAfterLeak { .. } => {
            let loss = section.lines.iter().flat_map(|l| &l.parts).find(|p| {
                p.id == LineId::LossBasis && p.formula.key == Key::FormulaLossThirdParty
            })?;
            match loss.formula.arg("open")? {
                Arg::Money(open) => Amount::exact(open),
                _ => return None,
            }
        }
        _ => section.total.amount,
    };
    figure.bounds().is_some().then_some(figure)
}

/// The allocation of `figure` of `claim` in a situation: each bound shared on its own, then put
/// back together, so a range gives ranges.
pub fn allocate(
    claim: ClaimKind,
    figure: Amount,
    situation: Situation,
) -> Result<Option<Allocation>, Overflow> {
    let Some((min, max)) = figure.bounds() else {
        return Ok(None);
    };
    let low = allocate_point(min, situation)?;
    let high = max.map(|m| allocate_point(m, situation)).transpose()?;
    let rows = low
        .rows
        .into_iter()
        .enumerate()
        .map(|(i, row)| {
            let top = high.as_ref().map(|h| &h.rows[i]);
            Row {
                party: row.party,
                may_ask: span(row.may_ask, top.map(|t| t.may_ask)),
                internal: row.internal.map(|m| span(m, top.and_then(|t| t.internal))),
                msg: merge(row.msg, top.map(|t| &t.msg)),
            }
        })
        .collect();
    Ok(Some(Allocation {
        claim,
        figure,
        rows,
        provisions: low.provisions,
    }))
}

/// The low end of `low` to the high end of `high` (open when there is no high allocation: the
/// figure had no top).
fn span(low: Amount, high: Option<Amount>) -> Amount {
    let bottom = low.bounds().map_or(Money::ZERO, |b| b.0);
    let top = high.and_then(|h| h.bounds()).and_then(|b| b.1);
    Amount::range(bottom, top)
}

/// A row's message with each sum that differs between the two ends written as a range.
fn merge(low: Msg, high: Option<&Msg>) -> Msg {
    let args = low
        .args
        .iter()
        .map(|&(name, arg)| match (arg, high.and_then(|h| h.arg(name))) {
            (Arg::Money(a), Some(Arg::Money(b))) => (name, Arg::Amount(Amount::range(a, Some(b)))),
            (Arg::Money(a), None) => (name, Arg::Amount(Amount::range(a, None))),
            _ => (name, arg),
        })
        .collect();
    Msg { key: low.key, args }
}

/// What one point figure comes to in a situation.
fn allocate_point(amount: Money, situation: Situation) -> Result<Point, Overflow> {
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
            Point {
                rows: vec![own(0, 100 - pct), own(1, pct)],
                provisions: vec![P::CivilCode1172],
            }
        }
        Situation::ScamAfterLeak { share_pct } => {
            let (pct, parts) = shares(amount, share_pct)?;
            let args = vec![("share", Arg::Money(parts[1])), ("pct", Arg::Number(pct))];
            let business = Amount::range(Money::ZERO, Some(parts[1]));
            Point {
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
            Point {
                rows: vec![
                    row(Party::Seller, whole, None, Key::PaySellerWhole, vec![]),
                    row(Party::Platform, platform, Some(parts[1]), key, args),
                ],
                provisions: vec![P::EcommerceLaw38Para2],
            }
        }
        Situation::SellerUnidentified => Point {
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
            Point {
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

/// One figure's allocation, before the two ends of a range are put together.
struct Point {
    rows: Vec<Row>,
    provisions: Vec<P>,
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
        internal: internal.map(Amount::exact),
        msg: Msg { key, args },
    }
}

/// Either may be asked for the whole; between themselves, halves where the shares cannot be
/// told (民法典 178(2)).
fn joint(amount: Money, parties: [Party; 2], basis: &[P]) -> Result<Point, Overflow> {
    let whole = Amount::exact(amount);
    let halves = split(amount, &[1, 1])?;
    let mut provisions = basis.to_vec();
    provisions.extend([P::CivilCode178Para1, P::CivilCode178Para2]);
    Ok(Point {
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

    fn allocate(amount: Money, situation: Situation) -> Result<Allocation, Overflow> {
        super::allocate(ClaimKind::Purchase, Amount::exact(amount), situation)
            .map(|a| a.expect("a figure"))
    }

    #[test]
    fn joint_liability_lets_the_consumer_ask_either_for_the_whole_and_splits_the_odd_fen() {
        let a = allocate(f(100_001), Situation::KnewAndDidNothing).unwrap();
        assert!(a
            .rows
            .iter()
            .all(|r| r.may_ask == Amount::exact(f(100_001))));
        assert_eq!(a.rows[0].internal, Some(Amount::exact(f(50_001))));
        assert_eq!(a.rows[1].internal, Some(Amount::exact(f(50_000))));
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
    fn a_range_is_shared_bound_by_bound() {
        let figure = Amount::range(f(0), Some(f(10_001)));
        let a = super::allocate(ClaimKind::Purchase, figure, Situation::KnewAndDidNothing)
            .unwrap()
            .unwrap();
        assert_eq!(a.rows[0].may_ask, figure);
        assert_eq!(
            a.rows[0].internal,
            Some(Amount::range(f(0), Some(f(5_001))))
        );
        let open = Amount::range(f(500), None);
        let a = super::allocate(
            ClaimKind::Purchase,
            open,
            Situation::SeparateShares { share_pct: 20 },
        )
        .unwrap()
        .unwrap();
        assert_eq!(a.rows[1].may_ask, Amount::range(f(100), None));
        assert_eq!(
            a.rows[1].msg.arg("share"),
            Some(Arg::Amount(Amount::range(f(100), None)))
        );
        let none = super::allocate(
            ClaimKind::Purchase,
            Amount::Undetermined,
            Situation::FoodPlatform,
        );
        assert_eq!(none, Ok(None));
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
