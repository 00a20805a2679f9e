//! Plans encrypted at rest (issue 19): a folder set up with `plan init
//! --encrypt` keeps every plan as `NAME.toml.age`, read and written by every
//! command as a plain one is; the files are age's own, both ways; nothing
//! in clear is left on disk; and each way it can fail says what to do and
//! leaves the file as it was.

use crate::harness::Test;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// The identity `plan keygen` writes, under the test's config folder.
const IDENTITY: &str = "config/plan/identity.txt";

/// A folder whose plans are encrypted to an identity made by `plan keygen`:
/// the test, and the public key.
fn encrypted() -> (Test, String) {
    let t = Test::new();
    let public = t.plan(["keygen"]).succeeds().stdout;
    let public = public.trim().to_string();
    assert!(public.starts_with("age1"), "{public}");
    t.plan(["init", "--encrypt"])
        .succeeds()
        .stderr_has("encrypted from now on");
    (t, public)
}

/// The names in the plan folder that hold plans (the recipients file aside).
fn plans(t: &Test) -> Vec<String> {
    t.names("plans")
        .into_iter()
        .filter(|n| !n.starts_with('.'))
        .collect()
}

/// An age identity made here, with the age crate, in its own file.
fn other_identity(t: &Test, name: &str) -> (PathBuf, age::x25519::Identity) {
    use age::secrecy::ExposeSecret;
    let id = age::x25519::Identity::generate();
    let path = t.write(name, format!("{}\n", id.to_string().expose_secret()));
    (path, id)
}

/// The identity `plan keygen` wrote, read with the age crate.
fn keygen_identity(t: &Test) -> age::x25519::Identity {
    t.read(IDENTITY)
        .lines()
        .find(|l| l.starts_with("AGE-SECRET-KEY-"))
        .unwrap()
        .parse()
        .unwrap()
}

/// Decrypt with the age crate's own reader.
fn age_decrypt(bytes: &[u8], id: &dyn age::Identity) -> Vec<u8> {
    let decryptor = age::Decryptor::new(bytes).expect("an age file");
    let mut out = Vec::new();
    decryptor
        .decrypt(std::iter::once(id))
        .expect("decrypts")
        .read_to_end(&mut out)
        .unwrap();
    out
}

