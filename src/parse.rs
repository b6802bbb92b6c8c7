//! Parsing what people type into an amount (金额) or a count of records (条数).
//!
//! Accepted: `34000`, `34,000`, `34 000`, `3.4万`, `1.2亿`, `¥34,000.00`, `￥34000`, full-width
//! `３４０００`, `34000元`, surrounding spaces. Counts also accept `4万余`, `4万多条`, `40000+`, which
//! mean "more than": the number is kept as a lower bound and the result says so.

use crate::date::Date;
use crate::money::{Money, FEN_PER_YUAN, MAX_INPUT};
use serde::{Deserialize, Serialize};

/// Why a field's text is not a valid amount or count. Each has a message in `i18n`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum InputError {
    Empty,
    Negative,
    /// Finer than one fen (分): more than two decimal places in yuan.
    TooManyDecimals,
    /// Letters or symbols that are not part of a number.
    NotANumber,
    /// Thousands separators in the wrong places, e.g. `3,40,00`.
    BadGrouping,
    /// Above ¥100,000,000,000 (or 10^12 records).
    TooLarge,
    /// A count of records that is not a whole number.
    NotWhole,
    /// `余`/`多`/`+` typed in an amount, where only an exact figure makes sense.
    Approximate,
    /// Not a calendar date (`2022-03-15`).
    NotADate,
    /// A count that must be at least one (the records a gain is shared among).
    Zero,
    /// One's own records counted above all the records: a share cannot exceed the whole.
    AboveTheWhole,
}

/// A number of records. `more_than` is true for `4万余`: at least `n`, probably more.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Count {
    pub n: u64,
    #[serde(default)]
    pub more_than: bool,
}

/// The largest count accepted: 10^12 records (一万亿条).
pub const MAX_COUNT: u64 = 1_000_000_000_000;

/// Parses an amount of money in yuan.
pub fn parse_amount(text: &str) -> Result<Money, InputError> {
    let s = normalise(text)?;
    let s = strip_currency_prefix(&s);
    let s = strip(s, End::Back, &["整"]);
    // "yuan" too: what the English page prints reads back when pasted into a field.
    let s = strip(s, End::Back, &["元", "块钱", "块", "yuan", "Yuan", "YUAN"]);
    if has_approximation(s) {
        return Err(InputError::Approximate);
    }
    let fen = decimal_with_unit(s, FEN_PER_YUAN as u128)?;
    match i64::try_from(fen) {
        Ok(fen) if fen <= MAX_INPUT.fen() => Ok(Money::from_fen(fen)),
        _ => Err(InputError::TooLarge),
    }
}

/// Parses a count of records: a whole number, optionally "more than" (`余`, `多`, `+`).
pub fn parse_count(text: &str) -> Result<Count, InputError> {
    let s = normalise(text)?;
    // 约 (about) and 左右 keep the figure as it is; 逾/超过/余/多/+ make it a lower bound.
    let s = strip(&s, End::Front, &["约"]);
    let s = strip(s, End::Back, &["左右"]);
    let s = strip(s, End::Back, &["条", "个", "份"]);
    let (s, prefix_more) = match strip_checked(s, End::Front, &["逾", "超过", "多于"]) {
        Some(rest) => (rest, true),
        None => (s, false),
    };
    let (s, more_than) = match strip_checked(s, End::Back, &["余", "多", "+"]) {
        Some(rest) => (rest, true),
        None => (s, prefix_more),
    };
    let n = decimal_with_unit(s, 1).map_err(|e| match e {
        InputError::TooManyDecimals => InputError::NotWhole,
        other => other,
    })?;
    match u64::try_from(n) {
        Ok(n) if n <= MAX_COUNT => Ok(Count { n, more_than }),
        _ => Err(InputError::TooLarge),
    }
}

/// Parses a date as a date input gives it (`2022-03-15`).
pub fn parse_date(text: &str) -> Result<Date, InputError> {
    text.parse().map_err(|_| InputError::NotADate)
}

/// Folds full-width forms to ASCII, drops the invisible characters a paste brings along, trims,
/// and rejects empty and negative input early (a sign after ¥, 人民币, RMB or CNY too).
fn normalise(text: &str) -> Result<String, InputError> {
    let folded: String = text
        .chars()
        .filter(|c| !invisible(*c))
        .map(fold_char)
        .collect();
    let trimmed = folded.trim();
    if trimmed.is_empty() {
        return Err(InputError::Empty);
    }
    let unsigned = strip_currency_prefix(trimmed);
    if unsigned.starts_with(['-', '−', '负']) || trimmed.starts_with('-') {
        return Err(InputError::Negative);
    }
    Ok(trimmed.to_string())
}

