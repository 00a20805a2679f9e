//! Reading many plans quickly, for `plan list`: only the keys a listing
//! shows, without the full validation a single plan gets when loaded.

use super::load::{MAX_FILE_BYTES, Opened, open_to_read, read_at_most};
use super::typed::Status;
use crate::dates;
use crate::error::ShowPath;
use chrono::NaiveDate;
use serde::Deserialize;
use std::path::{Path, PathBuf};
use toml::value::Datetime;

/// The keys of a plan a listing needs. Anything else in the file is skipped.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Summary {
    /// Where the plan stands, as written.
    pub status: Option<String>,
    /// The plan this one follows up, if any.
    pub follows: Option<String>,
    /// Who, what, when.
    pub meeting: MeetingSummary,
    /// What was agreed.
    pub outcome: OutcomeSummary,
    /// The check-ins since.
    pub debrief: DebriefSummary,
}

/// `[debrief]`, as far as a listing needs it: the days of the check-ins.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct DebriefSummary {
    /// Each check-in recorded.
    pub check_ins: Vec<CheckInSummary>,
}

/// One check-in, as far as a listing needs it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct CheckInSummary {
    /// Its day.
    pub date: Option<Datetime>,
}

/// `[meeting]`, as far as a listing needs it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct MeetingSummary {
    /// The other person.
    pub with: Option<String>,
    /// The title.
    pub title: Option<String>,
    /// When.
    pub when: Option<Datetime>,
}

/// `[outcome]`, as far as a listing needs it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct OutcomeSummary {
    /// When it was held.
    pub held_on: Option<Datetime>,
    /// Whether a way forward was agreed.
    pub agreed: Option<bool>,
    /// Expect or escalate, as written.
    pub fallback: Option<String>,
    /// The agreed actions.
    pub actions: Vec<ActionSummary>,
    /// The next check-in.
    pub next_check_in: Option<Datetime>,
}

/// One agreed action.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ActionSummary {
    /// What.
    pub what: String,
    /// Who.
    pub owner: String,
    /// By when.
    pub due: Option<Datetime>,
    /// Where it stands, as written ("open", "done", "dropped").
    pub state: Option<String>,
}

impl ActionSummary {
    /// Not done or dropped.
    pub fn open(&self) -> bool {
        !matches!(self.state.as_deref(), Some("done" | "dropped"))
    }
}

impl Summary {
    /// The status, or draft when absent or unknown.
    pub fn status(&self) -> Status {
        self.status
            .as_deref()
            .and_then(Status::from_value)
            .unwrap_or_default()
    }

    /// The meeting's day.
    pub fn day(&self) -> Option<NaiveDate> {
        day_of(self.meeting.when.as_ref())
    }

    /// The next check-in's day.
    pub fn check_in(&self) -> Option<NaiveDate> {
        day_of(self.outcome.next_check_in.as_ref())
    }

    /// The day of the latest check-in recorded.
    pub fn last_check_in(&self) -> Option<NaiveDate> {
        self.debrief
            .check_ins
            .iter()
            .filter_map(|c| day_of(c.date.as_ref()))
            .max()
    }
}

/// The day of a date, if it is a real one.
pub fn day_of(d: Option<&Datetime>) -> Option<NaiveDate> {
    d.and_then(|d| dates::date_of(d).ok())
}

/// One file of a listing: its summary, or why it could not be read.
#[derive(Debug, Clone)]
pub struct Listed {
    /// The file.
    pub path: PathBuf,
    /// What it holds, or the error.
    pub summary: Result<Summary, String>,
}

/// Order a listing by meeting date; undated plans, then broken files, last.
pub fn sort_by_meeting(plans: &mut [Listed]) {
    plans.sort_by_cached_key(|l| {
        let when = l
            .summary
            .as_ref()
            .ok()
            .and_then(|s| s.meeting.when.as_ref());
        (
            l.summary.is_err(),
            when.is_none(),
            when.map(ToString::to_string),
        )
    });
}

/// The plan files directly in `dir`: `*.toml`, not hidden. Entries that are
/// not readable files (a dangling link, a folder, a device) are kept too:
/// [`read`] gives each its error, so a listing shows it as a row.
pub fn plan_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let Ok(entry) = entry else { continue };
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if name.starts_with('.') || !name.ends_with(".toml") {
            continue;
        }
        out.push(entry.path());
    }
    out.sort();
    Ok(out)
}