#[test]
fn an_encrypted_folder_keeps_only_age_files_that_every_command_reads() {
    let (t, public) = encrypted();
    use crate::mode;
    assert_eq!(mode(&t.join(IDENTITY)), 0o600);
    assert!(t.read("plans/.age-recipients").contains(&public));

    t.plan(["example"]).succeeds();
    t.plan([
        "new",
        "sam",
        "--no-input",
        "--set",
        "meeting.with=Sam Lee",
        "--set",
        "meeting.when=2026-12-03 10:00",
        "--set",
        "mindset.feelings=Nervous about it",
    ])
    .succeeds()
    .stdout_has("sam.toml.age");
    assert_eq!(plans(&t), ["missed-deadlines.toml.age", "sam.toml.age"]);
    for name in plans(&t) {
        let path = t.join("plans").join(&name);
        assert_eq!(mode(&path), 0o600, "{name}");
        assert!(
            t.bytes(&path).starts_with(b"age-encryption.org/v1\n"),
            "{name}"
        );
    }
    // A file `plan` wrote opens with the age crate's own reader, to the
    // example's bytes.
    let id = keygen_identity(&t);
    let example = crate::harness::example_text("missed-deadlines");
    let sealed = t.bytes("plans/missed-deadlines.toml.age");
    assert_eq!(age_decrypt(&sealed, &id), example.as_bytes());

    // Every reader reads it as it reads a plain one.
    t.plan(["render", "missed-deadlines"])
        .succeeds()
        .stdout_has("# Project deadlines")
        .stdout_has("- **Plan file:** encrypted at rest");
    t.plan(["render", "missed-deadlines", "-f", "html"])
        .succeeds()
        .stdout_has("<dt>Plan file</dt><dd>encrypted at rest</dd>");
    t.plan(["render", "missed-deadlines", "--card"])
        .succeeds()
        .stdout_lacks("encrypted");
    t.plan(["summary", "missed-deadlines"])
        .succeeds()
        .stdout_lacks("encrypted");
    t.plan(["invite", "missed-deadlines"])
        .succeeds()
        .stdout_has("BEGIN:VCALENDAR");
    t.plan(["check", "missed-deadlines"])
        .succeeds()
        .stdout_has("no findings");
    t.plan(["rehearse", "missed-deadlines", "--no-input"])
        .succeeds();
    t.plan(["list"])
        .succeeds()
        .stdout_has("Jordan Reyes")
        .stdout_has("Sam Lee")
        .stdout_has("sam.toml.age");

    // Writers write it encrypted again.
    t.plan(["edit", "sam", "--no-input", "--set", "meeting.place=Room 4"])
        .succeeds();
    t.plan(["check-in", "missed-deadlines", "--no-input", "--done", "1"])
        .succeeds();
    let sam = String::from_utf8(age_decrypt(&t.bytes("plans/sam.toml.age"), &id)).unwrap();
    assert!(sam.contains("place = \"Room 4\""), "{sam}");
    assert_eq!(plans(&t), ["missed-deadlines.toml.age", "sam.toml.age"]);

    // The whole file in the editor: its bytes, and saved encrypted.
    let editor = t.script(
        "editor",
        "sed -i 's/Room 4/Room 5/' \"$1\"\nprintf '# kept comment\\n' >> \"$1\"",
    );
    t.plan(["edit", "sam", "--editor"])
        .editor(&editor)
        .succeeds();
    let sam = String::from_utf8(age_decrypt(&t.bytes("plans/sam.toml.age"), &id)).unwrap();
    assert!(
        sam.contains("Room 5") && sam.ends_with("# kept comment\n"),
        "{sam}"
    );

    // Decrypted in place, every byte as it was, comments included; then
    // encrypted again.
    t.plan(["decrypt", "sam"])
        .succeeds()
        .stdout_has("sam.toml\n");
    assert_eq!(t.read("plans/sam.toml"), sam);
    assert_eq!(mode(&t.join("plans/sam.toml")), 0o600);
    t.plan(["encrypt", "sam"]).succeeds();
    assert_eq!(
        age_decrypt(&t.bytes("plans/sam.toml.age"), &id),
        sam.as_bytes()
    );
    t.plan(["decrypt", "--all"]).succeeds();
    assert_eq!(plans(&t), ["missed-deadlines.toml", "sam.toml"]);
    assert_eq!(t.read("plans/sam.toml"), sam);
    t.plan(["encrypt", "--all"]).succeeds();
    assert_eq!(plans(&t), ["missed-deadlines.toml.age", "sam.toml.age"]);
    // No lock or temporary file is left.
    assert_eq!(
        t.names("plans"),
        [
            ".age-recipients",
            "missed-deadlines.toml.age",
            "sam.toml.age"
        ]
    );
}

#[test]
fn a_file_the_age_crate_encrypted_is_read_and_a_second_recipient_is_one_more_line() {
    let (t, public) = encrypted();
    // Encrypted as the `age -r` command would, to the keygen identity.
    let recipient: age::x25519::Recipient = public.parse().unwrap();
    let text = crate::harness::example_text("meeting-behaviour");
    let sealed = age::encrypt(&recipient, text.as_bytes()).unwrap();
    t.write("plans/theirs.toml.age", &sealed);
    t.plan(["render", "theirs"])
        .keeps("plans/theirs.toml.age")
        .succeeds()
        .stdout_has("# ");

    // An HR partner: one more line, then every plan encrypted anew to both.
    let (hr_file, hr) = other_identity(&t, "hr.txt");
    let mut recipients = t.read("plans/.age-recipients");
    recipients.push_str(&format!("# HR partner\n{}\n", hr.to_public()));
    t.write("plans/.age-recipients", recipients);
    t.plan(["encrypt", "--all"]).succeeds();
    let sealed = t.bytes("plans/theirs.toml.age");
    assert_eq!(age_decrypt(&sealed, &hr), text.as_bytes());
    assert_eq!(age_decrypt(&sealed, &keygen_identity(&t)), text.as_bytes());
    t.plan(["render", "theirs"])
        .env("PLAN_IDENTITY", &hr_file)
        .succeeds();
}

/// An SSH ed25519 key at `home/.ssh/id_ed25519`, made by ssh-keygen, with
/// `passphrase` (empty for none).
fn ssh_key(t: &Test, passphrase: &str) -> PathBuf {
    let dir = t.join("home/.ssh");
    std::fs::create_dir_all(&dir).unwrap();
    let key = dir.join("id_ed25519");
    let made = std::process::Command::new("ssh-keygen")
        .args(["-q", "-t", "ed25519", "-N", passphrase, "-C", "test", "-f"])
        .arg(&key)
        .status()
        .expect("ssh-keygen (Debian's openssh-client) runs");
    assert!(made.success());
    key
}

