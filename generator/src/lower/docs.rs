//! Doc text from the spec: titles, descriptions and examples → `///` lines
//! that rustdoc shows as written and never runs.
//!
//! Spec text is Markdown, and rustdoc compiles and runs the Rust code blocks
//! of a crate's docs as tests (`cargo test`), indented ones and fences with no
//! language included. Text from an untrusted spec must not add tests to a
//! crate that is vendored and trusted, so each piece of spec text (a title, a
//! description, an example) goes through [`lines`]:
//!
//! - characters are made safe for a comment (`crate::text::visible`);
//! - the lines lose the indentation they all share, as rustdoc would strip it;
//! - the piece is read with the Markdown parser rustdoc uses, followed by a
//!   blank line and a line of text. It is kept as Markdown only if it has no
//!   code block but fences naming a language that is not Rust (`json`,
//!   `yaml`, … see [`OTHER_LANGUAGES`]), everything it opens is closed before
//!   that line (no unclosed fence, `<pre>`, `<!--`), and its first line is not
//!   indented (so it cannot continue a list of the text before it);
//! - otherwise the whole piece is shown as preformatted text, in a ```` ```text ````
//!   fence longer than any run of backticks inside, which nothing in it can close.
//!
//! Pieces are separated by a blank line, so each is read by rustdoc as it was
//! checked here. Spec text placed inside a line of the generator's own
//! (a path, a scope, the version) is made one line ([`inline`]), which can
//! hold no block at all.

use openapiv3::SchemaData;
use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};
use serde_json::Value;

use crate::ir::Docs;
use crate::text;

/// A schema's docs: title, description, then its example.
pub(crate) fn schema(data: &SchemaData) -> Docs {
    let mut out = Vec::new();
    if let Some(title) = &data.title {
        push_piece(&mut out, lines(title));
    }
    if let Some(description) = &data.description {
        push_piece(&mut out, lines(description));
    }
    push_example(&mut out, data.example.as_ref());
    Docs(out)
}

/// `summary`, then `description` unless it only repeats the summary.
pub(crate) fn summary_and_description(summary: Option<&str>, description: Option<&str>) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(summary) = summary {
        push_piece(&mut out, lines(summary));
    }
    if let Some(description) = description.filter(|d| Some(d.trim()) != summary.map(str::trim)) {
        push_piece(&mut out, lines(description));
    }
    out
}

/// Appends `Example: `…`` for a one-line example, else the example as a
/// preformatted block.
pub(crate) fn push_example(out: &mut Vec<String>, example: Option<&Value>) {
    let Some(example) = example else { return };
    // Strings show bare (`First Opps`), except the empty one, which as an empty
    // code span would show nothing at all.
    let text = match example {
        Value::String(s) if !s.is_empty() => text::visible(s),
        other => text::visible(&other.to_string()),
    };
    if text.contains('`') || text.contains('\n') {
        push_piece(out, vec!["Example:".to_owned()]);
        out.extend(preformatted(&trimmed_lines(&text)));
    } else {
        push_piece(out, vec![format!("Example: `{text}`")]);
    }
}

/// Appends `piece` after a blank line (when `out` has lines already).
pub(crate) fn push_piece(out: &mut Vec<String>, piece: Vec<String>) {
    if piece.is_empty() {
        return;
    }
    if !out.is_empty() {
        out.push(String::new());
    }
    out.extend(piece);
}

/// Spec text → doc lines, as Markdown when that is safe, otherwise as
/// preformatted text (see the module docs). Leading and trailing blank lines
/// are dropped, and trailing spaces.
pub(crate) fn lines(text: &str) -> Vec<String> {
    let lines = dedent(trimmed_lines(&text::visible(text)));
    if lines.is_empty() {
        lines
    } else if is_plain_markdown(&lines) {
        join_continuations(for_rustdoc(lines))
    } else {
        preformatted(&lines)
    }
}

