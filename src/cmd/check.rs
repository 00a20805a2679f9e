//! `plan check`: findings for one or more plans, like a compiler's.

use crate::artefacts::output::print;
use crate::artefacts::report::{Json, json_array, json_object};
use crate::artefacts::typed;
use crate::cli::{CheckArgs, ReportFormat};
use crate::error::{Error, Result, printable};
use crate::planfile::{self, FileKind, dates};
use crate::questions::findings::{self, Finding, Severity};

/// Run `plan check`.
pub fn run(args: CheckArgs) -> Result<()> {
    let today = dates::today();
    let results: Vec<(String, Vec<Finding>)> = args
        .plans
        .iter()
        .map(|name| check_one(name, today))
        .collect();
    let all = || results.iter().flat_map(|(_, f)| f);
    match args.format {
        ReportFormat::Json => {
            let items: Vec<String> = results
                .iter()
                .flat_map(|(file, fs)| fs.iter().map(move |f| json(file, f)))
                .collect();
            print(&json_array(&items))?;
        }
        ReportFormat::Text => print(&text(&results))?,
    }
    let errors = all().filter(|f| f.severity == Severity::Error).count();
    let warnings = all().filter(|f| f.severity == Severity::Warning).count();
    if errors > 0 || (args.strict && warnings > 0) {
        let (n, what) = if errors > 0 {
            (errors, "error")
        } else {
            (warnings, "warning")
        };
        return Err(Error::failed(
            format!("{n} {what}{} found", if n == 1 { "" } else { "s" }),
            "see the findings above; each names the key to change",
        ));
    }
    Ok(())
}

/// The findings of one plan; a plan that cannot be read is one finding.
fn check_one(name: &str, today: chrono::NaiveDate) -> (String, Vec<Finding>) {
    let path = match planfile::resolve(name) {
        Ok(p) => p,
        Err(e) => return (name.to_string(), vec![unreadable(&e)]),
    };
    let file = path.display().to_string();
    let plan = planfile::load(&path, FileKind::Plan).and_then(|doc| typed(&doc));
    match plan {
        Ok(plan) => (file, findings::check(&plan, today)),
        Err(e) => (file, vec![unreadable(&e)]),
    }
}

/// A load error as a finding: its message, and its hint apart.
fn unreadable(err: &Error) -> Finding {
    let text = err.to_string();
    let (message, hint) = match text.split_once("\n  hint: ") {
        Some((m, h)) => (m.to_string(), h.to_string()),
        None => (text, String::new()),
    };
    Finding {
        rule: "unreadable",
        severity: Severity::Error,
        key: String::new(),
        message,
        hint,
    }
}

fn json(file: &str, f: &Finding) -> String {
    json_object(&[
        ("file", Json::Str(file.into())),
        ("rule", Json::Str(f.rule.into())),
        ("severity", Json::Str(f.severity.as_str().into())),
        ("key", Json::Str(f.key.clone())),
        ("message", Json::Str(f.message.clone())),
        ("hint", Json::Str(f.hint.clone())),
    ])
}

/// Grouped by file, like a compiler: `severity[rule] key: message`.
fn text(results: &[(String, Vec<Finding>)]) -> String {
    let mut out = String::new();
    let mut counts = [0usize; 3];
    for (file, fs) in results {
        if fs.is_empty() {
            out.push_str(&format!("{}: no findings\n", printable(file)));
            continue;
        }
        out.push_str(&format!("{}:\n", printable(file)));
        for f in fs {
            counts[f.severity as usize] += 1;
            let key = if f.key.is_empty() {
                String::new()
            } else {
                format!(" {}", f.key)
            };
            let message = f.message.replace('\n', "\n    ");
            out.push_str(&format!(
                "  {}[{}]{key}: {}\n",
                f.severity.as_str(),
                f.rule,
                printable(&message)
            ));
            if !f.hint.is_empty() {
                out.push_str(&format!("    help: {}\n", printable(&f.hint)));
            }
        }
    }
    let [info, warnings, errors] = counts;
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    out.push_str(&format!(
        "{}: {}, {}, {}\n",
        plural(results.len(), "plan checked", "plans checked"),
        plural(errors, "error", "errors"),
        plural(warnings, "warning", "warnings"),
        plural(info, "note", "notes"),
    ));
    out
}
