//! Templates and the Markdown → HTML step.
//!
//! We use Tera 2 (the current stable major) rather than 1.x on purpose: its
//! errors carry the template name and a line/column span we can show for a
//! broken user template, filters can return strings marked safe (so our
//! sanitised Markdown HTML is not escaped twice), and it has fewer
//! dependencies. Autoescaping stays on for every `.html` template (Tera keys it
//! on the name), so any answer printed with `{{ }}` is escaped.
//!
//! Built-in templates are compiled into the binary; a user folder overrides
//! them by file name.

use anyhow::{Context as _, Result, anyhow};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use std::path::{Path, PathBuf};
use tera::{Context, Kwargs, State, Tera};

/// Every built-in template: (file name, contents).
pub const BUILTIN: &[(&str, &str)] = &[
    ("page.html", include_str!("../templates/page.html")),
    ("style.css", include_str!("../templates/style.css")),
    ("brief.md", include_str!("../templates/brief.md")),
    ("brief.html", include_str!("../templates/brief.html")),
    ("followup.md", include_str!("../templates/followup.md")),
    ("followup.html", include_str!("../templates/followup.html")),
];

/// The largest user template read, in bytes.
const MAX_TEMPLATE_BYTES: u64 = 1024 * 1024;

/// Tera, loaded with the built-in templates and any user overrides, plus our filters.
pub struct Renderer {
    tera: Tera,
    /// Where each template came from, for error messages.
    sources: Vec<(String, Option<PathBuf>)>,
}

impl Renderer {
    /// Load the built-in templates, replacing any that `user_dir` holds a file of the same name for.
    pub fn new(user_dir: Option<&Path>) -> Result<Self> {
        let mut tera = Tera::new();
        tera.register_filter("markdown", markdown_filter);
        tera.register_filter("md", md_filter);
        tera.register_filter("cell", cell_filter);
        let mut sources = Vec::new();
        let mut templates = Vec::new();
        for (name, builtin) in BUILTIN {
            let user = user_dir.map(|d| d.join(name)).filter(|p| p.is_file());
            let text = match &user {
                Some(path) => read_template(path)?,
                None => (*builtin).to_string(),
            };
            sources.push((name.to_string(), user));
            templates.push((name.to_string(), text));
        }
        let mut renderer = Renderer {
            tera: Tera::new(),
            sources,
        };
        tera.add_raw_templates(templates.iter().map(|(n, t)| (n.as_str(), t.as_str())))
            .map_err(|e| renderer.explain(e))?;
        renderer.tera = tera;
        Ok(renderer)
    }

    /// Render one template with a context.
    pub fn render(&self, name: &str, context: &Context) -> Result<String> {
        self.tera.render(name, context).map_err(|e| self.explain(e))
    }

    /// Turn a Tera error into one that names the file and line to fix.
    fn explain(&self, err: tera::Error) -> anyhow::Error {
        let report = match err.kind() {
            tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) => Some(r),
            _ => None,
        };
        let Some(report) = report else {
            return anyhow!("template error: {err}");
        };
        let name = report.filename();
        let shown = match self.sources.iter().find(|(n, _)| n == name) {
            Some((_, Some(path))) => path.display().to_string(),
            _ => format!("{name} (built in)"),
        };
        let span = report.span();
        let fix = match self.sources.iter().find(|(n, _)| n == name) {
            Some((_, Some(_))) => "fix the template, or delete it to use the built-in one",
            _ => "this is a bug in plan; please report it",
        };
        anyhow!(
            "{shown}:{}:{}: template error: {}\n  hint: {fix}",
            span.start_line,
            span.start_col + 1,
            report.message()
        )
    }
}

fn read_template(path: &Path) -> Result<String> {
    let meta =
        std::fs::metadata(path).with_context(|| format!("cannot read {}", path.display()))?;
    if meta.len() > MAX_TEMPLATE_BYTES {
        anyhow::bail!(
            "{}: the template is {} bytes; templates are at most {MAX_TEMPLATE_BYTES} bytes",
            path.display(),
            meta.len()
        );
    }
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    String::from_utf8(bytes)
        .map_err(|_| anyhow!("{}: the template is not UTF-8 text", path.display()))
}

/// Where user templates are looked for: `--templates DIR`, else
/// `$PLAN_DIR/templates` when it exists.
pub fn user_dir(flag: Option<&Path>) -> Result<Option<PathBuf>> {
    if let Some(dir) = flag {
        if !dir.is_dir() {
            anyhow::bail!(
                "{}: no such folder of templates\n  hint: create one with `plan templates export {}`",
                dir.display(),
                dir.display()
            );
        }
        return Ok(Some(dir.to_path_buf()));
    }
    let default = crate::store::plan_dir()?.join("templates");
    Ok(default.is_dir().then_some(default))
}

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

fn markdown_filter(text: &str, _: Kwargs, _: &State) -> tera::Value {
    tera::Value::safe_string(&markdown_to_html(text))
}

fn md_filter(text: &str, _: Kwargs, _: &State) -> String {
    markdown_inline_safe(text)
}

/// Make text safe inside one Markdown table cell: one line, no bare `|`.
pub fn markdown_cell(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('|', "\\|")
}

fn cell_filter(text: &str, _: Kwargs, _: &State) -> String {
    markdown_cell(text)
}

/// Write every built-in template into `dir` (created if needed), never
/// replacing a file that is already there unless `force`.
pub fn export(dir: &Path, force: bool) -> Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let mut written = Vec::new();
    for (name, _) in BUILTIN {
        let path = dir.join(name);
        if path.exists() && !force {
            anyhow::bail!(
                "{} already exists\n  hint: pass --force to replace the exported templates",
                path.display()
            );
        }
    }
    for (name, text) in BUILTIN {
        let path = dir.join(name);
        crate::store::write_private(&path, text.as_bytes())?;
        written.push(path);
    }
    Ok(written)
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

    #[test]
    fn every_builtin_template_compiles() {
        Renderer::new(None).unwrap();
    }
}
