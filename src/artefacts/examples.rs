//! The example plans built into the binary: the files in `examples/`, for
//! `plan example` to write into the plan folder and for the command line to
//! name (help, completions, the error for an unknown name).
//!
//! This table is the one list of them; a test keeps it in step with the folder.

/// One built-in example plan.
#[derive(Debug)]
pub struct Example {
    /// Its name: the file's stem, and the plan name it is written as.
    pub name: &'static str,
    /// The plan file exactly as shipped, comments included.
    pub text: &'static str,
}

/// Every built-in example; the first is the one `plan example` writes
/// without a name.
pub const BUILTIN: &[Example] = &[
    Example {
        name: "missed-deadlines",
        text: include_str!("../../examples/missed-deadlines.toml"),
    },
    Example {
        name: "meeting-behaviour",
        text: include_str!("../../examples/meeting-behaviour.toml"),
    },
    Example {
        name: "performance-escalation",
        text: include_str!("../../examples/performance-escalation.toml"),
    },
];

/// The example written when none is named.
pub const DEFAULT: &str = BUILTIN[0].name;

/// How each example's first line begins; the rest of the line says what it is.
const ABOUT_PREFIX: &str = "# A complete example plan: ";

impl Example {
    /// One line on what the conversation is about, from the file's first
    /// comment line ("a team member has missed three deadlines in a row").
    pub fn about(&self) -> &'static str {
        let first = self.text.lines().next().unwrap_or_default();
        first
            .strip_prefix(ABOUT_PREFIX)
            .unwrap_or(first.trim_start_matches('#'))
            .trim()
            .trim_end_matches('.')
    }
}

/// The built-in example of a name.
pub fn find(name: &str) -> Option<&'static Example> {
    BUILTIN.iter().find(|e| e.name == name)
}

/// The names, comma-separated, for messages.
pub fn names() -> String {
    BUILTIN
        .iter()
        .map(|e| e.name)
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_holds_every_file_in_examples_and_only_those() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
        let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .filter_map(|e| {
                let path = e.unwrap().path();
                (path.extension()? == "toml")
                    .then(|| path.file_stem()?.to_str().map(String::from))?
            })
            .collect();
        on_disk.sort();
        let mut built_in: Vec<String> = BUILTIN.iter().map(|e| e.name.to_string()).collect();
        built_in.sort();
        assert_eq!(built_in, on_disk);
        for example in BUILTIN {
            let file = std::fs::read_to_string(dir.join(format!("{}.toml", example.name)));
            assert_eq!(example.text, file.unwrap(), "{}", example.name);
        }
    }

    #[test]
    fn each_example_says_in_its_first_line_what_it_is() {
        for example in BUILTIN {
            assert!(
                example.text.starts_with(ABOUT_PREFIX),
                "{} does not start with {ABOUT_PREFIX:?}",
                example.name
            );
            let about = example.about();
            assert!(about.len() > 10 && !about.contains('\n'), "{about:?}");
        }
        assert_eq!(
            find("missed-deadlines").unwrap().about(),
            "a team member has missed three deadlines in a row"
        );
        assert_eq!(DEFAULT, "missed-deadlines");
        assert!(find("nope").is_none());
    }
}
