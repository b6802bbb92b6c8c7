//! Weiquan (维权计算器): what a consumer in the PRC can claim, and why.
//!
//! `law` is the pure legal engine; `ui` renders what it explains. Nothing here computes law twice.

pub mod cases;
pub mod date;
pub mod embed;
pub mod form;
pub mod i18n;
pub mod lang;
pub mod law;
pub mod money;
pub mod parse;
pub mod scenario_json;
pub mod ui;
