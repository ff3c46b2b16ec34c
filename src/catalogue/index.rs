//! Where the records and fields of a catalogue text are: a quick outline of a text that
//! parsed, or RON's own field-by-field reading, turning a located problem into a
//! diagnostic at its line and column.

use super::diagnostic::Diagnostic;
use super::fields::FieldMap;
use super::outline::Outline;
use super::source::{Position, SourceMap, ron_options};
use super::validate::{Locator, Problem};
use crate::words::Say;
use ron::value::RawValue;
use std::path::Path;

/// From this size on, a text's line table and outline are made on two cores.
pub(super) const PARALLEL_BYTES: usize = 1 << 20;

/// Positions of the records and fields of a catalogue text, read on demand.
pub(super) struct SourceIndex<'a> {
    pub(super) map: SourceMap<'a>,
    pub(super) top: Option<FieldMap<'a>>,
    pub(super) shoes: Vec<&'a RawValue>,
    pub(super) shoe_fields: Vec<Option<FieldMap<'a>>>,
    pub(super) read: bool,
    /// `top` has every field, the shoes list included.
    pub(super) whole_top: bool,
    /// A quick outline of a text that parsed, when it agrees with the parse; then it answers
    /// instead of RON's field-by-field reading.
    pub(super) outline: Option<Outline<'a>>,
}

