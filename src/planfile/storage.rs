//! Writing files: atomically, privately, under a lock.
//!
//! Every write goes to a temporary file in the same folder, is synced, renamed
//! over the target, and the folder synced after, with mode 0600 whatever the
//! umask. A plan is written only while its lock is held.

use super::editable::EditablePlan;
use super::load::{MAX_FILE_BYTES, check_answers, check_header};
use super::location::{self, folder_of, is_sealed};
use super::sealed;
use crate::error::ShowPath;
use crate::error::{Error, Result};
use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

const WRITE_HINT: &str = "choose a folder you can write to, or check its permissions";

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
        .map_err(|e| {
            Error::io(
                format!("cannot create the folder {}", dir.shown()),
                e,
                "create it yourself, or set PLAN_DIR to a folder you can write to",
            )
        })
}

/// A held lock on one plan file; released, and its file removed, when
/// dropped, so that the folder holds plans only once a command ends.
#[derive(Debug)]
pub struct PlanLock {
    file: File,
    path: PathBuf,
}

impl Drop for PlanLock {
    /// The file is removed while still locked: a command that opened it in
    /// the meantime finds, once it has the lock, that the file it locked is
    /// no longer the one at the path, and starts again (see [`take_lock`]).
    fn drop(&mut self) {
        if is_at(&self.file, &self.path) {
            let _ = fs::remove_file(&self.path);
        }
    }
}

/// Whether `file` is the file at `path` now (same device and inode).
fn is_at(file: &File, path: &Path) -> bool {
    match (file.metadata(), fs::symlink_metadata(path)) {
        (Ok(open), Ok(there)) => open.dev() == there.dev() && open.ino() == there.ino(),
        _ => false,
    }
}

/// Take the lock for a plan, so no two `plan` processes write it at once.
///
/// The lock is a hidden file beside the plan (`.NAME.lock`), since the plan
/// itself is replaced on every save; it is there only while held.
pub fn lock(path: &Path) -> Result<PlanLock> {
    try_lock(path)?.ok_or_else(|| {
        Error::failed(
            format!("{} is open in another `plan` command", path.shown()),
            "finish or quit that one first",
        )
    })
}

/// Take the lock for a plan if no other `plan` command holds it (`None` if one does).
pub fn try_lock(path: &Path) -> Result<Option<PlanLock>> {
    // A plan reached through a symlink shares its lock with the real file.
    let real = fs::canonicalize(path).ok().filter(|_| path.is_symlink());
    let lock_path = sidecar(real.as_deref().unwrap_or(path), "lock");
    // Opening a named pipe for writing would wait forever for a reader, and a
    // link could point anywhere: only a regular file (or nothing) will do.
    if let Ok(meta) = fs::symlink_metadata(&lock_path)
        && !meta.is_file()
    {
        let what = if meta.file_type().is_symlink() {
            "is a symbolic link"
        } else {
            super::load::kind_of(&meta)
        };
        return Err(Error::failed(
            format!(
                "{}: {what}, but `plan` keeps the lock for {} there",
                lock_path.shown(),
                path.shown()
            ),
            "remove it, then run the command again",
        ));
    }
    take_lock(&lock_path).map_err(|e| match e {
        LockError::Open(e) => Error::io(
            format!("cannot write in {}", folder_of(path).shown()),
            e,
            "check that the folder exists and that you can write to it",
        ),
        LockError::Lock(e) => Error::io(
            format!("cannot lock {}", lock_path.shown()),
            e,
            "check that you can write to the folder",
        ),
    })
}

/// Why a lock file could not be taken.
enum LockError {
    /// It could not be opened or created.
    Open(std::io::Error),
    /// It could not be locked.
    Lock(std::io::Error),
}

/// How many times a lock file removed under us is looked for again.
const LOCK_TRIES: usize = 100;

