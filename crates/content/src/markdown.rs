//! The small Markdown subset articles are written in, rendered to safe HTML.
//!
//! Blocks: `## ` and `### ` headings, paragraphs, `- ` bullet lists, `1. ` numbered lists, and
//! directives, each on a line of its own:
//!
//! - `{{ drawing: NAME }}` — one of our drawings ([`Drawing`]).
//! - `{{ warning }}` … `{{ end warning }}` — text or drawings that show what passes (blood,
//!   clots, tissue). The page puts them behind a content warning; the rest of the article is
//!   open. Drawings are allowed only inside a warning ([`Rendered::problems`] otherwise).
//! - `{{ region: uk ie }}` … `{{ end region }}` — text that applies in those regions only (ids
//!   of [`Region`]). Region blocks that follow each other (blank lines between them at most)
//!   form one [`RegionGroup`]; its `other` block is the fallback for every region the group does
//!   not name. The page shows the reader's block and puts the others one click away.
//!
//! Inline: `**bold**`, `*emphasis*`, links to Solace's own pages, `[text](/learn/slug)`, and
//! region terms, `{{ coin }}`, `{{ doctor }}`, `{{ epu }}`, `{{ ed }}` ([`Term`]): the name of
//! a service or the reference coin, which the page fills in for the reader's region (the plain
//! text of [`render`], for search, uses [`Term::default_text`]). Nothing else is markup: every other
//! character is text and is escaped, so raw HTML shows as text and never reaches the page as
//! tags. A link to anywhere but this site (`https://…`, `//host`, `mailto:`) is not made: its
//! text shows alone and the target is reported in [`Rendered::problems`] (the tidy tests fail on
//! any problem).

use solace_clinical::Region;
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

/// A word in a sentence that differs by region: `{{ coin }}` and the names of services. The web
/// crate fills each in from Fluent for the reader's region ([`Term::message_id`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Term {
    /// The reference coin for clot size ("a 10p coin", "a quarter").
    Coin,
    /// The family doctor ("your GP", "your doctor or OB-GYN").
    Doctor,
    /// The same-day early pregnancy service ("your early pregnancy unit (EPU)", "your OB-GYN").
    Epu,
    /// The emergency department ("A&E", "the emergency room (ER)").
    Ed,
}

impl Term {
    pub const ALL: [Term; 4] = [Term::Coin, Term::Doctor, Term::Epu, Term::Ed];

    /// The name used in `{{ … }}`.
    pub const fn name(self) -> &'static str {
        match self {
            Term::Coin => "coin",
            Term::Doctor => "doctor",
            Term::Epu => "epu",
            Term::Ed => "ed",
        }
    }

    pub fn from_name(name: &str) -> Option<Term> {
        Term::ALL.into_iter().find(|t| t.name() == name)
    }

    /// The Fluent message (`services.ftl`, selected by `$region`) that names it on a page: the
    /// same words the symptom check uses.
    pub const fn message_id(self) -> &'static str {
        match self {
            Term::Coin => "coin",
            Term::Doctor => "service-doctor",
            Term::Epu => "service-epu",
            Term::Ed => "service-ed",
        }
    }

    /// The words in the plain text (search, snippets, counts): the UK wording, as the articles
    /// are written in British English first.
    pub const fn default_text(self) -> &'static str {
        match self {
            Term::Coin => "a 10p coin",
            Term::Doctor => "your GP",
            Term::Epu => "your early pregnancy unit (EPU)",
            Term::Ed => "A&E",
        }
    }
}

/// Consecutive region blocks: one part per set of regions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegionGroup {
    pub parts: Vec<RegionPart>,
}

/// The text for some regions. `regions` holds [`Region::Other`] for the fallback part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegionPart {
    pub regions: Vec<Region>,
    pub blocks: Vec<Block>,
}

impl RegionPart {
    /// Whether this is the fallback for regions the group does not name.
    pub fn is_fallback(&self) -> bool {
        self.regions.contains(&Region::Other)
    }
}

