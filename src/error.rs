//! The one error type. Each variant knows its exit code and its hint, and its
//! `Display` ends with the hint, so no call site writes one by hand.

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// What went wrong, for the user to read.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A mistake in how the command was called: exit code 2.
    #[error("{message}{}", Hint(hint))]
    Usage {
        /// What is wrong.
        message: String,
        /// How to call it instead.
        hint: Option<String>,
    },

    /// The user pressed Ctrl-C: exit code 130, after saying where the draft is.
    #[error("{}", interrupted(draft))]
    Interrupted {
        /// The draft on disk and the command that resumes it.
        draft: Option<(PathBuf, String)>,
    },

    /// The user pressed Ctrl-C part way through a rehearsal: exit code 130,
    /// after saying what was recorded. A rehearsal is not resumed but run
    /// again from the start.
    #[error(
        "Interrupted. The steps you finished are recorded in {}\nRehearse again from the start with: plan rehearse {}",
        .0.shown(),
        .0.shown()
    )]
    RehearsalInterrupted(PathBuf),

    /// Nothing at the path.
    #[error("{}: no such file{}", .0.shown(), not_found_hint(.0))]
    NotFound(PathBuf),

    /// Something other than a regular file where a file was expected.
    #[error("{path}: {what}, not a file{}", Hint(&Some(hint.to_string())), path = .path.shown())]
    NotAFile {
        /// The path.
        path: PathBuf,
        /// What it is instead ("is a folder", "is a named pipe").
        what: &'static str,
        /// What to give instead.
        hint: &'static str,
    },

    /// Over the size cap.
    #[error("{path}: the file is {size} bytes; plan files are at most {max} bytes{}", Hint(&Some("is this really a plan file?".into())), path = .path.shown())]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size.
        size: u64,
        /// The cap.
        max: u64,
    },

    /// Not UTF-8 text.
    #[error("{path}:{line}:{column}: the file is not UTF-8 text{}", Hint(&Some("save it as UTF-8 in your editor".into())), path = .path.shown())]
    NotUtf8 {
        /// The file.
        path: PathBuf,
        /// Line of the first bad byte.
        line: usize,
        /// Column of the first bad byte.
        column: usize,
    },

    /// TOML syntax.
    #[error("{path}:{line}:{column}: TOML syntax error: {message}\n{excerpt}{}", Hint(&Some("fix the line above; the file was left unchanged".into())), path = .path.shown())]
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

    /// A value of the wrong type or out of range, in a file.
    #[error("{path}:{line}:{column}: {problem}\n{excerpt}{}", Hint(&Some("correct the value in the file (or remove the line to be asked again)".into())), path = .path.shown())]
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

    /// Keys an answers file holds that no question has: every one, at once.
    #[error("{}{}", .lines.join("\n"), Hint(&Some("answers files take the keys of a plan, such as [meeting] with = \"Sam Lee\"; fix or remove these".into())))]
    UnknownKeys {
        /// One line per key: `file:line:column: unknown key …`.
        lines: Vec<String>,
    },

    /// Written by a newer `plan`.
    #[error("{path}: this plan uses schema {found}, but this `plan` only knows schema {known}{}", Hint(&Some("upgrade plan to open it; the file was left unchanged".into())), path = .path.shown())]
    NewerSchema {
        /// The file.
        path: PathBuf,
        /// The schema in the file.
        found: i64,
        /// The schema this binary knows.
        known: i64,
    },

    /// No schema key anywhere in the file.
    #[error("{path}: no `schema` key{}", Hint(&Some(format!("add `schema = {known}` as the first line of the file"))), path = .path.shown())]
    NoSchema {
        /// The file.
        path: PathBuf,
        /// The schema to add.
        known: i64,
    },

    /// A `schema` key that is not a schema number (`"1"`, `0`, `1.0`,
    /// `true`, `[]`), or one written inside a table instead of at the top.
    #[error("{path}:{line}:{column}: {problem}\n{excerpt}{}", Hint(&Some(hint.clone())), path = .path.shown())]
    BadSchema {
        /// The file.
        path: PathBuf,
        /// Line.
        line: usize,
        /// Column.
        column: usize,
        /// What is wrong, and what was found.
        problem: Box<Problem>,
        /// The offending line with a caret.
        excerpt: String,
        /// How to write it instead.
        hint: String,
    },

    /// A file or folder operation failed.
    #[error("{action}: {source}{}", Hint(&hint.map(String::from)))]
    Io {
        /// What was being done, with the path ("cannot write /x").
        action: String,
        /// The cause.
        source: std::io::Error,
        /// What the user can do about it.
        hint: Option<&'static str>,
    },

    /// A template could not be compiled or rendered.
    #[error("{place}: template error: {message}{}", Hint(&Some(hint.to_string())))]
    Template {
        /// `file:line:column`.
        place: String,
        /// What Tera said.
        message: String,
        /// What to do.
        hint: &'static str,
    },

    /// Anything else that stops the command: exit code 1.
    #[error("{message}{}", Hint(hint))]
    Failed {
        /// What is wrong.
        message: String,
        /// What the user can do about it.
        hint: Option<String>,
    },
}

