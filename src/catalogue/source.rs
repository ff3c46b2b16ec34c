//! Where things are in a source text: byte offsets to the 1-based line and column (counted in
//! characters, like RON's own errors), and the one set of RON options every reader uses.

use ron::extensions::Extensions;

/// The RON options of format 1: `implicit_some` on, so optional fields are written bare.
pub fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME)
}

/// A 1-based position in a text, columns counted in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    /// The line, counted from 1.
    pub line: usize,
    /// The column on that line, counted in characters (not bytes) from 1.
    pub column: usize,
}

impl Position {
    /// The first character of a text: where a problem with the whole file is shown.
    pub const START: Position = Position { line: 1, column: 1 };
}

/// Line starts of a text, to turn byte offsets into positions.
pub struct SourceMap<'a> {
    text: &'a str,
    line_starts: Vec<usize>,
    /// The characters before each block of [`BLOCK`] bytes, so that a column on a line of
    /// millions of characters is counted from the block, not from the line's start: made
    /// the first time a column on so long a line is asked for.
    chars_before_block: std::sync::OnceLock<Vec<usize>>,
}

/// The bytes of a block of [`SourceMap::chars_before_block`].
const BLOCK: usize = 512;

/// The characters in `bytes` of UTF-8 (those not continuing a character), wherever it is cut.
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

impl<'a> SourceMap<'a> {
    /// The map of `text`, its lines found in one pass.
    pub fn new(text: &'a str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        SourceMap {
            text,
            line_starts,
            chars_before_block: std::sync::OnceLock::new(),
        }
    }

    /// The characters of the text before byte `offset`.
    fn chars_before(&self, offset: usize) -> usize {
        let blocks = self.chars_before_block.get_or_init(|| {
            let mut blocks = Vec::with_capacity(self.text.len() / BLOCK + 1);
            let mut chars = 0;
            for block in self.text.as_bytes().chunks(BLOCK) {
                blocks.push(chars);
                chars += count_chars(block);
            }
            blocks
        });
        let block = offset / BLOCK;
        let Some(&before) = blocks.get(block) else {
            return count_chars(&self.text.as_bytes()[..offset]);
        };
        before + count_chars(&self.text.as_bytes()[block * BLOCK..offset])
    }

    /// The whole text the map is of.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The position of a byte offset (clamped into the text).
    pub fn position(&self, offset: usize) -> Position {
        let offset = offset.min(self.text.len());
        let line_index = self.line_starts.partition_point(|&start| start <= offset) - 1;
        let start = self.line_starts[line_index];
        let column = if offset - start < BLOCK {
            count_chars(&self.text.as_bytes()[start..offset]) + 1
        } else {
            self.chars_before(offset) - self.chars_before(start) + 1
        };
        Position {
            line: line_index + 1,
            column,
        }
    }

    /// The byte offset of a position (clamped into the text).
    pub fn offset(&self, position: Position) -> usize {
        let Some(&start) = self.line_starts.get(position.line.saturating_sub(1)) else {
            return self.text.len();
        };
        let line = &self.text[start..];
        start
            + line
                .char_indices()
                .nth(position.column.saturating_sub(1))
                .map_or(line.len(), |(i, _)| i)
    }

    /// Where a missing comma belongs: just after the last value before `position`, skipping
    /// back over white space and comments.
    pub fn after_previous_value(&self, position: Position) -> Position {
        let offset = self.offset(position);
        let before = &self.text[..offset];
        let mut end = before.trim_end().len();
        // Step back over a `// comment` at the end of the previous line.
        while let Some(line_start) = before[..end].rfind('\n').map(|i| i + 1).or(Some(0)) {
            let line = &before[line_start..end];
            match line.find("//") {
                Some(i) if !line[..i].contains('"') => {
                    end = before[..line_start + i].trim_end().len()
                }
                _ => break,
            }
        }
        self.position(end)
    }

    /// The byte offset at which `slice` starts, when it is a slice of this text.
    pub fn offset_of(&self, slice: &str) -> Option<usize> {
        let base = self.text.as_ptr() as usize;
        let at = slice.as_ptr() as usize;
        (at >= base && at + slice.len() <= base + self.text.len()).then(|| at - base)
    }

    /// The text of a 1-based line, without its line break.
    pub fn line_text(&self, line: usize) -> &'a str {
        let Some(&start) = self.line_starts.get(line.wrapping_sub(1)) else {
            return "";
        };
        let end = self.line_starts.get(line).map_or(self.text.len(), |&e| e);
        self.text[start..end].trim_end_matches(['\n', '\r'])
    }

    /// The absolute position of a position that RON reported inside `slice` of this text.
    pub fn shift(&self, slice: &str, inner: ron::error::Position) -> Position {
        let Some(offset) = self.offset_of(slice) else {
            return Position {
                line: inner.line.max(1),
                column: inner.col.max(1),
            };
        };
        let origin = self.position(offset);
        let line = inner.line.max(1);
        if line == 1 {
            Position {
                line: origin.line,
                column: origin.column + inner.col.max(1) - 1,
            }
        } else {
            Position {
                line: origin.line + line - 1,
                column: inner.col.max(1),
            }
        }
    }

    /// The position just past the first non-blank, non-comment character at or after
    /// `offset`: where a value really starts when its slice carries leading white space.
    pub fn value_start(&self, offset: usize) -> usize {
        let rest = &self.text[offset.min(self.text.len())..];
        offset + skip_blank(rest)
    }
}

