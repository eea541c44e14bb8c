//! Untrusted text → text that can sit in a Rust comment without breaking out
//! of it, tripping `rustc`, or showing a reader something else than it is.
//!
//! Spec text (descriptions, paths, titles) and the caller's spec path end up
//! in `//` and `///` comments. In a comment `rustc` refuses a bare carriage
//! return and, by default, the bidirectional controls (`text_direction_codepoint_in_comment`),
//! which can make source read differently from how it compiles. So:
//!
//! - every line break (`\r\n`, `\r`, U+0085, U+2028, U+2029) becomes `\n`, or a
//!   space where the text must stay on one line;
//! - the other control characters (C0 but tab and newline, DEL, C1), the
//!   bidirectional controls (U+061C, U+200E, U+200F, U+202A–U+202E,
//!   U+2066–U+2069) and characters that show nothing but can hide text
//!   (U+200B, U+2060–U+2064, U+FEFF, U+FFF9–U+FFFB, the tag characters
//!   U+E0000–U+E007F) are written out as `\u{…}`, visibly;
//! - tabs become spaces, to the next multiple of four columns.
//!
//! String literals need none of this: `proc_macro2` escapes them.

/// `text` with line breaks as `\n` and hidden characters written out.
pub(crate) fn visible(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut column = 0usize;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                // `\r\n` is one break.
                chars.next_if_eq(&'\n');
                out.push('\n');
                column = 0;
            }
            '\n' | '\u{85}' | '\u{2028}' | '\u{2029}' => {
                out.push('\n');
                column = 0;
            }
            '\t' => {
                let spaces = 4 - column % 4;
                out.extend(std::iter::repeat_n(' ', spaces));
                column += spaces;
            }
            c if is_hidden(c) => {
                let escaped = format!("\\u{{{:x}}}", u32::from(c));
                column += escaped.len();
                out.push_str(&escaped);
            }
            c => {
                out.push(c);
                column += 1;
            }
        }
    }
    out
}

/// [`visible`], on one line: line breaks become spaces.
pub(crate) fn one_line(text: &str) -> String {
    visible(text).replace('\n', " ")
}

/// Characters written out rather than kept (see the module docs).
fn is_hidden(c: char) -> bool {
    matches!(
        c,
        '\u{0}'..='\u{8}'
            | '\u{b}'..='\u{1f}'
            | '\u{7f}'..='\u{9f}'
            | '\u{61c}'
            | '\u{200b}'
            | '\u{200e}'
            | '\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{feff}'
            | '\u{fff9}'..='\u{fffb}'
            | '\u{e0000}'..='\u{e007f}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_breaks_become_newlines() {
        assert_eq!(visible("a\r\nb\rc\u{2028}d\u{85}e"), "a\nb\nc\nd\ne");
        assert_eq!(one_line("a\r\nb\nc"), "a b c");
    }

    #[test]
    fn hidden_characters_are_written_out() {
        assert_eq!(visible("x\u{202e}y\u{0}\u{7}\u{2066}z"), "x\\u{202e}y\\u{0}\\u{7}\\u{2066}z");
        assert_eq!(visible("\u{feff}\u{e0041}"), "\\u{feff}\\u{e0041}");
        // Letters, emoji and joiners of every script stay as they are.
        assert_eq!(visible("größe 日本 👨\u{200d}👩 é"), "größe 日本 👨\u{200d}👩 é");
    }

    #[test]
    fn tabs_expand_to_tab_stops() {
        assert_eq!(visible("\tx"), "    x");
        assert_eq!(visible("ab\tx\n\t\ty"), "ab  x\n        y");
    }
}
