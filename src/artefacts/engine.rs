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

use super::markdown::{markdown_cell, markdown_inline_safe, markdown_to_html};
use crate::error::{Error, Result};
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
    fn explain(&self, err: tera::Error) -> Error {
        let report = match err.kind() {
            tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) => Some(r),
            _ => None,
        };
        let Some(report) = report else {
            return Error::Template {
                place: "a template".into(),
                message: err.to_string(),
                hint: "check the templates folder you gave",
            };
        };
        let name = report.filename();
        let user = self
            .sources
            .iter()
            .find(|(n, _)| n == name)
            .and_then(|(_, p)| p.as_ref());
        let (shown, hint) = match user {
            Some(path) => (
                path.display().to_string(),
                "fix the template, or delete it to use the built-in one",
            ),
            None => (
                format!("{name} (built in)"),
                "this is a bug in plan; please report it",
            ),
        };
        let span = report.span();
        Error::Template {
            place: format!("{shown}:{}:{}", span.start_line, span.start_col + 1),
            message: report.message().to_string(),
            hint,
        }
    }
}

fn read_template(path: &Path) -> Result<String> {
    let unreadable = |e| {
        Error::io(
            format!("cannot read the template {}", path.display()),
            e,
            "check the file, or delete it to use the built-in one",
        )
    };
    let meta = crate::planfile::load::require_regular_file(path)?;
    if meta.len() > MAX_TEMPLATE_BYTES {
        return Err(Error::failed(
            format!(
                "{}: the template is {} bytes; templates are at most {MAX_TEMPLATE_BYTES} bytes",
                path.display(),
                meta.len()
            ),
            "keep templates small, or delete it to use the built-in one",
        ));
    }
    let bytes = std::fs::read(path).map_err(unreadable)?;
    String::from_utf8(bytes).map_err(|_| {
        Error::failed(
            format!("{}: the template is not UTF-8 text", path.display()),
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
                format!("{}: no such folder of templates", dir.display()),
                format!("create one with `plan templates export {}`", dir.display()),
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

/// Write every built-in template into `dir` (created private if needed),
/// never replacing a file that is already there unless `force`.
pub fn export(dir: &Path, force: bool) -> Result<Vec<PathBuf>> {
    crate::planfile::ensure_private_dir(dir)?;
    for (name, _) in BUILTIN {
        let path = dir.join(name);
        if path.exists() && !force {
            return Err(Error::failed(
                format!("{} already exists", path.display()),
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
    fn every_builtin_template_compiles() {
        Renderer::new(None).unwrap();
    }
}
