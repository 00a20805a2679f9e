//! Reading a plan or answers file, with diagnostics.
//!
//! Load refuses anything it cannot read faithfully, saying which file, line
//! and column, which key, and what it expected. Nothing here writes.

use super::diagnose::{self, line_col};
use super::editable::{DRAFT, EditablePlan, sections};
use super::location::is_sealed;
use super::sealed::{self, Passphrase};
use super::typed::{Plan, SCHEMA, Status};
use crate::error::Problem;
use crate::error::ShowPath;
use crate::error::{Error, Result, escapes, is_joiner, printable};
use crate::questions::answer;
use crate::questions::catalogue;
use std::fs::{self, File};
use std::io::Read;
use std::ops::Range;
use std::path::Path;
use toml_edit::{Document, DocumentMut, Item, Table};

/// The largest plan file `plan` will read. Real plans are a few KiB.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// What a file is for: a whole plan, or a partial set of answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// A plan file: a schema key is required.
    Plan,
    /// An answers file for `--answers`: schema optional.
    Answers,
}

/// Read and validate a plan or answers file (decrypted first when it is
/// encrypted: see [`read_text`]).
pub fn load(path: &Path, kind: FileKind) -> Result<EditablePlan> {
    let text = read_text(path)?;
    parse(path, &text, kind).map_err(|e| in_decrypted(path, e))
}

/// [`load`], with the view every reader reads ([`EditablePlan::plan`]),
/// built once: see [`parse_checked`].
pub fn load_checked(path: &Path, kind: FileKind) -> Result<(EditablePlan, Plan)> {
    let text = read_text(path)?;
    parse_checked(path, &text, kind).map_err(|e| in_decrypted(path, e))
}

/// For an encrypted plan, an error placed at a line and column says they
/// are those of the decrypted text, which is nowhere on disk.
fn in_decrypted(path: &Path, e: Error) -> Error {
    if !is_sealed(path) {
        return e;
    }
    let note = "  (the line and column are those of the decrypted plan: `plan decrypt` writes it out to fix it, `plan encrypt` after)\n";
    match e {
        Error::Syntax {
            path,
            line,
            column,
            message,
            excerpt,
        } => Error::Syntax {
            path,
            line,
            column,
            message,
            excerpt: format!("{note}{excerpt}"),
        },
        Error::Invalid {
            path,
            line,
            column,
            problem,
            excerpt,
        } => Error::Invalid {
            path,
            line,
            column,
            problem,
            excerpt: format!("{note}{excerpt}"),
        },
        Error::BadSchema {
            path,
            line,
            column,
            problem,
            excerpt,
            hint,
        } => Error::BadSchema {
            path,
            line,
            column,
            problem,
            excerpt: format!("{note}{excerpt}"),
            hint,
        },
        e => e,
    }
}

/// How many bytes more than a plan an encrypted one may take on disk: the
/// age header (a stanza for each recipient) and a tag per 64 KiB.
pub const SEALED_OVERHEAD: u64 = 256 * 1024;

/// What stands at a path opened to read: see [`open_to_read`].
#[derive(Debug)]
pub enum Opened {
    /// A regular file (or a link to one), open, with its metadata.
    Regular(File, fs::Metadata),
    /// Something else: a folder, a named pipe, a device, a socket.
    Other(fs::Metadata),
}

/// Open a file to read without ever waiting on it, and say what it is.
///
/// The file is opened with `O_NONBLOCK` (and `O_NOCTTY`), so a named pipe
/// with no writer, or a device, opens at once instead of waiting; and what
/// it is is read from the open file, so a pipe put in the file's place
/// after an earlier look is seen too. Only [`Opened::Regular`] may be read.
/// A socket, which cannot be opened, is [`Opened::Other`] too.
pub fn open_to_read(path: &Path) -> std::io::Result<Opened> {
    use rustix::fs::OFlags;
    use std::os::unix::fs::OpenOptionsExt;
    let flags = (OFlags::NONBLOCK | OFlags::NOCTTY).bits();
    let opened = fs::OpenOptions::new()
        .read(true)
        .custom_flags(flags as i32)
        .open(path)
        .and_then(|file| file.metadata().map(|meta| (file, meta)));
    match opened {
        Ok((file, meta)) if meta.is_file() => Ok(Opened::Regular(file, meta)),
        Ok((_, meta)) => Ok(Opened::Other(meta)),
        Err(e) => match fs::metadata(path) {
            Ok(meta) if !meta.is_file() => Ok(Opened::Other(meta)),
            _ => Err(e),
        },
    }
}