/// A value that does not fit its question, found in a file or a flag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The dotted key, with an index for list entries (`prepare.evidence[2].source`).
    pub key: String,
    /// What the key takes.
    pub expected: String,
    /// What was there instead.
    pub found: String,
    /// Byte range in the source file, when the value came from one.
    pub span: Option<Range<usize>>,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "`{}` should be {}, but it is {}",
            self.key, self.expected, self.found
        )
    }
}

/// The result type of everything in `plan`.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// The process exit code: 2 for usage, 130 for an interrupt, else 1.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Usage { .. } => 2,
            Error::Interrupted { .. } | Error::RehearsalInterrupted(_) => 130,
            _ => 1,
        }
    }

    /// A usage mistake with a hint.
    pub fn usage(message: impl Into<String>, hint: impl Into<String>) -> Self {
        Error::Usage {
            message: message.into(),
            hint: Some(hint.into()),
        }
    }

    /// A failure with a hint.
    pub fn failed(message: impl Into<String>, hint: impl Into<String>) -> Self {
        Error::Failed {
            message: message.into(),
            hint: Some(hint.into()),
        }
    }

    /// A failure that needs no hint.
    pub fn plain(message: impl Into<String>) -> Self {
        Error::Failed {
            message: message.into(),
            hint: None,
        }
    }

    /// The message and the hint apart (the hint empty when there is none),
    /// for reports that show them in their own places.
    pub fn message_and_hint(&self) -> (String, String) {
        let text = self.to_string();
        match text.split_once(HINT_MARK) {
            Some((message, hint)) => (message.to_string(), hint.to_string()),
            None => (text, String::new()),
        }
    }

    /// A file or folder operation that failed, with what to do about it:
    /// `hint`, or, when the disk is full, [`DISK_FULL_HINT`] (see [`io_hint`]).
    pub fn io(action: impl Into<String>, source: std::io::Error, hint: &'static str) -> Self {
        Error::Io {
            action: action.into(),
            hint: Some(io_hint(&source, hint)),
            source,
        }
    }
}

/// What to do when a write failed for want of space.
pub const DISK_FULL_HINT: &str = "the disk is full; free some space and try again";

