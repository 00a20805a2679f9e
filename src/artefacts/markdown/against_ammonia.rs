//! [`markdown_to_html`] against the pipeline it replaced: pulldown-cmark's
//! `push_html` cleaned by ammonia with the settings `plan` used (ammonia is
//! a dev-dependency, kept for these tests). On hostile Markdown, ours must
//! be something ammonia leaves as it is (nothing in it that it would
//! remove), and the same HTML the old pipeline wrote.
//!
//! Where they differ, by design:
//! - A link inside a link (an image in a link's text, a link in an image's
//!   text, once the image is a link): the old HTML nested `<a>` in `<a>`,
//!   which an HTML parser (ammonia's too) splits, leaving an empty outer
//!   link and the rest of its text outside it. Ours keeps the outer link
//!   whole and writes the inner one as its text.
//! - A web link whose address the `url` crate cannot parse (no host, a port
//!   past 65535, a bad IPv6 address, a character no host may hold):
//!   ammonia kept `<a rel="noopener noreferrer">` with no `href` (invalid
//!   HTML: `rel` needs `href`); ours keeps the `href` as typed (it still
//!   starts `http:`, `https:` or `mailto:`, so it can run nothing; a browser
//!   goes nowhere with it).

use super::{allowed_url, markdown_to_html, options};
use proptest::prelude::*;
use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use std::sync::LazyLock;

/// The cleaner as `plan` built it.
static CLEANER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut cleaner = ammonia::Builder::default();
    cleaner
        .url_schemes(["http", "https", "mailto"].into())
        .link_rel(Some("noopener noreferrer"))
        .rm_tags(["img"]);
    cleaner
});

fn ammonia_clean(html: &str) -> String {
    CLEANER.clean(html).to_string()
}

/// `markdown_to_html` as it was: pulldown-cmark's HTML, then ammonia.
fn old_markdown_to_html(text: &str) -> String {
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
    ammonia_clean(&html)
}

/// Whether a link the page keeps has another link or image inside it.
fn nests_links(md: &str) -> bool {
    let mut open: Vec<bool> = Vec::new();
    for event in Parser::new_ext(md, options()) {
        match event {
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                if open.contains(&true) {
                    return true;
                }
                open.push(allowed_url(&dest_url));
            }
            Event::End(TagEnd::Link | TagEnd::Image) => {
                open.pop();
            }
            _ => {}
        }
    }
    false
}

/// Whether ammonia would take the `href` off one of the links of `html`
/// (its `url` crate cannot parse the address).
fn drops_an_href(html: &str) -> bool {
    // Text holds no `<`: every `<a href=` is a link.
    ammonia_clean(html).matches("<a href=").count() < html.matches("<a href=").count()
}

/// The text of some HTML, its tags left out.
fn words(html: &str) -> String {
    html.split('<')
        .map(|part| part.split_once('>').map_or(part, |(_, text)| text))
        .collect()
}

/// Hostile pieces of Markdown: raw HTML, scripts, unsafe and disguised
/// schemes, references, quotes, tables, task lists, code, controls.
const PIECES: &[&str] = &[
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<b onclick=x>b</b>",
    "<div>\nblock\n</div>\n",
    "<!-- c -->",
    "<a href=\"javascript:x\">a</a>",
    "<style>p{}</style>",
    "<javascript:alert(1)>",
    "<https://ok.example/a?b=1&c='2'>",
    "<mailto:a@b.example>",
    "<a@b.example>",
    "[r]: javascript:alert(1)\n",
    "[s]: https://ok.example \"t\"\n",
    "[r]",
    "[x][s]",
    "[s][]",
    "\n\n",
    "\n",
    "\r\n",
    "\r",
    "\0",
    "\u{1}\u{8}\u{b}\u{c}\u{1b}\u{7f}\u{85}",
    "\u{a0}",
    "\u{2028}",
    "é✓ß 中文 \u{1f600}",
    "&amp;",
    "&nbsp;",
    "&#0;",
    "&#x3C;script&#x3E;",
    "&quot;",
    "\\",
    "*",
    "**",
    "_",
    "~~",
    "`",
    "```rust ignore\"x\" <y>\ncode <b>&amp;\n```\n",
    "~~~\nx\n~~~\n",
    "    indented code\n",
    "# heading\n",
    "text\n===\n",
    "> quote\n",
    "- [ ] task\n- [x] done\n",
    "1. one\n2. two\n",
    "3) three\n",
    "* a\n\n  b\n",
    "| a | b | c |\n|:--|:-:|--:|\n| 1 | *2* | [x](https://t.example) |\n",
    "---\n",
    "  \n",
    "a  \nb",
    "'",
    "\"",
    "<",
    ">",
    "&",
    "!",
    "[",
    "]",
    "(",
    ")",
    " ",
    "\t",
    "word",
];

/// Link targets: safe ones, unsafe ones, and unsafe ones in disguise.
const TARGETS: &[&str] = &[
    "https://ok.example",
    "http://ok.example/p?q=1&r=2#f",
    "HTTPS://OK.EXAMPLE/a'b",
    "mailto:a@b.example",
    "<https://ok.example/with space>",
    "https://ok.example/é\u{a0}",
    "https://ok.example/\"quote\"",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "&#106;avascript:alert(1)",
    "jav&#x09;ascript:alert(1)",
    "<  javascript:alert(1)>",
    "< https://ok.example>",
    "javascript&colon;alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html;base64,PHNjcmlwdD4=",
    "data:image/png;base64,AAAA",
    "DATA:text/html,<b>",
    "http://",
    "https://[::1",
    "http://ok.example:99999",
    "<http://a b>",
    "http:ok.example",
    "mailto:",
    "https://xn--a.example",
    "//evil.example",
    "relative/path",
    "#frag",
    "",
    "<>",
];

