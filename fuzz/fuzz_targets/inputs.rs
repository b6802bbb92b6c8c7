//! Everything a user or a link can hand the app as text: the amount, count and date parsers, the
//! stored form and the share link. None may panic; what reads must read back the same.
#![no_main]

use libfuzzer_sys::fuzz_target;
use weiquan::form::codec;
use weiquan::parse::{parse_amount, parse_count, parse_date};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(m) = parse_amount(text) {
        // What the app prints for an amount reads back as that amount.
        for lang in [weiquan::i18n::Lang::Zh, weiquan::i18n::Lang::En] {
            assert_eq!(parse_amount(&weiquan::i18n::money(lang, m)), Ok(m), "{text:?}");
        }
        assert_eq!(parse_amount(&m.to_plain()), Ok(m), "{text:?}");
    }
    let _ = parse_count(text);
    let _ = parse_date(text);
    if let Ok(form) = codec::decode(text) {
        assert_eq!(codec::decode(&codec::encode(&form)), Ok(form.clone()));
    }
    if let Ok(form) = codec::decode_link(text) {
        assert_eq!(codec::decode_link(&codec::encode_link(&form)), Ok(form));
    }
});
