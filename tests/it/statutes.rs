//! Statute texts are quoted, never paraphrased: each paragraph must appear verbatim in the
//! verified research notes, and every template must name the same values in both languages.

use std::collections::HashSet;
use weiquan::i18n::{engine, pieces, Lang, Piece, Text};
use weiquan::law::statutes::ProvisionId;

/// The quoted lines of the research notes, without their `> ` markers.
fn quoted_text() -> String {
    [
        "docs/law/legal-basis.md",
        "docs/law/verified-2026-11.md",
        "docs/law/verified-2026-11-punitive.md",
        "docs/law/verified-2026-11-burden.md",
        "docs/law/verified-2026-11-costs.md",
        "docs/law/verified-2026-12.md",
        "docs/law/verified-2026-12-refund.md",
    ]
    .iter()
    .map(|path| std::fs::read_to_string(path).unwrap_or_else(|_| panic!("{path}")))
    .flat_map(|note| {
        note.lines()
            .map(|l| {
                l.trim_start_matches('>')
                    .trim_start_matches("- ")
                    .trim()
                    .to_string()
            })
            .collect::<Vec<_>>()
    })
    .collect::<Vec<_>>()
    .join("\n")
}

#[test]
fn every_paragraph_is_verbatim_from_the_verified_source() {
    let source = quoted_text();
    for id in ProvisionId::ALL {
        for para in id.provision().text_zh.split('\n') {
            assert!(
                source.contains(para),
                "{id:?}: not verbatim in docs/law: {para}"
            );
        }
    }
}

#[test]
fn every_provision_is_distinct_and_complete() {
    let wires: HashSet<_> = ProvisionId::ALL.iter().map(|id| id.wire()).collect();
    assert_eq!(wires.len(), ProvisionId::ALL.len(), "duplicate wire names");
    // Two laws may word an article alike (民法总则 148 and 民法典 148); one law never twice.
    let texts: HashSet<_> = ProvisionId::ALL
        .iter()
        .map(|id| (id.provision().law.name_en, id.provision().text_zh))
        .collect();
    assert_eq!(
        texts.len(),
        ProvisionId::ALL.len(),
        "two ids of one law share one text"
    );
    for id in ProvisionId::ALL {
        let p = id.provision();
        assert!(!p.gloss_en.is_empty() && !p.article_en.is_empty(), "{id:?}");
        assert!(
            p.law.adopted <= p.law.in_force,
            "{id:?}: adopted after in force"
        );
        assert!(p.law.amended.is_none_or(|d| d >= p.law.adopted), "{id:?}");
        let json = serde_json::to_string(id).unwrap();
        assert_eq!(json, format!("\"{}\"", id.wire()));
    }
}

fn slots(template: &str) -> Vec<&str> {
    let mut names: Vec<&str> = pieces(template)
        .into_iter()
        .filter_map(|p| match p {
            Piece::Slot(name) => Some(name),
            Piece::Text(_) => None,
        })
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

#[test]
fn every_template_names_the_same_values_in_both_languages() {
    for t in Text::ALL {
        let (zh, en) = (t.get(Lang::Zh), t.get(Lang::En));
        assert!(!zh.is_empty() && !en.is_empty(), "{t:?} is empty");
        assert_eq!(slots(zh), slots(en), "{t:?}");
    }
    for key in engine::ALL_KEYS {
        let (zh, en) = (
            engine::template(*key, Lang::Zh),
            engine::template(*key, Lang::En),
        );
        assert!(!zh.is_empty() && !en.is_empty(), "{key:?} is empty");
        assert_eq!(slots(zh), slots(en), "{key:?}");
    }
}

#[test]
fn every_law_title_in_chinese_notes_is_in_book_title_marks() {
    for key in engine::ALL_KEYS {
        let zh = engine::template(*key, Lang::Zh);
        for law in [
            "个人信息保护法",
            "民法典",
            "消费者权益保护法",
            "食品安全法",
            "药品管理法",
            "侵权责任法",
            "民法总则",
            "网络安全法",
            "产品质量法",
        ] {
            for (at, _) in zh.match_indices(law) {
                let before = &zh[..at];
                assert!(
                    before.ends_with("《") || before.ends_with("《中华人民共和国"),
                    "{key:?}: {law} without 《》"
                );
            }
        }
    }
}
