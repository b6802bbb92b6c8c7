//! The form as a short, versioned text: `w1;loss=amount;flags=processor,via-network;direct-loss=8000`.
//!
//! It is how a tab remembers the form (sessionStorage) and how presets are compiled into the app,
//! so the wasm bundle carries no JSON reader. Values keep exactly what was typed; only RFC 3986
//! unreserved characters and commas appear unescaped, so the text is safe in a URL fragment. Reading is
//! strict: a wrong version, an unknown or repeated key, a bad escape or an over-long value is an
//! error, never a guess, and never a panic (`tests/it/properties.rs` feeds it arbitrary text).

use super::{Field, Flag, Flags, FormState, Group, Picked, MAX_CHARS};
use crate::law::burden::Evidence;

/// The format's version tag, first in every text.
pub const VERSION: &str = "w1";

/// The longest text accepted.
const MAX_TEXT: usize = 4096;

/// Why a text could not be read. The caller shows one message and starts from an empty form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Not this format, or a version this app does not read.
    Version,
    /// A pair without `=`, a repeated key, or a bad `%` escape.
    Malformed,
    /// A key this version does not know.
    UnknownKey,
    /// A choice with a value it cannot take.
    BadValue,
    TooLong,
    /// A share link whose check does not match: cut short or altered on the way.
    Check,
}

/// The form as text. Empty fields and default choices are left out.
pub fn encode(form: &FormState) -> String {
    let mut out = String::from(VERSION);
    let mut put = |key: &str, value: &str| {
        out.push(';');
        out.push_str(key);
        out.push('=');
        escape_into(&mut out, value);
    };
    for group in Group::ALL.iter().copied() {
        if let Some(index) = form.picked(group) {
            put(group.name(), group.options()[usize::from(index)]);
        }
    }
    if !form.evidence.is_empty() {
        let ids: Vec<&str> = form.evidence.iter().map(|e| e.id()).collect();
        put("evidence", &ids.join(","));
    }
    let flags: Vec<&str> = Flag::ALL
        .iter()
        .filter(|f| form.flag(**f))
        .map(|f| f.id())
        .collect();
    put("flags", &flags.join(","));
    for field in Field::ALL.iter().copied() {
        let text = form.text(field);
        if !text.is_empty() {
            put(field.id(), text);
        }
    }
    out
}

/// A share link's fragment: the text and a check of it, `w1;…!1a2b3c4d`. A link cut between
/// two pairs would otherwise read as a shorter, valid form; the check (FNV-1a, 32 bits) makes
/// any truncation and any change of a character an error. `!` never occurs in the text itself.
pub fn encode_link(form: &FormState) -> String {
    let text = encode(form);
    format!("{text}!{:08x}", fnv1a(&text))
}

/// Whether an address's fragment is meant as a share link (of this or another version of the
/// format), rather than an anchor such as `#result`.
pub fn is_link(fragment: &str) -> bool {
    let mut chars = fragment.chars();
    chars.next() == Some('w') && chars.next().is_some_and(|c| c.is_ascii_digit())
}

/// Reads a fragment written by `encode_link`.
pub fn decode_link(fragment: &str) -> Result<FormState, DecodeError> {
    let (text, check) = fragment.rsplit_once('!').ok_or(DecodeError::Check)?;
    if check != format!("{:08x}", fnv1a(text)) {
        return Err(DecodeError::Check);
    }
    decode(text)
}

