//! Terminal habits: colour, help examples, completions and the man page.

use crate::harness::Test;

/// The error of `plan ARGS` with the variables `env` set (and no other
/// colour settings: see `crate::pinned`).
fn stderr_of(args: &[&str], env: &[(&str, &str)]) -> String {
    let t = Test::new();
    let mut run = t.plan(args);
    for (key, value) in env {
        run = run.env(key, value);
    }
    run.code(1).stderr
}

#[test]
fn colour_follows_the_flag_then_no_color_then_clicolor_force() {
    let missing = ["render", "nope.toml"];
    // Not a terminal: plain by default.
    assert!(!stderr_of(&missing, &[]).contains('\x1b'));
    let mut always = missing.to_vec();
    always.extend(["--color", "always"]);
    assert!(stderr_of(&always, &[]).starts_with("\x1b["));
    assert!(stderr_of(&missing, &[("CLICOLOR_FORCE", "1")]).contains('\x1b'));
    assert!(!stderr_of(&missing, &[("NO_COLOR", "1"), ("CLICOLOR_FORCE", "1")]).contains('\x1b'));
    let mut never = missing.to_vec();
    never.extend(["--color", "never"]);
    assert!(!stderr_of(&never, &[("CLICOLOR_FORCE", "1")]).contains('\x1b'));
}

#[test]
fn every_command_help_ends_with_examples() {
    use clap::CommandFactory;
    let cli = plan::cli::Cli::command();
    let mut names: Vec<Vec<String>> = vec![vec![]];
    for sub in cli.get_subcommands() {
        if sub.get_name() == "help" {
            continue;
        }
        if sub.has_subcommands() {
            for inner in sub.get_subcommands() {
                names.push(vec![sub.get_name().into(), inner.get_name().into()]);
            }
        } else {
            names.push(vec![sub.get_name().into()]);
        }
    }
    assert!(names.len() >= 8, "{names:?}");
    for words in names {
        let help = Test::new().plan(&words).arg("--help").succeeds().stdout;
        let tail = &help[help
            .rfind("Examples:")
            .unwrap_or_else(|| panic!("{words:?}:\n{help}"))..];
        assert!(tail.lines().count() >= 2, "{words:?}: {tail}");
        assert!(tail.contains("plan "), "{words:?}: {tail}");
    }
}

#[test]
fn bash_completion_loads_and_offers_plan_names() {
    let t = Test::new();
    t.write("plans/sam-lee.toml", "schema = 1\n");
    let script = t.write(
        "plan.bash",
        t.plan(["completions", "bash"]).succeeds().stdout,
    );
    // Complete `plan render s` as bash would, and print what it offers; the
    // command may come after global options and their values (bash splits
    // `--color=never` at the `=`).
    for words in [
        "plan render s",
        "plan --color never render s",
        "plan --color = never render s",
    ] {
        let cword = words.split(' ').count() - 1;
        let probe = format!(
            "source '{}'; COMP_WORDS=({words}); COMP_CWORD={cword}; _plan_with_names plan s render; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
            script.display()
        );
        std::process::Command::new("bash")
            .args(["-c", &probe])
            .env("PLAN_DIR", t.join("plans"))
            .output()
            .map(|o| {
                let offered = String::from_utf8_lossy(&o.stdout).into_owned();
                assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
                assert!(
                    offered.lines().any(|l| l == "sam-lee"),
                    "{words}: {offered}"
                );
            })
            .unwrap();
    }
}

/// Fish offers plan names where a plan goes, and files as well.
#[test]
fn fish_completion_offers_plan_names_and_files() {
    if std::process::Command::new("fish")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("fish is not installed; skipped");
        return;
    }
    let t = Test::new();
    t.write("plans/sam-lee.toml", "schema = 1\n");
    t.write("notes.txt", "");
    let script = t.write(
        "plan.fish",
        t.plan(["completions", "fish"]).succeeds().stdout,
    );
    let probe = format!(
        "source '{}'; complete -C 'plan --color never render '",
        script.display()
    );
    let o = std::process::Command::new("fish")
        .args(["--no-config", "-c", &probe])
        .current_dir(t.path())
        .env("PLAN_DIR", t.join("plans"))
        .output()
        .unwrap();
    let offered = String::from_utf8_lossy(&o.stdout).into_owned();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(offered.lines().any(|l| l == "sam-lee"), "{offered}");
    assert!(offered.lines().any(|l| l == "notes.txt"), "{offered}");
}

#[test]
fn completions_for_every_shell_and_the_man_page_are_written() {
    let t = Test::new();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        t.plan(["completions", shell]).succeeds().stdout_has("plan");
    }
    let page = t.plan(["man"]).succeeds().stdout;
    assert!(
        page.starts_with(".ie") || page.contains(".TH plan"),
        "{page}"
    );
}

/// The man page documents every command's options, and renders.
#[test]
fn the_man_page_has_a_section_per_command_with_its_options() {
    let t = Test::new();
    let page = t.plan(["man"]).succeeds().stdout;
    for option in ["unset", "strict", "due", "step"] {
        assert!(page.contains(&format!("\\-\\-{option}")), "--{option}");
    }
    let path = t.write("plan.1", &page);
    let Ok(rendered) = std::process::Command::new("man")
        .arg("-l")
        .arg(&path)
        .env("MANWIDTH", "100")
        .env("MAN_KEEP_FORMATTING", "")
        .output()
    else {
        eprintln!("man is not installed; rendering not checked");
        return;
    };
    let text = String::from_utf8_lossy(&rendered.stdout);
    assert!(
        rendered.status.success(),
        "{}",
        String::from_utf8_lossy(&rendered.stderr)
    );
    assert!(
        String::from_utf8_lossy(&rendered.stderr).is_empty(),
        "{}",
        String::from_utf8_lossy(&rendered.stderr)
    );
    for shown in [
        "PLAN EDIT",
        "--unset KEY",
        "PLAN CHECK",
        "--strict",
        "PLAN LIST",
        "--due",
        "--step STEP",
    ] {
        assert!(text.contains(shown), "{shown} in:\n{text}");
    }
}
