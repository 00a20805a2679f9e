//! Hostile files and folders (issue 8): `-o` aimed at a plan, special files,
//! leftovers, oversized plans, locks, umasks and odd names. Every command that
//! fails here must leave the plan byte for byte as it was.

use crate::harness::{Test, example_text};
use crate::mode;
use std::fs;
use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::Command as Process;
use std::time::{Duration, SystemTime};

/// The missed-deadlines example as `name`, set back to `ready`, so `plan
/// summary` would write it.
fn ready(t: &Test, name: &str) -> PathBuf {
    let text =
        example_text("missed-deadlines").replace("status = \"followed-up\"", "status = \"ready\"");
    t.write(name, text)
}

fn mkfifo(path: &Path) {
    let ok = Process::new("mkfifo").arg(path).status().unwrap().success();
    assert!(ok, "mkfifo {}", path.display());
}

#[test]
fn output_onto_the_plan_itself_is_refused_however_it_is_spelled() {
    let t = Test::new();
    let d = t.path();
    t.example("missed-deadlines", "p.toml");
    fs::create_dir(d.join("sub")).unwrap();
    std::os::unix::fs::symlink(d.join("p.toml"), d.join("link.md")).unwrap();
    fs::hard_link(d.join("p.toml"), d.join("hard.md")).unwrap();
    for target in ["p.toml", "./p.toml", "sub/../p.toml", "link.md", "hard.md"] {
        for command in [
            vec!["render", "p.toml", "-o", target],
            vec!["summary", "p.toml", "-o", target],
            vec!["invite", "p.toml", "-o", target],
        ] {
            // Naming a plan as the output is a misuse of -o: exit 2.
            let err = t.plan(&command).keeps("p.toml").fails(2).stderr;
            assert!(
                err.contains(&format!("{target} is the plan itself")),
                "{command:?}: {err}"
            );
            assert!(!err.contains("Wrote"), "{err}");
        }
    }
    // A summary that would record the outcome refuses before writing anything.
    let r = ready(&t, "r.toml");
    let err = t
        .plan(["summary", "r.toml", "--no-input", "-o", "r.toml"])
        .keeps(&r)
        .fails(2)
        .stderr;
    assert!(err.contains("r.toml is the plan itself"), "{err}");
}

#[test]
fn output_onto_another_plan_is_refused() {
    let t = Test::new();
    t.example("missed-deadlines", "p.toml");
    let other = t.example("missed-deadlines", "other.toml");
    for command in ["render", "summary", "invite"] {
        let err = t
            .plan([command, "p.toml", "-o", "other.toml"])
            .keeps(&other)
            .fails(2)
            .stderr;
        assert!(err.contains("other.toml is a plan file"), "{err}");
    }
    // The hint suggests a name that fits the command.
    let err = t
        .plan(["invite", "p.toml", "-o", "other.toml"])
        .keeps(&other)
        .fails(2)
        .stderr;
    assert!(
        err.contains("invite.ics") && !err.contains("brief.md"),
        "{err}"
    );
}

#[test]
fn output_names_must_fit_what_is_written() {
    let t = Test::new();
    let d = t.path();
    let p = t.example("missed-deadlines", "p.toml");
    let r = ready(&t, "r.toml");
    fs::create_dir(d.join("plans")).unwrap();
    // A .toml name is for plans, whatever the artefact and --format.
    for args in [
        vec!["render", "p.toml", "-o", "plans/R.toml"],
        vec!["render", "p.toml", "--format", "md", "-o", "R.TOML"],
        vec!["invite", "p.toml", "-o", "plans/z.toml"],
    ] {
        let err = t.plan(&args).keeps(&p).fails(2).stderr;
        assert!(err.contains(".toml"), "{args:?}: {err}");
    }
    let err = t
        .plan(["summary", "r.toml", "--no-input", "-o", "z.toml"])
        .keeps(&r)
        .fails(2)
        .stderr;
    assert!(err.contains("follow-up.md"), "{err}");
    assert!(!d.join("plans/R.toml").exists() && !d.join("z.toml").exists());
    // An extension that is not the format's is refused, naming the formats.
    let err = t
        .plan(["render", "p.toml", "-o", "x.pdf"])
        .keeps(&p)
        .fails(2)
        .stderr;
    assert!(err.contains(".pdf") && err.contains("html"), "{err}");
    let err = t
        .plan(["summary", "r.toml", "--no-input", "-o", "z.ics"])
        .keeps(&r)
        .fails(2)
        .stderr;
    assert!(err.contains(".ics") && err.contains("--format"), "{err}");
    let err = t
        .plan(["invite", "p.toml", "-o", "brief.md"])
        .keeps(&p)
        .fails(2)
        .stderr;
    assert!(err.contains(".ics"), "{err}");
    assert!(!d.join("x.pdf").exists() && !d.join("z.ics").exists());
    // --format says what to write, whatever the name.
    t.plan(["render", "p.toml", "--format", "html", "-o", "x.pdf"])
        .succeeds();
    assert!(
        fs::read_to_string(d.join("x.pdf"))
            .unwrap()
            .contains("<html")
    );
    // The format's own names, and a name without an extension, are fine.
    for name in ["b.markdown", "b.htm", "brief"] {
        t.plan(["render", "p.toml", "-o", name]).succeeds();
    }
    t.plan(["invite", "p.toml", "-o", "i.ics"]).succeeds();
}

