//! Reading a RON record field by field, so that every problem in it gets its own position:
//! unknown and duplicate fields, missing ones, and values of the wrong kind.
//!
//! The typed parse stops at the first problem; this slower path is taken only to report all
//! of them. Each record type lists its fields once, in a [`FieldSpec`] table that a test keeps
//! in step with the serde model.

use super::diagnostic::DiagnosticKind;
use super::source::{Position, SourceMap, ron_options};
use crate::words::Say;
use ron::error::{Error as RonError, SpannedError};
use ron::value::RawValue;
use serde::de::{DeserializeOwned, DeserializeSeed, Deserializer, MapAccess, Visitor};
use std::fmt;

/// One field of a record type: its name, whether a file must give it, and how to check a
/// value's text on its own.
pub(crate) struct FieldSpec {
    /// The field's name as written in a file.
    pub name: &'static str,
    /// A valid value that stands in for a missing or broken required one, so the rest of
    /// the record can still be checked.
    pub placeholder: Option<&'static str>,
    /// Reads a value's text as the field's type, saying why when it cannot.
    pub check: fn(&str) -> Result<(), SpannedError>,
}

impl FieldSpec {
    /// A field every record must give, of type `T`; `placeholder` stands in for it when it
    /// is missing or broken.
    pub const fn required<T: DeserializeOwned>(
        name: &'static str,
        placeholder: &'static str,
    ) -> Self {
        FieldSpec {
            name,
            placeholder: Some(placeholder),
            check: check_as::<T>,
        }
    }

    /// Optional fields are read as `Option<T>`, so both `8` and `Some(8)` pass.
    pub const fn optional<T: DeserializeOwned>(name: &'static str) -> Self {
        FieldSpec {
            name,
            placeholder: None,
            check: check_as::<Option<T>>,
        }
    }

    /// Whether a file must give the field.
    pub fn is_required(&self) -> bool {
        self.placeholder.is_some()
    }
}

fn check_as<T: DeserializeOwned>(text: &str) -> Result<(), SpannedError> {
    ron_options().from_str::<T>(text).map(drop)
}

/// A record's fields in file order, each with the raw text of its value (a slice of the
/// source, so its position is known).
pub(crate) struct FieldMap<'a> {
    /// Each field's name and the text of its value, in file order.
    pub fields: Vec<(String, &'a RawValue)>,
}

impl<'a> FieldMap<'a> {
    /// Reads `text` as a record named `name`, e.g. `Shoe( ... )`.
    pub fn parse(text: &'a str, name: &'static str) -> Result<Self, SpannedError> {
        ron_options().from_str_seed(text, FieldMapSeed { name })
    }

    /// Reads `text` as a record named `name`, with the list in its field `list` read item by
    /// item on the way (that field's own raw text is not kept): one pass over a large
    /// catalogue, where reading the record and then its list took two.
    pub fn parse_with_list(
        text: &'a str,
        name: &'static str,
        list: &'static str,
    ) -> Result<(Self, Vec<&'a RawValue>), SpannedError> {
        ron_options().from_str_seed(text, WithListSeed { name, list })
    }

    /// The text of `field`'s value, when the record gives it.
    pub fn get(&self, field: &str) -> Option<&'a RawValue> {
        self.fields
            .iter()
            .find(|(name, _)| name == field)
            .map(|(_, raw)| *raw)
    }

    /// The byte offset in `map`'s text where `field`'s value starts.
    pub fn value_offset(&self, map: &SourceMap, field: &str) -> Option<usize> {
        let raw = self.get(field)?;
        map.offset_of(raw.get_ron())
            .map(|offset| map.value_start(offset))
    }

    /// A string field's value, when it is one.
    pub fn string(&self, field: &str) -> Option<String> {
        self.get(field)
            .and_then(|raw| ron_options().from_str::<String>(raw.get_ron()).ok())
    }
}

struct FieldMapSeed {
    name: &'static str,
}

impl<'de> DeserializeSeed<'de> for FieldMapSeed {
    type Value = FieldMap<'de>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_struct(self.name, &[], FieldMapVisitor { name: self.name })
    }
}

struct FieldMapVisitor {
    name: &'static str,
}

impl<'de> Visitor<'de> for FieldMapVisitor {
    type Value = FieldMap<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "a {}( ... ) record", self.name)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
        let mut fields = Vec::new();
        while let Some(key) = access.next_key::<String>()? {
            let value: &'de RawValue = access.next_value()?;
            fields.push((key, value));
        }
        Ok(FieldMap { fields })
    }
}

