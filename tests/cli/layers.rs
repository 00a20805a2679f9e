//! The layers of `src/` run one way: a module may use the modules of its
//! own layer and the layers below it, never one above, and no two files
//! use each other. The order is the one ARCHITECTURE.md draws; this test
//! reads every `crate::`, `super::` and `$crate::` path in `src/` and fails
//! on one that runs against it, naming the file and the line.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// The layers, lowest first: each entry is a top-level module of the
/// library (a file or a folder of `src/`).
const LAYERS: &[&[&str]] = &[
    &["error", "stdio"],
    &["dates"],
    &["questions"],
    &["planfile"],
    &["check"],
    &["artefacts"],
    &["ask"],
    &["cli", "cmd"],
    &["lib", "main"],
];

/// Where the command line may be known: clap and `crate::cli` stop here.
const COMMAND_LINE: &[&str] = &["cli", "cmd", "lib", "main"];

fn layer_of(top: &str) -> Option<usize> {
    LAYERS.iter().position(|layer| layer.contains(&top))
}

/// The module path of a file: `src/planfile/load.rs` is `planfile::load`,
/// `src/planfile/mod.rs` is `planfile`, `src/lib.rs` is `lib`.
fn module_of(file: &Path, src: &Path) -> Vec<String> {
    let rel = file.strip_prefix(src).unwrap().with_extension("");
    let mut parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

/// Every `.rs` file under `dir`.
fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code of a line without its comment (`//` outside a string) and
/// without string literals, so prose and messages are not read as paths.
fn code_of(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars().peekable();
    let mut in_string = false;
    while let Some(c) = chars.next() {
        match c {
            '\\' if in_string => {
                chars.next();
            }
            '"' => in_string = !in_string,
            '/' if !in_string && chars.peek() == Some(&'/') => break,
            c if !in_string => out.push(c),
            _ => {}
        }
    }
    out
}

/// The modules a path names, from where it starts: `crate::a::b` names
/// `a::b`; `crate::{a, b::c}` names `a` and `b::c`; `super::x` names the
/// parent's `x`. Only the first two segments are kept: enough to know the
/// file.
fn targets(code: &str, module: &[String]) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    let text = code;
    for start in ["crate::", "super::"] {
        let mut from = 0;
        while let Some(i) = text[from..].find(start).map(|i| i + from) {
            from = i + start.len();
            let before = text[..i].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            // `super::x` is a sibling of the file's own module (a `mod.rs`
            // is its folder, whose `super` is the folder's parent).
            let mut base: Vec<String> = if start == "crate::" {
                Vec::new()
            } else {
                module[..module.len().saturating_sub(1)].to_vec()
            };
            let mut rest = &text[from..];
            while let Some(r) = rest.strip_prefix("super::") {
                base.pop();
                rest = r;
            }
            for path in paths_in(rest) {
                let mut full = base.clone();
                full.extend(path);
                if !full.is_empty() {
                    found.push(full.into_iter().take(2).collect());
                }
            }
        }
    }
    found
}

/// The paths at the start of `rest`: `a::b::c` gives one, `{a, b::c}`
/// gives each, to two segments.
fn paths_in(rest: &str) -> Vec<Vec<String>> {
    let ident = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    if let Some(group) = rest.strip_prefix('{') {
        let inner = group.split('}').next().unwrap_or("");
        return inner
            .split(',')
            .map(str::trim)
            .filter(|p| !p.is_empty() && *p != "self")
            .map(|p| {
                p.split("::")
                    .map(ident)
                    .filter(|s| !s.is_empty())
                    .take(2)
                    .collect()
            })
            .collect();
    }
    let mut segs = Vec::new();
    let mut r = rest;
    loop {
        let id = ident(r);
        if id.is_empty() {
            break;
        }
        r = &r[id.len()..];
        segs.push(id);
        match r.strip_prefix("::") {
            Some(next) if !next.starts_with('{') => r = next,
            Some(next) => {
                // `crate::a::{b, c}`: the group is inside `a`.
                let mut out = Vec::new();
                for p in paths_in(next) {
                    let mut full = segs.clone();
                    full.extend(p);
                    out.push(full.into_iter().take(2).collect());
                }
                return out;
            }
            None => break,
        }
    }
    vec![segs]
}

struct Violation(String);

#[test]
fn every_import_runs_down_the_layers_and_no_two_files_use_each_other() {
    let src = crate::root().join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    let mut problems: Vec<Violation> = Vec::new();
    // File-level uses, to find two files that use each other.
    let mut uses: BTreeMap<Vec<String>, BTreeSet<Vec<String>>> = BTreeMap::new();
    let modules: BTreeSet<Vec<String>> = files.iter().map(|f| module_of(f, &src)).collect();
    let file_of = |path: &[String]| -> Vec<String> {
        // The longest known module the path starts with.
        (1..=path.len())
            .rev()
            .map(|n| path[..n].to_vec())
            .find(|m| modules.contains(m))
            .unwrap_or_else(|| path[..1].to_vec())
    };
    for file in &files {
        let module = module_of(file, &src);
        let top = module[0].clone();
        let Some(own) = layer_of(&top) else {
            problems.push(Violation(format!(
                "{}: `{top}` is in no layer of tests/cli/layers.rs",
                file.display()
            )));
            continue;
        };
        let text = fs::read_to_string(file).unwrap();
        let mut in_tests = false;
        for (n, line) in text.lines().enumerate() {
            // Unit tests may reach anywhere: they are not the layers.
            if line.starts_with("#[cfg(test)]") {
                in_tests = true;
            }
            if in_tests {
                break;
            }
            let code = code_of(line).replace("$crate::", "crate::");
            let place = format!(
                "{}:{}",
                file.strip_prefix(crate::root()).unwrap().display(),
                n + 1
            );
            if !COMMAND_LINE.contains(&top.as_str())
                && (code.contains("clap::") || code.contains("clap ::"))
            {
                problems.push(Violation(format!(
                    "{place}: clap below cmd/: {}",
                    line.trim()
                )));
            }
            for target in targets(&code, &module) {
                let Some(their) = layer_of(&target[0]) else {
                    continue;
                };
                if their > own {
                    problems.push(Violation(format!(
                        "{place}: `{}` (layer {own}) uses `{}` (layer {their}): {}",
                        module.join("::"),
                        target.join("::"),
                        line.trim()
                    )));
                }
                let to = file_of(&target);
                if to != module && !module.starts_with(&to) {
                    uses.entry(module.clone()).or_default().insert(to);
                }
            }
        }
    }
    for (a, used) in &uses {
        for b in used {
            if a < b && uses.get(b).is_some_and(|u| u.contains(a)) {
                problems.push(Violation(format!(
                    "`{}` and `{}` use each other",
                    a.join("::"),
                    b.join("::")
                )));
            }
        }
    }
    let report: Vec<String> = problems.into_iter().map(|v| v.0).collect();
    assert!(
        report.is_empty(),
        "{} import(s) against the layers:\n{}",
        report.len(),
        report.join("\n")
    );
}
