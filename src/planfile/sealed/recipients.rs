//! The recipients file of an encrypted folder (`.age-recipients`, as `pass`
//! keeps `.gpg-id`): one public key a line, `#` comments and blank lines
//! allowed. A plan saved in the folder is encrypted to every key listed.

use super::read_small;
use crate::error::{Error, Result, ShowPath, one_line};
use std::path::{Path, PathBuf};

/// The name of the recipients file in a plan folder.
pub const RECIPIENTS_FILE: &str = ".age-recipients";

/// What a good line looks like, for every message about a bad one.
pub const GOOD_LINE: &str = "each line is one public key: an age key (age1…) or an SSH public key (ssh-ed25519 AAAA… or ssh-rsa AAAA…); `#` starts a comment";

/// The recipients file of the folder `dir`.
pub fn recipients_file(dir: &Path) -> PathBuf {
    dir.join(RECIPIENTS_FILE)
}

/// Whether the folder `dir` is encrypted: its recipients file is there
/// (whatever it holds; reading it says what is wrong with it).
pub fn is_encrypted_folder(dir: &Path) -> bool {
    recipients_file(dir).symlink_metadata().is_ok()
}

/// One public key a plan is encrypted to.
pub enum Recipient {
    /// An age X25519 key (`age1…`).
    Age(age::x25519::Recipient),
    /// An SSH public key (`ssh-ed25519 …`, `ssh-rsa …`).
    Ssh(age::ssh::Recipient),
}

impl Recipient {
    /// The key as age takes it.
    pub fn as_age(&self) -> &dyn age::Recipient {
        match self {
            Recipient::Age(r) => r,
            Recipient::Ssh(r) => r,
        }
    }
}

impl std::fmt::Display for Recipient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Recipient::Age(r) => write!(f, "{r}"),
            Recipient::Ssh(r) => write!(f, "{r}"),
        }
    }
}

/// Read one recipient from a line of a recipients file (or a flag): `Err`
/// says what is wrong with it, in words.
pub fn parse(line: &str) -> std::result::Result<Recipient, String> {
    let line = line.trim();
    if line.starts_with("age1") {
        return line
            .parse::<age::x25519::Recipient>()
            .map(Recipient::Age)
            .map_err(|_| {
                "this looks like an age key (age1…), but it is not a whole, valid one".into()
            });
    }
    if line.starts_with("AGE-SECRET-KEY-") {
        return Err(
            "this is a secret key, which must never be shared; give its public key (age1…), which `plan keygen` prints"
                .into(),
        );
    }
    if line.starts_with("ssh-") || line.starts_with("ecdsa-") || line.starts_with("sk-") {
        use age::ssh::ParseRecipientKeyError as E;
        return line
            .parse::<age::ssh::Recipient>()
            .map(Recipient::Ssh)
            .map_err(|e| match e {
                E::Unsupported(kind) => format!(
                    "`{}` keys cannot be used; use an ssh-ed25519 or ssh-rsa key",
                    one_line(&kind)
                ),
                E::RsaModulusTooSmall => {
                    "this ssh-rsa key is too short to be safe (under 2048 bits)".into()
                }
                E::RsaModulusTooLarge => "this ssh-rsa key is longer than age supports".into(),
                _ => "this looks like an SSH public key, but it is not a whole, valid one".into(),
            });
    }
    Err("this is not a public key".into())
}

/// The keys of a recipients file, in order.
pub struct Recipients {
    /// The file they were read from.
    pub file: PathBuf,
    /// The keys.
    pub keys: Vec<Recipient>,
}

/// The recipients of the folder `dir`: `None` when it is not encrypted. A
/// bad line is an error naming the file and the line.
pub fn read(dir: &Path) -> Result<Option<Recipients>> {
    let file = recipients_file(dir);
    if file.symlink_metadata().is_err() {
        return Ok(None);
    }
    let text = read_small(&file)?;
    let mut keys = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let key = parse(trimmed).map_err(|why| bad_line(&file, n + 1, trimmed, &why))?;
        keys.push(key);
    }
    if keys.is_empty() {
        return Err(Error::failed(
            format!(
                "{}: no recipient is listed, so no plan can be encrypted",
                file.shown()
            ),
            format!("add your public key to it (`plan keygen` prints one); {GOOD_LINE}"),
        ));
    }
    Ok(Some(Recipients { file, keys }))
}

/// A line that is not a recipient: where, what, and what a good one is.
fn bad_line(file: &Path, line: usize, text: &str, why: &str) -> Error {
    let shown: String = text.chars().take(40).collect();
    let more = if shown.len() < text.len() { "…" } else { "" };
    // A secret key is never echoed back.
    let quoted = if text.starts_with("AGE-SECRET-KEY-") {
        String::new()
    } else {
        format!(" `{}{more}`", one_line(&shown))
    };
    Error::failed(
        format!("{}:{line}:{quoted} {why}", file.shown()),
        format!("fix or remove that line; {GOOD_LINE}"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_age_or_ssh_keys_and_anything_else_says_why() {
        let key = age::x25519::Identity::generate().to_public().to_string();
        assert!(matches!(parse(&key), Ok(Recipient::Age(_))));
        assert!(matches!(
            parse(&format!("  {key}  ")),
            Ok(Recipient::Age(_))
        ));
        let ssh = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHsKLqeplhpW+uObz5dvMgjz1OxfM/XXUB+VHtZ6isGN alice@rust";
        assert!(matches!(parse(ssh), Ok(Recipient::Ssh(_))));
        for bad in [
            "age1nope",
            "hello",
            "ssh-ed25519 AAAA",
            "AGE-SECRET-KEY-1XYZ",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_bad_line_is_named_by_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let key = age::x25519::Identity::generate().to_public().to_string();
        std::fs::write(
            recipients_file(dir.path()),
            format!("# me\n{key}\n\nnot a key\n"),
        )
        .unwrap();
        let e = read(dir.path()).err().unwrap().to_string();
        assert!(
            e.contains(".age-recipients:4: `not a key` this is not a public key"),
            "{e}"
        );
        std::fs::write(recipients_file(dir.path()), format!("# me\n\n{key} \n")).unwrap();
        assert_eq!(read(dir.path()).unwrap().unwrap().keys.len(), 1);
        std::fs::write(recipients_file(dir.path()), "# nobody\n").unwrap();
        assert!(read(dir.path()).is_err());
        assert!(read(&dir.path().join("none")).unwrap().is_none());
    }
}
