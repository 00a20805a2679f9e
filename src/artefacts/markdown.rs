//! Markdown: the one place that owns pulldown-cmark's options, cleans
//! answers into safe HTML, and keeps answers from reshaping a Markdown page.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// The Markdown options used everywhere.
fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS
}

/// Turn an answer written in Markdown into safe HTML.
///
/// Raw HTML typed in an answer is shown as text, headings are demoted to
/// paragraphs (the brief owns the outline), images become links (a page must
/// make no request when opened), and links to anything but the web or mail
/// lose their target (their text stays). The HTML is written here from the
/// parser's events by [`HtmlWriter`], which knows only a short list of
/// elements and attributes and escapes every text and attribute: no
/// script, event handler, style or `javascript:` URL can be written.
pub fn markdown_to_html(text: &str) -> String {
    let mut writer = HtmlWriter {
        out: String::with_capacity(text.len() + text.len() / 2 + 16),
        end_newline: true,
        in_head: false,
        links: Vec::new(),
    };
    for event in Parser::new_ext(text, options()) {
        writer.event(event);
    }
    let mut html = writer.out;
    // An HTML reader reads CR LF and a lone CR as LF: so does the page.
    if html.contains('\r') {
        html = html.replace("\r\n", "\n").replace('\r', "\n");
    }
    html
}

/// The HTML of [`markdown_to_html`], written event by event.
///
/// The elements are pulldown-cmark's own and laid out as its `push_html`
/// lays them out (the same line breaks), so a page reads as it did when
/// ammonia cleaned that output; what ammonia removed is never written: the
/// task list's `<input>`, `class` on code blocks, `style` on table cells.
/// Text is escaped as an HTML serialiser escapes it (`&`, `<`, `>`, and
/// U+00A0 as `&nbsp;`), attributes likewise (and `"`); void
/// elements are written `<br>`, `<hr>`; links carry `rel="noopener
/// noreferrer"`.
struct HtmlWriter {
    out: String,
    /// Whether the last thing written ended a line (as `push_html` tracks).
    end_newline: bool,
    /// In a table's head row: its cells are `<th>`.
    in_head: bool,
    /// For each link or image open, whether it was written as `<a>`.
    links: Vec<bool>,
}

impl HtmlWriter {
    fn write(&mut self, s: &str) {
        self.out.push_str(s);
        if !s.is_empty() {
            self.end_newline = s.ends_with('\n');
        }
    }

    /// A block's opening tag, on a line of its own.
    fn block(&mut self, tag: &str) {
        if !self.end_newline {
            self.out.push('\n');
        }
        self.write(tag);
    }

