//! Loading and saving plan files: the one way every command reads and writes.
//!
//! Load refuses anything it cannot read faithfully, with the file, line and
//! column. Save writes a temporary file in the same folder, syncs it, renames
//! it over the plan and syncs the folder, with mode 0600, under a lock.

use crate::doc::{self, PlanDoc};
use crate::model::SCHEMA;
use crate::value::Problem;
use anyhow::{Context, Result};
use std::fs::{self, File, OpenOptions};
use std::io::{Read, Write};
use std::ops::Range;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use toml_edit::Document;

/// The largest plan file `plan` will read. Real plans are a few KiB.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// Why a plan or answers file could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// Nothing at the path.
    #[error("{path}: no such file\n  hint: check the path, or start a plan with `plan new {path}`", path = .0.display())]
    NotFound(PathBuf),
    /// A folder where a file was expected.
    #[error("{path}: is a folder, not a plan file\n  hint: name a .toml file inside it", path = .0.display())]
    IsDir(PathBuf),
    /// Over the size cap.
    #[error("{path}: the file is {size} bytes; plan files are at most {max} bytes\n  hint: is this really a plan file?", path = .path.display(), max = MAX_FILE_BYTES)]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size.
        size: u64,
    },
    /// Not UTF-8 text.
    #[error("{path}:{line}:{column}: the file is not UTF-8 text\n  hint: save it as UTF-8 in your editor", path = .path.display())]
    NotUtf8 {
        /// The file.
        path: PathBuf,
        /// Line of the first bad byte.
        line: usize,
        /// Column of the first bad byte.
        column: usize,
    },
    /// TOML syntax.
    #[error("{path}:{line}:{column}: TOML syntax error: {message}\n{excerpt}\n  hint: fix the line above; the file was left unchanged", path = .path.display())]
    Syntax {
        /// The file.
        path: PathBuf,
        /// Line.
        line: usize,
        /// Column.
        column: usize,
        /// What the parser said.
        message: String,
        /// The offending line with a caret.
        excerpt: String,
    },
    /// A value of the wrong type or out of range.
    #[error("{path}:{line}:{column}: {problem}\n{excerpt}\n  hint: correct the value in the file (or remove the line to be asked again)", path = .path.display())]
    Invalid {
        /// The file.
        path: PathBuf,
        /// Line.
        line: usize,
        /// Column.
        column: usize,
        /// What is wrong.
        problem: Box<Problem>,
        /// The offending line with a caret.
        excerpt: String,
    },
    /// Written by a newer `plan`.
    #[error("{path}: this plan uses schema {found}, but this `plan` only knows schema {SCHEMA}\n  hint: upgrade plan to open it; the file was left unchanged", path = .path.display())]
    NewerSchema {
        /// The file.
        path: PathBuf,
        /// The schema in the file.
        found: i64,
    },
    /// No or bad schema key.
    #[error("{path}: no valid `schema` key\n  hint: add `schema = {SCHEMA}` as the first line of the file", path = .0.display())]
    NoSchema(PathBuf),
    /// Any other read failure.
    #[error("{path}: cannot read the file: {source}", path = .path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
}

/// What a file is for: a whole plan, or a partial set of answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// A plan file: a schema key is required.
    Plan,
    /// An answers file for `--answers`: schema optional.
    Answers,
}

/// Read and validate a plan or answers file.
pub fn load(path: &Path, kind: FileKind) -> Result<PlanDoc, LoadError> {
    let text = read_text(path)?;
    parse(path, &text, kind)
}

fn read_text(path: &Path) -> Result<String, LoadError> {
    let io = |source: std::io::Error| LoadError::Io {
        path: path.to_path_buf(),
        source,
    };
    let meta = match fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(LoadError::NotFound(path.to_path_buf()));
        }
        Err(e) => return Err(io(e)),
    };
    if meta.is_dir() {
        return Err(LoadError::IsDir(path.to_path_buf()));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            path: path.to_path_buf(),
            size: meta.len(),
        });
    }
    let mut bytes = Vec::new();
    File::open(path)
        .map_err(io)?
        // A file that grows while being read (or a device) is still capped.
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            path: path.to_path_buf(),
            size: bytes.len() as u64,
        });
    }
    String::from_utf8(bytes).map_err(|e| {
        let good = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let good = std::str::from_utf8(good).unwrap_or_default();
        let (line, column) = line_col(good, good.len());
        LoadError::NotUtf8 {
            path: path.to_path_buf(),
            line,
            column,
        }
    })
}

