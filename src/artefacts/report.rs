//! Results as rows: JSON written by hand (objects of strings and numbers)
//! and text columns, aligned for a terminal or tab-separated for a pipe.

use crate::check::findings::{Finding, Severity};
use crate::error::printable;
use console::Style;

/// How results such as findings and listings are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ReportFormat {
    /// Text for people: aligned on a terminal, tab-separated when piped.
    #[default]
    Text,
    /// JSON, for programs.
    Json,
}

impl ReportFormat {
    /// Every format, in the order help lists them.
    pub const ALL: &[ReportFormat] = &[ReportFormat::Text, ReportFormat::Json];

    /// The name `--format` takes.
    pub fn name(self) -> &'static str {
        match self {
            ReportFormat::Text => "text",
            ReportFormat::Json => "json",
        }
    }

    /// Its line in help.
    pub fn about(self) -> &'static str {
        match self {
            ReportFormat::Text => {
                "Text for people: aligned on a terminal, tab-separated when piped"
            }
            ReportFormat::Json => "JSON, for programs",
        }
    }
}

/// A JSON string literal.
pub fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if u32::from(c) < 0x20 || c == '\u{7f}' || c == '\u{2028}' || c == '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", u32::from(c)));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A JSON value: a string, a number, a list of strings or null.
#[derive(Debug, Clone)]
pub enum Json {
    /// A string.
    Str(String),
    /// A whole number.
    Int(i64),
    /// Absent.
    Null,
    /// Any JSON already written.
    Raw(String),
}

impl Json {
    /// A string, or null.
    pub fn opt(s: Option<String>) -> Json {
        s.map_or(Json::Null, Json::Str)
    }

    fn write(&self) -> String {
        match self {
            Json::Str(s) => json_string(s),
            Json::Int(n) => n.to_string(),
            Json::Null => "null".into(),
            Json::Raw(r) => r.clone(),
        }
    }
}

/// One JSON object, its keys in the order given.
pub fn json_object(fields: &[(&str, Json)]) -> String {
    let body: Vec<String> = fields
        .iter()
        .map(|(k, v)| format!("{}: {}", json_string(k), v.write()))
        .collect();
    format!("{{{}}}", body.join(", "))
}

/// A JSON array of objects already written, one per line.
pub fn json_array(items: &[String]) -> String {
    if items.is_empty() {
        return "[]\n".into();
    }
    format!("[\n  {}\n]\n", items.join(",\n  "))
}

/// The width of the terminal on stdout (or `$COLUMNS`), when it is one.
pub fn terminal_columns() -> Option<usize> {
    let term = console::Term::stdout();
    if !term.is_term() {
        return None;
    }
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .or_else(|| term.size_checked().map(|(_, cols)| usize::from(cols)))
}

/// Shrink the widest columns, a character at a time, so a table of these
/// column widths (two spaces between) fits in `limit` columns; a column is
/// never cut below 6. Which columns were cut.
fn fit(widths: &mut [usize], limit: usize) -> Vec<bool> {
    let mut cut = vec![false; widths.len()];
    let gaps = 2 * widths.len().saturating_sub(1);
    while widths.iter().sum::<usize>() + gaps > limit {
        let Some((widest, w)) = widths.iter().copied().enumerate().max_by_key(|(_, w)| *w) else {
            break;
        };
        if w <= 6 {
            break;
        }
        widths[widest] = w - 1;
        cut[widest] = true;
    }
    cut
}

/// Rows as text: aligned columns for a person (the widest column cut with
/// "…" to fit the terminal), tab-separated and in full for a program.
/// Cells are made printable, and tabs and newlines in them become spaces.
pub fn table(header: &[&str], rows: &[Vec<String>], aligned: bool) -> String {
    painted_table(header, rows, aligned, &|_, _| None)
}

/// The colour of a cell, by its column's header and its text, for
/// [`painted_table`]: `None` leaves it plain.
pub type Paint<'a> = &'a dyn Fn(&str, &str) -> Option<Style>;

