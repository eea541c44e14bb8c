//! Source positions for diagnostics: spec text (YAML or JSON) and a JSON pointer in, the line and column where that node starts out.

use std::collections::{HashMap, HashSet};
use std::iter::Peekable;
use std::str::Chars;

use yaml_rust2::parser::{Event, Parser};

use crate::diag::{Location, Pointer};

/// Where the node that `pointer` names starts in `text` (YAML or JSON), or `None`
/// when the text does not parse or has no such node.
///
/// A key's location is that of the key itself (`name:`), an item's that of its
/// content (after any `- ` and anchor), the root's is 1:1. Columns count characters.
/// Only the first document is read, and only as far as the node.
#[cfg(test)]
pub(crate) fn locate(text: &str, pointer: &Pointer) -> Option<Location> {
    locate_all(text, &[pointer]).into_iter().next().flatten()
}

/// [`locate`] for many pointers at once, in one reading of the text: what
/// makes reporting a hundred warnings on a large spec cost one parse, not a
/// hundred. Same rules; `None` for a pointer with no node.
pub(crate) fn locate_all(text: &str, pointers: &[&Pointer]) -> Vec<Option<Location>> {
    let wanted = Wanted::new(pointers.iter().map(|pointer| pointer.as_str()));
    // Text the generator reads as JSON is located by the strict JSON reader,
    // which places nodes where yaml-rust2 does (a test holds them to it) at a
    // fraction of the cost. yaml-rust2 reads the rest, and JSON it rejects:
    // it gives up beyond 255 nested flow collections (`[[[…`), which generated
    // JSON can exceed. If both fail, what the first found before the trouble
    // still stands.
    let mut found = vec![None; pointers.len()];
    let json_first = super::parse::looks_like_json(text);
    let first = if json_first {
        scan(&mut JsonEvents::new(text), &wanted, &mut found)
    } else {
        scan(&mut YamlEvents(Parser::new_from_str(text)), &wanted, &mut found)
    };
    if first.is_err() {
        let mut second = vec![None; pointers.len()];
        let read = if json_first {
            scan(&mut YamlEvents(Parser::new_from_str(text)), &wanted, &mut second)
        } else {
            scan(&mut JsonEvents::new(text), &wanted, &mut second)
        };
        if read.is_ok() {
            found = second;
        }
    }
    found
}

/// The pointers to locate, each with the indexes of its slots in the answer.
struct Wanted<'p> {
    at: HashMap<&'p str, Vec<usize>>,
    /// Every pointer wanted and every node above one: the rest of the
    /// document is skipped over without building the pointers inside it.
    within: HashSet<&'p str>,
}

impl<'p> Wanted<'p> {
    fn new(pointers: impl Iterator<Item = &'p str>) -> Self {
        let mut at: HashMap<&str, Vec<usize>> = HashMap::new();
        let mut within = HashSet::from([""]);
        for (i, pointer) in pointers.enumerate() {
            at.entry(pointer).or_default().push(i);
            // Segments are escaped, so each `/` starts one.
            within.extend(pointer.match_indices('/').map(|(end, _)| &pointer[..end]));
            within.insert(pointer);
        }
        Self { at, within }
    }
}

/// An open collection during [`scan`], with the length of the pointer text
/// of the node it is.
enum Frame {
    /// `key` is the key whose value comes next, `None` when a key comes next.
    Map {
        prefix: usize,
        key: Option<String>,
    },
    Seq {
        prefix: usize,
        next: usize,
    },
}

