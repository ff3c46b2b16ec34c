//! `insights`: what the shop's fittings show, counted from its sessions folder: per shoe,
//! tries, feelings, purchases and how the pairs went, by kind of customer; the mix of
//! customers; and, with a catalogue, the needs few of its shoes meet. Anonymous: no name is
//! read out of a session.

use crate::catalogue::{Catalogue, Width, load_catalogue_errors};
use crate::evidence::{Dates, Evidence, ShoeEvidence, WeightBand};
use crate::profile::{Feel, PairTrouble, Pronation, Season};
use crate::recommend::needs::{Need, needs};
use crate::recommend::{LearnedFit, length_fits};
use crate::session::Sessions;
use crate::words::{Lang, Say, Words};
use serde_json::{Map, Value, json};
use std::io::Write;
use std::path::PathBuf;

pub(super) struct Request {
    pub sessions: PathBuf,
    pub catalogue: Option<PathBuf>,
    pub dates: Dates,
    pub json: bool,
    pub lang: Lang,
}

pub(super) fn run(request: &Request, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let words = request.lang.words();
    for date in [&request.dates.since, &request.dates.until]
        .into_iter()
        .flatten()
    {
        if !crate::dates::is_day(date) {
            let said = Say::new("cli-bad-date").text("date", date.as_str());
            let _ = writeln!(err, "{}", words.say(&said));
            return 1;
        }
    }
    if let (Some(since), Some(until)) = (&request.dates.since, &request.dates.until)
        && since > until
    {
        let said = Say::new("cli-dates-backwards")
            .text("since", since.as_str())
            .text("until", until.as_str());
        let _ = writeln!(err, "{}", words.say(&said));
        return 1;
    }
    if !request.sessions.is_dir() {
        let said = Say::new("cli-no-sessions-folder")
            .text("folder", request.sessions.display().to_string());
        let _ = writeln!(err, "{}", words.say(&said));
        return 1;
    }
    let catalogue = match &request.catalogue {
        Some(path) => match load_catalogue_errors(path).into_result() {
            Ok(loaded) => Some(loaded.catalogue),
            Err(diagnostics) => {
                for d in diagnostics.iter().filter(|d| d.is_error()) {
                    let _ = writeln!(err, "{}", d.line_in(words));
                }
                return 1;
            }
        },
        None => None,
    };
    let sessions = Sessions::read(&request.sessions);
    // A broken session is listed and skipped; it never stops the rest.
    for problem in sessions.broken() {
        let _ = writeln!(err, "{}", problem.line_in(words));
    }
    if sessions.broken_files() > 0 {
        let said = Say::new("cli-sessions-skipped").num("count", sessions.broken_files() as f64);
        let _ = writeln!(err, "{}", words.say(&said));
    }
    let evidence = Evidence::gather(&sessions, &request.dates);
    let needs = catalogue.as_ref().map(|c| needs(&evidence, c));
    let written = if request.json {
        let value = to_json(
            request,
            &sessions,
            &evidence,
            catalogue.as_ref(),
            needs.as_deref(),
        );
        serde_json::to_writer_pretty(&mut *out, &value)
            .map_err(std::io::Error::other)
            .and_then(|()| writeln!(out))
    } else {
        write_text(
            request,
            words,
            &evidence,
            catalogue.as_ref(),
            needs.as_deref(),
            out,
        )
    };
    u8::from(written.is_err())
}

/// Counts under the names the JSON gives them.
fn named<T: Copy>(all: &[T], counts: &[u32], name: impl Fn(T) -> &'static str) -> Value {
    let map: Map<String, Value> = all
        .iter()
        .zip(counts)
        .map(|(&value, &count)| (name(value).to_string(), Value::from(count)))
        .collect();
    Value::Object(map)
}

fn tally_json(tally: &crate::evidence::Tally) -> Map<String, Value> {
    let mut object = Map::new();
    object.insert("tried".into(), Value::from(tally.tried));
    object.insert("bought".into(), Value::from(tally.bought));
    object.insert("happy".into(), Value::from(tally.happy));
    object.insert("unhappy".into(), Value::from(tally.unhappy));
    object.insert("feel".into(), named(Feel::ALL, &tally.feel, Feel::as_str));
    object.insert(
        "troubles".into(),
        named(PairTrouble::ALL, &tally.troubles, PairTrouble::as_str),
    );
    object
}

