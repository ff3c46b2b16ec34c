//! What-if explanations: for each shoe, a change the runner could make (when and where they
//! run, the budget, the orthotics, half a size, what the pair is for, the foam liked) or a
//! correction of an input that is easy to get wrong (the gait, a width one step away) that
//! would bring it into the top three, or back from being left out; found by ranking the
//! changed profile again, so every claim is true. Never a different body weight. And what
//! separates two shoes, factor by factor.

use super::{Factor, IdOrder, LearnedSizes, Priorities, Ranking, Recommendation, ranks, suiting};
use crate::catalogue::{Catalogue, Foam, Purpose, Surface, Width};
use crate::evidence::Evidence;
use crate::profile::{Profile, Pronation, SIZE_EU, Season};
use crate::words::{Lang, Say, Words};
use serde::Serialize;
use serde_json::{Map, Value};

/// A what-if that moves a shoe up is told only when it brings the shoe this high.
const WORTH_TELLING: u32 = 3;

/// From this many shoes, the changed profiles are ranked on several threads.
const PARALLEL_FROM: usize = 2_000;

/// A changed profile that would rank a shoe better.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WhatIf {
    /// Profile fields and their new values, as written in a profile file.
    pub changes: Map<String, Value>,
    /// The shoe's rank with the changed profile.
    pub rank: usize,
    /// What the change would do, in the words asked for: "With wide feet this would be your
    /// #1."
    pub text: String,
}

/// One change of one input, with what to say of it ("With wide feet").
#[derive(Debug, Clone)]
struct Candidate {
    field: &'static str,
    value: Value,
    change: Say,
    profile: Profile,
}

/// Every single-input change worth trying: corrections of an input easy to get wrong, then
/// the runner's choices.
fn candidates(profile: &Profile, currency: Option<&str>) -> Vec<Candidate> {
    let mut out = Vec::new();
    let mut push = |field: &'static str, value: Value, change: Say, changed: Profile| {
        if changed != *profile {
            out.push(Candidate {
                field,
                value,
                change,
                profile: changed,
            });
        }
    };
    corrections(profile, &mut push);
    choices(profile, currency, &mut push);
    purpose_changes(profile, &mut push);
    out
}

