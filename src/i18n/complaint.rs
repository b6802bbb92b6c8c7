//! The take-away documents, generated from an Assessment in the browser: a 民事起诉状 skeleton
//! in Chinese (the parties left blank for the user to fill in offline; the claims built from the
//! lines, each amount in figures and in capitals; the provisions; the fee estimate), and in
//! English a demand letter to the business. Drafts, not legal advice: each says so first.
//!
//! A head that comes to ¥0 is left out and the relief drafted instead; the legal basis cites what
//! supports a request, never the defendant's answers to it (a third party's or the victim's fault,
//! the buyer's knowledge) nor the standards a court applies. A public-interest case gets no
//! individual draft: only a procuratorate or a designated organisation may bring it.

use super::capital::capital;
use super::{amount, citation, engine, Lang};
use crate::law::costs::Costs;
use crate::law::statutes::ProvisionId;
use crate::law::{Amount, Assessment, ClaimKind, Frame, LineId, Role, Section};
use crate::money::Money;
use std::fmt::Write;

const BLANK: &str = "________________";

/// The document for `lang`: the complaint in Chinese, the demand letter in English; for a
/// public-interest case, who may sue and what one person may claim instead.
pub fn draft(lang: Lang, a: &Assessment, costs: Option<&Costs>) -> String {
    let public = claims(a).any(|s| s.frame == Frame::PublicInterest);
    match (lang.shown(), public) {
        (_, true) => public_interest(lang),
        _ if demands(a, lang).is_empty() => nothing_to_claim(lang).to_string(),
        (Lang::Zh, false) => complaint(a, costs),
        (Lang::En, false) => demand_letter(a, costs),
    }
}

/// No head is worth anything and there is no relief to ask (a staged claim, say): no draft.
fn nothing_to_claim(lang: Lang) -> &'static str {
    match lang.shown() {
        Lang::Zh => "按您填写的情况，没有可以请求的金额或者其他事项，所以不生成起诉状。\n",
        Lang::En => "On what you entered there is no sum and nothing else to ask for, so no letter is drafted.\n",
    }
}

/// A public-interest suit is the procuratorate's or a designated organisation's (PIPL 70, 民事诉讼法
/// 58): one person drafts no complaint for the public's money, and may sue only for their own.
fn public_interest(lang: Lang) -> String {
    let ids = [ProvisionId::Pipl70, ProvisionId::CivilProcedureLaw58Para1];
    let cited: Vec<String> = ids
        .iter()
        .map(|id| citation(lang, id.provision()))
        .collect();
    let text = match lang.shown() {
        Lang::Zh => "这是公益诉讼：只有人民检察院、法律规定的消费者组织和国家网信部门确定的组织可以起诉，赔偿款归公益，所以不生成个人的起诉状。您个人可以另行起诉，请求赔偿您自己的损失（或对方因您的信息获得的利益），并请求停止侵害、删除、赔礼道歉：选择由“我本人”起诉即可生成草稿。\n\n依据：",
        Lang::En => "A public-interest case: only a procuratorate, a consumer organisation named by law or one designated by the cyberspace authority may bring it, and the money goes to public purposes, so no individual draft is made. You may sue for your own loss (or the gain from your information) and ask that the infringement stop, your data be deleted and an apology made: choose \"Me\" as the one suing for a draft.\n\nBasis: ",
    };
    format!("{text}{}\n", cited.join("; "))
}

/// The current-law sections that have something to claim.
fn claims(a: &Assessment) -> impl Iterator<Item = &Section> {
    a.sections
        .iter()
        .filter(|s| s.claim != ClaimKind::ReformProposal && s.not_covered.is_none())
}

/// What a line cites that is no ground for a request: the defendant's answers (the third party
/// caused it, the victim's own fault, the buyer knew — pleading that is an admission) and the rules
/// of procedure a court applies (the standard of proof, not beyond the claim).
fn grounds_a_request(id: ProvisionId) -> bool {
    use ProvisionId as P;
    !matches!(
        id,
        P::CivilCode1173
            | P::CivilCode1175
            | P::TortLaw26
            | P::TortLaw28
            | P::FoodDrugPunitive2Para1
            | P::FoodDrugPunitive12
            | P::CivilProcedureInterpretation108Para1
            | P::CivilProcedureInterpretation109
            | P::CivilProcedureLaw211Item11
    )
}