#[test]
fn an_ssh_ed25519_key_encrypts_and_opens_plans() {
    let t = Test::new();
    ssh_key(&t, "");
    // No identity of plan's own: ~/.ssh/id_ed25519 is the one.
    t.plan(["init", "--encrypt"]).succeeds();
    let listed = t.read("plans/.age-recipients");
    assert!(listed.contains("\nssh-ed25519 AAAA"), "{listed}");
    t.plan(["example"]).succeeds();
    assert_eq!(plans(&t), ["missed-deadlines.toml.age"]);
    t.plan(["render", "missed-deadlines"])
        .succeeds()
        .stdout_has("# Project deadlines");
    t.plan(["list"]).succeeds().stdout_has("Jordan Reyes");
    t.plan(["check", "missed-deadlines"]).succeeds();
    t.plan([
        "edit",
        "missed-deadlines",
        "--no-input",
        "--set",
        "meeting.place=Room 9",
    ])
    .succeeds();
    t.plan(["decrypt", "missed-deadlines"]).succeeds();
    assert!(t.read("plans/missed-deadlines.toml").contains("Room 9"));
    t.plan(["encrypt", "missed-deadlines"]).succeeds();

    // The age crate opens it with the same key.
    let key = std::fs::read(t.join("home/.ssh/id_ed25519")).unwrap();
    let id = age::ssh::Identity::from_buffer(&key[..], None).unwrap();
    let open = age_decrypt(&t.bytes("plans/missed-deadlines.toml.age"), &id);
    assert!(String::from_utf8(open).unwrap().contains("Room 9"));
    // Named by PLAN_IDENTITY, the same key opens it too.
    t.plan(["render", "missed-deadlines"])
        .env("PLAN_IDENTITY", t.join("home/.ssh/id_ed25519"))
        .succeeds();
}

#[test]
fn a_passphrase_protected_ssh_key_asks_for_its_passphrase_once() {
    let t = Test::new();
    ssh_key(&t, "open sesame");
    t.plan(["init", "--encrypt"]).succeeds();
    t.example("missed-deadlines", "plans/a.toml");
    t.example("meeting-behaviour", "plans/b.toml");
    t.plan(["encrypt", "--all"]).succeeds();
    // No terminal: a clear error, not a hang.
    t.plan(["render", "a"])
        .keeps("plans/a.toml.age")
        .fails(1)
        .stderr_has("needs a passphrase, and there is no terminal to ask for it");
    // At a terminal: asked once for two plans.
    let mut s = t.plan(["list"]).terminal();
    let mut shown = s.expect("Passphrase for the SSH key");
    // The prompt turns echo off with TCSAFLUSH, which drops keys typed
    // just before it reads: typed again if nothing came of them.
    let mut listed = None;
    for _ in 0..5 {
        s.secret("open sesame\r");
        listed = s.expect_within(&"b.toml.age", std::time::Duration::from_secs(3));
        if listed.is_some() {
            break;
        }
    }
    shown.push_str(&listed.unwrap_or_else(|| s.expect("b.toml.age")));
    assert_eq!(s.exit(), Some(0));
    assert_eq!(shown.matches("Passphrase for").count(), 1, "{shown}");
}

#[test]
fn a_plan_can_have_a_passphrase_of_its_own() {
    let t = Test::with_example("missed-deadlines", "plans/p.toml");
    let pass = ("PLAN_PASSPHRASE", "correct horse battery");
    // Without a passphrase or a terminal: said, and nothing changes.
    t.plan(["encrypt", "--passphrase", "p"])
        .keeps("plans/p.toml")
        .fails(1)
        .stderr_has("no terminal");
    t.plan(["encrypt", "--passphrase", "p"])
        .env(pass.0, pass.1)
        .succeeds();
    assert_eq!(plans(&t), ["p.toml.age"]);
    let sealed = t.bytes("plans/p.toml.age");
    let id = age::scrypt::Identity::new(pass.1.to_string().into());
    let example = crate::harness::example_text("missed-deadlines");
    assert_eq!(age_decrypt(&sealed, &id), example.as_bytes());
    // A listing does not stall on it: it says it needs its passphrase.
    t.plan(["list"])
        .env(pass.0, pass.1)
        .succeeds()
        .stdout_has("passphrase of its own");
    // Encrypting every plan anew leaves it with its own passphrase.
    t.plan(["keygen"]).succeeds();
    t.plan(["init", "--encrypt"]).succeeds();
    t.plan(["encrypt", "--all"])
        .keeps("plans/p.toml.age")
        .succeeds()
        .stderr_has("keeps its own passphrase");
    // The wrong one: said, and the file as it was.
    t.plan(["render", "p"])
        .env(pass.0, "wrong")
        .keeps("plans/p.toml.age")
        .fails(1)
        .stderr_has("p.toml.age: wrong passphrase");
}