    fn text(&mut self, text: &str) {
        escape_text(text, &mut self.out);
        self.end_newline = text.ends_with('\n');
    }

    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            // Raw HTML typed in an answer is shown as the text typed.
            Event::Text(text)
            | Event::Html(text)
            | Event::InlineHtml(text)
            | Event::InlineMath(text)
            | Event::DisplayMath(text) => self.text(&text),
            Event::Code(text) => {
                self.out.push_str("<code>");
                escape_text(&text, &mut self.out);
                self.write("</code>");
            }
            Event::SoftBreak => self.write("\n"),
            Event::HardBreak => self.write("<br>\n"),
            Event::Rule => self.block("<hr>\n"),
            // The checkbox is not kept (it was an `<input>`); its line break is.
            Event::TaskListMarker(_) => self.write("\n"),
            Event::FootnoteReference(name) => self.text(&name),
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            // Headings are the brief's: one in an answer is a paragraph.
            Tag::Paragraph | Tag::Heading { .. } => self.block("<p>"),
            Tag::BlockQuote(_) => self.block("<blockquote>\n"),
            Tag::CodeBlock(_) => self.block("<pre><code>"),
            Tag::List(Some(1)) => self.block("<ol>\n"),
            Tag::List(Some(start)) => self.block(&format!("<ol start=\"{start}\">\n")),
            Tag::List(None) => self.block("<ul>\n"),
            Tag::Item => self.block("<li>"),
            Tag::Table(_) => self.write("<table>"),
            Tag::TableHead => {
                self.in_head = true;
                self.write("<thead><tr>");
            }
            Tag::TableRow => self.write("<tr>"),
            Tag::TableCell => self.write(if self.in_head { "<th>" } else { "<td>" }),
            Tag::Emphasis => self.write("<em>"),
            Tag::Strong => self.write("<strong>"),
            Tag::Strikethrough => self.write("<del>"),
            Tag::Link {
                dest_url, title, ..
            }
            | Tag::Image {
                dest_url, title, ..
            } => {
                // A link in a link (an image in a link's text, a link in an
                // image's) would be invalid HTML: its text joins the outer one.
                let inside_link = self.links.contains(&true);
                let written = allowed_url(&dest_url) && !inside_link;
                self.links.push(written);
                if written {
                    self.out.push_str("<a href=\"");
                    escape_href(&dest_url, &mut self.out);
                    if !title.is_empty() {
                        self.out.push_str("\" title=\"");
                        escape_attribute(&title, &mut self.out);
                    }
                    self.write("\" rel=\"noopener noreferrer\">");
                }
            }
            // Not parsed with our options; their text is still written.
            Tag::HtmlBlock
            | Tag::FootnoteDefinition(_)
            | Tag::DefinitionList
            | Tag::DefinitionListTitle
            | Tag::DefinitionListDefinition
            | Tag::Superscript
            | Tag::Subscript
            | Tag::MetadataBlock(_) => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph | TagEnd::Heading(_) => self.write("</p>\n"),
            TagEnd::BlockQuote(_) => self.write("</blockquote>\n"),
            TagEnd::CodeBlock => self.write("</code></pre>\n"),
            TagEnd::List(true) => self.write("</ol>\n"),
            TagEnd::List(false) => self.write("</ul>\n"),
            TagEnd::Item => self.write("</li>\n"),
            TagEnd::Table => self.write("</tbody></table>\n"),
            TagEnd::TableHead => {
                self.in_head = false;
                self.write("</tr></thead><tbody>\n");
            }
            TagEnd::TableRow => self.write("</tr>\n"),
            TagEnd::TableCell => self.write(if self.in_head { "</th>" } else { "</td>" }),
            TagEnd::Emphasis => self.write("</em>"),
            TagEnd::Strong => self.write("</strong>"),
            TagEnd::Strikethrough => self.write("</del>"),
            TagEnd::Link | TagEnd::Image => {
                if self.links.pop().unwrap_or(false) {
                    self.write("</a>");
                }
            }
            TagEnd::HtmlBlock
            | TagEnd::FootnoteDefinition
            | TagEnd::DefinitionList
            | TagEnd::DefinitionListTitle
            | TagEnd::DefinitionListDefinition
            | TagEnd::Superscript
            | TagEnd::Subscript
            | TagEnd::MetadataBlock(_) => {}
        }
    }
}

/// Append text for an HTML page: `&`, `<` and `>` as entities, and U+00A0
/// as `&nbsp;` (so it stays visible in the source, as ammonia wrote it);
/// NUL, which HTML text cannot hold, left out.
fn escape_text(text: &str, out: &mut String) {
    escape_with(text, out, |c| match c {
        '&' => Some("&amp;"),
        '<' => Some("&lt;"),
        '>' => Some("&gt;"),
        '\u{a0}' => Some("&nbsp;"),
        // An HTML parser drops NUL from text, as ammonia's did.
        '\0' => Some(""),
        _ => None,
    });
}

/// Append an attribute's value, to go between double quotes.
fn escape_attribute(text: &str, out: &mut String) {
    escape_with(text, out, |c| match c {
        '&' => Some("&amp;"),
        '"' => Some("&quot;"),
        '<' => Some("&lt;"),
        '>' => Some("&gt;"),
        '\u{a0}' => Some("&nbsp;"),
        // An HTML parser reads NUL in an attribute as U+FFFD.
        '\0' => Some("\u{fffd}"),
        _ => None,
    });
}

fn escape_with(text: &str, out: &mut String, entity: impl Fn(char) -> Option<&'static str>) {
    let mut from = 0;
    for (i, c) in text.char_indices() {
        if let Some(entity) = entity(c) {
            out.push_str(&text[from..i]);
            out.push_str(entity);
            from = i + c.len_utf8();
        }
    }
    out.push_str(&text[from..]);
}