/// The provisions behind the lines claimed and the relief, each once, in citation order.
fn provisions(a: &Assessment) -> Vec<ProvisionId> {
    let mut ids: Vec<ProvisionId> = claims(a)
        .flat_map(|s| {
            let lines = s.lines.iter().filter(|l| claimed(l));
            let relief = s.relief.iter().flat_map(|r| r.provisions.iter().copied());
            lines
                .flat_map(|l| l.provisions.iter().copied())
                .chain(relief)
        })
        .collect();
    ids.retain(|id| grounds_a_request(*id));
    ids.sort_by_key(|id| ProvisionId::ALL.iter().position(|x| x == id));
    ids.dedup();
    ids
}

/// A line the document asks for: awarded, and not ¥0 (a head worth nothing is left out).
fn claimed(line: &crate::law::Line) -> bool {
    line.role == Role::Awarded && !line.amount.is_zero()
}

/// The court fees, as a sentence part: each claim's fee.
fn fees(lang: Lang, costs: Option<&Costs>) -> Vec<String> {
    let is_fee = |id| {
        matches!(
            id,
            LineId::CourtFeeProperty | LineId::CourtFeePersonality | LineId::CourtFeeJoined
        )
    };
    costs
        .into_iter()
        .flat_map(|c| c.lines.iter().filter(|l| is_fee(l.id)))
        .map(|l| {
            format!(
                "{} {}",
                engine::line_label(l.id, lang),
                amount(lang, l.amount)
            )
        })
        .collect()
}

