//! Foot width, a hard requirement: a shoe not made in the runner's width does not fit,
//! whatever else it offers. A shoe also made a width up or down leaves the fitter room when
//! the foot swells on long runs or the last runs narrow.

use super::{Context, Fit, Notes};
use crate::catalogue::{Shoe, ToeBox, Width};
use crate::words::Say;

/// The fit of a shoe whose unconfirmed width list leaves out the runner's width: a caution.
const UNCONFIRMED_WIDTH_FIT: f64 = 0.6;

pub(super) fn assess(shoe: &Shoe, context: &Context, notes: &mut impl Notes) -> Fit {
    let width = context.profile.foot_width;
    let made = mask(&shoe.widths);
    if made & (1 << width as usize) == 0 && !shoe.widths_confirmed() {
        // A width list no source confirms may simply be short: the shoe stays, with a word
        // to check, and is never a best pick on it.
        notes.caution(|| {
            Say::new("width-unconfirmed")
                .text("width", width.as_str())
                .words("listed", shoe.widths.iter().map(|w| w.message()))
        });
        return Fit::Score(UNCONFIRMED_WIDTH_FIT);
    }
    if made & (1 << width as usize) == 0 {
        notes.poor(|| {
            // Each width made once, in the catalogue's order: at most the three that are not
            // the runner's.
            let mut listed: Vec<Width> = Vec::new();
            for &w in &shoe.widths {
                if !listed.contains(&w) {
                    listed.push(w);
                }
            }
            let mut said = Say::new("width-not-made")
                .text("width", width.as_str())
                .num("count", listed.len() as f64);
            for (name, w) in ["first", "second", "third"].into_iter().zip(listed) {
                said = said.word(name, w.message());
            }
            said
        });
        return Fit::Excluded;
    }
    notes.good(|| match neighbour(shoe, width) {
        Some(other) => Say::new("width-made-and-next")
            .text("width", width.as_str())
            .word("other", other.message()),
        None => Say::new("width-made").text("width", width.as_str()),
    });
    Fit::Score(context.widths[made] * toe_box(shoe, width, notes))
}

/// Room in the forefoot, where the catalogue gives it: wide feet (and bunions, and feet
/// that swell on long runs) want a roomy toe box, and a snug one pinches them; a snug toe
/// box suits narrow feet.
fn toe_box(shoe: &Shoe, width: Width, notes: &mut impl Notes) -> f64 {
    let wide = matches!(width, Width::Wide | Width::ExtraWide);
    match (shoe.toe_box, wide) {
        (Some(ToeBox::Roomy), true) => {
            notes.good(|| Say::new("width-toe-box-roomy"));
            1.0
        }
        (Some(ToeBox::Snug), true) => {
            notes.caution(|| Say::new("width-toe-box-snug-wide"));
            0.75
        }
        (Some(ToeBox::Snug), false) if width == Width::Narrow => {
            notes.good(|| Say::new("width-toe-box-snug-narrow"));
            1.0
        }
        (Some(ToeBox::Standard), true) => 0.97,
        _ => 1.0,
    }
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

#[cfg(test)]
mod tests {
    use crate::catalogue::{Catalogue, Shoe, Width};
    use crate::profile::Profile;
    use crate::recommend::{Explainer, Factor};
    use crate::words::Lang;

    /// A shoe not made in the runner's width names the widths it does come in, each once
    /// however often the catalogue lists it, in the language asked for.
    #[test]
    fn a_shoe_of_another_width_names_each_width_it_comes_in_once() {
        let catalogue = Catalogue {
            format: 1,
            name: None,
            currency: None,
            shoes: vec![Shoe {
                id: "x".into(),
                widths: vec![Width::Wide, Width::Narrow, Width::Wide],
                ..Shoe::plain()
            }],
            size_charts: Vec::new(),
        };
        let profile = Profile {
            foot_width: Width::Standard,
            ..Profile::default()
        };
        let said = |lang| {
            Explainer::new(&catalogue, &profile)
                .speaking(lang)
                .explain(&catalogue.shoes[0])
                .into_iter()
                .find(|reason| reason.factor == Factor::FootWidth)
                .map(|reason| reason.text)
                .unwrap_or_default()
        };
        assert_eq!(
            said(Lang::En),
            "Not made in standard fit (only wide, narrow): a shoe of the wrong width does not \
             fit, whatever else it offers."
        );
        let russian = said(Lang::Ru);
        assert!(
            russian
                .starts_with("Не выпускается в стандартной полноте (есть только широкая, узкая):"),
            "{russian}"
        );
    }
}
