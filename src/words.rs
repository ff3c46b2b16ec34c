//! Words apart from rules. The rules say what they found as a [`Say`]: which message, with
//! which numbers and names; a language's [`Words`] put it into a sentence. The sentences live
//! in Project Fluent files, `assets/i18n/<language>/*.ftl`, built into the program, so a
//! language is added or reworded without touching a rule, and plural forms follow each
//! language's own rules (Russian has three).

use crate::units::WeightUnit;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use include_dir::{Dir, include_dir};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::sync::OnceLock;

/// The message files of every language, one folder per language.
static FILES: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/assets/i18n");

/// A language the product speaks.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, clap::ValueEnum,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English, the language of the command line unless told otherwise.
    #[default]
    En,
    /// Russian.
    Ru,
}

impl Lang {
    /// Every language, in the order the View menu lists them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ru];

    /// The language's code: its folder under `assets/i18n` and its name in settings.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
        }
    }

    /// The language's name in itself, as a menu lists it.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ru => "Русский",
        }
    }

    /// The language of a locale such as `ru-RU` or `en_GB.UTF-8`; English for any other.
    pub fn of_locale(locale: &str) -> Lang {
        let code = locale
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code() == code)
            .unwrap_or_default()
    }

    /// The language by its code (`en`, `ru`).
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
    }

    /// This language's words.
    pub fn words(self) -> &'static Words {
        static ALL: OnceLock<[Words; 2]> = OnceLock::new();
        let all = ALL.get_or_init(|| Lang::ALL.map(Words::load));
        &all[self as usize]
    }
}

/// Something to say: a message and its arguments. Made by the rules, put into words by a
/// language's [`Words`].
#[derive(Debug, Clone, PartialEq)]
pub struct Say {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
}

/// An argument of a message.
#[derive(Debug, Clone, PartialEq)]
enum Arg {
    /// Shown as it is: a name, or a number already formatted with its unit.
    Text(String),
    /// A count or an amount: plural forms are chosen by it.
    Number(f64),
    /// Another message, said in the same language (a cushioning level, a surface...).
    Message(&'static str),
    /// Other messages, said in the same language and joined by commas (a shoe's widths).
    List(Vec<&'static str>),
    /// Other findings, said in the same language and joined by commas.
    Says(Vec<Say>),
    /// A body weight in kilograms, said in the unit the runner chose.
    Weight(f64),
}

impl Say {
    /// The message `id`, with no arguments yet.
    pub fn new(id: &'static str) -> Say {
        Say {
            id,
            args: Vec::new(),
        }
    }

    /// The message's id, which names the rule that spoke.
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The same finding, said by the message `id` (which may leave some arguments unsaid):
    /// the same problem worded for another place.
    #[must_use]
    pub fn reworded(&self, id: &'static str) -> Say {
        Say {
            id,
            args: self.args.clone(),
        }
    }

    /// With `name` shown as `value`: a name, a path, text quoted from a file. Text longer
    /// than [`QUOTED_CHARS`] is cut in the middle with `…`, so a hostile file's 10-million-
    /// character id is said in a line, not in megabytes.
    #[must_use]
    pub fn text(mut self, name: &'static str, value: impl Into<String>) -> Say {
        self.args.push((name, Arg::Text(quoted(value.into()))));
        self
    }

    /// With `name` the number `value`, which may choose a plural form.
    #[must_use]
    pub fn num(mut self, name: &'static str, value: impl Into<f64>) -> Say {
        self.args.push((name, Arg::Number(value.into())));
        self
    }

    /// With `name` a body weight given in kilograms: said with its unit, in kilograms to a
    /// tenth or in whole pounds, as the words are asked for ([`Words::say_in`]).
    #[must_use]
    pub fn kg(mut self, name: &'static str, kg: f64) -> Say {
        self.args.push((name, Arg::Weight(kg)));
        self
    }

    /// With `name` the words of the message `id`.
    #[must_use]
    pub fn word(mut self, name: &'static str, id: &'static str) -> Say {
        self.args.push((name, Arg::Message(id)));
        self
    }

    /// With `name` the words of the messages `ids`, joined by commas.
    #[must_use]
    pub fn words(mut self, name: &'static str, ids: impl IntoIterator<Item = &'static str>) -> Say {
        self.args.push((name, Arg::List(ids.into_iter().collect())));
        self
    }

    /// With `name` what each of `says` says, joined by commas.
    #[must_use]
    pub fn says(mut self, name: &'static str, says: Vec<Say>) -> Say {
        self.args.push((name, Arg::Says(says)));
        self
    }
}

/// The most characters of any one text said in a message; longer text is cut.
pub const QUOTED_CHARS: usize = 200;

/// `text` cut to at most [`QUOTED_CHARS`] characters: its start and its end (where a path's
/// file name is) with `…` between.
pub fn quoted(text: String) -> String {
    // A name that was not UTF-8 (a path) has U+FFFD where its bytes were: no font the
    // window carries can draw it.
    let text = if text.contains('\u{fffd}') {
        text.replace('\u{fffd}', "?")
    } else {
        text
    };
    if text.len() <= QUOTED_CHARS {
        return text;
    }
    let count = text.chars().count();
    if count <= QUOTED_CHARS {
        return text;
    }
    let head = QUOTED_CHARS * 2 / 3;
    let tail = QUOTED_CHARS - head - 1;
    let mut cut: String = text.chars().take(head).collect();
    cut.push('…');
    cut.extend(text.chars().skip(count - tail));
    cut
}

impl Serialize for Say {
    /// As its message id: the JSON names the rule, whatever the language of its text.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id)
    }
}

/// One language's messages.
pub struct Words {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl Words {
    fn load(lang: Lang) -> Words {
        let id = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Plain text out: no bidirectional isolation marks around arguments.
        bundle.set_use_isolating(false);
        if lang == Lang::Ru {
            bundle.set_formatter(Some(decimal_comma));
        }
        for (name, text) in files(lang) {
            // The tests hold every file to parsing; should one not, what parses is kept.
            let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, e)| {
                debug_assert!(e.is_empty(), "{name}: {e:?}");
                r
            });
            let added = bundle.add_resource(resource);
            debug_assert!(added.is_ok(), "{name}: {added:?}");
        }
        Words { lang, bundle }
    }