/// Lock the file at `lock_path`, creating it (0600) if need be: `None` if
/// another command holds it. The file locked must still be the one at the
/// path, as the command that held it removes it on release; if it is not,
/// the lock guards nothing and is taken again on the file now there.
fn take_lock(lock_path: &Path) -> std::result::Result<Option<PlanLock>, LockError> {
    use rustix::fs::OFlags;
    for _ in 0..LOCK_TRIES {
        // Never waiting on a named pipe put there, never following a link.
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .mode(0o600)
            .custom_flags((OFlags::NONBLOCK | OFlags::NOFOLLOW).bits() as i32)
            .open(lock_path)
            .map_err(LockError::Open)?;
        match file.try_lock() {
            Ok(()) if is_at(&file, lock_path) => {
                return Ok(Some(PlanLock {
                    file,
                    path: lock_path.to_path_buf(),
                }));
            }
            Ok(()) => continue,
            Err(fs::TryLockError::WouldBlock) => return Ok(None),
            Err(fs::TryLockError::Error(e)) => return Err(LockError::Lock(e)),
        }
    }
    Ok(None)
}

/// `.NAME.toml.EXT` beside a plan: one for both its forms, so a plan being
/// encrypted or decrypted is locked against every other command.
fn sidecar(path: &Path, ext: &str) -> PathBuf {
    let path = location::plain_form(path);
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "plan".into());
    folder_of(&path).join(format!(".{name}.{ext}"))
}

/// Refuse to replace a file its owner has made read-only (no owner write bit).
///
/// Renaming over a file needs only the folder to be writable, so without
/// this a `chmod a-w` meant to protect a plan would be silently ignored.
pub fn require_writable(path: &Path, hint: &str) -> Result<()> {
    match fs::metadata(path) {
        Ok(meta) if meta.is_file() && meta.permissions().mode() & 0o200 == 0 => Err(Error::failed(
            format!("{} is read-only; it was left unchanged", path.shown()),
            hint,
        )),
        _ => Ok(()),
    }
}

/// Write `contents` to `path` atomically with mode 0600.
///
/// A temporary file in the same folder is written, synced and renamed over
/// the target; the folder is synced after. On any failure the old file is
/// untouched and no temporary file is left. A read-only file is replaced
/// only if `replace_read_only`.
pub fn write_private(path: &Path, contents: &[u8], replace_read_only: bool) -> Result<()> {
    let target = writable_target(path, replace_read_only)?;
    let path = target.as_path();
    let dir = folder_of(path);
    let write_err = |action: String| move |e| Error::io(action, os_error(e), WRITE_HINT);
    let mut tmp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .suffix(TEMP_SUFFIX)
        .permissions(fs::Permissions::from_mode(0o600))
        .tempfile_in(&dir)
        .map_err(write_err(format!("cannot write in {}", dir.shown())))?;
    let uid = tmp.as_file().metadata().map(|m| m.uid()).ok();
    // Set the mode explicitly: the creation mode is filtered by the umask.
    tmp.as_file()
        .set_permissions(fs::Permissions::from_mode(0o600))
        .and_then(|()| tmp.write_all(contents))
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(write_err(format!("cannot write {}", path.shown())))?;
    tmp.persist(path)
        .map_err(|e| e.error)
        .map_err(write_err(format!("cannot replace {}", path.shown())))?;
    // The rename is only durable once the folder itself is synced.
    File::open(&dir)
        .and_then(|d| d.sync_all())
        .map_err(write_err(format!("cannot sync the folder {}", dir.shown())))?;
    if let Some(uid) = uid {
        sweep_leftovers(&dir, uid);
    }
    Ok(())
}

/// Where a private write goes: a link's target, never a folder, and a
/// read-only file only if `replace_read_only`.
fn writable_target(path: &Path, replace_read_only: bool) -> Result<PathBuf> {
    // Write through a symlink to its target, rather than replacing the link.
    let path = if path.is_symlink() {
        fs::canonicalize(path).map_err(|e| {
            Error::io(
                format!("{} is a link to nothing", path.shown()),
                e,
                "point the link at a file, or remove it",
            )
        })?
    } else {
        path.to_path_buf()
    };
    if path.is_dir() {
        return Err(Error::failed(
            format!("{} is a folder", path.shown()),
            format!("give a file name such as {}/plan.toml", path.shown()),
        ));
    }
    if !replace_read_only {
        require_writable(
            &path,
            &format!(
                "make it writable (chmod u+w {}) if it should change",
                path.shown()
            ),
        )?;
    }
    Ok(path)
}

