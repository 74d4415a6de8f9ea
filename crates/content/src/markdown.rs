//! The small Markdown subset articles are written in, rendered to safe HTML.
//!
//! Blocks: `## ` and `### ` headings, paragraphs, `- ` bullet lists, `1. ` numbered lists, and a
//! line holding only `{{ drawing: NAME }}`. Inline: `**bold**`, `*emphasis*` and links to Solace's
//! own pages, `[text](/learn/slug)`. Nothing else is markup: every other character is text and is
//! escaped, so raw HTML shows as text and never reaches the page as tags. A link to anywhere
//! but this site (`https://…`, `//host`, `mailto:`) is not made: its text shows alone and the
//! target is reported in [`Rendered::problems`] (the tidy tests fail on any problem).

use std::fmt::Write as _;

/// One of our own drawings, placed by `{{ drawing: NAME }}`. The web crate draws them (as SVG,
/// with the region's coin beside the clots).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Drawing {
    PadLight,
    PadModerate,
    PadFull,
    ClotSmall,
    ClotLarge,
}

impl Drawing {
    pub const ALL: [Drawing; 5] = [
        Drawing::PadLight,
        Drawing::PadModerate,
        Drawing::PadFull,
        Drawing::ClotSmall,
        Drawing::ClotLarge,
    ];

    /// The name used in the directive.
    pub const fn name(self) -> &'static str {
        match self {
            Drawing::PadLight => "pad-light",
            Drawing::PadModerate => "pad-moderate",
            Drawing::PadFull => "pad-full",
            Drawing::ClotSmall => "clot-small",
            Drawing::ClotLarge => "clot-large",
        }
    }

    pub fn from_name(name: &str) -> Option<Drawing> {
        Drawing::ALL.into_iter().find(|d| d.name() == name)
    }
}

/// A rendered block: safe HTML made here, or a drawing for the page to insert.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// One heading, paragraph or list. Every character of the source text is escaped; the only
    /// tags are the ones this module writes (`h2 h3 p ul ol li strong em a`).
    Html(String),
    Drawing(Drawing),
}

/// A body, rendered.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rendered {
    pub blocks: Vec<Block>,
    /// The plain text (no markup), for search and word counts.
    pub text: String,
    /// The text of each heading, in order.
    pub headings: Vec<String>,
    /// Every link target written in the body (internal or not).
    pub links: Vec<String>,
    /// What does not fit the subset: external links, unknown drawings, raw HTML, unclosed markup.
    pub problems: Vec<String>,
}

/// Block structure before inline rendering.
#[derive(Debug)]
enum Node {
    Heading(u8, String),
    Para(String),
    List { ordered: bool, items: Vec<String> },
    Drawing(String),
}

/// Whether `target` is a path on this site: `/` then letters, digits, `-`, `_`, `/`, `#`.
pub fn is_internal(target: &str) -> bool {
    target.starts_with('/')
        && !target.starts_with("//")
        && target
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'-' | b'_' | b'#'))
}

/// The directive on a line, if the line is one: `{{ drawing: NAME }}` → `Some("drawing: NAME")`.
fn directive(line: &str) -> Option<&str> {
    let t = line.trim();
    t.strip_prefix("{{")
        .and_then(|r| r.strip_suffix("}}"))
        .map(str::trim)
}

/// `## Title` → (2, "Title").
fn heading(line: &str) -> Option<(u8, &str)> {
    let hashes = line.bytes().take_while(|&b| b == b'#').count();
    if hashes == 0 || hashes > 6 {
        return None;
    }
    let rest = &line[hashes..];
    if rest.starts_with(' ') || rest.is_empty() {
        Some((hashes as u8, rest.trim()))
    } else {
        None
    }
}

