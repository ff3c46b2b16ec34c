//! Reading a catalogue file: a single typed parse for valid files, and a field-by-field pass
//! that finds every problem, with its line and column, when there are any. The warnings of a
//! file that parsed are placed by a quick outline of its text (`outline.rs`).

use super::diagnostic::{Diagnostic, DiagnosticKind, Severity};
use super::fields::{FieldProblem, FieldSpec, check_record, describe_ron_error};
use super::found::Found;
pub use super::found::{LISTED_ERRORS, LISTED_WARNINGS, Unlisted};
use super::index::SourceIndex;
use super::source::{Position, SourceMap, ron_options};
use super::validate::{Locator, Problem, validate};
use super::{
    Breathability, Catalogue, Cushioning, Flexibility, Foam, Guidance, HeelCounter, Outsole, Plate,
    Purpose, Shoe, Sizing, Support, Surface, ToeBox, WaterResistance, Width,
};
use crate::words::{Lang, Say};
use ron::value::RawValue;
use serde::de::IgnoredAny;
use std::io::Read;
use std::path::Path;

/// The largest file read: far beyond any shop's catalogue, small enough to stay safe.
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// Why a file could not be read as text at all.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// Nothing is at the path.
    NotFound,
    /// The path leads to a folder.
    IsFolder,
    /// The path leads to a pipe, a device or a socket: never read, since reading one may
    /// never end.
    NotAFile,
    /// The system would not open or read it; the text is the system's reason.
    Unreadable(String),
    /// The file holds nothing, or only white space.
    Empty,
    /// The file is larger than [`MAX_FILE_BYTES`].
    TooLarge {
        /// The file's size, in bytes.
        bytes: u64,
        /// The most this program reads, in bytes.
        max: u64,
    },
    /// The file is in another encoding, or not text at all.
    NotUtf8 {
        /// Where the first byte that is not UTF-8 is.
        at: Position,
    },
    /// Asked for over the network (by the web page), it did not come; the text is why (the
    /// server's answer, or the browser's reason).
    NotFetched(String),
    /// Asked for by the web page from another site than its own: not read, so that a link
    /// cannot show another's catalogue under the shop's address.
    OtherSite,
}

impl LoadError {
    /// What went wrong, to be put into words.
    pub fn said(&self) -> Say {
        match self {
            LoadError::NotFound => Say::new("load-not-found"),
            LoadError::IsFolder => Say::new("load-folder"),
            LoadError::NotAFile => Say::new("load-not-a-file"),
            LoadError::Unreadable(reason) => {
                Say::new("load-unreadable").text("reason", reason.as_str())
            }
            LoadError::Empty => Say::new("load-empty"),
            LoadError::TooLarge { bytes, max } => Say::new("load-too-large")
                .num("bytes", *bytes as f64)
                .text("max", max.to_string()),
            LoadError::NotUtf8 { .. } => Say::new("load-not-utf8"),
            LoadError::NotFetched(reason) => {
                Say::new("load-not-fetched").text("reason", reason.as_str())
            }
            LoadError::OtherSite => Say::new("load-other-site"),
        }
    }

    /// The error as a problem of `file`: at the first bad byte when the text is not UTF-8,
    /// else at the start.
    pub fn to_diagnostic(&self, file: &Path) -> Diagnostic {
        let at = match self {
            LoadError::NotUtf8 { at } => *at,
            _ => Position::START,
        };
        Diagnostic::error(file, at, self.said()).of_kind(DiagnosticKind::Unreadable)
    }
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&Lang::En.words().say(&self.said()))
    }
}

impl std::error::Error for LoadError {}