/// What to do about a failed file operation: `hint`, unless the disk or the
/// user's quota on it is full (`ENOSPC`, `EDQUOT`), which no other path or
/// permission would fix.
pub fn io_hint(source: &std::io::Error, hint: &'static str) -> &'static str {
    use std::io::ErrorKind::{QuotaExceeded, StorageFull};
    match source.kind() {
        StorageFull | QuotaExceeded => DISK_FULL_HINT,
        _ => hint,
    }
}

/// Text made safe to print on a terminal: every control character other
/// than newline and tab is shown escaped (ESC as `\u{1b}`), and so is every
/// invisible format character ([`is_format_char`]), so nothing read from a
/// plan, a flag or a file name can send an escape sequence or turn a line
/// around.
///
/// The one exception is a joiner inside a word ([`joins_a_word`]), such as
/// the U+200C of Persian "می‌خواهم" (`می\u{200c}خواهم`) or the U+200D of
/// an emoji sequence: it is part of the text, an escape there would break
/// the word on the terminal as it would on the page, and it is what answers
/// may hold. A joiner anywhere else (at an end, beside a space or an ASCII
/// character, as in `sam\u{200c}.toml`) is shown escaped: there it changes
/// nothing but could make two texts look alike.
///
/// U+2028 and U+2029 are shown as the newlines they are
/// ([`unify_line_breaks`]).
pub fn printable(text: &str) -> Cow<'_, str> {
    let text = unify_line_breaks(text);
    if !escapes(&text).any(|(_, escape)| escape) {
        return text;
    }
    let mut out = String::with_capacity(text.len() + 8);
    for (c, escape) in escapes(&text) {
        if escape {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A path as `plan` shows it anywhere: in a message on stderr, a result on
/// stdout, a hint, the brief and its page. It is [`printable`] and stays on
/// one line: a newline, a tab, a carriage return or U+2028/U+2029 (the line
/// and paragraph separators) in a file name is shown escaped too, so a name
/// cannot break the line that quotes it. A name that is not UTF-8 shows
/// U+FFFD for the bytes it cannot show.
pub trait ShowPath {
    /// The path, ready to print.
    fn shown(&self) -> ShownPath<'_>;
}

impl ShowPath for Path {
    fn shown(&self) -> ShownPath<'_> {
        ShownPath(self)
    }
}

/// A path made safe to print: see [`ShowPath`].
#[derive(Clone, Copy)]
pub struct ShownPath<'a>(&'a Path);

impl fmt::Display for ShownPath<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = self.0.to_string_lossy();
        f.write_str(&one_line(&text))
    }
}

impl fmt::Debug for ShownPath<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

/// Text that must stay on one line (a path, a file name, a key): as
/// [`printable`], with line breaks and tabs escaped as well.
pub fn one_line(text: &str) -> Cow<'_, str> {
    let breaks = |c: char| is_line_break(c) || c == '\t';
    if !text.contains(breaks) {
        return printable(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for (c, escape) in escapes(text) {
        if escape || breaks(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Whether `c` ends a line: a newline, a carriage return, or one of the
/// Unicode separators U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR,
/// which terminals and browsers may show as the line break they are.
pub fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}')
}

/// `text` with U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR read
/// as the line breaks they are: each becomes a newline, so every rule and
/// artefact that knows where a line ends (a sentence, a table cell, a
/// calendar property, a Markdown line) knows it for these too.
pub fn unify_line_breaks(text: &str) -> Cow<'_, str> {
    if text.contains(['\u{2028}', '\u{2029}']) {
        Cow::Owned(text.replace(['\u{2028}', '\u{2029}'], "\n"))
    } else {
        Cow::Borrowed(text)
    }
}

/// Each character of `text`, with whether [`printable`] shows it escaped.
pub fn escapes(text: &str) -> impl Iterator<Item = (char, bool)> + '_ {
    let mut chars = text.chars().peekable();
    let mut before = None;
    std::iter::from_fn(move || {
        let c = chars.next()?;
        let escape = (c.is_control() && c != '\n' && c != '\t')
            || (is_format_char(c) && !joins_a_word(before, c, chars.peek().copied()));
        before = Some(c);
        Some((c, escape))
    })
}

/// Whether `c`, found between `before` and `after`, is a joiner that
/// writing needs: U+200C ZERO WIDTH NON-JOINER (Persian "می‌خواهم",
/// Kurdish, Urdu, the Indic scripts) or U+200D ZERO WIDTH JOINER (Indic
/// conjuncts, emoji sequences such as 👩‍💻), standing between two
/// characters that are each neither ASCII, nor a space, nor a control, nor
/// a format character. Those are the places a joiner does its work: between
/// two letters, after a virama or a vowel sign, between two emoji.
/// Elsewhere it joins nothing, and is treated as the other format
/// characters are. The direction controls (U+200E, U+200F, U+202A–U+202E,
/// U+2066–U+2069) are never joiners.
pub fn joins_a_word(before: Option<char>, c: char, after: Option<char>) -> bool {
    let part_of_a_word = |n: Option<char>| {
        n.is_some_and(|n| {
            !n.is_ascii() && !n.is_whitespace() && !n.is_control() && !is_format_char(n)
        })
    };
    is_joiner(c) && part_of_a_word(before) && part_of_a_word(after)
}