/// FNV-1a: each byte step is a bijection of the state, so two texts of the same length that
/// differ in one byte always differ in their check.
fn fnv1a(text: &str) -> u32 {
    text.bytes().fold(0x811c_9dc5, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// Reads a text written by `encode`.
pub fn decode(text: &str) -> Result<FormState, DecodeError> {
    if text.len() > MAX_TEXT {
        return Err(DecodeError::TooLong);
    }
    let mut pairs = text.split(';');
    if pairs.next() != Some(VERSION) {
        return Err(DecodeError::Version);
    }
    let mut form = FormState::default();
    let mut seen: Vec<&str> = Vec::new();
    for pair in pairs {
        let (key, raw) = pair.split_once('=').ok_or(DecodeError::Malformed)?;
        if seen.contains(&key) {
            return Err(DecodeError::Malformed);
        }
        seen.push(key);
        read_pair(&mut form, key, unescape(raw)?)?;
    }
    Ok(form)
}

fn read_pair(form: &mut FormState, key: &str, value: String) -> Result<(), DecodeError> {
    if let Some(group) = Group::ALL.iter().copied().find(|g| g.name() == key) {
        let index = group.options().iter().position(|o| *o == value);
        let index = index.ok_or(DecodeError::BadValue)?;
        form.pick(Picked {
            group,
            index: index as u8,
        });
        return Ok(());
    }
    match key {
        "flags" => {
            let mut flags = Flags::NONE;
            for flag in read_list(&value, Flag::ALL, |f| f.id())? {
                flags.set(flag, true);
            }
            form.set_flags(flags);
        }
        "evidence" => {
            for item in read_list(&value, &Evidence::ALL, Evidence::id)? {
                form.set_evidence(item, true);
            }
        }
        _ => {
            let field = Field::ALL
                .iter()
                .copied()
                .find(|f| f.id() == key)
                .ok_or(DecodeError::UnknownKey)?;
            if value.chars().count() > MAX_CHARS {
                return Err(DecodeError::TooLong);
            }
            form.set_text(field, value);
        }
    }
    Ok(())
}

/// A comma-separated list of ids, each one of `all`.
fn read_list<T: Copy>(
    value: &str,
    all: &[T],
    id: fn(T) -> &'static str,
) -> Result<Vec<T>, DecodeError> {
    value
        .split(',')
        .filter(|s| !s.is_empty())
        .map(|text| {
            all.iter()
                .copied()
                .find(|item| id(*item) == text)
                .ok_or(DecodeError::BadValue)
        })
        .collect()
}

/// Percent-encodes every byte outside RFC 3986's unreserved set.
fn escape_into(out: &mut String, value: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) || b == b',' {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 15)] as char);
        }
    }
}

/// Decodes `%XX` escapes (as `encode` writes them, and as URLs carry them).
pub fn unescape(raw: &str) -> Result<String, DecodeError> {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes.get(i + 1..i + 3).ok_or(DecodeError::Malformed)?;
            let hex = std::str::from_utf8(hex).map_err(|_| DecodeError::Malformed)?;
            out.push(u8::from_str_radix(hex, 16).map_err(|_| DecodeError::Malformed)?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| DecodeError::Malformed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::form::{GainMode, LossChoice};
    use crate::law::Claimant;

    #[test]
    fn round_trips_what_was_typed_including_non_ascii_and_separators() {
        let mut form = FormState::default();
        form.set_choice(Claimant::PublicInterest);
        form.set_choice(LossChoice::Amount);
        form.set_choice(GainMode::ProRata);
        form.set_flag(Flag::Serious, true);
        form.set_text(Field::DirectLoss, "1万;=%&#".into());
        form.set_text(Field::AllRecords, "40000+".into());
        form.set_evidence(Evidence::ScamMessage, true);
        form.set_evidence(Evidence::OrderRecords, true);
        let text = encode(&form);
        assert!(text.starts_with("w1;claimant=public-interest;loss=amount;gain=pro-rata"));
        assert!(!text.contains('#') && !text.contains('万'));
        assert_eq!(decode(&text), Ok(form));
    }

    #[test]
    fn a_fresh_form_is_short_and_reads_back() {
        let text = encode(&FormState::default());
        assert_eq!(text, "w1;flags=claim-pi,processor,via-network,refund");
        assert_eq!(decode(&text), Ok(FormState::default()));
        assert_eq!(decode("w1"), Ok(FormState::default()));
    }

    #[test]
    fn bad_texts_are_errors_not_guesses() {
        assert_eq!(decode(""), Err(DecodeError::Version));
        assert_eq!(decode("w9;loss=none"), Err(DecodeError::Version));
        assert_eq!(decode("w1;loss"), Err(DecodeError::Malformed));
        assert_eq!(
            decode("w1;loss=none;loss=none"),
            Err(DecodeError::Malformed)
        );
        assert_eq!(decode("w1;direct-loss=%E4%B8"), Err(DecodeError::Malformed));
        assert_eq!(decode("w1;direct-loss=%G1"), Err(DecodeError::Malformed));
        assert_eq!(decode("w1;direct-loss=%4"), Err(DecodeError::Malformed));
        assert_eq!(decode("w1;colour=red"), Err(DecodeError::UnknownKey));
        assert_eq!(decode("w1;loss=some"), Err(DecodeError::BadValue));
        assert_eq!(
            decode("w1;flags=processor,wings"),
            Err(DecodeError::BadValue)
        );
        let long = format!("w1;direct-loss={}", "9".repeat(65));
        assert_eq!(decode(&long), Err(DecodeError::TooLong));
    }
}
