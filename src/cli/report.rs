//! `report`: the fitting report as a self-contained HTML file.

use super::recommend::{Request, prepare};
use crate::catalogue::folder_of;
use crate::report::{ReportInput, render, today, write};
use std::io::Write;
use std::path::Path;

pub(super) fn run(request: &Request, file: &Path, err: &mut dyn Write) -> u8 {
    let (catalogue, profile, priorities) = match prepare(request) {
        Ok(inputs) => inputs,
        Err(messages) => {
            for message in messages {
                let _ = writeln!(err, "{message}");
            }
            return 1;
        }
    };
    let folder = folder_of(&request.catalogue);
    let evidence = match request.sessions.as_deref() {
        Some(sessions) => match super::recommend::read_evidence(sessions, request.lang, err) {
            Some(evidence) => Some(evidence),
            None => return 1,
        },
        None => None,
    };
    let html = render(&ReportInput {
        catalogue: &catalogue,
        pictures: crate::report::Pictures::Folder(Some(&folder)),
        profile: &profile,
        priorities: &priorities,
        top: request.top.unwrap_or(5),
        today: today(),
        lang: request.lang,
        weight_unit: crate::units::WeightUnit::Kg,
        evidence: evidence.as_ref(),
    });
    match write(file, &html) {
        Ok(()) => {
            let _ = writeln!(err, "wrote {}", file.display());
            0
        }
        Err(message) => {
            let _ = writeln!(err, "error: {message}");
            1
        }
    }
}