/// [`table`], with each cell in the colour `paint` gives it and the header
/// in bold, when stdout takes colour (`--color`, `NO_COLOR`,
/// `CLICOLOR_FORCE`, a terminal; settled once in `lib.rs`). The colour goes
/// around a cell after its width is counted, so the columns stay aligned.
pub fn painted_table(
    header: &[&str],
    rows: &[Vec<String>],
    aligned: bool,
    paint: Paint<'_>,
) -> String {
    let clean = |s: &str| {
        printable(&s.replace(['\t', '\n', '\r', '\u{2028}', '\u{2029}'], " ")).into_owned()
    };
    let header: Vec<String> = header.iter().map(|h| clean(h)).collect();
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(|c| clean(c)).collect())
        .collect();
    let names: Vec<&str> = header.iter().map(String::as_str).collect();
    let styled = |row: usize, i: usize, cell: &str| -> String {
        let style = if row == 0 {
            Some(Style::new().bold())
        } else {
            paint(names.get(i).copied().unwrap_or_default(), cell)
        };
        match style {
            Some(style) => style.apply_to(cell).to_string(),
            None => cell.to_string(),
        }
    };
    let mut out = String::new();
    if !aligned {
        for (r, row) in std::iter::once(&header).chain(&rows).enumerate() {
            let cells: Vec<String> = row
                .iter()
                .enumerate()
                .map(|(i, c)| styled(r, i, c))
                .collect();
            out.push_str(&cells.join("\t"));
            out.push('\n');
        }
        return out;
    }
    let width = |i: usize| {
        std::iter::once(&header)
            .chain(&rows)
            .filter_map(|r| r.get(i))
            .map(|c| c.chars().count())
            .max()
            .unwrap_or(0)
    };
    let mut widths: Vec<usize> = (0..header.len()).map(width).collect();
    let cut_columns = terminal_columns()
        .map(|limit| fit(&mut widths, limit))
        .unwrap_or_default();
    for (r, row) in std::iter::once(&header).chain(&rows).enumerate() {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate() {
            let cut;
            let cell = match cut_columns.get(i) {
                Some(true) if cell.chars().count() > widths[i] => {
                    cut = format!("{}…", cell.chars().take(widths[i] - 1).collect::<String>());
                    &cut
                }
                _ => cell,
            };
            if i + 1 == row.len() {
                line.push_str(&styled(r, i, cell));
            } else {
                let pad = widths[i].saturating_sub(cell.chars().count());
                line.push_str(&styled(r, i, cell));
                line.push_str(&" ".repeat(pad + 2));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// All findings of `plan check`, one JSON object each.
pub fn findings_json(results: &[(String, Vec<Finding>)]) -> String {
    let items: Vec<String> = results
        .iter()
        .flat_map(|(file, fs)| fs.iter().map(move |f| finding_json(file, f)))
        .collect();
    json_array(&items)
}

fn finding_json(file: &str, f: &Finding) -> String {
    json_object(&[
        ("file", Json::Str(file.into())),
        ("rule", Json::Str(f.rule.into())),
        ("severity", Json::Str(f.severity.value().into())),
        ("key", Json::Str(f.key.clone())),
        ("message", Json::Str(f.message.clone())),
        ("hint", Json::Str(f.hint.clone())),
    ])
}

/// Grouped by file, like a compiler: `severity[rule] key: message`.
pub fn findings_text(results: &[(String, Vec<Finding>)]) -> String {
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
            let label =
                severity_style(f.severity).apply_to(format!("{}[{}]", f.severity.value(), f.rule));
            out.push_str(&format!(
                "  {label}{}: {}\n",
                Style::new().bold().apply_to(key),
                printable(&message)
            ));
            if !f.hint.is_empty() {
                let help = Style::new().cyan().bold().apply_to("help:");
                out.push_str(&format!("    {help} {}\n", printable(&f.hint)));
            }
        }
    }
    let [info, warnings, errors] = counts;
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    // A count is in its severity's colour when there are any.
    let counted = |n: usize, severity: Severity, one: &str, many: &str| {
        let text = plural(n, one, many);
        match n {
            0 => text,
            _ => severity_style(severity).apply_to(text).to_string(),
        }
    };
    out.push_str(&format!(
        "{}: {}, {}, {}\n",
        plural(results.len(), "plan checked", "plans checked"),
        counted(errors, Severity::Error, "error", "errors"),
        counted(warnings, Severity::Warning, "warning", "warnings"),
        counted(info, Severity::Info, "note", "notes"),
    ));
    out
}

/// A severity's colour, as rustc and clippy show them: an error red, a
/// warning yellow, a note cyan, each bold.
fn severity_style(severity: Severity) -> Style {
    match severity {
        Severity::Error => Style::new().red().bold(),
        Severity::Warning => Style::new().yellow().bold(),
        Severity::Info => Style::new().cyan().bold(),
    }
}

#[cfg(test)]
mod fit_tests {
    use super::fit;

    #[test]
    fn the_widest_columns_give_way() {
        let mut w = vec![10, 12, 50, 11, 20];
        let cut = fit(&mut w, 90);
        assert_eq!(cut, [false, false, true, false, false]);
        assert_eq!(w.iter().sum::<usize>() + 8, 90);
        // Two wide columns both give way when one is not enough.
        let mut w = vec![10, 40, 40, 20];
        let cut = fit(&mut w, 80);
        assert_eq!(w.iter().sum::<usize>() + 6, 80);
        assert!(cut[1] && cut[2]);
        let mut small = vec![5, 5];
        assert_eq!(fit(&mut small, 80), [false, false]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_strings_escape_what_they_must() {
        assert_eq!(json_string("a\"b\\c\nd\u{1b}"), r#""a\"b\\c\nd\u001b""#);
        assert_eq!(json_string("Zoë"), "\"Zoë\"");
    }

    #[test]
    fn tables_align_or_tab() {
        let rows = vec![vec!["Sam".into(), "x\ty".into()]];
        assert_eq!(
            table(&["who", "what"], &rows, false),
            "who\twhat\nSam\tx y\n"
        );
        assert_eq!(
            table(&["who", "what"], &rows, true),
            "who  what\nSam  x y\n"
        );
    }

    #[test]
    fn a_line_separator_in_a_cell_does_not_break_its_row() {
        let rows = vec![vec!["a\u{2028}b".into(), "c\u{2029}d".into()]];
        assert_eq!(table(&["x", "y"], &rows, false), "x\ty\na b\tc d\n");
        assert_eq!(table(&["x", "y"], &rows, true), "x    y\na b  c d\n");
    }

    #[test]
    fn colour_goes_around_a_cell_after_its_width_is_counted() {
        let rows = vec![
            vec!["draft".into(), "a".into()],
            vec!["followed-up".into(), "b".into()],
        ];
        let red = |column: &str, _: &str| {
            (column == "STATUS").then(|| Style::new().red().force_styling(true))
        };
        let painted = painted_table(&["STATUS", "X"], &rows, true, &red);
        assert!(
            painted.contains("\u{1b}[31mdraft\u{1b}[0m        a"),
            "{painted:?}"
        );
        let plain: String = painted.replace("\u{1b}[31m", "").replace("\u{1b}[0m", "");
        assert_eq!(plain, table(&["STATUS", "X"], &rows, true));
    }
}