#[test]
fn output_replaces_an_ordinary_file_atomically_and_privately() {
    let t = Test::new();
    let d = t.path();
    t.example("missed-deadlines", "p.toml");
    let out = d.join("brief.md");
    fs::write(&out, "old notes, not a plan\n").unwrap();
    fs::set_permissions(&out, fs::Permissions::from_mode(0o644)).unwrap();
    let inode = fs::metadata(&out).unwrap().ino();
    t.plan(["render", "p.toml", "-o", "brief.md"])
        .succeeds()
        .no_stdout()
        .stderr_has("Wrote brief.md");
    assert!(fs::read_to_string(&out).unwrap().starts_with("# "));
    assert_ne!(fs::metadata(&out).unwrap().ino(), inode, "not renamed over");
    assert_eq!(mode(&out), 0o600);
    let names: Vec<_> = fs::read_dir(d).unwrap().collect();
    assert_eq!(names.len(), 2, "a temporary file was left");
    // A read-only file is not replaced.
    fs::set_permissions(&out, fs::Permissions::from_mode(0o444)).unwrap();
    let err = t
        .plan(["render", "p.toml", "-o", "brief.md"])
        .keeps(&out)
        .fails(1)
        .stderr;
    assert!(err.contains("brief.md is read-only"), "{err}");
}

#[test]
fn output_into_special_files_writes_into_them() {
    let t = Test::new();
    let d = t.path();
    t.example("missed-deadlines", "p.toml");
    let printed = t.plan(["render", "p.toml"]).succeeds().stdout;
    assert!(!printed.is_empty());

    // `-` is stdout.
    t.plan(["render", "p.toml", "-o", "-"])
        .succeeds()
        .stdout_is(&printed);
    assert!(!d.join("-").exists());

    // A device stays a device.
    t.plan(["invite", "p.toml", "-o", "/dev/null"]).succeeds();
    t.plan(["render", "p.toml", "-o", "/dev/null"]).succeeds();
    let null = fs::metadata("/dev/null").unwrap();
    assert!(null.file_type().is_char_device());
    assert_eq!(null.permissions().mode() & 0o777, 0o666);

    // A named pipe is written into, for whoever reads it.
    let fifo = d.join("pipe.md");
    mkfifo(&fifo);
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || fs::read(fifo).unwrap())
    };
    t.plan(["render", "p.toml", "-o", "pipe.md"])
        .succeeds()
        .no_stdout();
    assert_eq!(reader.join().unwrap(), printed.as_bytes());
    assert!(fs::metadata(&fifo).unwrap().file_type().is_fifo());
}

#[test]
fn a_failed_summary_leaves_the_plan_as_it_was() {
    let t = Test::new();
    let d = t.path();
    let r = ready(&t, "r.toml");
    fs::create_dir(d.join("folder")).unwrap();
    let broken = d.join("broken");
    fs::create_dir(&broken).unwrap();
    fs::write(broken.join("followup.md"), "Hello {{ nosuchvar }}\n").unwrap();
    for args in [
        vec!["summary", "r.toml", "--no-input", "-o", "nodir/f.md"],
        vec!["summary", "r.toml", "--no-input", "-o", "folder"],
        vec!["summary", "r.toml", "--no-input", "--templates", "broken"],
        vec![
            "summary",
            "r.toml",
            "--no-input",
            "--templates",
            "broken",
            "-o",
            "f.md",
        ],
    ] {
        let err = t.plan(&args).keeps(&r).fails(1).stderr;
        assert!(!err.contains("Outcome saved"), "{args:?}: {err}");
    }
    assert!(!d.join("f.md").exists());
    assert!(!d.join("nodir").exists());
}

