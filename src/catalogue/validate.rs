//! The checks a catalogue must pass beyond its syntax: ranges, empty lists, unique slug ids,
//! currencies and image paths. They run on the typed model, so the loader and the app's
//! editor share them; positions are attached later by the loader.

use super::diagnostic::{DiagnosticKind, Severity};
use super::{Catalogue, FORMAT, Shoe};
use crate::pictures::{Fault, inspect};
use crate::units::{number, slugify};
use crate::words::Say;
use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};

/// Where in a catalogue a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Locator {
    /// A top-level field (`format`, `shoes`, ...), or the record itself with `None`.
    Catalogue(Option<&'static str>),
    /// A shoe by its index in `shoes`, and the field in it when the problem is about one.
    Shoe {
        /// The shoe's place in the checked list, from 0.
        index: usize,
        /// The field in it, or `None` for the shoe as a whole.
        field: Option<&'static str>,
    },
}

/// A problem found by a check, before it has a position.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// Whether the catalogue can still be used.
    pub severity: Severity,
    /// What the problem is in: the catalogue or a shoe, and the field.
    pub at: Locator,
    /// What sort of problem it is.
    pub kind: DiagnosticKind,
    /// What is wrong, for the person editing the file.
    pub said: Say,
    /// Another place the message refers to (the first use of a duplicate id).
    pub related: Option<Locator>,
    /// Which check found it: a form words some of them beside their field.
    pub check: Check,
}

/// Which check found a problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Check {
    /// A number outside its range.
    OutOfRange,
    /// A required text left empty.
    Empty,
    /// A text over its length.
    TooLong,
    /// An id that is not lower-case letters, digits and dashes.
    NotSlug,
    /// An id another shoe has.
    DuplicateId,
    /// Any other.
    #[default]
    Other,
}

impl Problem {
    fn error(at: Locator, said: Say) -> Self {
        Problem {
            severity: Severity::Error,
            at,
            kind: DiagnosticKind::Other,
            said,
            related: None,
            check: Check::Other,
        }
    }

    fn of_kind(self, kind: DiagnosticKind) -> Self {
        Problem { kind, ..self }
    }

    fn by(self, check: Check) -> Self {
        Problem { check, ..self }
    }

    fn warning(at: Locator, said: Say) -> Self {
        Problem {
            severity: Severity::Warning,
            at,
            kind: DiagnosticKind::Other,
            said,
            related: None,
            check: Check::Other,
        }
    }
}

/// Sizes past which a catalogue is refused: far above any real shop's, low enough that a
/// careless or hostile file cannot exhaust memory.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Shoes in one catalogue.
    pub max_shoes: usize,
    /// Characters in a shoe's id.
    pub max_id_chars: usize,
    /// Characters in the catalogue's name and in a shoe's brand or model.
    pub max_name_chars: usize,
    /// Characters in a shoe's notes.
    pub max_notes_chars: usize,
    /// Characters in an image path.
    pub max_path_chars: usize,
}

impl Limits {
    /// The limits every catalogue is checked against.
    pub const DEFAULT: Limits = Limits {
        max_shoes: 200_000,
        max_id_chars: 80,
        max_name_chars: 200,
        max_notes_chars: 10_000,
        max_path_chars: 1_000,
    };
}

// The ranges of format 1, inclusive.
/// One shoe's weight, in grams.
pub const WEIGHT_G: (f64, f64) = (100.0, 600.0);
/// The sole's height under the heel, in mm.
pub const STACK_HEEL_MM: (f64, f64) = (5.0, 60.0);
/// How much higher the heel sits than the forefoot, in mm; 0 is a flat shoe.
pub const DROP_MM: (f64, f64) = (0.0, 16.0);
/// Depth of the outsole's lugs, in mm; 0 is a flat outsole.
pub const LUG_DEPTH_MM: (f64, f64) = (0.0, 10.0);
/// EU sizes outside this are almost surely a typo, but still readable: a warning.
pub const PLAUSIBLE_SIZE_EU: (f64, f64) = (15.0, 60.0);

/// Is `id` a slug of format 1: not empty, only `a-z`, `0-9` and `-`?
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// All problems of a catalogue, in one pass. `folder` is the catalogue file's folder, used
/// to check image paths; without it, images are not checked.
pub fn validate(catalogue: &Catalogue, folder: Option<&Path>) -> Vec<Problem> {
    validate_awaiting(catalogue, folder, &[])
}

