//! `assess [--text zh|en] [FILE.json]`: reads a Scenario (from FILE, or stdin) in any supported
//! format version, or a preset file, and prints its Assessment as JSON (amounts in integer fen,
//! provision ids on every line), or with `--text` as sentences in Chinese or English. Exit code 2
//! on bad input.

use std::io::Read;
use std::process::ExitCode;
use weiquan::i18n::{report, Lang};
use weiquan::law::assess;
use weiquan::scenario_json;

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("assess: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(args: Vec<String>) -> Result<String, String> {
    let (lang, path) = match args.as_slice() {
        [flag, lang, rest @ ..] if flag == "--text" => (Some(parse_lang(lang)?), rest.first()),
        rest => (None, rest.first()),
    };
    let input = match path.map(String::as_str) {
        None | Some("-") => {
            let mut s = String::new();
            std::io::stdin()
                .read_to_string(&mut s)
                .map_err(|e| e.to_string())?;
            s
        }
        Some(p) => std::fs::read_to_string(p).map_err(|e| format!("{p}: {e}"))?,
    };
    let scenario = scenario_json::from_json(&input)?;
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