/// Open a plan, answers or template file to read, refusing (never waiting
/// on) what is not a regular file or a link to one: a folder cannot be
/// read, and a named pipe or a device would never end.
pub fn open_regular(path: &Path) -> Result<(File, fs::Metadata)> {
    match open_to_read(path) {
        Ok(Opened::Regular(file, meta)) => Ok((file, meta)),
        Ok(Opened::Other(meta)) => Err(Error::NotAFile {
            path: path.to_path_buf(),
            what: kind_of(&meta),
            hint: if meta.is_dir() {
                "name a .toml file inside it"
            } else {
                "give the path of a regular .toml file"
            },
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && path.is_symlink() => {
            Err(Error::failed(
                format!("{}: is a link to a file that does not exist", path.shown()),
                "point the link at a plan file, or remove it",
            ))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            Err(Error::NotFound(path.to_path_buf()))
        }
        Err(e) => Err(Error::io(
            format!("cannot read {}", path.shown()),
            e,
            "check that the file exists and that you may read it",
        )),
    }
}

/// The bytes of an open file whose metadata gives `size`, at most `max` of
/// them: `Err` with its size when it holds more, found before reading, or
/// while reading if it grows.
pub fn read_at_most(file: File, size: u64, max: u64) -> std::io::Result<Result<Vec<u8>, u64>> {
    if size > max {
        return Ok(Err(size));
    }
    // Sized to the file, plus one byte to see it end: read in one go.
    let mut bytes = Vec::with_capacity(size as usize + 1);
    file.take(max + 1).read_to_end(&mut bytes)?;
    let read = bytes.len() as u64;
    Ok(if read > max { Err(read) } else { Ok(bytes) })
}

/// What a non-regular file is, in words.
pub fn kind_of(meta: &fs::Metadata) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    let t = meta.file_type();
    if t.is_dir() {
        "is a folder"
    } else if t.is_fifo() {
        "is a named pipe"
    } else if t.is_char_device() || t.is_block_device() {
        "is a device"
    } else if t.is_socket() {
        "is a socket"
    } else {
        "is a special file"
    }
}

/// A plan or answers file as text: size-capped, decrypted when it is
/// encrypted (`NAME.toml.age`; a passphrase asked for if it has one),
/// size-capped again, UTF-8 checked.
pub fn read_text(path: &Path) -> Result<String> {
    read_text_as(path, Passphrase::Ask)
}

/// [`read_text`], asking for a plan's passphrase or not.
pub fn read_text_as(path: &Path, passphrase: Passphrase) -> Result<String> {
    let io = |source: std::io::Error| {
        Error::io(
            format!("cannot read {}", path.shown()),
            source,
            "check that you may read the file",
        )
    };
    let (file, meta) = open_regular(path)?;
    let sealed = is_sealed(path);
    let max = if sealed {
        MAX_FILE_BYTES + SEALED_OVERHEAD
    } else {
        MAX_FILE_BYTES
    };
    let bytes = read_at_most(file, meta.len(), max)
        .map_err(io)?
        .map_err(|size| Error::TooLarge {
            path: path.to_path_buf(),
            size,
            max,
        })?;
    let bytes = if sealed {
        sealed::open(path, &bytes, MAX_FILE_BYTES, passphrase)?
    } else {
        bytes
    };
    String::from_utf8(bytes).map_err(|e| {
        let good = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let good = std::str::from_utf8(good).unwrap_or_default();
        let (line, column) = line_col(good, good.len());
        Error::NotUtf8 {
            path: path.to_path_buf(),
            line,
            column,
        }
    })
}

/// Read and validate a plan file for a reader that needs only its typed
/// view, as `plan list` reads thousands: the checks of [`load`], then the
/// view artefacts read ([`EditablePlan::into_view`]), read once. No
/// document is kept to edit, so the parsed one is not made writable: its
/// text is left where the parser found it, which only writing needs.
pub fn load_view(path: &Path) -> Result<Plan> {
    load_view_as(path, Passphrase::Ask)
}

/// [`load_view`], asking for a plan's passphrase or not (a listing does not).
pub fn load_view_as(path: &Path, passphrase: Passphrase) -> Result<Plan> {
    let text = read_text_as(path, passphrase)?;
    let view = || {
        let (parsed, _) = checked(path, &text, FileKind::Plan)?;
        EditablePlan::from_document(DocumentMut::from(parsed.into_table()))
            .into_view()
            .map_err(|e| not_typed(path, &text, &e))
    };
    view().map_err(|e| in_decrypted(path, e))
}

/// Parse and validate file text; `path` is only used in messages.
pub fn parse(path: &Path, text: &str, kind: FileKind) -> Result<EditablePlan> {
    parse_typed(path, text, kind).map(|(plan, _)| plan)
}

/// [`parse`], with the view every reader reads: validating the file builds
/// the typed view of it as it is, which is that view unless an answer is
/// left empty, so it is built again only then.
pub fn parse_checked(path: &Path, text: &str, kind: FileKind) -> Result<(EditablePlan, Plan)> {
    let (plan, typed) = parse_typed(path, text, kind)?;
    let view = if plan.has_blanks() {
        plan.plan()?
    } else {
        typed
    };
    Ok((plan, view))
}

/// [`parse`], with the typed view of the file as it is (blanks included).
fn parse_typed(path: &Path, text: &str, kind: FileKind) -> Result<(EditablePlan, Plan)> {
    let (parsed, worded) = checked(path, text, kind)?;
    let mut plan = EditablePlan::from_document(parsed.into_mut());
    for (id, date) in worded {
        plan.set(id, toml_edit::value(date));
    }
    // The typed view must read too; validation should make this a formality.
    let typed = plan.typed().map_err(|e| not_typed(path, text, &e))?;
    Ok((plan, typed))
}

/// The date answers an answers file wrote in words, read as dates.
type Worded = Vec<(&'static str, toml_edit::Datetime)>;

/// Parse file text and check everything in it: the whole of validation
/// but reading the typed view, which [`parse`] and [`load_view`] each do
/// their way. Dates written in words (an answers file) come back apart.
fn checked<'t>(path: &Path, text: &'t str, kind: FileKind) -> Result<(Document<&'t str>, Worded)> {
    let parsed = Document::parse(text).map_err(|e| syntax_error(path, text, &e))?;
    let root = parsed.as_table();
    let invalid = |problem: Problem| invalid_at(path, text, problem);
    check_schema(path, text, root, kind)?;
    check_header(root).map_err(invalid)?;
    if kind == FileKind::Plan {
        check_drafts(root).map_err(invalid)?;
    }
    // An answers file may write a date as a person would ("next Thursday 3pm").
    let worded = match kind {
        FileKind::Answers => dates_in_words(root).map_err(invalid)?,
        FileKind::Plan => Vec::new(),
    };
    check_answers_except(root, &worded.iter().map(|(id, _)| *id).collect::<Vec<_>>())
        .map_err(invalid)?;
    if kind == FileKind::Answers {
        check_known_keys(path, text, root)?;
    }
    Ok((parsed, worded))
}

/// A file whose typed view does not read, placed where the reader stopped.
fn not_typed(path: &Path, text: &str, e: &toml_edit::de::Error) -> Error {
    invalid_at(
        path,
        text,
        Problem {
            key: "(file)".into(),
            expected: "a valid plan".into(),
            found: e.message().to_string(),
            span: e.span().map(|s: Range<usize>| s.start..s.end),
        },
    )
}

/// Text that is not TOML: where, and what may have caused it.
fn syntax_error(path: &Path, text: &str, e: &toml_edit::TomlError) -> Error {
    let message = e.message().trim().to_string();
    let (at, note) = diagnose::locate(text, e.span().map(|s| s.start));
    let (line, column) = line_col(text, at);
    let message = match note {
        Some(note) => format!("{message} ({note})"),
        None => message,
    };
    Error::Syntax {
        path: path.to_path_buf(),
        line,
        column,
        message,
        excerpt: excerpt(text, at),
    }
}

/// A value that does not fit, placed in the file.
fn invalid_at(path: &Path, text: &str, problem: Problem) -> Error {
    let at = problem.span.as_ref().map_or(0, |s| s.start);
    let (line, column) = line_col(text, at);
    Error::Invalid {
        path: path.to_path_buf(),
        line,
        column,
        excerpt: excerpt(text, at),
        problem: Box::new(problem),
    }
}

/// A plan must say its schema, and one this version knows; an answers file
/// may leave it out. A `schema` that is there but wrong (a string, a float,
/// a number below 1, a table), or one written inside a table when the top
/// has none, is named with its place and what was found there.
fn check_schema(path: &Path, text: &str, root: &Table, kind: FileKind) -> Result<()> {
    let bad = |problem: Problem, hint: String| {
        let at = problem.span.as_ref().map_or(0, |s| s.start);
        let (line, column) = line_col(text, at);
        Error::BadSchema {
            path: path.to_path_buf(),
            line,
            column,
            excerpt: excerpt(text, at),
            problem: Box::new(problem),
            hint,
        }
    };
    let Some(item) = root.get("schema") else {
        if let Some((table, item, span)) = schema_inside_a_table(root) {
            let problem = Problem {
                key: format!("{table}.schema"),
                expected: format!("`schema` at the top of the file, above [{table}]"),
                found: format!("{} inside [{table}]", answer::describe(item)),
                span,
            };
            return Err(bad(
                problem,
                format!(
                    "move `schema = {SCHEMA}` to the first line of the file, above every [table]; the file was left unchanged"
                ),
            ));
        }
        return match kind {
            FileKind::Plan => Err(Error::NoSchema {
                path: path.to_path_buf(),
                known: SCHEMA,
            }),
            FileKind::Answers => Ok(()),
        };
    };
    match item.as_integer() {
        Some(n) if n > SCHEMA => Err(Error::NewerSchema {
            path: path.to_path_buf(),
            found: n,
            known: SCHEMA,
        }),
        Some(n) if n >= 1 => Ok(()),
        _ => {
            let problem = Problem {
                key: "schema".into(),
                expected: format!("the schema number, written `schema = {SCHEMA}`"),
                found: answer::describe(item),
                // A `[schema]` table has no value span: point at its name.
                span: item
                    .span()
                    .or_else(|| root.key("schema").and_then(|k| k.span())),
            };
            Err(bad(
                problem,
                format!(
                    "write `schema = {SCHEMA}` as the first line of the file; the file was left unchanged"
                ),
            ))
        }
    }
}

/// The first `schema` key written inside a table of the file's top level
/// (`[meeting]` then `schema = 1`), with the table's name and the key's place.
fn schema_inside_a_table(root: &Table) -> Option<(&str, &Item, Option<Range<usize>>)> {
    root.iter().find_map(|(name, item)| {
        let table = item.as_table_like()?;
        let value = table.get("schema")?;
        let span = table.key("schema").and_then(|k| k.span()).or(value.span());
        Some((name, value, span))
    })
}

/// The line holding byte `at`, with a caret under it. Control characters in
/// the line are shown escaped (`\u{1b}`), and the caret counts them so; a
/// joiner inside a word is shown as it is ([`printable`]), and takes no room.
fn excerpt(text: &str, at: usize) -> String {
    let (line, column) = line_col(text, at);
    let src = text.lines().nth(line - 1).unwrap_or("");
    let (src, caret_at) = diagnose::window(src, column);
    let shown = printable(&src);
    let room: usize = escapes(&src)
        .take(caret_at)
        .map(|(c, escaped)| match (escaped, c) {
            (true, c) => c.escape_unicode().count(),
            (false, c) if is_joiner(c) => 0,
            (false, _) => 1,
        })
        .sum();
    let gutter = line.to_string();
    format!(
        "  {gutter} | {shown}\n  {pad} | {caret}^",
        pad = " ".repeat(gutter.len()),
        caret = " ".repeat(room)
    )
}

/// Check every answer in a parsed file against the catalogue.
///
/// `table` is the file's root. Unknown keys are allowed and kept.
pub fn check_answers(root: &Table) -> Result<(), Problem> {
    check_answers_except(root, &[])
}

/// The date answers of an answers file written as strings, read the way
/// typed answers are (`2026-11-28`, `tomorrow 15:00`, `12 Nov`). Dates
/// inside lists of records stay TOML dates. An answers file is input, as a
/// flag is: a time the clocks skip here is refused, written either way.
fn dates_in_words(root: &Table) -> Result<Worded, Problem> {
    let mut out = Vec::new();
    for q in catalogue::all() {
        if !matches!(q.kind, catalogue::Kind::When | catalogue::Kind::Date) {
            continue;
        }
        let Some(item) = root
            .get(q.section())
            .and_then(Item::as_table_like)
            .and_then(|t| t.get(q.field()))
        else {
            continue;
        };
        let problem = |found: String| Problem {
            key: q.id.to_string(),
            expected: q.kind.expected(),
            found,
            span: item.span(),
        };
        let timed = matches!(q.kind, catalogue::Kind::When);
        let date = match (item.as_str(), item.as_datetime()) {
            (Some(text), _) => answer::read_when(text, timed).map_err(problem)?,
            (None, Some(date)) => *date,
            (None, None) => continue,
        };
        if timed {
            answer::exists_here(&date)
                .map_err(|why| problem(format!("{} ({why})", answer::describe(item))))?;
        }
        if item.is_str() {
            out.push((q.id, date));
        }
    }
    Ok(out)
}

/// [`check_answers`], leaving out the answers already checked elsewhere.
fn check_answers_except(root: &Table, checked: &[&str]) -> Result<(), Problem> {
    for section in sections() {
        if let Some(item) = root.get(section)
            && !item.is_table_like()
        {
            return Err(Problem {
                key: section.to_string(),
                expected: format!("a table, written as [{section}]"),
                found: answer::describe(item),
                span: item.span(),
            });
        }
    }
    for q in catalogue::recorded() {
        let Some(item) = root
            .get(q.section())
            .and_then(Item::as_table_like)
            .and_then(|t| t.get(q.field()))
        else {
            continue;
        };
        if checked.contains(&q.id) {
            continue;
        }
        answer::check(&q.kind, q.id, item)?;
    }
    Ok(())
}

/// An answers file may hold only keys that questions fill (and the header):
/// a misspelt key would otherwise be dropped without a word. Every unknown
/// key is reported at once, with the closest known one.
fn check_known_keys(path: &Path, text: &str, root: &Table) -> Result<()> {
    const HEADER: [&str; 5] = ["schema", "status", "created", "updated", "quick"];
    let mut unknown: Vec<(String, Option<Range<usize>>)> = Vec::new();
    for (key, item) in root.iter() {
        if HEADER.contains(&key) {
            continue;
        }
        let Some(table) = item.as_table_like().filter(|_| sections().contains(&key)) else {
            unknown.push((key.to_string(), item.span()));
            continue;
        };
        for (field, value) in table.iter() {
            let id = format!("{key}.{field}");
            if catalogue::find(&id).is_none() {
                let span = table.key(field).and_then(|k| k.span()).or(value.span());
                unknown.push((id, span));
            }
        }
    }
    if unknown.is_empty() {
        return Ok(());
    }
    let lines = unknown
        .into_iter()
        .map(|(key, span)| {
            let (line, column) = line_col(text, span.map_or(0, |s| s.start));
            let hint = match catalogue::suggest(&key) {
                Some(id) => format!("; did you mean `{id}`?"),
                None => String::new(),
            };
            format!(
                "{}:{line}:{column}: unknown key `{}`{hint}",
                path.shown(),
                key.escape_debug()
            )
        })
        .collect();
    Err(Error::UnknownKeys { lines })
}

/// The records typed part way (`[[draft]]`, see [`EditablePlan::drafts`]):
/// each names a list of records and holds the fields typed so far, each of
/// the form its prompt takes. Its required fields may be missing.
fn check_drafts(root: &Table) -> Result<(), Problem> {
    let Some(item) = root.get(DRAFT) else {
        return Ok(());
    };
    let problem = |key: &str, expected: &str, item: &Item| Problem {
        key: key.into(),
        expected: expected.into(),
        found: answer::describe(item),
        span: item.span(),
    };
    const SHAPE: &str = "[[draft]] tables, each with the `question` and the `entry` typed so far, as the wizard writes them";
    let drafts: Vec<Item> = match item {
        Item::ArrayOfTables(a) => a.iter().cloned().map(Item::Table).collect(),
        Item::Value(toml_edit::Value::Array(a)) => a.iter().cloned().map(Item::Value).collect(),
        _ => return Err(problem(DRAFT, SHAPE, item)),
    };
    for (i, draft) in drafts.iter().enumerate() {
        let at = |key: &str| format!("{DRAFT}[{}].{key}", i + 1);
        let table = draft
            .as_table_like()
            .ok_or_else(|| problem(&format!("{DRAFT}[{}]", i + 1), SHAPE, draft))?;
        let missing = |key: &str| Problem {
            key: at(key),
            expected: SHAPE.into(),
            found: "nothing".into(),
            span: draft.span(),
        };
        let question = table.get("question").ok_or_else(|| missing("question"))?;
        let fields = match question.as_str().and_then(catalogue::find).map(|q| q.kind) {
            Some(catalogue::Kind::Records(fields)) => fields,
            _ => {
                return Err(problem(
                    &at("question"),
                    "the key of a list of records, such as \"prepare.evidence\"",
                    question,
                ));
            }
        };
        let entry = table.get("entry").ok_or_else(|| missing("entry"))?;
        let entry = entry
            .as_table_like()
            .ok_or_else(|| problem(&at("entry"), "a table of the fields typed so far", entry))?;
        for (key, value) in entry.iter() {
            let key_at = at(&format!("entry.{key}"));
            let Some(f) = fields.iter().find(|f| f.key == key) else {
                let names: Vec<&str> = fields.iter().map(|f| f.key).collect();
                let hint = match catalogue::suggest_field(key, fields) {
                    Some(f) => format!(" (did you mean `{f}`?)"),
                    None => String::new(),
                };
                return Err(problem(
                    &key_at,
                    &format!("one of the fields {}{hint}", names.join(", ")),
                    value,
                ));
            };
            answer::check(&f.kind, &key_at, value)?;
        }
    }
    Ok(())
}

/// Check the header keys of a plan file.
pub fn check_header(root: &Table) -> Result<(), Problem> {
    let problem = |key: &str, expected: String, item: &Item| Problem {
        key: key.into(),
        expected,
        found: answer::describe(item),
        span: item.span(),
    };
    if let Some(item) = root.get("status") {
        let ok = item.as_str().and_then(Status::from_value).is_some();
        if !ok {
            let names: Vec<String> = Status::ALL
                .iter()
                .map(|s| format!("\"{}\"", s.value()))
                .collect();
            return Err(problem(
                "status",
                format!("one of {}", names.join(", ")),
                item,
            ));
        }
    }
    if let Some(item) = root.get("quick")
        && item.as_bool().is_none()
    {
        return Err(problem("quick", "true or false".into(), item));
    }
    if let Some(item) = root.get("follows")
        && !item.as_str().is_some_and(is_plan_reference)
    {
        return Err(problem(
            "follows",
            "the file name of the earlier plan, such as \"sam-lee-2026-11-01.toml\", on one line, without control or formatting characters".into(),
            item,
        ));
    }
    for key in ["created", "updated"] {
        if let Some(item) = root.get(key)
            && item.as_datetime().is_none_or(|d| d.date.is_none())
        {
            return Err(problem(key, "a date and time".into(), item));
        }
    }
    Ok(())
}

/// Whether `follows` names a plan as `plan` writes it: a file name or path,
/// held to the rules of every answer (no control or formatting character)
/// and on one line, since it is shown in messages and the brief.
pub fn is_plan_reference(text: &str) -> bool {
    !text.trim().is_empty()
        && answer::control_char(text).is_none()
        && !text.contains(crate::error::is_line_break)
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn excerpts_escape_control_characters_and_keep_the_caret_under_them() {
        let e = err("schema = 1\na = \"x\u{1b}[31mRED\"\n");
        assert!(!e.chars().any(|c| c.is_control() && c != '\n'), "{e:?}");
        assert!(e.contains("2 | a = \"x\\u{1b}[31mRED"), "{e}");
        let caret = e.lines().find(|l| l.ends_with('^')).unwrap();
        let line = e.lines().find(|l| l.contains("2 | ")).unwrap();
        let col = caret.len() - 1;
        assert!(line[col..].starts_with("\\u{1b}"), "{line}\n{caret}");
    }

    #[test]
    fn schema_rules() {
        assert!(err("[meeting]\n").contains("add `schema = 1`"));
        assert!(err("schema = \"one\"\n").starts_with("p.toml:1:10: `schema` should be"));
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
    fn a_bad_schema_is_placed_and_quoted() {
        for (text, place, found) in [
            ("schema = \"1\"\n", "p.toml:1:10:", "the string \"1\""),
            ("schema = 0\n", "p.toml:1:10:", "the number 0"),
            ("schema = -1\n", "p.toml:1:10:", "the number -1"),
            (
                "# plan\n\nschema   = 1.0\n",
                "p.toml:3:12:",
                "the number 1.0",
            ),
            ("schema = true\n", "p.toml:1:10:", "but it is true"),
            ("schema = []\n", "p.toml:1:10:", "an empty list"),
            ("schema = { v = 1 }\n", "p.toml:1:10:", "a table"),
            ("[schema]\nv = 1\n", "p.toml:1:", "a table"),
            (
                "[meeting]\nwith = \"Sam\"\nschema = 1\n",
                "p.toml:3:1:",
                "the number 1 inside [meeting]",
            ),
            (
                "[meeting]\nwith = \"Sam\"\n[open]\n  schema = \"1\"\n",
                "p.toml:4:3:",
                "the string \"1\" inside [open]",
            ),
        ] {
            let e = err(text);
            assert!(e.starts_with(place), "{text:?}: {e}");
            assert!(e.contains(found), "{text:?}: {e}");
            assert!(e.contains("`schema = 1`"), "{text:?}: {e}");
            assert!(!e.contains("no `schema` key"), "{text:?}: {e}");
        }
        // An answers file may leave schema out, but not write it wrong.
        let e = parse(Path::new("a.toml"), "schema = \"1\"\n", FileKind::Answers)
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("a.toml:1:10:"), "{e}");
        let e = parse(
            Path::new("a.toml"),
            "[meeting]\nschema = 1\n",
            FileKind::Answers,
        )
        .unwrap_err()
        .to_string();
        assert!(
            e.starts_with("a.toml:2:1:") && e.contains("[meeting]"),
            "{e}"
        );
        // A schema inside a table is fine beside the top-level one (kept as
        // an unknown key of a plan).
        assert!(
            parse(
                Path::new("p.toml"),
                "schema = 1\n[custom]\nschema = 3\n",
                FileKind::Plan
            )
            .is_ok()
        );
    }

    #[test]
    fn the_caret_counts_a_joiner_inside_a_word_as_no_room() {
        let e = err("schema = 1\n[open]\nstory = \"می\u{200C}خواهم\" + 1\n");
        let line = e.lines().find(|l| l.contains("3 | ")).unwrap();
        assert!(line.contains("می\u{200C}خواهم"), "{line}");
        let caret = e.lines().find(|l| l.ends_with('^')).unwrap();
        let at = caret.chars().count() - 1;
        let visible: Vec<char> = line.chars().filter(|&c| c != '\u{200C}').collect();
        assert_eq!(visible.get(at), Some(&'+'), "{line}\n{caret}");
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

    #[test]
    fn section_that_is_not_a_table_is_a_problem() {
        let doc: toml_edit::DocumentMut = "schema = 1\nmeeting = \"Sam\"\n".parse().unwrap();
        let p = check_answers(doc.as_table()).unwrap_err();
        assert_eq!(p.key, "meeting");
        assert!(p.expected.contains("[meeting]"));
    }

    #[test]
    fn quick_is_a_header_key_that_must_be_true_or_false() {
        let doc = parse(
            Path::new("p.toml"),
            "schema = 1\nquick = true\n",
            FileKind::Plan,
        )
        .unwrap();
        assert!(doc.quick());
        assert!(doc.typed().unwrap().quick);
        assert!(
            parse(Path::new("a.toml"), "quick = true\n", FileKind::Answers).is_ok(),
            "an answers file may hold it too"
        );
        let e = err("schema = 1\nquick = \"yes\"\n");
        assert!(e.contains("`quick`") && e.contains("true or false"), "{e}");
    }

    #[test]
    fn bad_status_is_a_problem() {
        let doc: toml_edit::DocumentMut = "schema = 1\nstatus = \"done\"\n".parse().unwrap();
        let p = check_header(doc.as_table()).unwrap_err();
        assert!(p.expected.contains("followed-up"), "{}", p.expected);
    }

    #[test]
    fn a_draft_loads_and_is_checked_like_its_fields() {
        let ok = "schema = 1\n[[draft]]\nquestion = \"prepare.evidence\"\nentry = { fact = \"Late twice\" }\n";
        let doc = parse(Path::new("p.toml"), ok, FileKind::Plan).unwrap();
        assert_eq!(doc.drafts().len(), 1);
        assert!(doc.typed().unwrap().prepare.evidence.is_empty());
        // Written as a table too.
        let table = "schema = 1\n[[draft]]\nquestion = \"safety.contrasting\"\n[draft.entry]\ndont = \"x\"\n";
        let doc = parse(Path::new("p.toml"), table, FileKind::Plan).unwrap();
        assert_eq!(doc.drafts()[0].question, "safety.contrasting");
        for (text, says) in [
            ("schema = 1\ndraft = 3\n", "`draft`"),
            (
                "schema = 1\n[[draft]]\nquestion = \"meeting.with\"\nentry = {}\n",
                "`draft[1].question`",
            ),
            (
                "schema = 1\n[[draft]]\nquestion = \"prepare.evidence\"\nentry = { source = \"gossip\" }\n",
                "`draft[1].entry.source`",
            ),
            (
                "schema = 1\n[[draft]]\nquestion = \"prepare.evidence\"\nentry = { colour = \"red\" }\n",
                "one of the fields fact, source, date",
            ),
            (
                "schema = 1\n[[draft]]\nquestion = \"prepare.evidence\"\n",
                "`draft[1].entry`",
            ),
        ] {
            let e = err(text);
            assert!(e.contains(says), "{text}: {e}");
        }
        let e = err(
            "schema = 1\n[[draft]]\nquestion = \"prepare.evidence\"\nentry = { dat = 2026-11-01 }\n",
        );
        assert!(e.contains("did you mean `date`?"), "{e}");
        // An answers file holds answers, never a draft.
        assert!(parse(Path::new("a.toml"), ok, FileKind::Answers).is_err());
    }

    /// The view read alone is the view `plan render` reads from the loaded
    /// document (answers left empty removed), and a plan that does not load
    /// fails the same way.
    #[test]
    fn the_view_alone_is_the_view_of_the_loaded_plan() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.toml");
        let same = |text: &str| {
            std::fs::write(&path, text).unwrap();
            let whole = load(&path, FileKind::Plan).map(|doc| doc.into_view().unwrap());
            let alone = load_view(&path);
            match (whole, alone) {
                (Ok(whole), Ok(alone)) => {
                    assert_eq!(format!("{alone:?}"), format!("{whole:?}"), "{text}");
                    Some(alone)
                }
                (Err(whole), Err(alone)) => {
                    assert_eq!(alone.to_string(), whole.to_string(), "{text:?}");
                    None
                }
                (whole, alone) => panic!("{text:?}: {whole:?} but {alone:?}"),
            }
        };
        for e in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/examples")).unwrap() {
            assert!(same(&std::fs::read_to_string(e.unwrap().path()).unwrap()).is_some());
        }
        let blanks =
            same("schema = 1\n[meeting]\nwith = \"\"\ntitle = \" \"\nplace = \"Room 4\"\n");
        let blanks = blanks.unwrap();
        assert_eq!((blanks.meeting.with, blanks.meeting.title), (None, None));
        assert_eq!(blanks.meeting.place.as_deref(), Some("Room 4"));
        for text in [
            "",
            "schema = 1\nstatus = \"banana\"\n",
            "schema = 1\n[meeting\n",
        ] {
            assert!(same(text).is_none(), "{text:?}");
        }
    }

    #[test]
    fn a_link_to_nothing_is_named_as_one() {
        let dir = tempfile::tempdir().unwrap();
        let link = dir.path().join("p.toml");
        std::os::unix::fs::symlink(dir.path().join("gone.toml"), &link).unwrap();
        let e = load(&link, FileKind::Plan).unwrap_err().to_string();
        let said = format!("{}: is a link to a file that does not exist", link.shown());
        assert!(e.starts_with(&said), "{e}");
        let e = load(&dir.path().join("none.toml"), FileKind::Plan).unwrap_err();
        assert!(matches!(e, Error::NotFound(_)), "{e}");
    }
}