/// Append a link target as pulldown-cmark writes one: every byte but ASCII
/// letters, digits and `!#$%&'()*+,-./:;=?@^_~` percent-encoded (space,
/// `"`, `<`, `>`, `[`, `\\`, `]`, `` ` ``, `{`, `|`, `}`, controls and
/// non-ASCII), and `&` as `&amp;`: no `"` is left to end the attribute.
fn escape_href(url: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut from = 0;
    for (i, &b) in url.as_bytes().iter().enumerate() {
        if b.is_ascii_alphanumeric() || b"!#$%'()*+,-./:;=?@^_~".contains(&b) {
            continue;
        }
        // `from` is past a byte written: a lead byte is followed by its
        // continuation bytes, which are written too, so a slice that is not
        // empty starts on a character.
        if from < i {
            out.push_str(&url[from..i]);
        }
        if b == b'&' {
            out.push_str("&amp;");
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0xF)]));
        }
        from = i + 1;
    }
    out.push_str(&url[from..]);
}

/// The only link targets an answer may carry.
const ALLOWED_SCHEMES: [&str; 3] = ["http", "https", "mailto"];

fn allowed_url(url: &str) -> bool {
    let url = url.trim().to_ascii_lowercase();
    ALLOWED_SCHEMES.iter().any(|s| {
        url.strip_prefix(s)
            .is_some_and(|rest| rest.starts_with(':'))
    })
}

/// Keep an answer from changing the outline of a Markdown document: a line
/// that would start a heading (`#`, or `===`/`---` under text) is escaped,
/// and so is HTML (see [`escape_html`]).
pub fn markdown_inline_safe(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.trim().lines().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let trimmed = line.trim_start();
        let setext = !trimmed.is_empty() && trimmed.chars().all(|c| c == '=' || c == '-');
        if trimmed.starts_with('#') || setext {
            out.push('\\');
        }
        escape_html(line, &mut out);
    }
    defuse_links(out)
}

/// Make text safe inside one Markdown table cell: one line, no bare `|`, no HTML.
pub fn markdown_cell(text: &str) -> String {
    let line = text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('|', "\\|");
    let mut out = String::with_capacity(line.len());
    escape_html(&line, &mut out);
    defuse_links(out)
}

/// An answer written in Markdown as plain text, for an email: the words
/// kept, the markup gone (list items start with "- ", links show their
/// address in brackets after their text).
pub fn markdown_to_plain(text: &str) -> String {
    let mut out = String::new();
    let mut link: Option<String> = None;
    for event in Parser::new_ext(text, options()) {
        match event {
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                out.push_str(&t)
            }
            Event::SoftBreak => out.push(' '),
            Event::HardBreak => out.push('\n'),
            Event::TaskListMarker(done) => out.push_str(if done { "(done) " } else { "" }),
            Event::Start(Tag::Item) => out.push_str("- "),
            Event::Start(Tag::Link { dest_url, .. }) => link = Some(dest_url.to_string()),
            Event::End(TagEnd::Link) => {
                if let Some(url) = link.take().filter(|u| !out.ends_with(u.as_str())) {
                    out.push_str(&format!(" ({url})"));
                }
            }
            Event::End(TagEnd::TableCell) => out.push(' '),
            Event::End(
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::CodeBlock | TagEnd::BlockQuote(_),
            ) => out.push_str("\n\n"),
            Event::End(TagEnd::Item | TagEnd::TableRow | TagEnd::TableHead)
                if !out.ends_with('\n') =>
            {
                out.push('\n')
            }
            Event::End(TagEnd::List(_)) => out.push('\n'),
            _ => {}
        }
    }
    // Tight list items hold no paragraph, loose ones do: one line each either way.
    let mut lines: Vec<&str> = Vec::new();
    for line in out.lines().map(str::trim_end) {
        if line.is_empty() && lines.last().is_none_or(|l| l.is_empty()) {
            continue;
        }
        lines.push(line);
    }
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines.join("\n")
}

/// Wrap text at `width` columns, line by line: a line starting "- " or a
/// number ("2. ") keeps its following lines under its text. A word longer
/// than a line is cut.
pub fn wrap(text: &str, width: usize) -> String {
    let width = width.max(10);
    let mut out: Vec<String> = Vec::new();
    for line in text.lines() {
        let indent = " ".repeat(hanging(line));
        let indent = indent.as_str();
        let mut current = String::new();
        let mut first = true;
        for word in line.split_whitespace() {
            let mut word = word.to_string();
            loop {
                let lead = if first { "" } else { indent };
                let used = current.chars().count();
                let len = word.chars().count();
                if used == 0 {
                    if lead.len() + len <= width {
                        current = format!("{lead}{word}");
                        break;
                    }
                    // A word longer than a line: cut it.
                    let cut: String = word.chars().take(width - lead.len()).collect();
                    out.push(format!("{lead}{cut}"));
                    first = false;
                    word = word.chars().skip(width - lead.len()).collect();
                    if word.is_empty() {
                        break;
                    }
                } else if used + 1 + len <= width {
                    current.push(' ');
                    current.push_str(&word);
                    break;
                } else {
                    out.push(std::mem::take(&mut current));
                    first = false;
                }
            }
        }
        out.push(current);
    }
    out.join("\n")
}