#[test]
fn a_bad_value_on_resume_leaves_the_plan_as_it_was() {
    let t = Test::new();
    let d = t.path();
    t.plan(["new", "p.toml", "--no-input", "--set", "meeting.with=Sam"])
        .succeeds();
    let p = d.join("p.toml");
    for bad in [
        "meeting.when=next week",
        "meeting.duration_minutes=forty",
        "meeting.nosuch=1",
    ] {
        t.plan(["new", "p.toml", "--resume", "--no-input", "--set", bad])
            .keeps(&p)
            .fails(2);
    }
}

#[test]
fn a_plan_too_large_to_read_back_is_not_written() {
    let t = Test::new();
    let d = t.path();
    t.plan(["new", "p.toml", "--no-input", "--set", "meeting.with=Sam"])
        .succeeds();
    let p = d.join("p.toml");
    // Each answer is under the per-answer limit; together they pass the file cap.
    let long: Vec<String> = (0..17)
        .map(|i| format!("explore.questions={}{}", i % 10, "x".repeat(65_000)))
        .collect();
    let mut args = vec!["new", "p.toml", "--resume", "--no-input"];
    for set in &long {
        args.extend(["--set", set.as_str()]);
    }
    let err = t.plan(&args).keeps(&p).fails(1).stderr;
    assert!(err.contains("not saved"), "{err}");
    assert!(err.contains("`explore.questions["), "{err}");
    assert!(err.contains("shorten"), "{err}");
    // The plan is still readable.
    t.plan(["render", "p.toml"]).succeeds();
}

#[test]
fn lists_are_capped_on_load_and_on_set() {
    let t = Test::new();
    let d = t.path();
    let entries: Vec<String> = (0..1001).map(|i| format!("\"q{i}\"")).collect();
    let text = format!(
        "schema = 1\nstatus = \"draft\"\n\n[explore]\nquestions = [{}]\n",
        entries.join(", ")
    );
    let p = d.join("big.toml");
    fs::write(&p, &text).unwrap();
    let err = t.plan(["render", "big.toml"]).keeps(&p).fails(1).stderr;
    assert!(
        err.contains("`explore.questions`") && err.contains("at most 1000 entries"),
        "{err}"
    );

    let sets: Vec<String> = (0..1001)
        .map(|i| format!("explore.questions=q{i}"))
        .collect();
    let mut args = vec!["new", "s.toml", "--no-input"];
    for set in &sets {
        args.extend(["--set", set.as_str()]);
    }
    let out = t.plan(&args).code(2);
    assert!(out.stderr.contains("at most 1000 entries"));
    assert!(!d.join("s.toml").exists());
}

#[test]
fn old_leftover_copies_are_removed_on_the_next_write() {
    let t = Test::new();
    let d = t.path();
    let hour_ago = SystemTime::now() - Duration::from_secs(3600);
    let make = |name: &str, old: bool| {
        let path = d.join(name);
        let f = fs::File::create(&path).unwrap();
        if old {
            f.set_modified(hour_ago).unwrap();
        }
        path
    };
    let old_tmp = make(".plan-AbC123.tmp", true);
    let old_answer = make(".plan-answer-x1Y2z3.md", true);
    let fresh_tmp = make(".plan-Def456.tmp", false);
    let not_ours = make(".plan-notes.tmp", true);
    let other = make("notes.md", true);
    t.plan(["new", "p.toml", "--no-input", "--set", "meeting.with=Sam"])
        .succeeds();
    assert!(!old_tmp.exists(), "an old leftover save was kept");
    assert!(!old_answer.exists(), "an old leftover answer was kept");
    assert!(fresh_tmp.exists(), "a save that may be running was removed");
    assert!(
        not_ours.exists() && other.exists(),
        "other files were removed"
    );
}

#[test]
fn named_pipes_are_refused_not_waited_on() {
    let t = Test::new();
    let d = t.path();
    mkfifo(&d.join("f.toml"));
    for command in ["render", "summary", "invite"] {
        let out = t.plan([command, "f.toml"]).code(1);
        assert!(out.stderr.contains("f.toml: is a named pipe"), "{command}");
    }

    mkfifo(&d.join("answers.toml"));
    let out = t
        .plan(["new", "n.toml", "--no-input", "--answers", "answers.toml"])
        .code(1);
    assert!(out.stderr.contains("answers.toml: is a named pipe"));
    assert!(!d.join("n.toml").exists());

    // A pipe where the lock goes would block opening it for writing.
    let r = ready(&t, "r.toml");
    mkfifo(&d.join(".r.toml.lock"));
    let err = t
        .plan(["summary", "r.toml", "--no-input"])
        .keeps(&r)
        .fails(1)
        .stderr;
    assert!(err.contains(".r.toml.lock: is a named pipe"), "{err}");
    let err = t
        .plan([
            "new",
            "r.toml",
            "--resume",
            "--no-input",
            "--set",
            "meeting.with=A",
        ])
        .keeps(&r)
        .fails(1)
        .stderr;
    assert!(err.contains(".r.toml.lock: is a named pipe"), "{err}");
}