/// Reads the whole first document once, recording where each wanted pointer's node starts.
fn scan(events: &mut impl Events, wanted: &Wanted<'_>, found: &mut [Option<Location>]) -> Result<(), Broken> {
    let record = |pointer: &str, at: Location, found: &mut [Option<Location>]| {
        for &i in wanted.at.get(pointer).into_iter().flatten() {
            if let Some(slot) = found.get_mut(i) {
                *slot = Some(at);
            }
        }
    };
    let root = loop {
        match events.next_event()?.0 {
            Ev::Prologue => {}
            Ev::Finished => return Ok(()),
            Ev::End => return Err(Broken),
            root => break root,
        }
    };
    record("", Location { line: 1, column: 1 }, found);
    let mut pointer = String::new();
    let mut stack = Vec::new();
    match root {
        Ev::Mapping => stack.push(Frame::Map { prefix: 0, key: None }),
        Ev::Sequence => stack.push(Frame::Seq { prefix: 0, next: 0 }),
        _ => return Ok(()),
    }
    // A block mapping item starts at its first key when yaml-rust2 places it later (see `start_of`).
    let mut item_start: Option<(String, Location)> = None;
    while let Some(frame) = stack.last_mut() {
        let (ev, at) = events.next_event()?;
        if let Some((item, start)) = item_start.take() {
            if (at.line, at.column) < (start.line, start.column) && ev != Ev::End {
                record(&item, at, found);
            }
        }
        match frame {
            Frame::Map { prefix, key: key @ None } => match ev {
                Ev::End => {
                    stack.pop();
                }
                Ev::Scalar(text) => {
                    pointer.truncate(*prefix);
                    push_segment(&mut pointer, &text);
                    record(&pointer, at, found);
                    *key = Some(text);
                }
                // A non-scalar key: skip it and its value; it matches no pointer.
                other => {
                    skip(events, other)?;
                    let value = events.next_event()?.0;
                    skip(events, value)?;
                }
            },
            Frame::Map { prefix, key: key @ Some(_) } => {
                let segment = key.take().unwrap_or_default();
                let prefix = *prefix;
                open(events, wanted, &mut stack, ev, &mut pointer, prefix, &segment)?;
            }
            Frame::Seq { prefix, next } => {
                if ev == Ev::End {
                    stack.pop();
                    continue;
                }
                let segment = next.to_string();
                *next += 1;
                let prefix = *prefix;
                pointer.truncate(prefix);
                push_segment(&mut pointer, &segment);
                record(&pointer, at, found);
                if ev == Ev::Mapping {
                    item_start = Some((pointer.clone(), at));
                }
                open(events, wanted, &mut stack, ev, &mut pointer, prefix, &segment)?;
            }
        }
    }
    Ok(())
}

/// Enters the node `ev` (the value of `segment` under the node whose pointer
/// is `pointer[..prefix]`) when it is a collection that holds a wanted node,
/// or skips over it.
fn open(
    events: &mut impl Events,
    wanted: &Wanted<'_>,
    stack: &mut Vec<Frame>,
    ev: Ev,
    pointer: &mut String,
    prefix: usize,
    segment: &str,
) -> Result<(), Broken> {
    pointer.truncate(prefix);
    push_segment(pointer, segment);
    if matches!(ev, Ev::Mapping | Ev::Sequence) && !wanted.within.contains(pointer.as_str()) {
        return events.skip_node(ev);
    }
    match ev {
        Ev::Mapping => stack.push(Frame::Map { prefix: pointer.len(), key: None }),
        Ev::Sequence => stack.push(Frame::Seq { prefix: pointer.len(), next: 0 }),
        Ev::Scalar(_) | Ev::Alias => {}
        Ev::End | Ev::Prologue | Ev::Finished => return Err(Broken),
    }
    Ok(())
}

/// Appends `/segment`, escaped as RFC 6901 says.
fn push_segment(pointer: &mut String, segment: &str) {
    pointer.push('/');
    for c in segment.chars() {
        match c {
            '~' => pointer.push_str("~0"),
            '/' => pointer.push_str("~1"),
            other => pointer.push(other),
        }
    }
}

/// The text stopped parsing before the walk could decide.
#[derive(Debug, PartialEq, Eq)]
struct Broken;

/// The little of a parser event that locating needs.
#[derive(Debug, PartialEq, Eq)]
enum Ev {
    Mapping,
    Sequence,
    /// End of the innermost open mapping or sequence.
    End,
    Scalar(String),
    Alias,
    /// Stream and document markers before the root node.
    Prologue,
    /// End of the stream.
    Finished,
}

/// A source of events, each with where it starts (1-based line and column).
trait Events {
    fn next_event(&mut self) -> Result<(Ev, Location), Broken>;

    /// Consumes the rest of the node that `first` starts, whose contents
    /// nobody asks for.
    fn skip_node(&mut self, first: Ev) -> Result<(), Broken>
    where
        Self: Sized,
    {
        skip(self, first)
    }
}

