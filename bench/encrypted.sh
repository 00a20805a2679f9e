#!/usr/bin/env bash
# Encrypted plans (issue 19), whole-process timings with hyperfine: `plan
# render` of one plan, plain and encrypted (aim: within 1.5x), and `plan
# list` over 10,000 encrypted plans with an identity file (aim: under 1 s),
# beside the same list in clear. Run from the repository root:
#   bash bench/encrypted.sh          (builds the release binary first)
#
# Measured when it was written (2 cores, load average 2.5 from other builds):
# render 4.3 ms plain and 4.3 ms encrypted (1.00x); list over 10,002 plans
# 511 ms plain, 939 ms encrypted (879-993 ms; 1.66 s of CPU, of which about
# 0.1 ms a plan is age's X25519 unwrap and decryption).
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v hyperfine >/dev/null 2>&1 || need+=(hyperfine)
command -v age >/dev/null 2>&1 || need+=(age)
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
export PLAN_TODAY=2026-11-26 TZ=Europe/London HOME="$work/home" XDG_CONFIG_HOME="$work/config"
unset PLAN_IDENTITY PLAN_PASSPHRASE
public=$("$plan" keygen 2>/dev/null)

# 10,000 plans each way: the examples, and copies of one encryption of each
# (every copy is decrypted in full, as a file of its own would be).
mkdir -p "$work/plain" "$work/sealed"
for e in examples/*.toml; do
  age -r "$public" -o "$work/$(basename "$e").age" "$e"
done
i=0
for n in $(seq 1 3334); do
  for e in examples/*.toml; do
    i=$((i + 1))
    cp "$e" "$work/plain/plan-$i.toml"
    cp "$work/$(basename "$e").age" "$work/sealed/plan-$i.toml.age"
  done
done
one="$work/sealed/plan-1.toml.age"

hyperfine -N --warmup 20 --runs 200 \
  -n render-plain "$plan render examples/missed-deadlines.toml" \
  -n render-encrypted "$plan render $one"
hyperfine -N --warmup 2 --runs 10 \
  -n list-plain "$plan list $work/plain" \
  -n list-encrypted "$plan list $work/sealed"