/// Zero-width and direction marks, word joiners, the byte-order mark: pasted with a number from a
/// chat or a web page, they make a visibly correct "34000" unreadable.
fn invisible(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{feff}' | '\u{00ad}')
}

fn fold_char(c: char) -> char {
    match c {
        '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
        '．' => '.',
        '，' => ',',
        '￥' => '¥',
        '－' => '-',
        '＋' => '+',
        '\u{3000}' | '\u{00a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' => ' ',
        other => other,
    }
}

/// `¥`, `人民币`, `RMB` or `CNY` before the number.
fn strip_currency_prefix(s: &str) -> &str {
    let upper = s.get(..3).map(str::to_ascii_uppercase);
    let s = match upper.as_deref() {
        Some("RMB") | Some("CNY") => &s[3..],
        _ => strip(s, End::Front, &["¥", "人民币"]),
    };
    s.trim_start()
}

/// Which end of the text an affix sits at.
#[derive(Clone, Copy)]
enum End {
    Front,
    Back,
}

/// The text without the first of `affixes` found at that end, and without the spaces beside it.
fn strip_checked<'a>(s: &'a str, end: End, affixes: &[&str]) -> Option<&'a str> {
    affixes.iter().find_map(|affix| match end {
        End::Front => s.strip_prefix(affix).map(str::trim_start),
        End::Back => s.strip_suffix(affix).map(str::trim_end),
    })
}

/// The same, keeping the text as it is when no affix is there.
fn strip<'a>(s: &'a str, end: End, affixes: &[&str]) -> &'a str {
    strip_checked(s, end, affixes).unwrap_or(s)
}

fn has_approximation(s: &str) -> bool {
    s.contains(['余', '多', '+', '约', '~']) || s.contains("左右")
}

/// The units a number may end with: 千 (and k), 万, 亿.
const UNITS: [(char, u128); 5] = [
    ('千', 1_000),
    ('k', 1_000),
    ('K', 1_000),
    ('万', 10_000),
    ('亿', 100_000_000),
];

/// Reads `digits[.digits][千|k|万|亿]` and returns the value times `scale`, which must be exact:
/// a remainder means the text is finer than the unit allows.
fn decimal_with_unit(s: &str, scale: u128) -> Result<u128, InputError> {
    let (number, unit) = UNITS
        .iter()
        .find_map(|&(u, n)| s.strip_suffix(u).map(|rest| (rest, n)))
        .unwrap_or((s, 1));
    let number = number.trim();
    let (whole, fraction) = split_decimal(number)?;
    // Leading zeros say nothing about size.
    let whole = match whole.trim_start_matches('0') {
        "" => "0",
        significant => significant,
    };
    let fraction_digits = u32::try_from(fraction.len()).map_err(|_| InputError::TooManyDecimals)?;
    if whole.len() > 20 {
        return Err(InputError::TooLarge);
    }
    if fraction_digits > 20 {
        return Err(InputError::TooManyDecimals);
    }
    let mantissa = format!("{whole}{fraction}")
        .parse::<u128>()
        // Only digits are left here, so the one way to fail is a number too long for u128.
        .map_err(|_| InputError::TooLarge)?;
    let denominator = 10u128.pow(fraction_digits);
    let scaled = mantissa
        .checked_mul(unit * scale)
        .ok_or(InputError::TooLarge)?;
    if scaled % denominator != 0 {
        return Err(InputError::TooManyDecimals);
    }
    Ok(scaled / denominator)
}

