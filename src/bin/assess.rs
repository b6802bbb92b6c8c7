//! `assess [--text zh|en | --complaint zh|en] [FILE.json]`: reads a Scenario (from FILE, or stdin)
//! in any supported format version, or a preset file, and prints the whole answer: the Assessment,
//! what suing costs (court fee, late interest, limitation with its last day) and, when the
//! scenario says how the defendants stand, who pays. As JSON (amounts in integer fen, provision
//! ids on every line), with `--text` as sentences in Chinese or English, or with `--complaint` the
//! complaint draft (zh) or demand letter (en). Exit code 2 on bad input (with the field named), 1
//! when the output cannot be written.

use serde::Serialize;
use std::io::{Read, Write};
use std::process::ExitCode;
use weiquan::i18n::{complaint, report, Lang};
use weiquan::law::costs::{self, Costs};
use weiquan::law::liability::{allocate_claim, Allocation};
use weiquan::law::{assess, Assessment};
use weiquan::money::MAX_INPUT;
use weiquan::scenario_json;

/// The largest input read: a scenario is a few hundred bytes; this bounds memory (parsing takes
/// a dozen times the input) whatever is piped in.
const MAX_BYTES: u64 = 1 << 20;

/// The JSON printed: the Assessment's own fields, then the costs and who pays beside them.
#[derive(Serialize)]
struct Answer<'a> {
    #[serde(flatten)]
    assessment: &'a Assessment,
    costs: &'a Costs,
    who_pays: Option<&'a Allocation>,
}

/// What to print.
enum Output {
    Json,
    Text(Lang),
    Complaint(Lang),
}

fn main() -> ExitCode {
    let out = match run(std::env::args().skip(1).collect()) {
        Ok(out) => out,
        Err(message) => {
            say(&message);
            return ExitCode::from(2);
        }
    };
    // A closed pipe or a full disk is an error to report, not a panic.
    match writeln!(std::io::stdout().lock(), "{out}") {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            say(&format!("cannot write the output: {e}"));
            ExitCode::from(1)
        }
    }
}

/// Tells the user on stderr; where stderr cannot be written either (closed, a full disk), the
/// exit code says it alone (`eprintln!` would panic).
fn say(message: &str) {
    let _ = writeln!(std::io::stderr().lock(), "assess: {message}");
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
    let (output, path) = match args.as_slice() {
        [flag, lang, rest @ ..] if flag == "--text" => (Output::Text(parse_lang(lang)?), rest),
        [flag, lang, rest @ ..] if flag == "--complaint" => {
            (Output::Complaint(parse_lang(lang)?), rest)
        }
        rest => (Output::Json, rest),
    };
    let reader: Box<dyn Read> = match path.first().map(String::as_str) {
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
    let overflow = |_| "an amount overflowed".to_string();
    let assessment = assess(&scenario).map_err(overflow)?;
    let costs =
        costs::assess(&assessment, &scenario.costs.unwrap_or_default()).map_err(overflow)?;
    let who_pays = match scenario.who_pays {
        Some(situation) => allocate_claim(&assessment, situation).map_err(overflow)?,
        None => None,
    };
    Ok(match output {
        Output::Json => {
            let answer = Answer {
                assessment: &assessment,
                costs: &costs,
                who_pays: who_pays.as_ref(),
            };
            serde_json::to_string_pretty(&answer).map_err(|e| e.to_string())?
        }
        Output::Text(lang) => {
            let mut text = report::plain_text(lang, &assessment);
            text.push_str(&report::costs_text(lang, &costs));
            if let Some(allocation) = &who_pays {
                text.push_str(&report::allocation_text(lang, allocation));
            }
            text
        }
        Output::Complaint(lang) => complaint::draft(lang, &assessment, Some(&costs)),
    })
}

fn parse_lang(tag: &str) -> Result<Lang, String> {
    match tag {
        "zh" | "zh-CN" => Ok(Lang::Zh),
        "en" => Ok(Lang::En),
        other => Err(format!(
            "--text and --complaint take zh or en, not {other:?}"
        )),
    }
}