/// Consumes the rest of the node that `first` starts.
fn skip(events: &mut impl Events, first: Ev) -> Result<(), Broken> {
    let mut open: usize = match first {
        Ev::Mapping | Ev::Sequence => 1,
        Ev::Scalar(_) | Ev::Alias => 0,
        Ev::End | Ev::Prologue | Ev::Finished => return Err(Broken),
    };
    while open > 0 {
        match events.next_event()?.0 {
            Ev::Mapping | Ev::Sequence => open += 1,
            Ev::End => open -= 1,
            Ev::Scalar(_) | Ev::Alias => {}
            Ev::Prologue | Ev::Finished => return Err(Broken),
        }
    }
    Ok(())
}

/// yaml-rust2's pull parser. Its markers count lines from 1 but columns from 0.
struct YamlEvents<'a>(Parser<Chars<'a>>);

impl Events for YamlEvents<'_> {
    fn next_event(&mut self) -> Result<(Ev, Location), Broken> {
        let (event, mark) = self.0.next_token().map_err(|_| Broken)?;
        let ev = match event {
            Event::MappingStart(..) => Ev::Mapping,
            Event::SequenceStart(..) => Ev::Sequence,
            Event::MappingEnd | Event::SequenceEnd => Ev::End,
            Event::Scalar(text, ..) => Ev::Scalar(text),
            Event::Alias(_) => Ev::Alias,
            Event::StreamEnd => Ev::Finished,
            Event::Nothing | Event::StreamStart | Event::DocumentStart | Event::DocumentEnd => Ev::Prologue,
        };
        let at = Location { line: mark.line(), column: mark.col() + 1 };
        Ok((ev, at))
    }
}

/// What the JSON reader accepts next.
#[derive(Debug, Clone, Copy)]
enum Expect {
    Value,
    /// After `[`: a value or `]`.
    FirstItem,
    /// After `{`: a key or `}`.
    FirstKey,
    Key,
    Colon,
    /// After a value inside a container: `,` or the closing bracket.
    Separator,
    /// After the root value.
    Done,
}

/// A strict JSON (RFC 8259) reader producing the same events as yaml-rust2, with
/// positions counted the same way (characters, 1-based), and no depth limit.
struct JsonEvents<'a> {
    chars: Peekable<Chars<'a>>,
    line: usize,
    column: usize,
    /// Open containers, innermost last; `true` for objects.
    open: Vec<bool>,
    expect: Expect,
    /// Skipping: keys are read (and checked) but not kept.
    quiet: bool,
}

impl<'a> JsonEvents<'a> {
    fn new(text: &'a str) -> Self {
        Self {
            chars: text.chars().peekable(),
            line: 1,
            column: 1,
            open: Vec::new(),
            expect: Expect::Value,
            quiet: false,
        }
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.chars.next()?;
        if c == '\n' {
            self.line += 1;
            self.column = 1;
        } else {
            self.column += 1;
        }
        Some(c)
    }