/// What the document asks for, in order: each awarded line (an exact sum, or an estimate the user
/// must turn into a figure), and stop/delete/apologise after a personal-information claim.
enum Demand {
    Sum(&'static str, Money),
    Estimate(&'static str, Amount),
    StopDeleteApologise,
}

fn demands(a: &Assessment, lang: Lang) -> Vec<Demand> {
    let mut out = Vec::new();
    for s in claims(a) {
        for line in s.lines.iter().filter(|l| claimed(l)) {
            let label = engine::line_label(line.id, lang);
            out.push(match (line.amount, line.discretion) {
                (Amount::Exact { fen }, None) => Demand::Sum(label, fen),
                (estimate, _) => Demand::Estimate(label, estimate),
            });
        }
        if s.claim == ClaimKind::PersonalInformation && !s.relief.is_empty() {
            out.push(Demand::StopDeleteApologise);
        }
    }
    out
}

/// The sum of the money demands, when every one is an exact figure.
fn exact_total(demands: &[Demand]) -> Option<Money> {
    demands.iter().try_fold(Money::ZERO, |total, d| match d {
        Demand::Sum(_, m) => total.checked_add(*m).ok(),
        Demand::Estimate(..) => None,
        Demand::StopDeleteApologise => Some(total),
    })
}

fn complaint(a: &Assessment, costs: Option<&Costs>) -> String {
    let mut out = String::new();
    let w = &mut out;
    let _ = writeln!(w, "民事起诉状（草稿）\n");
    let _ = writeln!(w, "【说明】这是维权计算器根据估算生成的草稿，不是法律意见。请逐项核对，必要时咨询律师。当事人信息请您自己填写；本页面不保存、不发送您填写的任何内容。\n");
    let _ = writeln!(w, "原告：{BLANK}，性别：____，____年__月__日出生，民族：____，住址：{BLANK}，联系电话：{BLANK}，公民身份号码：{BLANK}。");
    let _ = writeln!(w, "被告：{BLANK}（名称），住所地：{BLANK}，法定代表人：{BLANK}，统一社会信用代码：{BLANK}。\n");
    let _ = writeln!(w, "诉讼请求：");
    let demands = demands(a, Lang::Zh);
    let mut n = 0;
    for d in &demands {
        n += 1;
        let _ = match d {
            Demand::Sum(label, m) => writeln!(
                w,
                "{n}. 判令被告向原告支付{label}人民币{}元（大写：{}）；",
                m.figures_with_fen(),
                capital(*m)
            ),
            Demand::Estimate(label, e) => writeln!(
                w,
                "{n}. 判令被告向原告支付{label}人民币________元（估算：{}；请填写您主张的数额）；",
                amount(Lang::Zh, *e)
            ),
            Demand::StopDeleteApologise => writeln!(
                w,
                "{n}. 判令被告停止侵害，删除其处理的原告个人信息，并向原告赔礼道歉；"
            ),
        };
    }
    let money_demands = demands
        .iter()
        .filter(|d| !matches!(d, Demand::StopDeleteApologise))
        .count();
    let sum = exact_total(&demands).filter(|_| money_demands > 1);
    let _ = writeln!(w, "{}. 本案诉讼费用由被告负担。", n + 1);
    if let Some(total) = sum.filter(|t| !t.is_zero()) {
        let _ = writeln!(
            w,
            "以上金钱请求合计人民币{}元（大写：{}）。",
            total.figures_with_fen(),
            capital(total)
        );
    }
    let _ = writeln!(w, "\n事实与理由：");
    let _ = writeln!(w, "（请按时间顺序写明：您与被告是什么关系（注册、购买），发生了什么，您怎样发现，造成了什么损失，您有哪些证据。）\n");
    let _ = writeln!(w, "法律依据：");
    for id in provisions(a) {
        let _ = writeln!(w, "{}", citation(Lang::Zh, id.provision()));
    }
    let fees = fees(Lang::Zh, costs);
    if !fees.is_empty() {
        let _ = writeln!(
            w,
            "\n案件受理费估算：{}（适用简易程序的减半交纳）。",
            fees.join("；")
        );
    }
    let _ = writeln!(w, "\n此致\n{BLANK}人民法院\n\n具状人：{BLANK}\n________年____月____日\n\n附：证据清单（请列明每份证据的名称、来源和要证明的事实）");
    out
}

fn demand_letter(a: &Assessment, costs: Option<&Costs>) -> String {
    let mut out = String::new();
    let w = &mut out;
    let _ = writeln!(w, "LETTER BEFORE ACTION (draft)\n");
    let _ = writeln!(w, "[Note] Generated by Weiquan from an estimate: not legal advice. Check every item and see a lawyer if in doubt. Fill in the names yourself; this page neither keeps nor sends anything you type.\n");
    let _ = writeln!(
        w,
        "To: {BLANK} (the business's name and address)\nFrom: {BLANK}\nDate: {BLANK}\n"
    );
    let _ = writeln!(w, "Dear Sir or Madam,\n\nI write about {BLANK} (what happened, and when). Under the provisions listed below, I ask you, within 15 days of this letter:");
    for (i, d) in demands(a, Lang::En).iter().enumerate() {
        let n = i + 1;
        let _ = match d {
            Demand::Sum(label, m) => writeln!(w, "{n}. to pay {label}: RMB {};", m.figures_with_fen()),
            Demand::Estimate(label, e) => writeln!(w, "{n}. to pay {label}: RMB ________ (estimated {}; fill in what you claim);", amount(Lang::En, *e)),
            Demand::StopDeleteApologise => writeln!(w, "{n}. to stop the infringement, delete the personal information of mine you process, and apologise;"),
        };
    }
    let _ = writeln!(w, "\nLegal basis:");
    for id in provisions(a) {
        let _ = writeln!(w, "- {}", citation(Lang::En, id.provision()));
    }
    let fees = fees(Lang::En, costs);
    if !fees.is_empty() {
        let _ = writeln!(w, "\nIf you do not, I intend to sue in the People's Court. The court fee is estimated at {} (halved under the simplified procedure); the losing party bears it.", fees.join("; "));
    }
    let _ = writeln!(w, "\nYours faithfully,\n{BLANK}");
    out
}
