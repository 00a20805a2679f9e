//! `plan check`: findings for one or more plans, like a compiler's.

use crate::artefacts::output::print;
use crate::artefacts::report::ReportFormat;
use crate::artefacts::report::{findings_json, findings_text};
use crate::check::findings::{Finding, Severity, check_named};
use crate::cli::CheckArgs;
use crate::dates;
use crate::error::{Error, Result};
use crate::planfile::listing::per_core;

/// Run `plan check`.
pub fn run(args: CheckArgs) -> Result<()> {
    let today = dates::today();
    let results: Vec<(String, Vec<Finding>)> =
        per_core(&args.plans, |name| check_named(name, today));
    match args.format {
        ReportFormat::Json => print(&findings_json(&results))?,
        ReportFormat::Text => print(&findings_text(&results))?,
    }
    let all = || results.iter().flat_map(|(_, f)| f);
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