/// The cause of an I/O error without the temporary file's path that
/// `tempfile` appends to it (`… at path "/x/.plan-Ab12Cd.tmp"`): that name
/// means nothing to the user, and the action already says which folder.
pub fn os_error(e: std::io::Error) -> std::io::Error {
    if e.raw_os_error().is_some() || e.get_ref().is_none() {
        return e;
    }
    let text = e.to_string();
    match text.find(" at path \"") {
        Some(at) => std::io::Error::new(e.kind(), text[..at].to_string()),
        None => e,
    }
}

const TEMP_PREFIX: &str = ".plan-";
const TEMP_SUFFIX: &str = ".tmp";

/// How old a leftover temporary file must be before it is removed: older
/// than any save or editing session still running.
const LEFTOVER_AGE: Duration = Duration::from_secs(10 * 60);

/// Whether a file name is one `plan` makes for a moment and removes after:
/// a save in progress (`.plan-XXXXXX.tmp`) or an answer being edited
/// (`.plan-answer-XXXXXX.md`).
fn is_leftover_name(name: &str) -> bool {
    let random = |s: &str| s.len() == 6 && s.bytes().all(|b| b.is_ascii_alphanumeric());
    let temp = name
        .strip_prefix(TEMP_PREFIX)
        .and_then(|rest| rest.strip_suffix(TEMP_SUFFIX));
    let answer = name.strip_prefix(".plan-answer-").and_then(|rest| {
        rest.strip_suffix(".md")
            .or_else(|| rest.strip_suffix(".toml"))
    });
    temp.is_some_and(random) || answer.is_some_and(random)
}

/// Whether a file name is that of a plan's lock (`.NAME.toml.lock`).
fn is_lock_name(name: &str) -> bool {
    name.strip_prefix('.')
        .and_then(|rest| rest.strip_suffix(".toml.lock"))
        .is_some_and(|stem| !stem.is_empty())
}

/// Remove copies of plans and answers left by a `plan` that was killed
/// mid-save or mid-edit: regular files with our temporary names, owned by
/// this user and untouched for a while; and the empty lock files that
/// earlier versions of `plan` left beside every plan (or one that was
/// killed did), each taken first, so one a command holds is left alone.
/// Best effort: nothing here fails a save.
fn sweep_leftovers(dir: &Path, uid: u32) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let now = SystemTime::now();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else {
            continue;
        };
        let (temporary, lock) = (is_leftover_name(name), is_lock_name(name));
        if !temporary && !lock {
            continue;
        }
        let Ok(meta) = fs::symlink_metadata(entry.path()) else {
            continue;
        };
        if !meta.is_file() || meta.uid() != uid {
            continue;
        }
        let old = meta
            .modified()
            .ok()
            .and_then(|m| now.duration_since(m).ok())
            .is_some_and(|age| age > LEFTOVER_AGE);
        if temporary && old {
            let _ = fs::remove_file(entry.path());
        } else if lock && meta.len() == 0 {
            // Taken and dropped at once: removed, unless another command holds it.
            drop(take_lock(&entry.path()));
        }
    }
}

/// Check that a plan, once written, could be read back: within the size cap
/// and with every answer in a form the loader accepts.
///
/// `save` does this before writing; a command can call it earlier, before
/// it writes anything else, so that a plan that cannot be saved costs nothing.
pub fn check_fits(path: &Path, plan: &EditablePlan) -> Result<()> {
    let mut plan = plan.clone();
    plan.touch();
    check_text(path, &plan, &plan.to_toml())
}