/// The text of a file, refused when it is missing, a folder, not a regular file, huge, empty
/// or not UTF-8. Only regular files are read: a pipe or a device is refused at once.
pub fn read_text(path: &Path) -> Result<String, LoadError> {
    let io_error = |error: std::io::Error| match error.kind() {
        std::io::ErrorKind::NotFound => LoadError::NotFound,
        _ => LoadError::Unreadable(error.to_string()),
    };
    let kind = |metadata: &std::fs::Metadata| {
        if metadata.is_dir() {
            Err(LoadError::IsFolder)
        } else if !metadata.is_file() {
            Err(LoadError::NotAFile)
        } else if metadata.len() > MAX_FILE_BYTES {
            Err(LoadError::TooLarge {
                bytes: metadata.len(),
                max: MAX_FILE_BYTES,
            })
        } else {
            Ok(())
        }
    };
    let metadata = std::fs::metadata(path).map_err(io_error)?;
    kind(&metadata)?;
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    // Should a pipe take the file's place after the look above, opening it does not wait
    // for a writer; the look at what was opened then refuses it.
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NONBLOCK);
    let file = options.open(path).map_err(io_error)?;
    let metadata = file.metadata().map_err(io_error)?;
    kind(&metadata)?;
    let mut bytes = Vec::with_capacity(metadata.len() as usize);
    // Read one byte past the limit, so a file that grew since the check is still refused.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    text_of(bytes)
}

/// The text of a file's bytes, however they came (read from disk, or fetched by the web
/// page): refused when huge, not UTF-8 (said at the first bad byte), or empty. A leading
/// byte-order mark is dropped.
pub fn text_of(bytes: Vec<u8>) -> Result<String, LoadError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            bytes: bytes.len() as u64,
            max: MAX_FILE_BYTES,
        });
    }
    let text = String::from_utf8(bytes).map_err(|error| {
        let valid = &error.as_bytes()[..error.utf8_error().valid_up_to()];
        let valid = std::str::from_utf8(valid).unwrap_or_default();
        LoadError::NotUtf8 {
            at: SourceMap::new(valid).position(valid.len()),
        }
    })?;
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    };
    if text.trim().is_empty() {
        return Err(LoadError::Empty);
    }
    Ok(text)
}

/// A catalogue read from a file: the catalogue when it has no error, and its problems.
#[derive(Debug, Clone)]
pub struct ParseOutcome {
    /// The catalogue, `None` when an error stops it being used.
    pub catalogue: Option<Catalogue>,
    /// The errors and warnings found, in file order: the first [`LISTED_ERRORS`] errors and
    /// [`LISTED_WARNINGS`] warnings, so that a file broken a million times costs no more
    /// memory than one broken a hundred times.
    pub diagnostics: Vec<Diagnostic>,
    /// How many more were found and not listed.
    pub unlisted: Unlisted,
}

impl ParseOutcome {
    /// How many errors there are, listed or not.
    pub fn error_count(&self) -> usize {
        self.errors().count() + self.unlisted.errors
    }

    /// How many warnings there are, listed or not.
    pub fn warning_count(&self) -> usize {
        self.warnings().count() + self.unlisted.warnings
    }

    /// The problems that stop the catalogue being used.
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| d.is_error())
    }

    /// The problems that leave the catalogue usable.
    pub fn warnings(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| !d.is_error())
    }

    /// The catalogue and its warnings, or every diagnostic when there is an error.
    pub fn into_result(self) -> Result<Loaded, Vec<Diagnostic>> {
        match self.catalogue {
            Some(catalogue) => Ok(Loaded {
                catalogue,
                warnings: self.diagnostics,
            }),
            None => Err(self.diagnostics),
        }
    }
}

/// A usable catalogue and what still deserves a look.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The catalogue as read.
    pub catalogue: Catalogue,
    /// Problems that leave it usable, in file order.
    pub warnings: Vec<Diagnostic>,
}

/// Reads and checks the catalogue at `path`. Images are resolved against its folder.
pub fn load_catalogue(path: &Path) -> ParseOutcome {
    load(path, Warnings::Placed)
}

/// Reads and checks the catalogue at `path` to rank its shoes, not to edit it: its errors
/// exactly as [`load_catalogue`] gives them, its warnings left out, so a catalogue with a
/// warning on every shoe is read as fast as a clean one.
pub fn load_catalogue_errors(path: &Path) -> ParseOutcome {
    load(path, Warnings::Left)
}

/// Whether a load places each warning in the file or leaves warnings out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Warnings {
    Placed,
    Left,
}

