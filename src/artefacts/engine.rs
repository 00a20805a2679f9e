//! The template engine: Tera wrapped in one small type that owns the
//! filters and turns template errors into ours.
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

use super::markdown::{
    markdown_cell, markdown_inline_safe, markdown_to_html, markdown_to_plain, wrap,
};
use crate::error::ShowPath;
use crate::error::{Error, Result};
use std::borrow::Cow;
use std::path::{Path, PathBuf};
use tera::{Context, Kwargs, State, Tera};

/// Every built-in template: (file name, contents).
pub const BUILTIN: &[(&str, &str)] = &[
    ("page.html", include_str!("../../templates/page.html")),
    ("style.css", include_str!("../../templates/style.css")),
    ("brief.md", include_str!("../../templates/brief.md")),
    ("brief.html", include_str!("../../templates/brief.html")),
    ("followup.md", include_str!("../../templates/followup.md")),
    (
        "followup.html",
        include_str!("../../templates/followup.html"),
    ),
    ("followup.txt", include_str!("../../templates/followup.txt")),
    ("card.md", include_str!("../../templates/card.md")),
    ("card.html", include_str!("../../templates/card.html")),
    ("card.txt", include_str!("../../templates/card.txt")),
    ("card.css", include_str!("../../templates/card.css")),
];

/// The column the `wrap` filter wraps at unless told (`wrap(width=60)`).
pub const WRAP_COLUMNS: usize = 72;

/// The largest user template read, in bytes.
const MAX_TEMPLATE_BYTES: u64 = 1024 * 1024;

/// Tera, loaded with the built-in templates and any user overrides, plus our filters.
///
/// With no user template, nothing is compiled up front: rendering compiles
/// only the template asked for and the built-ins it extends or includes (one
/// command needs one or two of the six). With a user template, all are
/// compiled at once, as a user's templates may use each other and a broken
/// one must be reported before any work is done.
pub struct Renderer {
    /// Every template compiled, when the user replaces any.
    tera: Option<Tera>,
    /// Every template: where it came from, for error messages, and its text.
    sources: Vec<Source>,
}

/// One template of a [`Renderer`].
struct Source {
    /// Its file name (`brief.md`).
    name: &'static str,
    /// The user's file that replaces the built-in one, if any.
    user: Option<PathBuf>,
    /// Its text.
    text: Cow<'static, str>,
}

/// A Tera instance with our filters.
fn new_tera() -> Tera {
    let mut tera = Tera::new();
    tera.register_filter("markdown", markdown_filter);
    tera.register_filter("md", md_filter);
    tera.register_filter("cell", cell_filter);
    tera.register_filter("plain", plain_filter);
    tera.register_filter("wrap", wrap_filter);
    tera
}

/// The built-in template of a name.
fn builtin(name: &str) -> Option<&'static str> {
    BUILTIN.iter().find(|(n, _)| *n == name).map(|(_, t)| *t)
}

/// The built-in templates a template extends or includes.
fn needs(text: &str) -> Vec<&'static str> {
    tags(text)
        .filter_map(|(_, name, _)| BUILTIN.iter().find(|(n, _)| *n == name))
        .map(|(n, _)| *n)
        .collect()
}

/// Each `{% include "NAME" %}` and `{% extends "NAME" %}` tag of a
/// template (with any of Tera's quotes, and `{%-`): its keyword, the name,
/// and the byte where the quoted name starts.
fn tags(text: &str) -> impl Iterator<Item = (&'static str, &str, usize)> {
    text.match_indices("{%").filter_map(move |(at, _)| {
        let rest = &text[at + 2..];
        let rest = rest.strip_prefix('-').unwrap_or(rest).trim_start();
        let keyword = ["include", "extends"]
            .into_iter()
            .find(|k| rest.starts_with(k))?;
        let after = &rest[keyword.len()..];
        let arg = after.trim_start();
        let quote = arg
            .chars()
            .next()
            .filter(|c| ['"', '\'', '`'].contains(c))?;
        if arg.len() == after.len() {
            return None;
        }
        let name = &arg[1..1 + arg[1..].find(quote)?];
        Some((keyword, name, text.len() - arg.len()))
    })
}