/// Parse and validate file text; `path` is only used in messages.
pub fn parse(path: &Path, text: &str, kind: FileKind) -> Result<PlanDoc, LoadError> {
    let parsed = Document::parse(text).map_err(|e| {
        let at = e.span().map_or(0, |s| s.start);
        let (line, column) = line_col(text, at);
        LoadError::Syntax {
            path: path.to_path_buf(),
            line,
            column,
            message: e.message().trim().to_string(),
            excerpt: excerpt(text, at),
        }
    })?;
    let root = parsed.as_table();
    let invalid = |problem: Problem| {
        let at = problem.span.as_ref().map_or(0, |s| s.start);
        let (line, column) = line_col(text, at);
        LoadError::Invalid {
            path: path.to_path_buf(),
            line,
            column,
            excerpt: excerpt(text, at),
            problem: Box::new(problem),
        }
    };
    match root.get("schema") {
        Some(item) => match item.as_integer() {
            Some(n) if n > SCHEMA => {
                return Err(LoadError::NewerSchema {
                    path: path.to_path_buf(),
                    found: n,
                });
            }
            Some(n) if n >= 1 => {}
            _ => return Err(LoadError::NoSchema(path.to_path_buf())),
        },
        None if kind == FileKind::Plan => return Err(LoadError::NoSchema(path.to_path_buf())),
        None => {}
    }
    doc::check_header(root).map_err(invalid)?;
    doc::check_answers(root).map_err(invalid)?;
    let plan = PlanDoc::from_document(parsed.into_mut());
    // The typed view must read too; validation above should make this a formality.
    if let Err(e) = plan.plan() {
        return Err(invalid(Problem {
            key: "(file)".into(),
            expected: "a valid plan".into(),
            found: e.message().to_string(),
            span: e.span().map(|s: Range<usize>| s.start..s.end),
        }));
    }
    Ok(plan)
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(text: &str, at: usize) -> (usize, usize) {
    let at = at.min(text.len());
    let before = &text[..floor_char(text, at)];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, column)
}

fn floor_char(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn excerpt(text: &str, at: usize) -> String {
    let (line, column) = line_col(text, at);
    let src = text.lines().nth(line - 1).unwrap_or("");
    let shown: String = src.chars().take(120).collect();
    let gutter = line.to_string();
    format!(
        "  {gutter} | {shown}\n  {pad} | {caret}^",
        pad = " ".repeat(gutter.len()),
        caret = " ".repeat(column.saturating_sub(1).min(120))
    )
}

/// The folder bare plan names live in: `$PLAN_DIR`, else the platform data folder.
pub fn plan_dir() -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os("PLAN_DIR").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    use etcetera::BaseStrategy;
    let base = etcetera::choose_base_strategy()
        .context("cannot find your data folder; set PLAN_DIR to a folder for your plans")?;
    Ok(base.data_dir().join("plan"))
}

/// Create a folder (and its parents) readable by its owner only.
pub fn ensure_private_dir(dir: &Path) -> Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .and_then(|()| fs::set_permissions(dir, fs::Permissions::from_mode(0o700)))
        .with_context(|| {
            format!(
                "cannot create the folder {}\n  hint: create it yourself, or set PLAN_DIR to a folder you can write to",
                dir.display()
            )
        })
}

/// Turn free text into a safe file-name stem: lowercase letters and digits
/// joined by single dashes; no separators, dots or control characters.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out: String = out.trim_end_matches('-').chars().take(60).collect();
    out.trim_end_matches('-').to_string()
}