struct WithListSeed {
    name: &'static str,
    list: &'static str,
}

impl<'de> DeserializeSeed<'de> for WithListSeed {
    type Value = (FieldMap<'de>, Vec<&'de RawValue>);

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_struct(self.name, &[], self)
    }
}

impl<'de> Visitor<'de> for WithListSeed {
    type Value = (FieldMap<'de>, Vec<&'de RawValue>);

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "a {}( ... ) record", self.name)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
        let mut fields = Vec::new();
        let mut items = Vec::new();
        while let Some(key) = access.next_key::<String>()? {
            if key == self.list {
                items = access.next_value()?;
            } else {
                fields.push((key, access.next_value()?));
            }
        }
        Ok((FieldMap { fields }, items))
    }
}

/// A problem found while reading a record, at an absolute position.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct FieldProblem {
    /// Where the problem is in the whole text.
    pub position: Position,
    /// What sort of problem it is.
    pub kind: DiagnosticKind,
    /// What is wrong, for the person editing the file.
    pub said: Say,
}

impl FieldProblem {
    /// The problem a RON error makes at `position`, `field` naming the value being read.
    pub fn from_ron(position: Position, code: &RonError, field: Option<&str>) -> Self {
        FieldProblem {
            position,
            kind: kind_of(code),
            said: describe_ron_error(code, field),
        }
    }
}

/// A record read field by field: its fields, and the known ones that are missing or broken.
pub(crate) struct CheckedRecord<'a> {
    /// Every field the record gives, good or not.
    pub fields: FieldMap<'a>,
    /// The known fields that are missing or whose value cannot be read.
    pub unusable: Vec<&'static str>,
}

impl CheckedRecord<'_> {
    /// The record's text with only its good known fields, and placeholders for required ones
    /// that are missing or broken: a record the typed parse accepts, so that the semantic
    /// checks can still look at the good fields.
    pub fn repaired(&self, name: &str, specs: &[FieldSpec]) -> String {
        let mut text = format!("{name}(");
        for spec in specs {
            let value = match self.fields.get(spec.name) {
                Some(raw) if !self.unusable.contains(&spec.name) => raw.get_ron(),
                _ => match spec.placeholder {
                    Some(placeholder) => placeholder,
                    None => continue,
                },
            };
            text.push_str(spec.name);
            text.push(':');
            text.push_str(value);
            text.push(',');
        }
        text.push(')');
        text
    }
}

/// Checks one record field by field: syntax, unknown, duplicate and missing fields, and each
/// value on its own. `text` must be a slice of `map`'s text. Returns the fields when the
/// record could be read at all.
pub(crate) fn check_record<'a>(
    map: &SourceMap,
    text: &'a str,
    name: &'static str,
    specs: &[FieldSpec],
    problems: &mut Vec<FieldProblem>,
) -> Option<CheckedRecord<'a>> {
    let fields = match FieldMap::parse(text, name) {
        Ok(fields) => fields,
        Err(error) => {
            problems.push(FieldProblem::from_ron(
                error_position(map, text, &error),
                &error.code,
                None,
            ));
            return None;
        }
    };
    let known: Vec<&str> = specs.iter().map(|spec| spec.name).collect();
    let mut unusable = Vec::new();
    // Known fields that an unknown one is probably a misspelling of: not also "missing".
    let mut misspelt = Vec::new();
    let mut search_from = map.offset_of(text).unwrap_or(0);
    for (index, (key, raw)) in fields.fields.iter().enumerate() {
        let value_text = raw.get_ron();
        let value_offset = map.offset_of(value_text).unwrap_or(search_from);
        let key_offset = map.text()[search_from..value_offset]
            .rfind(key.as_str())
            .map_or(value_offset, |i| search_from + i);
        search_from = value_offset + value_text.len();
        let Some(spec) = specs.iter().find(|spec| spec.name == key) else {
            misspelt.extend(closest(key, &known));
            problems.push(FieldProblem {
                position: map.position(key_offset),
                kind: DiagnosticKind::UnknownName,
                said: unknown_field(key, &known, Some(name)),
            });
            continue;
        };
        if fields.fields[..index]
            .iter()
            .any(|(earlier, _)| earlier == key)
        {
            problems.push(FieldProblem {
                position: map.position(key_offset),
                kind: DiagnosticKind::DuplicateField,
                said: Say::new("diag-field-twice").text("field", key.as_str()),
            });
            continue;
        }
        if let Err(error) = (spec.check)(value_text) {
            unusable.push(spec.name);
            problems.push(FieldProblem::from_ron(
                map.shift(value_text, error.span.start),
                &error.code,
                Some(spec.name),
            ));
        }
    }
    let mut missing: Vec<&str> = specs
        .iter()
        .filter(|spec| spec.is_required() && fields.get(spec.name).is_none())
        .map(|spec| spec.name)
        .collect();
    unusable.extend(&missing);
    missing.retain(|name| !misspelt.contains(name));
    if !missing.is_empty() {
        let start = map
            .offset_of(text)
            .map_or(0, |offset| map.value_start(offset));
        problems.push(FieldProblem {
            position: map.position(start),
            kind: DiagnosticKind::MissingField,
            said: Say::new("diag-missing-fields")
                .num("count", u32::try_from(missing.len()).unwrap_or(u32::MAX))
                .says("fields", vec![quoted_list(&missing)])
                .text("record", name),
        });
    }
    Some(CheckedRecord { fields, unusable })
}

