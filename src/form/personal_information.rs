//! The personal-information claim as the form asks it: the loss, the expenses, the infringer's
//! gain, mental harm, the circumstances and what is claimed.

use super::{count_text, Field, Flag, FormState, GainMode, LossChoice, Parsed};
use crate::law::{Claimed, Expenses, Gain, Loss, Mental, PersonalInformation, ThirdParty};
use crate::money::{Money, MAX_INPUT};
use crate::parse::InputError;

/// The claim, from what reads (a field left empty is not given).
pub fn claim(form: &FormState, parsed: &Parsed) -> PersonalInformation {
    let money = |f: Field| parsed.amount(f);
    PersonalInformation {
        conduct_date: parsed.date(Field::ConductDate),
        defendant_is_processor: form.is_on(Flag::Processor),
        via_network: form.is_on(Flag::ViaNetwork),
        facial: form.is_on(Flag::Facial),
        loss: loss(form, parsed),
        expenses: Expenses {
            investigation: money(Field::Investigation),
            notarisation: money(Field::Notarisation),
            lawyer: money(Field::Lawyer),
            other: money(Field::OtherExpenses),
        },
        gain: gain(form, parsed),
        mental: Mental {
            serious: form.is_on(Flag::Serious),
            claimed: money(Field::MentalClaimed),
        },
        claimed: Claimed {
            property: money(Field::ClaimedProperty),
            expenses: money(Field::ClaimedExpenses),
        },
    }
}

/// What reads alone but not together: records × a price per record above the input limit is
/// an error on the price, the field that makes it so; one person's records above all the records
/// sold would be a share above the whole.
pub fn check(parsed: &mut Parsed) {
    if let (Some(records), Some(price)) = (
        parsed.count(Field::Records),
        parsed.amount(Field::PricePerRecord),
    ) {
        if !fits(price.checked_mul(records.n)) {
            parsed.reject(Field::PricePerRecord, InputError::TooLarge);
        }
    }
    if let (Some(all), Some(own)) = (
        parsed.count(Field::AllRecords),
        parsed.count(Field::OwnRecords),
    ) {
        if own.n > all.n {
            parsed.reject(Field::OwnRecords, InputError::PartAboveWhole);
        }
    }
}

/// A product of two inputs stays within what one input may be.
pub fn fits(product: Result<Money, crate::money::Overflow>) -> bool {
    product.is_ok_and(|m| m <= MAX_INPUT)
}

fn loss(form: &FormState, parsed: &Parsed) -> Loss {
    match (form.choice(), parsed.amount(Field::DirectLoss)) {
        (Some(LossChoice::Amount), Some(fen)) => Loss::Amount {
            fen,
            third_party: form.is_on(Flag::ThirdParty).then(|| ThirdParty {
                recovered: parsed.amount(Field::Recovered).unwrap_or(Money::ZERO),
            }),
        },
        // "Yes" without a figure yet is a loss that exists but is not in figures.
        (Some(LossChoice::Amount), None) | (Some(LossChoice::Unquantifiable), _) => {
            Loss::Unquantifiable
        }
        (Some(LossChoice::None), _) | (None, _) => Loss::None,
    }
}

pub(super) fn gain(form: &FormState, parsed: &Parsed) -> Gain {
    let known = match form.value::<GainMode>() {
        GainMode::Unknown => None,
        GainMode::Actual => parsed.amount(Field::GainAmount).map(|amount| Gain::Actual {
            amount,
            records: parsed.count(Field::Records),
        }),
        GainMode::ProRata => {
            let own = parsed.count(Field::OwnRecords).map_or(1, |c| c.n);
            parsed
                .amount(Field::TotalGain)
                .zip(parsed.count(Field::AllRecords))
                .map(|(total, all_records)| Gain::ProRata {
                    total,
                    all_records,
                    own_records: own,
                })
        }
        GainMode::Estimate => parsed
            .count(Field::Records)
            .zip(parsed.amount(Field::PricePerRecord))
            .map(|(records, price_per_record)| Gain::Estimate {
                records,
                price_per_record,
            }),
    };
    known.unwrap_or(Gain::Unknown)
}

/// The form that shows a claim, as a preset loads it.
pub fn put(form: &mut FormState, pi: &PersonalInformation) {
    form.set_flag(Flag::Processor, pi.defendant_is_processor);
    form.set_flag(Flag::ViaNetwork, pi.via_network);
    form.set_flag(Flag::Facial, pi.facial);
    form.set_flag(Flag::Serious, pi.mental.serious);
    let money = |m: Option<Money>| m.map(Money::to_plain);
    form.put(Field::ConductDate, pi.conduct_date.map(|d| d.to_string()));
    form.put(Field::Investigation, money(pi.expenses.investigation));
    form.put(Field::Notarisation, money(pi.expenses.notarisation));
    form.put(Field::Lawyer, money(pi.expenses.lawyer));
    form.put(Field::OtherExpenses, money(pi.expenses.other));
    form.put(Field::MentalClaimed, money(pi.mental.claimed));
    form.put(Field::ClaimedProperty, money(pi.claimed.property));
    form.put(Field::ClaimedExpenses, money(pi.claimed.expenses));
    match pi.loss {
        Loss::None => form.set_choice(LossChoice::None),
        Loss::Unquantifiable => form.set_choice(LossChoice::Unquantifiable),
        Loss::Amount { fen, third_party } => {
            form.set_choice(LossChoice::Amount);
            form.set_flag(Flag::ThirdParty, third_party.is_some());
            form.set_text(Field::DirectLoss, fen.to_plain());
            form.put(
                Field::Recovered,
                third_party.map(|tp| tp.recovered.to_plain()),
            );
        }
    }
    put_gain(form, pi.gain);
}

fn put_gain(form: &mut FormState, gain: Gain) {
    let (mode, texts): (GainMode, Vec<(Field, String)>) = match gain {
        Gain::Unknown => return,
        Gain::Actual { amount, records } => {
            let mut t = vec![(Field::GainAmount, amount.to_plain())];
            t.extend(records.map(|r| (Field::Records, count_text(r))));
            (GainMode::Actual, t)
        }
        Gain::ProRata {
            total,
            all_records,
            own_records,
        } => (
            GainMode::ProRata,
            vec![
                (Field::TotalGain, total.to_plain()),
                (Field::AllRecords, count_text(all_records)),
                (Field::OwnRecords, own_records.to_string()),
            ],
        ),
        Gain::Estimate {
            records,
            price_per_record,
        } => (
            GainMode::Estimate,
            vec![
                (Field::Records, count_text(records)),
                (Field::PricePerRecord, price_per_record.to_plain()),
            ],
        ),
    };
    form.set_choice(mode);
    for (field, text) in texts {
        form.set_text(field, text);
    }
}