/// Read many plans' summaries, a share of them on each core.
pub fn read_all(paths: &[PathBuf]) -> Vec<Listed> {
    per_core(paths, |p| read(p))
}

/// `f` of every item, in order, a share of the items on each core (for the
/// commands that read thousands of plans).
pub fn per_core<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 8);
    let chunk = items.len().div_ceil(threads).max(64);
    let f = &f;
    std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(f).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("a reader never panics"))
            .collect()
    })
}

/// Read one plan's summary; never fails, a broken file carries its error.
pub fn read(path: &Path) -> Listed {
    let summary = (|| {
        let opened = open_to_read(path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound if path.is_symlink() => {
                "it is a link to a file that does not exist".to_string()
            }
            _ => format!("cannot read it: {e}"),
        })?;
        // Only a regular file is read: a device or a pipe could never end.
        let (file, meta) = match opened {
            Opened::Regular(file, meta) => (file, meta),
            Opened::Other(meta) if meta.is_dir() => {
                return Err("it is a folder, not a plan file".into());
            }
            Opened::Other(_) => return Err("it is not a regular file".into()),
        };
        let bytes = read_at_most(file, meta.len(), MAX_FILE_BYTES)
            .map_err(|e| format!("cannot read it: {e}"))?
            .map_err(|size| {
                format!("the file is {size} bytes; plan files are at most {MAX_FILE_BYTES}")
            })?;
        let text =
            String::from_utf8(bytes).map_err(|_| "the file is not UTF-8 text".to_string())?;
        // Most of a plan is answers a listing never shows: parse only the
        // parts it needs, and the whole file when that is not enough.
        if let Ok(summary) = toml::from_str::<Summary>(&listed_parts(&text)) {
            return checked(summary);
        }
        let whole = toml::from_str::<Summary>(&text).map_err(|e| {
            let first = e.message().lines().next().unwrap_or("").to_string();
            match e.span() {
                Some(span) => {
                    let line = text
                        .get(..span.start)
                        .unwrap_or(&text)
                        .matches('\n')
                        .count()
                        + 1;
                    format!("line {line}: {first}")
                }
                None => first,
            }
        })?;
        checked(whole)
    })();
    Listed {
        path: path.to_path_buf(),
        summary,
    }
}

/// A summary whose values the rules depend on are what `plan check` would
/// accept: an action's state is one it knows, or the plan is unreadable here
/// as it is there.
fn checked(summary: Summary) -> Result<Summary, String> {
    for (i, a) in summary.outcome.actions.iter().enumerate() {
        if let Some(state) = &a.state
            && crate::questions::choices::ActionState::from_value(state).is_none()
        {
            return Err(format!(
                "`outcome.actions[{}].state` should be one of \"open\", \"done\", \"dropped\", but it is {state:?}",
                i + 1
            ));
        }
    }
    Ok(summary)
}

/// The lines of a plan a listing reads: the keys before the first table,
/// and the `[meeting]` and `[outcome…]` tables. Multi-line strings are
/// followed, so a line inside one is never taken for a table header.
fn listed_parts(text: &str) -> String {
    /// The keys a listing reads inside the tables it keeps.
    const KEYS: &[&str] = &[
        "with",
        "title",
        "when",
        "held_on",
        "agreed",
        "fallback",
        "next_check_in",
        "actions",
        "what",
        "owner",
        "due",
        "state",
        "date",
        "check_ins",
    ];
    let mut out = String::with_capacity(2048);
    let mut in_table = false;
    let mut keep_table = true;
    let mut keep_value = true;
    let mut open: Option<u8> = None;
    for line in text.lines() {
        if open.is_none() {
            if let Some(name) = header_name(line) {
                in_table = true;
                keep_table = name == "meeting"
                    || name == "outcome"
                    || name.starts_with("meeting.")
                    || name.starts_with("outcome.")
                    || name == "debrief"
                    || name == "debrief.check_ins";
                keep_value = true;
            } else if in_table && let Some((key, _)) = line.split_once('=') {
                // A long answer the listing never shows is left out.
                let key = key.trim().trim_matches(['"', '\'']);
                keep_value = KEYS.contains(&key);
            }
        }
        if keep_table && keep_value {
            out.push_str(line);
            out.push('\n');
        }
        // Follow multi-line strings opening and closing on this line.
        let mut rest = line.as_bytes();
        while let Some((i, quote)) = triple_quote(rest, open) {
            let before_comment = open.is_some() || !rest[..i].contains(&b'#');
            if !before_comment {
                break;
            }
            rest = &rest[i + 3..];
            open = match open {
                Some(_) => None,
                None => Some(quote),
            };
        }
    }
    out
}

