//! What a shoe's notes say in words that a typed field could hold: how a stability shoe
//! guides the foot, how its foam feels. Notes are for people; the rules read the typed
//! fields first and fall back on these words only for catalogues without them, never
//! reading a denial ("no medial post") as the thing; `check` suggests the typed field.

use super::{Foam, Guidance, Plate, Shoe, Support};
use crate::words::Say;

/// A shoe's notes: the shop's own words, with the foam feel they speak of read once, when
/// they are made, as ranking asks it of every shoe the catalogue gives no `foam`. The words
/// cannot change without the feel read again: a new text is a new `ShoeNotes`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShoeNotes {
    text: String,
    foam: Option<Foam>,
}

impl ShoeNotes {
    /// The notes `text`, its foam words read.
    pub fn new(text: impl Into<String>) -> ShoeNotes {
        let text = text.into();
        let foam = foam_said(&text);
        ShoeNotes { text, foam }
    }

    /// The words as the shop wrote them.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The foam feel the words speak of ("firm", "soft", "plush", "balanced"), when they do.
    #[inline]
    pub fn foam_said(&self) -> Option<Foam> {
        self.foam
    }
}

impl std::ops::Deref for ShoeNotes {
    type Target = str;
    fn deref(&self) -> &str {
        &self.text
    }
}

impl From<String> for ShoeNotes {
    fn from(text: String) -> ShoeNotes {
        ShoeNotes::new(text)
    }
}

impl From<&str> for ShoeNotes {
    fn from(text: &str) -> ShoeNotes {
        ShoeNotes::new(text)
    }
}

impl serde::Serialize for ShoeNotes {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.text)
    }
}

impl<'de> serde::Deserialize<'de> for ShoeNotes {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<ShoeNotes, D::Error> {
        String::deserialize(deserializer).map(ShoeNotes::new)
    }
}

/// Words in a shoe's notes and the way of guiding the foot they name.
struct Vocabulary {
    words: &'static [&'static str],
    way: Guidance,
}

/// How stability shoes guide the foot, by the words shops and makers use.
const GUIDANCE: &[Vocabulary] = &[
    Vocabulary {
        words: &["guiderail", "guide rail"],
        way: Guidance::GuideRails,
    },
    Vocabulary {
        words: &["medial post", "dual-density", "dual density"],
        way: Guidance::MedialPost,
    },
    Vocabulary {
        words: &["j-frame", "firmer medial", "firm medial", "medial support"],
        way: Guidance::InnerFoam,
    },
    Vocabulary {
        words: &[
            "h-frame",
            "centerpath",
            "sidewall",
            "wide base",
            "wider base",
        ],
        way: Guidance::WideBase,
    },
    Vocabulary {
        words: &["wave plate"],
        way: Guidance::Plate,
    },
    Vocabulary {
        words: &["geometry", "guidance system", "3d guidance", "4d guidance"],
        way: Guidance::Geometry,
    },
];

/// Words that deny what follows them: "no medial post", "without a plate".
const DENIALS: [&str; 5] = ["no", "not", "without", "never", "non"];

/// Where `text` (lower case) says `phrase`: true when it says it, false when it only denies
/// it, none when it does not speak of it. A denial is "no", "not", "without" or "never" at
/// most [`DENIAL_REACH`] words before the phrase in the same part of a sentence ("no firm
/// medial post", "without a dual-density post"), carried on through "or" and "nor" ("no
/// post or guide rails"), never past a comma, a dash, a line's end, "but", "and" or "yet"
/// ("no plate, but a wide base"); "non" denies only the word it is joined to ("non-plated").
pub fn says(text: &str, phrase: &str) -> Option<bool> {
    let mut denied = None;
    for (at, _) in text.match_indices(phrase) {
        let clause = &text[text[..at].rfind(CLAUSE_ENDS).map_or(0, |end| {
            end + text[end..].chars().next().map_or(1, char::len_utf8)
        })..at];
        if is_denied(clause) {
            denied = Some(false);
        } else {
            return Some(true);
        }
    }
    denied
}

