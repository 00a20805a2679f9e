//! Plans encrypted at rest, in the age format: the one home of the folder's
//! recipients file ([`recipients`]), the identities that open plans
//! ([`identity`]), and sealing and opening a plan's bytes.
//!
//! A folder holding `.age-recipients` is encrypted: every plan saved in it
//! is `NAME.toml.age`, encrypted to each key listed there. A plan may also
//! be sealed with a passphrase of its own (age's scrypt), which is asked
//! for when it is opened and kept in memory, for this command only, to seal
//! it again when it is saved. Where plans live and in which form is
//! `location`'s; this module only turns bytes into bytes.

pub mod identity;
pub mod recipients;

pub use identity::{IDENTITY_VAR, PASSPHRASE_VAR, set_prompt};
pub use recipients::{RECIPIENTS_FILE, is_encrypted_folder, recipients_file};

use crate::error::{Error, Result, ShowPath};
use age::secrecy::SecretString;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The first bytes of every age file.
pub const AGE_MAGIC: &[u8] = b"age-encryption.org/";

/// The passphrases of the plans this command opened or sealed with one.
static PASSPHRASES: Mutex<Vec<(PathBuf, SecretString)>> = Mutex::new(Vec::new());

fn remembered(path: &Path) -> Option<SecretString> {
    let held = PASSPHRASES.lock().unwrap_or_else(|e| e.into_inner());
    held.iter().find(|(p, _)| p == path).map(|(_, s)| s.clone())
}

fn remember(path: &Path, pass: SecretString) {
    let mut held = PASSPHRASES.lock().unwrap_or_else(|e| e.into_inner());
    held.retain(|(p, _)| p != path);
    held.push((path.to_path_buf(), pass));
}

/// Forget a plan's passphrase: it is sealed to the folder's recipients from
/// now on (`plan encrypt` without `--passphrase`).
pub fn forget_passphrase(path: &Path) {
    let mut held = PASSPHRASES.lock().unwrap_or_else(|e| e.into_inner());
    held.retain(|(p, _)| p != path);
}

/// Whether a plan at `path` is sealed with a passphrase in this command.
pub fn has_passphrase(path: &Path) -> bool {
    remembered(path).is_some()
}

/// Ask for a new passphrase for the plan at `path` (twice, at the terminal,
/// or `PLAN_PASSPHRASE`), and seal it with that from now on.
pub fn choose_passphrase(path: &Path) -> Result<()> {
    let pass = identity::passphrase(&format!("the plan {}", path.shown()), true)?;
    remember(path, pass);
    Ok(())
}

/// Encrypt a plan's bytes to be saved at `path`: with its passphrase when
/// it has one in this command, else to the recipients of `dir`, the folder
/// the bytes land in (a link's target's, when `path` is a link).
pub fn seal(path: &Path, dir: &Path, text: &[u8]) -> Result<Vec<u8>> {
    let encryptor = match remembered(path) {
        Some(pass) => age::Encryptor::with_user_passphrase(pass),
        None => {
            let Some(list) = recipients::read(dir)? else {
                return Err(Error::failed(
                    format!(
                        "{}: not saved: it is to be encrypted, but {} has no {RECIPIENTS_FILE} file saying to whom",
                        path.shown(),
                        dir.shown()
                    ),
                    format!(
                        "run `plan init --encrypt {}` to encrypt plans there to your key, or `plan encrypt --passphrase` for this plan alone",
                        dir.shown()
                    ),
                ));
            };
            age::Encryptor::with_recipients(list.keys.iter().map(|k| k.as_age())).map_err(|e| {
                Error::failed(
                    format!(
                        "{}: these recipients cannot be used together: {e}",
                        list.file.shown()
                    ),
                    recipients::GOOD_LINE,
                )
            })?
        }
    };
    let mut out = Vec::with_capacity(text.len() + 512);
    let io =
        |e: std::io::Error| Error::io(format!("cannot encrypt {}", path.shown()), e, "try again");
    let mut writer = encryptor.wrap_output(&mut out).map_err(io)?;
    writer.write_all(text).map_err(io)?;
    writer.finish().map_err(io)?;
    Ok(out)
}

/// Whether a plan that needs a passphrase is opened: asked for, or left
/// closed (a listing of many plans asks nobody).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Passphrase {
    /// Ask for it (or read `PLAN_PASSPHRASE`).
    Ask,
    /// Do not open it: say it needs its passphrase.
    Never,
}

