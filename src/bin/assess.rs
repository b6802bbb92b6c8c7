//! `assess [--text zh|en] [FILE.json]`: reads a Scenario (from FILE, or stdin) in any supported
//! format version, or a preset file, and prints its Assessment as JSON (amounts in integer fen,
//! provision ids on every line), or with `--text` as sentences in Chinese or English. Exit code 2
//! on bad input (with the field named), 1 when the output cannot be written.

use std::io::{Read, Write};
use std::process::ExitCode;
use weiquan::i18n::{report, Lang};
use weiquan::law::assess;
use weiquan::money::MAX_INPUT;
use weiquan::scenario_json;

/// The largest input read: a scenario is a few hundred bytes; this bounds memory (parsing takes
/// a dozen times the input) whatever is piped in.
const MAX_BYTES: u64 = 1 << 20;

fn main() -> ExitCode {
    let out = match run(std::env::args().skip(1).collect()) {
        Ok(out) => out,
        Err(message) => {
            eprintln!("assess: {message}");
            return ExitCode::from(2);
        }
    };
    // A closed pipe or a full disk is an error to report, not a panic.
    match writeln!(std::io::stdout().lock(), "{out}") {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("assess: cannot write the output: {e}");
            ExitCode::from(1)
        }
    }
}

/// The page's limits, on every figure of the scenario: no negative number anywhere, nothing
/// above ¥100,000,000,000 (in fen, the largest number a field takes). Names the first field off.
fn check_limits(value: &serde_json::Value, path: &str) -> Result<(), String> {
    match value {
        serde_json::Value::Number(n) => match n.as_i64() {
            Some(v) if (0..=MAX_INPUT.fen()).contains(&v) => Ok(()),
            Some(v) if v < 0 => Err(format!("{path}: cannot be negative ({v})")),
            _ => Err(format!("{path}: {n} is outside what the page accepts")),
        },
        serde_json::Value::Object(map) => map
            .iter()
            .try_for_each(|(k, v)| check_limits(v, &format!("{path}.{k}"))),
        serde_json::Value::Array(items) => items
            .iter()
            .enumerate()
            .try_for_each(|(i, v)| check_limits(v, &format!("{path}[{i}]"))),
        _ => Ok(()),
    }
}

fn run(args: Vec<String>) -> Result<String, String> {
    let (lang, path) = match args.as_slice() {
        [flag, lang, rest @ ..] if flag == "--text" => (Some(parse_lang(lang)?), rest.first()),
        rest => (None, rest.first()),
    };
    let reader: Box<dyn Read> = match path.map(String::as_str) {
        None | Some("-") => Box::new(std::io::stdin()),
        Some(p) => Box::new(std::fs::File::open(p).map_err(|e| format!("{p}: {e}"))?),
    };
    let mut input = String::new();
    reader
        .take(MAX_BYTES + 1)
        .read_to_string(&mut input)
        .map_err(|e| e.to_string())?;
    if input.len() as u64 > MAX_BYTES {
        return Err(format!("the input is larger than {MAX_BYTES} bytes"));
    }
    let scenario = scenario_json::from_json(&input)?;
    let written = serde_json::to_value(&scenario).map_err(|e| e.to_string())?;
    check_limits(&written, "scenario")?;
    let assessment = assess(&scenario).map_err(|_| "an amount overflowed".to_string())?;
    match lang {
        Some(lang) => Ok(report::plain_text(lang, &assessment)),
        None => serde_json::to_string_pretty(&assessment).map_err(|e| e.to_string()),
    }
}

fn parse_lang(tag: &str) -> Result<Lang, String> {
    match tag {
        "zh" | "zh-CN" => Ok(Lang::Zh),
        "en" => Ok(Lang::En),
        other => Err(format!("--text takes zh or en, not {other:?}")),
    }
}