#[test]
fn parallel_unnamed_plans_each_get_their_own_file() {
    let t = Test::new();
    let d = t.path();
    let children: Vec<_> = (0..20)
        .map(|_| {
            crate::plan_command(d)
                .args([
                    "new",
                    "--no-input",
                    "--set",
                    "meeting.with=Sam",
                    "--set",
                    "meeting.when=2026-11-28",
                ])
                .stdin(std::process::Stdio::null())
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut paths = std::collections::BTreeSet::new();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        paths.insert(String::from_utf8(out.stdout).unwrap());
    }
    assert_eq!(paths.len(), 20, "{paths:?}");
    let plans = fs::read_dir(d.join("plans"))
        .unwrap()
        .filter(|e| {
            let name = e.as_ref().unwrap().file_name();
            let name = name.to_str().unwrap();
            name.starts_with("sam-2026-11-28") && name.ends_with(".toml")
        })
        .count();
    assert_eq!(plans, 20);
}

/// Run the binary under `umask 000`, with its plans in `plans/nested`.
fn under_umask_000(dir: &Path, args: &[&str]) {
    let mut sh = Process::new("sh");
    let status = crate::pinned(&mut sh, dir)
        .arg("-c")
        .arg("umask 000; exec \"$0\" \"$@\"")
        .arg(env!("CARGO_BIN_EXE_plan"))
        .args(args)
        .env("PLAN_DIR", dir.join("plans/nested"))
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(status.success(), "plan {args:?}");
}

#[test]
fn folders_are_private_whatever_the_umask() {
    let t = Test::new();
    let d = t.path();
    under_umask_000(d, &["templates", "export", "out/templates"]);
    assert_eq!(mode(&d.join("out")), 0o700);
    assert_eq!(mode(&d.join("out/templates")), 0o700);
    assert_eq!(mode(&d.join("out/templates/brief.md")), 0o600);

    under_umask_000(
        d,
        &["new", "sam", "--no-input", "--set", "meeting.with=Sam"],
    );
    assert_eq!(mode(&d.join("plans")), 0o700);
    assert_eq!(mode(&d.join("plans/nested")), 0o700);
    assert_eq!(mode(&d.join("plans/nested/sam.toml")), 0o600);
    // The lock (0600 while held) goes with the command.
    assert!(!d.join("plans/nested/.sam.toml.lock").exists());

    under_umask_000(
        d,
        &[
            "new",
            "--no-input",
            "--set",
            "meeting.with=Ana",
            "--set",
            "meeting.when=2026-11-28",
        ],
    );
    assert_eq!(mode(&d.join("plans/nested/ana-2026-11-28.toml")), 0o600);
}

#[test]
fn a_folder_name_is_refused_before_anything_is_written() {
    let t = Test::new();
    let d = t.path();
    for name in ["x/", "x/.", "sub/x/", ".."] {
        let err = t.plan(["new", name, "--no-input"]).code(2).stderr;
        assert!(
            err.contains("names a folder") || err.contains("not a usable plan name"),
            "{name}: {err}"
        );
        assert_eq!(fs::read_dir(d).unwrap().count(), 0, "{name} left files");
    }
}

#[test]
fn a_name_too_long_for_its_lock_is_refused_clearly() {
    let t = Test::new();
    let d = t.path();
    // The lock file (`.NAME.toml.lock`) is 7 bytes longer than the plan file;
    // both must fit in 255 bytes.
    for len in [245, 250] {
        let name = "n".repeat(len);
        let path = format!("{name}.toml");
        for arg in [name.as_str(), path.as_str()] {
            let err = t.plan(["new", arg, "--no-input"]).code(2).stderr;
            assert!(err.contains("the name is too long"), "{err}");
            assert!(!err.contains("os error"), "{err}");
            assert_eq!(fs::read_dir(d).unwrap().count(), 0, "{len} left files");
        }
    }
    // The longest names that fit still work.
    let name = format!("{}.toml", "n".repeat(249 - 5));
    for arg in [&name, &"m".repeat(244)] {
        t.plan(["new", arg, "--no-input"]).succeeds();
    }
}

#[test]
fn a_read_only_plan_is_not_replaced_without_force() {
    let t = Test::new();
    let r = ready(&t, "r.toml");
    fs::set_permissions(&r, fs::Permissions::from_mode(0o444)).unwrap();
    let err = t
        .plan(["summary", "r.toml", "--no-input"])
        .keeps(&r)
        .fails(1)
        .stderr;
    assert!(err.contains("r.toml is read-only"), "{err}");
    let err = t
        .plan([
            "new",
            "r.toml",
            "--resume",
            "--no-input",
            "--set",
            "meeting.with=A",
        ])
        .keeps(&r)
        .fails(1)
        .stderr;
    assert!(
        err.contains("r.toml is read-only") && err.contains("--force"),
        "{err}"
    );
    // Reading it is fine.
    t.plan(["render", "r.toml"]).succeeds();
    // --force replaces it, as it says.
    t.plan([
        "new",
        "r.toml",
        "--force",
        "--no-input",
        "--set",
        "meeting.with=A",
    ])
    .succeeds();
    assert_eq!(mode(&r), 0o600);
}

#[test]
fn an_os_error_is_shown_once_without_temporary_names() {
    let t = Test::new();
    let d = t.path();
    let p = t.example("missed-deadlines", "p.toml");
    fs::write(d.join("f.txt"), "x").unwrap();
    for args in [
        vec!["render", "p.toml", "-o", "f.txt/x.md"],
        vec!["new", "f.txt/n.toml", "--no-input"],
    ] {
        let err = t.plan(&args).keeps(&p).fails(1).stderr;
        assert_eq!(err.matches("os error 20").count(), 1, "{err}");
        assert_eq!(err.matches("Not a directory").count(), 1, "{err}");
        assert!(!err.contains(".plan-"), "{err}");
    }
    let err = t
        .plan(["render", "p.toml", "-o", "nodir/x.md"])
        .keeps(&p)
        .fails(1)
        .stderr;
    assert!(
        err.contains("cannot write in nodir: no such folder"),
        "{err}"
    );
}

/// Item 2 of issue 16: a file that looks like a plan is never replaced by
/// `-o`, even when it does not parse: by a `schema` line at the top level, a
/// `[meeting]` table, or a `.toml` name.
#[test]
fn output_onto_a_plan_with_a_syntax_error_is_refused() {
    let t = Test::new();
    let d = t.path();
    let p = t.example("missed-deadlines", "p.toml");
    let text = fs::read_to_string(&p).unwrap();
    // One broken quote: the file no longer parses.
    let broken = text.replace("with = \"Jordan Reyes\"", "with = \"Jordan Reyes");
    assert_ne!(broken, text);
    fs::write(d.join("sam.toml.bak"), &broken).unwrap();
    // A plan cut short, under a document's name.
    fs::write(d.join("cut.md"), &text.as_bytes()[..text.len() / 2]).unwrap();
    // No `schema`, but a `[meeting]` table (and a broken value).
    let meeting = &text[text.find("[meeting]").unwrap()..];
    fs::write(d.join("meeting.txt"), meeting.replace("= 45", "= ")).unwrap();
    // Garbage under a plan's name.
    fs::write(d.join("old.toml"), "not = [toml\n").unwrap();
    for target in ["sam.toml.bak", "cut.md", "meeting.txt", "old.toml"] {
        for command in [
            vec!["render", "p.toml", "-o", target, "--format", "md"],
            vec!["summary", "p.toml", "-o", target, "--format", "md"],
            vec!["invite", "p.toml", "-o", target],
        ] {
            let plan_before = fs::read(&p).unwrap();
            let err = t.plan(&command).keeps(target).fails(2).stderr;
            assert!(
                err.contains(&format!("{target} is a plan file")),
                "{command:?}: {err}"
            );
            assert!(!err.contains("Wrote"), "{err}");
            assert_eq!(fs::read(&p).unwrap(), plan_before, "{command:?}");
        }
    }
    // A file that only mentions a schema is an ordinary file, replaced.
    let notes = d.join("notes.bak");
    fs::write(
        &notes,
        "# Notes\n\nThe schema = 1 line starts a plan.\n[x]\nschema = 2\n",
    )
    .unwrap();
    t.plan(["render", "p.toml", "-o", "notes.bak", "--format", "md"])
        .succeeds();
    assert!(fs::read_to_string(&notes).unwrap().contains("Jordan"));
}

/// An `EDITOR` that runs `script` (sh, stopping at the first error) on the
/// file it is given.
fn editor_script(t: &Test, name: &str, script: &str) -> PathBuf {
    t.script(name, &format!("set -e\n{script}"))
}

/// Item 3 of issue 16: `plan edit --editor` saves nothing that no command
/// could then open. An edit over the size cap is shown as an error and
/// offered again or discarded, like one that does not parse.
#[test]
fn an_edit_too_large_to_read_back_is_not_saved() {
    let t = Test::new();
    let d = t.path();
    let p = t.example("missed-deadlines", "p.toml");
    // An editor that appends 3 MB of comments: discarded.
    let append = editor_script(
        &t,
        "append.sh",
        "yes '# padding padding padding' | head -c 3145728 >> \"$1\"",
    );
    let before = fs::read(&p).unwrap();
    let out = t
        .plan(["edit", "p.toml", "--editor"])
        .editor(&append)
        .stdin("d\n")
        .code(1)
        .no_stdout();
    let err = out.stderr;
    assert_eq!(fs::read(&p).unwrap(), before, "{err}");
    assert!(
        err.contains("plan files are at most 1048576 bytes"),
        "{err}"
    );
    assert!(
        err.contains("Edit it again") && err.contains("discarded"),
        "{err}"
    );
    // An edit just over the cap (1,048,662 bytes), then put right when
    // offered again: only the edit that reads back is saved.
    let count = d.join("count");
    let pad = editor_script(
        &t,
        "pad.sh",
        &format!(
            "n=$(cat '{count}' 2>/dev/null || echo 0); echo $((n+1)) > '{count}'\n\
             if [ $n = 0 ]; then\n\
               gap=$((1048662 - $(wc -c < \"$1\") - 2))\n\
               {{ printf '#'; head -c $gap /dev/zero | tr '\\0' x; printf '\\n'; }} >> \"$1\"\n\
             else\n\
               sed -i -e '/^#xxx/d' -e 's/^with = .*/with = \"Kim\"/' \"$1\"\n\
             fi",
            count = count.display()
        ),
    );
    let out = t
        .plan(["edit", "p.toml", "--editor"])
        .editor(&pad)
        .stdin("e\n")
        .succeeds();
    let err = out.stderr;
    assert!(err.contains("1048662 bytes"), "{err}");
    assert!(err.contains("Edit it again"), "{err}");
    assert_eq!(fs::read_to_string(&count).unwrap().trim(), "2");
    let after = fs::read_to_string(&p).unwrap();
    assert_eq!(
        after,
        String::from_utf8(before)
            .unwrap()
            .replace("with = \"Jordan Reyes\"", "with = \"Kim\"")
    );
    // And every command can open it.
    t.plan(["render", "p.toml"]).succeeds().stdout_has("Kim");
}

/// Item 9 of issue 16: `-o` naming a named pipe that nothing reads fails
/// after a short wait, saying so, instead of waiting for ever; the plan is
/// left as it was (a summary that would record the outcome too). A reader
/// that opens the pipe within the wait gets the artefact.
#[test]
fn output_into_a_named_pipe_nothing_reads_fails_after_a_short_wait() {
    let t = Test::new();
    let d = t.path();
    let p = t.example("missed-deadlines", "p.toml");
    let r = ready(&t, "r.toml");
    mkfifo(&d.join("out.md"));
    mkfifo(&d.join("out.ics"));
    for (plan_file, args) in [
        (&p, vec!["render", "p.toml", "-o", "out.md"]),
        (&p, vec!["summary", "p.toml", "-o", "out.md"]),
        (&p, vec!["invite", "p.toml", "-o", "out.ics"]),
        (&r, vec!["summary", "r.toml", "--no-input", "-o", "out.md"]),
    ] {
        let start = std::time::Instant::now();
        let err = t.plan(&args).keeps(plan_file).fails(1).stderr;
        let name = args[args.len() - 1];
        assert!(
            err.contains(&format!("nothing is reading from {name}")),
            "{args:?}: {err}"
        );
        assert!(!err.contains("Wrote") && !err.contains("saved"), "{err}");
        assert!(start.elapsed() < Duration::from_secs(10), "{args:?} waited");
        assert!(fs::metadata(d.join(name)).unwrap().file_type().is_fifo());
    }
    // A reader that comes along during the wait is written to.
    let reader = Process::new("sh")
        .arg("-c")
        .arg("sleep 0.5; cat out.md")
        .current_dir(d)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    t.plan(["render", "p.toml", "-o", "out.md"])
        .succeeds()
        .stderr_has("Wrote out.md");
    let read = reader.wait_with_output().unwrap().stdout;
    assert!(String::from_utf8(read).unwrap().contains("Jordan Reyes"));
}

/// Item 9 of issue 16: an editor that leaves a named pipe, a link to a
/// device or a folder where the file it was given was is refused at once,
/// never waited on or read without end; the plan is left as it was and the
/// folder holds no copy.
#[test]
fn an_editor_that_leaves_no_file_is_refused_not_waited_on() {
    let t = Test::new();
    let d = t.path();
    let p = t.example("missed-deadlines", "p.toml");
    for (name, script, kind) in [
        ("fifo.sh", "rm \"$1\"; mkfifo \"$1\"", "is a named pipe"),
        (
            "zero.sh",
            "rm \"$1\"; ln -s /dev/zero \"$1\"",
            "is a device",
        ),
        ("folder.sh", "rm \"$1\"; mkdir \"$1\"", "is a folder"),
    ] {
        let editor = editor_script(&t, name, script);
        let err = t
            .plan(["edit", "p.toml", "--editor"])
            .editor(&editor)
            .keeps(&p)
            .fails(1)
            .stderr;
        assert!(
            err.contains(&format!("the file being edited {kind} now"))
                && err.contains("the plan was left unchanged"),
            "{name}: {err}"
        );
        let left: Vec<_> = fs::read_dir(d)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with(".plan-answer-"))
            .collect();
        assert!(left.is_empty(), "{name} left {left:?}");
    }
}

