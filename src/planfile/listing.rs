//! Reading many plans quickly, for `plan list`: only the keys a listing
//! shows, without the full validation a single plan gets when loaded.

use super::dates;
use super::load::MAX_FILE_BYTES;
use super::typed::Status;
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

/// The plan files directly in `dir`: `*.toml`, not hidden, regular files.
pub fn plan_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let Ok(entry) = entry else { continue };
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if name.starts_with('.') || !name.ends_with(".toml") {
            continue;
        }
        let path = entry.path();
        if std::fs::metadata(&path).is_ok_and(|m| m.is_file()) {
            out.push(path);
        }
    }
    out.sort();
    Ok(out)
}

/// Read one plan's summary; never fails, a broken file carries its error.
pub fn read(path: &Path) -> Listed {
    let summary = (|| {
        let meta = std::fs::metadata(path).map_err(|e| format!("cannot read it: {e}"))?;
        if meta.len() > MAX_FILE_BYTES {
            return Err(format!(
                "the file is {} bytes; plan files are at most {MAX_FILE_BYTES}",
                meta.len()
            ));
        }
        let bytes = std::fs::read(path).map_err(|e| format!("cannot read it: {e}"))?;
        let text =
            String::from_utf8(bytes).map_err(|_| "the file is not UTF-8 text".to_string())?;
        toml::from_str::<Summary>(&text).map_err(|e| {
            let first = e.message().lines().next().unwrap_or("").to_string();
            match e.span() {
                Some(span) => {
                    let line = text[..span.start.min(text.len())].matches('\n').count() + 1;
                    format!("line {line}: {first}")
                }
                None => first,
            }
        })
    })();
    Listed {
        path: path.to_path_buf(),
        summary,
    }
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
    /// The actions agreed then, in words.
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
/// both are in the same folder, else its full path.
pub fn follows_value(earlier: &Path, folder: &Path) -> String {
    let canon = |p: &Path| std::fs::canonicalize(p).ok();
    let same = canon(&super::folder_of(earlier)).is_some()
        && canon(&super::folder_of(earlier)) == canon(folder);
    match earlier.file_name() {
        Some(name) if same => name.to_string_lossy().into_owned(),
        _ => canon(earlier)
            .unwrap_or_else(|| earlier.to_path_buf())
            .display()
            .to_string(),
    }
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
                .map(|a| match day_of(a.due.as_ref()) {
                    Some(d) => format!("{} ({}, by {})", a.what, a.owner, d.format("%-d %b %Y")),
                    None => format!("{} ({})", a.what, a.owner),
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
    fn a_summary_reads_only_what_it_needs() {
        let s: Summary = toml::from_str(
            "status = \"held\"\nextra = 1\n[meeting]\nwith = \"Sam\"\nwhen = 2026-11-28T10:00:00\n[mindset]\nfeelings = 3\n",
        )
        .unwrap();
        assert_eq!(s.status(), Status::Held);
        assert_eq!(s.day(), NaiveDate::from_ymd_opt(2026, 11, 28));
    }
}