fn check_text(path: &Path, plan: &EditablePlan, text: &str) -> Result<()> {
    let size = text.len() as u64;
    if size > MAX_FILE_BYTES {
        let largest: Vec<String> = plan
            .largest_answers(3)
            .into_iter()
            .map(|(key, len)| format!("`{key}` ({len} bytes)"))
            .collect();
        return Err(Error::failed(
            format!(
                "{}: not saved: the plan would be {size} bytes, but plan files are at most {MAX_FILE_BYTES} bytes; the largest answers are {}",
                path.shown(),
                largest.join(", ")
            ),
            "shorten those answers (keep long notes in a file of their own); the plan on disk was left as it was",
        ));
    }
    let doc: toml_edit::DocumentMut = text.parse().map_err(|e: toml_edit::TomlError| {
        Error::failed(
            format!(
                "{}: not saved: the plan would not read back: {}",
                path.shown(),
                e.message().trim()
            ),
            "this is a bug in `plan`; the plan on disk was left as it was",
        )
    })?;
    check_header(doc.as_table())
        .and_then(|()| check_answers(doc.as_table()))
        .map_err(|problem| {
            Error::failed(
                format!("{}: not saved: {problem}", path.shown()),
                "change that answer; the plan on disk was left as it was",
            )
        })
}

/// Check that plan text someone wrote by hand (`plan edit --editor`) is
/// within the size cap the loader applies, so that it could be read back.
pub fn check_size(path: &Path, text: &str) -> Result<()> {
    let size = text.len() as u64;
    if size <= MAX_FILE_BYTES {
        return Ok(());
    }
    Err(Error::failed(
        format!(
            "{}: not saved: the plan would be {size} bytes, but plan files are at most {MAX_FILE_BYTES} bytes",
            path.shown()
        ),
        "shorten it (keep long notes in a file of their own)",
    ))
}

/// Write plan text as it is (`plan edit --editor`), atomically and
/// privately, refusing text over the size cap the loader applies; the
/// caller has checked that it parses.
pub fn save_text(path: &Path, text: &str) -> Result<()> {
    check_size(path, text)?;
    write_plan(path, text.as_bytes(), false)
}

/// Write a plan's bytes in the form its path names: encrypted in memory
/// first for `NAME.toml.age` (see [`sealed::seal`]), so only ciphertext
/// reaches the temporary file; then atomically and privately
/// ([`write_private`]).
pub fn write_plan(path: &Path, text: &[u8], replace_read_only: bool) -> Result<()> {
    if is_sealed(path) {
        // Sealed to the keys of the folder the bytes land in: through a
        // link, its target's, since the save follows the link.
        let target = writable_target(path, replace_read_only)?;
        let sealed = sealed::seal(path, &folder_of(&target), text)?;
        write_private(&target, &sealed, replace_read_only)
    } else {
        write_private(path, text, replace_read_only)?;
        still_plain(path);
        Ok(())
    }
}

/// Say, once a command, that a plain plan was saved in a folder whose plans
/// are encrypted: it was plain before `plan init --encrypt`, and stays so
/// until it is encrypted.
fn still_plain(path: &Path) {
    use std::sync::atomic::{AtomicBool, Ordering};
    static SAID: AtomicBool = AtomicBool::new(false);
    if sealed::is_encrypted_folder(&folder_of(path)) && !SAID.swap(true, Ordering::Relaxed) {
        say!(
            "note: {} is kept plain, though plans in its folder are encrypted; `plan encrypt {}` encrypts it",
            path.shown(),
            path.shown()
        );
    }
}

/// Save a plan: stamp `updated`, check it will read back, then write it
/// atomically and privately. A read-only plan file is refused.
pub fn save(path: &Path, plan: &mut EditablePlan) -> Result<()> {
    save_as(path, plan, false)
}

/// [`save`], replacing a read-only file too if `replace_read_only` (`--force`).
pub fn save_as(path: &Path, plan: &mut EditablePlan, replace_read_only: bool) -> Result<()> {
    plan.touch();
    let text = plan.to_toml();
    check_text(path, plan, &text)?;
    write_plan(path, text.as_bytes(), replace_read_only)
}