/// As [`validate`], with the pictures at the paths `awaiting` (relative to the folder)
/// counted as there: the editor's imported pictures, which join the folder when the
/// catalogue is saved.
pub fn validate_awaiting(
    catalogue: &Catalogue,
    folder: Option<&Path>,
    awaiting: &[&str],
) -> Vec<Problem> {
    let mut problems = Vec::new();
    check_catalogue(
        catalogue.format,
        catalogue.name.as_deref(),
        catalogue.currency.as_deref(),
        catalogue.shoes.len(),
        &mut problems,
    );
    check_charts(&catalogue.size_charts, &mut problems);
    let mut checker = Checker::new(folder, awaiting, catalogue.currency.is_some());
    checker.first_use.reserve(catalogue.shoes.len());
    for (index, shoe) in catalogue.shoes.iter().enumerate() {
        checker.shoe(shoe, index, &mut problems);
    }
    problems
}

/// The problems of the catalogue's own fields, given its `shoes` count.
pub(crate) fn check_catalogue(
    format: u32,
    name: Option<&str>,
    currency: Option<&str>,
    shoes: usize,
    problems: &mut Vec<Problem>,
) {
    let top = |field| Locator::Catalogue(Some(field));
    if format != FORMAT {
        problems.push(Problem::error(
            top("format"),
            Say::new("check-format")
                .text("found", format.to_string())
                .text("format", FORMAT.to_string()),
        ));
    }
    let limits = Limits::DEFAULT;
    if let Some(name) = name {
        check_text(
            problems,
            top("name"),
            "name",
            name,
            limits.max_name_chars,
            false,
        );
    }
    if let Some(currency) = currency {
        check_text(problems, top("currency"), "currency", currency, 10, true);
    }
    if shoes == 0 {
        problems.push(Problem::error(top("shoes"), Say::new("check-no-shoes")));
    }
    if shoes > limits.max_shoes {
        problems.push(Problem::error(
            top("shoes"),
            Say::new("check-too-many-shoes")
                .text("count", shoes.to_string())
                .text("max", limits.max_shoes.to_string()),
        ));
    }
}

/// The catalogue's own size charts: each valid, each brand once.
fn check_charts(charts: &[super::charts::SizeChart], problems: &mut Vec<Problem>) {
    let at = Locator::Catalogue(Some("size_charts"));
    for (index, chart) in charts.iter().enumerate() {
        for (_, said) in super::charts::problems(chart) {
            problems.push(Problem::error(
                at,
                Say::new("check-chart")
                    .text("brand", chart.brand.as_str())
                    .says("problem", vec![said]),
            ));
        }
        if charts[..index]
            .iter()
            .any(|before| before.is_for(&chart.brand))
        {
            problems.push(Problem::error(
                at,
                Say::new("check-chart-repeated").text("brand", chart.brand.as_str()),
            ));
        }
    }
}

/// Checks the shoes of a catalogue one at a time, as a loader reads them: each on its own,
/// and its id against the shoes before it. A shoe need not be kept once checked, so a file
/// of many broken shoes is checked without holding them all.
pub(crate) struct Checker {
    images: ImageResolver,
    first_use: HashMap<Box<str>, usize>,
    catalogue_has_currency: bool,
}

impl Checker {
    /// A checker for the shoes of a catalogue in `folder` (pictures at the paths `awaiting`
    /// counted as there), whose catalogue gives a currency or not.
    pub(crate) fn new(
        folder: Option<&Path>,
        awaiting: &[&str],
        catalogue_has_currency: bool,
    ) -> Checker {
        let mut images = ImageResolver::new(folder);
        for &image in awaiting {
            images.checked.insert(image.to_string(), Ok(Found::There));
        }
        Checker {
            images,
            first_use: HashMap::new(),
            catalogue_has_currency,
        }
    }

    /// The problems of `shoe`, the catalogue's shoe `index`, added to `problems`.
    pub(crate) fn shoe(&mut self, shoe: &Shoe, index: usize, problems: &mut Vec<Problem>) {
        problems.extend(validate_shoe(
            shoe,
            index,
            self.catalogue_has_currency,
            &mut self.images,
        ));
        let key = id_key(&shoe.id);
        if let Some(&first) = self.first_use.get(key.as_ref()) {
            problems.push(Problem {
                related: Some(Locator::Shoe {
                    index: first,
                    field: Some("id"),
                }),
                ..Problem::error(
                    Locator::Shoe {
                        index,
                        field: Some("id"),
                    },
                    Say::new("check-duplicate-id").text("id", shoe.id.as_str()),
                )
                .of_kind(DiagnosticKind::DuplicateId)
                .by(Check::DuplicateId)
            });
        } else {
            self.first_use.insert(key.into(), index);
        }
    }
}

