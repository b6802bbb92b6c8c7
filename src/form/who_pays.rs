//! Who pays, as the form asks it: how the defendants stand to each other, and the share or the
//! enlarged harm that situation needs.

use super::{Alloc, Field, FormState, Parsed};
use crate::law::liability::Situation;
use crate::money::Money;

/// The allocator's situation with its figures, once one is chosen; a share not given is 50%.
pub fn situation(form: &FormState, parsed: &Parsed) -> Option<Situation> {
    let share_pct = parsed.count(Field::AllocShare).map_or(50, |c| c.n);
    Some(match form.choice::<Alloc>()? {
        Alloc::KnewAndDidNothing => Situation::KnewAndDidNothing,
        Alloc::JointProcessors => Situation::JointProcessors,
        Alloc::JointTortfeasors => Situation::JointTortfeasors,
        Alloc::FoodPlatform => Situation::FoodPlatform,
        Alloc::SeparateShares => Situation::SeparateShares { share_pct },
        Alloc::ScamAfterLeak => Situation::ScamAfterLeak { share_pct },
        Alloc::SellerUnidentified => Situation::SellerUnidentified,
        Alloc::FailedToVet => Situation::FailedToVet {
            share_pct,
            reading: form.value(),
        },
        Alloc::IgnoredNotice => Situation::IgnoredNotice {
            enlarged: parsed.amount(Field::AllocEnlarged).unwrap_or(Money::ZERO),
        },
    })
}