impl RegionGroup {
    /// The part to show a reader in `region`: the one naming it, else the fallback (`other`).
    pub fn part_for(&self, region: Region) -> Option<usize> {
        self.parts
            .iter()
            .position(|p| p.regions.contains(&region))
            .or_else(|| self.parts.iter().position(RegionPart::is_fallback))
    }

    /// The part for `region` and the others, in the order written.
    pub fn split(&self, region: Region) -> (Option<&RegionPart>, Vec<&RegionPart>) {
        let here = self.part_for(region);
        let others = self
            .parts
            .iter()
            .enumerate()
            .filter(|(i, _)| Some(*i) != here)
            .map(|(_, p)| p)
            .collect();
        (here.and_then(|i| self.parts.get(i)), others)
    }
}

/// A rendered block: safe HTML made here, or a structure for the page to lay out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// One heading, paragraph or list. Every character of the source text is escaped; the only
    /// tags are the ones this module writes (`h2 h3 p ul ol li strong em a`).
    Html(String),
    Drawing(Drawing),
    /// `{{ warning }}` … `{{ end warning }}`: shown behind the content warning.
    Warning(Vec<Block>),
    /// Region blocks: the reader's part shown, the others one click away.
    Regions(RegionGroup),
}

/// One paragraph, list item or heading as plain text, and whether it sits in a region block
/// (and which regions), for the tidy tests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextBlock {
    pub text: String,
    /// The regions of the region block it is in; empty when it is for everyone.
    pub regions: Vec<Region>,
    /// Inside `{{ warning }}`.
    pub warned: bool,
}

/// A body, rendered.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rendered {
    pub blocks: Vec<Block>,
    /// The plain text (no markup), for search and word counts: region terms in the words the
    /// renderer was given ([`Term::default_text`] for [`render`]), and every region block's text
    /// (a search finds a fact whatever the reader's region).
    pub text: String,
    /// Each heading, paragraph and list item as plain text, with where it sits.
    pub texts: Vec<TextBlock>,
    /// The text of each heading, in order.
    pub headings: Vec<String>,
    /// Every link target written in the body (internal or not).
    pub links: Vec<String>,
    /// Region terms used, in order.
    pub terms: Vec<Term>,
    /// What does not fit the subset: external links, unknown drawings or directives, raw HTML,
    /// unclosed markup or blocks, region groups without a part for every region.
    pub problems: Vec<String>,
}

impl Rendered {
    /// Whether any block sits behind the content warning.
    pub fn has_warning(&self) -> bool {
        fn any(blocks: &[Block]) -> bool {
            blocks.iter().any(|b| match b {
                Block::Warning(_) => true,
                Block::Regions(g) => g.parts.iter().any(|p| any(&p.blocks)),
                _ => false,
            })
        }
        any(&self.blocks)
    }
}

/// A directive line, parsed.
#[derive(Debug)]
enum Directive {
    Drawing(String),
    Region(String),
    EndRegion,
    Warning,
    EndWarning,
    Unknown(String),
}

/// Block structure before inline rendering.
#[derive(Debug)]
enum Node {
    Heading(u8, String),
    Para(String),
    List { ordered: bool, items: Vec<String> },
    Directive(Directive),
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
    let inner = t.strip_prefix("{{")?.strip_suffix("}}")?;
    // `{{ a }} text {{ b }}` is a line of text with two terms, not one directive.
    (!inner.contains("}}") && !inner.contains("{{")).then(|| inner.trim())
}