/// Markdown that reads the same, but that rustdoc's default lints pass over
/// (`cargo doc` warns on each, in every crate made from the spec):
///
/// - a bare URL (`bare_urls`) becomes an autolink, `<https://…>`;
/// - a link whose text is its URL (`redundant_explicit_links`) too;
/// - brackets that link nothing (`[RFC6749]`), which rustdoc tries as a path
///   to an item (`broken_intra_doc_links`), are escaped;
/// - so is the `<` of an HTML tag that is never closed, or closes nothing
///   (`List<String>`: `invalid_html_tags`).
fn for_rustdoc(lines: Vec<String>) -> Vec<String> {
    let piece = lines.join("\n");
    let mut edits: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    let mut unlinked = Vec::new();
    let callback = |link: pulldown_cmark::BrokenLink<'_>| {
        unlinked.push(link.span);
        None
    };
    // Drained before `unlinked` is read: the callback borrows it.
    let events: Vec<_> = Parser::new_with_broken_link_callback(&piece, rustdoc_options(), Some(callback))
        .into_offset_iter()
        .collect();
    for span in unlinked {
        for (at, c) in piece.get(span.clone()).unwrap_or_default().char_indices() {
            if c == '[' || c == ']' {
                edits.push((span.start + at..span.start + at, "\\".to_owned()));
            }
        }
    }
    // Inside a link or a code block, a URL is no bare URL.
    let mut sheltered = 0usize;
    let mut open_tags: Vec<(String, usize)> = Vec::new();
    for (index, (event, range)) in events.iter().enumerate() {
        match event {
            Event::Start(Tag::Link { dest_url, .. }) => {
                let text = match events.get(index + 1..index + 3) {
                    Some([(Event::Text(text), _), (Event::End(TagEnd::Link), _)]) => Some(text),
                    _ => None,
                };
                let plain = text.is_some_and(|t| **t == **dest_url)
                    && piece.get(range.clone()).is_some_and(|s| s.starts_with('['));
                if plain && is_autolink_url(dest_url) {
                    edits.push((range.clone(), format!("<{dest_url}>")));
                }
                sheltered += 1;
            }
            Event::Start(Tag::Image { .. } | Tag::CodeBlock(_)) => sheltered += 1,
            Event::End(TagEnd::Link | TagEnd::Image | TagEnd::CodeBlock) => {
                sheltered = sheltered.saturating_sub(1)
            }
            Event::Text(_) if sheltered == 0 => {
                let mut from = range.start;
                while let Some(url) = next_bare_url(&piece, from, range.end) {
                    edits.push((url.start..url.start, "<".to_owned()));
                    edits.push((url.end..url.end, ">".to_owned()));
                    from = url.end;
                }
            }
            Event::InlineHtml(html) => match html_tag(html) {
                Some((name, false)) => open_tags.push((name, range.start)),
                Some((name, true)) => match open_tags.iter().rposition(|(open, _)| *open == name) {
                    // Tags opened inside it and never closed are escaped too.
                    Some(at) => {
                        let unclosed = open_tags.split_off(at + 1);
                        open_tags.truncate(at);
                        edits.extend(unclosed.into_iter().map(|(_, at)| (at..at, "\\".to_owned())));
                    }
                    None => edits.push((range.start..range.start, "\\".to_owned())),
                },
                None => {}
            },
            _ => {}
        }
    }
    edits.extend(open_tags.into_iter().map(|(_, at)| (at..at, "\\".to_owned())));
    if edits.is_empty() {
        return lines;
    }
    // Applied from the end, so that each range still points where it did.
    edits.sort_by_key(|(range, _)| (range.start, range.end));
    let mut out = piece;
    for (range, text) in edits.into_iter().rev() {
        if out.is_char_boundary(range.start) && out.is_char_boundary(range.end) {
            out.replace_range(range, &text);
        }
    }
    out.lines().map(str::to_owned).collect()
}