/// Whether `c` is one of the two joiners, U+200C ZERO WIDTH NON-JOINER and
/// U+200D ZERO WIDTH JOINER: text inside a word ([`joins_a_word`]), a
/// format character anywhere else.
pub fn is_joiner(c: char) -> bool {
    matches!(c, '\u{200C}' | '\u{200D}')
}

/// Whether a character is an invisible format character (Unicode category
/// Cf) that can change how text around it displays: the bidirectional
/// controls (U+202A–U+202E, U+2066–U+2069, U+061C, U+200E, U+200F), the
/// zero-width ones (U+200B–U+200D, U+2060–U+2064, U+FEFF), the soft hyphen,
/// and the rest of Cf. The list follows Unicode 15. The two joiners are
/// format characters too, allowed only inside a word: see [`joins_a_word`].
pub fn is_format_char(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{0600}'..='\u{0605}'
            | '\u{061C}'
            | '\u{06DD}'
            | '\u{070F}'
            | '\u{0890}'..='\u{0891}'
            | '\u{08E2}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206F}'
            | '\u{FEFF}'
            | '\u{FFF9}'..='\u{FFFB}'
            | '\u{110BD}'
            | '\u{110CD}'
            | '\u{13430}'..='\u{1343F}'
            | '\u{1BCA0}'..='\u{1BCA3}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0001}'
            | '\u{E0020}'..='\u{E007F}'
    )
}

/// What comes between a message and its hint in `Display`.
const HINT_MARK: &str = "\n  hint: ";

/// Writes `\n  hint: …` after a message, or nothing.
struct Hint<'a>(&'a Option<String>);

impl fmt::Display for Hint<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(hint) => write!(f, "{HINT_MARK}{hint}"),
            None => Ok(()),
        }
    }
}

fn not_found_hint(path: &std::path::Path) -> String {
    Hint(&Some(format!(
        "check the path, or start a plan with `plan new {}`",
        path.shown()
    )))
    .to_string()
}