fn parse_directive(d: &str) -> Directive {
    let words = |rest: &str| rest.split_whitespace().collect::<Vec<_>>().join(" ");
    match d.split_once(':') {
        Some(("drawing", rest)) => Directive::Drawing(words(rest)),
        Some(("region", rest)) => Directive::Region(words(rest)),
        _ => match words(d).as_str() {
            "end region" => Directive::EndRegion,
            "warning" => Directive::Warning,
            "end warning" => Directive::EndWarning,
            other => Directive::Unknown(other.to_owned()),
        },
    }
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
            nodes.push(Node::Directive(parse_directive(d)));
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
            Some(Node::List { items, .. }) if open && !items.is_empty() => {
                if let Some(last) = items.last_mut() {
                    last.push(' ');
                    last.push_str(line);
                }
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
    /// `{{ name }}`: a region term, or an unknown name (a problem).
    Term(String),
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
        if let Some(after) = rest.strip_prefix("{{")
            && let Some(end) = after.find("}}")
        {
            flush(&mut text, &mut out);
            out.push(Inline::Term(after[..end].trim().to_owned()));
            i += 2 + end + 2;
            continue;
        }
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
        let Some(c) = rest.chars().next() else { break };
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

/// What inline rendering writes into: the HTML, and the parts of [`Rendered`] it fills.
struct Writer<'a> {
    r: &'a mut Rendered,
    terms: &'a dyn Fn(Term) -> String,
    /// The plain text of the current block.
    text: String,
}

impl Writer<'_> {
    fn inline(&mut self, nodes: &[Inline], out: &mut String) {
        for n in nodes {
            match n {
                Inline::Text(t) => {
                    if t.contains("**") || t.contains("](") || t.contains("{{") {
                        self.r.problems.push(format!("unclosed markup in {t:?}"));
                    }
                    if t.char_indices().any(|(i, c)| {
                        c == '<'
                            && t[i + 1..].starts_with(|n: char| n.is_ascii_alphabetic() || n == '/')
                    }) {
                        self.r.problems.push(format!("raw HTML in {t:?}"));
                    }
                    escape(t, out);
                    self.text.push_str(t);
                }
                Inline::Term(name) => match Term::from_name(name) {
                    Some(term) => {
                        self.r.terms.push(term);
                        let words = (self.terms)(term);
                        escape(&words, out);
                        self.text.push_str(&words);
                    }
                    None => self
                        .r
                        .problems
                        .push(format!("unknown term {{{{ {name} }}}}")),
                },
                Inline::Strong(c) => {
                    out.push_str("<strong>");
                    self.inline(c, out);
                    out.push_str("</strong>");
                }
                Inline::Em(c) => {
                    out.push_str("<em>");
                    self.inline(c, out);
                    out.push_str("</em>");
                }
                Inline::Link { target, children } => {
                    self.r.links.push(target.clone());
                    if is_internal(target) {
                        out.push_str("<a href=\"");
                        escape(target, out);
                        out.push_str("\">");
                        self.inline(children, out);
                        out.push_str("</a>");
                    } else {
                        // Never a link off the site: the words stay, the link does not.
                        self.r
                            .problems
                            .push(format!("link to {target:?} is not a Solace page"));
                        self.inline(children, out);
                    }
                }
            }
        }
    }

    /// Ends one text block: into the plain text and the list of text blocks.
    fn end_block(&mut self, regions: &[Region], warned: bool, heading: bool) {
        let t = std::mem::take(&mut self.text);
        if heading {
            self.r.headings.push(t.clone());
        }
        self.r.text.push_str(&t);
        // A heading reads as its own sentence in snippets.
        if heading && !t.ends_with(['.', '?', '!', ':']) {
            self.r.text.push('.');
        }
        self.r.text.push('\n');
        self.r.texts.push(TextBlock {
            text: t.trim().to_owned(),
            regions: regions.to_vec(),
            warned,
        });
    }
}

/// Where a block being built sits.
#[derive(Debug)]
enum Frame {
    Root,
    Warning,
    /// One region block; `joins` when it follows another and so belongs to the same group.
    Region {
        regions: Vec<Region>,
        joins: bool,
    },
}