fn shoe_json(
    id: &str,
    evidence: &ShoeEvidence,
    catalogue: Option<&Catalogue>,
    lengths: &[(usize, LearnedFit)],
    words: &Words,
) -> Value {
    let mut object = tally_json(&evidence.all);
    object.insert("id".into(), Value::from(id));
    if let Some(catalogue) = catalogue
        && let Some((index, shoe)) = catalogue.shoes.iter().enumerate().find(|(_, s)| s.id == id)
    {
        object.insert("name".into(), Value::from(shoe.name()));
        if let Some((_, fit)) = lengths.iter().find(|(at, _)| *at == index) {
            object.insert(
                "length".into(),
                json!({
                    "took_half_sizes": fit.took,
                    "agree": fit.agree,
                    "of": fit.of,
                    "learned": fit.is_clear(),
                    "text": words.say(&fit.told()),
                }),
            );
        }
    }
    let groups: Vec<Value> = evidence
        .by_group
        .iter()
        .map(|(group, tally)| {
            let mut object = tally_json(tally);
            if let Ok(Value::Object(key)) = serde_json::to_value(group) {
                object.extend(key);
            }
            Value::Object(object)
        })
        .collect();
    object.insert("by_group".into(), Value::Array(groups));
    Value::Object(object)
}

fn to_json(
    request: &Request,
    sessions: &Sessions,
    evidence: &Evidence,
    catalogue: Option<&Catalogue>,
    needs: Option<&[Need]>,
) -> Value {
    let broken: Vec<Value> = sessions
        .broken()
        .iter()
        .map(|d| {
            json!({
                "file": d.file.display().to_string(),
                "line": d.line,
                "column": d.column,
                "message": d.message_in(request.lang.words()),
            })
        })
        .collect();
    let mix = &evidence.mix;
    let lengths = catalogue.map_or_else(Vec::new, |c| length_fits(c, evidence));
    let words = request.lang.words();
    let mut value = json!({
        "since": request.dates.since,
        "until": request.dates.until,
        "session_files": sessions.len(),
        "broken": broken,
        "customers": evidence.customers,
        "fittings": evidence.fittings,
        "shoes": evidence
            .shoes
            .iter()
            .map(|(id, shoe)| shoe_json(id, shoe, catalogue, &lengths, words))
            .collect::<Vec<_>>(),
        "mix": {
            "foot_width": named(Width::ALL, &mix.widths, Width::as_str),
            "pronation": named(Pronation::ALL, &mix.pronation, Pronation::as_str),
            "weight": named(WeightBand::ALL, &mix.weights, WeightBand::as_str),
            "season": named(Season::ALL, &mix.seasons, Season::as_str),
            "surface": named(crate::catalogue::Surface::ALL, &mix.surfaces, crate::catalogue::Surface::as_str),
        },
    });
    if let (Some(needs), Some(object)) = (needs, value.as_object_mut()) {
        object.insert(
            "needs".into(),
            serde_json::to_value(needs).unwrap_or(Value::Null),
        );
    }
    value
}

fn write_text(
    request: &Request,
    words: &Words,
    evidence: &Evidence,
    catalogue: Option<&Catalogue>,
    needs: Option<&[Need]>,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let dates = match (&request.dates.since, &request.dates.until) {
        (None, None) => Vec::new(),
        (since, until) => vec![
            Say::new("insights-dates")
                .text("since", since.clone().unwrap_or_else(|| "…".into()))
                .text("until", until.clone().unwrap_or_else(|| "…".into())),
        ],
    };
    let read = Say::new("insights-read")
        .text("folder", request.sessions.display().to_string())
        .num("customers", f64::from(evidence.customers))
        .num("fittings", f64::from(evidence.fittings))
        .says("dates", dates);
    writeln!(out, "{}\n", words.say(&read))?;
    write_shoes(words, evidence, catalogue, out)?;
    write_mix(words, evidence, out)?;
    match needs {
        None => writeln!(out, "{}", words.get("insights-no-catalogue"))?,
        Some(needs) => {
            writeln!(out, "{}", words.get("insights-needs"))?;
            for need in needs {
                let said = Say::new("insights-need")
                    .says("need", vec![need.need.said()])
                    .num("customers", f64::from(need.customers))
                    .num("shoes", need.shoes as f64);
                let gap = if need.gap {
                    format!("  ⚠ {}", words.get("insights-gap"))
                } else {
                    String::new()
                };
                writeln!(out, "  {}{gap}", words.say(&said))?;
            }
        }
    }
    Ok(())
}