fn load(path: &Path, warnings: Warnings) -> ParseOutcome {
    match read_text(path) {
        Ok(text) => parse(&text, path, Some(&folder_of(path)), warnings),
        Err(error) => ParseOutcome {
            catalogue: None,
            diagnostics: vec![error.to_diagnostic(path)],
            unlisted: Unlisted::default(),
        },
    }
}

/// The folder a file's relative paths start from.
pub use crate::files::folder_of;

/// The fields of the top record, `Catalogue( ... )`, in the model's order.
pub(crate) const CATALOGUE_FIELDS: &[FieldSpec] = &[
    FieldSpec::required::<u32>("format", "1"),
    FieldSpec::optional::<String>("name"),
    FieldSpec::optional::<String>("currency"),
    // Shoes are checked one by one, each against SHOE_FIELDS.
    FieldSpec::required::<Vec<IgnoredAny>>("shoes", "[]"),
    FieldSpec::optional::<Vec<super::charts::SizeChart>>("size_charts"),
];

/// The fields of a `Shoe( ... )`, in the model's order.
pub(crate) const SHOE_FIELDS: &[FieldSpec] = &[
    FieldSpec::required::<String>("id", "\"-\""),
    FieldSpec::required::<String>("brand", "\"-\""),
    FieldSpec::required::<String>("model", "\"-\""),
    FieldSpec::required::<Support>("support", "Neutral"),
    FieldSpec::required::<Cushioning>("cushioning", "Moderate"),
    FieldSpec::required::<HeelCounter>("heel_counter", "Moderate"),
    FieldSpec::required::<bool>("removable_insole", "true"),
    FieldSpec::required::<Breathability>("breathability", "Medium"),
    FieldSpec::required::<WaterResistance>("water_resistance", "NoTreatment"),
    FieldSpec::required::<Outsole>("outsole", "Road"),
    FieldSpec::required::<Vec<Width>>("widths", "[Standard]"),
    FieldSpec::required::<Vec<Surface>>("surfaces", "[Road]"),
    FieldSpec::required::<f64>("weight_g", "250"),
    FieldSpec::optional::<f64>("stack_heel_mm"),
    FieldSpec::optional::<f64>("drop_mm"),
    FieldSpec::optional::<Flexibility>("flexibility"),
    FieldSpec::optional::<f64>("price"),
    FieldSpec::optional::<String>("currency"),
    FieldSpec::optional::<(f64, f64)>("sizes_eu"),
    FieldSpec::optional::<String>("image"),
    FieldSpec::optional::<String>("notes"),
    FieldSpec::optional::<Plate>("plate"),
    FieldSpec::optional::<Vec<Purpose>>("uses"),
    FieldSpec::optional::<Foam>("foam"),
    FieldSpec::optional::<ToeBox>("toe_box"),
    FieldSpec::optional::<f64>("lug_depth_mm"),
    FieldSpec::optional::<Sizing>("sizing"),
    FieldSpec::optional::<String>("replaces"),
    FieldSpec::optional::<Vec<Guidance>>("guidance"),
    FieldSpec::optional::<bool>("widths_confirmed"),
    FieldSpec::optional::<String>("url"),
];

/// Reads and checks catalogue `text`; `file` names it in diagnostics and `folder` is where
/// its image paths start (images are not checked without one).
pub fn parse_catalogue(text: &str, file: &Path, folder: Option<&Path>) -> ParseOutcome {
    parse(text, file, folder, Warnings::Placed)
}

/// Reads and checks a catalogue fetched from `url` (by the web page): its bytes, or why they
/// did not come. Its problems are placed at `url`'s lines and columns, as a file's are; its
/// pictures are not looked for, being elsewhere on the network.
pub fn parse_fetched(url: &str, fetched: Result<Vec<u8>, LoadError>) -> ParseOutcome {
    let file = Path::new(url);
    match fetched.and_then(text_of) {
        Ok(text) => parse(&text, file, None, Warnings::Placed),
        Err(error) => ParseOutcome {
            catalogue: None,
            diagnostics: vec![error.to_diagnostic(file)],
            unlisted: Unlisted::default(),
        },
    }
}

