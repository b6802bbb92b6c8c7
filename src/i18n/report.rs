//! An Assessment as plain text, every figure with its reasoning and citations, and beside it what
//! suing costs and who pays: for the `assess` command and the snapshot tests (so a wording change
//! shows as a diff in review).

use super::{amount, citation, claim_title, engine, party, render, role_text, Lang, Text};
use crate::law::costs::Costs;
use crate::law::liability::Allocation;
use crate::law::{Assessment, ClaimKind, Frame, Line, Total};
use std::fmt::Write;

pub fn plain_text(lang: Lang, a: &Assessment) -> String {
    let mut out = String::new();
    let sep = Text::LabelSeparator.get(lang);
    for s in &a.sections {
        // The sandbox is a proposal, never "what a court could award".
        let heading = match (s.claim, s.frame) {
            (ClaimKind::ReformProposal, _) => Text::ReformToggle.get(lang).to_string(),
            (_, Frame::Individual) => title(lang, Text::ResultHeading, s.claim),
            (_, Frame::PublicInterest) => title(lang, Text::ResultHeadingPublic, s.claim),
        };
        let _ = writeln!(out, "# {heading}");
        if let Some(why) = &s.not_covered {
            let _ = writeln!(out, "{}", render(lang, why));
            continue;
        }
        let label = match s.claim {
            ClaimKind::ReformProposal => Text::ReformTotalLabel,
            _ => Text::TotalLabel,
        };
        let _ = writeln!(
            out,
            "{}{sep}{}",
            label.get(lang),
            total_text(lang, &s.total)
        );
        for line in &s.lines {
            write_line(&mut out, lang, line);
        }
        if !s.relief.is_empty() {
            let _ = writeln!(out, "## {}", Text::ReliefHeading.get(lang));
            for r in &s.relief {
                write_note(&mut out, lang, &r.msg, &r.provisions);
            }
        }
        let _ = writeln!(out, "## {}", Text::NotesHeading.get(lang));
        for n in &s.notes {
            write_note(&mut out, lang, &n.msg, &n.provisions);
        }
    }
    let current = a
        .sections
        .iter()
        .filter(|s| s.claim != ClaimKind::ReformProposal);
    if let Some(total) = a.total().filter(|_| current.count() > 1) {
        let label = Text::CombinedTotalLabel.get(lang);
        let _ = writeln!(out, "# {label}{sep}{}", total_text(lang, &total));
    }
    let _ = writeln!(out, "{}", Text::Disclaimer.get(lang));
    out
}

fn title(lang: Lang, heading: Text, claim: ClaimKind) -> String {
    format!("{} · {}", heading.get(lang), claim_title(claim).get(lang))
}

/// What suing costs and how long there is: each line with its reasoning, then the notes.
pub fn costs_text(lang: Lang, costs: &Costs) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}", Text::CostsHeading.get(lang));
    for line in &costs.lines {
        write_line(&mut out, lang, line);
    }
    for n in &costs.notes {
        write_note(&mut out, lang, &n.msg, &n.provisions);
    }
    out
}

/// Who pays: the figure shared, then what may be asked of each party and its share between them.
pub fn allocation_text(lang: Lang, allocation: &Allocation) -> String {
    let mut out = String::new();
    let sep = Text::LabelSeparator.get(lang);
    let _ = writeln!(out, "# {}", Text::WhoPaysHeading.get(lang));
    let _ = writeln!(out, "{}", super::allocation_basis(lang, allocation));
    for row in &allocation.rows {
        let _ = writeln!(
            out,
            "## {}{sep}{}{sep}{}",
            party(row.party).get(lang),
            Text::MayAsk.get(lang),
            amount(lang, row.may_ask)
        );
        if let Some(share) = row.internal {
            let label = Text::InternalShare.get(lang);
            let _ = writeln!(out, "  {label}{sep}{}", amount(lang, share));
        }
        let _ = writeln!(out, "{}", render(lang, &row.msg));
    }
    let _ = writeln!(
        out,
        "  {}",
        cites(lang, &allocation.provisions).trim_start()
    );
    out
}

/// `- a note [its provisions]`.
fn write_note(
    out: &mut String,
    lang: Lang,
    msg: &crate::law::Msg,
    provisions: &[crate::law::statutes::ProvisionId],
) {
    let _ = writeln!(out, "- {}{}", render(lang, msg), cites(lang, provisions));
}

fn total_text(lang: Lang, total: &Total) -> String {
    if total.court_decides.is_some() {
        format!(
            "{} ({})",
            Text::CourtDecides.get(lang),
            amount(lang, total.amount)
        )
    } else {
        amount(lang, total.amount)
    }
}

fn write_line(out: &mut String, lang: Lang, line: &Line) {
    let role = role_text(line.role);
    let sep = Text::LabelSeparator.get(lang);
    let label = engine::line_label(line.id, lang);
    let _ = writeln!(
        out,
        "## {label}{sep}{} ({})",
        amount(lang, line.amount),
        role.get(lang)
    );
    let _ = writeln!(out, "{}", render(lang, &line.formula));
    for p in &line.parts {
        let label = engine::line_label(p.id, lang);
        let _ = writeln!(
            out,
            "  - {label}{sep}{}{sep}{}",
            amount(lang, p.amount),
            render(lang, &p.formula)
        );
        for n in &p.notes {
            let _ = writeln!(out, "    {}", render(lang, n));
        }
    }
    for n in &line.notes {
        let _ = writeln!(out, "  * {}", render(lang, n));
    }
    if !line.provisions.is_empty() {
        let _ = writeln!(out, "  {}", cites(lang, &line.provisions));
    }
}

/// ` [《…》第…条; …]`, or nothing where nothing is cited.
fn cites(lang: Lang, ids: &[crate::law::statutes::ProvisionId]) -> String {
    if ids.is_empty() {
        return String::new();
    }
    let list: Vec<String> = ids
        .iter()
        .map(|id| citation(lang, id.provision()))
        .collect();
    format!(" [{}]", list.join("; "))
}

/// The burden explainer as plain text, for snapshots: each claim's elements with who proves them
/// and to what standard, what the evidence held supports, what could be gathered, the special
/// rules and the causation reasoning.
pub fn burden_text(lang: Lang, explainers: &[crate::law::burden::Explainer]) -> String {
    use super::burden as words;
    let mut out = String::new();
    let sep = Text::LabelSeparator.get(lang);
    for x in explainers {
        let _ = writeln!(out, "# {}", Text::BurdenHeading.get(lang));
        for e in &x.elements {
            let _ = writeln!(
                out,
                "## {} · {} · {}{}",
                words::element_label(e.id, lang),
                words::bearer(e.bearer, lang),
                words::standard(e.standard, lang),
                cites(lang, &e.provisions)
            );
            let _ = writeln!(out, "{}", render(lang, &e.msg));
            for item in &e.supported_by {
                let _ = writeln!(out, "  + {}", words::evidence_label(*item, lang));
            }
            for item in &e.could_gather {
                let label = words::evidence_label(*item, lang);
                let _ = writeln!(out, "  ? {label}{sep}{}", words::evidence_how(*item, lang));
            }
        }
        for n in &x.shifts {
            write_note(&mut out, lang, &n.msg, &n.provisions);
        }
        for (i, m) in x.causation_steps.iter().chain(&x.reform).enumerate() {
            let _ = writeln!(out, "{}. {}", i + 1, render(lang, m));
        }
    }
    out
}