/// Where a plan named on the command line lives.
///
/// A path (with a separator, or ending in `.toml`) is taken as it is; a bare
/// name becomes `$PLAN_DIR/NAME.toml` and must be a plain, safe name.
pub fn resolve(arg: &str) -> Result<PathBuf> {
    if arg.contains('/') || arg.ends_with(".toml") {
        return Ok(PathBuf::from(arg));
    }
    let clean = arg
        .chars()
        .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
        && !arg.starts_with('.')
        && !arg.is_empty();
    if !clean {
        anyhow::bail!(
            "`{arg}` is not a usable plan name\n  hint: use letters, digits and dashes (such as `sam-lee`), or give a path to a .toml file"
        );
    }
    Ok(plan_dir()?.join(format!("{arg}.toml")))
}

/// A held lock on one plan file; released when dropped.
#[derive(Debug)]
pub struct PlanLock {
    _file: File,
}

/// Take the lock for a plan, so no two `plan` processes write it at once.
///
/// The lock is a hidden file beside the plan (`.NAME.lock`), since the plan
/// itself is replaced on every save.
pub fn lock(path: &Path) -> Result<PlanLock> {
    // A plan reached through a symlink shares its lock with the real file.
    let real = fs::canonicalize(path).ok().filter(|_| path.is_symlink());
    let lock_path = sidecar(real.as_deref().unwrap_or(path), "lock");
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .mode(0o600)
        .open(&lock_path)
        .with_context(|| {
            format!(
                "cannot write in {}\n  hint: check that the folder exists and that you can write to it",
                folder_of(path).display()
            )
        })?;
    match file.try_lock() {
        Ok(()) => Ok(PlanLock { _file: file }),
        Err(fs::TryLockError::WouldBlock) => anyhow::bail!(
            "{} is open in another `plan` command\n  hint: finish or quit that one first",
            path.display()
        ),
        Err(fs::TryLockError::Error(e)) => {
            Err(e).with_context(|| format!("cannot lock {}", lock_path.display()))
        }
    }
}

fn sidecar(path: &Path, ext: &str) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "plan".into());
    folder_of(path).join(format!(".{name}.{ext}"))
}

/// The folder a file is in (`.` for a bare file name).
pub fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Write `contents` to `path` atomically with mode 0600.
///
/// A temporary file in the same folder is written, synced and renamed over
/// the target; the folder is synced after. On any failure the old file is
/// untouched and no temporary file is left.
pub fn write_private(path: &Path, contents: &[u8]) -> Result<()> {
    // Write through a symlink to its target, rather than replacing the link.
    let resolved;
    let path = if path.is_symlink() {
        resolved = fs::canonicalize(path)
            .with_context(|| format!("{} is a link to nothing", path.display()))?;
        resolved.as_path()
    } else {
        path
    };
    let dir = folder_of(path);
    if path.is_dir() {
        anyhow::bail!(
            "{} is a folder\n  hint: give a file name such as {}/plan.toml",
            path.display(),
            path.display()
        );
    }
    let hint = "  hint: choose a folder you can write to, or check its permissions";
    let mut tmp = tempfile::Builder::new()
        .prefix(".plan-")
        .suffix(".tmp")
        .permissions(fs::Permissions::from_mode(0o600))
        .tempfile_in(&dir)
        .with_context(|| format!("cannot write in {}\n{hint}", dir.display()))?;
    // Set the mode explicitly: the creation mode is filtered by the umask.
    tmp.as_file()
        .set_permissions(fs::Permissions::from_mode(0o600))
        .and_then(|()| tmp.write_all(contents))
        .and_then(|()| tmp.as_file().sync_all())
        .with_context(|| format!("cannot write {}\n{hint}", path.display()))?;
    tmp.persist(path)
        .map_err(|e| e.error)
        .with_context(|| format!("cannot replace {}\n{hint}", path.display()))?;
    // The rename is only durable once the folder itself is synced.
    File::open(&dir)
        .and_then(|d| d.sync_all())
        .with_context(|| format!("cannot sync the folder {}", dir.display()))?;
    Ok(())
}