fn parse(text: &str, file: &Path, folder: Option<&Path>, warnings: Warnings) -> ParseOutcome {
    match ron_options().from_str::<Catalogue>(text) {
        Ok(catalogue) => {
            let mut problems = validate(&catalogue, folder);
            if warnings == Warnings::Left {
                problems.retain(|problem| problem.severity == Severity::Error);
            }
            if problems.is_empty() {
                return ParseOutcome {
                    catalogue: Some(catalogue),
                    diagnostics: Vec::new(),
                    unlisted: Unlisted::default(),
                };
            }
            let mut found = Found::new();
            locate_into(text, file, &catalogue, problems, &mut found);
            let has_error = found.has_error();
            let (diagnostics, unlisted) = found.into_parts();
            ParseOutcome {
                catalogue: (!has_error).then_some(catalogue),
                diagnostics,
                unlisted,
            }
        }
        Err(typed_error) => {
            let mut found = Found::new();
            parse_slowly(text, file, folder, &mut found);
            if !found.has_error() {
                // The field-by-field pass should find what the typed parse did; if it ever
                // does not, the typed parse's own error still stops the file.
                let map = SourceMap::new(text);
                found.push(
                    Diagnostic::error(
                        file,
                        super::fields::error_position(&map, text, &typed_error),
                        describe_ron_error(&typed_error.code, None),
                    )
                    .of_kind(super::fields::kind_of(&typed_error.code)),
                );
            }
            let (diagnostics, unlisted) = found.into_parts();
            ParseOutcome {
                catalogue: None,
                diagnostics,
                unlisted,
            }
        }
    }
}

/// The `problems` that [`validate`] found in `catalogue`, placed in `text`, the catalogue as
/// written in `file`: diagnostics in file order (the first of them, as a load lists them).
/// For a text just written from a catalogue (the editor's save), this places its problems
/// without parsing the text again.
pub fn locate(
    text: &str,
    file: &Path,
    catalogue: &Catalogue,
    problems: Vec<Problem>,
) -> Vec<Diagnostic> {
    let mut found = Found::new();
    locate_into(text, file, catalogue, problems, &mut found);
    found.into_parts().0
}

fn locate_into(
    text: &str,
    file: &Path,
    catalogue: &Catalogue,
    problems: Vec<Problem>,
    found: &mut Found,
) {
    let wanted = problems
        .iter()
        .flat_map(|problem| [Some(problem.at), problem.related])
        .filter_map(|at| match at {
            Some(Locator::Shoe {
                index,
                field: Some(field),
            }) => Some((index, field)),
            _ => None,
        })
        .collect();
    let mut index = SourceIndex::outlined(text, catalogue.shoes.len(), wanted);
    for problem in problems {
        push_located(found, &mut index, file, problem, |i| {
            catalogue.shoes.get(i).map(|shoe| shoe.id.clone())
        });
    }
}

/// Places `problem` in the file and takes it in, unless it could not be listed anyway: a
/// problem about a shoe is at or after the shoe's start, so when the list is full of
/// problems before that, it is only counted, and nothing is spent on finding its field.
fn push_located(
    found: &mut Found,
    index: &mut SourceIndex,
    file: &Path,
    problem: Problem,
    id_of: impl Fn(usize) -> Option<String>,
) {
    let error = problem.severity == Severity::Error;
    if found.is_full(error)
        && let Some(start) = index.shoe_start(problem.at)
        && !found.could_list(error, start)
    {
        found.count_unlisted(error);
        return;
    }
    found.push(index.diagnostic(file, problem, id_of, |i| i));
}

/// The shoes list of a catalogue, each shoe's text, read up to the limit; beyond it the
/// shoes are only counted.
struct RawShoes<'a> {
    shoes: Vec<&'a RawValue>,
    /// How many shoes the list holds.
    total: usize,
    /// The first shoe past the limit.
    first_over: Option<&'a RawValue>,
}

