//! Writing an artefact: to `-o FILE` (privately, atomically) or to stdout.
//!
//! An artefact never replaces a plan: `-o` naming the plan itself (by any
//! path, link or hard link) or any other plan file is refused before anything
//! is written, and so is any name ending `.toml` (a name for plans, which
//! `plan list` would then show as a broken one). A name whose extension is
//! not one of the artefact's formats (`brief.pdf`) is refused unless
//! `--format` says what to write. A special file (`/dev/null`, a named pipe)
//! is written into, never replaced; `-o -` is stdout.

use super::engine::{self, Renderer};
use crate::error::ShowPath;
use crate::error::{Error, Result};
use crate::planfile::load::{Opened, open_to_read};
use rustix::fs::OFlags;
use std::fs;
use std::io::{Read, Write};
use std::os::unix::fs::{FileTypeExt, MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// What the user asked for an artefact: a format, a file, a folder of
/// templates (each `None` for the default).
#[derive(Debug, Clone, Default)]
pub struct ArtefactOptions {
    /// The format; by default, from the file's name, else Markdown.
    pub format: Option<Format>,
    /// The file to write (`-` is stdout); by default, stdout.
    pub output: Option<PathBuf>,
    /// Templates that replace the built-in ones of the same name.
    pub templates: Option<PathBuf>,
}

/// The documents made from a template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Artefact {
    /// The private brief.
    Brief,
    /// The follow-up for the other person.
    FollowUp,
    /// The cue card to take into the room.
    Card,
}

impl std::fmt::Display for Artefact {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Artefact::Brief => "brief",
            Artefact::FollowUp => "follow-up",
            Artefact::Card => "card",
        })
    }
}

impl Artefact {
    /// A file name to suggest in messages.
    fn example(self) -> &'static str {
        match self {
            Artefact::Brief => "brief.md",
            Artefact::FollowUp => "follow-up.md",
            Artefact::Card => "card.html",
        }
    }
}

/// The formats an artefact is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Markdown.
    Md,
    /// One self-contained HTML page.
    Html,
    /// Plain text wrapped at 72 columns (the follow-up and the card).
    Text,
}

impl Format {
    /// Every format, in the order help lists them.
    pub const ALL: &[Format] = &[Format::Md, Format::Html, Format::Text];

    /// The name `--format` takes.
    pub fn name(self) -> &'static str {
        match self {
            Format::Md => "md",
            Format::Html => "html",
            Format::Text => "text",
        }
    }

    /// Its line in help.
    pub fn about(self) -> &'static str {
        match self {
            Format::Md => "Markdown",
            Format::Html => "One self-contained HTML page",
            Format::Text => {
                "Plain text wrapped at 72 columns: the follow-up for an email, or the card"
            }
        }
    }

    /// The format a file name implies: HTML for `.html`/`.htm`, else Markdown.
    pub fn from_path(path: Option<&std::path::Path>) -> Format {
        match path
            .and_then(|p| p.extension())
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("html" | "htm") => Format::Html,
            Some("txt" | "text") => Format::Text,
            _ => Format::Md,
        }
    }

    /// The template of an artefact in this format (the brief in HTML is
    /// `brief.html`), `None` for a format the artefact does not come in (a
    /// text brief).
    pub fn template(self, artefact: Artefact) -> Option<&'static str> {
        match (artefact, self) {
            (Artefact::Brief, Format::Md) => Some("brief.md"),
            (Artefact::Brief, Format::Html) => Some("brief.html"),
            (Artefact::FollowUp, Format::Md) => Some("followup.md"),
            (Artefact::FollowUp, Format::Html) => Some("followup.html"),
            (Artefact::FollowUp, Format::Text) => Some("followup.txt"),
            (Artefact::Card, Format::Md) => Some("card.md"),
            (Artefact::Card, Format::Html) => Some("card.html"),
            (Artefact::Card, Format::Text) => Some("card.txt"),
            (Artefact::Brief, Format::Text) => None,
        }
    }
}

/// Where and how an artefact is written: the templates, the format, the file.
pub struct Output {
    /// The templates, built in or the user's.
    pub renderer: Renderer,
    /// Markdown or HTML.
    pub format: Format,
    /// Whether `--format` chose the format (rather than the file name).
    pub format_given: bool,
    /// A file, or stdout.
    pub file: Option<PathBuf>,
    /// The plan the artefact is made from, never to be written over.
    pub plan: PathBuf,
    /// A file name to suggest in messages (`brief.md`).
    pub example: String,
}