/// Item 9 of issue 16: a named pipe where a file is read (a template in the
/// templates folder, the earlier plan a follow-up names) is refused or
/// reported, never waited on, and never silently passed over.
#[test]
fn named_pipes_where_files_are_read_are_never_waited_on() {
    let t = Test::new();
    let d = t.path();
    let p = t.example("missed-deadlines", "p.toml");
    fs::create_dir(d.join("tpl")).unwrap();
    mkfifo(&d.join("tpl/brief.md"));
    let err = t
        .plan(["render", "p.toml", "--templates", "tpl"])
        .keeps(&p)
        .fails(1)
        .stderr;
    assert!(err.contains("tpl/brief.md: is a named pipe"), "{err}");
    assert!(err.contains("delete it to use the built-in one"), "{err}");
    // The earlier plan of a follow-up: the brief says it cannot be read.
    mkfifo(&d.join("earlier.toml"));
    let text = fs::read_to_string(&p).unwrap();
    fs::write(&p, format!("follows = \"earlier.toml\"\n{text}")).unwrap();
    t.plan(["render", "p.toml"])
        .succeeds()
        .stdout_has("earlier.toml could not be read: ")
        .stdout_has("is a named pipe, not a file");
}

/// Item 11 of issue 16: a write that fails for want of space says the disk
/// is full (not "check its permissions"); the plan is left as it was.
#[test]
fn a_full_disk_says_the_disk_is_full() {
    let t = Test::new();
    let d = t.path();
    let p = t.example("missed-deadlines", "p.toml");
    let r = ready(&t, "r.toml");
    for (plan_file, args) in [
        (&p, vec!["render", "p.toml", "-o", "/dev/full"]),
        (&p, vec!["invite", "p.toml", "-o", "/dev/full"]),
        (
            &r,
            vec!["summary", "r.toml", "--no-input", "-o", "/dev/full"],
        ),
    ] {
        let err = t.plan(&args).keeps(plan_file).fails(1).stderr;
        assert!(
            err.contains("cannot write /dev/full")
                && err.contains("hint: the disk is full; free some space and try again"),
            "{args:?}: {err}"
        );
        assert!(!err.contains("may write"), "{err}");
    }
    // Standard output on a full disk says so too.
    let out = crate::plan_command(d)
        .args(["render", "p.toml"])
        .stdin(std::process::Stdio::null())
        .stdout(fs::File::create("/dev/full").unwrap())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("cannot write to standard output") && err.contains("the disk is full"),
        "{err}"
    );
}