/// Whether the words of `before`, the part of a sentence up to a phrase, deny it.
fn is_denied(before: &str) -> bool {
    let mut reach = 0;
    for (place, word) in before
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .rev()
        .enumerate()
    {
        if CLAUSE_JOINS.contains(&word) {
            return false;
        }
        if matches!(word, "or" | "nor") {
            reach = 0;
            continue;
        }
        let denies = match word {
            "non" => place == 0,
            _ => DENIALS.contains(&word),
        };
        if denies && reach < DENIAL_REACH {
            return true;
        }
        reach += 1;
    }
    false
}

/// What ends a part of a sentence, past which a denial does not reach.
const CLAUSE_ENDS: [char; 12] = ['.', ',', ';', ':', '!', '?', '(', ')', '\n', '—', '–', '/'];

/// How many words before a phrase a denial reaches.
const DENIAL_REACH: usize = 4;

/// Words that start a new part of a sentence, past which a denial does not reach.
const CLAUSE_JOINS: [&str; 3] = ["but", "and", "yet"];

/// The ways of guiding the foot that `notes` speak of, each with the words found and
/// whether they say it (true) or deny it (false), in the order of [`GUIDANCE`].
pub fn guidance_said(notes: &str) -> Vec<(Guidance, &'static str, bool)> {
    guidance_in(&notes.to_lowercase())
}

/// As [`guidance_said`], of notes already in lower case.
fn guidance_in(notes: &str) -> Vec<(Guidance, &'static str, bool)> {
    GUIDANCE
        .iter()
        .filter_map(|v| {
            let mut found = None;
            for word in v.words {
                match says(notes, word) {
                    Some(true) => return Some((v.way, *word, true)),
                    Some(false) => found = found.or(Some((v.way, *word, false))),
                    None => {}
                }
            }
            found
        })
        .collect()
}

/// The foam feel `notes` speak of ("firm", "soft", "plush", "balanced"), when they do.
pub fn foam_said(notes: &str) -> Option<Foam> {
    let said = foam_words(notes);
    if said.balanced {
        return Some(Foam::Balanced);
    }
    match (said.firm, said.soft) {
        (true, false) => Some(Foam::Firm),
        (false, true) => Some(Foam::Soft),
        (true, true) => Some(Foam::Balanced),
        (false, false) => None,
    }
}

/// What a text says of a foam's feel.
#[derive(Debug, Default, PartialEq)]
struct FoamWords {
    balanced: bool,
    firm: bool,
    soft: bool,
}

/// The words of `notes` that say how a foam feels, read as whole words (case aside) and not
/// right after "not", "less", "never", "no" or "without": one pass over the text, with no copy of it, as a
/// ranking asks this of every shoe that has no `foam`.
fn foam_words(notes: &str) -> FoamWords {
    // Plain ASCII notes (most) are split as bytes; others by Unicode letters.
    if notes.is_ascii() {
        scan_foam(notes.as_bytes().split(|b| !b.is_ascii_alphabetic()))
    } else {
        scan_foam(notes.split(|c: char| !c.is_alphabetic()).map(str::as_bytes))
    }
}

/// What the `words` of a text say of a foam's feel.
fn scan_foam<'a>(words: impl Iterator<Item = &'a [u8]>) -> FoamWords {
    const FIRM: [&str; 2] = ["firm", "firmer"];
    const SOFT: [&str; 6] = ["soft", "softer", "plush", "pillowy", "squishy", "bouncy"];
    const DENIED: [&str; 5] = ["not", "less", "never", "no", "without"];
    let is = |word: &[u8], one: &str| word.eq_ignore_ascii_case(one.as_bytes());
    let denied = |by: &[u8]| DENIED.iter().any(|no| is(by, no));
    let mut said = FoamWords::default();
    let mut previous: &[u8] = &[];
    let mut before_previous: &[u8] = &[];
    let mut further_back: &[u8] = &[];
    for word in words {
        if word.is_empty() {
            continue;
        }
        // Only words of four to eight letters starting so can say a feel: the rest, most
        // of any text, are passed over at once.
        let may_say = (4..=8).contains(&word.len())
            && matches!(
                word[0].to_ascii_lowercase(),
                b'b' | b'f' | b's' | b'p' | b'r'
            );
        if may_say {
            if is(word, "balanced") {
                said.balanced |= !denied(previous);
            } else if FIRM.iter().any(|firm| is(word, firm)) {
                said.firm |= !denied(previous);
            } else if SOFT.iter().any(|soft| is(word, soft)) {
                said.soft |= !denied(previous);
            } else if is(word, "ride")
                && is(previous, "stable")
                && !denied(before_previous)
                && !denied(further_back)
            {
                // "a stable ride" says firm, unless it is "not a stable ride".
                said.firm = true;
            }
        }
        further_back = before_previous;
        before_previous = previous;
        previous = word;
    }
    said
}