/// The extensions the brief and the follow-up may be written under.
const DOCUMENT_EXTENSIONS: &[&str] = &["md", "markdown", "html", "htm", "txt", "text"];

impl Output {
    /// Load the templates (so a broken one is reported before any work),
    /// settle the format, and check the `-o` file may be written.
    pub fn new(args: &ArtefactOptions, plan: &Path, artefact: Artefact) -> Result<Self> {
        let file = args.output.clone().filter(|f| !is_stdout(f));
        let example = artefact.example();
        if let Some(file) = &file {
            check_target(file, plan, example)?;
            check_name(
                file,
                DOCUMENT_EXTENSIONS,
                args.format.is_some(),
                example,
                "md or markdown, html or htm, and txt (text, for the follow-up and the card)",
            )?;
        }
        Ok(Output {
            renderer: Renderer::new(engine::user_dir(args.templates.as_deref())?.as_deref())?,
            format: args
                .format
                .unwrap_or_else(|| Format::from_path(file.as_deref())),
            format_given: args.format.is_some(),
            file,
            plan: plan.to_path_buf(),
            example: example.to_string(),
        })
    }

    /// Render an artefact in this format.
    pub fn render(&self, artefact: Artefact, context: &tera::Context) -> Result<String> {
        // `-o brief.txt` names no format: the brief comes as Markdown there.
        let template = match self.format.template(artefact) {
            None if !self.format_given => Format::Md.template(artefact),
            t => t,
        };
        let template = template.ok_or_else(|| {
            Error::usage(
                format!("the {artefact} does not come as plain text"),
                "use --format md or --format html (text is for the follow-up and the card)",
            )
        })?;
        self.renderer.render(template, context)
    }

    /// Render an artefact and write it.
    pub fn write(&self, artefact: Artefact, context: &tera::Context) -> Result<()> {
        self.emit(&self.render(artefact, context)?)
    }

    /// Write rendered text to the `-o` file, or stdout.
    pub fn emit(&self, text: &str) -> Result<()> {
        emit(text, self.file.as_deref(), &self.plan, &self.example)
    }
}

/// Whether an `-o` argument means stdout.
fn is_stdout(file: &Path) -> bool {
    file.as_os_str() == "-"
}

/// Write an artefact made from `plan` to `-o FILE` or, without one (or with
/// `-`), to stdout. See [`check_target`] for what a file may be; `example`
/// is a file name to suggest instead (`invite.ics`).
pub fn emit(text: &str, output: Option<&Path>, plan: &Path, example: &str) -> Result<()> {
    let Some(file) = output.filter(|f| !is_stdout(f)) else {
        return print(text);
    };
    match check_target(file, plan, example)? {
        Target::Special => write_into(file, text)?,
        Target::Replace => crate::planfile::write_private(file, text.as_bytes(), false)?,
    }
    say!("Wrote {}", file.shown());
    Ok(())
}

/// Print a result on stdout.
pub fn print(text: &str) -> Result<()> {
    let mut out = std::io::stdout().lock();
    // A closed pipe (`plan render x | head`) is not an error worth reporting.
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Error::io(
            "cannot write to standard output",
            e,
            "check where the output is going",
        )),
        Ok(()) => Ok(()),
    }
}

/// How an `-o` file is written.
#[derive(Debug, PartialEq, Eq)]
pub enum Target {
    /// A new or ordinary file: replaced atomically.
    Replace,
    /// A device or named pipe: written into, as a shell redirect would.
    Special,
}