/// How far the lines after an item's first are indented: past "- ", or
/// past a number and its full stop ("12. "); 0 for a line that is no item.
fn hanging(line: &str) -> usize {
    if line.starts_with("- ") {
        return 2;
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    match line[digits..].starts_with(". ") {
        true if (1..=3).contains(&digits) => digits + 2,
        _ => 0,
    }
}

/// Keep Markdown links and images in an answer to what the HTML pages allow:
/// an image becomes a link (opening the text must fetch nothing), and a link
/// or link definition to anything but the web or mail (`javascript:`,
/// `data:`) becomes plain text. Each is undone by a backslash before its
/// `!` or `[`, which the parser itself found, so the backslash is never
/// taken as escaping one typed before it. A pass can reveal a link that was
/// nested in another, so passes repeat until none is left.
fn defuse_links(mut md: String) -> String {
    // Each pass undoes at least one `!` or `[`: that many passes always do.
    let passes = md.matches(['!', '[']).count();
    for _ in 0..passes {
        let mut at = unsafe_link_starts(&md);
        if at.is_empty() {
            break;
        }
        at.sort_unstable();
        at.dedup();
        for i in at.into_iter().rev() {
            md.insert(i, '\\');
        }
    }
    md
}

/// Where each image, unsafe link and unsafe link definition of `md` starts.
fn unsafe_link_starts(md: &str) -> Vec<usize> {
    let starts_with = |at: usize, c: char| md.get(at..).is_some_and(|s| s.starts_with(c));
    let parser = Parser::new_ext(md, options());
    let mut at: Vec<usize> = parser
        .reference_definitions()
        .iter()
        .filter(|(_, def)| !allowed_url(&def.dest))
        .filter_map(|(_, def)| {
            let bracket = md.get(def.span.clone())?.find('[')?;
            Some(def.span.start + bracket)
        })
        .collect();
    for (event, range) in parser.into_offset_iter() {
        match event {
            Event::Start(Tag::Image { .. }) if starts_with(range.start, '!') => {
                at.push(range.start);
            }
            Event::Start(Tag::Link { dest_url, .. })
                if !allowed_url(&dest_url) && starts_with(range.start, '[') =>
            {
                at.push(range.start);
            }
            _ => {}
        }
    }
    at
}

/// Append `text` with `<`, `>` and `&` written as the entities `&lt;`,
/// `&gt;` and `&amp;`. A Markdown file is pasted into mail and chat tools
/// that render it, and CommonMark passes raw HTML through: with no `<` left,
/// an answer cannot open a tag (`<script>`, `<img onerror=…>`), and every
/// renderer shows the entities as the characters typed. (A backslash would
/// also escape them, but pairs with a backslash typed just before it.)
fn escape_html(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod against_ammonia;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_items_wrap_under_their_text() {
        assert_eq!(wrap("- one two three four", 12), "- one two\n  three four");
        assert_eq!(wrap("12. one two three", 12), "12. one two\n    three");
        assert_eq!(wrap("2026. was a year", 12), "2026. was a\nyear");
        assert_eq!(wrap("one two three four", 12), "one two\nthree four");
    }

    #[test]
    fn raw_html_is_shown_as_text() {
        let html = markdown_to_html("Hi <script>alert(1)</script> <b onclick=x>b</b>");
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<b"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
    }

    #[test]
    fn dangerous_links_lose_their_target() {
        let html = markdown_to_html(
            "[x](javascript:alert(1)) [y](data:text/html,hi) [z](https://ok.example)",
        );
        assert!(!html.contains("javascript:"), "{html}");
        assert!(!html.contains("data:"), "{html}");
        assert_eq!(html.matches("<a ").count(), 1, "{html}");
        assert!(
            html.contains("x") && html.contains("y"),
            "the link text stays: {html}"
        );
        assert!(html.contains("href=\"https://ok.example\""), "{html}");
    }

    #[test]
    fn images_become_links_and_headings_paragraphs() {
        let html = markdown_to_html("# Big\n\n![pic](https://tracker.example/p.png)");
        assert!(!html.contains("<img") && !html.contains("<h1"), "{html}");
        assert!(html.contains("<p>Big</p>"), "{html}");
        assert!(
            html.contains("href=\"https://tracker.example/p.png\""),
            "{html}"
        );
    }

    #[test]
    fn markdown_keeps_emphasis_and_lists() {
        let html = markdown_to_html("*calm* and **clear**\n\n- one\n- two");
        assert!(html.contains("<em>calm</em>") && html.contains("<strong>clear</strong>"));
        assert!(html.contains("<li>one</li>"));
    }

    #[test]
    fn md_answers_cannot_add_headings() {
        assert_eq!(markdown_inline_safe("# not a heading"), "\\# not a heading");
        assert_eq!(markdown_inline_safe("text\n---"), "text\n\\---");
        assert_eq!(markdown_inline_safe("plain *text*"), "plain *text*");
    }

    #[test]
    fn table_cells_stay_in_their_cell() {
        assert_eq!(markdown_cell("a | b\nc"), "a \\| b c");
    }

    /// Every raw-HTML event a Markdown text parses into.
    fn html_events(md: &str) -> Vec<String> {
        Parser::new_ext(md, options())
            .filter_map(|e| match e {
                Event::Html(h) | Event::InlineHtml(h) => Some(h.to_string()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn html_in_markdown_answers_shows_as_the_text_typed() {
        for answer in [
            "<script>alert(1)</script>",
            "x <img src=x onerror=alert(1)>",
            "<div>\nblock\n</div>",
            "\\<b>escaped</b>",
            "&lt;script&gt; and a & b",
            "<!-- comment --> <?php ?> <![CDATA[x]]>",
        ] {
            for md in [markdown_inline_safe(answer), markdown_cell(answer)] {
                assert_eq!(html_events(&md), Vec::<String>::new(), "{answer} gave {md}");
            }
            // Rendered, the reader sees exactly what was typed.
            let mut html = String::new();
            pulldown_cmark::html::push_html(
                &mut html,
                Parser::new_ext(&markdown_inline_safe(answer), options()),
            );
            assert!(
                !html.contains("<script") && !html.contains("<img"),
                "{html}"
            );
        }
        let mut html = String::new();
        let md = markdown_inline_safe("a <b> & c");
        pulldown_cmark::html::push_html(&mut html, Parser::new_ext(&md, options()));
        assert_eq!(html, "<p>a &lt;b&gt; &amp; c</p>\n");
    }

    /// The link targets and image sources a Markdown text renders with.
    fn targets(md: &str) -> Vec<String> {
        Parser::new_ext(md, options())
            .filter_map(|e| match e {
                Event::Start(Tag::Link { dest_url, .. }) => Some(dest_url.to_string()),
                Event::Start(Tag::Image { dest_url, .. }) => Some(format!("img:{dest_url}")),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn markdown_answers_keep_web_links_only_and_no_images() {
        for (answer, want) in [
            (
                "[x](javascript:alert(1)) [y](https://ok.example)",
                vec!["https://ok.example"],
            ),
            (
                "![p](https://tracker.example/p.png)",
                vec!["https://tracker.example/p.png"],
            ),
            ("![p](javascript:alert(5))", vec![]),
            ("\\\\[x](javascript:alert(1))", vec![]),
            ("[[a](javascript:x)](javascript:y)", vec![]),
            ("[x][r]\n\n[r]: javascript:alert(1)", vec![]),
            (
                "[d](data:text/html;base64,PHNjcmlwdD4=) [m](mailto:a@b.example)",
                vec!["mailto:a@b.example"],
            ),
        ] {
            for md in [markdown_inline_safe(answer), markdown_cell(answer)] {
                assert_eq!(targets(&md), want, "{answer} gave {md}");
            }
        }
        // A definition on its own, used by a link elsewhere in the page.
        let page = format!(
            "{}\n\n{}",
            markdown_inline_safe("[r]"),
            markdown_inline_safe("[r]: javascript:x")
        );
        assert_eq!(targets(&page), Vec::<String>::new(), "{page}");
    }

    #[test]
    fn escaped_html_renders_as_typed() {
        let mut html = String::new();
        let md = markdown_inline_safe("a <b> & c");
        pulldown_cmark::html::push_html(&mut html, Parser::new_ext(&md, options()));
        assert_eq!(html, "<p>a &lt;b&gt; &amp; c</p>\n");
    }
}
