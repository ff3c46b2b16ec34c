//! Foot width, a hard requirement: a shoe not made in the runner's width does not fit,
//! whatever else it offers.

use super::{Context, Fit, Notes};
use crate::catalogue::{Shoe, Width};

pub(super) fn assess(shoe: &Shoe, context: &Context, notes: &mut impl Notes) -> Fit {
    let width = context.profile.foot_width;
    if shoe.made_in(width) {
        notes.good(|| match width {
            Width::Standard => "Made in standard width, your width.".to_string(),
            _ => format!("Made in {} fit, your width.", width.words()),
        });
        Fit::Score(1.0)
    } else {
        notes.poor(|| {
            let made: Vec<&str> = shoe.widths.iter().map(|w| w.words()).collect();
            format!(
                "Not made in {} fit (only {}): a shoe of the wrong width does not fit, whatever else it offers.",
                width.words(),
                made.join(", ")
            )
        });
        Fit::Excluded
    }
}
