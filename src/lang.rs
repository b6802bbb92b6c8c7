//! The languages the page speaks, and the one way to hold the same words in each of them.
//!
//! A leaf: it imports nothing of the crate. Adding a language is a variant here, its arm in
//! `Words::get` and `Lang::tag`, and a column of data wherever `Words` are written; the compiler
//! lists every place that is missing one.
//!
//! The page is built once per language (the features `lang-zh` and `lang-en`): a build keeps the
//! words of its own language and the compiler leaves the other's out of the wasm, so a phone
//! downloads one language, not two. Natively, and in a build with neither feature, both are in.

use serde::{Deserialize, Serialize};

/// The interface language. Chinese first.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    #[serde(rename = "zh-CN")]
    Zh,
    #[serde(rename = "en")]
    En,
}

#[cfg(all(feature = "lang-zh", feature = "lang-en"))]
compile_error!("a page is built for one language: lang-zh or lang-en, not both");

impl Lang {
    /// Every language, in the order the switch offers them.
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];

    /// The BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// The language with this tag, as `tag` writes it.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.tag() == tag)
    }

    /// The language the switch offers next.
    pub fn other(self) -> Lang {
        let at = Lang::ALL.iter().position(|l| *l == self).unwrap_or(0);
        Lang::ALL[(at + 1) % Lang::ALL.len()]
    }

    /// Whether this build has the language's words (else showing it means loading its build).
    pub const fn is_built(self) -> bool {
        match self {
            Lang::Zh => !cfg!(feature = "lang-en"),
            Lang::En => !cfg!(feature = "lang-zh"),
        }
    }

    /// The language this build shows for `self`: itself, or the build's one language. Code that
    /// chooses by language matches on this, so a one-language build compiles the other's words
    /// out.
    #[inline(always)]
    pub const fn shown(self) -> Lang {
        if cfg!(feature = "lang-zh") {
            Lang::Zh
        } else if cfg!(feature = "lang-en") {
            Lang::En
        } else {
            self
        }
    }
}

/// The same words in each language: a page string, a template, a case's title. A one-language
/// build keeps only its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Words {
    #[cfg(not(feature = "lang-en"))]
    zh: &'static str,
    #[cfg(not(feature = "lang-zh"))]
    en: &'static str,
}

impl Words {
    pub const fn new(zh: &'static str, en: &'static str) -> Words {
        let _ = (zh, en);
        Words {
            #[cfg(not(feature = "lang-en"))]
            zh,
            #[cfg(not(feature = "lang-zh"))]
            en,
        }
    }

    pub fn get(self, lang: Lang) -> &'static str {
        match lang.shown() {
            #[cfg(not(feature = "lang-en"))]
            Lang::Zh => self.zh,
            #[cfg(not(feature = "lang-zh"))]
            Lang::En => self.en,
            #[allow(unreachable_patterns)]
            _ => unreachable_language(),
        }
    }
}

/// `Lang::shown` gives only a built language; a one-language build never gets here.
#[cold]
fn unreachable_language() -> &'static str {
    ""
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_read_back_and_the_switch_cycles() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
            assert!(lang.is_built(), "natively both languages are in");
            assert_eq!(lang.shown(), lang);
        }
        assert_eq!(Lang::Zh.other(), Lang::En);
        assert_eq!(Lang::En.other(), Lang::Zh);
        assert_eq!(Lang::from_tag("fr"), None);
    }
}