/// Splits `34,000.50` into (`34000`, `50`), checking the thousands grouping.
fn split_decimal(number: &str) -> Result<(String, &str), InputError> {
    if number.is_empty()
        || number
            .chars()
            .any(|c| !matches!(c, '0'..='9' | '.' | ',' | ' '))
    {
        return Err(InputError::NotANumber);
    }
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    if fraction.contains(['.', ',', ' ']) {
        return Err(if fraction.contains('.') {
            InputError::NotANumber
        } else {
            InputError::BadGrouping
        });
    }
    if whole.is_empty() && fraction.is_empty() {
        return Err(InputError::NotANumber);
    }
    let groups: Vec<&str> = whole.split([',', ' ']).collect();
    let grouped_ok = groups.len() == 1
        || (matches!(groups[0].len(), 1..=3) && groups[1..].iter().all(|g| g.len() == 3));
    if !grouped_ok {
        return Err(InputError::BadGrouping);
    }
    let whole = groups.concat();
    Ok((
        if whole.is_empty() {
            "0".to_string()
        } else {
            whole
        },
        fraction,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn yuan(y: i64) -> Result<Money, InputError> {
        Ok(Money::from_yuan(y))
    }

    #[test]
    fn accepts_what_people_type() {
        for text in [
            "34000",
            "34,000",
            "34 000",
            "3.4万",
            "¥34,000.00",
            "￥34000",
            "３４０００",
            "34000元",
            "  34000  ",
            "3.4 万",
            "３．４万",
            "34，000",
            "¥ 34000",
            "3.4万元",
            "34000.",
            "人民币3.4万元",
            "RMB 34000",
            "rmb34000",
            "CNY34,000",
            "34000元整",
            "34000块钱",
            "34,000 yuan",
            "34000Yuan",
        ] {
            assert_eq!(parse_amount(text), yuan(34_000), "{text:?}");
        }
        assert_eq!(parse_amount("1.2亿"), yuan(120_000_000));
        assert_eq!(parse_amount("0.85"), Ok(Money::from_fen(85)));
        assert_eq!(parse_amount(".5"), Ok(Money::from_fen(50)));
        assert_eq!(parse_amount("1.234567万"), Ok(Money::from_fen(1_234_567)));
        assert_eq!(parse_amount("0"), Ok(Money::ZERO));
        assert_eq!(parse_amount("1000亿"), Ok(MAX_INPUT));
    }

    #[test]
    fn takes_what_a_paste_or_a_phone_brings() {
        assert_eq!(parse_amount("8千"), yuan(8_000));
        assert_eq!(parse_amount("8k"), yuan(8_000));
        assert_eq!(parse_amount("1.5K"), yuan(1_500));
        assert_eq!(
            parse_count("4千余"),
            Ok(Count {
                n: 4_000,
                more_than: true
            })
        );
        for paste in [
            "\u{200b}34000",
            "34000\u{200e}",
            "\u{200f}34000",
            "\u{202e}34000",
            "34\u{2060}000",
            "\u{feff}34000",
            "34\u{2002}000",
        ] {
            assert_eq!(parse_amount(paste), yuan(34_000), "{paste:?}");
        }
        assert_eq!(
            parse_amount("0000000000000000000000034000"),
            yuan(34_000),
            "leading zeros"
        );
        for negative in ["RMB -5", "人民币-5", "CNY −5", "¥ -5", "负5"] {
            assert_eq!(
                parse_amount(negative),
                Err(InputError::Negative),
                "{negative}"
            );
        }
    }

    #[test]
    fn rejects_with_a_reason() {
        use InputError::*;
        let cases = [
            ("", Empty),
            ("   ", Empty),
            ("-5", Negative),
            ("－5", Negative),
            ("¥-5", Negative),
            ("负5", Negative),
            ("1.234", TooManyDecimals),
            ("1.2345678万", TooManyDecimals),
            ("abc", NotANumber),
            ("NaN", NotANumber),
            ("12a", NotANumber),
            ("1.2.3", NotANumber),
            ("¥", NotANumber),
            ("万", NotANumber),
            ("3万万", NotANumber),
            ("3,40,00", BadGrouping),
            ("1,0000", BadGrouping),
            ("100000000000.01", TooLarge),
            ("1001亿", TooLarge),
            ("99999999999999999999999999", TooLarge),
            ("3万余", Approximate),
            ("3000+", Approximate),
            ("3万左右", Approximate),
            ("12345678901234567890.1234567890123456789", TooLarge),
            ("RM", NotANumber),
            ("人民币", NotANumber),
        ];
        for (text, expected) in cases {
            assert_eq!(parse_amount(text), Err(expected), "{text:?}");
        }
    }

    #[test]
    fn counts_accept_more_than() {
        let exact = |n| {
            Ok(Count {
                n,
                more_than: false,
            })
        };
        let more = |n| Ok(Count { n, more_than: true });
        assert_eq!(parse_count("40000"), exact(40_000));
        assert_eq!(parse_count("40,000条"), exact(40_000));
        assert_eq!(parse_count("4万"), exact(40_000));
        assert_eq!(parse_count("4万余"), more(40_000));
        assert_eq!(parse_count("4万余条"), more(40_000));
        assert_eq!(parse_count("4万多条"), more(40_000));
        assert_eq!(parse_count("40000+"), more(40_000));
        assert_eq!(parse_count("4.5万"), exact(45_000));
        assert_eq!(parse_count("逾4万条"), more(40_000));
        assert_eq!(parse_count("超过4万条"), more(40_000));
        assert_eq!(parse_count("约4万条"), exact(40_000));
        assert_eq!(parse_count("4万条左右"), exact(40_000));
        assert_eq!(parse_count("4.55555万"), Err(InputError::NotWhole));
        assert_eq!(parse_count("10.5"), Err(InputError::NotWhole));
        assert_eq!(parse_count("-3"), Err(InputError::Negative));
        assert_eq!(parse_count("1万亿"), Err(InputError::NotANumber));
        assert_eq!(parse_count("10001亿"), Err(InputError::TooLarge));
    }
}
