//! Statute texts are quoted, never paraphrased: each paragraph must appear verbatim in the
//! verified research note, and every string template must be complete in both languages.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;
use weiquan::i18n::{Lang, Text};
use weiquan::law::statutes::{self, ALL};

/// The quoted lines of the research note, without their `> ` markers.
fn quoted_text() -> String {
    let note = std::fs::read_to_string("docs/law/legal-basis.md").expect("docs/law/legal-basis.md");
    note.lines()
        .map(|l| l.trim_start_matches('>').trim_start_matches("- ").trim())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn every_paragraph_is_verbatim_from_the_verified_source() {
    let source = quoted_text();
    for p in ALL {
        for para in p.text_zh.split('\n') {
            assert!(
                source.contains(para),
                "{:?}: not verbatim in legal-basis.md: {para}",
                p.id
            );
        }
    }
}

#[test]
fn every_provision_id_has_exactly_one_entry() {
    let ids: HashSet<_> = ALL.iter().map(|p| p.id).collect();
    assert_eq!(ids.len(), ALL.len(), "duplicate provision ids");
    for p in ALL {
        assert_eq!(statutes::provision(p.id).id, p.id);
        assert!(!p.gloss_en.is_empty() && !p.article_en.is_empty());
        assert!(p.law.in_force.len() == 10, "in-force date of {:?}", p.id);
    }
}

#[test]
fn every_template_has_the_same_placeholders_in_both_languages() {
    for t in Text::ALL {
        let (zh, en) = (t.get(Lang::Zh), t.get(Lang::En));
        assert!(!zh.is_empty() && !en.is_empty(), "{t:?} is empty");
        for i in 0..6 {
            let slot = format!("{{{i}}}");
            assert_eq!(
                zh.contains(&slot),
                en.contains(&slot),
                "{t:?}: {slot} in one language only"
            );
        }
    }
}