/// Where to report a RON error found in `text`, a slice of `map`'s text: a missing comma is
/// reported where it belongs, after the previous value, not at the next field.
pub(crate) fn error_position(map: &SourceMap, text: &str, error: &SpannedError) -> Position {
    let position = map.shift(text, error.span.start);
    match error.code {
        RonError::ExpectedComma | RonError::ExpectedStructLikeEnd | RonError::ExpectedArrayEnd => {
            map.after_previous_value(position)
        }
        RonError::TrailingCharacters => map.position(map.value_start(map.offset(position))),
        _ => position,
    }
}

/// `a`, `b` and `c`, in the language it is said in.
pub(crate) fn quoted_list(names: &[&str]) -> Say {
    let quoted: Vec<String> = names.iter().map(|name| format!("`{name}`")).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => Say::new("diag-list-and")
            .text("first", rest.join(", "))
            .text("last", last.as_str()),
        _ => Say::new("diag-plain").text("text", quoted.concat()),
    }
}

/// The closest known name to a misspelt one, if any is close enough to be a likely typo.
pub(crate) fn closest<'k>(found: &str, known: &[&'k str]) -> Option<&'k str> {
    let lower = found.to_lowercase();
    known
        .iter()
        .map(|candidate| {
            let distance = strsim::damerau_levenshtein(&lower, &candidate.to_lowercase());
            (distance, *candidate)
        })
        .filter(|(distance, candidate)| *distance <= (candidate.len() / 3).max(2))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

/// An unknown field `found`, with the known one it is probably a misspelling of, or the
/// list of known ones; `outer` names the record it is in.
fn unknown_field(found: &str, known: &[&str], outer: Option<&str>) -> Say {
    let place = outer
        .map(|outer| Say::new("diag-in-record").text("record", outer))
        .into_iter()
        .collect();
    match closest(found, known) {
        Some(guess) => Say::new("diag-unknown-field-guess")
            .text("found", found)
            .says("place", place)
            .text("guess", guess),
        None => Say::new("diag-unknown-field")
            .text("found", found)
            .says("place", place)
            .text("known", known.join(", ")),
    }
}

/// What sort of problem a RON error is.
pub(crate) fn kind_of(code: &RonError) -> DiagnosticKind {
    match code {
        RonError::NoSuchEnumVariant { .. } | RonError::NoSuchStructField { .. } => {
            DiagnosticKind::UnknownName
        }
        RonError::MissingStructField { .. } => DiagnosticKind::MissingField,
        RonError::DuplicateStructField { .. } => DiagnosticKind::DuplicateField,
        RonError::ExpectedComma | RonError::ExpectedArrayEnd | RonError::ExpectedStructLikeEnd => {
            DiagnosticKind::MissingComma
        }
        RonError::ExpectedFloat
        | RonError::ExpectedInteger
        | RonError::FloatUnderscore
        | RonError::IntegerOutOfBounds
        | RonError::ExpectedString
        | RonError::ExpectedBoolean
        | RonError::ExpectedArray
        | RonError::ExpectedDifferentStructName { .. }
        | RonError::ExpectedNamedStructLike(_)
        | RonError::ExpectedStructName(_)
        | RonError::ExpectedStructLike
        | RonError::ExpectedDifferentLength { .. }
        | RonError::InvalidValueForType { .. } => DiagnosticKind::WrongType,
        RonError::Message(_) => DiagnosticKind::Other,
        _ => DiagnosticKind::Syntax,
    }
}

