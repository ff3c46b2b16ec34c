//! Foot width, a hard requirement: a shoe not made in the runner's width does not fit,
//! whatever else it offers. A shoe also made a width up or down leaves the fitter room when
//! the foot swells on long runs or the last runs narrow.

use super::{Context, Fit, Notes};
use crate::catalogue::{Shoe, Width};

pub(super) fn assess(shoe: &Shoe, context: &Context, notes: &mut impl Notes) -> Fit {
    let width = context.profile.foot_width;
    let made = mask(&shoe.widths);
    if made & (1 << width as usize) == 0 {
        notes.poor(|| {
            let made: Vec<&str> = shoe.widths.iter().map(|w| w.words()).collect();
            format!(
                "Not made in {} fit (only {}): a shoe of the wrong width does not fit, whatever else it offers.",
                width.words(),
                made.join(", ")
            )
        });
        return Fit::Excluded;
    }
    notes.good(|| {
        let yours = match width {
            Width::Standard => "Made in standard width, your width".to_string(),
            _ => format!("Made in {} fit, your width", width.words()),
        };
        match neighbour(shoe, width) {
            Some(other) => format!(
                "{yours}, and also in {}, should you need it.",
                other.words()
            ),
            None => format!("{yours}."),
        }
    });
    Fit::Score(context.widths[made])
}

/// The widths a shoe is made in, one bit each.
#[inline]
fn mask(widths: &[Width]) -> usize {
    widths.iter().fold(0, |mask, &w| mask | 1 << w as usize)
}

/// The fit of each set of widths made (by [`mask`]) for a runner of `width`. Every other
/// width made is one more the fitter can bring: the next wider the most (feet swell on long
/// runs), then the next narrower, then those further away.
pub(super) fn fits(width: Width) -> [f64; 16] {
    let mut fits = [0.0; 16];
    for (made, fit) in fits.iter_mut().enumerate() {
        let others: f64 = Width::ALL
            .iter()
            .filter(|&&other| other != width && made & (1 << other as usize) != 0)
            .map(|&other| match other as i8 - width as i8 {
                1 => 0.008,
                -1 => 0.004,
                2 => 0.002,
                -2 => 0.001,
                3 => 0.0005,
                _ => 0.00025,
            })
            .sum();
        *fit = 0.985 + others;
    }
    fits
}

/// The width next to `width` that the shoe is also made in, the wider first.
pub(super) fn neighbour(shoe: &Shoe, width: Width) -> Option<Width> {
    [wider(width), narrower(width)]
        .into_iter()
        .flatten()
        .find(|&w| shoe.made_in(w))
}

pub(super) fn wider(width: Width) -> Option<Width> {
    match width {
        Width::Narrow => Some(Width::Standard),
        Width::Standard => Some(Width::Wide),
        Width::Wide => Some(Width::ExtraWide),
        Width::ExtraWide => None,
    }
}

pub(super) fn narrower(width: Width) -> Option<Width> {
    match width {
        Width::Narrow => None,
        Width::Standard => Some(Width::Narrow),
        Width::Wide => Some(Width::Standard),
        Width::ExtraWide => Some(Width::Wide),
    }
}
