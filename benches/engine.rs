//! Speed of the pure engine, natively: parsing what people type and assessing a scenario.
//! Prints the median time per call over several runs; asserts nothing (a slow machine is not a
//! failure). `make bench` runs it with the start-up measurement in Chromium.

use std::hint::black_box;
use std::time::Instant;
use weiquan::cases;
use weiquan::law::{
    assess, Claimed, Expenses, Gain, Loss, Mental, PersonalInformation, Scenario, ThirdParty,
};
use weiquan::money::Money;
use weiquan::parse::{parse_amount, parse_count};

const RUNS: usize = 7;

/// Median nanoseconds per call of `f`, over RUNS runs of `iterations` calls each.
fn median_ns(iterations: u32, mut f: impl FnMut()) -> f64 {
    let mut samples: Vec<f64> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..iterations {
                f();
            }
            start.elapsed().as_nanos() as f64 / f64::from(iterations)
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    samples[RUNS / 2]
}

fn report(name: &str, ns: f64) {
    println!("{name:<48} {:>10.0} ns/call", ns);
}

fn main() {
    let inputs = [
        "34000",
        "¥34,000.00",
        "３．４万",
        "1.2亿",
        "人民币3.4万元",
        "abc",
        "-5",
        "1.234",
    ];
    report(
        "parse_amount (8 typical inputs, per input)",
        median_ns(20_000, || {
            for s in inputs {
                let _ = black_box(parse_amount(black_box(s)));
            }
        }) / inputs.len() as f64,
    );
    report(
        "parse_count(\"4万余条\")",
        median_ns(100_000, || {
            let _ = black_box(parse_count(black_box("4万余条")));
        }),
    );

    let hangzhou = &cases::find("hangzhou-2020-10605")
        .expect("a preset")
        .scenario;
    report(
        "assess: Hangzhou preset",
        median_ns(20_000, || {
            let _ = black_box(assess(black_box(hangzhou)));
        }),
    );
    let full = Scenario {
        personal_information: Some(PersonalInformation {
            loss: Loss::Amount {
                fen: Money::from_yuan(1_200),
                third_party: Some(ThirdParty {
                    recovered: Money::from_yuan(200),
                }),
            },
            expenses: Expenses {
                investigation: Some(Money::from_yuan(300)),
                notarisation: Some(Money::from_yuan(1_000)),
                lawyer: Some(Money::from_yuan(3_000)),
                other: Some(Money::from_yuan(80)),
            },
            gain: Gain::Actual {
                amount: Money::from_yuan(34_000),
                records: None,
            },
            mental: Mental {
                serious: true,
                claimed: Some(Money::from_yuan(5_000)),
            },
            claimed: Claimed {
                property: Some(Money::from_yuan(20_000)),
                expenses: None,
            },
            ..Default::default()
        }),
        ..Scenario::default()
    };
    report(
        "assess: every field filled",
        median_ns(20_000, || {
            let _ = black_box(assess(black_box(&full)));
        }),
    );
    let (_, json) = cases::SOURCES[0];
    report(
        "parse one preset's JSON (once per page load)",
        median_ns(2_000, || {
            let _ = black_box(serde_json::from_str::<cases::Case>(black_box(json)));
        }),
    );
}