/// A RON error in words a catalogue editor can act on. `field` names the value being read.
pub(crate) fn describe_ron_error(code: &RonError, field: Option<&str>) -> Say {
    if let Some(said) = describe_name_error(code, field) {
        return said;
    }
    let subject = || {
        vec![field.map_or_else(
            || Say::new("diag-this-value"),
            |field| Say::new("diag-the-field").text("field", field),
        )]
    };
    let plain = |id: &'static str| Say::new(id);
    match code {
        RonError::ExpectedFloat | RonError::ExpectedInteger | RonError::FloatUnderscore => {
            Say::new("diag-must-be-number").says("subject", subject())
        }
        RonError::IntegerOutOfBounds => {
            Say::new("diag-number-too-large").says("subject", subject())
        }
        RonError::ExpectedString | RonError::ExpectedStringEnd => {
            Say::new("diag-must-be-text").says("subject", subject())
        }
        RonError::ExpectedBoolean => Say::new("diag-must-be-bool").says("subject", subject()),
        RonError::ExpectedArray => Say::new("diag-must-be-list").says("subject", subject()),
        RonError::ExpectedArrayEnd => plain("diag-comma-or-bracket"),
        RonError::ExpectedComma => plain("diag-comma"),
        RonError::ExpectedDifferentStructName { expected, found } => {
            Say::new("diag-expected-record-found")
                .text("expected", *expected)
                .text("found", found.as_str())
        }
        RonError::ExpectedNamedStructLike(name) => {
            Say::new("diag-expected-record").text("record", *name)
        }
        RonError::ExpectedStructName(name) => {
            Say::new("diag-expected-record").text("record", name.as_str())
        }
        RonError::ExpectedStructLike => plain("diag-expected-parentheses"),
        RonError::ExpectedStructLikeEnd => plain("diag-comma-or-paren"),
        RonError::ExpectedDifferentLength { expected, found } if expected.contains("size 2") => {
            Say::new("diag-must-be-pair")
                .says("subject", subject())
                .num("found", u32::try_from(*found).unwrap_or(u32::MAX))
        }
        RonError::ExpectedDifferentLength { expected, found } => Say::new("diag-wrong-length")
            .says("subject", subject())
            .text("expected", expected.as_str())
            .num("found", u32::try_from(*found).unwrap_or(u32::MAX)),
        RonError::InvalidValueForType { expected, found } => Say::new("diag-invalid-value")
            .says("subject", subject())
            .text("expected", expected.as_str())
            .text("found", found.as_str()),
        RonError::Eof => plain("diag-eof"),
        RonError::TrailingCharacters => plain("diag-trailing"),
        RonError::ExceededRecursionLimit => plain("diag-too-deep"),
        RonError::UnclosedBlockComment => plain("diag-unclosed-comment"),
        RonError::UnexpectedChar(c) => Say::new("diag-unexpected-char").text("char", c.to_string()),
        // Words from the reader or from serde, which have no other language.
        RonError::Message(message) => Say::new("diag-plain").text("text", message.as_str()),
        other => Say::new("diag-plain").text("text", other.to_string()),
    }
}

/// A name the format does not have, or a field missing or given twice; `None` for the
/// other errors.
fn describe_name_error(code: &RonError, field: Option<&str>) -> Option<Say> {
    let said = match code {
        RonError::NoSuchEnumVariant {
            expected, found, ..
        } => {
            let place = field
                .map(|field| Say::new("diag-for-field").text("field", field))
                .into_iter()
                .collect();
            match closest(found, expected) {
                Some(guess) => Say::new("diag-unknown-value-guess")
                    .text("found", found.as_str())
                    .says("place", place)
                    .text("guess", guess),
                None => Say::new("diag-unknown-value")
                    .text("found", found.as_str())
                    .says("place", place)
                    .text("known", expected.join(", ")),
            }
        }
        RonError::NoSuchStructField {
            expected,
            found,
            outer,
        } => unknown_field(found, expected, outer.as_deref()),
        RonError::MissingStructField {
            field: missing,
            outer,
        } => {
            let said = Say::new("diag-missing-field").text("field", missing.to_string());
            match outer {
                Some(outer) => said.text("record", outer.as_str()),
                None => said.word("record", "diag-the-record"),
            }
        }
        RonError::DuplicateStructField { field: twice, .. } => {
            Say::new("diag-field-twice").text("field", twice.to_string())
        }
        _ => return None,
    };
    Some(said)
}