    fn eat(&mut self, expected: char) -> Result<(), Broken> {
        if self.bump() == Some(expected) { Ok(()) } else { Err(Broken) }
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.chars.peek(), Some(' ' | '\t' | '\n' | '\r')) {
            self.bump();
        }
    }

    /// Closes the innermost container, whose closing bracket was just read.
    fn close(&mut self, at: Location) -> (Ev, Location) {
        self.open.pop();
        self.after_node();
        (Ev::End, at)
    }

    fn after_node(&mut self) {
        self.expect = if self.open.is_empty() { Expect::Done } else { Expect::Separator };
    }

    fn value(&mut self, at: Location) -> Result<(Ev, Location), Broken> {
        match self.chars.peek() {
            Some('{') => {
                self.bump();
                self.open.push(true);
                self.expect = Expect::FirstKey;
                Ok((Ev::Mapping, at))
            }
            Some('[') => {
                self.bump();
                self.open.push(false);
                self.expect = Expect::FirstItem;
                Ok((Ev::Sequence, at))
            }
            Some('"') => {
                // Only keys make pointers; a value's text is never looked at.
                let text = self.string(false)?;
                self.after_node();
                Ok((Ev::Scalar(text), at))
            }
            _ => {
                let mut word = String::new();
                while let Some(&c) = self.chars.peek() {
                    if !(c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')) {
                        break;
                    }
                    word.push(c);
                    self.bump();
                }
                if !matches!(word.as_str(), "true" | "false" | "null") && !is_number(&word) {
                    return Err(Broken);
                }
                self.after_node();
                Ok((Ev::Scalar(word), at))
            }
        }
    }

    /// A string, checked; its text is kept when `keep` (and not skipping).
    fn string(&mut self, keep: bool) -> Result<String, Broken> {
        let keep = keep && !self.quiet;
        self.eat('"')?;
        let mut text = String::new();
        loop {
            let c = match self.bump().ok_or(Broken)? {
                '"' => return Ok(text),
                '\\' => match self.bump().ok_or(Broken)? {
                    c @ ('"' | '\\' | '/') => c,
                    'b' => '\u{8}',
                    'f' => '\u{c}',
                    'n' => '\n',
                    'r' => '\r',
                    't' => '\t',
                    'u' => self.unicode_escape()?,
                    _ => return Err(Broken),
                },
                c if c < ' ' => return Err(Broken),
                c => c,
            };
            if keep {
                text.push(c);
            }
        }
    }

    /// The rest of `\uXXXX` after `\u`, joining a surrogate pair; lone surrogates are
    /// rejected, as serde_json does.
    fn unicode_escape(&mut self) -> Result<char, Broken> {
        let first = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&first) {
            self.eat('\\')?;
            self.eat('u')?;
            let second = self.hex4()?;
            if !(0xDC00..0xE000).contains(&second) {
                return Err(Broken);
            }
            0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        } else {
            first
        };
        char::from_u32(code).ok_or(Broken)
    }

    fn hex4(&mut self) -> Result<u32, Broken> {
        let mut code = 0;
        for _ in 0..4 {
            let digit = self.bump().and_then(|c| c.to_digit(16)).ok_or(Broken)?;
            code = code * 16 + digit;
        }
        Ok(code)
    }
}

impl Events for JsonEvents<'_> {
    fn skip_node(&mut self, first: Ev) -> Result<(), Broken> {
        self.quiet = true;
        let skipped = skip(self, first);
        self.quiet = false;
        skipped
    }

    fn next_event(&mut self) -> Result<(Ev, Location), Broken> {
        loop {
            self.skip_whitespace();
            let at = Location { line: self.line, column: self.column };
            let next = self.chars.peek().copied();
            match self.expect {
                Expect::Done => {
                    return if next.is_none() { Ok((Ev::Finished, at)) } else { Err(Broken) };
                }
                Expect::Colon => {
                    self.eat(':')?;
                    self.expect = Expect::Value;
                }
                Expect::Separator => match (self.bump(), self.open.last()) {
                    (Some(','), Some(true)) => self.expect = Expect::Key,
                    (Some(','), Some(false)) => self.expect = Expect::Value,
                    (Some('}'), Some(true)) | (Some(']'), Some(false)) => return Ok(self.close(at)),
                    _ => return Err(Broken),
                },
                Expect::FirstKey if next == Some('}') => {
                    self.bump();
                    return Ok(self.close(at));
                }
                Expect::FirstKey | Expect::Key => {
                    let key = self.string(true)?;
                    self.expect = Expect::Colon;
                    return Ok((Ev::Scalar(key), at));
                }
                Expect::FirstItem if next == Some(']') => {
                    self.bump();
                    return Ok(self.close(at));
                }
                Expect::FirstItem | Expect::Value => return self.value(at),
            }
        }
    }
}