/// The form `plan encrypt` and `plan decrypt` put a plan in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// `NAME.toml`, plain text.
    Plain,
    /// `NAME.toml.age`, encrypted to the folder's recipients.
    Recipients,
    /// `NAME.toml.age`, encrypted with a passphrase of its own (asked twice).
    Passphrase,
}

/// What [`reform`] did to a plan.
#[derive(Debug)]
pub enum Reformed {
    /// Written in the new form at this path; the old file is gone.
    Moved(PathBuf),
    /// Encrypted anew where it is (to the recipients listed now, or its
    /// new passphrase).
    Resealed(PathBuf),
    /// Already in that form: nothing changed.
    Already(PathBuf),
}

/// Put the plan at `path` (either form, as [`location::settle`] found it)
/// in `form`, in place and under its lock: its text, every byte of it, is
/// read (and decrypted), written in the new form through the atomic
/// private write (encrypted in memory first), and only then is the old
/// file removed. A plan kept in both forms is an error naming both; a file
/// that cannot be read, a read-only file or a link is left as it was.
/// `passphrase` says whether a plan sealed with one may be asked for it.
pub fn reform(path: &Path, form: Form, passphrase: sealed::Passphrase) -> Result<Reformed> {
    let _lock = lock(path)?;
    // Settled again under the lock: another command may have moved it.
    let from = location::settle(path)?;
    if from.symlink_metadata().is_err() {
        return Err(Error::NotFound(from));
    }
    if from.is_symlink() {
        return Err(Error::failed(
            format!("{} is a link; it was left as it was", from.shown()),
            "encrypt or decrypt the file it points to",
        ));
    }
    let to = match form {
        Form::Plain => location::plain_form(&from),
        Form::Recipients | Form::Passphrase => location::sealed_form(&from),
    };
    let text = super::load::read_text_as(&from, passphrase)?;
    if form == Form::Plain && to == from {
        return Ok(Reformed::Already(from));
    }
    require_writable(
        &from,
        &format!("make it writable (chmod u+w {}) to change it", from.shown()),
    )?;
    if form != Form::Plain && !is_sealed(&from) {
        // Nothing is encrypted that could not be read back as a plan.
        super::load::parse(&from, &text, super::load::FileKind::Plan)?;
    }
    match form {
        Form::Passphrase => sealed::choose_passphrase(&to)?,
        Form::Recipients => sealed::forget_passphrase(&to),
        Form::Plain => {}
    }
    write_plan(&to, text.as_bytes(), false)?;
    if to == from {
        return Ok(Reformed::Resealed(to));
    }
    let dir = folder_of(&from);
    fs::remove_file(&from)
        .and_then(|()| File::open(&dir).and_then(|d| d.sync_all()))
        .map_err(|e| {
            Error::io(
                format!(
                    "{} was written, but {} could not be removed, so both are there",
                    to.shown(),
                    from.shown()
                ),
                e,
                "remove the old one yourself once you have checked the new one",
            )
        })?;
    Ok(Reformed::Moved(to))
}