/// `plan render p` on an encrypted plan that fails: exit 1, the plan byte
/// for byte as it was, and stderr holding each of `said`.
fn refused(t: &Test, run: crate::harness::Run, said: &[&str]) {
    let hash_before = t.bytes("plans/p.toml.age");
    let done = run.keeps("plans/p.toml.age").fails(1);
    for s in said {
        assert!(done.stderr.contains(s), "{s:?} not in\n{}", done.stderr);
    }
    assert_eq!(t.bytes("plans/p.toml.age"), hash_before);
}

#[test]
fn each_way_an_encrypted_plan_cannot_be_read_is_said_and_changes_nothing() {
    let (t, _) = encrypted();
    t.example("missed-deadlines", "plans/p.toml");
    t.plan(["encrypt", "p"]).succeeds();
    let good = t.bytes("plans/p.toml.age");

    // The wrong identity.
    let (wrong, _) = other_identity(&t, "wrong.txt");
    refused(
        &t,
        t.plan(["render", "p"]).env("PLAN_IDENTITY", &wrong),
        &[
            "p.toml.age: your identity",
            "wrong.txt",
            "encrypted to other keys",
        ],
    );
    // PLAN_IDENTITY naming nothing.
    refused(
        &t,
        t.plan(["render", "p"])
            .env("PLAN_IDENTITY", t.join("nothing.txt")),
        &["PLAN_IDENTITY names", "nothing.txt", "does not exist"],
    );
    // Corrupt: a byte of the ciphertext changed.
    let mut corrupt = good.clone();
    let at = corrupt.len() - 40;
    corrupt[at] ^= 0x55;
    t.write("plans/p.toml.age", &corrupt);
    refused(
        &t,
        t.plan(["render", "p"]),
        &["p.toml.age: not a whole age file", "damaged or cut short"],
    );
    // Truncated, and cut inside the header.
    for cut in [good.len() - 7, 30] {
        t.write("plans/p.toml.age", &good[..cut]);
        refused(
            &t,
            t.plan(["render", "p"]),
            &[
                "p.toml.age: not a whole age file",
                "restore it from a backup",
            ],
        );
    }
    // Not an age file at all.
    t.write("plans/p.toml.age", "schema = 1\n");
    refused(
        &t,
        t.plan(["invite", "p"]),
        &["p.toml.age: not a whole age file"],
    );
    t.write("plans/p.toml.age", &good);

    // No identity at all.
    std::fs::remove_file(t.join(IDENTITY)).unwrap();
    refused(
        &t,
        t.plan(["render", "p"]),
        &[
            "p.toml.age is encrypted, and no identity was found",
            "plan keygen",
        ],
    );
    refused(
        &t,
        t.plan(["edit", "p", "--no-input", "--set", "meeting.place=X"]),
        &["no identity was found"],
    );
    // A listing shows it as a row that says so, and carries on.
    let done = t.plan(["list"]).keeps("plans/p.toml.age").succeeds();
    assert!(done.stdout.contains("unreadable"), "{}", done.stdout);
    assert!(done.stdout.contains("no identity"), "{}", done.stdout);
}

#[test]
fn a_broken_plan_inside_the_encryption_is_placed_in_the_decrypted_text() {
    let (t, public) = encrypted();
    let recipient: age::x25519::Recipient = public.parse().unwrap();
    let broken = "schema = 1\n[meeting]\nwith = \"Sam\n";
    t.write(
        "plans/p.toml.age",
        age::encrypt(&recipient, broken.as_bytes()).unwrap(),
    );
    let e = t
        .plan(["render", "p"])
        .keeps("plans/p.toml.age")
        .fails(1)
        .stderr;
    assert!(e.contains("p.toml.age:3:"), "{e}");
    assert!(
        e.contains("line and column are those of the decrypted plan"),
        "{e}"
    );
    // Over the size cap once decrypted, small as the file is on disk.
    let big = format!("schema = 1\n# {}\n", "x".repeat(1024 * 1024));
    t.write(
        "plans/p.toml.age",
        age::encrypt(&recipient, big.as_bytes()).unwrap(),
    );
    t.plan(["check", "p"])
        .keeps("plans/p.toml.age")
        .code(1)
        .stdout_has("once decrypted, the plan is over");
    // An artefact is never written over an encrypted plan.
    t.plan(["example", "--as", "q"]).succeeds();
    t.plan(["render", "q", "--format", "md", "-o", "plans/p.toml.age"])
        .keeps("plans/p.toml.age")
        .fails(2)
        .stderr_has("is a plan file");
}

