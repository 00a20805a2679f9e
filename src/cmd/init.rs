//! `plan init`: a plan folder, encrypted with `--encrypt` (its recipients
//! file written).

use crate::artefacts::output::print;
use crate::cli::InitArgs;
use crate::error::{Error, Result, ShowPath};
use crate::planfile::sealed::{self, RECIPIENTS_FILE, identity, recipients};
use crate::planfile::{self, listing, location};

/// Run `plan init`.
pub fn run(args: InitArgs) -> Result<()> {
    let dir = match args.dir {
        Some(dir) => dir,
        None => planfile::plan_dir()?,
    };
    planfile::ensure_private_dir(&dir)?;
    if !args.encrypt {
        say!(
            "{} is ready for plans. To keep them encrypted, run `plan init --encrypt`.",
            dir.shown()
        );
        return Ok(());
    }
    let file = sealed::recipients_file(&dir);
    if file.symlink_metadata().is_ok() && !args.force {
        return Err(Error::failed(
            format!(
                "{} already lists who plans there are encrypted to; it was left as it was",
                file.shown()
            ),
            "add a recipient as one more line in it (then `plan encrypt --all`), or replace it with --force",
        ));
    }
    let keys = if args.recipient.is_empty() {
        let Some(own) = identity::identity_file()? else {
            return Err(Error::failed(
                "no identity to encrypt to was found",
                format!(
                    "run `plan keygen` first, or give --recipient KEY (looked for: {})",
                    identity::looked_in()
                ),
            ));
        };
        vec![identity::public_key(&own)?]
    } else {
        let mut keys = Vec::new();
        for (n, given) in args.recipient.iter().enumerate() {
            let key = recipients::parse(given).map_err(|why| {
                Error::failed(
                    format!("--recipient number {}: {why}", n + 1),
                    recipients::GOOD_LINE,
                )
            })?;
            keys.push(key.to_string());
        }
        keys
    };
    let mut text = String::from(
        "# Plans saved in this folder are encrypted to every key below (plan init --encrypt).\n\
         # One public key a line: age1… or an SSH public key. After a change, run `plan encrypt --all`.\n",
    );
    for key in &keys {
        text.push_str(key);
        text.push('\n');
    }
    planfile::write_private(&file, text.as_bytes(), args.force)?;
    say!(
        "Plans saved in {} are encrypted from now on, to {} in {RECIPIENTS_FILE}.",
        dir.shown(),
        crate::dates::wording::count(keys.len(), "keys")
    );
    let plain = listing::plan_files(&dir)
        .unwrap_or_default()
        .iter()
        .filter(|p| !location::is_sealed(p))
        .count();
    if plain > 0 {
        say!(
            "{} there {} still plain: `plan encrypt --all` encrypts {}.",
            crate::dates::wording::count(plain, "plans"),
            if plain == 1 { "is" } else { "are" },
            if plain == 1 { "it" } else { "them" }
        );
    }
    print(&format!("{}\n", file.shown()))
}