/// Check that an artefact made from `plan` may be written to `file`.
///
/// Refused: the plan itself (compared by device and inode, so another
/// spelling of its path, a symlink or a hard link is caught too), any other
/// file that looks like a plan (see [`is_plan_file`]: judged by name and
/// text, so a plan with a syntax error is refused too), a folder, and a
/// socket.
/// `example` is a file name to suggest instead.
pub fn check_target(file: &Path, plan: &Path, example: &str) -> Result<Target> {
    let meta = match fs::metadata(file) {
        Ok(meta) => meta,
        // Nothing there (or a link to nothing, which the write reports),
        // but the folder must exist: found out now, not after the questions.
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let dir = crate::planfile::folder_of(file);
            if fs::symlink_metadata(file).is_err() && !dir.is_dir() {
                return Err(Error::failed(
                    format!("cannot write in {}: no such folder", dir.shown()),
                    "create the folder first, or choose a file in one that exists",
                ));
            }
            return Ok(Target::Replace);
        }
        Err(e) => {
            return Err(Error::io(
                format!("cannot write {}", file.shown()),
                e,
                "check the path, or choose another file",
            ));
        }
    };
    let shown = file.shown();
    if meta.is_dir() {
        return Err(Error::failed(
            format!("{shown} is a folder"),
            format!("give a file name, such as {shown}/brief.md"),
        ));
    }
    let kind = meta.file_type();
    if kind.is_fifo() || kind.is_char_device() || kind.is_block_device() {
        return Ok(Target::Special);
    }
    if !meta.is_file() {
        return Err(Error::NotAFile {
            path: file.to_path_buf(),
            what: crate::planfile::load::kind_of(&meta),
            hint: "give a file name, or `-` for standard output",
        });
    }
    let same = fs::metadata(plan).is_ok_and(|p| p.dev() == meta.dev() && p.ino() == meta.ino());
    // Naming a plan as the output is a misuse of -o: a usage error.
    if same {
        return Err(Error::usage(
            format!("{shown} is the plan itself; writing there would destroy it"),
            format!("give another file name, such as {example}, or leave out -o to print"),
        ));
    }
    if is_plan_file(file) {
        return Err(Error::usage(
            format!("{shown} is a plan file; it was left unchanged"),
            format!(
                "give another file name, such as {example}: artefacts are never written over a plan"
            ),
        ));
    }
    Ok(Target::Replace)
}

/// Check the `-o` file's name: never `.toml` (a name for plans), and, unless
/// `--format` was given, an extension among `allowed` (or none). `formats`
/// names them for the message.
pub fn check_name(
    file: &Path,
    allowed: &[&str],
    format_given: bool,
    example: &str,
    formats: &str,
) -> Result<()> {
    let shown = file.shown();
    if file
        .file_name()
        .is_some_and(|n| n == crate::planfile::sealed::RECIPIENTS_FILE)
    {
        return Err(Error::usage(
            format!(
                "{shown} is where a folder names whom its plans are encrypted to; an artefact is not written there"
            ),
            format!("give another file name, such as {example}, or leave out -o to print"),
        ));
    }
    let Some(ext) = file
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
    else {
        return Ok(());
    };
    if ext == "toml" || crate::planfile::location::is_sealed(file) {
        let end = if ext == "toml" { ".toml" } else { ".toml.age" };
        return Err(Error::usage(
            format!("{shown} ends in {end}, a name for plans; an artefact is not written there"),
            format!("give another file name, such as {example}, or leave out -o to print"),
        ));
    }
    if format_given || allowed.contains(&ext.as_str()) {
        return Ok(());
    }
    Err(Error::usage(
        format!("{shown}: .{ext} is not a format this writes (it writes {formats})"),
        format!("give a file name such as {example}, or say what to write with --format"),
    ))
}

/// How much of an existing `-o` file is read to tell whether it is a plan.
const SNIFF_BYTES: u64 = 64 * 1024;

/// Whether a file looks like a plan, judged by its name and its text alone,
/// so that a plan with a syntax error (or cut short) is known as one too: a
/// name ending `.toml`, or, within its first [`SNIFF_BYTES`], a `schema` key
/// before any table header, or a `[meeting]` table header.
fn is_plan_file(file: &Path) -> bool {
    let toml_name = file
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("toml"))
        || crate::planfile::location::is_sealed(file);
    if toml_name {
        return true;
    }
    // A file that cannot be read cannot be judged; the write reports it.
    // Nor is anything but a regular file read (one may be put in its place).
    let Ok(Opened::Regular(file, _)) = open_to_read(file) else {
        return false;
    };
    let mut bytes = Vec::new();
    let read = file.take(SNIFF_BYTES).read_to_end(&mut bytes);
    read.is_ok() && looks_like_plan(&String::from_utf8_lossy(&bytes))
}

/// Whether text reads, line by line, like the start of a plan: a top-level
/// `schema` key (bare or quoted, dotted or not) or a `meeting` table header
/// (`[meeting]`, `[ "meeting" ]`, `[meeting.x]`, `[[meeting]]`).
fn looks_like_plan(text: &str) -> bool {
    let mut top_level = true;
    // `\r`, U+2028 and the like are left in the line: they only make a key
    // not match, and a plan written by `plan` has plain `\n` line ends.
    for line in text.trim_start_matches('\u{feff}').split('\n') {
        let line = line.trim_matches(|c: char| c == ' ' || c == '\t' || c == '\r');
        if let Some(header) = line.strip_prefix('[') {
            let header = header.strip_prefix('[').unwrap_or(header);
            if first_key(header) == Some("meeting") {
                return true;
            }
            top_level = false;
        } else if top_level && first_key(line) == Some("schema") {
            return true;
        }
    }
    false
}