/// The next URL rustdoc's `bare_urls` would see in `piece[from..to]`: from
/// `http://` or `https://` to the first character no URL holds, less the
/// punctuation that ends a sentence.
fn next_bare_url(piece: &str, from: usize, to: usize) -> Option<std::ops::Range<usize>> {
    let text = piece.get(from..to)?;
    let start = ["https://", "http://"].iter().filter_map(|scheme| text.find(scheme)).min()?;
    let rest = piece.get(from + start..)?;
    let url_char = |c: char| c.is_ascii_alphanumeric() || "-@:%._+~#=?&/".contains(c);
    let mut length = rest.find(|c: char| !url_char(c)).unwrap_or(rest.len());
    while rest[..length].ends_with(['.', ',', ':', ';', '?', '!']) {
        length -= 1;
    }
    Some(from + start..from + start + length)
}

/// Whether `<url>` is an autolink that shows `url`: a scheme, and nothing an
/// autolink cannot hold.
fn is_autolink_url(url: &str) -> bool {
    (url.starts_with("https://") || url.starts_with("http://"))
        && !url.contains(|c: char| c.is_whitespace() || c.is_control() || c == '<' || c == '>')
}

/// An inline HTML tag's name, and whether it closes; `None` for what needs
/// no closing (void elements, `<br/>`, comments, declarations).
fn html_tag(html: &str) -> Option<(String, bool)> {
    const VOID: &[&str] = &[
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ];
    let inner = html.strip_prefix('<')?;
    let (closes, inner) = match inner.strip_prefix('/') {
        Some(rest) => (true, rest),
        None => (false, inner),
    };
    let name: String = inner.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
    let name = name.to_ascii_lowercase();
    if name.is_empty() || (!closes && (VOID.contains(&name.as_str()) || html.trim_end().ends_with("/>"))) {
        return None;
    }
    Some((name, closes))
}

/// Joins each line that continues a paragraph inside a list item or a block
/// quote onto the line before it. A soft break shows as a space either way,
/// but clippy's doc lints (`doc_lazy_continuation`,
/// `doc_overindented_list_items`) want such a line indented exactly under
/// the item's text, or quoted again, and spec text seldom is.
fn join_continuations(lines: Vec<String>) -> Vec<String> {
    let piece = lines.join("\n");
    let mut cuts = Vec::new();
    let mut containers = 0usize;
    let mut soft_break: Option<usize> = None;
    for (event, range) in Parser::new_ext(&piece, rustdoc_options()).into_offset_iter() {
        // From the line break to where the next line's text starts: the
        // break, the line's indentation and any `>` markers.
        if let Some(start) = soft_break.take() {
            cuts.push(start..range.start);
        }
        match event {
            Event::Start(Tag::Item | Tag::BlockQuote(_)) => containers += 1,
            Event::End(TagEnd::Item | TagEnd::BlockQuote(_)) => containers = containers.saturating_sub(1),
            Event::SoftBreak if containers > 0 => soft_break = Some(range.start),
            _ => {}
        }
    }
    if cuts.is_empty() {
        return lines;
    }
    let mut joined = String::with_capacity(piece.len());
    let mut from = 0;
    for cut in cuts {
        joined.push_str(piece.get(from..cut.start).unwrap_or_default());
        joined.push(' ');
        from = cut.end;
    }
    joined.push_str(piece.get(from..).unwrap_or_default());
    joined.lines().map(|line| line.trim_end().to_owned()).collect()
}

/// Spec text for the middle of one of the generator's own lines: one line,
/// characters made safe.
pub(crate) fn inline(text: &str) -> String {
    text::one_line(text).trim().to_owned()
}

/// `text` as an inline code span, whatever backticks it holds.
pub(crate) fn code_span(text: &str) -> String {
    let text = inline(text);
    let ticks = "`".repeat(longest_run(&text, '`') + 1);
    // A span that starts or ends with a backtick needs a space between.
    let pad = if text.starts_with('`') || text.ends_with('`') { " " } else { "" };
    format!("{ticks}{pad}{text}{pad}{ticks}")
}

/// Languages whose closed fences stay as they are: rustdoc reads a fence
/// whose info string is exactly one of these as not Rust, and shows it
/// highlighted as the vendor meant.
pub(crate) const OTHER_LANGUAGES: &[&str] = &[
    "bash",
    "console",
    "csv",
    "curl",
    "graphql",
    "html",
    "http",
    "java",
    "javascript",
    "js",
    "json",
    "markdown",
    "md",
    "plaintext",
    "python",
    "py",
    "sh",
    "shell",
    "sql",
    "text",
    "toml",
    "ts",
    "txt",
    "typescript",
    "xml",
    "yaml",
    "yml",
];