/// Parses `uk ie` into regions, reporting unknown ids.
fn regions(list: &str, problems: &mut Vec<String>) -> Vec<Region> {
    let mut out = vec![];
    for id in list.split([' ', ',']).filter(|w| !w.is_empty()) {
        match id.parse::<Region>() {
            Ok(r) if out.contains(&r) => problems.push(format!("region {id} listed twice")),
            Ok(r) => out.push(r),
            Err(_) => problems.push(format!(
                "unknown region {id:?} in {{{{ region: {list} }}}} (use uk us ie ca au nz other)"
            )),
        }
    }
    if out.is_empty() {
        problems.push("{{ region: }} names no region".into());
    }
    out
}

/// Checks one finished group: every region has a part, none has two.
fn check_group(g: &RegionGroup, problems: &mut Vec<String>) {
    for r in Region::ALL {
        let n = g.parts.iter().filter(|p| p.regions.contains(&r)).count();
        if n > 1 {
            problems.push(format!("region {} has {n} blocks in one group", r.id()));
        }
    }
    if !g.parts.iter().any(RegionPart::is_fallback) {
        let missing: Vec<&str> = Region::ALL
            .into_iter()
            .filter(|r| !g.parts.iter().any(|p| p.regions.contains(r)))
            .map(Region::id)
            .collect();
        if !missing.is_empty() {
            problems.push(format!(
                "a region group has no block for {} (add {{{{ region: other }}}})",
                missing.join(" ")
            ));
        }
    }
}

/// Renders an article body, region terms in their default words ([`Term::default_text`]).
pub fn render(body: &str) -> Rendered {
    render_with(body, &|t| t.default_text().to_owned())
}

/// Renders an article body, with `terms` giving the words for each region term (escaped here
/// in the HTML; as they are in the plain text).
pub fn render_with(body: &str, terms: &dyn Fn(Term) -> String) -> Rendered {
    let mut r = Rendered::default();
    let nodes = parse_blocks(body);
    let mut w = Writer {
        r: &mut r,
        terms,
        text: String::new(),
    };
    // A stack of frames with the blocks made in each.
    let mut stack: Vec<(Frame, Vec<Block>)> = vec![(Frame::Root, vec![])];
    // Whether the node just before was `{{ end region }}`: a region block now joins its group.
    let mut after_region = false;
    for node in nodes {
        let just_closed = std::mem::take(&mut after_region);
        let in_region: Vec<Region> = stack
            .iter()
            .rev()
            .find_map(|(f, _)| match f {
                Frame::Region { regions, .. } => Some(regions.clone()),
                _ => None,
            })
            .unwrap_or_default();
        let warned = stack.iter().any(|(f, _)| matches!(f, Frame::Warning));
        let mut html = String::new();
        match node {
            Node::Directive(d) => match d {
                Directive::Drawing(name) => {
                    let block = Drawing::from_name(&name).map(Block::Drawing);
                    match block {
                        Some(b) if warned => push(&mut stack, b),
                        Some(_) => w.r.problems.push(format!(
                            "drawing {name} outside {{{{ warning }}}} … {{{{ end warning }}}}"
                        )),
                        None => w.r.problems.push(format!("unknown drawing {name:?}")),
                    }
                }
                Directive::Region(list) => {
                    let regions = regions(&list, &mut w.r.problems);
                    if stack.iter().any(|(f, _)| matches!(f, Frame::Region { .. })) {
                        w.r.problems
                            .push("{{ region }} inside a region block: close it first".into());
                    }
                    stack.push((
                        Frame::Region {
                            regions,
                            joins: just_closed,
                        },
                        vec![],
                    ));
                }
                Directive::EndRegion => {
                    if matches!(stack.last(), Some((Frame::Region { .. }, _))) {
                        close(&mut stack, &mut w.r.problems);
                        after_region = true;
                    } else {
                        w.r.problems
                            .push("{{ end region }} without {{ region: … }}".into());
                    }
                }
                Directive::Warning => {
                    if warned {
                        w.r.problems.push("{{ warning }} inside a warning".into());
                    }
                    stack.push((Frame::Warning, vec![]));
                }
                Directive::EndWarning => {
                    if matches!(stack.last(), Some((Frame::Warning, _))) {
                        close(&mut stack, &mut w.r.problems);
                    } else {
                        w.r.problems
                            .push("{{ end warning }} without {{ warning }}".into());
                    }
                }
                Directive::Unknown(d) => {
                    w.r.problems
                        .push(format!("unknown directive {{{{ {d} }}}}"));
                }
            },
            Node::Heading(level, text) => {
                if !(2..=3).contains(&level) {
                    w.r.problems
                        .push(format!("heading level {level} (use ## or ###): {text:?}"));
                }
                let tag = if level <= 2 { "h2" } else { "h3" };
                let _ = write!(html, "<{tag}>");
                w.inline(&parse_inline(&text), &mut html);
                let _ = write!(html, "</{tag}>");
                w.end_block(&in_region, warned, true);
                push(&mut stack, Block::Html(html));
            }
            Node::Para(text) => {
                html.push_str("<p>");
                w.inline(&parse_inline(&text), &mut html);
                html.push_str("</p>");
                w.end_block(&in_region, warned, false);
                push(&mut stack, Block::Html(html));
            }
            Node::List { ordered, items } => {
                let tag = if ordered { "ol" } else { "ul" };
                let _ = write!(html, "<{tag}>");
                for item in items {
                    html.push_str("<li>");
                    w.inline(&parse_inline(&item), &mut html);
                    html.push_str("</li>");
                    w.end_block(&in_region, warned, false);
                }
                let _ = write!(html, "</{tag}>");
                push(&mut stack, Block::Html(html));
            }
        }
    }
    while stack.len() > 1 {
        let what = match stack.last() {
            Some((Frame::Warning, _)) => "{{ warning }} is not closed with {{ end warning }}",
            _ => "{{ region: … }} is not closed with {{ end region }}",
        };
        w.r.problems.push(what.into());
        close(&mut stack, &mut w.r.problems);
    }
    if let Some((_, blocks)) = stack.pop() {
        w.r.blocks = blocks;
    }
    let groups = groups(&w.r.blocks);
    for g in groups {
        check_group(g, &mut w.r.problems);
    }
    r
}