/// Corrections of an input that is easy to get wrong, said as such: the gait read again
/// from the wear of old shoes, and a width one step away ("if your feet measure nearer
/// standard"). Never a different body.
fn corrections(profile: &Profile, push: &mut impl FnMut(&'static str, Value, Say, Profile)) {
    let step = |width: Width, by: i8| {
        Width::ALL
            .iter()
            .copied()
            .find(|&other| other as i8 == width as i8 + by)
    };
    // A width the shoes tried or bought already found wanting is no correction to offer:
    // after "too narrow", never "if your feet are narrower".
    let narrower = step(profile.foot_width, -1).filter(|_| !profile.found_too(true));
    let wider = step(profile.foot_width, 1).filter(|_| !profile.found_too(false));
    for width in [narrower, wider].into_iter().flatten() {
        push(
            "foot_width",
            Value::from(width.as_str()),
            Say::new("what-if-width").text("width", width.as_str()),
            Profile {
                foot_width: width,
                ..profile.clone()
            },
        );
    }
    for &pronation in Pronation::ALL {
        push(
            "pronation",
            Value::from(pronation.as_str()),
            Say::new("what-if-pronation").text("pronation", pronation.as_str()),
            Profile {
                pronation,
                ..profile.clone()
            },
        );
    }
}

/// The choices a runner can make: when and where they run, the budget, the orthotics, half
/// a size either way.
fn choices(
    profile: &Profile,
    currency: Option<&str>,
    push: &mut impl FnMut(&'static str, Value, Say, Profile),
) {
    for &season in Season::ALL {
        push(
            "season",
            Value::from(season.as_str()),
            Say::new("what-if-season").text("season", season.as_str()),
            Profile {
                season,
                ..profile.clone()
            },
        );
    }
    for &surface in Surface::ALL {
        push(
            "surface",
            Value::from(surface.as_str()),
            Say::new("what-if-surface").text("surface", surface.as_str()),
            Profile {
                surface,
                ..profile.clone()
            },
        );
    }
    if profile.orthotics == Some(true) {
        push(
            "orthotics",
            Value::from(false),
            Say::new("what-if-no-orthotics"),
            Profile {
                orthotics: Some(false),
                ..profile.clone()
            },
        );
    }
    if let Some(budget) = profile.budget {
        let raised = budget + 50.0;
        push(
            "budget",
            Value::from(raised),
            Say::new("what-if-budget").text(
                "budget",
                match currency {
                    Some(code) => format!("{} {code}", crate::units::money(raised)),
                    None => crate::units::money(raised),
                },
            ),
            Profile {
                budget: Some(raised),
                ..profile.clone()
            },
        );
    }
    if let Some(size) = profile.size_eu {
        for other in [size - 0.5, size + 0.5] {
            if (SIZE_EU.0..=SIZE_EU.1).contains(&other) {
                push(
                    "size_eu",
                    Value::from(other),
                    Say::new("what-if-size").num("size", other),
                    Profile {
                        size_eu: Some(other),
                        ..profile.clone()
                    },
                );
            }
        }
    }
}

/// Changes of the choices about the pair: each other purpose, and, once a foam is liked,
/// each other foam.
fn purpose_changes(profile: &Profile, push: &mut impl FnMut(&'static str, Value, Say, Profile)) {
    // What the pair is for is a choice: each other one.
    for &purpose in Purpose::ALL {
        if purpose != profile.purpose() {
            push(
                "purpose",
                Value::from(purpose.as_str()),
                Say::new("what-if-purpose").text("purpose", purpose.as_str()),
                Profile {
                    purpose: Some(purpose),
                    ..profile.clone()
                },
            );
        }
    }
    // A taste in foam, once given, may be loosened: each other foam.
    if profile.preferred_foam.is_some() {
        for &foam in Foam::ALL {
            push(
                "preferred_foam",
                Value::from(foam.as_str()),
                Say::new("what-if-foam").text("foam", foam.as_str()),
                Profile {
                    preferred_foam: Some(foam),
                    ..profile.clone()
                },
            );
        }
    }
}

/// The what-ifs of every shoe of a catalogue, worked out as numbers: each changed profile's
/// rank for each shoe. The words are made only for the shoes asked about ([`WhatIfs::of_in`]),
/// so a large catalogue pays for ranking the changed profiles, not for texts nobody reads.
#[derive(Debug, Clone)]
pub struct WhatIfs {
    candidates: Vec<Candidate>,
    /// For each candidate, each shoe's rank with it; 0 when it leaves the shoe out.
    ranks: Vec<Vec<u32>>,
    /// Each shoe's rank now; 0 when it is left out.
    current: Vec<u32>,
    /// Shoes left out for both their width and a fixed insole, which no single change brings
    /// back: (shoe, index into `combos`), in order of shoe.
    combo_of: Vec<(usize, usize)>,
    /// The width-and-orthotics changes, with each shoe's rank with them.
    combos: Vec<(Map<String, Value>, Say, Vec<u32>)>,
    limit: usize,
}

impl WhatIfs {
    /// How many shoes this covers: the catalogue's.
    pub fn len(&self) -> usize {
        self.current.len()
    }

    /// Whether the catalogue has no shoes, so there is nothing to say.
    pub fn is_empty(&self) -> bool {
        self.current.is_empty()
    }

    /// The best what-ifs of `shoe` (an index into the catalogue's shoes), in English: see
    /// [`WhatIfs::of_in`].
    pub fn of(&self, shoe: usize) -> Vec<WhatIf> {
        self.of_in(shoe, Lang::En.words())
    }

    /// The best what-ifs of `shoe` (an index into the catalogue's shoes), said in `words`: at
    /// most the limit asked for, each changing a different input, best rank first. A what-if
    /// is kept only when it is worth telling: it brings the shoe into the top three (or up
    /// within them), or back at all for a shoe left out.
    pub fn of_in(&self, shoe: usize, words: &Words) -> Vec<WhatIf> {
        let Some(&now) = self.current.get(shoe) else {
            return Vec::new();
        };
        let mut options: Vec<(u32, usize)> = self
            .ranks
            .iter()
            .enumerate()
            .filter_map(|(order, ranks)| {
                let new_rank = ranks[shoe];
                let worth_telling = now == 0 || (new_rank <= WORTH_TELLING && new_rank < now);
                (new_rank > 0 && worth_telling).then_some((new_rank, order))
            })
            .collect();
        options.sort_unstable();
        let mut chosen: Vec<WhatIf> = Vec::new();
        for (new_rank, order) in options {
            let candidate = &self.candidates[order];
            if chosen.len() >= self.limit
                || chosen
                    .iter()
                    .any(|w| w.changes.contains_key(candidate.field))
            {
                continue;
            }
            let sentence = match now {
                0 => "what-if-brought-back",
                _ if new_rank == 1 => "what-if-first",
                _ => "what-if-rank",
            };
            let text = said(words, sentence, &candidate.change, new_rank);
            let mut changes = Map::new();
            changes.insert(candidate.field.to_string(), candidate.value.clone());
            chosen.push(WhatIf {
                changes,
                rank: new_rank as usize,
                text,
            });
        }
        if let Ok(found) = self.combo_of.binary_search_by_key(&shoe, |&(shoe, _)| shoe) {
            let (changes, change, ranks) = &self.combos[self.combo_of[found].1];
            let rank = ranks[shoe];
            if rank > 0 && chosen.is_empty() {
                chosen.push(WhatIf {
                    changes: changes.clone(),
                    rank: rank as usize,
                    text: said(words, "what-if-brought-back", change, rank),
                });
            }
        }
        chosen
    }

    /// The what-ifs of every shoe, in the order of the catalogue's shoes, in English.
    pub fn all(&self) -> Vec<Vec<WhatIf>> {
        self.all_in(Lang::En.words())
    }

    /// The what-ifs of every shoe, in the order of the catalogue's shoes, said in `words`.
    pub fn all_in(&self, words: &Words) -> Vec<Vec<WhatIf>> {
        (0..self.len())
            .map(|shoe| self.of_in(shoe, words))
            .collect()
    }
}

/// The sentence `id` of a what-if: the `change` said first ("With wide feet"), then what it
/// would do to the shoe's `rank`.
fn said(words: &Words, id: &'static str, change: &Say, rank: u32) -> String {
    words.say(
        &Say::new(id)
            .text("change", words.say(change))
            .num("rank", rank),
    )
}

/// The what-ifs of every shoe of `catalogue`, at most `limit` per shoe (see [`WhatIfs::of`]).
/// `ranking` is the ranking of `profile`.
pub fn what_ifs(
    catalogue: &Catalogue,
    profile: &Profile,
    priorities: &Priorities,
    ranking: &Ranking,
    limit: usize,
) -> WhatIfs {
    what_ifs_with(catalogue, profile, priorities, ranking, limit, None)
}

/// The shop's evidence with the sizes learned from it, learned once for every changed
/// profile a what-if ranks.
pub type ShopEvidence<'e> = (&'e Evidence, &'e LearnedSizes);

/// As [`what_ifs`], for a ranking moved by the shop's `evidence` (with what it taught of
/// models' length fit): each changed profile is ranked and moved the same way, so every
/// claim holds for the ranking shown.
pub fn what_ifs_with(
    catalogue: &Catalogue,
    profile: &Profile,
    priorities: &Priorities,
    ranking: &Ranking,
    limit: usize,
    evidence: Option<ShopEvidence>,
) -> WhatIfs {
    let shoes = catalogue.shoes.len();
    let mut current = vec![0; shoes];
    for r in &ranking.recommendations {
        current[r.shoe] = r.rank as u32;
    }
    let candidates = candidates(profile, catalogue.currency.as_deref());
    // Each changed profile is ranked on its own; large catalogues spread them over the cores.
    let order = IdOrder::of(catalogue);
    let order = &order;
    let rank_of = |candidate: &Candidate| {
        ranks_moved(catalogue, &candidate.profile, priorities, order, evidence)
    };
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    let rankings: Vec<Vec<u32>> = if threads > 1 && shoes >= PARALLEL_FROM {
        let chunk = candidates.len().div_ceil(threads);
        std::thread::scope(|scope| {
            let workers: Vec<_> = candidates
                .chunks(chunk)
                .map(|part| {
                    (
                        part.len(),
                        scope.spawn(move || part.iter().map(rank_of).collect::<Vec<_>>()),
                    )
                })
                .collect();
            // A worker that failed claims nothing, and keeps the others' claims in place.
            workers
                .into_iter()
                .flat_map(|(count, worker)| {
                    worker
                        .join()
                        .unwrap_or_else(|_| vec![vec![0; shoes]; count])
                })
                .collect()
        })
    } else {
        candidates.iter().map(rank_of).collect()
    };
    let mut what_ifs = WhatIfs {
        candidates,
        ranks: rankings,
        current,
        combo_of: Vec::new(),
        combos: Vec::new(),
        limit,
    };
    two_changes(
        catalogue,
        profile,
        (priorities, evidence),
        ranking,
        order,
        &mut what_ifs,
    );
    what_ifs
}

/// Each shoe's rank for `profile` (0 when left out), moved by the shop's `evidence` when
/// given.
fn ranks_moved(
    catalogue: &Catalogue,
    profile: &Profile,
    priorities: &Priorities,
    order: &IdOrder,
    evidence: Option<ShopEvidence>,
) -> Vec<u32> {
    let Some((evidence, learned)) = evidence else {
        return ranks(catalogue, profile, priorities, order);
    };
    let mut ranking = super::rank_learning(catalogue, profile, priorities, Some(learned));
    super::moves::apply(&mut ranking, catalogue, profile, evidence);
    let mut out = vec![0; catalogue.shoes.len()];
    for r in &ranking.recommendations {
        out[r.shoe] = r.rank as u32;
    }
    out
}

/// Shoes left out for both their width and a fixed insole, which no single change brings
/// back, get one what-if changing both, when they are made a width one step away (the wider
/// first). Each distinct change is ranked once.
fn two_changes(
    catalogue: &Catalogue,
    profile: &Profile,
    (priorities, evidence): (&Priorities, Option<ShopEvidence>),
    ranking: &Ranking,
    order: &IdOrder,
    what_ifs: &mut WhatIfs,
) {
    let mut combos: Vec<(Profile, Map<String, Value>, Say)> = Vec::new();
    for exclusion in &ranking.excluded {
        let both = exclusion.failed.len() == 2
            && exclusion.failed.contains(Factor::FootWidth)
            && exclusion.failed.contains(Factor::Orthotics);
        let brought_back = || what_ifs.ranks.iter().any(|ranks| ranks[exclusion.shoe] > 0);
        if !both || brought_back() {
            continue;
        }
        let made = &catalogue.shoes[exclusion.shoe].widths;
        // A width one step away is a measurement to check; further is a different foot.
        let Some(&width) = made
            .iter()
            .filter(|w| ((**w as i32) - (profile.foot_width as i32)).abs() == 1)
            .min_by_key(|w| **w as i32 <= profile.foot_width as i32)
        else {
            continue;
        };
        // Never a width the shoes tried or bought already found wanting.
        let narrower = (width as i32) < (profile.foot_width as i32);
        if profile.found_too(narrower) {
            continue;
        }
        let mut changes = Map::new();
        changes.insert("foot_width".to_string(), Value::from(width.as_str()));
        changes.insert("orthotics".to_string(), Value::from(false));
        let index = match combos.iter().position(|combo| combo.1 == changes) {
            Some(index) => index,
            None => {
                let changed = Profile {
                    foot_width: width,
                    orthotics: Some(false),
                    ..profile.clone()
                };
                let change = Say::new("what-if-width-no-orthotics").text("width", width.as_str());
                combos.push((changed, changes, change));
                combos.len() - 1
            }
        };
        what_ifs.combo_of.push((exclusion.shoe, index));
    }
    what_ifs.combo_of.sort_unstable();
    what_ifs.combos = combos
        .into_iter()
        .map(|(changed, changes, change)| {
            let ranks = ranks_moved(catalogue, &changed, priorities, order, evidence);
            (changes, change, ranks)
        })
        .collect();
}

/// How many changes that would widen the choice are told when no shoe suits everything.
pub const WIDENINGS: usize = 3;

/// A change of one input that would give shoes suiting everything the runner asked, when no
/// shoe does now: what a fitter suggests when the shop has nothing that meets it all.
#[derive(Debug, Clone, PartialEq)]
pub struct Widening {
    /// The profile field and its new value, as written in a profile file.
    pub changes: Map<String, Value>,
    /// How many shoes would then suit everything asked.
    pub suiting: usize,
    change: Say,
}

impl Widening {
    /// What the change would do, in `words`: "Running on road, 6 shoes would suit all you
    /// asked."
    pub fn text(&self, words: &Words) -> String {
        words.say(
            &Say::new("what-if-widen")
                .text("change", words.say(&self.change))
                .num("count", self.suiting as f64),
        )
    }
}

/// The inputs a what-if may change but a widening never offers: when and where the runner
/// runs are theirs, not a choice about the pair.
const WHERE_AND_WHEN: [&str; 2] = ["season", "surface"];

/// When no shoe of `catalogue` suits everything `profile` gives, the changes that would give
/// the most such shoes: at most `limit`, each of a different input, the most first. The
/// what-ifs' changes that the runner can make about the pair (budget, orthotics, purpose,
/// size) and corrections of an input easy to get wrong (width, gait), never a different
/// body, and never the season or the ground they run on ([`WHERE_AND_WHEN`]). Empty when
/// some shoe already suits.
pub fn widen(
    catalogue: &Catalogue,
    profile: &Profile,
    priorities: &Priorities,
    limit: usize,
) -> Vec<Widening> {
    widen_learning(catalogue, profile, priorities, limit, None)
}

/// As [`widen`], with the sizes to try moved by what the shop `learned` of models' length
/// fit, as the advice it widens ranks them.
pub fn widen_learning(
    catalogue: &Catalogue,
    profile: &Profile,
    priorities: &Priorities,
    limit: usize,
    learned: Option<&LearnedSizes>,
) -> Vec<Widening> {
    if suiting(catalogue, profile, priorities, learned) > 0 {
        return Vec::new();
    }
    let mut found: Vec<(usize, Candidate)> = candidates(profile, catalogue.currency.as_deref())
        .into_iter()
        .filter(|candidate| !WHERE_AND_WHEN.contains(&candidate.field))
        .filter_map(|candidate| {
            let count = suiting(catalogue, &candidate.profile, priorities, learned);
            (count > 0).then_some((count, candidate))
        })
        .collect();
    // The most shoes first; on a tie, the order of the candidates: corrections, then choices.
    found.sort_by_key(|(count, _)| std::cmp::Reverse(*count));
    let mut chosen: Vec<Widening> = Vec::new();
    for (count, candidate) in found {
        if chosen.len() >= limit
            || chosen
                .iter()
                .any(|w| w.changes.contains_key(candidate.field))
        {
            continue;
        }
        let mut changes = Map::new();
        changes.insert(candidate.field.to_string(), candidate.value);
        chosen.push(Widening {
            changes,
            suiting: count,
            change: candidate.change,
        });
    }
    chosen
}

/// The profile with a what-if's changes applied, as a profile file would give them.
pub fn apply(profile: &Profile, changes: &Map<String, Value>) -> Result<Profile, String> {
    let mut value = serde_json::to_value(profile).map_err(|e| e.to_string())?;
    let object = value.as_object_mut().ok_or("a profile is a record")?;
    for (field, new) in changes {
        object.insert(field.clone(), new.clone());
    }
    serde_json::from_value(value).map_err(|e| e.to_string())
}

/// What puts `a` above `b`: each factor's share of their score difference, largest first by
/// size; positive favours `a`. When `b` stands in a lower tier (a trade-off or a poor verdict
/// that `a` has not), the factors with those verdicts share the whole difference: that is
/// what decides between them. Otherwise each factor's weighted fit difference is its share.
pub fn separation(
    a: &Recommendation,
    b: &Recommendation,
    priorities: &Priorities,
) -> Vec<(Factor, f64)> {
    // What the inputs decide, without what the shop's fittings moved.
    let difference = (a.score - a.shop_move) - (b.score - b.shop_move);
    let deciding = super::tier_difference(a, b, priorities);
    let mut shares: Vec<(Factor, f64)> = if deciding.is_empty() {
        let total: f64 = a.fits.iter().map(|(f, _)| priorities.get(f)).sum();
        if total <= 0.0 {
            return Vec::new();
        }
        let raw: Vec<(Factor, f64)> = a
            .fits
            .iter()
            .filter_map(|(factor, fit_a)| {
                let fit_b = b.fit(factor)?;
                Some((factor, priorities.get(factor) * (fit_a - fit_b) / total))
            })
            .collect();
        let mean_difference: f64 = raw.iter().map(|(_, share)| share).sum();
        // In points of the score, which spreads the mean fit within a tier.
        let scale = if mean_difference.abs() > 1e-12 {
            difference / mean_difference
        } else {
            1.0
        };
        raw.into_iter()
            .map(|(factor, share)| (factor, share * scale))
            .filter(|(_, share)| share.abs() > 1e-9)
            .collect()
    } else {
        let each = difference / deciding.len() as f64;
        deciding.iter().map(|factor| (factor, each)).collect()
    };
    shares.sort_by(|x, y| y.1.abs().total_cmp(&x.1.abs()).then(x.0.cmp(&y.0)));
    shares
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::generate::generate;
    use crate::recommend::rank;

    /// A what-if says the same change and rank in every language; only its words differ.
    #[test]
    fn russian_what_ifs_change_the_same_inputs_to_the_same_ranks() {
        let catalogue = generate(300);
        let profile = Profile {
            foot_width: Width::Wide,
            weight_kg: 92.0,
            knee_pain: Some(true),
            orthotics: Some(true),
            experience: Some(crate::profile::Experience::Beginner),
            budget: Some(120.0),
            ..Profile::default()
        };
        let priorities = Priorities::default();
        let ranking = rank(&catalogue, &profile, &priorities);
        let what_ifs = what_ifs(&catalogue, &profile, &priorities, &ranking, 3);
        let english = what_ifs.all();
        let russian = what_ifs.all_in(Lang::Ru.words());
        assert_eq!(english, what_ifs.all_in(Lang::En.words()));
        let said: Vec<_> = english
            .iter()
            .flatten()
            .zip(russian.iter().flatten())
            .collect();
        assert!(said.len() > 10, "the profile has what-ifs to say");
        for (en, ru) in said {
            assert_eq!((&en.changes, en.rank), (&ru.changes, ru.rank));
            assert!(ru.text.contains(&format!(" {}-", ru.rank)), "{}", ru.text);
            assert!(!ru.text.contains(" would "), "{}", ru.text);
        }
    }
}