#[test]
fn a_bad_recipients_line_is_named_and_no_plan_is_written() {
    let (t, public) = encrypted();
    t.example("missed-deadlines", "plans/p.toml");
    t.plan(["encrypt", "p"]).succeeds();
    t.write(
        "plans/.age-recipients",
        format!("# mine\n{public}\nsam@laptop\n"),
    );
    let e = t
        .plan(["edit", "p", "--no-input", "--set", "meeting.place=X"])
        .keeps("plans/p.toml.age")
        .keeps("plans/.age-recipients")
        .fails(1)
        .stderr;
    assert!(
        e.contains(".age-recipients:3: `sam@laptop` this is not a public key"),
        "{e}"
    );
    assert!(e.contains("age1") && e.contains("ssh-ed25519"), "{e}");
    t.plan(["new", "q", "--no-input", "--set", "meeting.with=Q"])
        .fails(1)
        .stderr_has(".age-recipients:3");
    assert_eq!(plans(&t), ["p.toml.age"]);
    // A secret key pasted by mistake is refused, and never echoed.
    let (_, id) = other_identity(&t, "x.txt");
    use age::secrecy::ExposeSecret;
    let secret = id.to_string().expose_secret().to_string();
    t.write("plans/.age-recipients", format!("{secret}\n"));
    let e = t.plan(["example", "--as", "r"]).fails(1).stderr;
    assert!(e.contains("secret key") && !e.contains(&secret), "{e}");
    // And a bad --recipient: exit 1, nothing written.
    std::fs::remove_file(t.join("plans/.age-recipients")).unwrap();
    t.plan(["init", "--encrypt", "--recipient", "age1zzz"])
        .fails(1)
        .stderr_has("--recipient number 1");
    assert!(!t.exists("plans/.age-recipients"));
}

#[test]
fn both_forms_of_one_plan_are_an_error_naming_both() {
    let (t, _) = encrypted();
    t.example("missed-deadlines", "plans/p.toml");
    t.plan(["encrypt", "p"]).succeeds();
    t.example("missed-deadlines", "plans/p.toml");
    for args in [
        vec!["render", "p"],
        vec!["render", "plans/p.toml"],
        vec!["edit", "p", "--no-input", "--set", "meeting.place=X"],
        vec!["decrypt", "p"],
        vec!["encrypt", "p"],
    ] {
        t.plan(&args)
            .keeps("plans/p.toml")
            .keeps("plans/p.toml.age")
            .fails(1)
            .stderr_has("p.toml and ")
            .stderr_has("p.toml.age are both there");
    }
    t.plan(["list"]).succeeds().stdout_has("are both there");
}

#[test]
fn a_plan_that_was_plain_stays_plain_until_encrypted_and_saying_so() {
    let t = Test::with_example("missed-deadlines", "plans/p.toml");
    t.plan(["keygen"]).succeeds();
    t.plan(["init", "--encrypt"])
        .succeeds()
        .stderr_has("1 plan there is still plain: `plan encrypt --all` encrypts it.");
    t.plan(["edit", "p", "--no-input", "--set", "meeting.place=Room 3"])
        .succeeds()
        .stderr_has("p.toml is kept plain, though plans in its folder are encrypted");
    assert_eq!(plans(&t), ["p.toml"]);
    // A new plan there is encrypted, and so is this one once asked.
    t.plan(["example", "--as", "q"]).succeeds();
    t.plan(["encrypt", "p"]).succeeds();
    assert_eq!(plans(&t), ["p.toml.age", "q.toml.age"]);
}

#[test]
fn keygen_never_replaces_an_identity_unasked() {
    let (t, _) = encrypted();
    let before = t.bytes(IDENTITY);
    t.plan(["keygen"])
        .keeps(IDENTITY)
        .fails(1)
        .stderr_has("identity.txt already holds your identity");
    let public = t.plan(["keygen", "--force"]).succeeds().stdout;
    assert_ne!(t.bytes(IDENTITY), before);
    assert!(public.starts_with("age1") && public.ends_with('\n'));
    // init --encrypt twice: the recipients file is kept unless --force.
    t.plan(["init", "--encrypt"])
        .keeps("plans/.age-recipients")
        .fails(1)
        .stderr_has("already lists who plans there are encrypted to");
}