fn read_raw_shoes(text: &str) -> Option<RawShoes<'_>> {
    struct Shoes;
    impl<'de> serde::de::Visitor<'de> for Shoes {
        type Value = RawShoes<'de>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a list of shoes")
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(
            self,
            mut seq: A,
        ) -> Result<RawShoes<'de>, A::Error> {
            let max = super::Limits::DEFAULT.max_shoes;
            let mut read = RawShoes {
                shoes: Vec::new(),
                total: 0,
                first_over: None,
            };
            while read.total < max {
                match seq.next_element::<&'de RawValue>()? {
                    Some(shoe) => read.shoes.push(shoe),
                    None => return Ok(read),
                }
                read.total += 1;
            }
            if let Some(shoe) = seq.next_element::<&'de RawValue>()? {
                read.first_over = Some(shoe);
                read.total += 1;
                // The rest are counted, not kept.
                while seq.next_element::<IgnoredAny>()?.is_some() {
                    read.total += 1;
                }
            }
            Ok(read)
        }
    }
    let mut deserializer = ron::Deserializer::from_str_with_options(text, &ron_options()).ok()?;
    serde::Deserializer::deserialize_seq(&mut deserializer, Shoes).ok()
}

/// Every problem of a catalogue whose typed parse failed. The shoes are read and checked
/// one at a time, and only their ids kept: a file of 200,000 broken shoes is checked without
/// holding 200,000 shoes.
fn parse_slowly(text: &str, file: &Path, folder: Option<&Path>, found: &mut Found) {
    let mut index = SourceIndex::new(text);
    let mut top_problems = Vec::new();
    let top = check_record(
        &index.map,
        text,
        "Catalogue",
        CATALOGUE_FIELDS,
        &mut top_problems,
    );
    found.extend(
        top_problems
            .into_iter()
            .map(|p| field_diagnostic(file, p, None)),
    );
    let Some(top) = top.map(|top| top.fields) else {
        return;
    };
    let raw = top
        .get("shoes")
        .and_then(|raw| read_raw_shoes(raw.get_ron()))
        .unwrap_or(RawShoes {
            shoes: Vec::new(),
            total: 0,
            first_over: None,
        });
    if let Some(over) = raw.first_over {
        found.push(too_many_shoes(&index.map, file, over, raw.total));
    }
    let format = top
        .get("format")
        .and_then(|raw| ron_options().from_str(raw.get_ron()).ok())
        .unwrap_or(super::FORMAT);
    let name = top.string("name");
    let currency = top.string("currency");
    let top_is_readable = top.get("shoes").is_some();
    index.top = Some(top);
    index.shoes = raw.shoes;

    let mut checker = super::validate::Checker::new(folder, &[], currency.is_some());
    // The id of every shoe in the file, when it can be read.
    let mut ids: Vec<Option<String>> = Vec::with_capacity(index.shoes.len());
    let mut readable = 0;
    let mut problems = Vec::new();
    for i in 0..index.shoes.len() {
        let raw = index.shoes[i];
        let mut field_problems = Vec::new();
        let (id, shoe) = read_shoe(&index.map, raw, &mut field_problems);
        let label = shoe_label(id.as_deref(), i);
        push_field_problems(found, file, field_problems, &label);
        ids.push(id);
        let Some((shoe, placeholders)) = shoe else {
            continue;
        };
        readable += 1;
        checker.shoe(&shoe, i, &mut problems);
        for problem in problems.drain(..) {
            // A field that stands in for a broken one: its checks say nothing.
            let stands_in = matches!(problem.at,
                Locator::Shoe { field: Some(field), .. } if placeholders.contains(&field));
            if top_is_readable && !stands_in {
                push_located(found, &mut index, file, problem, |i| {
                    ids.get(i).cloned().flatten()
                });
            }
        }
    }
    super::validate::check_catalogue(
        format,
        name.as_deref(),
        currency.as_deref(),
        readable,
        &mut problems,
    );
    for problem in problems {
        // An empty list of shoes that failed to read is not an empty catalogue.
        let stands_in = problem.at == Locator::Catalogue(Some("shoes")) && !index.shoes.is_empty();
        if top_is_readable && !stands_in {
            push_located(found, &mut index, file, problem, |i| {
                ids.get(i).cloned().flatten()
            });
        }
    }
}