impl Renderer {
    /// Load the built-in templates, replacing any that `user_dir` holds a file of the same name for.
    pub fn new(user_dir: Option<&Path>) -> Result<Self> {
        let mut sources = Vec::new();
        for (name, builtin) in BUILTIN {
            // Anything there but a dangling link is the user's: a named
            // pipe or a folder is refused when read, not passed over.
            let user = user_dir.map(|d| d.join(name)).filter(|p| p.exists());
            let text = match &user {
                Some(path) => Cow::Owned(read_template(path)?),
                None => Cow::Borrowed(*builtin),
            };
            sources.push(Source { name, user, text });
        }
        let mut renderer = Renderer {
            tera: None,
            sources,
        };
        if renderer.sources.iter().any(|s| s.user.is_some()) {
            let mut tera = new_tera();
            tera.add_raw_templates(renderer.sources.iter().map(|s| (s.name, s.text.as_ref())))
                .map_err(|e| renderer.explain(e))?;
            renderer.tera = Some(tera);
        }
        Ok(renderer)
    }

    /// Render one template with a context.
    pub fn render(&self, name: &str, context: &Context) -> Result<String> {
        let compiled;
        let tera = match &self.tera {
            Some(tera) => tera,
            None => {
                compiled = self.compile_builtin(name)?;
                &compiled
            }
        };
        tera.render(name, context).map_err(|e| self.explain(e))
    }

    /// Compile a built-in template and the built-ins it needs, only.
    fn compile_builtin(&self, name: &str) -> Result<Tera> {
        let mut wanted = vec![name];
        let mut i = 0;
        while let Some(next) = wanted.get(i).copied() {
            for dep in needs(builtin(next).unwrap_or("")) {
                if !wanted.contains(&dep) {
                    wanted.push(dep);
                }
            }
            i += 1;
        }
        let mut tera = new_tera();
        tera.add_raw_templates(wanted.iter().filter_map(|n| builtin(n).map(|t| (*n, t))))
            .map_err(|e| self.explain(e))?;
        Ok(tera)
    }

    /// Turn a Tera error into one that names the file and line to fix.
    fn explain(&self, err: tera::Error) -> Error {
        let located = match err.kind() {
            tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) => Some((
                r.filename().to_string(),
                r.span().start_line,
                r.span().start_col + 1,
                r.message().to_string(),
            )),
            // Unknown filters, tests and includes come as a finished report.
            tera::ErrorKind::Msg(text) => parse_report(text),
            tera::ErrorKind::CircularInclude { include_chain, .. } => {
                self.circle(include_chain, "include")
            }
            tera::ErrorKind::CircularExtend {
                tpl,
                inheritance_chain,
            } => {
                let chain: Vec<String> = std::iter::once(tpl)
                    .chain(inheritance_chain)
                    .cloned()
                    .collect();
                self.circle(&chain, "extends")
            }
            _ => None,
        };
        let Some((name, line, column, message)) = located else {
            return Error::Template {
                place: "a template".into(),
                message: err.to_string(),
                hint: "check the templates folder you gave, or remove it to use the built-in ones",
            };
        };
        let (shown, hint) = match self.user_file(&name) {
            Some(path) => (
                path.shown().to_string(),
                "fix the template, or delete it to use the built-in one",
            ),
            None => (
                format!("{name} (built in)"),
                "this is a bug in plan; please report it",
            ),
        };
        Error::Template {
            place: format!("{shown}:{line}:{column}"),
            message,
            hint,
        }
    }

    /// The user's file for a template, if it replaces the built-in one.
    fn user_file(&self, name: &str) -> Option<&Path> {
        let source = self.sources.iter().find(|s| s.name == name)?;
        source.user.as_deref()
    }

    /// Templates that include (`keyword` is `include`) or extend each other
    /// in a circle, which Tera names in `chain`, in order, with the first of
    /// the circle again at its end: the template, line, column and message,
    /// placed at the tag in a template of the user's where there is one
    /// (what to fix), and said in words.
    fn circle(&self, chain: &[String], keyword: &str) -> Option<(String, usize, usize, String)> {
        let last = chain.last()?;
        let ring = &chain[chain.iter().position(|n| n == last)?..chain.len() - 1];
        let first = (0..ring.len())
            .find(|&i| self.user_file(&ring[i]).is_some())
            .unwrap_or(0);
        let mut names: Vec<&str> = ring[first..]
            .iter()
            .chain(&ring[..first])
            .map(String::as_str)
            .collect();
        let from = *names.first()?;
        let to = names.get(1).copied().unwrap_or(from);
        let text = &self.sources.iter().find(|s| s.name == from)?.text;
        let at = tags(text)
            .find(|(k, name, _)| *k == keyword && *name == to)
            .map_or(0, |(_, _, at)| at);
        let (line, column) = crate::planfile::line_col(text, at);
        let verb = if keyword == "include" {
            "includes"
        } else {
            "extends"
        };
        let message = if names.len() == 1 {
            format!("{from} {verb} itself, so it would never end")
        } else {
            names.push(from);
            format!(
                "{from} {verb} {}: the templates go round in a circle",
                names[1..].join(&format!(", which {verb} "))
            )
        };
        Some((from.to_string(), line, column, message))
    }
}

