//! The identity that opens encrypted plans: `PLAN_IDENTITY` if set, else
//! the one `plan keygen` wrote in the config folder, else the SSH key
//! `~/.ssh/id_ed25519`. Read once per command (a passphrase-protected SSH
//! key asks for its passphrase once), and shared by every thread.

use super::read_small;
use crate::error::{Error, Result, ShowPath};
use age::secrecy::{ExposeSecret, SecretString};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// How a passphrase is asked of a person: the prompt, and whether it is a
/// new one (asked twice). Installed by the command line, which owns the
/// terminal; without one, nothing can be asked.
pub type Ask = fn(&str, bool) -> Result<String>;

static ASK: OnceLock<Ask> = OnceLock::new();

/// Hand over how to ask for a passphrase at the terminal.
pub fn set_prompt(ask: Ask) {
    let _ = ASK.set(ask);
}

/// The variable that names another identity file.
pub const IDENTITY_VAR: &str = "PLAN_IDENTITY";

/// The variable a script or a test may give a plan's passphrase in.
pub const PASSPHRASE_VAR: &str = "PLAN_PASSPHRASE";

/// A passphrase: `PLAN_PASSPHRASE` when set, else asked at the terminal
/// (twice when it is a new one). `what` says whose it is, for the prompt
/// and for the error when there is no terminal to ask at.
pub fn passphrase(what: &str, new: bool) -> Result<SecretString> {
    if let Some(given) = std::env::var_os(PASSPHRASE_VAR).filter(|v| !v.is_empty()) {
        return Ok(SecretString::from(given.to_string_lossy().into_owned()));
    }
    ask(&format!("Passphrase for {what}"), new, what)
}

/// Ask at the terminal through the installed prompt.
fn ask(prompt: &str, new: bool, what: &str) -> Result<SecretString> {
    use std::io::IsTerminal;
    let terminal = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    match ASK.get() {
        Some(ask) if terminal => ask(prompt, new).map(SecretString::from),
        _ => Err(Error::failed(
            format!("{what} needs a passphrase, and there is no terminal to ask for it"),
            format!("run the command in a terminal (a script may set {PASSPHRASE_VAR})"),
        )),
    }
}

/// The config folder of `plan`: `$XDG_CONFIG_HOME/plan` (or the platform's).
pub fn config_dir() -> Result<PathBuf> {
    use etcetera::BaseStrategy;
    let base = etcetera::choose_base_strategy().map_err(|_| {
        Error::failed(
            "cannot find your config folder",
            format!("set {IDENTITY_VAR} to your identity file, or HOME to your home folder"),
        )
    })?;
    Ok(base.config_dir().join("plan"))
}

/// Where `plan keygen` writes the identity.
pub fn default_identity() -> Result<PathBuf> {
    Ok(config_dir()?.join("identity.txt"))
}

/// The SSH key used when there is no other identity.
fn ssh_key() -> Option<PathBuf> {
    use etcetera::BaseStrategy;
    let home = etcetera::choose_base_strategy()
        .ok()?
        .home_dir()
        .to_path_buf();
    Some(home.join(".ssh").join("id_ed25519"))
}

/// The identity file to use, and how it was found: `None` when there is none.
pub fn identity_file() -> Result<Option<PathBuf>> {
    if let Some(named) = std::env::var_os(IDENTITY_VAR).filter(|v| !v.is_empty()) {
        let path = PathBuf::from(named);
        if path.symlink_metadata().is_err() {
            return Err(Error::failed(
                format!(
                    "{IDENTITY_VAR} names {}, which does not exist",
                    path.shown()
                ),
                format!("set {IDENTITY_VAR} to your age identity file or SSH key, or unset it"),
            ));
        }
        return Ok(Some(path));
    }
    let keygen = default_identity()?;
    if keygen.symlink_metadata().is_ok() {
        return Ok(Some(keygen));
    }
    Ok(ssh_key().filter(|p| p.symlink_metadata().is_ok()))
}

/// Where an identity is looked for, in words, for the error when none is.
pub fn looked_in() -> String {
    let keygen =
        default_identity().map_or_else(|_| "the config folder".into(), |p| p.shown().to_string());
    let ssh = ssh_key().map_or_else(|| "~/.ssh/id_ed25519".into(), |p| p.shown().to_string());
    format!("{IDENTITY_VAR}, {keygen}, {ssh}")
}

/// The identities read from a file, ready to open plans.
pub struct Keys {
    /// The file.
    pub file: PathBuf,
    /// What it holds.
    pub identities: Vec<Box<dyn age::Identity + Send + Sync>>,
}

/// Why no identity could be had, kept so every thread gets the same answer.
#[derive(Clone)]
struct Failure {
    message: String,
    hint: String,
}