/// Adds a block to the innermost frame.
fn push(stack: &mut [(Frame, Vec<Block>)], b: Block) {
    if let Some((_, blocks)) = stack.last_mut() {
        blocks.push(b);
    }
}

/// Closes the innermost frame into its parent: a warning, a new region group, or one more part
/// of the group just before it.
fn close(stack: &mut Vec<(Frame, Vec<Block>)>, problems: &mut Vec<String>) {
    let Some((frame, blocks)) = stack.pop() else {
        return;
    };
    let Some((_, parent)) = stack.last_mut() else {
        return;
    };
    match frame {
        Frame::Root => parent.extend(blocks),
        Frame::Warning => {
            if blocks.is_empty() {
                problems.push("an empty {{ warning }}".into());
            }
            parent.push(Block::Warning(blocks));
        }
        Frame::Region { regions, joins } => {
            if blocks.is_empty() {
                problems.push("an empty region block".into());
            }
            let part = RegionPart { regions, blocks };
            match parent.last_mut() {
                Some(Block::Regions(g)) if joins => g.parts.push(part),
                _ => parent.push(Block::Regions(RegionGroup { parts: vec![part] })),
            }
        }
    }
}

/// Every region group, wherever it sits.
fn groups(blocks: &[Block]) -> Vec<&RegionGroup> {
    let mut out = vec![];
    for b in blocks {
        match b {
            Block::Regions(g) => {
                out.push(g);
                for p in &g.parts {
                    out.extend(groups(&p.blocks));
                }
            }
            Block::Warning(inner) => out.extend(groups(inner)),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flat(blocks: &[Block], out: &mut String) {
        for b in blocks {
            match b {
                Block::Html(h) => out.push_str(h),
                Block::Drawing(d) => {
                    let _ = write!(out, "[{}]", d.name());
                }
                Block::Warning(inner) => {
                    out.push_str("[warning ");
                    flat(inner, out);
                    out.push(']');
                }
                Block::Regions(g) => {
                    for p in &g.parts {
                        let ids: Vec<&str> = p.regions.iter().map(|r| r.id()).collect();
                        let _ = write!(out, "[{} ", ids.join(","));
                        flat(&p.blocks, out);
                        out.push(']');
                    }
                }
            }
        }
    }

    fn html(body: &str) -> String {
        let mut out = String::new();
        flat(&render(body).blocks, &mut out);
        out
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
        let texts: Vec<&str> = r.texts.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "What to do now",
                "First line continues here.",
                "one",
                "two bold more",
                "a",
                "b",
                "Small"
            ]
        );
        assert!(r.texts.iter().all(|t| t.regions.is_empty() && !t.warned));
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
    fn drawings_live_inside_a_warning_and_unknown_directives_are_problems() {
        let r = render(
            "Text\n\n{{ warning }}\n{{ drawing: clot-small }}\n{{drawing:pad-full}}\n\nWhat passes.\n{{ end warning }}\n\nAfter.\n",
        );
        assert!(r.problems.is_empty(), "{:?}", r.problems);
        assert!(r.has_warning());
        assert_eq!(
            r.blocks[1],
            Block::Warning(vec![
                Block::Drawing(Drawing::ClotSmall),
                Block::Drawing(Drawing::PadFull),
                Block::Html("<p>What passes.</p>".into()),
            ])
        );
        assert_eq!(r.blocks[2], Block::Html("<p>After.</p>".into()));
        let warned: Vec<bool> = r.texts.iter().map(|t| t.warned).collect();
        assert_eq!(warned, [false, true, false]);
        // Outside a warning, unknown, unclosed, or closed twice: each is a problem.
        for (body, want) in [
            ("{{ drawing: pad-full }}", "outside"),
            (
                "{{ warning }}\n{{ drawing: photo }}\n{{ end warning }}",
                "unknown drawing",
            ),
            ("{{ warning }}\nText.", "not closed"),
            ("Text.\n{{ end warning }}", "without"),
            ("{{ shout }}", "unknown directive"),
            ("{{ warning }}\n{{ end warning }}", "empty"),
        ] {
            let p = render(body).problems;
            assert!(p.iter().any(|p| p.contains(want)), "{body:?}: {p:?}");
        }
        assert!(!render("No warning here.").has_warning());
    }

    const GROUP: &str = "## Leave\n\n{{ region: uk }}\nIn the UK, a fit note.\n{{ end region }}\n\n\
        {{ region: nz au }}\n- In New Zealand, 3 days.\n{{ end region }}\n{{ region: other }}\nAsk at work.\n{{ end region }}\n\nAfter.\n";

    #[test]
    fn consecutive_region_blocks_form_one_group_with_a_fallback() {
        let r = render(GROUP);
        assert!(r.problems.is_empty(), "{:?}", r.problems);
        assert_eq!(r.blocks.len(), 3, "{:?}", r.blocks);
        let Block::Regions(g) = &r.blocks[1] else {
            panic!("{:?}", r.blocks[1])
        };
        assert_eq!(g.parts.len(), 3);
        assert_eq!(g.parts[1].regions, [Region::Nz, Region::Au]);
        assert!(g.parts[2].is_fallback());
        // The reader's part; a region not named gets the fallback; the rest are "others".
        assert_eq!(g.part_for(Region::Uk), Some(0));
        assert_eq!(g.part_for(Region::Au), Some(1));
        assert_eq!(g.part_for(Region::Us), Some(2));
        assert_eq!(g.part_for(Region::Other), Some(2));
        let (here, others) = g.split(Region::Nz);
        assert_eq!(here, Some(&g.parts[1]));
        assert_eq!(others, [&g.parts[0], &g.parts[2]]);
        assert_eq!(
            html(GROUP),
            "<h2>Leave</h2>[uk <p>In the UK, a fit note.</p>][nz,au <ul><li>In New Zealand, 3 days.</li></ul>]\
             [other <p>Ask at work.</p>]<p>After.</p>"
        );
        // Every part's words are in the plain text, so search finds them.
        assert!(r.text.contains("fit note") && r.text.contains("3 days"));
        let regions: Vec<Vec<Region>> = r.texts.iter().map(|t| t.regions.clone()).collect();
        assert_eq!(
            regions,
            [
                vec![],
                vec![Region::Uk],
                vec![Region::Nz, Region::Au],
                vec![Region::Other],
                vec![]
            ]
        );
    }

    #[test]
    fn text_between_region_blocks_starts_a_new_group() {
        let body = "{{ region: uk }}\nA.\n{{ end region }}\n{{ region: other }}\nB.\n{{ end region }}\n\
            Between.\n\n{{ region: other }}\nC.\n{{ end region }}\n";
        let r = render(body);
        assert!(r.problems.is_empty(), "{:?}", r.problems);
        let groups: Vec<usize> = r
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Regions(g) => Some(g.parts.len()),
                _ => None,
            })
            .collect();
        assert_eq!(groups, [2, 1]);
    }

    #[test]
    fn region_groups_must_cover_every_region_once() {
        for (body, want) in [
            (
                "{{ region: uk }}\nA.\n{{ end region }}",
                "no block for ie us ca au nz other",
            ),
            (
                "{{ region: uk }}\nA.\n{{ end region }}\n{{ region: uk other }}\nB.\n{{ end region }}",
                "region uk has 2 blocks",
            ),
            ("{{ region: mars }}\nA.\n{{ end region }}", "unknown region"),
            ("{{ region: }}\nA.\n{{ end region }}", "names no region"),
            ("{{ region: other }}\nA.", "not closed"),
            ("{{ end region }}", "without"),
            (
                "{{ region: other }}\n{{ region: uk }}\nA.\n{{ end region }}\n{{ end region }}",
                "inside a region",
            ),
        ] {
            let p = render(body).problems;
            assert!(p.iter().any(|p| p.contains(want)), "{body:?}: {p:?}");
        }
        let all = "{{ region: uk ie }}\nA.\n{{ end region }}\n{{ region: us ca au nz other }}\nB.\n{{ end region }}";
        assert!(render(all).problems.is_empty());
    }

    #[test]
    fn region_terms_are_filled_in_and_escaped() {
        let body = "Go to {{ ed }} now. Bigger than {{coin}}? Ask {{ doctor }} or {{ epu }}.";
        let r = render(body);
        assert!(r.problems.is_empty(), "{:?}", r.problems);
        assert_eq!(r.terms, [Term::Ed, Term::Coin, Term::Doctor, Term::Epu]);
        assert_eq!(
            html(body),
            "<p>Go to A&amp;E now. Bigger than a 10p coin? Ask your GP or your early pregnancy unit (EPU).</p>"
        );
        assert!(r.text.contains("Go to A&E now."));
        let us = render_with(body, &|t| match t {
            Term::Coin => "a <quarter>".into(),
            other => other.name().to_uppercase(),
        });
        assert_eq!(
            us.blocks[0],
            Block::Html(
                "<p>Go to ED now. Bigger than a &lt;quarter&gt;? Ask DOCTOR or EPU.</p>".into()
            )
        );
        assert!(us.text.contains("Bigger than a <quarter>?"));
        assert!(
            render("Ask {{ vet }}.")
                .problems
                .iter()
                .any(|p| p.contains("unknown term"))
        );
        for t in Term::ALL {
            assert_eq!(Term::from_name(t.name()), Some(t));
        }
    }

    #[test]
    fn unpaired_markers_are_text() {
        assert_eq!(html("2 * 3 and a*"), "<p>2 * 3 and a*</p>");
        assert_eq!(html("*soft* word"), "<p><em>soft</em> word</p>");
        assert!(!render("**open").problems.is_empty());
        assert!(!render("# Title").problems.is_empty());
        assert!(!render("an {{ open term").problems.is_empty());
    }
}