/// What tells ids apart in the check for duplicates: the id itself, or for one too long to
/// be valid anyway (a hostile file's id of megabytes), its length, start and a hash, so the
/// check holds no copy of it.
fn id_key(id: &str) -> std::borrow::Cow<'_, str> {
    const KEPT: usize = 1024;
    if id.len() <= KEPT {
        return std::borrow::Cow::Borrowed(id);
    }
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &byte in id.as_bytes() {
        hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
    }
    let start: String = id.chars().take(64).collect();
    std::borrow::Cow::Owned(format!("{start}…{}:{hash:016x}", id.len()))
}

/// The optional additions: `uses` not empty, lug depth in range and only on a lugged or
/// winter outsole.
fn check_additions(shoe: &Shoe, at: &dyn Fn(&'static str) -> Locator, problems: &mut Vec<Problem>) {
    if let Some(uses) = &shoe.uses {
        if uses.is_empty() {
            problems.push(Problem::error(at("uses"), Say::new("check-uses-empty")));
        } else if has_repeats(uses) {
            problems.push(Problem::warning(at("uses"), Say::new("check-uses-repeat")));
        }
    }
    if let Some(guidance) = &shoe.guidance {
        if guidance.is_empty() {
            problems.push(Problem::error(
                at("guidance"),
                Say::new("check-guidance-empty"),
            ));
        } else if shoe.support == super::Support::Neutral {
            problems.push(Problem::warning(
                at("guidance"),
                Say::new("check-guidance-neutral"),
            ));
        } else if has_repeats(guidance) {
            problems.push(Problem::warning(
                at("guidance"),
                Say::new("check-guidance-repeat"),
            ));
        }
    }
    if let Some(replaces) = shoe.replaces.as_deref() {
        if !is_slug(replaces) {
            problems.push(Problem::error(
                at("replaces"),
                Say::new("check-replaces-not-an-id").text("id", replaces),
            ));
        } else if replaces == shoe.id {
            problems.push(Problem::error(
                at("replaces"),
                Say::new("check-replaces-itself").text("id", replaces),
            ));
        }
    }
    if let Some(url) = shoe.url.as_deref()
        && !is_web_address(url)
    {
        problems.push(Problem::error(
            at("url"),
            Say::new("check-url-not-web").text("url", url),
        ));
    }
    if let Some(depth) = shoe.lug_depth_mm {
        check_range(
            problems,
            at("lug_depth_mm"),
            "lug_depth_mm",
            depth,
            LUG_DEPTH_MM,
            "unit-mm",
        );
        if depth > 0.0
            && matches!(
                shoe.outsole,
                super::Outsole::Road | super::Outsole::DurableRubber
            )
        {
            problems.push(Problem::warning(
                at("lug_depth_mm"),
                Say::new("check-lugs-on-road")
                    .text("depth", number(depth))
                    .text("outsole", shoe.outsole.to_string()),
            ));
        }
    }
}

/// The problems of one shoe on its own (everything but duplicate ids).
fn validate_shoe(
    shoe: &Shoe,
    index: usize,
    catalogue_has_currency: bool,
    images: &mut ImageResolver,
) -> Vec<Problem> {
    let mut problems = Vec::new();
    let at = |field| Locator::Shoe {
        index,
        field: Some(field),
    };
    let limits = Limits::DEFAULT;
    check_names(shoe, &at, &mut problems);
    check_lists(shoe, &at, &mut problems);
    check_sole(shoe, &at, &mut problems);
    check_price(shoe, catalogue_has_currency, &at, &mut problems);
    if let Some(sizes) = shoe.sizes_eu {
        check_sizes(sizes, at("sizes_eu"), &mut problems);
    }
    if let Some(image) = &shoe.image {
        check_image(
            &mut problems,
            at("image"),
            image,
            images,
            limits.max_path_chars,
        );
    }
    if let Some(notes) = &shoe.notes {
        check_text(
            &mut problems,
            at("notes"),
            "notes",
            notes,
            limits.max_notes_chars,
            false,
        );
    }
    check_additions(shoe, &at, &mut problems);
    for (field, said) in super::notes::problems(shoe) {
        problems.push(Problem::warning(at(field), said));
    }
    problems
}

/// What names the shoe: an id that is a slug and not too long, a brand and a model.
fn check_names(shoe: &Shoe, at: &dyn Fn(&'static str) -> Locator, problems: &mut Vec<Problem>) {
    let limits = Limits::DEFAULT;
    if !is_slug(&shoe.id) {
        problems.push(
            Problem::error(
                at("id"),
                Say::new("check-not-slug")
                    .text("id", shoe.id.as_str())
                    .text("slug", slugify(&shoe.id)),
            )
            .by(Check::NotSlug),
        );
    } else if shoe.id.chars().count() > limits.max_id_chars {
        problems.push(Problem::error(
            at("id"),
            Say::new("check-id-too-long").text("max", limits.max_id_chars.to_string()),
        ));
    }
    check_text(
        problems,
        at("brand"),
        "brand",
        &shoe.brand,
        limits.max_name_chars,
        true,
    );
    check_text(
        problems,
        at("model"),
        "model",
        &shoe.model,
        limits.max_name_chars,
        true,
    );
}

/// The widths and surfaces: neither empty, nothing listed twice.
fn check_lists(shoe: &Shoe, at: &dyn Fn(&'static str) -> Locator, problems: &mut Vec<Problem>) {
    if shoe.widths.is_empty() {
        problems.push(Problem::error(at("widths"), Say::new("check-widths-empty")));
    } else if has_repeats(&shoe.widths) {
        problems.push(Problem::warning(
            at("widths"),
            Say::new("check-widths-repeat"),
        ));
    }
    if shoe.surfaces.is_empty() {
        problems.push(Problem::error(
            at("surfaces"),
            Say::new("check-surfaces-empty"),
        ));
    } else if has_repeats(&shoe.surfaces) {
        problems.push(Problem::warning(
            at("surfaces"),
            Say::new("check-surfaces-repeat"),
        ));
    }
}

/// Weight, stack and drop in their ranges, and a drop no higher than the stack.
fn check_sole(shoe: &Shoe, at: &dyn Fn(&'static str) -> Locator, problems: &mut Vec<Problem>) {
    check_range(
        problems,
        at("weight_g"),
        "weight_g",
        shoe.weight_g,
        WEIGHT_G,
        "unit-grams-one-shoe",
    );
    if let Some(stack) = shoe.stack_heel_mm {
        check_range(
            problems,
            at("stack_heel_mm"),
            "stack_heel_mm",
            stack,
            STACK_HEEL_MM,
            "unit-mm",
        );
    }
    if let Some(drop) = shoe.drop_mm {
        check_range(problems, at("drop_mm"), "drop_mm", drop, DROP_MM, "unit-mm");
        if let Some(stack) = shoe.stack_heel_mm
            && drop > stack
        {
            problems.push(Problem::warning(
                at("drop_mm"),
                Say::new("check-drop-over-stack")
                    .text("drop", number(drop))
                    .text("stack", number(stack)),
            ));
        }
    }
}

/// A price of 0 or more, in a currency the shoe or the catalogue names.
fn check_price(
    shoe: &Shoe,
    catalogue_has_currency: bool,
    at: &dyn Fn(&'static str) -> Locator,
    problems: &mut Vec<Problem>,
) {
    if let Some(price) = shoe.price {
        if !price.is_finite() || price < 0.0 {
            problems.push(Problem::error(
                at("price"),
                Say::new("check-price-negative").text("price", number(price)),
            ));
        } else if shoe.currency.is_none() && !catalogue_has_currency {
            problems.push(Problem::warning(
                at("price"),
                Say::new("check-price-no-currency"),
            ));
        }
    }
    if let Some(currency) = &shoe.currency {
        check_text(problems, at("currency"), "currency", currency, 10, true);
    }
}

/// The sizes stocked: two positive sizes, smallest first, and (a warning) EU sizes rather
/// than US or UK ones.
fn check_sizes((smallest, largest): (f64, f64), at: Locator, problems: &mut Vec<Problem>) {
    if !smallest.is_finite() || !largest.is_finite() || smallest <= 0.0 || largest <= 0.0 {
        problems.push(Problem::error(at, Say::new("check-sizes-positive")));
    } else if smallest > largest {
        problems.push(Problem::error(
            at,
            Say::new("check-sizes-order")
                .text("smallest", number(smallest))
                .text("largest", number(largest)),
        ));
    } else if smallest < PLAUSIBLE_SIZE_EU.0 || largest > PLAUSIBLE_SIZE_EU.1 {
        problems.push(
            Problem::warning(
                at,
                Say::new("check-sizes-plausible")
                    .text("smallest", number(smallest))
                    .text("largest", number(largest))
                    .text("low", number(PLAUSIBLE_SIZE_EU.0))
                    .text("high", number(PLAUSIBLE_SIZE_EU.1)),
            )
            .of_kind(DiagnosticKind::OutOfRange),
        );
    }
}

fn check_text(
    problems: &mut Vec<Problem>,
    at: Locator,
    field: &str,
    text: &str,
    max_chars: usize,
    required: bool,
) {
    if required && text.trim().is_empty() {
        problems.push(
            Problem::error(at, Say::new("check-empty").text("field", field)).by(Check::Empty),
        );
    } else if text.chars().count() > max_chars {
        problems.push(
            Problem::error(
                at,
                Say::new("check-too-long")
                    .text("field", field)
                    .text("max", max_chars.to_string()),
            )
            .by(Check::TooLong),
        );
    }
}

fn check_range(
    problems: &mut Vec<Problem>,
    at: Locator,
    field: &str,
    value: f64,
    (low, high): (f64, f64),
    unit: &'static str,
) {
    if !(low..=high).contains(&value) {
        problems.push(
            Problem::error(at, out_of_range(field, value, (low, high), unit))
                .of_kind(DiagnosticKind::OutOfRange)
                .by(Check::OutOfRange),
        );
    }
}

/// `field` is `value`, outside `low..=high`, in the unit whose words are `unit`.
pub(crate) fn out_of_range(
    field: &str,
    value: f64,
    (low, high): (f64, f64),
    unit: &'static str,
) -> Say {
    Say::new("check-out-of-range")
        .text("field", field)
        .text("value", number(value))
        .text("low", number(low))
        .text("high", number(high))
        .word("unit", unit)
}

fn check_image(
    problems: &mut Vec<Problem>,
    at: Locator,
    image: &str,
    images: &mut ImageResolver,
    max_chars: usize,
) {
    if image.trim().is_empty() {
        problems.push(Problem::error(at, Say::new("check-image-empty")));
        return;
    }
    if image.chars().count() > max_chars {
        problems.push(
            Problem::error(
                at,
                Say::new("check-too-long")
                    .text("field", "image")
                    .text("max", max_chars.to_string()),
            )
            .by(Check::TooLong),
        );
        return;
    }
    match images.check(image) {
        Err(message) => problems.push(Problem::error(at, message)),
        Ok(Found::Missing) => problems.push(
            Problem::warning(at, Say::new("check-image-missing").text("image", image))
                .of_kind(DiagnosticKind::MissingPicture),
        ),
        Ok(Found::Unusable(fault)) => problems.push(
            Problem::warning(at, fault_said(image, &fault))
                .of_kind(DiagnosticKind::UnusablePicture),
        ),
        Ok(Found::There) => {}
    }
}

/// Why the picture at `image` cannot be shown, in words.
fn fault_said(image: &str, fault: &Fault) -> Say {
    let said = |id: &'static str| Say::new(id).text("image", image);
    match fault {
        Fault::TooManyBytes(megabytes) => said("check-image-too-many-bytes")
            .num("megabytes", *megabytes as f64)
            .num("max", (crate::pictures::MAX_FILE_BYTES >> 20) as f64),
        Fault::NotAPicture => said("check-image-not-a-picture"),
        Fault::CutShort => said("check-image-cut-short"),
        Fault::TooManyPixels(width, height) => said("check-image-too-many-pixels")
            .text("size", format!("{width}×{height}"))
            .num("max", crate::pictures::MAX_SIDE as f64),
        Fault::Damaged(reason) => said("check-image-damaged").text("reason", reason.as_str()),
        Fault::Unreadable(reason) => said("check-image-unreadable").text("reason", reason.as_str()),
        Fault::Missing => said("check-image-missing"),
        Fault::TooLargeToDecode => {
            said("check-image-too-large").num("max", crate::pictures::MAX_SIDE as f64)
        }
    }
}

/// What is at a picture's path.
#[derive(Debug, Clone, PartialEq)]
pub enum Found {
    /// A picture that can be shown, or no folder to look in.
    There,
    /// No file.
    Missing,
    /// A file that cannot be shown, and why.
    Unusable(Fault),
}

/// The file an image path names, if it stays inside the catalogue's folder. `Ok(None)` when
/// there is no folder to resolve against.
pub fn resolve_image(image: &str, folder: Option<&Path>) -> Result<Option<PathBuf>, Say> {
    ImageResolver::new(folder)
        .resolve(image)
        .map(|found| found.map(|(path, _)| path))
}

/// Whether `url` is an address a card may link to: `http://` or `https://`, a host, and no
/// white space or control character (a `javascript:` or `file:` link never is).
pub fn is_web_address(url: &str) -> bool {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    rest.is_some_and(|rest| {
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        !host.is_empty() && !url.chars().any(|c| c.is_whitespace() || c.is_control())
    })
}

/// Resolves image paths against a catalogue's folder, following symbolic links to make sure
/// they stay inside it. Real folder locations are looked up once, and each distinct image
/// path is checked once, so checking the images of a large catalogue costs one file-system
/// look-up per picture, however many shoes share it.
pub struct ImageResolver {
    folder: Option<PathBuf>,
    real_folder: Option<PathBuf>,
    real_parents: HashMap<PathBuf, Option<PathBuf>>,
    checked: HashMap<String, Result<Found, Say>>,
}

impl ImageResolver {
    /// A resolver for the catalogue in `folder`; without one, every picture counts as there.
    pub fn new(folder: Option<&Path>) -> Self {
        ImageResolver {
            folder: folder.map(Path::to_path_buf),
            real_folder: folder.and_then(|f| f.canonicalize().ok()),
            real_parents: HashMap::new(),
            checked: HashMap::new(),
        }
    }

    /// Whether the picture at `image` is there and can be shown (there, too, when there is no
    /// folder to look in), or why its path is refused. A file that is there is checked from
    /// its size and header ([`crate::pictures::inspect`]).
    pub fn check(&mut self, image: &str) -> Result<Found, Say> {
        if let Some(known) = self.checked.get(image) {
            return known.clone();
        }
        let status = self.resolve(image).map(|found| match found {
            None => Found::There,
            Some((_, false)) => Found::Missing,
            Some((path, true)) => match inspect(&path) {
                Ok(()) => Found::There,
                Err(fault) => Found::Unusable(fault),
            },
        });
        self.checked.insert(image.to_string(), status.clone());
        status
    }

    /// The path of `image` and whether the file is there; an error when the path is absolute
    /// or leads out of the folder. `Ok(None)` without a folder.
    pub fn resolve(&mut self, image: &str) -> Result<Option<(PathBuf, bool)>, Say> {
        let relative = Path::new(image);
        if relative.is_absolute()
            || image.starts_with('/')
            || image.starts_with('\\')
            || relative
                .components()
                .any(|c| matches!(c, Component::Prefix(_)))
        {
            return Err(Say::new("check-image-absolute").text("image", image));
        }
        let mut depth = 0usize;
        for component in relative.components() {
            match component {
                Component::ParentDir if depth == 0 => {
                    return Err(Say::new("check-image-leaves").text("image", image));
                }
                Component::ParentDir => depth -= 1,
                Component::Normal(_) => depth += 1,
                _ => {}
            }
        }
        let Some(folder) = &self.folder else {
            return Ok(None);
        };
        let path = folder.join(relative);
        let metadata = std::fs::symlink_metadata(&path).ok();
        // A symbolic link, in the file or in a folder above it, may lead out of the folder:
        // compare the real locations.
        let real = match &metadata {
            Some(meta) if meta.file_type().is_symlink() => path.canonicalize().ok(),
            _ => {
                let parent = path.parent().map(Path::to_path_buf).unwrap_or_default();
                let real_parent = self
                    .real_parents
                    .entry(parent)
                    .or_insert_with_key(|p| p.canonicalize().ok())
                    .clone();
                real_parent
                    .zip(path.file_name())
                    .map(|(p, name)| p.join(name))
            }
        };
        if let (Some(real_folder), Some(real)) = (&self.real_folder, &real)
            && !real.starts_with(real_folder)
        {
            return Err(Say::new("check-image-link").text("image", image));
        }
        let exists = match metadata {
            Some(meta) if meta.file_type().is_symlink() => path.is_file(),
            Some(meta) => meta.is_file(),
            None => false,
        };
        Ok(Some((path, exists)))
    }
}

fn has_repeats<T: PartialEq>(items: &[T]) -> bool {
    items
        .iter()
        .enumerate()
        .any(|(i, item)| items[..i].contains(item))
}