/// Decrypt the bytes read from `path`, at most `max` of them once open: the
/// plan's text, or an error that names the file and says what to do. The
/// file itself is never touched.
pub fn open(path: &Path, bytes: &[u8], max: u64, passphrase: Passphrase) -> Result<Vec<u8>> {
    let decryptor = age::Decryptor::new_buffered(bytes).map_err(|e| damaged(path, &e))?;
    let reader = if decryptor.is_scrypt() {
        if passphrase == Passphrase::Never {
            return Err(Error::failed(
                format!(
                    "{}: encrypted with a passphrase of its own, which is not asked for when many plans are read",
                    path.shown()
                ),
                format!("open it on its own, such as `plan render {}`", path.shown()),
            ));
        }
        let pass = match remembered(path) {
            Some(pass) => pass,
            None => identity::passphrase(&format!("the plan {}", path.shown()), false)?,
        };
        let key = age::scrypt::Identity::new(pass.clone());
        let reader = decryptor
            .decrypt(std::iter::once(&key as &dyn age::Identity))
            .map_err(|e| match e {
                age::DecryptError::DecryptionFailed | age::DecryptError::NoMatchingKeys => Error::failed(
                    format!("{}: wrong passphrase", path.shown()),
                    "run the command again with the passphrase the plan was encrypted with; the file was left as it was",
                ),
                e => damaged(path, &e),
            })?;
        remember(path, pass);
        reader
    } else {
        let keys = identity::keys().map_err(|e| {
            let (message, hint) = e.message_and_hint();
            Error::failed(
                format!("{} is encrypted, and {message}", path.shown()),
                hint,
            )
        })?;
        decryptor
            .decrypt(keys.identities.iter().map(|k| k.as_ref() as &dyn age::Identity))
            .map_err(|e| match e {
                age::DecryptError::NoMatchingKeys => Error::failed(
                    format!(
                        "{}: your identity {} cannot open it: the plan was encrypted to other keys",
                        path.shown(),
                        keys.file.shown()
                    ),
                    format!(
                        "set {IDENTITY_VAR} to the identity it was encrypted to, or have someone it was encrypted to add your public key to {RECIPIENTS_FILE} and run `plan encrypt` on it; the file was left as it was"
                    ),
                ),
                e => damaged(path, &e),
            })?
    };
    let mut text = Vec::with_capacity(bytes.len());
    reader
        .take(max + 1)
        .read_to_end(&mut text)
        .map_err(|_| cut_short(path))?;
    if text.len() as u64 > max {
        return Err(Error::failed(
            format!(
                "{}: once decrypted, the plan is over {max} bytes; plan files are at most {max} bytes",
                path.shown()
            ),
            "is this really a plan file?",
        ));
    }
    Ok(text)
}

/// A file that is not a whole age file.
fn damaged(path: &Path, e: &age::DecryptError) -> Error {
    match e {
        age::DecryptError::ExcessiveWork { .. } => Error::failed(
            format!(
                "{}: its passphrase would take far too long to check on this machine",
                path.shown()
            ),
            "decrypt it where it was made (`plan decrypt`), and encrypt it again here",
        ),
        age::DecryptError::UnknownFormat => Error::failed(
            format!(
                "{}: written by a newer version of age than this `plan` reads",
                path.shown()
            ),
            "upgrade plan to open it; the file was left as it was",
        ),
        _ => cut_short(path),
    }
}

fn cut_short(path: &Path) -> Error {
    Error::failed(
        format!(
            "{}: not a whole age file: it is damaged or cut short, and cannot be decrypted",
            path.shown()
        ),
        "restore it from a backup (a copy cut short cannot be mended); the file was left as it was",
    )
}

/// Whether the file at `path` is an age file sealed with a passphrase,
/// judged from its header alone (nothing is decrypted, nobody is asked).
pub fn needs_passphrase(path: &Path) -> bool {
    use rustix::fs::OFlags;
    use std::os::unix::fs::OpenOptionsExt;
    let opened = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags((OFlags::NONBLOCK | OFlags::NOCTTY).bits() as i32)
        .open(path);
    let Ok(file) = opened else {
        return false;
    };
    if !file.metadata().is_ok_and(|m| m.is_file()) {
        return false;
    }
    let mut head = Vec::new();
    if file.take(MAX_SMALL_BYTES).read_to_end(&mut head).is_err() {
        return false;
    }
    age::Decryptor::new_buffered(&head[..]).is_ok_and(|d| d.is_scrypt())
}

/// The most of a key or recipients file read: far more than either holds.
const MAX_SMALL_BYTES: u64 = 64 * 1024;

/// A small text file (an identity, a recipients file), read without ever
/// waiting on a named pipe or a device.
fn read_small(path: &Path) -> Result<String> {
    use rustix::fs::OFlags;
    use std::os::unix::fs::OpenOptionsExt;
    let io = |e| {
        Error::io(
            format!("cannot read {}", path.shown()),
            e,
            "check that the file exists and that you may read it",
        )
    };
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags((OFlags::NONBLOCK | OFlags::NOCTTY).bits() as i32)
        .open(path)
        .map_err(io)?;
    let meta = file.metadata().map_err(io)?;
    if !meta.is_file() {
        return Err(Error::failed(
            format!("{}: not a regular file", path.shown()),
            "give the path of a file",
        ));
    }
    let mut bytes = Vec::new();
    file.take(MAX_SMALL_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > MAX_SMALL_BYTES {
        return Err(Error::failed(
            format!("{}: far too large for a key file", path.shown()),
            "give the path of a key file",
        ));
    }
    String::from_utf8(bytes).map_err(|_| {
        Error::failed(
            format!("{}: not UTF-8 text", path.shown()),
            "give the path of a key file",
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plan_sealed_to_a_folder_opens_with_the_key_and_damage_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let id = age::x25519::Identity::generate();
        std::fs::write(recipients_file(dir.path()), format!("{}\n", id.to_public())).unwrap();
        let path = dir.path().join("p.toml.age");
        let sealed = seal(&path, dir.path(), b"schema = 1\n").unwrap();
        assert!(sealed.starts_with(AGE_MAGIC));
        let open = age::decrypt(&id, &sealed).unwrap();
        assert_eq!(open, b"schema = 1\n");
        // Not an age file: an error naming the file, before any key is read.
        let e = super::open(&path, b"schema = 1\n", 100, Passphrase::Ask).unwrap_err();
        assert!(
            e.to_string().contains("p.toml.age: not a whole age file"),
            "{e}"
        );
    }
}