/// The Markdown extensions rustdoc turns on (`main_body_opts`).
fn rustdoc_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_SMART_PUNCTUATION
}

/// Whether `lines` (dedented) can be kept as Markdown: no code block rustdoc
/// could run, nothing left open for the text after it, first line not indented.
fn is_plain_markdown(lines: &[String]) -> bool {
    if lines.first().is_some_and(|first| first.starts_with(' ')) {
        return false;
    }
    let piece = lines.join("\n");
    // The line after the piece, as the next piece (or the generator's next
    // line) will be: it must come out as a paragraph of its own.
    let sentinel = piece.len() + 2;
    let probe = format!("{piece}\n\nX");
    let mut depth = 0usize;
    let mut sentinel_alone = false;
    for (event, range) in Parser::new_ext(&probe, rustdoc_options()).into_offset_iter() {
        match event {
            Event::Start(Tag::CodeBlock(kind)) => {
                let other_language = match kind {
                    CodeBlockKind::Fenced(info) => OTHER_LANGUAGES.contains(&info.trim()),
                    CodeBlockKind::Indented => false,
                };
                if !other_language || range.end > piece.len() {
                    return false;
                }
                depth += 1;
            }
            Event::Start(Tag::Paragraph) if depth == 0 && range.start == sentinel => {
                sentinel_alone = true;
                depth += 1;
            }
            Event::Start(_) => depth += 1,
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    sentinel_alone
}

/// `lines` in a ```` ```text ```` fence that no line of theirs can close.
fn preformatted(lines: &[String]) -> Vec<String> {
    let longest = lines.iter().map(|line| longest_run(line, '`')).max().unwrap_or(0);
    let fence = "`".repeat(longest.max(2) + 1);
    let mut out = Vec::with_capacity(lines.len() + 2);
    out.push(format!("{fence}text"));
    out.extend(lines.iter().cloned());
    out.push(fence);
    out
}

fn longest_run(text: &str, c: char) -> usize {
    let mut longest = 0;
    let mut run = 0;
    for ch in text.chars() {
        run = if ch == c { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    longest
}

/// Text → trimmed-right lines, with leading and trailing blank lines dropped.
fn trimmed_lines(text: &str) -> Vec<String> {
    let mut out: Vec<String> = text.lines().map(|l| l.trim_end().to_owned()).collect();
    while out.last().is_some_and(String::is_empty) {
        out.pop();
    }
    let leading = out.iter().take_while(|l| l.is_empty()).count();
    out.drain(..leading);
    out
}

/// Removes the indentation every non-blank line shares. rustdoc removes it
/// from the whole doc comment; removing it from each piece makes rustdoc's
/// cut exactly the space after `///`, so it reads each piece as checked here.
fn dedent(lines: Vec<String>) -> Vec<String> {
    let indent = |line: &String| line.len() - line.trim_start_matches(' ').len();
    let shared = lines.iter().filter(|l| !l.is_empty()).map(indent).min().unwrap_or(0);
    if shared == 0 {
        return lines;
    }
    lines.into_iter().map(|line| line.get(shared..).unwrap_or_default().to_owned()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(text: &str) -> bool {
        let out = lines(text);
        !out.first().is_some_and(|first| first.starts_with("```") && first.ends_with("text"))
    }

    #[test]
    fn plain_markdown_is_kept() {
        assert_eq!(lines("  Hello *there*\n\n  - a\n    - b\n"), ["Hello *there*", "", "- a", "  - b"]);
        assert!(kept("# Heading\n\n| a | b |\n|---|---|\n| 1 | 2 |"));
        assert!(kept("See:\n```json\n{\"a\": 1}\n```\nand more."));
        assert!(kept("<div>\n  <p>html</p>\n</div>"));
        assert!(kept("<!-- a comment -->\ntext"));
    }

    #[test]
    fn lines_continuing_a_list_item_or_quote_are_joined() {
        assert_eq!(lines("- an item\ncontinued lazily\n- next"), ["- an item continued lazily", "- next"]);
        assert_eq!(lines("1. first\n     overindented"), ["1. first overindented"]);
        assert_eq!(lines("> quoted\ncontinued\n> and quoted"), ["> quoted continued and quoted"]);
        assert_eq!(lines("- a\n  - b\n  lazy\n\n  para"), ["- a", "  - b lazy", "", "  para"]);
        // Paragraphs outside lists keep their lines.
        assert_eq!(lines("one\ntwo"), ["one", "two"]);
    }

    #[test]
    fn code_rustdoc_would_run_is_preformatted() {
        for text in [
            "```\nfn main() {}\n```",
            "```rust\nfn main() {}\n```",
            "```json,rust\nfn main() {}\n```",
            "~~~\nfn main() {}\n~~~",
            "text\n\n    fn indented() {}",
            "text\n\n\tfn tabbed() {}",
            "- item\n\n      fn in_a_list() {}",
            "> ```\n> fn quoted() {}\n> ```",
            "[^1]: note\n\n    ```\n    fn in_a_footnote() {}\n    ```",
        ] {
            assert!(!kept(text), "{text:?} → {:?}", lines(text));
        }
    }

    #[test]
    fn what_could_swallow_the_next_piece_is_preformatted() {
        for text in ["```json\n{", "<pre>\nx", "<!--\nx", "<script>", "  indented first\nline"] {
            assert!(!kept(text), "{text:?} → {:?}", lines(text));
        }
    }

    #[test]
    fn no_line_closes_the_fence() {
        let out = lines("````\n```\nfn main() {}\n`````");
        assert_eq!(out.first().map(String::as_str), Some("``````text"));
        assert_eq!(out.last().map(String::as_str), Some("``````"));
    }

    #[test]
    fn what_rustdoc_would_warn_of_is_tamed() {
        assert_eq!(lines("See https://example.com/a_b?c=1."), ["See <https://example.com/a_b?c=1>."]);
        assert_eq!(lines("(https://example.com/x)"), ["(<https://example.com/x>)"]);
        assert_eq!(
            lines("[https://a.io](https://a.io) and <https://b.io>"),
            ["<https://a.io> and <https://b.io>"]
        );
        assert_eq!(
            lines("[the docs](https://a.io/docs) and `https://c.io`"),
            ["[the docs](https://a.io/docs) and `https://c.io`"]
        );
        assert_eq!(lines("A [JWK] per [RFC 7517][rfc]."), ["A \\[JWK\\] per \\[RFC 7517\\]\\[rfc\\]."]);
        assert_eq!(
            lines("[defined]\n\n[defined]: https://a.io"),
            ["[defined]", "", "[defined]: https://a.io"]
        );
        assert_eq!(
            lines("A List<String> of <b>bold</b> and <br> breaks"),
            ["A List\\<String> of <b>bold</b> and <br> breaks"]
        );
        assert_eq!(lines("closes </i> nothing"), ["closes \\</i> nothing"]);
        assert_eq!(lines("<b>bold <i>never closed</b>"), ["<b>bold \\<i>never closed</b>"]);
    }

    #[test]
    fn code_spans_hold_any_text() {
        assert_eq!(code_span("GET /a"), "`GET /a`");
        assert_eq!(code_span("a`b"), "``a`b``");
        assert_eq!(code_span("`a"), "`` `a ``");
        assert_eq!(code_span("a\nb\u{202e}"), "`a b\\u{202e}`");
    }

    #[test]
    fn examples_with_line_breaks_or_backticks_are_blocks() {
        let mut out = Vec::new();
        push_example(&mut out, Some(&Value::String("a\n```\nfn main() {}".to_owned())));
        assert_eq!(out, ["Example:", "````text", "a", "```", "fn main() {}", "````"]);
        let mut out = vec!["Docs.".to_owned()];
        push_example(&mut out, Some(&serde_json::json!(7)));
        assert_eq!(out, ["Docs.", "", "Example: `7`"]);
    }
}
