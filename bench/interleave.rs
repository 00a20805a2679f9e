//! Whole-process timings, interleaved: each round runs every command once,
//! in a new shuffled order, so a slow moment of a shared machine falls on
//! all of them alike, and each command's time is divided by the first
//! command's time in the same round. Built by `bench/compare.sh` with
//! `rustc -O`; it needs no crate.
//!
//! Usage: `interleave FILE ROUNDS WARMUP`. FILE holds one command a line:
//! `name<TAB>program<TAB>arg<TAB>arg…`; the first is the baseline. Prints a
//! Markdown table: each command's median time, the median of its per-round
//! ratios to the baseline, and the middle half of those ratios (how noisy
//! the machine was).
use std::process::{Command, Stdio};
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let file = args.next().expect("a file of commands");
    let rounds: usize = args.next().map_or(200, |r| r.parse().expect("rounds"));
    let warmup: usize = args.next().map_or(10, |r| r.parse().expect("warm-up rounds"));
    let text = std::fs::read_to_string(&file).expect("a readable file of commands");
    let commands: Vec<(String, Vec<String>)> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let mut parts = l.split('\t').map(String::from);
            let name = parts.next().unwrap_or_default();
            (name, parts.collect())
        })
        .collect();
    assert!(!commands.is_empty(), "no command in {file}");
    let run = |argv: &[String]| {
        let start = Instant::now();
        let status = Command::new(&argv[0])
            .args(&argv[1..])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .unwrap_or_else(|e| panic!("cannot run {}: {e}", argv[0]));
        let elapsed = start.elapsed().as_secs_f64();
        // Exit codes are the commands' own (plan check reports findings
        // with 1); only a signal means a broken measurement.
        assert!(status.code().is_some(), "{} was killed", argv[0]);
        elapsed
    };
    let mut times = vec![Vec::with_capacity(rounds); commands.len()];
    let mut order: Vec<usize> = (0..commands.len()).collect();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for round in 0..warmup + rounds {
        // Fisher-Yates with xorshift: a new order every round.
        for i in (1..order.len()).rev() {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            order.swap(i, (seed % (i as u64 + 1)) as usize);
        }
        let mut this = vec![0.0; commands.len()];
        for &c in &order {
            this[c] = run(&commands[c].1);
        }
        if round >= warmup {
            for (c, t) in this.into_iter().enumerate() {
                times[c].push(t);
            }
        }
    }
    let sorted = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v
    };
    let baseline = &commands[0].0;
    println!("| command | median | × {baseline} | middle half of the ratios |");
    println!("|---|---|---|---|");
    for (c, (name, _)) in commands.iter().enumerate() {
        let ratios = sorted(times[c].iter().zip(&times[0]).map(|(t, b)| t / b).collect());
        let t = sorted(times[c].clone());
        let (n, median) = (ratios.len(), t[t.len() / 2]);
        let shown = if median >= 0.1 {
            format!("{median:.3} s")
        } else {
            format!("{:.2} ms", median * 1000.0)
        };
        println!(
            "| {name} | {shown} | {:.2} | {:.2}–{:.2} |",
            ratios[n / 2],
            ratios[n / 4],
            ratios[n * 3 / 4]
        );
    }
}