/// The first part of a TOML key at the start of `text`, unquoted: `schema`
/// in `schema = 1`, `"schema" = 1` and `schema.x = 1`; `meeting` in
/// `meeting]` and ` 'meeting' . x ]`. `None` if the text starts with no key
/// followed by one of `=`, `.` or `]`.
fn first_key(text: &str) -> Option<&str> {
    let text = text.trim_start_matches([' ', '\t']);
    let (key, rest) = match text.chars().next()? {
        quote @ ('"' | '\'') => {
            let inner = &text[1..];
            let end = inner.find(quote)?;
            (&inner[..end], &inner[end + 1..])
        }
        _ => {
            let end = text
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
                .unwrap_or(text.len());
            (&text[..end], &text[end..])
        }
    };
    let follows = rest.trim_start_matches([' ', '\t']).chars().next();
    (!key.is_empty() && matches!(follows, Some('=' | '.' | ']'))).then_some(key)
}

/// Write into a device or named pipe, keeping it what it is.
fn write_into(file: &Path, text: &str) -> Result<()> {
    match open_special(file)?.write_all(text.as_bytes()) {
        // A reader that stopped early, as with stdout.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(cannot_write(file, e)),
        Ok(()) => Ok(()),
    }
}

/// How long `-o` waits for a program to open a named pipe for reading.
const READER_WAIT: Duration = Duration::from_secs(2);

/// Open a device or named pipe to write into, never waiting long on it.
///
/// It is opened with `O_NONBLOCK`: a named pipe that nothing reads then
/// fails at once (`ENXIO`) instead of waiting, and is tried again until
/// [`READER_WAIT`] has passed, then refused. Once open, it is set back to
/// blocking, so that writing waits for a slow reader as a shell's would.
fn open_special(file: &Path) -> Result<fs::File> {
    let flags = (OFlags::NONBLOCK | OFlags::NOCTTY).bits();
    let start = Instant::now();
    loop {
        let opened = fs::OpenOptions::new()
            .write(true)
            .custom_flags(flags as i32)
            .open(file);
        match opened {
            Ok(f) => {
                let blocking = rustix::fs::fcntl_getfl(&f)
                    .and_then(|now| rustix::fs::fcntl_setfl(&f, now - OFlags::NONBLOCK));
                return blocking
                    .map(|()| f)
                    .map_err(|e| cannot_write(file, e.into()));
            }
            Err(e) if no_reader(file, &e) => {
                if start.elapsed() >= READER_WAIT {
                    return Err(Error::failed(
                        format!(
                            "nothing is reading from {} (waited {} seconds)",
                            file.shown(),
                            READER_WAIT.as_secs()
                        ),
                        "start the program that reads from it first, or leave out -o to print",
                    ));
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            Err(e) => return Err(cannot_write(file, e)),
        }
    }
}

/// Whether opening `file` failed because it is a named pipe that no program
/// has open for reading.
fn no_reader(file: &Path, e: &std::io::Error) -> bool {
    e.raw_os_error() == Some(rustix::io::Errno::NXIO.raw_os_error())
        && fs::metadata(file).is_ok_and(|m| m.file_type().is_fifo())
}

fn cannot_write(file: &Path, e: std::io::Error) -> Error {
    Error::io(
        format!("cannot write {}", file.shown()),
        e,
        "check that you may write to it",
    )
}

#[cfg(test)]
mod tests {
    use super::looks_like_plan;

    #[test]
    fn plans_are_known_by_their_text_even_when_broken() {
        for text in [
            "schema = 1\n",
            "# note\nschema=1\n",
            "\u{feff}  \"schema\" = 1\r\nstatus = \"draft\n",
            "'schema' =",
            "status = \"draft\nschema = 1\n[meeting]\n",
            "[meeting]\nwith = \"Sam\n",
            "[ \"meeting\" ] # mine\n",
            "[other]\n[meeting.extra]\n",
            "[[meeting]]\n",
        ] {
            assert!(looks_like_plan(text), "{text:?}");
        }
        for text in [
            "",
            "# A brief\n\nschema is the word\n",
            "[x]\nschema = 1\n",
            "schemas = 1\n[meetings]\n",
            "[meeting-notes]\n",
            "<p>schema = 1</p>\n",
            "- [meeting](https://example.com)\n",
        ] {
            assert!(!looks_like_plan(text), "{text:?}");
        }
    }
}