/// Plate materials as notes name them, each followed by "plate" or "-plated".
const PLATES: [(&str, Plate); 6] = [
    ("carbon", Plate::Carbon),
    ("carbon fiber", Plate::Carbon),
    ("nylon", Plate::Nylon),
    ("pebax", Plate::Plastic),
    ("tpu", Plate::Plastic),
    ("plastic", Plate::Plastic),
];

/// What `notes` say a plate is made of: the material, and whether they say it (true) or
/// deny it (false).
fn plate_said(notes: &str) -> Option<(Plate, bool)> {
    let mut denied = None;
    for (material, plate) in PLATES {
        for phrase in [format!("{material} plate"), format!("{material}-plate")] {
            match says(notes, &phrase) {
                Some(true) => return Some((plate, true)),
                Some(false) => denied = denied.or(Some((plate, false))),
                None => {}
            }
        }
    }
    denied
}

/// Where a shoe's notes say what a typed field could hold, or contradict one: each as the
/// field to point at and what to say, a warning. The rules read the typed fields first.
pub(crate) fn problems(shoe: &Shoe) -> Vec<(&'static str, Say)> {
    let mut problems = Vec::new();
    let Some(notes) = shoe.notes.as_deref() else {
        return problems;
    };
    let lower = notes.to_lowercase();
    let guidance = guidance_in(&lower);
    match &shoe.guidance {
        None if shoe.support != Support::Neutral => {
            let said: Vec<_> = guidance.iter().filter(|(_, _, says)| *says).collect();
            if let Some((_, words, _)) = said.first() {
                let ways: Vec<&str> = said.iter().map(|(way, _, _)| way.as_str()).collect();
                problems.push((
                    "notes",
                    Say::new("check-notes-guidance")
                        .text("words", *words)
                        .text("field", format!("guidance: [{}]", ways.join(", "))),
                ));
            }
        }
        Some(ways) => {
            for (way, words, _) in guidance.iter().filter(|(_, _, says)| !says) {
                if ways.contains(way) {
                    problems.push((
                        "guidance",
                        Say::new("check-notes-deny-guidance")
                            .text("way", way.as_str())
                            .text("words", *words),
                    ));
                }
            }
        }
        None => {}
    }
    match (shoe.plate, plate_said(&lower)) {
        (None, Some((plate, true))) => problems.push((
            "notes",
            Say::new("check-notes-plate").text("field", format!("plate: {plate}")),
        )),
        (Some(plate), Some((other, true))) if other != plate => problems.push((
            "plate",
            Say::new("check-notes-other-plate")
                .text("plate", plate.as_str())
                .text("other", other.as_str()),
        )),
        (Some(plate), _) if says(&lower, "plate") == Some(false) => problems.push((
            "plate",
            Say::new("check-notes-no-plate").text("plate", plate.as_str()),
        )),
        _ => {}
    }
    let unconfirmed = [
        "widths unconfirmed",
        "width unconfirmed",
        "widths are unconfirmed",
    ]
    .iter()
    .any(|phrase| says(&lower, phrase) == Some(true));
    if unconfirmed && shoe.widths_confirmed.is_none() {
        problems.push(("notes", Say::new("check-notes-widths")));
    }
    if shoe.foam.is_none()
        && let Some(foam) = foam_said(notes)
    {
        problems.push((
            "notes",
            Say::new("check-notes-foam").text("field", format!("foam: {foam}")),
        ));
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Notes carry the feel their words say from the moment they are made or read: what
    /// ranking asks of them without reading the words again.
    #[test]
    fn notes_carry_the_feel_their_words_say() {
        for (text, feel) in [
            ("A plush, pillowy ride.", Some(Foam::Soft)),
            ("Firm and fast.", Some(Foam::Firm)),
            ("Not soft at all: firm underfoot.", Some(Foam::Firm)),
            ("A balanced midsole.", Some(Foam::Balanced)),
            ("Made in two widths.", None),
        ] {
            assert_eq!(ShoeNotes::new(text).foam_said(), feel, "{text}");
            assert_eq!(ShoeNotes::from(text).as_str(), text);
        }
        let read: ShoeNotes = ron::from_str("\"Soft foam\"").expect("a string");
        assert_eq!(read.foam_said(), Some(Foam::Soft));
        assert_eq!(ron::to_string(&read).expect("written"), "\"Soft foam\"");
    }

    /// A denial denies what follows it in the same part of a sentence, a few words on, and
    /// through "or"; never past a comma, a dash, a line's end or "but".
    #[test]
    fn a_denial_reaches_its_own_words_only() {
        let said = |text: &str, phrase: &str| says(text, phrase);
        assert_eq!(said("no medial post", "medial post"), Some(false));
        assert_eq!(said("no firm medial post", "medial post"), Some(false));
        assert_eq!(
            said("without a dual-density medial post", "medial post"),
            Some(false)
        );
        assert_eq!(
            said("no medial post or guide rails", "guide rails"),
            Some(false)
        );
        assert_eq!(said("no plate, but guide rails", "guide rails"), Some(true));
        assert_eq!(said("no plate and guide rails", "guide rails"), Some(true));
        assert_eq!(
            said("no carbon plate\nguide rails", "guide rails"),
            Some(true)
        );
        assert_eq!(
            said("stable ride — no plate — medial post", "medial post"),
            Some(true)
        );
        assert_eq!(
            said("non-slip outsole with a medial post", "medial post"),
            Some(true)
        );
        assert_eq!(said("a non-plated shoe", "plate"), Some(false));
        assert_eq!(
            said("not as soft as the ghost with guide rails", "guide rails"),
            Some(true)
        );
        assert_eq!(said("a light shoe", "medial post"), None);
        // Said once plainly, it is said, whatever else denies it.
        assert_eq!(
            said("no post here; a medial post there", "medial post"),
            Some(true)
        );
    }

    #[test]
    fn notes_words_are_read_as_whole_words_and_not_when_denied() {
        let soft = FoamWords {
            soft: true,
            ..FoamWords::default()
        };
        let firm = FoamWords {
            firm: true,
            ..FoamWords::default()
        };
        assert_eq!(foam_words("a soft ride"), soft);
        assert_eq!(foam_words("A Soft ride"), soft);
        assert_eq!(foam_words("a softer ride"), soft);
        assert_eq!(foam_words("not soft at all"), FoamWords::default());
        assert_eq!(foam_words("firm, stable"), firm);
        assert_eq!(foam_words("a firm-ish midsole"), firm);
        assert_eq!(foam_words("a stable ride"), firm);
        assert_eq!(foam_words("not a stable ride"), FoamWords::default());
        assert_eq!(foam_words("not stable ride"), FoamWords::default());
        assert_eq!(foam_words("confirmed figures"), FoamWords::default());
        assert_eq!(foam_words("softened heel"), FoamWords::default());
        assert!(foam_words("balanced and bouncy").balanced);
        assert_eq!(foam_words("no soft foam here"), FoamWords::default());
        // Notes with letters beyond ASCII are read by letters, as plain ones are by bytes.
        assert_eq!(foam_words("Мягкая пена, soft—and light"), soft);
        assert_eq!(foam_words("Жёсткая: not soft"), FoamWords::default());
        assert_eq!(foam_words("without firm foam"), FoamWords::default());
    }
}