/// The identities of this command, read once (and a passphrase asked once).
pub fn keys() -> Result<&'static Keys> {
    static KEYS: OnceLock<std::result::Result<Keys, Failure>> = OnceLock::new();
    KEYS.get_or_init(|| {
        read_keys().map_err(|e| {
            let (message, hint) = e.message_and_hint();
            Failure { message, hint }
        })
    })
    .as_ref()
    .map_err(|f| Error::failed(f.message.clone(), f.hint.clone()))
}

fn read_keys() -> Result<Keys> {
    let Some(file) = identity_file()? else {
        return Err(Error::failed(
            "no identity was found to open encrypted plans",
            format!(
                "run `plan keygen` to make one, or set {IDENTITY_VAR} to your age identity file or SSH key (looked for: {})",
                looked_in()
            ),
        ));
    };
    let identities = read_identities(&file)?;
    Ok(Keys { file, identities })
}

/// Whether a file's text is an SSH private key rather than age identities.
fn is_ssh(text: &str) -> bool {
    text.trim_start().starts_with("-----BEGIN")
}

/// The identities in an age identity file or an SSH private key.
fn read_identities(file: &Path) -> Result<Vec<Box<dyn age::Identity + Send + Sync>>> {
    let text = read_small(file)?;
    let hint = format!(
        "{IDENTITY_VAR} may name an age identity file (AGE-SECRET-KEY-1…) or an SSH private key (ssh-ed25519 or ssh-rsa)"
    );
    if is_ssh(&text) {
        let key = age::ssh::Identity::from_buffer(text.as_bytes(), Some(file.shown().to_string()))
            .map_err(|_| {
                Error::failed(
                    format!("{}: not an SSH private key that can be read", file.shown()),
                    hint.clone(),
                )
            })?;
        return Ok(vec![Box::new(unlocked(file, key)?)]);
    }
    let identities = age::IdentityFile::from_buffer(text.as_bytes())
        .and_then(|f| f.into_identities().map_err(std::io::Error::other))
        .map_err(|e| {
            // The crate's message gives the line, never the secret on it.
            let why = e.to_string().replace("identity file contains", "holds");
            Error::failed(
                format!("{}: not an age identity file: {why}", file.shown()),
                hint.clone(),
            )
        })?;
    if identities.is_empty() {
        return Err(Error::failed(
            format!("{}: holds no identity", file.shown()),
            hint,
        ));
    }
    Ok(identities)
}

/// An SSH key ready to use: a protected one opened with its passphrase,
/// asked once.
fn unlocked(file: &Path, key: age::ssh::Identity) -> Result<age::ssh::Identity> {
    match key {
        age::ssh::Identity::Unencrypted(_) => Ok(key),
        age::ssh::Identity::Encrypted(locked) => {
            let what = format!("the SSH key {}", file.shown());
            let pass = ask(&format!("Passphrase for {what}"), false, &what)?;
            locked.decrypt(pass).map(Into::into).map_err(|_| {
                Error::failed(
                    format!("wrong passphrase for the SSH key {}", file.shown()),
                    "run the command again and type the key's passphrase (the one `ssh` asks for)",
                )
            })
        }
        age::ssh::Identity::Unsupported(_) => Err(Error::failed(
            format!(
                "{}: this kind of SSH key cannot open age files",
                file.shown()
            ),
            "use an ssh-ed25519 or ssh-rsa key, or an age identity from `plan keygen`",
        )),
    }
}

/// The public key of the identity in `file`, as a recipients line: what
/// `plan init --encrypt` lists when no recipient is given.
pub fn public_key(file: &Path) -> Result<String> {
    let text = read_small(file)?;
    if is_ssh(&text) {
        let key = age::ssh::Identity::from_buffer(text.as_bytes(), None).map_err(|_| {
            Error::failed(
                format!("{}: not an SSH private key that can be read", file.shown()),
                "give --recipient with your public key",
            )
        })?;
        return age::ssh::Recipient::try_from(key)
            .map(|r| r.to_string())
            .map_err(|_| {
                Error::failed(
                    format!("{}: this kind of SSH key cannot be used", file.shown()),
                    "use an ssh-ed25519 or ssh-rsa key, or run `plan keygen`",
                )
            });
    }
    let first = text
        .lines()
        .map(str::trim)
        .find(|l| l.starts_with("AGE-SECRET-KEY-"));
    first
        .and_then(|l| l.parse::<age::x25519::Identity>().ok())
        .map(|id| id.to_public().to_string())
        .ok_or_else(|| {
            Error::failed(
                format!("{}: holds no age identity", file.shown()),
                "give --recipient with your public key, or run `plan keygen`",
            )
        })
}

/// A new identity: the text of its file and its public key.
pub fn generate() -> (SecretString, String) {
    let id = age::x25519::Identity::generate();
    let public = id.to_public().to_string();
    let created = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ");
    let text = format!(
        "# created: {created}\n# public key: {public}\n{}\n",
        id.to_string().expose_secret()
    );
    (SecretString::from(text), public)
}