/// Item 11 of issue 16: templates that include themselves, or each other in
/// a circle, are refused at once with the user's file and the line of the
/// include to fix; nothing is written and the plan is left as it was.
#[test]
fn templates_that_include_each_other_name_the_file_and_line() {
    let t = Test::new();
    let d = t.path();
    let p = t.example("missed-deadlines", "p.toml");
    let r = ready(&t, "r.toml");
    let tpl = d.join("tpl");
    fs::create_dir(&tpl).unwrap();
    fs::write(
        tpl.join("brief.md"),
        "# Brief\n\n{% include \"brief.md\" %}\n",
    )
    .unwrap();
    let err = t
        .plan(["render", "p.toml", "--templates", "tpl"])
        .keeps(&p)
        .fails(1)
        .stderr;
    assert!(
        err.contains("tpl/brief.md:3:12: template error: brief.md includes itself"),
        "{err}"
    );
    assert!(err.contains("fix the template"), "{err}");
    // A includes B includes A, in a command that would write the plan.
    fs::write(tpl.join("brief.md"), "{% include \"followup.md\" %}\n").unwrap();
    fs::write(tpl.join("followup.md"), "Hi\n{%- include 'brief.md' %}\n").unwrap();
    for (plan_file, args) in [
        (&p, vec!["render", "p.toml", "--templates", "tpl"]),
        (
            &r,
            vec![
                "summary",
                "r.toml",
                "--no-input",
                "--templates",
                "tpl",
                "-o",
                "f.md",
            ],
        ),
    ] {
        let err = t.plan(&args).keeps(plan_file).fails(1).stderr;
        assert!(err.contains("round in a circle"), "{args:?}: {err}");
        assert!(
            err.contains("tpl/brief.md:1:12: template error: brief.md includes followup.md")
                || err.contains(
                    "tpl/followup.md:2:13: template error: followup.md includes brief.md"
                ),
            "{args:?}: {err}"
        );
    }
    assert!(!d.join("f.md").exists());
}