impl<'a> SourceIndex<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        Self::with_map(SourceMap::new(text))
    }

    pub(super) fn with_map(map: SourceMap<'a>) -> Self {
        SourceIndex {
            map,
            top: None,
            shoes: Vec::new(),
            shoe_fields: Vec::new(),
            read: false,
            whole_top: false,
            outline: None,
        }
    }

    /// For a text the typed parse read, with `shoes` shoes; the fields in `wanted` (shoe,
    /// field) are found in the same pass.
    pub(super) fn outlined(
        text: &'a str,
        shoes: usize,
        wanted: Vec<(usize, &'static str)>,
    ) -> Self {
        let outline = |wanted| {
            Outline::read(text, "shoes", wanted).filter(|outline| outline.shoe_count() == shoes)
        };
        // On a large text the line table is built on a second core meanwhile.
        let (map, outline) = if text.len() >= PARALLEL_BYTES {
            std::thread::scope(|scope| {
                match std::thread::Builder::new().spawn_scoped(scope, || SourceMap::new(text)) {
                    Ok(lines) => {
                        let outline = outline(wanted);
                        let map = lines.join().unwrap_or_else(|_| SourceMap::new(text));
                        (map, outline)
                    }
                    Err(_) => (SourceMap::new(text), outline(wanted)),
                }
            })
        } else {
            (SourceMap::new(text), outline(wanted))
        };
        let mut index = SourceIndex::with_map(map);
        index.outline = outline;
        index
    }

    pub(super) fn read_top(&mut self) {
        if self.read {
            return;
        }
        self.read = true;
        if self.top.is_none() && self.shoes.is_empty() {
            // The catalogue read cleanly: its top fields and the shoes in one pass. The
            // list's own position is looked up only if a problem is about the list itself.
            if let Ok((top, shoes)) =
                FieldMap::parse_with_list(self.map.text(), "Catalogue", "shoes")
            {
                self.top = Some(top);
                self.shoes = shoes;
            }
        }
        if self.top.is_none() {
            self.top = FieldMap::parse(self.map.text(), "Catalogue").ok();
        }
        if self.shoes.is_empty() {
            self.shoes = self
                .top
                .as_ref()
                .and_then(|top| top.get("shoes"))
                .and_then(|raw| ron_options().from_str::<Vec<&RawValue>>(raw.get_ron()).ok())
                .unwrap_or_default();
        }
        self.shoe_fields = (0..self.shoes.len()).map(|_| None).collect();
    }

    /// Where the shoe a problem is about starts in the text; none for the catalogue's own.
    pub(super) fn shoe_start(&mut self, at: Locator) -> Option<Position> {
        let Locator::Shoe { index, .. } = at else {
            return None;
        };
        let offset = match &self.outline {
            Some(outline) => outline.shoe(index)?,
            None => {
                self.read_top();
                let raw = self.shoes.get(index).copied()?;
                self.map.value_start(self.map.offset_of(raw.get_ron())?)
            }
        };
        Some(self.map.position(offset))
    }

    /// The offset where a located thing starts in the text.
    pub(super) fn offset(&mut self, at: Locator) -> usize {
        let record_start = self.map.value_start(0);
        if let Some(outline) = &mut self.outline {
            return match at {
                Locator::Catalogue(None) => record_start,
                Locator::Catalogue(Some(field)) => outline.top_field(field).unwrap_or(record_start),
                Locator::Shoe { index, field } => {
                    let Some(shoe_start) = outline.shoe(index) else {
                        return record_start;
                    };
                    field
                        .and_then(|field| outline.shoe_field(self.map.text(), index, field))
                        .unwrap_or(shoe_start)
                }
            };
        }
        self.read_top();
        match at {
            Locator::Catalogue(None) => record_start,
            Locator::Catalogue(Some(field)) => {
                if !self.whole_top
                    && self
                        .top
                        .as_ref()
                        .is_some_and(|top| top.get(field).is_none())
                {
                    // The shoes list's own text, when read in one pass with its shoes: read
                    // the record again, once, keeping every field.
                    self.whole_top = true;
                    if let Ok(whole) = FieldMap::parse(self.map.text(), "Catalogue") {
                        self.top = Some(whole);
                    }
                }
                self.top
                    .as_ref()
                    .and_then(|top| top.value_offset(&self.map, field))
                    .unwrap_or(record_start)
            }
            Locator::Shoe { index, field } => {
                let Some(raw) = self.shoes.get(index).copied() else {
                    return record_start;
                };
                let shoe_start = self
                    .map
                    .offset_of(raw.get_ron())
                    .map_or(record_start, |o| self.map.value_start(o));
                let Some(field) = field else {
                    return shoe_start;
                };
                if self.shoe_fields[index].is_none() {
                    self.shoe_fields[index] = FieldMap::parse(raw.get_ron(), "Shoe").ok();
                }
                self.shoe_fields[index]
                    .as_ref()
                    .and_then(|fields| fields.value_offset(&self.map, field))
                    .unwrap_or(shoe_start)
            }
        }
    }

    /// A located problem as a diagnostic. `id_of` names a shoe by its index in the file;
    /// `file_index` maps the checked list's indexes to the file's.
    pub(super) fn diagnostic(
        &mut self,
        file: &Path,
        problem: Problem,
        id_of: impl Fn(usize) -> Option<String>,
        file_index: impl Fn(usize) -> usize,
    ) -> Diagnostic {
        let in_file = |at: Locator| match at {
            Locator::Shoe { index, field } => Locator::Shoe {
                index: file_index(index),
                field,
            },
            other => other,
        };
        let at = in_file(problem.at);
        let offset = self.offset(at);
        let said = match problem.related {
            Some(related) => {
                let related_offset = self.offset(in_file(related));
                let line = self.map.position(related_offset).line;
                Say::new("diagnostic-first-on-line")
                    .says("problem", vec![problem.said])
                    .text("line", line.to_string())
            }
            None => problem.said,
        };
        let mut diagnostic =
            Diagnostic::new(problem.severity, file, self.map.position(offset), said)
                .of_kind(problem.kind);
        diagnostic.field = match at {
            Locator::Shoe { field, .. } | Locator::Catalogue(field) => field.map(str::to_string),
        };
        if let Locator::Shoe { index, .. } = at {
            diagnostic.shoe = id_of(index).map(crate::words::quoted);
        }
        diagnostic
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::Catalogue;
    use crate::catalogue::load::{CATALOGUE_FIELDS, SHOE_FIELDS};
    use crate::catalogue::validate::validate;
    use proptest::prelude::*;

    /// Ways to write what comes between two lines of a catalogue: comments holding brackets,
    /// commas and colons, nested comments, RON's Unicode spaces, or one line joined to the
    /// next.
    const BREAKS: &[&str] = &[
        "\n",
        " // (x, [y: z\n",
        " /* a /* b, ( */ c: ] */\n",
        "\u{2028}\n",
        "\n\n\t",
        " ",
    ];

    /// Strings that look like structure.
    const NOTES: &[&str] = &[
        "notes: \"a \\\"b\\\" (c), d: [e] /* f\"",
        "notes: r#\"g \"h\" ), i: [\"#",
        "notes: \"// j: (k\"",
    ];

    /// A text large enough for the line table and the outline to be made on two cores gets
    /// every warning where RON's own reading puts it.
    #[test]
    fn a_large_text_is_placed_on_two_cores_as_on_one() {
        let mut catalogue = crate::catalogue::generate::generate(1_800);
        catalogue.currency = None;
        let text = crate::catalogue::save::to_ron(&catalogue, "");
        assert!(text.len() >= PARALLEL_BYTES, "{} bytes", text.len());
        let problems = validate(&catalogue, None);
        assert!(problems.len() >= catalogue.shoes.len());
        let wanted = problems
            .iter()
            .filter_map(|p| match p.at {
                Locator::Shoe {
                    index,
                    field: Some(field),
                } => Some((index, field)),
                _ => None,
            })
            .collect();
        let mut outlined = SourceIndex::outlined(&text, catalogue.shoes.len(), wanted);
        assert!(outlined.outline.is_some());
        let mut by_ron = SourceIndex::new(&text);
        for problem in &problems {
            let (a, b) = (outlined.offset(problem.at), by_ron.offset(problem.at));
            assert_eq!(a, b, "{problem:?}");
            assert_eq!(outlined.map.position(a), by_ron.map.position(b));
        }
    }

    proptest! {
        /// The quick outline places every field of the top record and of every shoe, and
        /// every shoe, exactly where RON's own field-by-field reading does.
        #[test]
        fn the_outline_agrees_with_ron_on_every_position(
            count in 1usize..5,
            breaks in proptest::collection::vec(0..BREAKS.len(), 200),
            notes in proptest::collection::vec(0..=NOTES.len(), 5),
            raw_names in proptest::collection::vec(any::<bool>(), 5),
            bare_records in proptest::collection::vec(any::<bool>(), 5),
            attribute in any::<bool>(),
            asked in proptest::collection::vec(any::<bool>(), 6 * SHOE_FIELDS.len()),
        ) {
            let catalogue = crate::catalogue::generate::generate(count);
            let plain = crate::catalogue::save::to_ron(&catalogue, "");
            // Each shoe written its own way.
            let mut text = String::new();
            if attribute {
                text.push_str("#![enable(implicit_some)]\n");
            }
            let mut shoe = 0usize;
            for line in plain.lines() {
                let mut line = line.to_string();
                if line.trim() == "Shoe(" {
                    if bare_records[shoe] {
                        line = line.replace("Shoe(", "(");
                    }
                    shoe += 1;
                }
                let i = shoe.saturating_sub(1);
                if line.trim_start().starts_with("notes:") && notes[i] < NOTES.len() {
                    line = format!("            {},", NOTES[notes[i]]);
                }
                if raw_names[i] && line.trim_start().starts_with("image:") {
                    line = line.replace("image:", "r#image:");
                }
                let way = BREAKS[breaks[text.matches('\n').count() % breaks.len()]];
                text.push_str(&line);
                text.push_str(way);
            }
            let parsed = ron_options().from_str::<Catalogue>(&text);
            prop_assert!(parsed.is_ok(), "{text}\n{parsed:?}");
            let mut by_ron = SourceIndex::new(&text);
            // Some fields are asked for in advance and found in the outline's one pass; the
            // others are read when asked.
            let wanted = (0..count + 1)
                .flat_map(|index| SHOE_FIELDS.iter().map(move |f| (index, f.name)))
                .zip(&asked)
                .filter_map(|(pair, &ask)| ask.then_some(pair))
                .collect();
            let mut outlined = SourceIndex::outlined(&text, count, wanted);
            prop_assert!(outlined.outline.is_some(), "no outline of\n{text}");
            let mut places = vec![Locator::Catalogue(None)];
            places.extend(CATALOGUE_FIELDS.iter().map(|f| Locator::Catalogue(Some(f.name))));
            for index in 0..count + 1 {
                places.push(Locator::Shoe { index, field: None });
                places.extend(
                    SHOE_FIELDS
                        .iter()
                        .map(|f| Locator::Shoe { index, field: Some(f.name) }),
                );
            }
            for at in places {
                prop_assert_eq!(outlined.offset(at), by_ron.offset(at), "{:?} in\n{}", at, text);
            }
        }
    }
}