    /// The language of these words.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The message `id`, without arguments.
    pub fn get(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// What `say` says, in these words, weights in kilograms.
    pub fn say(&self, say: &Say) -> String {
        self.say_in(say, WeightUnit::Kg)
    }

    /// What `say` says, in these words, body weights in `unit`.
    pub fn say_in(&self, say: &Say, unit: WeightUnit) -> String {
        let mut args = FluentArgs::new();
        for (name, arg) in &say.args {
            let value = match arg {
                Arg::Text(text) => FluentValue::from(text.as_str()),
                Arg::Number(number) => FluentValue::from(*number),
                Arg::Message(id) => FluentValue::from(self.get(id)),
                Arg::List(ids) => {
                    let words: Vec<String> = ids.iter().map(|id| self.get(id)).collect();
                    FluentValue::from(words.join(", "))
                }
                Arg::Says(says) => {
                    let words: Vec<String> =
                        says.iter().map(|say| self.say_in(say, unit)).collect();
                    FluentValue::from(words.join(", "))
                }
                Arg::Weight(kg) => FluentValue::from(self.weight(*kg, unit)),
            };
            args.set(*name, value);
        }
        self.format(say.id, Some(&args))
    }

    /// A body weight given in kilograms, with its unit: "72.5 kg", "160 lb".
    pub fn weight(&self, kg: f64, unit: WeightUnit) -> String {
        let said = match unit {
            WeightUnit::Kg => Say::new("weight-kg").num("kg", (kg * 10.0).round() / 10.0),
            WeightUnit::Lb => Say::new("weight-lb").num("lb", unit.from_kg(kg).round()),
        };
        self.say(&said)
    }

    /// The message `id` with `args`; the English one should this language lack it, and the
    /// id itself should both (the tests hold every message to both languages).
    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let pattern = self.bundle.get_message(id).and_then(|m| m.value());
        match pattern {
            Some(pattern) => {
                let mut errors = Vec::new();
                let text = self.bundle.format_pattern(pattern, args, &mut errors);
                debug_assert!(errors.is_empty(), "{id}: {errors:?}");
                Cow::into_owned(text)
            }
            None if self.lang != Lang::En => Lang::En.words().format(id, args),
            None => {
                debug_assert!(false, "no message {id}");
                id.to_string()
            }
        }
    }
}

/// A number as Russian writes it: a decimal comma (72,5 кг), the rest as Fluent does.
fn decimal_comma<M>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(number) => Some(number.as_string().replace('.', ",")),
        _ => None,
    }
}

/// The message files of `lang`, by name, in a stable order.
pub fn files(lang: Lang) -> Vec<(&'static str, &'static str)> {
    let mut files: Vec<_> = FILES
        .get_dir(lang.code())
        .map(|dir| {
            dir.files()
                .filter_map(|f| Some((f.path().to_str()?, f.contents_utf8()?)))
                .collect()
        })
        .unwrap_or_default();
    files.sort_unstable();
    files
}

#[cfg(test)]
mod tests {
    use super::{Lang, QUOTED_CHARS, Say, quoted};

    /// A long text in a message is cut to a readable length, keeping its start and end.
    #[test]
    fn long_text_is_cut_in_the_middle() {
        let id = format!("start{}end", "x".repeat(10_000_000));
        let cut = quoted(id);
        assert_eq!(cut.chars().count(), QUOTED_CHARS);
        assert!(cut.starts_with("start") && cut.ends_with("end") && cut.contains('…'));
        assert_eq!(quoted("short".to_string()), "short");
        let said = Lang::En.words().say(
            &Say::new("diagnostic-in-shoe")
                .text("shoe", "é".repeat(1_000))
                .says("problem", vec![]),
        );
        assert!(said.chars().count() < 2 * QUOTED_CHARS, "{said}");
    }

    #[test]
    fn a_locale_picks_its_language_and_anything_else_is_english() {
        assert_eq!(Lang::of_locale("ru-RU"), Lang::Ru);
        assert_eq!(Lang::of_locale("ru_RU.UTF-8"), Lang::Ru);
        assert_eq!(Lang::of_locale("en-GB"), Lang::En);
        assert_eq!(Lang::of_locale("de-DE"), Lang::En);
        assert_eq!(Lang::of_locale(""), Lang::En);
    }
}
