//! 大写金额: an amount in Chinese capital numerals, as a complaint or a cheque writes it
//! (叁万肆仟元整), by the rules of 《支付结算办法》 that banks and courts follow: 壹 before 拾, one
//! 零 for any run of zeros, "整" after 元 or 角 and never after 分, 零 after 元 when the 角 is zero
//! and the 分 is not.

use crate::money::Money;

const DIGITS: [char; 10] = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const PLACES: [&str; 4] = ["仟", "佰", "拾", ""];
/// The unit of each group of four digits, from the lowest.
const GROUPS: [&str; 5] = ["", "万", "亿", "万亿", "亿亿"];

/// A group of four digits (1..=9999), with no leading 零: the caller decides that.
fn group(n: u64) -> String {
    let mut out = String::new();
    let mut zero = false;
    for (i, place) in PLACES.iter().enumerate() {
        let d = (n / 10u64.pow(3 - i as u32) % 10) as usize;
        if d == 0 {
            zero = !out.is_empty();
            continue;
        }
        if zero {
            out.push('零');
            zero = false;
        }
        out.push(DIGITS[d]);
        out.push_str(place);
    }
    out
}

/// Whole yuan in capitals, without 元 ("" for zero).
fn yuan(mut n: u64) -> String {
    let mut groups = Vec::new();
    while n > 0 {
        groups.push(n % 10_000);
        n /= 10_000;
    }
    let mut out = String::new();
    let mut gap = false;
    for (i, &g) in groups.iter().enumerate().rev() {
        if g == 0 {
            gap = !out.is_empty();
            continue;
        }
        if !out.is_empty() && (gap || g < 1000) {
            out.push('零');
        }
        out.push_str(&group(g));
        out.push_str(GROUPS[i]);
        gap = false;
    }
    out
}

/// The amount in capitals, e.g. `叁万肆仟元整`, `壹万元零柒分`, `伍分`. A negative amount (never
/// a claim) reads with 负 in front.
pub fn capital(m: Money) -> String {
    let sign = if m.fen() < 0 { "负" } else { "" };
    let fen = m.fen().unsigned_abs();
    let (whole, jiao, fen) = (fen / 100, (fen / 10 % 10) as usize, (fen % 10) as usize);
    let mut out = String::from(sign);
    if whole > 0 {
        out.push_str(&yuan(whole));
        out.push('元');
    }
    match (jiao, fen) {
        (0, 0) if whole == 0 => out.push_str("零元整"),
        (0, 0) => out.push('整'),
        (j, 0) => {
            out.push(DIGITS[j]);
            out.push_str("角整");
        }
        (0, f) => {
            if whole > 0 {
                out.push('零');
            }
            out.push(DIGITS[f]);
            out.push('分');
        }
        (j, f) => {
            out.push(DIGITS[j]);
            out.push('角');
            out.push(DIGITS[f]);
            out.push('分');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_table_of_known_values() {
        let table: &[(i64, &str)] = &[
            (0, "零元整"),
            (5, "伍分"),
            (50, "伍角整"),
            (56, "伍角陆分"),
            (1_000, "壹拾元整"),
            (100_100, "壹仟零壹元整"),
            (1_000_007, "壹万元零柒分"),
            (3_400_000, "叁万肆仟元整"),
            (477_748, "肆仟柒佰柒拾柒元肆角捌分"),
            (1_010_000, "壹万零壹佰元整"),
            (10_050_000, "壹拾万零伍佰元整"),
            (10_500_000, "壹拾万伍仟元整"),
            (10_001_000, "壹拾万零壹拾元整"),
            (100_000_100, "壹佰万零壹元整"),
            (10_000_000_000, "壹亿元整"),
            (10_000_100_000, "壹亿零壹仟元整"),
            (10_010_000_000, "壹亿零壹拾万元整"),
            // The largest amount a field accepts: ¥100,000,000,000.
            (10_000_000_000_000, "壹仟亿元整"),
            (
                1_234_567_890_123,
                "壹佰贰拾叁亿肆仟伍佰陆拾柒万捌仟玖佰零壹元贰角叁分",
            ),
            (
                i64::MAX,
                "玖亿亿贰仟贰佰叁拾叁万亿柒仟贰佰零叁亿陆仟捌佰伍拾肆万柒仟柒佰伍拾捌元零柒分",
            ),
        ];
        for &(fen, words) in table {
            assert_eq!(capital(Money::from_fen(fen)), words, "{fen} fen");
        }
    }
}