/// RFC 8259 number: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
fn is_number(word: &str) -> bool {
    fn digits(chars: &mut Peekable<Chars<'_>>) -> bool {
        let mut any = false;
        while chars.next_if(char::is_ascii_digit).is_some() {
            any = true;
        }
        any
    }
    let mut chars = word.chars().peekable();
    let _ = chars.next_if_eq(&'-');
    match chars.next() {
        Some('0') => {}
        Some('1'..='9') => {
            digits(&mut chars);
        }
        _ => return false,
    }
    if chars.next_if_eq(&'.').is_some() && !digits(&mut chars) {
        return false;
    }
    if chars.next_if(|c| matches!(c, 'e' | 'E')).is_some() {
        let _ = chars.next_if(|c| matches!(c, '+' | '-'));
        if !digits(&mut chars) {
            return false;
        }
    }
    chars.next().is_none()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn at(text: &str, pointer: &str) -> Option<(usize, usize)> {
        locate(text, &Pointer::from_escaped(pointer)).map(|l| (l.line, l.column))
    }

    #[test]
    fn nested_yaml_mapping_points_at_the_key() {
        let text = "openapi: 3.0.0\ninfo:\n  title: T\n  contact:\n    name: N\n";
        assert_eq!(at(text, "/openapi"), Some((1, 1)));
        assert_eq!(at(text, "/info/title"), Some((3, 3)));
        assert_eq!(at(text, "/info/contact/name"), Some((5, 5)));
    }

    #[test]
    fn yaml_sequence_index_points_at_the_item() {
        let text = "tags:\n  - a\n  - name: b\n    x: 1\n";
        assert_eq!(at(text, "/tags/0"), Some((2, 5)));
        assert_eq!(at(text, "/tags/1"), Some((3, 5)));
        assert_eq!(at(text, "/tags/1/x"), Some((4, 5)));
    }

    #[test]
    fn pretty_json() {
        let text = "{\n  \"paths\": {\n    \"/pets\": {\n      \"get\": {}\n    }\n  },\n  \"tags\": [\n    {\"name\": \"a\"},\n    {\"name\": \"b\"}\n  ]\n}\n";
        assert_eq!(at(text, "/paths/~1pets/get"), Some((4, 7)));
        assert_eq!(at(text, "/tags/1"), Some((9, 5)));
        assert_eq!(at(text, "/tags/1/name"), Some((9, 6)));
    }

    #[test]
    fn many_pointers_at_once_skip_only_what_holds_none() {
        let text = "{\"a\": {\"x\": [1, {\"y\": 2}]}, \"b\": {\"x\": 3}, \"c\": [{\"d\": {}}]}";
        let pointers: Vec<Pointer> =
            ["/b/x", "/a/x/1/y", "/c/0", "/c/1", "/b/z", ""].into_iter().map(Pointer::from_escaped).collect();
        let found = locate_all(text, &pointers.iter().collect::<Vec<_>>());
        let lines_columns: Vec<_> = found.iter().map(|l| l.map(|l| (l.line, l.column))).collect();
        assert_eq!(lines_columns, [Some((1, 35)), Some((1, 18)), Some((1, 50)), None, None, Some((1, 1))]);
        let yaml = "a:\n  x: [1, {y: 2}]\nb:\n  x: 3\n";
        let pointers = [Pointer::from_escaped("/b/x"), Pointer::from_escaped("/a/x/1/y")];
        let found = locate_all(yaml, &pointers.iter().collect::<Vec<_>>());
        assert_eq!(
            found.iter().map(|l| l.map(|l| (l.line, l.column))).collect::<Vec<_>>(),
            [Some((4, 3)), Some((2, 11))]
        );
    }

    #[test]
    fn single_line_json() {
        let text = r#"{"a":[10,{"b":true}],"c":null}"#;
        assert_eq!(at(text, "/a/1"), Some((1, 10)));
        assert_eq!(at(text, "/a/1/b"), Some((1, 11)));
        assert_eq!(at(text, "/c"), Some((1, 22)));
        // yaml-rust2 rejects surrogate-pair escapes; the JSON reader takes them.
        assert_eq!(at(r#"{"k": 1, "\ud83d\ude00": [0]}"#, "/😀/0"), Some((1, 27)));
    }

    #[test]
    fn escaped_segments_match_keys_with_slash_and_tilde() {
        let text = "\"a/b\":\n  \"c~d\": 1\n";
        let pointer = Pointer::root().join("a/b").join("c~d");
        assert_eq!(pointer.as_str(), "/a~1b/c~0d");
        let found = locate(text, &pointer).unwrap();
        assert_eq!((found.line, found.column), (2, 3));
    }

    #[test]
    fn missing_nodes_are_none() {
        let text = "a:\n  b: 1\nlist: [x, y]\n";
        assert_eq!(at(text, "/a/c"), None);
        assert_eq!(at(text, "/a/b/c"), None);
        assert_eq!(at(text, "/list/2"), None);
        assert_eq!(at(text, "/list/-"), None);
        assert_eq!(at(text, "/list/01"), None);
        assert_eq!(at(text, "/list/+1"), None);
        assert_eq!(at(text, "/list/1"), Some((3, 11)));
    }

    #[test]
    fn unparseable_text_is_none() {
        let text = "a: [unclosed\nb: 1\n";
        assert_eq!(at(text, "/b"), None);
        assert_eq!(at("{\"a\": 1,, \"b\": 2}", "/b"), None);
    }

    #[test]
    fn yaml_flow_mapping() {
        let text = "servers: {url: x, description: y}\n";
        assert_eq!(at(text, "/servers"), Some((1, 1)));
        assert_eq!(at(text, "/servers/description"), Some((1, 19)));
    }

    #[test]
    fn quoted_keys_point_at_the_opening_quote() {
        let text = "'single': 1\n\"double\": 2\nx:\n  'it''s': 3\n";
        assert_eq!(at(text, "/single"), Some((1, 1)));
        assert_eq!(at(text, "/double"), Some((2, 1)));
        assert_eq!(at(text, "/x/it's"), Some((4, 3)));
    }

    #[test]
    fn aliases_are_nodes_and_are_not_followed() {
        let text = "defs:\n  base: &b\n    type: string\nuse: *b\nother:\n  - *b\n  - &c x\n";
        assert_eq!(at(text, "/defs/base/type"), Some((3, 5)));
        assert_eq!(at(text, "/use"), Some((4, 1)));
        assert_eq!(at(text, "/use/type"), None);
        assert_eq!(at(text, "/other/0"), Some((6, 5)));
        // yaml-rust2 reports an anchored node where its content starts.
        assert_eq!(at(text, "/other/1"), Some((7, 8)));
    }

    #[test]
    fn root_is_line_one_column_one() {
        assert_eq!(at("# comment\n\na: 1\n", ""), Some((1, 1)));
        assert_eq!(at("[1]", ""), Some((1, 1)));
    }

    #[test]
    fn columns_count_characters() {
        assert_eq!(at("é: {x: 1}\n", "/é/x"), Some((1, 5)));
    }

    #[test]
    fn only_the_first_document_is_read() {
        assert_eq!(at("a: 1\n---\nb: 2\n", "/b"), None);
    }

    #[test]
    fn deeply_nested_json_is_walked_without_recursion() {
        let text = format!("{}{}", "[".repeat(5000), "]".repeat(5000));
        assert_eq!(at(&text, &"/0".repeat(4999)), Some((1, 5000)));
        assert_eq!(at(&text, &"/0".repeat(5000)), None);
    }

    /// The one pointer `path` names, located by [`scan`] alone.
    fn walk(events: &mut impl Events, path: &[String]) -> Result<Option<Location>, Broken> {
        let mut pointer = String::new();
        for segment in path {
            push_segment(&mut pointer, segment);
        }
        let wanted = Wanted::new(std::iter::once(pointer.as_str()));
        let mut found = [None];
        scan(events, &wanted, &mut found).map(|()| found[0])
    }

    #[test]
    fn json_reader_agrees_with_yaml_rust2() {
        let texts = [
            "{\n  \"a\": [\n    1,\n    {\"b\": 2, \"c\\\"d\": [true, null]}\n  ],\"e\":-1.5e3,\r\n  \"\\u00e9😀\": {}\n}\n",
            r#"{"a":[1,{"b":2,"c\"d":[true,null]}],"e":-1.5e3,"\u00e9😀":{}}"#,
        ];
        let pointers = ["", "/a", "/a/0", "/a/1", "/a/1/b", "/a/1/c\"d/1", "/e", "/é😀", "/a/2", "/x"];
        for text in texts {
            for pointer in pointers {
                let path: Vec<String> = Pointer::from_escaped(pointer).segments().collect();
                let yaml = walk(&mut YamlEvents(Parser::new_from_str(text)), &path);
                let json = walk(&mut JsonEvents::new(text), &path);
                assert!(yaml.is_ok(), "{pointer} in {text}");
                assert_eq!(json, yaml, "{pointer} in {text}");
            }
        }
    }

    #[test]
    fn json_reader_rejects_what_json_rejects() {
        let path = ["1".to_owned()];
        for text in
            ["[1,]", "[1 2]", "[01, 2]", "[\"\\x\", 2]", "[tru, 2]", "{a: 1}", "[1}", "[\"\\ud800\", 2]"]
        {
            assert_eq!(walk(&mut JsonEvents::new(text), &path), Err(Broken), "{text}");
        }
        assert_eq!(walk(&mut JsonEvents::new("[1, 2] x"), &[]), Ok(Some(Location { line: 1, column: 1 })));
        assert!(is_number("0") && is_number("-12.5E+3") && !is_number("1.") && !is_number("-"));
    }
}