/// The error of a list of `total` shoes, more than the limit, at the first shoe past it.
fn too_many_shoes(map: &SourceMap, file: &Path, over: &RawValue, total: usize) -> Diagnostic {
    let at = map
        .offset_of(over.get_ron())
        .map_or(Position::START, |o| map.position(map.value_start(o)));
    Diagnostic::error(
        file,
        at,
        Say::new("check-too-many-shoes")
            .text("count", total.to_string())
            .text("max", super::Limits::DEFAULT.max_shoes.to_string()),
    )
    .of_kind(DiagnosticKind::OutOfRange)
}

/// Takes in the problems of a shoe's fields; past the problems listed, a problem is only
/// counted, nothing made of it.
fn push_field_problems(
    found: &mut Found,
    file: &Path,
    problems: Vec<FieldProblem>,
    label: &ShoeLabel,
) {
    for problem in problems {
        if found.could_list(true, problem.position) {
            found.push(field_diagnostic(file, problem, Some(label)));
        } else {
            found.count_unlisted(true);
        }
    }
}

/// Reads one shoe of a catalogue whose typed parse failed, as far as it can be: its id when
/// that can be read, and the shoe when it (or its repair) parses, with the fields that stand
/// in for broken ones. Its problems go to `problems`.
fn read_shoe(
    map: &SourceMap,
    raw: &RawValue,
    problems: &mut Vec<FieldProblem>,
) -> (Option<String>, Option<(Shoe, Vec<&'static str>)>) {
    let Some(record) = check_record(map, raw.get_ron(), "Shoe", SHOE_FIELDS, problems) else {
        return (None, None);
    };
    // An id is kept to name the shoe in messages: a hostile one of megabytes, cut.
    let id = record.fields.string("id").map(crate::words::quoted);
    let parsed = if problems.is_empty() {
        ron_options().from_str::<Shoe>(raw.get_ron())
    } else {
        ron_options().from_str::<Shoe>(&record.repaired("Shoe", SHOE_FIELDS))
    };
    match parsed {
        Ok(shoe) => (id, Some((shoe, record.unusable))),
        Err(error) => {
            if problems.is_empty() {
                problems.push(FieldProblem::from_ron(
                    map.shift(raw.get_ron(), error.span.start),
                    &error.code,
                    None,
                ));
            }
            (id, None)
        }
    }
}

/// How a shoe is named in a message: by id, or by its place when the id cannot be read.
fn shoe_label(id: Option<&str>, index: usize) -> ShoeLabel {
    match id {
        Some(id) if !id.is_empty() => ShoeLabel::Id(id.to_string()),
        _ => ShoeLabel::Number(index + 1),
    }
}

enum ShoeLabel {
    Id(String),
    Number(usize),
}

fn field_diagnostic(file: &Path, problem: FieldProblem, shoe: Option<&ShoeLabel>) -> Diagnostic {
    let said = match shoe {
        Some(ShoeLabel::Number(n)) => Say::new("diagnostic-in-shoe-number")
            .num("n", u32::try_from(*n).unwrap_or(u32::MAX))
            .says("problem", vec![problem.said]),
        _ => problem.said,
    };
    let mut diagnostic = Diagnostic::error(file, problem.position, said).of_kind(problem.kind);
    if let Some(ShoeLabel::Id(id)) = shoe {
        diagnostic.shoe = Some(id.clone());
    }
    diagnostic
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::fields::FieldMap;
    use crate::catalogue::{Catalogue, Shoe};

    /// The field tables must list exactly the fields of the serde model, or the slow path
    /// would call good fields unknown.
    #[test]
    fn field_tables_match_the_model() -> Result<(), Box<dyn std::error::Error>> {
        let shoe = Shoe {
            id: "a".into(),
            brand: "b".into(),
            model: "c".into(),
            support: Support::Neutral,
            cushioning: Cushioning::High,
            heel_counter: HeelCounter::Rigid,
            removable_insole: true,
            breathability: Breathability::High,
            water_resistance: WaterResistance::Waterproof,
            outsole: Outsole::Road,
            widths: vec![Width::Wide],
            surfaces: vec![Surface::Road],
            weight_g: 250.0,
            stack_heel_mm: Some(30.0),
            drop_mm: Some(8.0),
            flexibility: Some(Flexibility::Stiff),
            price: Some(1.0),
            currency: Some("EUR".into()),
            sizes_eu: Some((36.0, 48.0)),
            image: Some("x.png".into()),
            notes: Some("n".into()),
            plate: Some(Plate::Carbon),
            uses: Some(vec![Purpose::Race]),
            foam: Some(Foam::Soft),
            toe_box: Some(ToeBox::Snug),
            lug_depth_mm: Some(3.0),
            sizing: Some(Sizing::HalfSmall),
            replaces: Some("z".into()),
            guidance: Some(vec![Guidance::GuideRails]),
            widths_confirmed: Some(false),
            url: Some("https://shop.example/p".into()),
        };
        let catalogue = Catalogue {
            format: 1,
            name: Some("n".into()),
            currency: Some("EUR".into()),
            shoes: vec![shoe],
            size_charts: super::super::charts::built_in()[..1].to_vec(),
        };
        let text = ron::to_string(&catalogue)?;
        let top = FieldMap::parse(&text, "Catalogue")?;
        let names = |map: &FieldMap| {
            map.fields
                .iter()
                .map(|(name, _)| name.clone())
                .collect::<Vec<_>>()
        };
        let spec_names =
            |specs: &[FieldSpec]| specs.iter().map(|s| s.name.to_string()).collect::<Vec<_>>();
        assert_eq!(names(&top), spec_names(CATALOGUE_FIELDS));
        let shoes_text = top.get("shoes").ok_or("no shoes field")?.get_ron();
        let shoes: Vec<&RawValue> = ron_options().from_str(shoes_text)?;
        let shoe = FieldMap::parse(shoes.first().ok_or("no shoe")?.get_ron(), "Shoe")?;
        assert_eq!(names(&shoe), spec_names(SHOE_FIELDS));
        // Every placeholder is a valid value of its field.
        for spec in CATALOGUE_FIELDS.iter().chain(SHOE_FIELDS) {
            if let Some(placeholder) = spec.placeholder {
                assert!((spec.check)(placeholder).is_ok(), "{}", spec.name);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod fetched_tests {
    use super::*;

    /// A fetched catalogue's bytes are refused as a file's are, at the address: not UTF-8 at
    /// the first bad byte's line and column, empty, or not come at all; one on another site
    /// is refused at its address.
    #[test]
    fn fetched_bytes_are_refused_as_a_files_are_at_the_address() {
        let url = "https://shop.example/catalogue.ron";
        let mut bytes = b"Catalogue(\n  format: 1,\n  name: \"x".to_vec();
        bytes.push(0xff);
        let outcome = parse_fetched(url, Ok(bytes));
        assert!(outcome.catalogue.is_none());
        let error = &outcome.diagnostics[0];
        assert_eq!(error.file, Path::new(url));
        assert_eq!((error.line, error.column), (3, 11));
        let words = Lang::En.words();
        assert!(
            error.line_in(words).contains("UTF-8"),
            "{}",
            error.line_in(words)
        );
        let empty = parse_fetched(url, Ok(b"  \n".to_vec()));
        assert_eq!(
            empty.diagnostics[0].message_in(words),
            words.say(&LoadError::Empty.said())
        );
        let gone = parse_fetched(
            url,
            Err(LoadError::NotFetched("503 Service Unavailable".into())),
        );
        assert!(
            gone.diagnostics[0]
                .message_in(words)
                .contains("could not be fetched (503 Service Unavailable)")
        );
        let elsewhere = parse_fetched(url, Err(LoadError::OtherSite));
        assert!(elsewhere.catalogue.is_none());
        assert_eq!(elsewhere.diagnostics[0].file, Path::new(url));
        assert!(
            elsewhere.diagnostics[0]
                .message_in(words)
                .contains("on another site")
        );
    }
}
