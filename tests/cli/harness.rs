//! The one way these tests set up a folder and run `plan` in it, in the
//! spirit of just's `Test` and ripgrep's `TestCommand`: a [`Test`] owns a
//! temporary folder and the files put in it; [`Test::plan`] gives a [`Run`]
//! of `plan` there (pinned as [`crate::pinned`] says), which takes more
//! arguments, variables and stdin, the files it must leave as they were,
//! and ends in a [`Done`] checked for its exit code and output, or in a
//! [`Terminal`] driven as a person would.
//!
//! ```ignore
//! let t = Test::new();
//! let p = t.example("missed-deadlines", "p.toml");
//! let err = t.plan(["render", "p.toml", "-o", "p.toml"]).keeps(&p).fails(2).stderr;
//! t.plan(["render", "p.toml"]).today("2026-12-07").succeeds().stdout_has("# ");
//! ```

pub mod terminal;

pub use terminal::Terminal;

use std::ffi::{OsStr, OsString};
use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// A temporary folder that `plan` runs in, with its plans folder (PLAN_DIR)
/// at `plans`; removed when the test ends.
pub struct Test {
    dir: tempfile::TempDir,
}

impl Test {
    pub fn new() -> Test {
        Test {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    /// A new folder holding the example plan `name` as `to`.
    pub fn with_example(name: &str, to: impl AsRef<Path>) -> Test {
        let t = Test::new();
        t.example(name, to);
        t
    }

    /// The folder.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// `rel` in the folder (an absolute path is taken as it is).
    pub fn join(&self, rel: impl AsRef<Path>) -> PathBuf {
        self.dir.path().join(rel)
    }

    /// `bytes` written to `to`, its folders made first; its path.
    #[track_caller]
    pub fn write(&self, to: impl AsRef<Path>, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.join(to);
        if let Some(folder) = path.parent() {
            fs::create_dir_all(folder).unwrap();
        }
        fs::write(&path, bytes).unwrap_or_else(|e| panic!("writing {}: {e}", path.display()));
        path
    }

    /// The example plan `name` (`examples/NAME.toml`), copied to `to`.
    pub fn example(&self, name: &str, to: impl AsRef<Path>) -> PathBuf {
        self.write(to, example_text(name))
    }

    /// The fixture `name` of `area` (`tests/fixtures/AREA/NAME`), copied to `to`.
    pub fn fixture(&self, area: &str, name: &str, to: impl AsRef<Path>) -> PathBuf {
        self.write(to, fs::read(crate::fixture(area, name)).unwrap())
    }

    /// An executable shell script at `name`: `#!/bin/sh`, then `body`.
    pub fn script(&self, name: impl AsRef<Path>, body: &str) -> PathBuf {
        use std::os::unix::fs::PermissionsExt;
        let path = self.write(name, format!("#!/bin/sh\n{body}\n"));
        fs::set_permissions(&path, fs::Permissions::from_mode(0o755)).unwrap();
        path
    }

    /// The text of a file.
    #[track_caller]
    pub fn read(&self, rel: impl AsRef<Path>) -> String {
        let path = self.join(rel);
        fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
    }

    /// The bytes of a file.
    #[track_caller]
    pub fn bytes(&self, rel: impl AsRef<Path>) -> Vec<u8> {
        let path = self.join(rel);
        fs::read(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
    }

    /// A file read as TOML.
    #[track_caller]
    pub fn toml(&self, rel: impl AsRef<Path>) -> toml::Value {
        toml::from_str(&self.read(rel)).unwrap()
    }

    /// Whether a file or folder is there.
    pub fn exists(&self, rel: impl AsRef<Path>) -> bool {
        self.join(rel).exists()
    }

    /// The names in a folder, sorted.
    #[track_caller]
    pub fn names(&self, rel: impl AsRef<Path>) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(self.join(rel))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    /// `plan ARGS`, to be run in the folder.
    pub fn plan<I>(&self, args: I) -> Run
    where
        I: IntoIterator,
        I::Item: AsRef<OsStr>,
    {
        Run {
            dir: self.path().to_path_buf(),
            args: args.into_iter().map(|a| a.as_ref().to_owned()).collect(),
            env: Vec::new(),
            stdin: Vec::new(),
            full: None,
            kept: Vec::new(),
        }
    }
}

/// The text of the example plan `name` (`examples/NAME.toml`).
pub fn example_text(name: &str) -> String {
    fs::read_to_string(crate::root().join(format!("examples/{name}.toml"))).unwrap()
}

/// `plan` with its arguments and what the test expects of it.
#[must_use = "a Run does nothing until it is run"]
pub struct Run {
    dir: PathBuf,
    args: Vec<OsString>,
    env: Vec<(OsString, Option<OsString>)>,
    stdin: Vec<u8>,
    full: Option<Full>,
    kept: Vec<(PathBuf, Option<Vec<u8>>)>,
}

/// Which of its streams `plan` writes to `/dev/full`, where every write
/// fails for want of space.
#[derive(Debug, Clone, Copy)]
pub enum Full {
    Stderr,
    Stdout,
    Both,
}

impl Full {
    pub const ALL: [Full; 3] = [Full::Stderr, Full::Stdout, Full::Both];

    fn stdout(self) -> bool {
        matches!(self, Full::Stdout | Full::Both)
    }

    fn stderr(self) -> bool {
        matches!(self, Full::Stderr | Full::Both)
    }
}

fn dev_full() -> std::process::Stdio {
    fs::File::options()
        .write(true)
        .open("/dev/full")
        .unwrap()
        .into()
}

impl Run {
    pub fn arg(mut self, arg: impl AsRef<OsStr>) -> Run {
        self.args.push(arg.as_ref().to_owned());
        self
    }

    pub fn args<I>(mut self, args: I) -> Run
    where
        I: IntoIterator,
        I::Item: AsRef<OsStr>,
    {
        self.args
            .extend(args.into_iter().map(|a| a.as_ref().to_owned()));
        self
    }

    pub fn env(mut self, key: impl AsRef<OsStr>, value: impl AsRef<OsStr>) -> Run {
        let value = Some(value.as_ref().to_owned());
        self.env.push((key.as_ref().to_owned(), value));
        self
    }

    /// Another today than [`crate::TODAY`] (`PLAN_TODAY`).
    pub fn today(self, day: &str) -> Run {
        self.env("PLAN_TODAY", day)
    }

    /// Another time zone than [`crate::TZ`].
    pub fn tz(self, zone: &str) -> Run {
        self.env("TZ", zone)
    }

    /// `$EDITOR`.
    pub fn editor(self, editor: impl AsRef<OsStr>) -> Run {
        self.env("EDITOR", editor)
    }

    /// What stdin holds (nothing by default).
    pub fn stdin(mut self, text: impl AsRef<[u8]>) -> Run {
        self.stdin = text.as_ref().to_vec();
        self
    }

    /// `full` on `/dev/full`; what goes there reads as empty in [`Done`].
    pub fn full(mut self, full: Full) -> Run {
        self.full = Some(full);
        self
    }

    /// `file` must be byte for byte what it is now once `plan` has run (or
    /// still not be there): checked by every way of running but
    /// [`Run::terminal`].
    pub fn keeps(mut self, file: impl AsRef<Path>) -> Run {
        let path = self.dir.join(file);
        let now = fs::read(&path).ok();
        self.kept.push((path, now));
        self
    }

    /// The command, as it would run.
    pub fn command(&self) -> std::process::Command {
        let mut command = crate::plan_command(&self.dir);
        command.args(&self.args);
        self.set_env(&mut command);
        command
    }

    /// The variables this run sets or removes, over those [`crate::pinned`] sets.
    fn set_env(&self, command: &mut std::process::Command) {
        for (key, value) in &self.env {
            match value {
                Some(value) => command.env(key, value),
                None => command.env_remove(key),
            };
        }
    }

    /// `plan ARGS`, as a person would read it.
    fn shown(&self) -> String {
        let words: Vec<String> = self
            .args
            .iter()
            .map(|a| a.to_string_lossy().into_owned())
            .collect();
        let full = match self.full {
            Some(full) => format!(" with {full:?} on /dev/full"),
            None => String::new(),
        };
        format!("`plan {}`{full}", words.join(" "))
    }

    /// Run it with a stream on `/dev/full`: assert_cmd captures both, so
    /// `timeout` keeps the time limit.
    fn output_full(&self, full: Full) -> std::process::Output {
        assert!(self.stdin.is_empty(), "no stdin with a full stream");
        let mut command = std::process::Command::new("timeout");
        crate::pinned(&mut command, &self.dir)
            .arg("20")
            .arg(env!("CARGO_BIN_EXE_plan"))
            .args(&self.args)
            .stdin(std::process::Stdio::null());
        self.set_env(&mut command);
        if full.stdout() {
            command.stdout(dev_full());
        }
        if full.stderr() {
            command.stderr(dev_full());
        }
        command.output().unwrap()
    }

    /// Run it to its end (20 seconds at most), whatever its exit code.
    #[track_caller]
    pub fn output(self) -> Done {
        let out = match self.full {
            Some(full) => self.output_full(full),
            None => assert_cmd::Command::from_std(self.command())
                .timeout(Duration::from_secs(20))
                .write_stdin(self.stdin.clone())
                .output()
                .unwrap(),
        };
        let what = self.shown();
        let text = |bytes: Vec<u8>, stream: &str| {
            String::from_utf8(bytes)
                .unwrap_or_else(|e| panic!("{what}: {stream} is not UTF-8: {e}"))
        };
        let done = Done {
            code: out.status.code(),
            stdout: text(out.stdout, "stdout"),
            stderr: text(out.stderr, "stderr"),
            what: what.clone(),
        };
        for (path, before) in &self.kept {
            let after = fs::read(path).ok();
            if after != *before {
                let size = |b: &Option<Vec<u8>>| b.as_ref().map(Vec::len);
                panic!(
                    "{what} changed {} (bytes before {:?}, after {:?})\n{}",
                    path.display(),
                    size(before),
                    size(&after),
                    done.described()
                );
            }
        }
        done
    }

    /// Run it, expecting exit `code`.
    #[track_caller]
    pub fn code(self, code: i32) -> Done {
        let done = self.output();
        assert_eq!(done.code, Some(code), "exit code of {}", done.described());
        done
    }

    /// Run it, expecting success.
    #[track_caller]
    pub fn succeeds(self) -> Done {
        self.code(0)
    }

    /// Run it, expecting it to fail with exit `code`, nothing on stdout, and
    /// a message on stderr that is plain text: no control character but
    /// newline and tab (no ESC, CR, NUL, backspace or C1 control).
    #[track_caller]
    pub fn fails(self, code: i32) -> Done {
        assert_ne!(code, 0, "a failure exits with another code than 0");
        self.code(code).no_stdout().plain_stderr()
    }

    /// Start it in a pseudo-terminal, as a person at a terminal would.
    pub fn terminal(self) -> Terminal {
        assert!(
            self.kept.is_empty(),
            "a terminal run does not check kept files"
        );
        let mut command = self.command();
        command.env("TERM", "xterm");
        Terminal::spawn(command)
    }
}

/// What a run of `plan` gave.
#[derive(Debug)]
pub struct Done {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
    what: String,
}

impl Done {
    /// The run, its exit code and both streams, for a failure message.
    pub fn described(&self) -> String {
        format!(
            "{} exited {:?}\n--- stdout\n{}\n--- stderr\n{}",
            self.what, self.code, self.stdout, self.stderr
        )
    }

    /// stdout, then stderr.
    pub fn both(&self) -> String {
        format!("{}{}", self.stdout, self.stderr)
    }

    /// Whether `stream` (stdout or stderr) holds `text` as `wanted`.
    #[track_caller]
    fn holds(self, stream: &str, text: &str, wanted: bool) -> Done {
        let shown = if stream == "stdout" {
            &self.stdout
        } else {
            &self.stderr
        };
        let not = if wanted { "not " } else { "" };
        assert!(
            shown.contains(text) == wanted,
            "{text:?} is {not}on {stream} of {}",
            self.described()
        );
        self
    }

    #[track_caller]
    pub fn stdout_has(self, text: impl AsRef<str>) -> Done {
        self.holds("stdout", text.as_ref(), true)
    }

    #[track_caller]
    pub fn stderr_has(self, text: impl AsRef<str>) -> Done {
        self.holds("stderr", text.as_ref(), true)
    }

    #[track_caller]
    pub fn stdout_lacks(self, text: impl AsRef<str>) -> Done {
        self.holds("stdout", text.as_ref(), false)
    }

    #[track_caller]
    pub fn stderr_lacks(self, text: impl AsRef<str>) -> Done {
        self.holds("stderr", text.as_ref(), false)
    }

    #[track_caller]
    pub fn stdout_is(self, text: impl AsRef<str>) -> Done {
        assert_eq!(self.stdout, text.as_ref(), "stdout of {}", self.described());
        self
    }

    #[track_caller]
    pub fn stderr_is(self, text: impl AsRef<str>) -> Done {
        assert_eq!(self.stderr, text.as_ref(), "stderr of {}", self.described());
        self
    }

    /// Nothing on stdout.
    #[track_caller]
    pub fn no_stdout(self) -> Done {
        assert!(self.stdout.is_empty(), "stdout of {}", self.described());
        self
    }

    /// stderr holds no control character but newline and tab.
    #[track_caller]
    pub fn plain_stderr(self) -> Done {
        assert!(
            !self
                .stderr
                .chars()
                .any(|c| c.is_control() && c != '\n' && c != '\t'),
            "raw control character on stderr: {:?} of {}",
            self.stderr,
            self.what
        );
        self
    }
}
