//! The native tests, in one binary (fast to link, one place to look): engine rules, golden cases
//! from real judgments, snapshots in zh and en, statutes, architecture, form model, properties,
//! server-rendered components and the `assess` command.
#![cfg(not(target_arch = "wasm32"))]

mod architecture;
mod burden;
mod catalog;
mod cli;
mod costs;
mod engine;
mod form;
mod golden;
mod liability;
mod properties;
mod purchase;
mod snapshots;
mod ssr;
mod statutes;
