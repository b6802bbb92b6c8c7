//! An Assessment as plain text, every figure with its reasoning and citations: for the `assess`
//! command and the snapshot tests (so a wording change shows as a diff in review).

use super::{amount, citation, claim_title, engine, render, role_text, Lang, Text};
use crate::law::{Assessment, ClaimKind, Frame, Line, Total};
use std::fmt::Write;

pub fn plain_text(lang: Lang, a: &Assessment) -> String {
    let mut out = String::new();
    let sep = Text::LabelSeparator.get(lang);
    for s in &a.sections {
        let heading = match s.frame {
            Frame::Individual => Text::ResultHeading,
            Frame::PublicInterest => Text::ResultHeadingPublic,
        };
        let claim = claim_title(s.claim).get(lang);
        let _ = writeln!(out, "# {} · {claim}", heading.get(lang));
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