/// Item 11 of issue 16: once a command ends, the plans folder holds the
/// plans and nothing else: no `.NAME.toml.lock` beside each (the lock goes
/// with the command that held it), and those earlier versions left are
/// removed on the next write.
#[test]
fn the_plans_folder_holds_only_plans_after_every_command() {
    let t = Test::new();
    let d = t.path();
    let plans = d.join("plans");
    fs::create_dir(&plans).unwrap();
    t.example("missed-deadlines", "plans/md.toml");
    let r = ready(&t, "plans/r.toml");
    // Left by an earlier `plan`.
    fs::write(plans.join(".md.toml.lock"), "").unwrap();
    fs::write(plans.join(".gone.toml.lock"), "").unwrap();
    let editor = editor_script(&t, "ed.sh", "sed -i 's/^with = .*/with = \"Kim\"/' \"$1\"");
    let steps: Vec<(Vec<&str>, Vec<&str>)> = vec![
        (
            vec!["new", "sam", "--no-input", "--set", "meeting.with=Sam"],
            vec!["md.toml", "r.toml", "sam.toml"],
        ),
        (
            vec!["edit", "sam", "--no-input", "--set", "meeting.with=Sam Lee"],
            vec!["md.toml", "r.toml", "sam.toml"],
        ),
        (
            vec!["edit", "sam", "--editor"],
            vec!["md.toml", "r.toml", "sam.toml"],
        ),
        (
            vec!["summary", "r", "--no-input"],
            vec!["md.toml", "r.toml", "sam.toml"],
        ),
        (
            vec!["check-in", "md", "--no-input", "--done", "1"],
            vec!["md.toml", "r.toml", "sam.toml"],
        ),
        (
            vec!["example", "missed-deadlines"],
            vec!["md.toml", "missed-deadlines.toml", "r.toml", "sam.toml"],
        ),
    ];
    for (args, names) in steps {
        t.plan(&args).editor(&editor).succeeds();
        assert_eq!(t.names("plans"), names, "after `plan {}`", args.join(" "));
    }
    assert!(fs::read_to_string(&r).unwrap().contains("followed-up"));
    assert!(
        fs::read_to_string(plans.join("sam.toml"))
            .unwrap()
            .contains("\"Kim\"")
    );
}

/// Item 11 of issue 16: a first save that fails leaves nothing behind: no
/// plan, no lock file, no temporary copy.
#[test]
fn a_failed_first_save_leaves_no_file_behind() {
    let t = Test::new();
    let d = t.path();
    fs::create_dir(d.join("plans")).unwrap();
    let long: Vec<String> = (0..17)
        .map(|i| format!("explore.questions={}{}", i % 10, "x".repeat(65_000)))
        .collect();
    for name in ["n", "plans/n.toml"] {
        let mut args = vec!["new", name, "--no-input"];
        for set in &long {
            args.extend(["--set", set.as_str()]);
        }
        let out = t.plan(&args).code(1).no_stdout();
        assert!(out.stderr.contains("not saved"));
        assert!(
            t.names("plans").is_empty(),
            "{name}: {:?}",
            t.names("plans")
        );
    }
}
