//! `plan completions SHELL`: a completion script, with plan names.
//!
//! clap_complete writes the flags and commands; for bash, zsh and fish a few
//! lines more offer the plans in `$PLAN_DIR` where a PLAN goes (files
//! still complete there too). The example names after `plan example` come
//! from clap for bash and zsh; fish gets a line for them here.

use crate::artefacts::output::print;
use crate::cli::Cli;
use crate::error::Result;
use clap::CommandFactory;
use clap_complete::Shell;

/// The commands whose first argument is a plan.
const TAKE_A_PLAN: &str = "render summary check-in rehearse invite edit check encrypt decrypt";

/// Run `plan completions`.
pub fn run(shell: Shell) -> Result<()> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "plan", &mut script);
    let mut script = String::from_utf8_lossy(&script).into_owned();
    match shell {
        Shell::Bash => script.push_str(
            &BASH
                .replace("{commands}", &TAKE_A_PLAN.replace(' ', "|"))
                .replace("{valued}", &options_with_values().join("|")),
        ),
        Shell::Zsh => {
            // The PLAN argument completes plan names as well as files; the
            // helper goes after clap's `#compdef` line, which must stay first.
            script = script
                .lines()
                .map(|line| {
                    match line.starts_with("':plan -- ") || line.starts_with("'::plan -- ") {
                        true => line.replace(":_default'", ":_plan_names'"),
                        false => line.to_string(),
                    }
                })
                .collect::<Vec<_>>()
                .join("\n");
            let (first, rest) = script.split_once('\n').unwrap_or((&script, ""));
            script = format!("{first}\n{ZSH}{rest}\n");
        }
        Shell::Fish => {
            script.push_str(&FISH.replace("{commands}", TAKE_A_PLAN));
            script.push_str(&fish_example_names());
        }
        _ => {}
    }
    print(&script)
}

/// The options that may come before the command and take a value (such as
/// `--color never`), so that completion can step over the value.
fn options_with_values() -> Vec<String> {
    let mut out = Vec::new();
    for arg in Cli::command().get_arguments() {
        if !arg.get_action().takes_values() || arg.is_positional() {
            continue;
        }
        out.extend(arg.get_long().map(|l| format!("--{l}")));
        out.extend(arg.get_short().map(|s| format!("-{s}")));
    }
    out
}

/// Fish lines offering the built-in examples' names, each with its line.
fn fish_example_names() -> String {
    let mut out = String::from("# The built-in examples after `plan example`.\n");
    for example in crate::artefacts::examples::BUILTIN {
        out.push_str(&format!(
            "complete -c plan -n \"__fish_plan_using_subcommand example\" -f -a \"{}\" -d '{}'\n",
            example.name,
            example.about().replace('\\', "\\\\").replace('\'', "\\'")
        ));
    }
    out
}

const BASH: &str = r#"
# Plan names from $PLAN_DIR where a plan goes.
_plan_with_names() {
    _plan "$@"
    local cur="${COMP_WORDS[COMP_CWORD]}"
    COMPREPLY=( $(printf '%s\n' "${COMPREPLY[@]}" | grep -v '^<') )
    # The command is the first word that is neither an option nor the value
    # of one (`--color never`, or `--color=never`, which bash splits at `=`).
    local i=1 command=""
    while (( i < COMP_CWORD )); do
        case "${COMP_WORDS[i]}" in
            {valued})
                if [[ "${COMP_WORDS[i+1]}" == "=" ]]; then i=$((i + 2)); else i=$((i + 1)); fi ;;
            -*) ;;
            *) command="${COMP_WORDS[i]}"; break ;;
        esac
        i=$((i + 1))
    done
    case "$command" in
        {commands}) ;;
        *) return 0 ;;
    esac
    [[ "$cur" == -* ]] && return 0
    local dir="${PLAN_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/plan}"
    local names
    names=$(cd "$dir" 2>/dev/null && ls -- *.toml *.toml.age 2>/dev/null | sed 's/\.toml\(\.age\)\{0,1\}$//')
    COMPREPLY+=( $(compgen -W "$names" -- "$cur") )
}
complete -F _plan_with_names -o bashdefault -o default plan
"#;

const ZSH: &str = r#"# Plan names from $PLAN_DIR where a plan goes, and files too.
_plan_names() {
    local dir="${PLAN_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/plan}"
    local -a names
    names=(${dir}/*.toml(N:t:r) ${dir}/*.toml.age(N:t:r:r))
    _alternative "plans:plan:compadd -a names" "files:file:_files"
}
"#;

const FISH: &str = r#"
# Plan names from $PLAN_DIR where a plan goes, and files too.
function __plan_names
    set -l dir $PLAN_DIR
    test -n "$dir"; or set dir (set -q XDG_DATA_HOME; and echo $XDG_DATA_HOME; or echo $HOME/.local/share)/plan
    for f in $dir/*.toml $dir/*.toml.age
        basename (basename $f .age) .toml
    end
end
complete -c plan -n "__fish_seen_subcommand_from {commands}" -a "(__plan_names)"
"#;
