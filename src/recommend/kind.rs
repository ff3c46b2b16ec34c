//! What a shoe is built for, read from what the catalogue gives: its `uses` and `plate` where
//! the shop wrote them, else judged from the format-1 fields (a stiff shoe under 240 g is
//! almost always a plated racer; minimal cushioning is a barefoot-style shoe). Words in the
//! shoe's notes say how a stability shoe guides the foot and how its foam feels, when the
//! catalogue has no field for it.

use crate::catalogue::{Cushioning, Flexibility, Foam, Guidance, Plate, Purpose, Shoe, notes};

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
        // A nylon or other plastic plate makes a light shoe a tempo shoe; a heavier one
        // (a plated trail shoe, a cushioned trainer) stays a trainer.
        Some(Plate::Nylon | Plate::Plastic) if shoe.weight_g < TEMPO_BELOW_G => Build::Tempo,
        Some(Plate::Nylon | Plate::Plastic) => Build::Trainer,
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

/// The id of the words that say how a stability shoe guides the foot `way`.
pub(super) fn guides_message(way: Guidance) -> &'static str {
    match way {
        Guidance::GuideRails => "pronation-guides-rails",
        Guidance::MedialPost => "pronation-guides-post",
        Guidance::InnerFoam => "pronation-guides-inner-foam",
        Guidance::WideBase => "pronation-guides-wide-base",
        Guidance::Plate => "pronation-guides-plate",
        Guidance::Geometry => "pronation-guides-shape",
    }
}

/// How the catalogue's notes say a stability shoe guides the foot, for a catalogue without
/// `guidance` (a way the notes deny is never read as said): the id of the words that say it.
pub(super) fn guidance(shoe: &Shoe) -> Option<&'static str> {
    let said = notes::guidance_said(shoe.notes.as_deref()?);
    let (way, _, _) = said.into_iter().find(|(_, _, says)| *says)?;
    Some(guides_message(way))
}

/// How the midsole feels: the catalogue's `foam`, else what its notes call it ("firm",
/// "soft", "plush", "balanced"), else unknown. The amount of cushioning says nothing of this: a max
/// stack can be firm and a thin one soft.
pub(super) fn foam(shoe: &Shoe) -> Option<Foam> {
    if shoe.foam.is_some() {
        return shoe.foam;
    }
    shoe.notes.as_ref()?.foam_said()
}