/// Save a plan: stamp `updated`, then write it atomically and privately.
pub fn save(path: &Path, plan: &mut PlanDoc) -> Result<()> {
    plan.touch();
    let _quiet = crate::interrupt::hold();
    write_private(path, plan.to_toml().as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_go_through_symlinks_and_are_private() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("real.toml");
        std::fs::write(&target, "old").unwrap();
        let link = dir.path().join("link.toml");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        write_private(&link, b"new").unwrap();
        assert!(link.is_symlink(), "the link was replaced by a file");
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "new");
        let mode = std::fs::metadata(&target).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 2, "no temporary file is left");
    }

    #[test]
    fn slugs_are_safe_file_names() {
        assert_eq!(slug("Sam Lee"), "sam-lee");
        assert_eq!(slug("../../etc/passwd"), "etc-passwd");
        assert_eq!(slug("Zoë  O'Brien\u{7}"), "zoë-o-brien");
        assert_eq!(slug("   "), "");
        assert_eq!(slug("a/b\\c"), "a-b-c");
        assert!(slug(&"x".repeat(500)).len() <= 60);
    }

    #[test]
    fn bare_names_go_to_the_plan_dir_and_paths_stay() {
        assert_eq!(resolve("./x.toml").unwrap(), PathBuf::from("./x.toml"));
        assert_eq!(resolve("x.toml").unwrap(), PathBuf::from("x.toml"));
        assert!(resolve("sam-lee").unwrap().ends_with("sam-lee.toml"));
        for bad in ["..", ".hidden", "a b", "a\u{1b}b", ""] {
            assert!(resolve(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn line_and_column_count_characters() {
        let text = "a = 1\nbé = x\n";
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col(text, 6), (2, 1));
        assert_eq!(line_col(text, text.find('x').unwrap()), (2, 6));
    }

    fn err(text: &str) -> String {
        parse(Path::new("p.toml"), text, FileKind::Plan)
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn syntax_error_has_location_and_excerpt() {
        let e = err("schema = 1\n[meeting]\nwith = \"Sam\nplace = 1\n");
        assert!(e.starts_with("p.toml:3:"), "{e}");
        assert!(e.contains("3 | with = \"Sam"), "{e}");
    }

    #[test]
    fn wrong_type_names_the_key_the_form_and_the_place() {
        let e = err("schema = 1\n\n[meeting]\nduration_minutes = \"forty\"\n");
        assert!(e.starts_with("p.toml:4:20:"), "{e}");
        assert!(e.contains("`meeting.duration_minutes`"), "{e}");
        assert!(e.contains("whole number of minutes"), "{e}");
        let e = err("schema = 1\n[meeting]\nwhen = \"next week\"\n");
        assert!(
            e.contains("`meeting.when`") && e.contains("2026-11-28"),
            "{e}"
        );
        let e = err("schema = 1\n[[prepare.evidence]]\nfact = \"x\"\nsource = \"gossip\"\n");
        assert!(
            e.contains("`prepare.evidence[1].source`") && e.contains("\"heard\""),
            "{e}"
        );
    }

    #[test]
    fn schema_rules() {
        assert!(err("[meeting]\n").contains("add `schema = 1`"));
        assert!(err("schema = \"one\"\n").contains("no valid `schema`"));
        let e = err("schema = 7\n");
        assert!(e.contains("schema 7") && e.contains("upgrade"), "{e}");
        assert!(
            parse(
                Path::new("a.toml"),
                "[meeting]\nwith = \"A\"\n",
                FileKind::Answers
            )
            .is_ok()
        );
    }

    #[test]
    fn unknown_keys_load_fine() {
        let doc = parse(
            Path::new("p.toml"),
            "schema = 1\nmood = 3\n[meeting]\nwith = \"A\"\nextra = [1]\n[custom]\nx = 1\n",
            FileKind::Plan,
        )
        .unwrap();
        assert!(doc.to_toml().contains("extra = [1]"));
    }
}
