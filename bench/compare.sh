#!/usr/bin/env bash
# Whole-process timings, side by side with hyperfine, printed as ratios to
# `cat` of the same plan: render (md, html), --version, a 10-line Rust
# program that reads and prints the plan, pandoc on the same brief, and
# `plan list` / `plan check` over 10,000 generated plans. Peak memory of a
# render and the binary size. Run from the repository root:
#   bash bench/compare.sh            (builds the release binary first)
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v hyperfine >/dev/null 2>&1 || need+=(hyperfine)
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

cargo build --release --locked -q
# .cargo/config.toml names the host as the target: the binary is under
# target/<host tuple>/ (target/release/ with a Cargo that ignores it).
plan="$PWD/target/$(rustc --print host-tuple)/release/plan"
[ -x "$plan" ] || plan="$PWD/target/release/plan"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
example="$PWD/examples/missed-deadlines.toml"
export PLAN_TODAY=2026-11-26 TZ=Europe/London

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

"$plan" render "$example" > "$work/brief.md"
pandoc_cmd=()
if command -v pandoc >/dev/null 2>&1; then
  pandoc_cmd=(-n pandoc "pandoc --standalone --metadata title=Brief -f markdown -t html $work/brief.md")
fi

json="$work/single.json"
hyperfine -N --warmup 50 --runs 300 --export-json "$json" \
  -n cat "cat $example" \
  -n floor "$work/floor $example" \
  -n version "$plan --version" \
  -n render-md "$plan render $example" \
  -n render-html "$plan render $example --format html" \
  "${pandoc_cmd[@]}" >/dev/null

# 10,000 plans: copies of the examples under different names and people.
mkdir -p "$work/many"
i=0
for n in $(seq 1 3334); do
  for e in examples/*.toml; do
    i=$((i + 1))
    sed "s/^with = \"\(.*\)\"/with = \"\1 $n\"/" "$e" > "$work/many/plan-$i.toml"
  done
done
many=$(ls "$work/many" | wc -l)
hyperfine -N --warmup 2 --runs 10 --export-json "$work/many.json" \
  -n list "$plan list $work/many" \
  -n check "sh -c '$plan check $work/many/*.toml > /dev/null; true'" >/dev/null

python3 - "$json" "$work/many.json" "$many" <<'PY'
import json, sys
single = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
many = {r["command"]: r for r in json.load(open(sys.argv[2]))["results"]}
cat = single["cat"]["median"]
print(f"| command | median | × cat |")
print(f"|---|---|---|")
for name, r in single.items():
    print(f"| {name} | {r['median'] * 1000:.2f} ms | {r['median'] / cat:.2f} |")
if "pandoc" in single:
    print(f"\npandoc / plan render --format html: {single['pandoc']['median'] / single['render-html']['median']:.1f}×")
for name, r in many.items():
    print(f"plan {name} over {sys.argv[3]} plans: {r['median']:.3f} s")
PY

peak=$(/usr/bin/time -f %M "$plan" render "$example" --format html 2>&1 >/dev/null | tail -1)
echo "peak RSS of a render (html): $((peak / 1024)).$(( (peak % 1024) * 10 / 1024 )) MB"
echo "release binary: $(stat -c %s "$plan") bytes"

# How cost grows with plan size: render time and peak memory.
echo
echo "| entries per list | file size | render (html) | peak RSS |"
echo "|---|---|---|---|"
for n in 10 100 1000; do
  f="$work/size-$n.toml"
  python3 - "$example" "$n" > "$f" <<'PY'
import sys, tomllib, re
text = open(sys.argv[1]).read()
n = int(sys.argv[2])
# Grow every list of the example to n entries, keeping the rest as written.
def strings(prefix):
    return "[\n" + "".join(f'  "{prefix} {i}: what would help with this part of the work?",\n' for i in range(1, n + 1)) + "]"
out = re.sub(r'^questions = \[.*?\]', lambda m: "questions = " + strings("Question"), text, flags=re.S | re.M)
out = re.sub(r'^actions = \[.*?\]', lambda m: "actions = " + strings("Action"), out, flags=re.S | re.M)
facts = "".join(f'\n[[prepare.evidence]]\nfact = "Report {i} arrived two days after the agreed date."\nsource = "written"\ndate = 2026-11-{1 + i % 27:02d}\n' for i in range(1, n + 1))
out = re.sub(r'\n\[\[prepare\.evidence\]\]\n(?:[^\[\n][^\n]*\n)*', "", out)
out = out.replace("\n[open]", facts + "\n[open]", 1)
print(out)
PY
  t=$(hyperfine -N --warmup 3 --runs 20 --export-json "$work/s.json" "$plan render $f --format html" >/dev/null && python3 -c "import json;print(f\"{json.load(open('$work/s.json'))['results'][0]['median']*1000:.2f} ms\")")
  m=$(/usr/bin/time -f %M "$plan" render "$f" --format html 2>&1 >/dev/null | tail -1)
  echo "| $n | $(( $(stat -c %s "$f") / 1024 )) KiB | $t | $((m / 1024)).$(( (m % 1024) * 10 / 1024 )) MB |"
done