/// Each shoe tried: how often tried, bought, and how the pairs went; how it felt.
fn write_shoes(
    words: &Words,
    evidence: &Evidence,
    catalogue: Option<&Catalogue>,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    if evidence.shoes.is_empty() {
        writeln!(out, "{}\n", words.get("insights-none"))?;
    } else {
        writeln!(out, "{}", words.get("insights-shoes"))?;
        let lengths = catalogue.map_or_else(Vec::new, |c| length_fits(c, evidence));
        for (id, shoe) in &evidence.shoes {
            let found =
                catalogue.and_then(|c| c.shoes.iter().enumerate().find(|(_, s)| &s.id == id));
            let name = found.map_or_else(|| id.clone(), |(_, s)| s.name());
            let all = &shoe.all;
            let counts = Say::new("insights-shoe")
                .num("tried", f64::from(all.tried))
                .num("bought", f64::from(all.bought))
                .num("happy", f64::from(all.happy))
                .num("unhappy", f64::from(all.unhappy));
            let felt: Vec<String> = Feel::ALL
                .iter()
                .zip(all.feel)
                .filter(|&(_, n)| n > 0)
                .map(|(&feel, n)| format!("{} {n}", words.get(feel.message())))
                .collect();
            let felt = if felt.is_empty() {
                String::new()
            } else {
                format!("; {}", felt.join(", "))
            };
            writeln!(out, "  {name}: {}{felt}", words.say(&counts))?;
            let length = found.and_then(|(index, _)| lengths.iter().find(|(at, _)| *at == index));
            if let Some((_, fit)) = length {
                writeln!(out, "    {}", words.say(&fit.told()))?;
            }
        }
        writeln!(out)?;
    }
    Ok(())
}

/// The customers by width, gait, weight band, season and surface.
fn write_mix(words: &Words, evidence: &Evidence, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(out, "{}", words.get("insights-mix"))?;
    let mix = &evidence.mix;
    let line = |parts: Vec<(Say, u32)>| {
        parts
            .into_iter()
            .filter(|&(_, n)| n > 0)
            .map(|(say, n)| format!("{} {n}", words.say(&say)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    use crate::recommend::needs::NeedOf;
    let widths = Width::ALL
        .iter()
        .zip(mix.widths)
        .map(|(&w, n)| (NeedOf::FootWidth(w).said(), n));
    let gaits = Pronation::ALL
        .iter()
        .zip(mix.pronation)
        .map(|(&p, n)| (NeedOf::Pronation(p).said(), n));
    let weights = WeightBand::ALL
        .iter()
        .zip(mix.weights)
        .map(|(&b, n)| (NeedOf::Weight(b).said(), n));
    let seasons = Season::ALL
        .iter()
        .zip(mix.seasons)
        .map(|(&s, n)| (NeedOf::Season(s).said(), n));
    let surfaces = crate::catalogue::Surface::ALL
        .iter()
        .zip(mix.surfaces)
        .map(|(&s, n)| (NeedOf::Surface(s).said(), n));
    writeln!(out, "  {}", line(widths.collect()))?;
    writeln!(out, "  {}", line(gaits.collect()))?;
    writeln!(out, "  {}", line(weights.collect()))?;
    writeln!(out, "  {}", line(seasons.collect()))?;
    writeln!(out, "  {}\n", line(surfaces.collect()))?;
    Ok(())
}