/// `- item` → (false, "item"); `3. item` → (true, "item").
fn list_item(line: &str) -> Option<(bool, &str)> {
    for marker in ["- ", "* ", "+ "] {
        if let Some(rest) = line.strip_prefix(marker) {
            return Some((false, rest.trim()));
        }
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0
        && let Some(rest) = line[digits..].strip_prefix(". ")
    {
        return Some((true, rest.trim()));
    }
    None
}

fn parse_blocks(body: &str) -> Vec<Node> {
    let mut nodes: Vec<Node> = vec![];
    // Whether the last node is still open to more lines.
    let mut open = false;
    for raw in body.lines() {
        let line = raw.trim();
        if line.is_empty() {
            open = false;
            continue;
        }
        if let Some(d) = directive(line) {
            nodes.push(Node::Drawing(d.to_owned()));
            open = false;
            continue;
        }
        if let Some((level, text)) = heading(line) {
            nodes.push(Node::Heading(level, text.to_owned()));
            open = false;
            continue;
        }
        if let Some((ordered, text)) = list_item(line) {
            match nodes.last_mut() {
                Some(Node::List { ordered: o, items }) if open && *o == ordered => {
                    items.push(text.to_owned());
                }
                _ => nodes.push(Node::List {
                    ordered,
                    items: vec![text.to_owned()],
                }),
            }
            open = true;
            continue;
        }
        // A plain line continues the open paragraph or list item, or starts a paragraph.
        match nodes.last_mut() {
            Some(Node::Para(p)) if open => {
                p.push(' ');
                p.push_str(line);
            }
            Some(Node::List { items, .. }) if open => {
                let last = items.last_mut().expect("a list has an item");
                last.push(' ');
                last.push_str(line);
            }
            _ => nodes.push(Node::Para(line.to_owned())),
        }
        open = true;
    }
    nodes
}

#[derive(Debug)]
enum Inline {
    Text(String),
    Strong(Vec<Inline>),
    Em(Vec<Inline>),
    Link {
        target: String,
        children: Vec<Inline>,
    },
}

/// Inline markup of one block's text. Markers without a partner are text.
fn parse_inline(s: &str) -> Vec<Inline> {
    let mut out = vec![];
    let mut text = String::new();
    let bytes = s.as_bytes();
    let mut i = 0;
    let flush = |text: &mut String, out: &mut Vec<Inline>| {
        if !text.is_empty() {
            out.push(Inline::Text(std::mem::take(text)));
        }
    };
    while i < s.len() {
        let rest = &s[i..];
        if let Some(after) = rest.strip_prefix("**")
            && let Some(end) = after.find("**")
            && end > 0
        {
            flush(&mut text, &mut out);
            out.push(Inline::Strong(parse_inline(&after[..end])));
            i += 2 + end + 2;
            continue;
        }
        if bytes[i] == b'*'
            && let Some(after) = rest.strip_prefix('*')
            && after.starts_with(|c: char| !c.is_whitespace() && c != '*')
            && let Some(end) = after.find('*')
            && !after[..end].ends_with(char::is_whitespace)
        {
            flush(&mut text, &mut out);
            out.push(Inline::Em(parse_inline(&after[..end])));
            i += 1 + end + 1;
            continue;
        }
        if bytes[i] == b'['
            && let Some(close) = rest.find("](")
            && let Some(paren) = rest[close + 2..].find(')')
        {
            let label = &rest[1..close];
            let target = &rest[close + 2..close + 2 + paren];
            flush(&mut text, &mut out);
            out.push(Inline::Link {
                target: target.trim().to_owned(),
                children: parse_inline(label),
            });
            i += close + 2 + paren + 1;
            continue;
        }
        let c = rest.chars().next().expect("not at the end");
        text.push(c);
        i += c.len_utf8();
    }
    flush(&mut text, &mut out);
    out
}

/// Escapes text for HTML content and attribute values.
pub fn escape(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

fn inline_html(nodes: &[Inline], out: &mut String, r: &mut Rendered) {
    for n in nodes {
        match n {
            Inline::Text(t) => {
                if t.contains("**") || t.contains("](") {
                    r.problems.push(format!("unclosed markup in {t:?}"));
                }
                if t.char_indices().any(|(i, c)| {
                    c == '<'
                        && t[i + 1..].starts_with(|n: char| n.is_ascii_alphabetic() || n == '/')
                }) {
                    r.problems.push(format!("raw HTML in {t:?}"));
                }
                escape(t, out);
                r.text.push_str(t);
            }
            Inline::Strong(c) => {
                out.push_str("<strong>");
                inline_html(c, out, r);
                out.push_str("</strong>");
            }
            Inline::Em(c) => {
                out.push_str("<em>");
                inline_html(c, out, r);
                out.push_str("</em>");
            }
            Inline::Link { target, children } => {
                r.links.push(target.clone());
                if is_internal(target) {
                    out.push_str("<a href=\"");
                    escape(target, out);
                    out.push_str("\">");
                    inline_html(children, out, r);
                    out.push_str("</a>");
                } else {
                    // Never a link off the site: the words stay, the link does not.
                    r.problems
                        .push(format!("link to {target:?} is not a Solace page"));
                    inline_html(children, out, r);
                }
            }
        }
    }
}

/// Renders an article body.
pub fn render(body: &str) -> Rendered {
    let mut r = Rendered::default();
    for node in parse_blocks(body) {
        let mut html = String::new();
        match node {
            Node::Drawing(d) => {
                match d
                    .strip_prefix("drawing:")
                    .map(str::trim)
                    .and_then(Drawing::from_name)
                {
                    Some(drawing) => r.blocks.push(Block::Drawing(drawing)),
                    None => r.problems.push(format!("unknown directive {{{{ {d} }}}}")),
                }
                continue;
            }
            Node::Heading(level, text) => {
                if !(2..=3).contains(&level) {
                    r.problems
                        .push(format!("heading level {level} (use ## or ###): {text:?}"));
                }
                let tag = if level <= 2 { "h2" } else { "h3" };
                let start = r.text.len();
                let _ = write!(html, "<{tag}>");
                inline_html(&parse_inline(&text), &mut html, &mut r);
                let _ = write!(html, "</{tag}>");
                r.headings.push(r.text[start..].to_owned());
                // A heading reads as its own sentence in snippets.
                if !r.text.ends_with(['.', '?', '!', ':']) {
                    r.text.push('.');
                }
                r.text.push('\n');
            }
            Node::Para(text) => {
                html.push_str("<p>");
                inline_html(&parse_inline(&text), &mut html, &mut r);
                html.push_str("</p>");
                r.text.push('\n');
            }
            Node::List { ordered, items } => {
                let tag = if ordered { "ol" } else { "ul" };
                let _ = write!(html, "<{tag}>");
                for item in items {
                    html.push_str("<li>");
                    inline_html(&parse_inline(&item), &mut html, &mut r);
                    html.push_str("</li>");
                    r.text.push('\n');
                }
                let _ = write!(html, "</{tag}>");
            }
        }
        r.blocks.push(Block::Html(html));
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    fn html(body: &str) -> String {
        render(body)
            .blocks
            .iter()
            .map(|b| match b {
                Block::Html(h) => h.clone(),
                Block::Drawing(d) => format!("[{}]", d.name()),
            })
            .collect()
    }

    #[test]
    fn headings_paragraphs_and_lists() {
        let body = "## What to do now\n\nFirst line\ncontinues here.\n\n- one\n- two **bold**\n  more\n\n1. a\n2. b\n\n### Small\n";
        assert_eq!(
            html(body),
            "<h2>What to do now</h2><p>First line continues here.</p>\
             <ul><li>one</li><li>two <strong>bold</strong> more</li></ul><ol><li>a</li><li>b</li></ol><h3>Small</h3>"
        );
        let r = render(body);
        assert_eq!(r.headings, ["What to do now", "Small"]);
        assert!(r.problems.is_empty(), "{:?}", r.problems);
        assert!(r.text.contains("two bold more"));
    }

    #[test]
    fn internal_links_only() {
        let r = render("See [scans](/learn/scans) or [this](https://example.com/x?q=1).");
        assert_eq!(
            html("See [scans](/learn/scans) or [this](https://example.com/x?q=1)."),
            "<p>See <a href=\"/learn/scans\">scans</a> or this.</p>"
        );
        assert_eq!(r.links, ["/learn/scans", "https://example.com/x?q=1"]);
        assert_eq!(r.problems.len(), 1);
        for bad in [
            "//evil.example",
            "javascript:alert(1)",
            "/x\" onclick=\"a",
            "mailto:a@b",
        ] {
            assert!(!is_internal(bad), "{bad}");
            let out = html(&format!("[t]({bad})"));
            assert!(!out.contains("<a"), "{out}");
        }
    }

    #[test]
    fn raw_html_is_escaped_and_reported() {
        let r = render("<script>alert('x')</script> & <b>hi</b>");
        assert_eq!(
            html("<script>alert('x')</script> & <b>hi</b>"),
            "<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;hi&lt;/b&gt;</p>"
        );
        assert!(!r.problems.is_empty());
        // A lone "<" in prose is fine.
        assert!(render("less than 5 < 6").problems.is_empty());
    }

    #[test]
    fn link_text_and_bold_are_escaped_too() {
        assert_eq!(
            html("**<i>** [<b>](/check)"),
            "<p><strong>&lt;i&gt;</strong> <a href=\"/check\">&lt;b&gt;</a></p>"
        );
    }

    #[test]
    fn drawings_and_unknown_directives() {
        let r = render(
            "Text\n\n{{ drawing: clot-small }}\n{{drawing:pad-full}}\n{{ drawing: photo }}\n",
        );
        assert_eq!(
            r.blocks[1..],
            [
                Block::Drawing(Drawing::ClotSmall),
                Block::Drawing(Drawing::PadFull)
            ]
        );
        assert_eq!(r.problems.len(), 1);
    }

    #[test]
    fn unpaired_markers_are_text() {
        assert_eq!(html("2 * 3 and a*"), "<p>2 * 3 and a*</p>");
        assert_eq!(html("*soft* word"), "<p><em>soft</em> word</p>");
        assert!(!render("**open").problems.is_empty());
        assert!(!render("# Title").problems.is_empty());
    }
}
