//! What a shoe is built for, read from what the catalogue gives: its `uses` and `plate` where
//! the shop wrote them, else judged from the format-1 fields (a stiff shoe under 240 g is
//! almost always a plated racer; minimal cushioning is a barefoot-style shoe). Words in the
//! shoe's notes say how a stability shoe guides the foot and how its foam feels, when the
//! catalogue has no field for it.

use crate::catalogue::{Cushioning, Flexibility, Foam, Plate, Purpose, Shoe};

/// A stiff shoe lighter than this is almost always a plated racer.
const RACER_BELOW_G: f64 = 240.0;
/// A nylon-plated shoe lighter than this is built for tempo runs.
const TEMPO_BELOW_G: f64 = 250.0;

/// What a shoe is for, as far as the catalogue tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Build {
    /// A race-day shoe: the catalogue says so (`uses`, a carbon plate) or it looks like one.
    Racer { said: bool },
    /// A lively shoe for faster training, not for racing alone (`uses` without `Daily`).
    Tempo,
    /// Very little between foot and ground: for feet used to it.
    Barefoot,
    /// Everything else: a trainer for everyday miles.
    Trainer,
}

/// What `shoe` is built for.
#[inline]
pub(super) fn build(shoe: &Shoe) -> Build {
    if shoe.cushioning == Cushioning::Minimal {
        return Build::Barefoot;
    }
    if let Some(uses) = &shoe.uses {
        let has = |purpose| uses.contains(&purpose);
        return if has(Purpose::Daily) || has(Purpose::LongRun) || has(Purpose::Recovery) {
            Build::Trainer
        } else if has(Purpose::Race) {
            Build::Racer { said: true }
        } else if has(Purpose::Tempo) {
            Build::Tempo
        } else {
            Build::Trainer
        };
    }
    match shoe.plate {
        Some(Plate::Carbon) => Build::Racer { said: true },
        // A nylon plate makes a light shoe a tempo shoe; a heavier one stays a trainer.
        Some(Plate::Nylon) if shoe.weight_g < TEMPO_BELOW_G => Build::Tempo,
        Some(Plate::Nylon) => Build::Trainer,
        None if shoe.flexibility == Some(Flexibility::Stiff) && shoe.weight_g < RACER_BELOW_G => {
            Build::Racer { said: false }
        }
        None => Build::Trainer,
    }
}

impl Build {
    /// The id of what the shoe is, in a few words.
    pub(super) fn message(self) -> &'static str {
        match self {
            Build::Racer { said: true } => "build-racer",
            Build::Racer { said: false } => "build-racer-by-build",
            Build::Tempo => "build-tempo",
            Build::Barefoot => "build-barefoot",
            Build::Trainer => "build-trainer",
        }
    }
}

/// A heel-to-toe drop of at most this counts as zero drop.
const ZERO_DROP_MM: f64 = 1.0;

/// Whether `shoe` has (next to) no drop, as Altra's and barefoot shoes do.
#[inline]
pub(super) fn zero_drop(shoe: &Shoe) -> bool {
    shoe.drop_mm.is_some_and(|drop| drop <= ZERO_DROP_MM)
}

/// Words in a shoe's notes and what they say.
struct Vocabulary {
    words: &'static [&'static str],
    means: &'static str,
}

/// How stability shoes guide the foot, by the words shops and makers use: the id of the
/// words that say it.
const GUIDANCE: &[Vocabulary] = &[
    Vocabulary {
        words: &["guiderail", "guide rail"],
        means: "pronation-guides-rails",
    },
    Vocabulary {
        words: &["medial post", "dual-density", "dual density"],
        means: "pronation-guides-post",
    },
    Vocabulary {
        words: &["j-frame", "firmer medial", "firm medial", "medial support"],
        means: "pronation-guides-inner-foam",
    },
    Vocabulary {
        words: &[
            "h-frame",
            "centerpath",
            "sidewall",
            "wide base",
            "wider base",
        ],
        means: "pronation-guides-wide-base",
    },
    Vocabulary {
        words: &["wave plate"],
        means: "pronation-guides-plate",
    },
    Vocabulary {
        words: &["geometry", "guidance system", "3d guidance", "4d guidance"],
        means: "pronation-guides-shape",
    },
];

