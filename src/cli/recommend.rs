//! `recommend`: the ranking for one runner, as a readable list or as the contract's JSON.

use crate::catalogue::{Catalogue, Diagnostic, load_catalogue_errors};
use crate::profile::{Profile, load_profile};
use crate::recommend::moves::Moves;
use crate::recommend::what_if::{WhatIf, WhatIfs, Widening};
use crate::recommend::{Band, Explainer, NO_BEST_PICK, Priorities, Ranking, Reason};
use crate::words::{Lang, Say, Words};
use serde::Serialize;
use serde::ser::{SerializeStruct, Serializer};
use std::io::Write;
use std::path::PathBuf;

/// How many what-ifs each shoe gets: the best two, each changing a different input.
const WHAT_IFS_PER_SHOE: usize = 2;

pub(super) struct Request {
    /// The catalogue file; none for the built-in sample.
    pub catalogue: Option<PathBuf>,
    pub profile: PathBuf,
    pub top: Option<usize>,
    pub json: bool,
    pub priorities: Vec<String>,
    pub what_if: bool,
    /// The language of the words: the readable list and the JSON's `text`.
    pub lang: Lang,
    /// The shop's sessions folder, whose evidence moves the ranking; none leaves the
    /// ranking to the catalogue and the profile alone.
    pub sessions: Option<PathBuf>,
}

pub(super) fn run(request: &Request, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    say_if_sample(request, err);
    match prepare(request) {
        Ok((catalogue, profile, priorities)) => {
            // The shop's evidence moves the ranking only when asked for, so scripts stay
            // reproducible; the what-ifs are then worked out on the moved rankings too.
            let evidence = match &request.sessions {
                Some(folder) => match read_evidence(folder, request.lang, err) {
                    Some(evidence) => Some(evidence),
                    None => return 1,
                },
                None => None,
            };
            let asked = crate::recommend::Asked {
                evidence: evidence.as_ref(),
                what_ifs_per_shoe: if request.what_if {
                    WHAT_IFS_PER_SHOE
                } else {
                    0
                },
                what_if_max_shoes: usize::MAX,
            };
            if let Some(id) = unknown_runs_in(&catalogue, &profile) {
                let said = Say::new("cli-runs-in-unknown").text("id", id);
                let _ = writeln!(err, "{}", request.lang.words().say(&said));
            }
            let advice = crate::recommend::advise(&catalogue, &profile, &priorities, &asked);
            let answer = Answer {
                sizes: crate::recommend::Sizes::new(&catalogue, &profile, Some(&advice.learned)),
                catalogue: &catalogue,
                moves: &advice.moves,
                widenings: &advice.widenings,
                profile: &profile,
                explainer: Explainer::learning(&catalogue, &profile, Some(&advice.learned))
                    .speaking(request.lang),
                words: request.lang.words(),
                ranking: &advice.ranking,
                what_ifs: advice.what_ifs.as_ref(),
                shown: request.top.unwrap_or(usize::MAX),
            };
            let written = if request.json {
                write_json(&answer, out)
            } else {
                write_text(&answer, out)
            };
            u8::from(written.is_err())
        }
        Err(messages) => {
            for message in messages {
                let _ = writeln!(err, "{message}");
            }
            1
        }
    }
}

/// The id of the pair run in now, when the catalogue has no shoe by it: then it is read as
/// a name.
pub(super) fn unknown_runs_in<'a>(catalogue: &Catalogue, profile: &'a Profile) -> Option<&'a str> {
    let id = profile.runs_in.as_ref()?.shoe.as_deref()?;
    crate::recommend::runs_in_shoe(catalogue, profile)
        .is_none()
        .then_some(id)
}

/// The catalogue, the profile and the priorities of a command, or every message about what
/// is wrong with them.
pub(super) fn prepare(request: &Request) -> Result<(Catalogue, Profile, Priorities), Vec<String>> {
    let mut messages = Vec::new();
    let mut priorities = Priorities::default();
    let words = request.lang.words();
    for assignment in &request.priorities {
        if let Err(error) = priorities.apply(assignment) {
            let said = Say::new("cli-priority-error")
                .text("assignment", assignment.as_str())
                .says("problem", vec![error.said()]);
            messages.push(words.say(&said));
        }
    }
    let shown = |diagnostics: &[Diagnostic]| {
        diagnostics
            .iter()
            .filter(|d| d.is_error())
            .map(|d| d.line_in(words))
            .collect::<Vec<_>>()
    };
    // Warnings are for `check`; ranking needs only the errors.
    let loaded = match &request.catalogue {
        Some(path) => load_catalogue_errors(path).into_result(),
        None => crate::sample::catalogue().map(|catalogue| crate::catalogue::Loaded {
            catalogue,
            warnings: Vec::new(),
        }),
    };
    let catalogue = match loaded {
        Ok(loaded) => Some(loaded.catalogue),
        Err(diagnostics) => {
            messages.extend(shown(&diagnostics));
            let path = request.catalogue.as_deref().map_or_else(
                || crate::sample::NAME.to_string(),
                |p| p.display().to_string(),
            );
            messages.push(words.say(&Say::new("cli-catalogue-has-errors").text("path", path)));
            None
        }
    };
    let profile = match load_profile(&request.profile) {
        Ok(profile) => Some(profile),
        Err(diagnostics) => {
            messages.extend(shown(&diagnostics));
            None
        }
    };
    match (catalogue, profile) {
        (Some(catalogue), Some(profile)) if messages.is_empty() => {
            Ok((catalogue, profile, priorities))
        }
        _ => Err(messages),
    }
}

