//! What-if explanations: for each shoe, the smallest change of the runner's inputs that would
//! move it up (to #1 where one exists), found by ranking the changed profile again, so every
//! claim is true. And what separates two shoes, factor by factor.

use super::{Factor, Priorities, Ranking, Recommendation, by_id, ranks};
use crate::catalogue::validate::number;
use crate::catalogue::{Catalogue, Surface, Width};
use crate::profile::{Experience, FootStrike, Profile, Pronation, Season, WEIGHT_KG};
use serde::Serialize;
use serde_json::{Map, Value};

/// From this many shoes, the changed profiles are ranked on several threads.
const PARALLEL_FROM: usize = 2_000;

/// A changed profile that would rank a shoe better.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WhatIf {
    /// Profile fields and their new values, as written in a profile file.
    pub changes: Map<String, Value>,
    /// The shoe's rank with the changed profile.
    pub rank: usize,
    pub text: String,
}

/// One change of one input, with the words that describe it.
struct Candidate {
    field: &'static str,
    value: Value,
    words: String,
    profile: Profile,
}

/// Every single-input change worth trying, the closest first.
fn candidates(profile: &Profile) -> Vec<Candidate> {
    let mut out = Vec::new();
    let mut push = |field: &'static str, value: Value, words: String, changed: Profile| {
        if changed != *profile {
            out.push(Candidate {
                field,
                value,
                words,
                profile: changed,
            });
        }
    };
    for &width in Width::ALL {
        let words = match width {
            Width::Standard => "With standard-width feet".to_string(),
            other => format!("With {} feet", other.words()),
        };
        push(
            "foot_width",
            Value::from(width.as_str()),
            words,
            Profile {
                foot_width: width,
                ..profile.clone()
            },
        );
    }
    for &pronation in Pronation::ALL {
        let words = match pronation {
            Pronation::Neutral => "With a neutral gait",
            Pronation::Over => "If you overpronate",
            Pronation::Under => "If you underpronate",
        };
        push(
            "pronation",
            Value::from(pronation.as_str()),
            words.to_string(),
            Profile {
                pronation,
                ..profile.clone()
            },
        );
    }
    for &season in Season::ALL {
        push(
            "season",
            Value::from(season.as_str()),
            format!("For {} running", season.words()),
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
            format!("Running on {}", surface.short()),
            Profile {
                surface,
                ..profile.clone()
            },
        );
    }
    for step in [-10.0, 10.0] {
        let weight = (profile.weight_kg + step).clamp(WEIGHT_KG.0, WEIGHT_KG.1);
        push(
            "weight_kg",
            Value::from(weight),
            format!("At {} kg", number(weight)),
            Profile {
                weight_kg: weight,
                ..profile.clone()
            },
        );
    }
    for &strike in FootStrike::ALL {
        push(
            "foot_strike",
            Value::from(strike.as_str()),
            format!("Landing on your {}", strike.words()),
            Profile {
                foot_strike: Some(strike),
                ..profile.clone()
            },
        );
    }
    for &experience in Experience::ALL {
        let words = format!("As a {}", experience.words());
        push(
            "experience",
            Value::from(experience.as_str()),
            words,
            Profile {
                experience: Some(experience),
                ..profile.clone()
            },
        );
    }
    if let Some(pain) = profile.knee_pain {
        let words = if pain {
            "Without knee pain"
        } else {
            "With knee pain"
        };
        push(
            "knee_pain",
            Value::from(!pain),
            words.to_string(),
            Profile {
                knee_pain: Some(!pain),
                ..profile.clone()
            },
        );
    }
    if profile.orthotics == Some(true) {
        push(
            "orthotics",
            Value::from(false),
            "Without orthotics".to_string(),
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
            format!("With a budget of {}", number(raised)),
            Profile {
                budget: Some(raised),
                ..profile.clone()
            },
        );
    }
    out
}