/// Where the next `"""` or `\'\'\'` is (only the closing one, `within` a
/// multi-line string), and which quote it is made of.
fn triple_quote(bytes: &[u8], within: Option<u8>) -> Option<(usize, u8)> {
    bytes.windows(3).enumerate().find_map(|(i, w)| {
        let q = w[0];
        let wanted = within.map_or(q == b'"' || q == b'\'', |c| c == q);
        (wanted && w[1] == q && w[2] == q).then_some((i, q))
    })
}

/// The table a header line opens (`[meeting]`, `[[outcome.actions]]`).
fn header_name(line: &str) -> Option<String> {
    let line = line.trim();
    let line = match line.find('#') {
        Some(i) if line.starts_with('[') => line[..i].trim_end(),
        _ => line,
    };
    let inner = line.strip_prefix('[')?.strip_suffix(']')?;
    let inner = inner
        .strip_prefix('[')
        .and_then(|i| i.strip_suffix(']'))
        .unwrap_or(inner);
    if inner.contains([',', '=', '[', ']']) {
        return None;
    }
    Some(
        inner
            .split('.')
            .map(|p| p.trim().trim_matches(['"', '\'']))
            .collect::<Vec<_>>()
            .join("."),
    )
}

/// A name folded for loose matching: lowercase, accents removed, spaces
/// collapsed ("  José  Álvarez" → "jose alvarez").
pub fn fold_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars().flat_map(char::to_lowercase) {
        match fold_char(c) {
            Some(s) => out.push_str(s),
            None if c.is_whitespace() => out.push(' '),
            None if ('\u{300}'..='\u{36f}').contains(&c) => {} // combining marks
            None => out.push(c),
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The letter without its accent, for the Latin letters names use most.
fn fold_char(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'ğ' | 'ĝ' | 'ġ' | 'ģ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => "i",
        'ķ' => "k",
        'ł' | 'ľ' | 'ļ' | 'ĺ' => "l",
        'ñ' | 'ń' | 'ň' | 'ņ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'œ' => "oe",
        'ř' | 'ŕ' => "r",
        'ś' | 'š' | 'ş' | 'ș' => "s",
        'ß' => "ss",
        'ť' | 'ţ' | 'ț' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        'þ' => "th",
        _ => return None,
    })
}

/// The earlier conversation a follow-up plan refers to (`follows`).
#[derive(Debug, Clone, serde::Serialize)]
pub struct Earlier {
    /// The file, as written in `follows`.
    pub file: String,
    /// Its title, when it could be read.
    pub title: Option<String>,
    /// Its meeting day.
    pub when: Option<String>,
    /// The actions agreed then, in words; those done or dropped since say so.
    pub actions: Vec<String>,
    /// The check-in agreed then.
    pub check_in: Option<String>,
    /// Why it could not be read, if so.
    pub error: Option<String>,
}

/// Where `follows` points, for a plan stored at `plan`: a relative name is
/// taken from the plan's own folder.
pub fn follows_path(plan: &Path, follows: &str) -> PathBuf {
    let p = Path::new(follows);
    if p.is_absolute() {
        p.to_path_buf()
    } else {
        super::folder_of(plan).join(p)
    }
}

/// How to write `earlier` in a plan stored in `folder`: its file name when
/// both are in the same folder, else its full path. A name the loader would
/// refuse in `follows` (a control character, a line break) is refused here,
/// so no plan is written that cannot be read back.
pub fn follows_value(earlier: &Path, folder: &Path) -> crate::Result<String> {
    let canon = |p: &Path| std::fs::canonicalize(p).ok();
    let same = canon(&super::folder_of(earlier)).is_some()
        && canon(&super::folder_of(earlier)) == canon(folder);
    let written = match earlier.file_name() {
        Some(name) if same => name.to_string_lossy().into_owned(),
        _ => canon(earlier)
            .unwrap_or_else(|| earlier.to_path_buf())
            .to_string_lossy()
            .into_owned(),
    };
    if !super::load::is_plan_reference(&written) {
        return Err(crate::Error::failed(
            format!(
                "{} cannot be named in a follow-up: its path holds a control character or a line break",
                earlier.shown()
            ),
            "rename it to letters, digits and dashes, then try again",
        ));
    }
    Ok(written)
}