/// What `recommend` answers, made shoe by shoe as it is written: the JSON for a catalogue
/// of 100,000 shoes is never held whole in memory.
struct Answer<'a> {
    sizes: Option<crate::recommend::Sizes<'a>>,
    catalogue: &'a Catalogue,
    profile: &'a Profile,
    explainer: Explainer<'a>,
    words: &'static Words,
    ranking: &'a Ranking,
    what_ifs: Option<&'a WhatIfs>,
    widenings: &'a [Widening],
    moves: &'a Moves,
    shown: usize,
}

impl Answer<'_> {
    /// Every reason for `shoe`: the rules', then what the shop's evidence says of it.
    fn reasons(&self, shoe: usize) -> Vec<Reason> {
        let mut reasons = self.explainer.explain(&self.catalogue.shoes[shoe]);
        reasons.extend(self.moves.reasons(shoe, self.words));
        reasons
    }

    /// The size to try in `shoe`, as JSON, when the runner gave their feet or a pair's size.
    fn size(&self, shoe: usize) -> Option<serde_json::Value> {
        let sizes = self.sizes.as_ref()?;
        let size = sizes.of(&self.catalogue.shoes[shoe])?;
        Some(size.json(self.words.say(&sizes.why(&size))))
    }

    fn what_ifs(&self, shoe: usize) -> Vec<WhatIf> {
        self.what_ifs
            .map_or_else(Vec::new, |what_ifs| what_ifs.of_in(shoe, self.words))
    }
}

impl Serialize for Answer<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let catalogue = self.catalogue;
        let fields = if self.widenings.is_empty() { 2 } else { 3 };
        let mut answer = serializer.serialize_struct("Answer", fields)?;
        answer.serialize_field(
            "recommendations",
            &Each(|| {
                self.ranking
                    .recommendations
                    .iter()
                    .take(self.shown)
                    .map(|r| {
                        let shoe = &catalogue.shoes[r.shoe];
                        JsonRecommendation {
                            rank: r.rank,
                            id: &shoe.id,
                            brand: &shoe.brand,
                            model: &shoe.model,
                            score: r.score,
                            band: r.band,
                            take_as: crate::recommend::take_as(shoe, self.profile)
                                .map(crate::recommend::TakeAs::json),
                            size: self.size(r.shoe),
                            reasons: self.reasons(r.shoe),
                            what_if: self.what_ifs(r.shoe),
                        }
                    })
            }),
        )?;
        answer.serialize_field(
            "excluded",
            &Each(|| {
                self.ranking.excluded.iter().map(|e| {
                    let shoe = &catalogue.shoes[e.shoe];
                    JsonExclusion {
                        id: &shoe.id,
                        brand: &shoe.brand,
                        model: &shoe.model,
                        reasons: self.explainer.exclusion_reasons(shoe),
                        what_if: self.what_ifs(e.shoe),
                    }
                })
            }),
        )?;
        if !self.widenings.is_empty() {
            let widen: Vec<JsonWidening> = self
                .widenings
                .iter()
                .map(|w| JsonWidening {
                    changes: &w.changes,
                    suiting: w.suiting,
                    text: w.text(self.words),
                })
                .collect();
            answer.serialize_field("widen", &widen)?;
        }
        answer.end()
    }
}

/// A change that would give shoes suiting everything asked, when none does.
#[derive(Serialize)]
struct JsonWidening<'a> {
    changes: &'a serde_json::Map<String, serde_json::Value>,
    suiting: usize,
    text: String,
}

/// A JSON list of what an iterator gives, made as it is written.
struct Each<F>(F);

impl<F, I> Serialize for Each<F>
where
    F: Fn() -> I,
    I: Iterator,
    I::Item: Serialize,
{
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq((self.0)())
    }
}

#[derive(Serialize)]
struct JsonRecommendation<'a> {
    rank: usize,
    id: &'a str,
    brand: &'a str,
    model: &'a str,
    score: f64,
    band: Band,
    /// The width or size to take it in, when the fitting says so.
    #[serde(skip_serializing_if = "Option::is_none")]
    take_as: Option<serde_json::Value>,
    /// The size to try, when the runner gave their feet or the size of a pair run in now.
    #[serde(skip_serializing_if = "Option::is_none")]
    size: Option<serde_json::Value>,
    reasons: Vec<Reason>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    what_if: Vec<WhatIf>,
}