/// Every file under `dir` whose bytes hold `needle`.
fn files_holding(dir: &Path, needle: &[u8], out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files_holding(&path, needle, out);
        } else if std::fs::read(&path).is_ok_and(|b| b.windows(needle.len()).any(|w| w == needle)) {
            out.push(path);
        }
    }
}

#[test]
fn no_answer_reaches_the_disk_in_clear_but_in_the_artefacts_asked_for() {
    let (t, _) = encrypted();
    let canary = "CANARY-7f3a9c-feelings";
    for dir in ["tmp", "run", "out"] {
        std::fs::create_dir_all(t.join(dir)).unwrap();
    }
    let editor = t.script("editor", "sed -i 's/Room 1/Room 2/' \"$1\"\nsleep 0.2");
    let watched = ["plans", "config", "tmp", "run", "home"];
    let check = |what: &str| {
        let mut found = Vec::new();
        for dir in watched {
            files_holding(&t.join(dir), canary.as_bytes(), &mut found);
        }
        assert!(found.is_empty(), "after {what}: the canary is in {found:?}");
    };
    let run = |args: &[&str]| {
        let done = t
            .plan(args)
            .env("TMPDIR", t.join("tmp"))
            .env("XDG_RUNTIME_DIR", t.join("run"))
            .editor(&editor)
            .output();
        // `plan check` exits 1 on what it finds in a plan this thin.
        let allowed: &[i32] = if args[0] == "check" { &[0, 1] } else { &[0] };
        assert!(
            done.code.is_some_and(|c| allowed.contains(&c)),
            "{}",
            done.described()
        );
        done
    };
    let feelings = format!("mindset.feelings={canary}");
    let steps: Vec<Vec<&str>> = vec![
        vec![
            "new",
            "p",
            "--no-input",
            "--set",
            "meeting.with=Sam Lee",
            "--set",
            "meeting.when=2026-11-30 10:00",
            "--set",
            "meeting.place=Room 1",
            "--set",
            &feelings,
        ],
        vec![
            "edit",
            "p",
            "--no-input",
            "--add",
            "explore.questions=What would help?",
        ],
        vec!["edit", "p", "--editor"],
        vec!["render", "p"],
        vec!["render", "p", "-f", "html"],
        vec!["render", "p", "--card"],
        vec!["check", "p"],
        vec!["list"],
        vec!["invite", "p"],
        vec!["rehearse", "p", "--no-input"],
        vec!["summary", "p", "--no-input", "--set", "outcome.agreed=true"],
        vec!["check-in", "p", "--no-input", "--said", "fine"],
        vec!["encrypt", "p"],
        vec!["example"],
    ];
    for args in &steps {
        run(args);
        check(&args.join(" "));
    }
    // The brief on stdout holds it (so the canary was really in the plan) ...
    run(&["render", "p"]).stdout_has(canary);
    // ... and the artefacts asked for with -o hold it, and only they.
    let brief = t.join("out/brief.md");
    run(&["render", "p", "-o", brief.to_str().unwrap()]);
    check("render -o");
    let mut found = Vec::new();
    files_holding(&t.join("out"), canary.as_bytes(), &mut found);
    assert_eq!(found, [brief]);
    assert!(
        t.bytes("plans/p.toml.age")
            .starts_with(b"age-encryption.org/v1")
    );
    assert!(!t.exists("plans/p.toml"));
}

