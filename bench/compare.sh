#!/usr/bin/env bash
# Every whole-process target of BENCHMARKS.md, measured interleaved: each
# round runs every command of a table once, in a new shuffled order
# (bench/interleave.rs), and a ratio is the median over rounds of a
# command's time divided by the baseline's time in the same round, so a
# busy moment of a shared machine falls on both. The middle half of those
# ratios shows how noisy the machine was.
#
#   bash bench/compare.sh [OLD]
#
# builds the release binary (as `cargo install --path .` would) and
# measures it; OLD, another `plan` binary (one built from an earlier
# commit, say), is measured beside it in the same rounds. With valgrind
# installed it also counts instructions (steady where times are not) on a
# copy built with symbols, and the share of them the text rules take.
set -euo pipefail
cd "$(dirname "$0")/.."

old="${1:-}"
[ -z "$old" ] || old=$(realpath "$old")
[ -x /usr/bin/time ] || {
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
}

cargo build --release --locked -q
# .cargo/config.toml names the host as the target: the binary is under
# target/<host tuple>/ (target/release/ with a Cargo that ignores it).
host=$(rustc --print host-tuple)
plan="$PWD/target/$host/release/plan"
[ -x "$plan" ] || plan="$PWD/target/release/plan"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Measured as installed: `cargo install` copies the binary out of target/,
# and a copy runs faster than the file the linker wrote (here a Markdown
# render took 2.35x cat run from target/ and 1.68x from a copy, the same
# bytes; see BENCHMARKS.md). OLD is copied the same way, so both are alike.
cp "$plan" "$work/plan"
plan="$work/plan"
if [ -n "$old" ]; then
  cp "$old" "$work/old"
  old="$work/old"
fi
example="$PWD/examples/missed-deadlines.toml"
export PLAN_TODAY=2026-11-26 TZ=Europe/London

rustc -O --edition 2024 -o "$work/interleave" bench/interleave.rs
# The floor: a 10-line Rust program that reads the plan and prints it.
cat > "$work/floor.rs" <<'RS'
use std::io::Write;
fn main() {
    let path = std::env::args().nth(1).expect("a file");
    let text = std::fs::read_to_string(path).expect("readable");
    std::io::stdout().write_all(text.as_bytes()).expect("written");
}
RS
rustc -O -o "$work/floor" "$work/floor.rs"

# A line of a table: a name, then the program and its arguments, by tabs.
line() { local IFS=$'\t'; echo "$*"; }

# --- One plan, against cat: render ≤ 2.0×, HTML ≤ 2.5× ----------------------
"$plan" render "$example" > "$work/brief.md"
{
  line cat cat "$example"
  line floor "$work/floor" "$example"
  line version "$plan" --version
  line render-md "$plan" render "$example"
  line render-html "$plan" render "$example" --format html
  if [ -n "$old" ]; then
    line old-version "$old" --version
    line old-render-md "$old" render "$example"
    line old-render-html "$old" render "$example" --format html
  fi
  if command -v pandoc >/dev/null 2>&1; then
    line pandoc pandoc --standalone --metadata title=Brief -f markdown -t html "$work/brief.md"
  fi
} > "$work/one.tsv"
echo "One plan ($(basename "$example")), 300 rounds:"
echo
"$work/interleave" "$work/one.tsv" 300 20

