//! Markdown: the one place that owns pulldown-cmark's options, cleans
//! answers into safe HTML, and keeps answers from reshaping a Markdown page.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

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
    ammonia::Builder::default()
        .url_schemes(ALLOWED_SCHEMES.into())
        .link_rel(Some("noopener noreferrer"))
        .rm_tags(["img"])
        .clean(&html)
        .to_string()
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
/// that would start a heading (`#`, or `===`/`---` under text) is escaped.
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
        out.push_str(line);
    }
    out
}

/// Make text safe inside one Markdown table cell: one line, no bare `|`.
pub fn markdown_cell(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('|', "\\|")
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