/// Titles, quoted every way Markdown allows, with quotes inside.
const TITLES: &[&str] = &[
    "",
    " \"say \\\"hi\\\"\"",
    " 'it''s'",
    " ('a' \"b\")",
    " \"a & b\u{a0}<c>\"",
    " \"x\" onmouseover=\"alert(1)",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => proptest::sample::select(PIECES).prop_map(str::to_string),
        1 => proptest::string::string_regex(r"[ -~\n\t\u{0}-\u{1f}\u{a0}é✓]{1,12}").unwrap(),
    ]
}

/// Markdown built from hostile pieces, links and images nested in each
/// other's text.
fn hostile_markdown() -> impl Strategy<Value = String> {
    let leaf = proptest::collection::vec(piece(), 0..4).prop_map(|p| p.concat());
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 1..4).prop_map(|p| p.concat()),
            (
                any::<bool>(),
                inner.clone(),
                proptest::sample::select(TARGETS),
                proptest::sample::select(TITLES),
            )
                .prop_map(|(image, text, target, title)| {
                    let bang = if image { "!" } else { "" };
                    format!("{bang}[{text}]({target}{title})")
                }),
            (
                inner.clone(),
                proptest::sample::select(&["*", "**", "~~", "_"][..])
            )
                .prop_map(|(text, mark)| format!("{mark}{text}{mark}")),
            (
                inner,
                proptest::sample::select(&["- ", "> ", "1. ", "| "][..])
            )
                .prop_map(|(text, lead)| format!("{lead}{}\n", text.replace('\n', "\n  "))),
        ]
    })
}

/// Tally of the generated inputs, printed when the test ends (run with
/// `--nocapture` to see it).
static TALLY: std::sync::Mutex<[usize; 4]> = std::sync::Mutex::new([0; 4]);

fn cases() -> u32 {
    std::env::var("PLAN_HTML_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(3000)
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: cases(),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn ours_is_what_ammonia_kept(md in hostile_markdown()) {
        let ours = markdown_to_html(&md);
        let old = old_markdown_to_html(&md);
        let nested = nests_links(&md);
        let bad_href = drops_an_href(&ours);
        // Nothing ammonia would remove: our HTML is a fixed point of it.
        if !bad_href {
            prop_assert_eq!(&ammonia_clean(&ours), &ours, "input {:?}", md);
        }
        if ours != old {
            if nested {
                // Only the links differ: the words are the same.
                prop_assert_eq!(words(&ours), words(&old), "input {:?}", md);
            } else {
                // Only the href differs.
                prop_assert!(bad_href, "input {:?}\nours {}\nold  {}", md, ours, old);
                prop_assert_eq!(&ammonia_clean(&ours), &old, "input {:?}", md);
            }
        }
        let mut tally = TALLY.lock().unwrap();
        tally[0] += 1;
        tally[1] += usize::from(ours == old);
        tally[2] += usize::from(ours != old && nested);
        tally[3] += usize::from(ours != old && !nested && bad_href);
        // The tally, for `--nocapture`: the test captures it otherwise.
        #[allow(clippy::print_stdout)]
        if tally[0] == cases() as usize {
            println!(
                "{} inputs: {} the same as before, {} differ by a nested link, \
                 {} by an href ammonia dropped",
                tally[0], tally[1], tally[2], tally[3]
            );
        }
    }
}

#[test]
fn hostile_answers_give_this_html() {
    for (md, want) in [
        (
            "<script>alert(1)</script>",
            "&lt;script&gt;alert(1)&lt;/script&gt;",
        ),
        (
            "Hi <img src=x onerror=alert(1)>",
            "<p>Hi &lt;img src=x onerror=alert(1)&gt;</p>\n",
        ),
        ("[x](JaVaScRiPt:alert(1))", "<p>x</p>\n"),
        ("[x](&#106;ava&#x53;cript&#58;alert(1))", "<p>x</p>\n"),
        ("[x](<  javascript:alert(1)>)", "<p>x</p>\n"),
        ("![pic](data:image/png;base64,AAAA)", "<p>pic</p>\n"),
        (
            "![pic](https://tracker.example/p.png)",
            "<p><a href=\"https://tracker.example/p.png\" \
             rel=\"noopener noreferrer\">pic</a></p>\n",
        ),
        (
            "[x](https://ok.example/?a=1&b='2' \"say \\\"hi\\\" & <go>\")",
            "<p><a href=\"https://ok.example/?a=1&amp;b='2'\" \
             title=\"say &quot;hi&quot; &amp; &lt;go&gt;\" rel=\"noopener noreferrer\">x</a></p>\n",
        ),
        (
            "| a | b |\n|:-|-:|\n| `<i>` | c\u{a0}d |",
            "<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody>\n\
             <tr><td><code>&lt;i&gt;</code></td><td>c&nbsp;d</td></tr>\n</tbody></table>\n",
        ),
        (
            "- [x] done\n\n```js onload=x\n</code><script>\n```",
            "<ul>\n<li>\ndone</li>\n</ul>\n<pre><code>&lt;/code&gt;&lt;script&gt;\n</code></pre>\n",
        ),
        (
            "[a ![b](https://b.example) c](https://a.example)",
            "<p><a href=\"https://a.example\" rel=\"noopener noreferrer\">a b c</a></p>\n",
        ),
        ("a\r\nb\rc\0d", "<p>a\nb\ncd</p>\n"),
    ] {
        assert_eq!(markdown_to_html(md), want, "{md:?}");
        // Nothing in it that ammonia would remove.
        assert_eq!(ammonia_clean(want), want, "{md:?}");
    }
}
