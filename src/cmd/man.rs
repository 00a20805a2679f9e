//! `plan man`: the manual page, in roff.
//!
//! clap_mangen writes the top level (name, synopsis, description, the
//! global options and the list of commands); a section per command follows,
//! written from clap's own model of it, so that every command's options are
//! in the page with their help.

use crate::artefacts::output::print;
use crate::cli::Cli;
use crate::error::{Error, Result};
use clap::{ArgAction, Command, CommandFactory};

/// Run `plan man`.
pub fn run() -> Result<()> {
    print(&page().map_err(|e| Error::io("cannot write the manual page", e, "try again"))?)
}

/// The whole manual page.
fn page() -> std::io::Result<String> {
    let mut cmd = Cli::command();
    // Built, so that each command knows its full name (`plan render`).
    cmd.build();
    let man = clap_mangen::Man::new(cmd.clone());
    let mut out = Vec::new();
    man.render_title(&mut out)?;
    man.render_name_section(&mut out)?;
    man.render_synopsis_section(&mut out)?;
    man.render_description_section(&mut out)?;
    man.render_options_section(&mut out)?;
    man.render_subcommands_section(&mut out)?;
    let mut page = String::from_utf8_lossy(&out).into_owned();
    for sub in visible_subcommands(&cmd) {
        command_section(sub, &mut page);
    }
    let mut out = Vec::new();
    man.render_extra_section(&mut out)?;
    man.render_version_section(&mut out)?;
    man.render_authors_section(&mut out)?;
    page.push_str(&String::from_utf8_lossy(&out));
    Ok(page)
}

fn visible_subcommands(cmd: &Command) -> impl Iterator<Item = &Command> {
    cmd.get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
}

/// A section for one command (and one for each of its own commands): its
/// name, what it does, its usage, and each argument with its help.
fn command_section(cmd: &Command, page: &mut String) {
    let name = cmd.get_bin_name().unwrap_or(cmd.get_name()).to_string();
    page.push_str(&format!(".SH \"{}\"\n", escape(&name.to_uppercase())));
    if let Some(about) = cmd.get_long_about().or(cmd.get_about()) {
        paragraphs(&about.to_string(), page);
    }
    let usage = cmd.clone().render_usage().to_string();
    let usage = usage.trim().trim_start_matches("Usage:").trim();
    page.push_str(&format!(".PP\n\\fBUsage:\\fR {}\n", escape(usage)));
    for arg in cmd.get_arguments() {
        // Global options are in the top-level OPTIONS section already.
        if arg.is_hide_set()
            || arg.is_global_set()
            || matches!(
                arg.get_action(),
                ArgAction::Help | ArgAction::HelpShort | ArgAction::HelpLong | ArgAction::Version
            )
        {
            continue;
        }
        let mut term = Vec::new();
        if let Some(s) = arg.get_short() {
            term.push(format!("\\fB\\-{}\\fR", escape(&s.to_string())));
        }
        if let Some(l) = arg.get_long() {
            term.push(format!("\\fB\\-\\-{}\\fR", escape(l)));
        }
        let value = arg
            .get_value_names()
            .map(|v| {
                v.iter()
                    .map(|n| n.to_string())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .unwrap_or_else(|| arg.get_id().as_str().to_uppercase());
        let mut term = term.join(", ");
        if arg.is_positional() {
            term = format!("\\fI{}\\fR", escape(&value));
        } else if arg.get_action().takes_values() {
            term.push_str(&format!(" \\fI{}\\fR", escape(&value)));
        }
        page.push_str(&format!(".TP\n{term}\n"));
        let help = arg
            .get_long_help()
            .or(arg.get_help())
            .map(|h| h.to_string())
            .unwrap_or_default();
        let mut text = help.trim().to_string();
        let values: Vec<String> = arg
            .get_possible_values()
            .iter()
            .filter(|v| !v.is_hide_set())
            .map(|v| v.get_name().to_string())
            .collect();
        if !values.is_empty() && arg.get_action().takes_values() {
            text.push_str(&format!("\n[possible values: {}]", values.join(", ")));
        }
        let defaults: Vec<String> = arg
            .get_default_values()
            .iter()
            .map(|v| v.to_string_lossy().into_owned())
            .collect();
        if !defaults.is_empty()
            && !arg.is_hide_default_value_set()
            && arg.get_action().takes_values()
        {
            text.push_str(&format!("\n[default: {}]", defaults.join(", ")));
        }
        paragraphs(&text, page);
    }
    for sub in visible_subcommands(cmd) {
        command_section(sub, page);
    }
}

/// Text as roff: blank lines separate paragraphs, other lines are kept.
fn paragraphs(text: &str, page: &mut String) {
    for (i, para) in text.trim().split("\n\n").enumerate() {
        if i > 0 {
            page.push_str(".IP\n");
        }
        for line in para.lines() {
            page.push_str(&escape(line.trim_end()));
            page.push('\n');
        }
    }
}

/// Escape text for roff: backslashes, hyphens, and a leading `.` or `'`
/// (which would start a request).
fn escape(text: &str) -> String {
    let text = text.replace('\\', "\\e").replace('-', "\\-");
    if text.starts_with('.') || text.starts_with('\'') {
        format!("\\&{text}")
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_has_a_section_with_its_options() {
        let page = page().unwrap();
        for needed in [
            ".SH \"PLAN EDIT\"",
            ".SH \"PLAN LIST\"",
            "\\-\\-unset",
            "\\-\\-strict",
            "\\-\\-due",
            "\\-\\-step",
        ] {
            assert!(page.contains(needed), "{needed} missing");
        }
        // No line of text starts a roff request by accident.
        for line in page.lines() {
            assert!(!line.starts_with('\''), "{line}");
        }
    }

    #[test]
    fn text_is_escaped_for_roff() {
        assert_eq!(escape(".start"), "\\&.start");
        assert_eq!(escape("a\\b-c"), "a\\eb\\-c");
    }
}