/// Bytes of white space and comments at the start of `text`, as RON reads them: its white
/// space takes a few Unicode spaces, and block comments nest. An unclosed comment runs to the
/// end.
pub fn skip_blank(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut i = 0;
    loop {
        let Some(&byte) = bytes.get(i) else {
            return i;
        };
        match byte {
            b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C => i += 1,
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                i = bytes[i..]
                    .iter()
                    .position(|&b| b == b'\n')
                    .map_or(bytes.len(), |n| i + n);
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                let mut level = 1;
                i += 2;
                while level > 0 && i < bytes.len() {
                    match (bytes[i], bytes.get(i + 1)) {
                        (b'/', Some(b'*')) => {
                            level += 1;
                            i += 2;
                        }
                        (b'*', Some(b'/')) => {
                            level -= 1;
                            i += 2;
                        }
                        _ => i += 1,
                    }
                }
            }
            0x80.. => match text[i..].chars().next() {
                Some(c) if is_ron_space(c) => i += c.len_utf8(),
                _ => return i,
            },
            _ => return i,
        }
    }
}

/// RON's white space beyond ASCII.
pub fn is_ron_space(c: char) -> bool {
    matches!(
        c,
        '\u{85}' | '\u{200E}' | '\u{200F}' | '\u{2028}' | '\u{2029}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters_from_one() {
        let map = SourceMap::new("ab\nçé x\n");
        assert_eq!(map.position(0), Position { line: 1, column: 1 });
        assert_eq!(map.position(3), Position { line: 2, column: 1 });
        // "çé " is five bytes but three characters.
        assert_eq!(map.position(3 + 5), Position { line: 2, column: 4 });
        assert_eq!(map.line_text(2), "çé x");
    }

    /// On a line longer than a block, columns count characters as on a short one.
    #[test]
    fn columns_on_a_very_long_line_count_characters() {
        let text = format!("{}x", "é".repeat(3 * BLOCK));
        let map = SourceMap::new(&text);
        let x = text.len() - 1;
        assert_eq!(
            map.position(x),
            Position {
                line: 1,
                column: 3 * BLOCK + 1
            }
        );
        let text = format!("a\n{}x", "ab".repeat(2 * BLOCK));
        let map = SourceMap::new(&text);
        assert_eq!(
            map.position(text.len() - 1),
            Position {
                line: 2,
                column: 4 * BLOCK + 1
            }
        );
    }

    #[test]
    fn shifted_positions_move_the_column_only_on_the_first_line() {
        let text = "xx(a: 1,\n b: 2)";
        let map = SourceMap::new(text);
        let inner = &text[2..];
        assert_eq!(
            map.shift(inner, ron::error::Position { line: 1, col: 2 }),
            Position { line: 1, column: 4 }
        );
        assert_eq!(
            map.shift(inner, ron::error::Position { line: 2, col: 2 }),
            Position { line: 2, column: 2 }
        );
    }

    #[test]
    fn blanks_and_comments_are_skipped() {
        assert_eq!(skip_blank("  // c\n /* d */ x"), 16);
        // Block comments nest, as in RON.
        assert_eq!(skip_blank("/* a /* b */ c */x"), 17);
        assert_eq!(skip_blank("\u{2028} x"), 4);
        assert_eq!(skip_blank("/* open"), 7);
    }
}