/// What the earlier conversation left open: its actions and check-in.
pub fn earlier(path: &Path, written: &str) -> Earlier {
    let listed = read(path);
    match listed.summary {
        Ok(s) => Earlier {
            file: written.to_string(),
            title: s.meeting.title.clone(),
            when: s.day().map(|d| d.format("%-d %b %Y").to_string()),
            actions: s
                .outcome
                .actions
                .iter()
                .map(|a| {
                    // Open items as they were agreed; what became of the others.
                    let state = match a.state.as_deref() {
                        Some("done") => "done: ",
                        Some("dropped") => "dropped: ",
                        _ => "",
                    };
                    match day_of(a.due.as_ref()) {
                        Some(d) => {
                            format!(
                                "{state}{} ({}, by {})",
                                a.what,
                                a.owner,
                                d.format("%-d %b %Y")
                            )
                        }
                        None => format!("{state}{} ({})", a.what, a.owner),
                    }
                })
                .collect(),
            check_in: s.check_in().map(|d| d.format("%-d %b %Y").to_string()),
            error: None,
        },
        Err(e) => Earlier {
            file: written.to_string(),
            title: None,
            when: None,
            actions: Vec::new(),
            check_in: None,
            error: Some(e),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_fold_case_accents_and_spaces() {
        assert_eq!(fold_name("  José  ÁLVAREZ "), "jose alvarez");
        assert_eq!(fold_name("Zoe\u{308}"), "zoe");
        assert_eq!(fold_name("Łukasz Żak"), "lukasz zak");
    }

    #[test]
    fn only_the_listed_parts_are_kept() {
        let text = "schema = 1\nstatus = \"held\"\n[mindset]\nfeelings = \"\"\"\n[meeting]\nwith = \"Not me\"\n\"\"\"\n[ meeting ]\nwith = \"Sam\" # [x]\nplace = \"\"\"\nwhen = 1\n\"\"\"\n[[outcome.actions]]\nwhat = \"a\"\n[debrief]\nx = 1\n";
        let kept = listed_parts(text);
        assert_eq!(
            kept,
            "schema = 1\nstatus = \"held\"\n[ meeting ]\nwith = \"Sam\" # [x]\n[[outcome.actions]]\nwhat = \"a\"\n[debrief]\n"
        );
        // Check-ins are kept, in either form.
        let inline = "[debrief]\nwent_well = \"long\"\ncheck_ins = [{ date = 2026-12-08 }]\n";
        let s: Summary = toml::from_str(&listed_parts(inline)).unwrap();
        assert_eq!(s.debrief.check_ins.len(), 1);
        let s: Summary = toml::from_str(&kept).unwrap();
        assert_eq!(s.meeting.with.as_deref(), Some("Sam"));
        assert_eq!(
            header_name("[\"outcome\" . actions] # c").as_deref(),
            Some("outcome.actions")
        );
        assert_eq!(header_name("[1, 2],"), None);
    }

    #[test]
    fn the_examples_read_the_same_from_their_listed_parts() {
        for name in [
            "missed-deadlines",
            "meeting-behaviour",
            "performance-escalation",
        ] {
            let path = format!("{}/examples/{name}.toml", env!("CARGO_MANIFEST_DIR"));
            let text = std::fs::read_to_string(path).unwrap();
            let part: Summary = toml::from_str(&listed_parts(&text))
                .unwrap_or_else(|e| panic!("{name}: {e}\n{}", listed_parts(&text)));
            let full: Summary = toml::from_str(&text).unwrap();
            assert_eq!(format!("{part:?}"), format!("{full:?}"), "{name}");
        }
    }

    #[test]
    fn a_summary_reads_only_what_it_needs() {
        let s: Summary = toml::from_str(
            "status = \"held\"\nextra = 1\n[meeting]\nwith = \"Sam\"\nwhen = 2026-11-28T10:00:00\n[mindset]\nfeelings = 3\n",
        )
        .unwrap();
        assert_eq!(s.status(), Status::Held);
        assert_eq!(s.day(), NaiveDate::from_ymd_opt(2026, 11, 28));
    }
}