# --- 10,000 plans: plan check ≤ 1.0 s -----------------------------------------
# Copies of the examples under different names and people.
mkdir -p "$work/many"
i=0
for n in $(seq 1 3334); do
  for e in examples/*.toml; do
    i=$((i + 1))
    sed "s/^with = \"\(.*\)\"/with = \"\1 $n\"/" "$e" > "$work/many/plan-$i.toml"
  done
done
many=("$work"/many/*.toml)
{
  line cat-all cat "${many[@]}"
  line check "$plan" check "${many[@]}"
  line list "$plan" list "$work/many"
  if [ -n "$old" ]; then
    line old-check "$old" check "${many[@]}"
    line old-list "$old" list "$work/many"
  fi
} > "$work/many.tsv"
echo
echo "${#many[@]} plans, 10 rounds (the targets are the median times):"
echo
"$work/interleave" "$work/many.tsv" 10 1

# --- Plans grown to N entries per list ----------------------------------------
# The missed-deadlines example with every list (questions, actions, facts)
# grown to N entries; 1,000 is the most a list may hold.
for n in 10 100 1000; do
  python3 - "$example" "$n" > "$work/size-$n.toml" <<'PY'
import sys, re
text = open(sys.argv[1]).read()
n = int(sys.argv[2])
def strings(prefix):
    return "[\n" + "".join(f'  "{prefix} {i}: what would help with this part of the work?",\n' for i in range(1, n + 1)) + "]"
out = re.sub(r'^questions = \[.*?\]', lambda m: "questions = " + strings("Question"), text, flags=re.S | re.M)
out = re.sub(r'^actions = \[.*?\]', lambda m: "actions = " + strings("Action"), out, flags=re.S | re.M)
facts = "".join(f'\n[[prepare.evidence]]\nfact = "Report {i} arrived two days after the agreed date."\nsource = "written"\ndate = 2026-11-{1 + i % 27:02d}\n' for i in range(1, n + 1))
out = re.sub(r'\n\[\[prepare\.evidence\]\]\n(?:[^\[\n][^\n]*\n)*', "", out)
out = out.replace("\n[open]", facts + "\n[open]", 1)
print(out)
PY
done
{
  line cat cat "$work/size-1000.toml"
  for n in 10 100 1000; do
    line "html-$n" "$plan" render "$work/size-$n.toml" --format html
    [ -z "$old" ] || line "old-html-$n" "$old" render "$work/size-$n.toml" --format html
  done
} > "$work/size.tsv"
echo
echo "Plans grown to N entries per list, HTML render, 30 rounds:"
echo
"$work/interleave" "$work/size.tsv" 30 3
echo
echo "| entries per list | file size | peak RSS (HTML render) |"
echo "|---|---|---|"
for n in 10 100 1000; do
  m=$(/usr/bin/time -f %M "$plan" render "$work/size-$n.toml" --format html 2>&1 >/dev/null | tail -1)
  echo "| $n | $(($(stat -c %s "$work/size-$n.toml") / 1024)) KiB | $((m / 1024)).$(((m % 1024) * 10 / 1024)) MB |"
done

# --- Memory and size: peak RSS ≤ 8 MB, binary ≤ 6 MB ------------------------
echo
for p in "$plan" ${old:+"$old"}; do
  peak=$(/usr/bin/time -f %M "$p" render "$example" --format html 2>&1 >/dev/null | tail -1)
  echo "$(basename "$p"): peak RSS of an HTML render $((peak / 1024)).$(((peak % 1024) * 10 / 1024)) MB (MiB); binary $(stat -c %s "$p") bytes"
done

# --- Instructions, and the rules' share of the 1,000-entry render -------------
if ! command -v valgrind >/dev/null 2>&1; then
  echo
  echo "(valgrind is not installed: no instruction counts)"
  exit 0
fi
# The same build with symbols, so that callgrind can say where the
# instructions go; counts are the release binary's.
CARGO_PROFILE_RELEASE_STRIP=false CARGO_PROFILE_RELEASE_DEBUG=line-tables-only \
  cargo build --release --locked -q --target-dir target/bench-symbols
symbols="$PWD/target/bench-symbols/$host/release/plan"
[ -x "$symbols" ] || symbols="$PWD/target/bench-symbols/release/plan"
count() {
  valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$@" >/dev/null 2>"$work/cg.err" || true
  grep -o 'Collected : [0-9]*' "$work/cg.err" | grep -o '[0-9]*$'
}
echo
echo "| instructions (callgrind) | plan | ${old:+old |}"
echo "|---|---|${old:+---|}"
examples=(examples/*.toml)
for case in "--version" "render $example" "render $example --format html" \
  "check ${examples[*]}" "render $work/size-1000.toml --format html"; do
  read -ra args <<< "$case"
  new=$(count "$symbols" "${args[@]}")
  cp "$work/cg.out" "$work/cg-new.out"
  label=${case//$work\//}
  printf '| %s | %s |' "${label//$PWD\//}" "$(awk "BEGIN { printf \"%.2f M\", $new / 1e6 }")"
  [ -z "$old" ] || printf ' %s |' "$(awk "BEGIN { printf \"%.2f M\", $(count "$old" "${args[@]}") / 1e6 }")"
  echo
done
# The last count is the 1,000-entry render: the text rules are everything
# under coach::reviewed (every coached text of the plan, each read once).
rules=$(callgrind_annotate --inclusive=yes "$work/cg-new.out" 2>/dev/null |
  grep -m1 'coach::reviewed \[' | awk '{gsub(",", "", $1); print $1}' || true)
echo
awk "BEGIN { printf \"the text rules' share of the 1,000-entry HTML render: %.1f%% of its instructions\\n\", 100 * ${rules:-0} / $new }"