/// How the catalogue says a stability shoe guides the foot, when its notes say it: the id of
/// the words that say it.
pub(super) fn guidance(shoe: &Shoe) -> Option<&'static str> {
    let notes = shoe.notes.as_deref()?.to_lowercase();
    GUIDANCE
        .iter()
        .find(|v| v.words.iter().any(|word| notes.contains(word)))
        .map(|v| v.means)
}

/// How the midsole feels: the catalogue's `foam`, else what its notes call it ("firm",
/// "soft", "plush", "balanced"), else unknown. The amount of cushioning says nothing of this: a max
/// stack can be firm and a thin one soft.
pub(super) fn foam(shoe: &Shoe) -> Option<Foam> {
    if shoe.foam.is_some() {
        return shoe.foam;
    }
    let said = foam_words(shoe.notes.as_deref()?);
    if said.balanced {
        return Some(Foam::Balanced);
    }
    match (said.firm, said.soft) {
        (true, false) => Some(Foam::Firm),
        (false, true) => Some(Foam::Soft),
        (true, true) => Some(Foam::Balanced),
        (false, false) => None,
    }
}

/// What a text says of a foam's feel.
#[derive(Debug, Default, PartialEq)]
struct FoamWords {
    balanced: bool,
    firm: bool,
    soft: bool,
}

/// The words of `notes` that say how a foam feels, read as whole words (case aside) and not
/// right after "not", "less" or "never": one pass over the text, with no copy of it, as a
/// ranking asks this of every shoe that has no `foam`.
fn foam_words(notes: &str) -> FoamWords {
    const FIRM: [&str; 2] = ["firm", "firmer"];
    const SOFT: [&str; 6] = ["soft", "softer", "plush", "pillowy", "squishy", "bouncy"];
    const DENIED: [&str; 3] = ["not", "less", "never"];
    let is = |word: &str, one: &str| word.eq_ignore_ascii_case(one);
    let mut said = FoamWords::default();
    let mut previous = "";
    let mut before_previous = "";
    for word in notes.split(|c: char| !c.is_alphabetic()) {
        if word.is_empty() {
            continue;
        }
        let denied = |by: &str| DENIED.iter().any(|no| is(by, no));
        if !denied(previous) {
            if is(word, "balanced") {
                said.balanced = true;
            } else if FIRM.iter().any(|firm| is(word, firm)) {
                said.firm = true;
            } else if SOFT.iter().any(|soft| is(word, soft)) {
                said.soft = true;
            }
        }
        // "a stable ride" says firm, unless it is "not a stable ride".
        if is(word, "ride") && is(previous, "stable") && !denied(before_previous) {
            said.firm = true;
        }
        before_previous = previous;
        previous = word;
    }
    said
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_words_are_read_as_whole_words_and_not_when_denied() {
        let soft = FoamWords {
            soft: true,
            ..FoamWords::default()
        };
        let firm = FoamWords {
            firm: true,
            ..FoamWords::default()
        };
        assert_eq!(foam_words("a soft ride"), soft);
        assert_eq!(foam_words("A Soft ride"), soft);
        assert_eq!(foam_words("a softer ride"), soft);
        assert_eq!(foam_words("not soft at all"), FoamWords::default());
        assert_eq!(foam_words("firm, stable"), firm);
        assert_eq!(foam_words("a firm-ish midsole"), firm);
        assert_eq!(foam_words("a stable ride"), firm);
        assert_eq!(foam_words("confirmed figures"), FoamWords::default());
        assert_eq!(foam_words("softened heel"), FoamWords::default());
        assert!(foam_words("balanced and bouncy").balanced);
    }
}
