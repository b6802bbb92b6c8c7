//! The page's query parameters, for a law firm that embeds the calculator in an iframe:
//! `?embed=1&lang=en&accent=%23005a9c&modules=pi,purchase&firm=某律师事务所&case=<preset id>`, and
//! `full=1` for the full calculator instead of the guided questions.
//! All optional. A bad value is left out with a warning (the page logs it to the console) and the
//! page keeps working. Pure, so it is tested natively.

use crate::cases;
use crate::form::codec;
use crate::i18n::Lang;

/// The longest firm name shown.
const MAX_FIRM: usize = 40;

/// Which claims the page offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Modules {
    pub personal_information: bool,
    pub purchase: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// The layout for an iframe: no page header or footer; the height is reported to the host.
    pub embed: bool,
    pub lang: Option<Lang>,
    /// A colour as `#rgb` or `#rrggbb`, for the page's accent.
    pub accent: Option<String>,
    pub modules: Option<Modules>,
    /// "Provided by …", shown as text.
    pub firm: Option<String>,
    /// A preset to load.
    pub case: Option<&'static str>,
    /// Open on the full calculator rather than the guided questions (lawyers, teachers).
    pub full: bool,
}

/// Reads a query string (with or without the leading `?`), and the warnings for what it skipped.
pub fn parse(query: &str) -> (Options, Vec<String>) {
    let mut o = Options::default();
    let mut warnings = Vec::new();
    for pair in query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
    {
        let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
        let value = codec::unescape(&raw.replace('+', " ")).ok();
        let Some(value) = value else {
            warnings.push(format!("weiquan: ignored {key}: not a valid escape"));
            continue;
        };
        if let Err(why) = apply(&mut o, key, &value) {
            warnings.push(format!("weiquan: ignored {key}={value}: {why}"));
        }
    }
    (o, warnings)
}

fn apply(o: &mut Options, key: &str, value: &str) -> Result<(), &'static str> {
    match key {
        "embed" => o.embed = flag(value)?,
        "full" => o.full = flag(value)?,
        "lang" => o.lang = Some(Lang::from_tag(value).ok_or("expected zh-CN or en")?),
        "accent" => o.accent = Some(colour(value)?),
        "modules" => o.modules = Some(modules(value)?),
        "firm" => o.firm = Some(firm(value)?),
        "case" => o.case = Some(cases::preset(value).ok_or("no such preset")?.id),
        _ => return Err("unknown parameter"),
    }
    Ok(())
}

fn flag(value: &str) -> Result<bool, &'static str> {
    match value {
        "1" => Ok(true),
        "0" => Ok(false),
        _ => Err("expected 1 or 0"),
    }
}

/// Only `#rgb` or `#rrggbb`: nothing that could reach beyond a colour in CSS.
fn colour(value: &str) -> Result<String, &'static str> {
    let hex = value.strip_prefix('#').ok_or("expected #rgb or #rrggbb")?;
    if matches!(hex.len(), 3 | 6) && hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        Ok(value.to_ascii_lowercase())
    } else {
        Err("expected #rgb or #rrggbb")
    }
}

fn modules(value: &str) -> Result<Modules, &'static str> {
    let mut m = Modules {
        personal_information: false,
        purchase: false,
    };
    for name in value.split(',') {
        match name {
            "pi" => m.personal_information = true,
            "purchase" => m.purchase = true,
            _ => return Err("expected pi and/or purchase"),
        }
    }
    Ok(m)
}

/// The firm's name as plain text, without the controls that would reorder how it reads.
fn firm(value: &str) -> Result<String, &'static str> {
    let name = crate::form::without_direction_controls(value.to_string());
    let name = name.trim();
    if name.is_empty() || name.chars().count() > MAX_FIRM || name.chars().any(char::is_control) {
        return Err("expected a name of 1 to 40 characters");
    }
    Ok(name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_parameter() {
        let (o, w) = parse("?embed=1&lang=en&accent=%23005A9C&modules=purchase&firm=%E6%9F%90%E5%BE%8B%E6%89%80&case=keqiao-2021-ctrip-price");
        assert!(w.is_empty(), "{w:?}");
        assert!(o.embed);
        assert_eq!(o.lang, Some(Lang::En));
        assert_eq!(o.accent.as_deref(), Some("#005a9c"));
        assert_eq!(
            o.modules,
            Some(Modules {
                personal_information: false,
                purchase: true
            })
        );
        assert_eq!(o.firm.as_deref(), Some("某律所"));
        assert_eq!(o.case, Some("keqiao-2021-ctrip-price"));
    }

    #[test]
    fn a_firm_name_loses_the_controls_that_would_reorder_it() {
        let (o, w) = parse("firm=%E2%80%AE%E6%9F%90%E5%BE%8B%E6%89%80%E2%81%A6");
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(o.firm.as_deref(), Some("某律所"));
    }

    #[test]
    fn a_bad_value_is_ignored_with_a_warning_and_the_rest_kept() {
        let (o, w) = parse(
            "embed=1&accent=red;background:url(x)&lang=fr&modules=all&case=nope&firm=&x=1&lang=%ZZ",
        );
        assert!(o.embed);
        assert_eq!(
            (o.accent, o.lang, o.modules, o.case, o.firm),
            (None, None, None, None, None)
        );
        assert_eq!(w.len(), 7, "{w:?}");
    }
}