#[test]
fn the_editor_works_on_a_private_file_in_the_runtime_folder_removed_even_on_ctrl_c() {
    let (t, _) = encrypted();
    t.example("missed-deadlines", "plans/p.toml");
    t.plan(["encrypt", "p"]).succeeds();
    std::fs::create_dir(t.join("run")).unwrap();
    let log = t.join("editor.log");
    let editor = t.script(
        "editor",
        &format!("stat -c '%a %n' \"$1\" >> '{}'", log.display()),
    );
    t.plan(["edit", "p", "--editor"])
        .env("XDG_RUNTIME_DIR", t.join("run"))
        .editor(&editor)
        .keeps("plans/p.toml.age")
        .succeeds()
        .stderr_has("No changes");
    let seen = std::fs::read_to_string(&log).unwrap();
    let run = t.join("run");
    assert!(
        seen.starts_with(&format!("600 {}/.plan-answer-", run.display())),
        "{seen}"
    );
    assert!(t.names("run").is_empty());
    // Without a runtime folder: the plan's own folder, and removed too.
    t.plan(["edit", "p", "--editor"]).editor(&editor).succeeds();
    assert_eq!(t.names("plans"), [".age-recipients", "p.toml.age"]);

    // Ctrl-C while the editor has it: the file goes with the command.
    std::fs::remove_file(&log).unwrap();
    let slow = t.script(
        "slow-editor",
        &format!("echo \"$1\" > '{}'\nsleep 30", log.display()),
    );
    let mut s = t
        .plan(["edit", "p", "--editor"])
        .env("XDG_RUNTIME_DIR", t.join("run"))
        .editor(&slow)
        .terminal();
    for _ in 0..200 {
        if std::fs::read_to_string(&log).is_ok_and(|l| l.ends_with('\n')) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(25));
    }
    let opened = PathBuf::from(std::fs::read_to_string(&log).unwrap().trim());
    assert!(opened.exists());
    // The Ctrl-C of the terminal, which the editor has.
    s.keys_now("\u{3}");
    assert_eq!(s.exit(), Some(130));
    assert!(!opened.exists(), "{} was left", opened.display());
    assert!(t.names("run").is_empty());
    let _ = std::io::stderr().flush();
}

#[test]
fn an_answer_written_in_the_editor_for_an_encrypted_plan_goes_through_the_runtime_folder() {
    let (t, _) = encrypted();
    std::fs::create_dir(t.join("run")).unwrap();
    t.write(
        "a.toml",
        "[meeting]\nwith = \"Ana\"\nwhen = 2026-12-01\ntitle = \"Habits\"\nduration_minutes = 30\nplace = \"Room 1\"\nmode = \"virtual\"\ngreeting = \"Ana\"\n",
    );
    let log = t.join("editor.log");
    let editor = t.script(
        "editor",
        &format!(
            "stat -c '%a %n' \"$1\" > '{}'\nprintf 'Written in the editor.\\n' >> \"$1\"",
            log.display()
        ),
    );
    let mut s = t
        .plan(["new", "talk", "--answers", "a.toml"])
        .env("XDG_RUNTIME_DIR", t.join("run"))
        .editor(&editor)
        .terminal();
    s.answer("What makes this conversation hard for you?", "/e");
    s.expect("What is the problem from their side?");
    s.interrupt();
    s.expect("--resume");
    s.exit();
    let seen = std::fs::read_to_string(&log).unwrap();
    assert!(
        seen.starts_with(&format!("600 {}/.plan-answer-", t.join("run").display())),
        "{seen}"
    );
    assert!(t.names("run").is_empty());
    assert_eq!(t.names("plans"), [".age-recipients", "talk.toml.age"]);
    let id = keygen_identity(&t);
    let plan = age_decrypt(&t.bytes("plans/talk.toml.age"), &id);
    assert!(
        String::from_utf8(plan)
            .unwrap()
            .contains("Written in the editor.")
    );
}

#[test]
fn ctrl_c_at_a_passphrase_prompt_ends_the_command_and_changes_nothing() {
    let t = Test::with_example("missed-deadlines", "plans/p.toml");
    t.plan(["encrypt", "--passphrase", "p"])
        .env("PLAN_PASSPHRASE", "a passphrase")
        .succeeds();
    let before = t.bytes("plans/p.toml.age");
    let mut s = t.plan(["render", "p"]).terminal();
    s.expect("Passphrase for the plan");
    s.secret("\u{3}");
    s.expect("Interrupted");
    assert_eq!(s.exit(), Some(130));
    assert_eq!(t.bytes("plans/p.toml.age"), before);
}

