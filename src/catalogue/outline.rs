//! Where things start in a catalogue text that the typed parse has already read: the top
//! record's fields, each shoe and each shoe's fields. One quick pass over the bytes, so that a
//! large catalogue with a warning on every shoe is placed in a fraction of its parse. It follows
//! RON's tokens only as far as positions need (brackets, commas, colons, names, strings and
//! comments); the caller checks the shoe count against the parse and otherwise reads the text
//! with RON itself.

use super::source::{is_ron_space, skip_blank};

/// A token, as far as positions need one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Token<'a> {
    /// `(`, `[` or `{`.
    Open(u8),
    /// `)`, `]` or `}`.
    Close,
    Comma,
    Colon,
    /// A name (or a number: only a name before a colon matters).
    Word(&'a str),
    /// A string, a character or a sign.
    Other,
}

/// The text is not RON as this pass follows it.
#[derive(Debug)]
struct Lost;

struct Lexer<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Lexer<'a> {
    fn new(text: &'a str, at: usize) -> Self {
        Lexer { text, at }
    }

    fn byte(&self, at: usize) -> Option<u8> {
        self.text.as_bytes().get(at).copied()
    }

    /// The next token and where it starts; `None` at the end of the text.
    fn next(&mut self) -> Result<Option<(usize, Token<'a>)>, Lost> {
        let bytes = self.text.as_bytes();
        // Plain spaces and line breaks first, indentation eight at a time; comments and
        // Unicode spaces are rarer.
        loop {
            match bytes.get(self.at..self.at + 8) {
                Some(eight) if eight == b"        " => self.at += 8,
                _ => match bytes.get(self.at) {
                    Some(b' ' | b'\n' | b'\t' | b'\r') => self.at += 1,
                    _ => break,
                },
            }
        }
        if let Some(b'/' | 0x0B | 0x0C | 0x80..) = bytes.get(self.at) {
            self.at += skip_blank(&self.text[self.at..]);
        }
        let start = self.at;
        let Some(byte) = self.byte(start) else {
            return Ok(None);
        };
        let token = match byte {
            b'(' | b'[' | b'{' => {
                self.at += 1;
                Token::Open(byte)
            }
            b')' | b']' | b'}' => {
                self.at += 1;
                Token::Close
            }
            b',' => {
                self.at += 1;
                Token::Comma
            }
            b':' => {
                self.at += 1;
                Token::Colon
            }
            b'"' => {
                self.at = self.quoted(start + 1, b'"')?;
                Token::Other
            }
            b'\'' => {
                self.at = self.quoted(start + 1, b'\'')?;
                Token::Other
            }
            b'b' if self.byte(start + 1) == Some(b'"') => {
                self.at = self.quoted(start + 2, b'"')?;
                Token::Other
            }
            b'b' if self.byte(start + 1) == Some(b'\'') => {
                self.at = self.quoted(start + 2, b'\'')?;
                Token::Other
            }
            b'b' if self.byte(start + 1) == Some(b'r') && self.raw_string(start + 2)? => {
                Token::Other
            }
            b'r' if self.raw_string(start + 1)? => Token::Other,
            b'r' if self.byte(start + 1) == Some(b'#') => {
                // A raw name, `r#name`: the name is what follows.
                let end = self.word_end(start + 2);
                self.at = end;
                Token::Word(&self.text[start + 2..end])
            }
            _ if is_word_byte(byte) || byte >= 0x80 => {
                let end = self.word_end(start);
                if end == start {
                    // A character that is neither blank nor part of a name.
                    self.at += self.text[start..].chars().next().map_or(1, char::len_utf8);
                    Token::Other
                } else {
                    self.at = end;
                    Token::Word(&self.text[start..end])
                }
            }
            _ => {
                self.at += 1;
                Token::Other
            }
        };
        Ok(Some((start, token)))
    }

    /// Past the top record's `(`: the first one outside brackets (after `#![enable(...)]`).
    fn enter_top_record(&mut self) -> Result<(), Lost> {
        let mut depth = 0usize;
        loop {
            match self.next()?.ok_or(Lost)?.1 {
                Token::Open(b'(') if depth == 0 => return Ok(()),
                Token::Open(_) => depth += 1,
                Token::Close => depth = depth.checked_sub(1).ok_or(Lost)?,
                _ => {}
            }
        }
    }

    /// Past a value, up to the `,` or closing bracket that ends it: a quicker walk than
    /// token by token, minding only brackets, strings, characters and comments.
    fn skip_value(&mut self) -> Result<(), Lost> {
        let bytes = self.text.as_bytes();
        let mut depth = 0usize;
        let mut at = self.at;
        loop {
            let Some(&byte) = bytes.get(at) else {
                return Err(Lost);
            };
            match byte {
                b'(' | b'[' | b'{' => {
                    depth += 1;
                    at += 1;
                }
                b')' | b']' | b'}' | b',' if depth == 0 => {
                    self.at = at;
                    return Ok(());
                }
                b')' | b']' | b'}' => {
                    depth -= 1;
                    at += 1;
                }
                b'"' => at = self.string_at(at)?,
                b'\'' => at = self.quoted(at + 1, b'\'')?,
                b'/' => at += skip_blank(&self.text[at..]).max(1),
                _ => at += 1,
            }
        }
    }

    /// The end of the string whose opening quote is at `quote`; a raw string when the quote
    /// follows `r` (or `br`) and hashes at the start of a token.
    fn string_at(&self, quote: usize) -> Result<usize, Lost> {
        let bytes = self.text.as_bytes();
        let hashes = bytes[..quote]
            .iter()
            .rev()
            .take_while(|&&b| b == b'#')
            .count();
        let r = quote - hashes;
        let raw = r >= 1 && bytes[r - 1] == b'r' && {
            let before = if r >= 2 && bytes[r - 2] == b'b' {
                r - 2
            } else {
                r - 1
            };
            before == 0 || !is_word_byte(bytes[before - 1])
        };
        if raw {
            self.raw_end(quote + 1, hashes)
        } else {
            self.quoted(quote + 1, b'"')
        }
    }

    /// The end of a raw string whose body starts at `from`: past the `"` followed by as
    /// many `#` as opened it.
    fn raw_end(&self, from: usize, hashes: usize) -> Result<usize, Lost> {
        let bytes = self.text.as_bytes();
        let mut at = from;
        loop {
            let Some(next) = bytes[at.min(bytes.len())..].iter().position(|&b| b == b'"') else {
                return Err(Lost);
            };
            at += next + 1;
            let closing = bytes[at.min(bytes.len())..]
                .iter()
                .take(hashes)
                .take_while(|&&b| b == b'#')
                .count();
            if closing == hashes {
                return Ok(at + hashes);
            }
        }
    }

    /// The end of a string or character whose body starts at `from`: past the closing
    /// `quote`, stepping over escapes.
    fn quoted(&self, from: usize, quote: u8) -> Result<usize, Lost> {
        let bytes = self.text.as_bytes();
        let mut at = from;
        loop {
            match bytes.get(at) {
                None => return Err(Lost),
                Some(b'\\') => at += 2,
                Some(&b) if b == quote => return Ok(at + 1),
                Some(_) => at += 1,
            }
        }
    }

    /// A raw string whose hashes start at `from` (just past `r`): moves past it and says so,
    /// or says it is not one.
    fn raw_string(&mut self, from: usize) -> Result<bool, Lost> {
        let bytes = self.text.as_bytes();
        let hashes = bytes[from.min(bytes.len())..]
            .iter()
            .take_while(|&&b| b == b'#')
            .count();
        if self.byte(from + hashes) != Some(b'"') {
            return Ok(false);
        }
        self.at = self.raw_end(from + hashes + 1, hashes)?;
        Ok(true)
    }

    /// The end of the name (or number) that starts at `from`.
    fn word_end(&self, from: usize) -> usize {
        let bytes = self.text.as_bytes();
        let mut at = from;
        while let Some(&byte) = bytes.get(at) {
            if byte < 0x80 {
                if !is_word_byte(byte) {
                    break;
                }
                at += 1;
            } else {
                match self.text[at..].chars().next() {
                    Some(c) if !is_ron_space(c) => at += c.len_utf8(),
                    _ => break,
                }
            }
        }
        at
    }
}