#[derive(Serialize)]
struct JsonExclusion<'a> {
    id: &'a str,
    brand: &'a str,
    model: &'a str,
    reasons: Vec<Reason>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    what_if: Vec<WhatIf>,
}

fn write_json(answer: &Answer, out: &mut dyn Write) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, answer)?;
    writeln!(out)
}

fn write_text(answer: &Answer, out: &mut dyn Write) -> std::io::Result<()> {
    let Answer {
        catalogue,
        profile,
        ranking,
        shown,
        words,
        ..
    } = answer;
    let shown = *shown;
    let summary = crate::profile::summary(profile, words);
    writeln!(
        out,
        "{}",
        words.say(&Say::new("cli-runner").text("summary", summary))
    )?;
    let name = match &catalogue.name {
        Some(name) => name.clone(),
        None => words.get("cli-catalogue-unnamed"),
    };
    let counts = Say::new("cli-counts")
        .text("name", name)
        .num("shoes", catalogue.shoes.len() as f64)
        .num("recommended", ranking.recommendations.len() as f64)
        .num("excluded", ranking.excluded.len() as f64);
    writeln!(out, "{}\n", words.say(&counts))?;
    if ranking.recommendations.is_empty() {
        writeln!(out, "{}\n", words.get("cli-none-recommended"))?;
    }
    let mut band = None;
    for r in ranking.recommendations.iter().take(shown) {
        if band != Some(r.band) {
            if band.is_none() && r.band != Band::Best {
                writeln!(out, "{}", words.get(NO_BEST_PICK))?;
                if !answer.widenings.is_empty() {
                    writeln!(out, "{}", words.get("widen-lead"))?;
                }
                for widening in answer.widenings {
                    writeln!(out, "  {}", widening.text(words))?;
                }
                writeln!(out)?;
            }
            writeln!(out, "{}:", r.band.label(words))?;
            band = Some(r.band);
        }
        let shoe = &catalogue.shoes[r.shoe];
        writeln!(
            out,
            "{:>3}. {}  ({})  {} {:.3}",
            r.rank,
            crate::recommend::name_for(shoe, answer.profile, words),
            shoe.id,
            words.get("cli-score"),
            r.score
        )?;
        write_reasons(
            out,
            words,
            &answer.reasons(r.shoe),
            &answer.what_ifs(r.shoe),
        )?;
        writeln!(out)?;
    }
    if !ranking.excluded.is_empty() {
        writeln!(out, "{}", words.get("cli-left-out"))?;
        for e in &ranking.excluded {
            let shoe = &catalogue.shoes[e.shoe];
            writeln!(out, "     {}  ({})", shoe.name(), shoe.id)?;
            write_reasons(
                out,
                words,
                &answer.explainer.exclusion_reasons(shoe),
                &answer.what_ifs(e.shoe),
            )?;
        }
    }
    Ok(())
}

/// A shoe's reasons, one a line with its verdict and factor, then its what-ifs.
fn write_reasons(
    out: &mut dyn Write,
    words: &Words,
    reasons: &[Reason],
    what_ifs: &[WhatIf],
) -> std::io::Result<()> {
    for reason in reasons {
        writeln!(
            out,
            "       {:<12} {:<18} {}",
            reason.verdict.word(words),
            reason.factor.label(words),
            reason.text
        )?;
    }
    for what_if in what_ifs {
        writeln!(
            out,
            "       {:<8} {}",
            words.get("cli-what-if"),
            what_if.text
        )?;
    }
    Ok(())
}

/// Says on `err` that the built-in sample is ranked, when no catalogue was given.
pub(super) fn say_if_sample(request: &Request, err: &mut dyn Write) {
    if request.catalogue.is_none() {
        let _ = writeln!(err, "{}", request.lang.words().get("cli-using-sample"));
    }
}

/// The evidence of the sessions in `folder`; the files that cannot be read are said on
/// `err`, each with its place, and skipped. None, said on `err`, when `folder` is not a
/// folder: a mistyped path never passes for a shop without evidence.
pub(super) fn read_evidence(
    folder: &std::path::Path,
    lang: Lang,
    err: &mut dyn Write,
) -> Option<crate::evidence::Evidence> {
    let words = lang.words();
    if !folder.is_dir() {
        let said = Say::new("cli-no-sessions-folder").text("folder", folder.display().to_string());
        let _ = writeln!(err, "{}", words.say(&said));
        return None;
    }
    let sessions = crate::session::Sessions::read(folder);
    for problem in sessions.broken() {
        let _ = writeln!(err, "{}", problem.line_in(words));
    }
    if sessions.broken_files() > 0 {
        let said = Say::new("cli-sessions-skipped").num("count", sessions.broken_files() as f64);
        let _ = writeln!(err, "{}", words.say(&said));
    }
    Some(crate::evidence::Evidence::gather(
        &sessions,
        &crate::evidence::Dates::default(),
    ))
}