/// The template, line, column and message of a report Tera wrote as text
/// (`error: Unknown filter …` then ` --> brief.md:1:24`).
fn parse_report(text: &str) -> Option<(String, usize, usize, String)> {
    let message = text.lines().find_map(|l| l.strip_prefix("error: "))?;
    let at = text
        .lines()
        .find_map(|l| l.trim_start().strip_prefix("--> "))?;
    let mut parts = at.rsplitn(3, ':');
    let column = parts.next()?.trim().parse().ok()?;
    let line = parts.next()?.trim().parse().ok()?;
    let name = parts.next()?.to_string();
    Some((name, line, column, message.to_string()))
}

fn read_template(path: &Path) -> Result<String> {
    let unreadable = |e| {
        Error::io(
            format!("cannot read the template {}", path.shown()),
            e,
            "check the file, or delete it to use the built-in one",
        )
    };
    let (file, meta) = crate::planfile::load::open_regular(path).map_err(|e| match e {
        Error::NotAFile { path, what, .. } => Error::NotAFile {
            path,
            what,
            hint: "make it a template file, or delete it to use the built-in one",
        },
        e => e,
    })?;
    let bytes = crate::planfile::load::read_at_most(file, meta.len(), MAX_TEMPLATE_BYTES)
        .map_err(unreadable)?
        .map_err(|size| {
            Error::failed(
                format!(
                    "{}: the template is {size} bytes; templates are at most {MAX_TEMPLATE_BYTES} bytes",
                    path.shown(),
                ),
                "keep templates small, or delete it to use the built-in one",
            )
        })?;
    String::from_utf8(bytes).map_err(|_| {
        Error::failed(
            format!("{}: the template is not UTF-8 text", path.shown()),
            "save it as UTF-8 in your editor",
        )
    })
}

/// Where user templates are looked for: `--templates DIR`, else
/// `$PLAN_DIR/templates` when it exists.
pub fn user_dir(flag: Option<&Path>) -> Result<Option<PathBuf>> {
    if let Some(dir) = flag {
        if !dir.is_dir() {
            return Err(Error::failed(
                format!("{}: no such folder of templates", dir.shown()),
                format!("create one with `plan templates export {}`", dir.shown()),
            ));
        }
        return Ok(Some(dir.to_path_buf()));
    }
    let default = crate::planfile::plan_dir()?.join("templates");
    Ok(default.is_dir().then_some(default))
}

fn markdown_filter(text: &str, _: Kwargs, _: &State) -> tera::Value {
    tera::Value::safe_string(&markdown_to_html(text))
}

fn md_filter(text: &str, _: Kwargs, _: &State) -> String {
    markdown_inline_safe(text)
}

fn cell_filter(text: &str, _: Kwargs, _: &State) -> String {
    markdown_cell(text)
}

/// An answer's Markdown as plain text.
fn plain_filter(text: &str, _: Kwargs, _: &State) -> String {
    markdown_to_plain(text)
}

/// Text wrapped at 72 columns (or `width`), for plain-text email.
fn wrap_filter(text: &str, kwargs: Kwargs, _: &State) -> tera::TeraResult<String> {
    let width = kwargs.get::<usize>("width")?.unwrap_or(WRAP_COLUMNS);
    Ok(wrap(text, width))
}

