//! `report`: the fitting report as a self-contained HTML file.

use super::recommend::{Request, prepare};
use crate::catalogue::folder_of;
use crate::dates::today;
use crate::files::Plan;
use crate::report::{ReportInput, render, write};
use crate::words::Say;
use std::io::Write;
use std::path::Path;

pub(super) fn run(request: &Request, file: &Path, force: bool, err: &mut dyn Write) -> u8 {
    let words = request.lang.words();
    let plan = match plan_for(file, force, request) {
        Ok(plan) => plan,
        Err(said) => {
            let _ = writeln!(err, "{}", words.say(&said));
            return 1;
        }
    };
    super::recommend::say_if_sample(request, err);
    let (catalogue, profile, priorities) = match prepare(request) {
        Ok(inputs) => inputs,
        Err(messages) => {
            for message in messages {
                let _ = writeln!(err, "{message}");
            }
            return 1;
        }
    };
    let folder = request.catalogue.as_deref().map(folder_of);
    let evidence = match request.sessions.as_deref() {
        Some(sessions) => match super::recommend::read_evidence(sessions, request.lang, err) {
            Some(evidence) => Some(evidence),
            None => return 1,
        },
        None => None,
    };
    let advice = crate::recommend::advise(
        &catalogue,
        &profile,
        &priorities,
        &crate::recommend::Asked {
            evidence: evidence.as_ref(),
            ..crate::recommend::Asked::default()
        },
    );
    let html = render(&ReportInput {
        catalogue: &catalogue,
        pictures: match &folder {
            Some(folder) => crate::report::Pictures::Folder(Some(folder)),
            None => crate::report::Pictures::Sample,
        },
        profile: &profile,
        advice: &advice,
        top: request.top.unwrap_or(5),
        today: today(),
        lang: request.lang,
        weight_unit: crate::units::WeightUnit::Kg,
    });
    match write(file, &html, &plan) {
        Ok(written) => {
            let said = match written.backup {
                Some(backup) => Say::new("cli-report-written-backup")
                    .text("backup", backup.display().to_string()),
                None => Say::new("cli-report-written"),
            };
            let said = said.text("path", file.display().to_string());
            let _ = writeln!(err, "{}", words.say(&said));
            0
        }
        Err(error) => {
            let said = Say::new("cli-error").says("error", vec![error.said()]);
            let _ = writeln!(err, "{}", words.say(&said));
            1
        }
    }
}

/// How the report may be written to `file`: as a new file; over a file that is there only
/// with `--force`, keeping it as a backup; never over the catalogue, the profile or anything
/// that reads as a catalogue, a profile or a session.
fn plan_for(file: &Path, force: bool, request: &Request) -> Result<Plan, Say> {
    let path = || file.display().to_string();
    let Ok(metadata) = std::fs::metadata(file) else {
        return Ok(Plan::new_file());
    };
    if !metadata.is_file() {
        return Err(Say::new("cli-out-not-a-file").text("path", path()));
    }
    let same = |other: &Path| {
        let real = |p: &Path| std::fs::canonicalize(p).ok();
        real(file).is_some_and(|a| Some(a) == real(other))
    };
    let is_catalogue = request.catalogue.as_deref().is_some_and(same);
    if is_catalogue || same(&request.profile) || reads_as_document(file) {
        return Err(Say::new("cli-out-is-document").text("path", path()));
    }
    if force {
        Ok(Plan::replacing())
    } else {
        Err(Say::new("cli-out-exists").text("path", path()))
    }
}

/// Whether the file at `path` is a document of the product's (a catalogue, a profile, a
/// fitting session), by its name or by the first record it holds; only its start is read.
fn reads_as_document(path: &Path) -> bool {
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
    {
        return true;
    }
    let mut start = Vec::new();
    let read = std::fs::File::open(path).and_then(|file| {
        std::io::Read::read_to_end(&mut std::io::Read::take(file, 64 * 1024), &mut start)
    });
    if read.is_err() {
        // What cannot be read cannot be told apart: not replaced.
        return true;
    }
    let text = String::from_utf8_lossy(&start);
    let text = text.trim_start_matches('\u{feff}');
    let mut rest = &text[crate::catalogue::skip_blank(text)..];
    // `#![enable(...)]` attributes come before the record.
    while rest.starts_with("#!") {
        let Some(end) = rest.find(']') else { break };
        rest = &rest[end + 1..];
        rest = &rest[crate::catalogue::skip_blank(rest)..];
    }
    ["Catalogue", "Profile"].iter().any(|record| {
        rest.strip_prefix(record)
            .is_some_and(|after| after[crate::catalogue::skip_blank(after)..].starts_with('('))
    })
}