/// A plan reached through a link from another encrypted folder is saved
/// encrypted to the keys of the folder it is in, so its owner can still
/// open it, and the other folder's key cannot.
#[test]
fn a_plan_saved_through_a_link_stays_encrypted_to_its_own_folder() {
    let (t, _) = encrypted();
    t.plan(["example"]).succeeds();
    let (_, other) = other_identity(&t, "other-identity.txt");
    std::fs::create_dir(t.join("elsewhere")).unwrap();
    let elsewhere = t.join("elsewhere");
    t.plan(["init", "--encrypt", "--recipient"])
        .arg(other.to_public().to_string())
        .arg(&elsewhere)
        .succeeds();
    std::os::unix::fs::symlink(
        t.join("plans/missed-deadlines.toml.age"),
        elsewhere.join("x.toml.age"),
    )
    .unwrap();
    t.plan(["edit", "--no-input", "--set", "meeting.place=Elsewhere"])
        .arg(elsewhere.join("x.toml.age"))
        .succeeds();
    let sealed = t.bytes("plans/missed-deadlines.toml.age");
    let text = age_decrypt(&sealed, &keygen_identity(&t));
    assert!(String::from_utf8(text).unwrap().contains("Elsewhere"));
    let foreign = age::Decryptor::new(&sealed[..])
        .unwrap()
        .decrypt(std::iter::once(&other as &dyn age::Identity));
    assert!(foreign.is_err(), "the other folder's key opens the plan");
    t.plan(["render", "missed-deadlines"])
        .succeeds()
        .stdout_has("Elsewhere");
}

/// `-o` never writes an artefact where a plan or the recipients file goes.
#[test]
fn an_artefact_is_never_written_as_a_sealed_plan_or_the_recipients_file() {
    let (t, _) = encrypted();
    t.plan(["example"]).succeeds();
    t.plan(["render", "missed-deadlines", "--format", "md", "-o"])
        .arg(t.join("plans/other.toml.age"))
        .fails(2)
        .stderr_has("ends in .toml.age, a name for plans");
    assert!(!t.exists("plans/other.toml.age"));
    t.plan(["render", "missed-deadlines", "-o"])
        .arg(t.join("plans/.age-recipients"))
        .keeps("plans/.age-recipients")
        .fails(2)
        .stderr_has("whom its plans are encrypted to");
}

/// `plan new NAME --passphrase` over a plan already there in clear is
/// refused: it would leave both forms of one plan.
#[test]
fn a_passphrase_for_a_new_plan_is_refused_where_the_plan_is_in_clear() {
    let t = Test::new();
    t.plan(["example"]).succeeds();
    t.plan([
        "new",
        "missed-deadlines",
        "--passphrase",
        "--force",
        "--no-input",
        "--set",
        "meeting.place=X",
    ])
    .env("PLAN_PASSPHRASE", "a passphrase")
    .keeps("plans/missed-deadlines.toml")
    .fails(1)
    .stderr_has("plan encrypt --passphrase");
    assert!(!t.exists("plans/missed-deadlines.toml.age"));
}

/// With `--all`, a plan that cannot be encrypted or decrypted is said and
/// counted, the others are done and listed, and the command fails.
#[test]
fn with_all_a_plan_that_fails_is_counted_and_the_others_are_done() {
    let (t, _) = encrypted();
    t.plan(["example"]).succeeds();
    t.plan(["decrypt", "missed-deadlines"]).succeeds();
    t.plan(["example", "meeting-behaviour"]).succeeds();
    t.plan(["decrypt", "meeting-behaviour"]).succeeds();
    // A link is left as it is, with an error.
    std::fs::create_dir(t.join("elsewhere")).unwrap();
    std::fs::copy(
        t.join("plans/meeting-behaviour.toml"),
        t.join("elsewhere/x.toml"),
    )
    .unwrap();
    std::os::unix::fs::symlink(t.join("elsewhere/x.toml"), t.join("plans/linked.toml")).unwrap();

    let done = t
        .plan(["encrypt", "--all"])
        .code(1)
        .stderr_has("is a link; it was left as it was")
        .stderr_has("1 plan not encrypted (see above); the others were");
    let listed: Vec<&str> = done.stdout.lines().collect();
    assert_eq!(listed.len(), 2, "{listed:?}");
    assert!(
        listed.iter().all(|l| l.ends_with(".toml.age")),
        "{listed:?}"
    );
    assert!(t.join("plans/linked.toml").is_symlink());

    std::fs::remove_file(t.join("plans/linked.toml")).unwrap();
    std::os::unix::fs::symlink(
        t.join("plans/meeting-behaviour.toml.age"),
        t.join("plans/linked.toml.age"),
    )
    .unwrap();
    let done = t
        .plan(["decrypt", "--all"])
        .code(1)
        .stderr_has("1 plan not decrypted (see above); the others were");
    assert_eq!(done.stdout.lines().count(), 2, "{}", done.stdout);
    assert!(t.join("plans/missed-deadlines.toml").is_file());
    assert!(t.join("plans/linked.toml.age").is_symlink());
}
