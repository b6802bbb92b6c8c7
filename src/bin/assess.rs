//! `assess [FILE.json]`: reads a Scenario (from FILE, or stdin) and prints its Assessment as JSON.
//! A preset file from `src/cases/` works too: its `scenario` is assessed. Amounts are integer fen;
//! every line carries its provision ids. Exit code 2 on bad input.

use std::io::Read;
use std::process::ExitCode;
use weiquan::law::{assess, Scenario};

fn main() -> ExitCode {
    match run(std::env::args().nth(1)) {
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

fn run(path: Option<String>) -> Result<String, String> {
    let input = match path.as_deref() {
        None | Some("-") => {
            let mut s = String::new();
            std::io::stdin()
                .read_to_string(&mut s)
                .map_err(|e| e.to_string())?;
            s
        }
        Some(p) => std::fs::read_to_string(p).map_err(|e| format!("{p}: {e}"))?,
    };
    let mut value: serde_json::Value =
        serde_json::from_str(&input).map_err(|e| format!("invalid JSON: {e}"))?;
    if let Some(inner) = value.get_mut("scenario") {
        value = inner.take();
    }
    let scenario: Scenario =
        serde_json::from_value(value).map_err(|e| format!("invalid scenario: {e}"))?;
    let assessment = assess(&scenario).map_err(|_| "an amount overflowed".to_string())?;
    serde_json::to_string_pretty(&assessment).map_err(|e| e.to_string())
}