/// Take the first free `stem.toml`, `stem-2.toml`, … in `dir`, locked, in
/// the form the folder keeps plans in (`stem.toml.age` when encrypted).
///
/// A name another `plan new` holds the lock on is as taken as one with a
/// file in either form: parallel runs each move on to the next free name.
pub fn claim(dir: &Path, stem: &str) -> Result<(PathBuf, PlanLock)> {
    let taken = |path: &Path| {
        path.symlink_metadata().is_ok() || location::sealed_form(path).symlink_metadata().is_ok()
    };
    let form = |path: PathBuf| match sealed::is_encrypted_folder(dir) {
        true => location::sealed_form(&path),
        false => path,
    };
    for n in 1..1000 {
        let name = if n == 1 {
            format!("{stem}.toml")
        } else {
            format!("{stem}-{n}.toml")
        };
        let path = dir.join(name);
        if taken(&path) {
            continue;
        }
        let Some(lock) = try_lock(&path)? else {
            continue;
        };
        // Someone may have created it between the check and the lock.
        if !taken(&path) {
            return Ok((form(path), lock));
        }
    }
    Err(Error::failed(
        format!("too many plans named {stem} in {}", dir.shown()),
        "name the plan yourself: `plan new NAME`",
    ))
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
        write_private(&link, b"new", false).unwrap();
        assert!(link.is_symlink(), "the link was replaced by a file");
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "new");
        let mode = std::fs::metadata(&target).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 2, "no temporary file is left");
    }

    #[test]
    fn write_errors_name_the_cause_once_and_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let e = write_private(&dir.path().join("nodir/x.md"), b"x", false)
            .unwrap_err()
            .to_string();
        assert_eq!(e.matches("os error 2)").count(), 1, "{e}");
        assert!(!e.contains(".plan-"), "{e}");
    }

    #[test]
    fn leftover_names_are_only_our_temporary_ones() {
        for name in [".plan-AbC123.tmp", ".plan-answer-x1Y2z3.md"] {
            assert!(is_leftover_name(name), "{name}");
        }
        for name in [
            ".plan-notes.tmp",
            ".plan-AbC123.toml",
            "plan-AbC123.tmp",
            ".plan-answer-abc.md",
            ".plan-AbC12!.tmp",
            "sam.toml",
        ] {
            assert!(!is_leftover_name(name), "{name}");
        }
    }

    fn names_in(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_lock_is_exclusive_and_its_file_goes_with_it() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("p.toml");
        let held = try_lock(&plan).unwrap().expect("a free lock is taken");
        assert_eq!(names_in(dir.path()), [".p.toml.lock"]);
        assert!(try_lock(&plan).unwrap().is_none(), "held twice");
        let e = lock(&plan).unwrap_err().to_string();
        assert!(
            e.contains("p.toml is open in another `plan` command"),
            "{e}"
        );
        drop(held);
        assert!(names_in(dir.path()).is_empty(), "the lock file was left");
        let again = try_lock(&plan).unwrap();
        assert!(again.is_some(), "a released lock can be taken again");
    }

    #[test]
    fn concurrent_writers_each_take_the_lock_and_lose_no_update() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("count.toml");
        write_private(&plan, b"0", false).unwrap();
        std::thread::scope(|scope| {
            for _ in 0..200 {
                scope.spawn(|| {
                    let _lock = loop {
                        match try_lock(&plan).unwrap() {
                            Some(lock) => break lock,
                            None => std::thread::yield_now(),
                        }
                    };
                    let n: u32 = std::fs::read_to_string(&plan).unwrap().parse().unwrap();
                    write_private(&plan, (n + 1).to_string().as_bytes(), false).unwrap();
                });
            }
        });
        assert_eq!(std::fs::read_to_string(&plan).unwrap(), "200");
        assert_eq!(names_in(dir.path()), ["count.toml"]);
    }

    #[test]
    fn lock_files_left_behind_are_removed_unless_held() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        for name in [
            ".old.toml.lock",
            ".held.toml.lock",
            ".notes.lock",
            ".x.toml.lock.bak",
        ] {
            std::fs::write(d.join(name), "").unwrap();
        }
        std::fs::write(d.join(".full.toml.lock"), "not ours").unwrap();
        let held = try_lock(&d.join("held.toml")).unwrap().unwrap();
        write_private(&d.join("p.toml"), b"x", false).unwrap();
        assert_eq!(
            names_in(d),
            [
                ".full.toml.lock",
                ".held.toml.lock",
                ".notes.lock",
                ".x.toml.lock.bak",
                "p.toml"
            ]
        );
        drop(held);
        assert!(!d.join(".held.toml.lock").exists());
        assert!(is_lock_name(".a.toml.lock") && !is_lock_name("..toml.lock"));
    }

    #[test]
    fn claim_skips_taken_names() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.toml"), "").unwrap();
        let (path, _lock) = claim(dir.path(), "a").unwrap();
        assert_eq!(path, dir.path().join("a-2.toml"));
        // A name being written by another command is skipped too.
        let (path, _lock2) = claim(dir.path(), "a").unwrap();
        assert_eq!(path, dir.path().join("a-3.toml"));
    }
}