/// Field `name` of `element` as `wanted` (sorted by element) asks for it, or `None` when it
/// is not asked for. `next_wanted` moves past the elements before `element`, so that each
/// question looks only at its own element's fields.
fn asked_for(
    wanted: &[(usize, &'static str)],
    next_wanted: &mut usize,
    element: usize,
    name: &str,
) -> Option<&'static str> {
    while wanted.get(*next_wanted).is_some_and(|&(e, _)| e < element) {
        *next_wanted += 1;
    }
    wanted[*next_wanted..]
        .iter()
        .take_while(|&&(e, _)| e == element)
        .find(|&&(_, field)| field == name)
        .map(|&(_, field)| field)
}

/// Where the value that follows `offset` starts, past white space and comments.
fn value_start(text: &str, offset: usize) -> usize {
    offset + skip_blank(&text[offset.min(text.len())..])
}

fn is_word_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_'
}

/// The top record's fields and where each shoe of its `shoes` list starts.
pub(super) struct Outline<'a> {
    /// Each top field's name and where its value starts.
    top: Vec<(&'a str, usize)>,
    /// Where each element of the list starts.
    shoes: Vec<usize>,
    /// The shoe fields asked for in advance, in shoe order, and those of them found in the
    /// same pass with where their values start.
    wanted: Vec<(usize, &'static str)>,
    found: Vec<(usize, &'static str, usize)>,
    /// The shoe whose fields are in `fields`, and its fields, for a field not asked for.
    fields_of: Option<usize>,
    fields: Vec<(&'a str, usize)>,
}

impl<'a> Outline<'a> {
    /// Reads the outline of `text`, whose top record holds the list field `list`,
    /// finding on the way the fields of its elements in `wanted` (element, field).
    pub(super) fn read(
        text: &'a str,
        list: &str,
        mut wanted: Vec<(usize, &'static str)>,
    ) -> Option<Self> {
        wanted.sort_unstable();
        wanted.dedup();
        Self::try_read(text, list, wanted).ok()
    }

    fn try_read(
        text: &'a str,
        list: &str,
        wanted: Vec<(usize, &'static str)>,
    ) -> Result<Self, Lost> {
        let mut lexer = Lexer::new(text, 0);
        lexer.enter_top_record()?;
        let mut outline = Outline {
            top: Vec::new(),
            shoes: Vec::new(),
            wanted: Vec::new(),
            found: Vec::new(),
            fields_of: None,
            fields: Vec::new(),
        };
        // The first wanted field of the element being read, or after.
        let mut next_wanted = 0usize;
        let mut depth = 1usize;
        let mut previous = Token::Open(b'(');
        // Just after `list:`; inside the list; where an element would start.
        let mut list_next = false;
        let mut in_list = false;
        let mut element: Option<usize> = None;
        loop {
            let (at, token) = lexer.next()?.ok_or(Lost)?;
            if let Some(start) = element.take()
                && token != Token::Close
            {
                outline.shoes.push(start);
            }
            let after_list_name = std::mem::take(&mut list_next);
            match token {
                Token::Colon if depth == 1 => {
                    if let Token::Word(name) = previous {
                        outline.top.push((name, value_start(text, at + 1)));
                        list_next = name == list;
                    }
                }
                // A field of an element: `list: [ Shoe( name: ...`.
                Token::Colon if depth == 3 && in_list => {
                    if let (Token::Word(name), Some(element)) =
                        (previous, outline.shoes.len().checked_sub(1))
                        && let Some(field) = asked_for(&wanted, &mut next_wanted, element, name)
                    {
                        outline
                            .found
                            .push((element, field, value_start(text, at + 1)));
                    }
                    lexer.skip_value()?;
                }
                Token::Open(bracket) => {
                    if depth == 1 && after_list_name && bracket == b'[' {
                        in_list = true;
                        element = Some(value_start(text, at + 1));
                    }
                    depth += 1;
                }
                Token::Close => {
                    depth -= 1;
                    if depth == 0 {
                        outline.wanted = wanted;
                        return Ok(outline);
                    }
                    if depth == 1 {
                        in_list = false;
                    }
                }
                Token::Comma if in_list && depth == 2 => {
                    element = Some(value_start(text, at + 1));
                }
                _ => {}
            }
            previous = token;
        }
    }

    /// How many shoes the list holds.
    pub(super) fn shoe_count(&self) -> usize {
        self.shoes.len()
    }

    /// Where the value of top field `field` starts.
    pub(super) fn top_field(&self, field: &str) -> Option<usize> {
        self.top
            .iter()
            .find(|(name, _)| *name == field)
            .map(|&(_, at)| at)
    }

    /// Where shoe `index` starts.
    pub(super) fn shoe(&self, index: usize) -> Option<usize> {
        self.shoes.get(index).copied()
    }

    /// Where the value of field `field` of shoe `index` starts. A field asked for in
    /// advance was found in the outline's pass; another is read from the shoe, whose fields
    /// are then kept for its next question.
    pub(super) fn shoe_field(&mut self, text: &'a str, index: usize, field: &str) -> Option<usize> {
        let first = self.wanted.partition_point(|&(e, _)| e < index);
        if self.wanted[first..]
            .iter()
            .take_while(|&&(e, _)| e == index)
            .any(|&(_, f)| f == field)
        {
            let first = self.found.partition_point(|&(e, _, _)| e < index);
            return self.found[first..]
                .iter()
                .take_while(|&&(e, _, _)| e == index)
                .find(|&&(_, f, _)| f == field)
                .map(|&(_, _, at)| at);
        }
        if self.fields_of != Some(index) {
            self.fields_of = Some(index);
            self.fields.clear();
            let start = self.shoe(index)?;
            Self::read_fields(text, start, &mut self.fields);
        }
        self.fields
            .iter()
            .find(|(name, _)| *name == field)
            .map(|&(_, at)| at)
    }

    /// The fields of the record that starts at `start` (`Shoe(` or `(`), as far as they
    /// can be followed.
    fn read_fields(text: &'a str, start: usize, fields: &mut Vec<(&'a str, usize)>) {
        let mut lexer = Lexer::new(text, start);
        loop {
            match lexer.next() {
                Ok(Some((_, Token::Word(_)))) => {}
                Ok(Some((_, Token::Open(b'(')))) => break,
                _ => return,
            }
        }
        // At the record's own level: `name: value,` until its `)`; values are skipped whole,
        // as in the outline's pass.
        let mut previous = Token::Open(b'(');
        while let Ok(Some((at, token))) = lexer.next() {
            match token {
                Token::Colon => {
                    if let Token::Word(name) = previous {
                        fields.push((name, value_start(text, at + 1)));
                    }
                    if lexer.skip_value().is_err() {
                        return;
                    }
                }
                Token::Close => return,
                _ => {}
            }
            previous = token;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<Token<'_>> {
        let mut lexer = Lexer::new(text, 0);
        std::iter::from_fn(|| lexer.next().expect("the text is followed").map(|(_, t)| t)).collect()
    }

    #[test]
    fn strings_comments_and_raw_names_are_single_tokens() {
        let text = r##"a: "x: (\"y\", [z" /* c /* d */ ) */ r#b: r#"e" ]"# // (f
            'g' '\'' b"h" br#"i"# 1.5"##;
        assert_eq!(
            words(text),
            vec![
                Token::Word("a"),
                Token::Colon,
                Token::Other,
                Token::Word("b"),
                Token::Colon,
                Token::Other,
                Token::Other,
                Token::Other,
                Token::Other,
                Token::Other,
                Token::Word("1"),
                Token::Other,
                Token::Word("5"),
            ]
        );
    }

    #[test]
    fn an_unclosed_string_or_comment_gives_no_outline() {
        for end in ["\"open", "/* open", "r#\"open\"", "'x", "/* a /* b */"] {
            let text = format!("(shoes: [(id: \"a\")], name: {end}");
            assert!(
                Outline::read(&text, "shoes", Vec::new()).is_none(),
                "{text}"
            );
        }
    }

    #[test]
    fn the_outline_finds_top_fields_shoes_and_their_fields() {
        let text = "#![enable(implicit_some)]\n(\n  name: \"A (b), c: [d]\",\n  shoes: [\n    Shoe(id: \"x\", widths: [Wide]),\n    /* (, */ (id: \"y\", r#image: \"p\"),\n  ],\n)\n";
        let mut outline = Outline::read(text, "shoes", vec![(1, "image")]).expect("an outline");
        assert_eq!(outline.shoe_count(), 2);
        assert_eq!(outline.top_field("name"), text.find("\"A"));
        assert_eq!(outline.top_field("shoes"), text.find("[\n"));
        assert_eq!(outline.shoe(0), text.find("Shoe("));
        assert_eq!(outline.shoe(1), text.find("(id: \"y\""));
        assert_eq!(outline.shoe_field(text, 0, "widths"), text.find("[Wide]"));
        assert_eq!(outline.shoe_field(text, 1, "image"), text.find("\"p\""));
        assert_eq!(outline.shoe_field(text, 1, "widths"), None);
    }
}
