//! Many plans at once, for `plan list`: the plan files of a folder, each
//! read through the one loader ([`super::load`]), a share of them on each
//! core; names folded for `--with`; the `follows` reference between
//! conversations.

use super::load::load_view_as;
use super::location::{is_plan_name, settle};
use super::sealed::Passphrase;
use super::typed::Plan;
use crate::dates::day_of;
use crate::error::{Error, Result, ShowPath};
use crate::questions::choices::ActionState;
use std::path::{Path, PathBuf};

/// One file of a listing: its plan, or why it could not be read.
#[derive(Debug)]
pub struct Listed {
    /// The file.
    pub path: PathBuf,
    /// The plan, or the loader's error.
    pub plan: Result<Plan>,
}

/// Why a plan could not be read, in one line: the first line of the
/// loader's error, which names the file and, where it has them, the line
/// and column (`plan check` on the file shows the rest).
pub fn reason(error: &Error) -> String {
    let error = error.to_string();
    error.lines().next().unwrap_or_default().to_string()
}

/// Where a plan stands in a listing: by meeting date (its text sorts as
/// the date does); undated plans, then files that do not load, last.
pub type Order = (bool, bool, Option<String>);

/// Where `l` stands in a listing ([`Order`]).
pub fn order(l: &Listed) -> Order {
    let when = l.plan.as_ref().ok().and_then(|p| p.meeting.when.as_ref());
    (
        l.plan.is_err(),
        when.is_none(),
        when.map(ToString::to_string),
    )
}

/// The plan files directly in `dir`: `*.toml` and `*.toml.age`, not hidden. Entries that are
/// not readable files (a dangling link, a folder, a device) are kept too:
/// [`read`] gives each its error, so a listing shows it as a row.
pub fn plan_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let Ok(entry) = entry else { continue };
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if name.starts_with('.') || !is_plan_name(name) {
            continue;
        }
        out.push(entry.path());
    }
    out.sort();
    Ok(out)
}

/// Read many plans, a share of them on each core, and make `view` of each
/// on the core that read it (so the plans are let go there too), in order.
pub fn read_all<R: Send>(paths: &[PathBuf], view: impl Fn(Listed) -> R + Sync) -> Vec<R> {
    per_core(paths, |p| view(read(p)))
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

/// Read one plan through the loader, as `plan render` and `plan check` do;
/// never fails, a file that does not load carries its error. An encrypted
/// plan is decrypted with the identity; one sealed with a passphrase is not
/// opened (nobody is asked in a listing of many), and says so; a plan kept
/// in both forms is an error naming both.
fn read(path: &Path) -> Listed {
    Listed {
        path: path.to_path_buf(),
        plan: settle(path).and_then(|found| load_view_as(&found, Passphrase::Never)),
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
    let in_words = |d: chrono::NaiveDate| d.format("%-d %b %Y").to_string();
    match &listed.plan {
        Ok(p) => Earlier {
            file: written.to_string(),
            title: p.meeting.title.clone(),
            when: day_of(p.meeting.when.as_ref()).map(in_words),
            actions: p
                .outcome
                .actions
                .iter()
                .map(|a| {
                    // Open items as they were agreed; what became of the others.
                    let state = match a.state() {
                        ActionState::Open => String::new(),
                        closed => format!("{}: ", closed.value()),
                    };
                    match day_of(a.due.as_ref()) {
                        Some(d) => format!("{state}{} ({}, by {})", a.what, a.owner, in_words(d)),
                        None => format!("{state}{} ({})", a.what, a.owner),
                    }
                })
                .collect(),
            check_in: day_of(p.outcome.next_check_in.as_ref()).map(in_words),
            error: None,
        },
        Err(e) => Earlier {
            file: written.to_string(),
            title: None,
            when: None,
            actions: Vec::new(),
            check_in: None,
            error: Some(reason(e)),
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
    fn a_plan_that_does_not_load_has_the_first_line_of_its_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.toml");
        std::fs::write(&path, "schema = 1\nstatus = \"banana\"\n").unwrap();
        let error = read(&path).plan.unwrap_err();
        let full = error.to_string();
        assert!(full.lines().count() > 1, "{full}");
        assert_eq!(Some(reason(&error).as_str()), full.lines().next());
        let at = format!("{}:2:10: `status`", path.shown());
        assert!(reason(&error).starts_with(&at), "{full}");
    }
}