fn interrupted(draft: &Option<(PathBuf, String)>) -> String {
    match draft {
        Some((path, resume)) => format!(
            "Interrupted. Your answers so far are saved in {}\nPick up where you left off with: {resume}",
            path.shown()
        ),
        None => "Interrupted before anything was saved.".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_ends_with_the_hint_and_codes_follow_the_kind() {
        let e = Error::usage("bad flag", "try --help");
        assert_eq!(e.to_string(), "bad flag\n  hint: try --help");
        assert_eq!(
            e.message_and_hint(),
            ("bad flag".to_string(), "try --help".to_string())
        );
        assert_eq!(e.exit_code(), 2);
        let e = Error::plain("broken");
        assert_eq!(e.to_string(), "broken");
        assert_eq!(e.exit_code(), 1);
        assert_eq!(Error::Interrupted { draft: None }.exit_code(), 130);
    }

    #[test]
    fn printable_escapes_control_characters_but_not_newlines() {
        assert_eq!(printable("a\u{1b}[31mb\r\0"), "a\\u{1b}[31mb\\u{d}\\u{0}");
        assert_eq!(printable("line\n\tnext"), "line\n\tnext");
        assert_eq!(printable("\u{9b}"), "\\u{9b}");
        assert!(matches!(printable("plain"), Cow::Borrowed(_)));
        // Bidi and other format characters could reverse how a line reads.
        assert_eq!(printable("a\u{202E}cba"), "a\\u{202e}cba");
        assert_eq!(
            printable("\u{2066}x\u{2069}\u{200B}\u{FEFF}"),
            "\\u{2066}x\\u{2069}\\u{200b}\\u{feff}"
        );
    }

    #[test]
    fn a_joiner_inside_a_word_is_shown_as_it_is_and_escaped_elsewhere() {
        // Persian, an emoji sequence, a Devanagari half-form (after a virama).
        for word in [
            "می\u{200C}خواهم",
            "کتاب\u{200C}ها",
            "\u{1F469}\u{200D}\u{1F4BB}",
            "\u{2764}\u{FE0F}\u{200D}\u{1F525}",
            "क\u{094D}\u{200D}ष",
            "क\u{094D}\u{200C}ष",
        ] {
            assert!(matches!(printable(word), Cow::Borrowed(_)), "{word:?}");
        }
        for (text, shown) in [
            ("sam\u{200C}.toml", "sam\\u{200c}.toml"),
            ("a\u{200D}b", "a\\u{200d}b"),
            ("\u{200C}می", "\\u{200c}می"),
            ("می\u{200C}", "می\\u{200c}"),
            ("می\u{200C} خواهم", "می\\u{200c} خواهم"),
            ("می\u{200C}\u{200C}خواهم", "می\\u{200c}\\u{200c}خواهم"),
            ("می\u{200C}\u{202E}خواهم", "می\\u{200c}\\u{202e}خواهم"),
            // The direction controls stay escaped, even inside a word.
            ("می\u{202E}خواهم", "می\\u{202e}خواهم"),
            ("می\u{200F}خواهم", "می\\u{200f}خواهم"),
            ("می\u{2067}خواهم\u{2069}", "می\\u{2067}خواهم\\u{2069}"),
            ("می\u{200B}خواهم", "می\\u{200b}خواهم"),
        ] {
            assert_eq!(printable(text), shown, "{text:?}");
        }
    }

    #[test]
    fn a_path_stays_on_one_line_and_shows_what_it_holds_escaped() {
        for (name, shown) in [
            ("sam-lee.toml", "sam-lee.toml"),
            ("d\u{1b}[31mRED.toml", "d\\u{1b}[31mRED.toml"),
            ("nl\nname\t.toml", "nl\\u{a}name\\u{9}.toml"),
            (
                "a\u{2028}b\u{2029}c\r.toml",
                "a\\u{2028}b\\u{2029}c\\u{d}.toml",
            ),
            ("bidi\u{202e}lmth.toml", "bidi\\u{202e}lmth.toml"),
            ("می\u{200C}خواهم.toml", "می\u{200C}خواهم.toml"),
        ] {
            assert_eq!(Path::new(name).shown().to_string(), shown, "{name:?}");
        }
        // Text: the separators are the newlines they are.
        assert_eq!(printable("a\u{2028}b\u{2029}c"), "a\nb\nc");
        assert!(matches!(unify_line_breaks("plain\n"), Cow::Borrowed(_)));
    }

    #[test]
    fn io_errors_show_the_cause_once() {
        let e = Error::io(
            "cannot write /x",
            std::io::Error::from(std::io::ErrorKind::PermissionDenied),
            "check its permissions",
        );
        let text = e.to_string();
        assert_eq!(text.matches("denied").count(), 1, "{text}");
        assert!(text.ends_with("hint: check its permissions"), "{text}");
    }

    #[test]
    fn a_full_disk_or_quota_says_so_whatever_the_operation() {
        use std::io::{Error as IoError, ErrorKind};
        let errors = [
            IoError::from_raw_os_error(rustix::io::Errno::NOSPC.raw_os_error()),
            IoError::from_raw_os_error(rustix::io::Errno::DQUOT.raw_os_error()),
            IoError::new(ErrorKind::StorageFull, "no space left"),
            IoError::new(ErrorKind::QuotaExceeded, "quota exceeded"),
        ];
        for e in errors {
            assert_eq!(io_hint(&e, "check its permissions"), DISK_FULL_HINT, "{e}");
            let text = Error::io("cannot write /x", e, "check its permissions").to_string();
            assert!(text.ends_with(&format!("hint: {DISK_FULL_HINT}")), "{text}");
        }
        let denied = IoError::from(ErrorKind::PermissionDenied);
        assert_eq!(
            io_hint(&denied, "check its permissions"),
            "check its permissions"
        );
    }
}