/// Write every built-in template into `dir` (created private if needed),
/// never replacing a file that is already there unless `force`.
pub fn export(dir: &Path, force: bool) -> Result<Vec<PathBuf>> {
    crate::planfile::ensure_private_dir(dir)?;
    for (name, _) in BUILTIN {
        let path = dir.join(name);
        if path.exists() && !force {
            return Err(Error::failed(
                format!("{} already exists", path.shown()),
                "pass --force to replace the exported templates",
            ));
        }
    }
    let mut written = Vec::new();
    for (name, text) in BUILTIN {
        let path = dir.join(name);
        crate::planfile::write_private(&path, text.as_bytes(), force)?;
        written.push(path);
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_template_compiles_alone_with_what_it_needs() {
        let renderer = Renderer::new(None).unwrap();
        for (name, _) in BUILTIN {
            renderer.compile_builtin(name).unwrap();
        }
        assert_eq!(needs(builtin("brief.html").unwrap()), ["page.html"]);
        assert_eq!(needs(builtin("page.html").unwrap()), ["style.css"]);
        // With a user folder holding one template, all are compiled up front.
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("brief.md"), "{{ title }}").unwrap();
        assert!(Renderer::new(Some(dir.path())).unwrap().tera.is_some());
    }

    /// Templates compare stored choices by their file values (`fallback ==
    /// "expect"`); each value they name must be one the catalogue defines,
    /// so renaming a choice cannot silently empty a section.
    #[test]
    fn values_templates_compare_against_exist() {
        use crate::planfile::Status;
        use crate::questions::choices::{BELIEFS, FALLBACKS, LEANINGS, MODES, SOURCES};
        let known: Vec<&str> = [BELIEFS, FALLBACKS, LEANINGS, MODES, SOURCES]
            .iter()
            .flat_map(|opts| opts.iter().map(|o| o.value))
            .chain(Status::ALL.iter().map(|s| s.value()))
            .collect();
        let mut compared = 0;
        for (name, text) in BUILTIN {
            for op in ["== \"", "!= \""] {
                for (at, _) in text.match_indices(op) {
                    let rest = &text[at + op.len()..];
                    let value = &rest[..rest.find('"').unwrap()];
                    assert!(
                        known.contains(&value),
                        "{name} compares with unknown {value:?}"
                    );
                    compared += 1;
                }
            }
        }
        assert!(compared > 0);
    }

    #[test]
    fn unknown_filters_and_includes_name_the_users_file_and_place() {
        let dir = tempfile::tempdir().unwrap();
        for (text, place, what) in [
            ("{{ plan | nosuch }}\n", "brief.md:1:11", "Unknown filter"),
            ("x\n{% include \"nope.md\" %}\n", "brief.md:2:12", "nope.md"),
            (
                "x\n  {%- include 'brief.md' -%}\n",
                "brief.md:2:15",
                "brief.md includes itself",
            ),
            (
                "{% extends `brief.md` %}",
                "brief.md:1:12",
                "extends itself",
            ),
        ] {
            std::fs::write(dir.path().join("brief.md"), text).unwrap();
            let err = Renderer::new(Some(dir.path())).err().unwrap().to_string();
            let file = dir.path().join(place).shown().to_string();
            assert!(err.starts_with(&file), "{err}");
            assert!(err.contains(what), "{err}");
            assert!(err.ends_with("delete it to use the built-in one"), "{err}");
        }
    }

    #[test]
    fn include_and_extends_tags_are_found_however_they_are_written() {
        let text = "{% include \"a.md\" %}\n{%- extends  'b.md' %}{%include `c`%}\n\
                    {% includes \"no\" %}{% include var %}{% set x = \"include\" %}";
        let found: Vec<_> = tags(text).map(|(k, name, _)| (k, name)).collect();
        assert_eq!(
            found,
            [("include", "a.md"), ("extends", "b.md"), ("include", "c")]
        );
        for (_, name, at) in tags(text) {
            assert_eq!(&text[at + 1..at + 1 + name.len()], name);
            assert!(["\"", "'", "`"].contains(&&text[at..at + 1]));
        }
    }

    #[test]
    fn templates_that_include_each_other_name_the_users_file_and_the_tag() {
        let dir = tempfile::tempdir().unwrap();
        // A built-in includes the user's, which includes it back.
        std::fs::write(
            dir.path().join("style.css"),
            "a\n\n{% include \"page.html\" %}",
        )
        .unwrap();
        let err = Renderer::new(Some(dir.path())).err().unwrap().to_string();
        let place = dir.path().join("style.css:3:12").shown().to_string();
        assert!(err.starts_with(&place), "{err}");
        assert!(
            err.contains("style.css includes page.html, which includes style.css"),
            "{err}"
        );
        // Two of the user's.
        std::fs::remove_file(dir.path().join("style.css")).unwrap();
        std::fs::write(dir.path().join("brief.md"), "{% include \"followup.md\" %}").unwrap();
        std::fs::write(dir.path().join("followup.md"), "{% include \"brief.md\" %}").unwrap();
        let err = Renderer::new(Some(dir.path())).err().unwrap().to_string();
        assert!(err.contains(":1:12: template error: "), "{err}");
        assert!(err.contains("round in a circle"), "{err}");
        assert!(err.ends_with("delete it to use the built-in one"), "{err}");
    }
}