/// The best what-ifs of every shoe of `catalogue` (indexed like its shoes): at most `limit`
/// each, each changing a different input, best rank first. `ranking` is the ranking of
/// `profile`; a what-if is kept only when it ranks the shoe better than now (or at all, for
/// a shoe left out).
pub fn what_ifs(
    catalogue: &Catalogue,
    profile: &Profile,
    priorities: &Priorities,
    ranking: &Ranking,
    limit: usize,
) -> Vec<Vec<WhatIf>> {
    let shoes = catalogue.shoes.len();
    let mut current = vec![None; shoes];
    for r in &ranking.recommendations {
        current[r.shoe] = Some(r.rank);
    }
    // Per shoe: (rank, candidate index).
    let mut found: Vec<Vec<(usize, usize)>> = vec![Vec::new(); shoes];
    let candidates = candidates(profile);
    // Each changed profile is ranked on its own; large catalogues spread them over the cores.
    let by_id = by_id(catalogue);
    let by_id = &by_id;
    let rank_of = |candidate: &Candidate| ranks(catalogue, &candidate.profile, priorities, by_id);
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
                    worker.join().unwrap_or_else(|_| vec![Vec::new(); count])
                })
                .collect()
        })
    } else {
        candidates.iter().map(rank_of).collect()
    };
    for (order, ranks) in rankings.iter().enumerate() {
        for (shoe, &new_rank) in ranks.iter().enumerate() {
            let new_rank = new_rank as usize;
            if new_rank > 0 && current[shoe].is_none_or(|now| new_rank < now) {
                found[shoe].push((new_rank, order));
            }
        }
    }
    let mut result: Vec<Vec<WhatIf>> = found
        .into_iter()
        .enumerate()
        .map(|(shoe, mut options)| {
            options.sort();
            let mut chosen: Vec<WhatIf> = Vec::new();
            for (new_rank, order) in options {
                let candidate = &candidates[order];
                if chosen.len() >= limit
                    || chosen
                        .iter()
                        .any(|w| w.changes.contains_key(candidate.field))
                {
                    continue;
                }
                let text = match current[shoe] {
                    Some(_) if new_rank == 1 => {
                        format!("{} this would be your #1.", candidate.words)
                    }
                    Some(_) => format!("{} this would rank #{new_rank}.", candidate.words),
                    None => format!(
                        "{} it would not be left out: it would rank #{new_rank}.",
                        candidate.words
                    ),
                };
                let mut changes = Map::new();
                changes.insert(candidate.field.to_string(), candidate.value.clone());
                chosen.push(WhatIf {
                    changes,
                    rank: new_rank,
                    text,
                });
            }
            chosen
        })
        .collect();
    two_changes(catalogue, profile, priorities, ranking, by_id, &mut result);
    result
}

/// A changed profile, its changes, their words, and the shoes it is tried for.
type Combo = (Profile, Map<String, Value>, String, Vec<usize>);

/// Shoes left out for both their width and a fixed insole get one what-if changing both, the
/// width to the nearest one they are made in. Each distinct change is ranked once.
fn two_changes(
    catalogue: &Catalogue,
    profile: &Profile,
    priorities: &Priorities,
    ranking: &Ranking,
    by_id: &[u32],
    result: &mut [Vec<WhatIf>],
) {
    let mut combos: Vec<Combo> = Vec::new();
    for exclusion in &ranking.excluded {
        let both = exclusion.failed.len() == 2
            && exclusion.failed.contains(Factor::FootWidth)
            && exclusion.failed.contains(Factor::Orthotics);
        if !both || !result[exclusion.shoe].is_empty() {
            continue;
        }
        let made = &catalogue.shoes[exclusion.shoe].widths;
        let Some(&width) = made
            .iter()
            .min_by_key(|w| ((**w as i32) - (profile.foot_width as i32)).abs())
        else {
            continue;
        };
        let mut changes = Map::new();
        changes.insert("foot_width".to_string(), Value::from(width.as_str()));
        changes.insert("orthotics".to_string(), Value::from(false));
        match combos.iter_mut().find(|combo| combo.1 == changes) {
            Some(combo) => combo.3.push(exclusion.shoe),
            None => {
                let changed = Profile {
                    foot_width: width,
                    orthotics: Some(false),
                    ..profile.clone()
                };
                let words = format!("With {} feet and without orthotics", width.words());
                combos.push((changed, changes, words, vec![exclusion.shoe]));
            }
        }
    }
    for (changed, changes, words, shoes) in combos {
        let again = ranks(catalogue, &changed, priorities, by_id);
        for shoe in shoes {
            let rank = again[shoe] as usize;
            if rank > 0 {
                result[shoe].push(WhatIf {
                    changes: changes.clone(),
                    rank,
                    text: format!("{words} it would not be left out: it would rank #{rank}."),
                });
            }
        }
    }
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

/// What puts `a` above `b`: each factor's share of the score difference (weighted fit
/// difference over the total weight), largest first by size. Positive favours `a`.
pub fn separation(
    a: &Recommendation,
    b: &Recommendation,
    priorities: &Priorities,
) -> Vec<(Factor, f64)> {
    let total: f64 = a.fits.iter().map(|(f, _)| priorities.get(f)).sum();
    if total <= 0.0 {
        return Vec::new();
    }
    let mut shares: Vec<(Factor, f64)> = a
        .fits
        .iter()
        .filter_map(|(factor, fit_a)| {
            let fit_b = b.fit(factor)?;
            let share = priorities.get(factor) * (fit_a - fit_b) / total;
            (share.abs() > 1e-9).then_some((factor, share))
        })
        .collect();
    shares.sort_by(|x, y| y.1.abs().total_cmp(&x.1.abs()).then(x.0.cmp(&y.0)));
    shares
}
