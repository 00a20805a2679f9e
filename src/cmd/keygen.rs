//! `plan keygen`: an age identity to encrypt plans to and open them with.

use crate::artefacts::output::print;
use crate::cli::KeygenArgs;
use crate::error::{Error, Result, ShowPath};
use crate::planfile::{self, sealed::identity};
use age::secrecy::ExposeSecret;

/// Run `plan keygen`.
pub fn run(args: KeygenArgs) -> Result<()> {
    let file = identity::default_identity()?;
    if file.symlink_metadata().is_ok() && !args.force {
        return Err(Error::failed(
            format!(
                "{} already holds your identity; it was left as it was",
                file.shown()
            ),
            "keep it (`plan init --encrypt` uses it), or replace it with `plan keygen --force` once no plan needs it; a copy of it still opens the plans encrypted to it",
        ));
    }
    planfile::ensure_private_dir(&planfile::folder_of(&file))?;
    let (text, public) = identity::generate();
    planfile::write_private(&file, text.expose_secret().as_bytes(), args.force)?;
    say!(
        "Your identity is in {} (readable by you only). Keep a copy somewhere safe: a plan encrypted to it cannot be read without it.",
        file.shown()
    );
    say!("Next: `plan init --encrypt` to encrypt the plans in your plan folder to it.");
    print(&format!("{public}\n"))
}
