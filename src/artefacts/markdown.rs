//! Markdown: the one place that owns pulldown-cmark's options, cleans
//! answers into safe HTML, and keeps answers from reshaping a Markdown page.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use std::sync::LazyLock;

/// The Markdown options used everywhere.
fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS
}

/// Turn an answer written in Markdown into safe HTML.
///
/// Raw HTML typed in an answer is shown as text, headings are demoted to bold
/// paragraphs (the brief owns the outline), images become links (a page must
/// make no request when opened), and the result is cleaned by ammonia so no
/// script, event handler or `javascript:` URL survives.
pub fn markdown_to_html(text: &str) -> String {
    // Links to anything but the web or mail are dropped (their text stays):
    // ammonia would strip such an href anyway, leaving an invalid bare <a>.
    let mut kept_links: Vec<bool> = Vec::new();
    let events = Parser::new_ext(text, options()).filter_map(|event| {
        Some(match event {
            Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
            Event::Start(Tag::Heading { .. }) => Event::Start(Tag::Paragraph),
            Event::End(TagEnd::Heading(_)) => Event::End(TagEnd::Paragraph),
            Event::Start(
                Tag::Link {
                    dest_url, title, ..
                }
                | Tag::Image {
                    dest_url, title, ..
                },
            ) => {
                let keep = allowed_url(&dest_url);
                kept_links.push(keep);
                if !keep {
                    return None;
                }
                Event::Start(Tag::Link {
                    link_type: pulldown_cmark::LinkType::Inline,
                    dest_url,
                    title,
                    id: "".into(),
                })
            }
            Event::End(TagEnd::Link | TagEnd::Image) => {
                if !kept_links.pop().unwrap_or(false) {
                    return None;
                }
                Event::End(TagEnd::Link)
            }
            other => other,
        })
    });
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events);
    CLEANER.clean(&html).to_string()
}

/// The cleaner of [`markdown_to_html`], built once: building it (its sets
/// of tags, attributes and schemes) costs more than cleaning an answer.
static CLEANER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut cleaner = ammonia::Builder::default();
    cleaner
        .url_schemes(ALLOWED_SCHEMES.into())
        .link_rel(Some("noopener noreferrer"))
        .rm_tags(["img"]);
    cleaner
});

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
