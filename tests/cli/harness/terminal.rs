//! `plan` in a pseudo-terminal, driven as a person would drive it: wait
//! until the screen shows the prompt, wait until the prompt reads, type.
//!
//! The screen alone cannot say when a prompt has begun to read. A prompt
//! draws itself first, then puts the terminal in raw mode to read one key
//! (console's `read_key`, once for every key) and puts it back after. A key
//! that arrives in between is taken by the terminal's own line editing: a
//! backspace there erases nothing and is lost. So [`Terminal::keys`] waits,
//! after the screen, for the terminal to leave line mode, which the
//! pseudo-terminal's settings show, before it types. Nothing here waits a
//! fixed time: every wait looks again every few milliseconds and gives up
//! after [`PATIENCE`], failing the test with what the screen showed.

use expectrl::process::unix::WaitStatus;
use expectrl::session::OsSession;
use expectrl::{Expect, Needle};
use rustix::termios::{LocalModes, tcgetattr};
use std::fmt::Debug;
use std::fs::File;
use std::io;
use std::time::{Duration, Instant};

pub const DOWN: &str = "\x1b[B";
pub const UP: &str = "\x1b[A";
/// Erases one character before the cursor.
pub const BACKSPACE: &str = "\x7f";
pub const CTRL_C: &str = "\x03";

/// How long one wait may take before the test fails.
const PATIENCE: Duration = Duration::from_secs(20);

/// How often a wait looks again.
const POLL: Duration = Duration::from_millis(2);

/// `plan` running in a pseudo-terminal.
pub struct Terminal {
    session: OsSession,
    /// The pseudo-terminal's own end, whose settings are the program's.
    master: File,
    /// What the program wrote that no wait has matched yet.
    unread: Vec<u8>,
    /// Whether the program has closed the terminal.
    closed: bool,
}

impl Terminal {
    pub(super) fn spawn(command: std::process::Command) -> Terminal {
        let session = expectrl::Session::spawn(command).expect("spawn plan in a pty");
        let master = session
            .get_process()
            .get_raw_handle()
            .expect("the pseudo-terminal");
        Terminal {
            session,
            master,
            unread: Vec::new(),
            closed: false,
        }
    }

    /// Take in what the program has written so far, without waiting. A
    /// wait does this as it goes, so the program never blocks on a full
    /// terminal.
    fn take_in(&mut self) {
        let mut buf = [0u8; 4096];
        while !self.closed {
            match self.session.try_read(&mut buf) {
                Ok(0) => self.closed = true,
                Ok(n) => self.unread.extend_from_slice(&buf[..n]),
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => break,
                // Linux answers EIO once the program has closed the terminal.
                Err(_) => self.closed = true,
            }
        }
    }

    /// Wait until `needle` (a text, or an `expectrl::Regex`) shows on the
    /// screen; what the screen showed before it since the last match,
    /// without colours. The test fails, with the screen so far, if it never
    /// shows.
    #[track_caller]
    pub fn expect<N: Needle + Debug>(&mut self, needle: N) -> String {
        match self.expect_within(&needle, PATIENCE) {
            Some(before) => before,
            None => self.fail(&format!("waiting for {needle:?}")),
        }
    }

    /// As [`Terminal::expect`], giving up after `time` instead of failing.
    pub fn expect_within<N: Needle>(&mut self, needle: &N, time: Duration) -> Option<String> {
        let start = Instant::now();
        loop {
            self.take_in();
            let found = needle.check(&self.unread, self.closed).unwrap();
            if let (Some(from), Some(to)) = (
                found.iter().map(|m| m.start()).min(),
                found.iter().map(|m| m.end()).max(),
            ) {
                let before = screen(&self.unread[..from]);
                self.unread.drain(..to);
                return Some(before);
            }
            if self.closed || start.elapsed() > time {
                return None;
            }
            std::thread::sleep(POLL);
        }
    }

    /// Whether the program is reading keys: the terminal is out of line
    /// mode (no ICANON), as console leaves it only while it reads a key.
    fn reading(&self) -> bool {
        let modes = tcgetattr(&self.master).expect("the terminal's settings");
        !modes.local_modes.contains(LocalModes::ICANON)
    }

    /// Type `keys` once the prompt on the screen reads them. Wait for the
    /// screen first ([`Terminal::expect`]): the prompt before may still be
    /// reading.
    #[track_caller]
    pub fn keys(&mut self, keys: impl AsRef<str>) {
        let start = Instant::now();
        loop {
            self.take_in();
            if self.reading() {
                break;
            }
            if self.closed || start.elapsed() > PATIENCE {
                self.fail(&format!("waiting for a prompt to read {:?}", keys.as_ref()));
            }
            std::thread::sleep(POLL);
        }
        self.session.send(keys.as_ref()).unwrap();
    }

    /// Type `keys` once a prompt reads them unseen, as a passphrase prompt
    /// does (echo off, line mode kept): typed before, they could be lost
    /// when it turns echo off.
    #[track_caller]
    pub fn secret(&mut self, keys: impl AsRef<str>) {
        let start = Instant::now();
        loop {
            self.take_in();
            let modes = tcgetattr(&self.master).expect("the terminal's settings");
            if !modes.local_modes.contains(LocalModes::ECHO) {
                break;
            }
            if self.closed || start.elapsed() > PATIENCE {
                self.fail("waiting for a prompt to read a passphrase");
            }
            std::thread::sleep(POLL);
        }
        self.session.send(keys.as_ref()).unwrap();
    }

    /// Type `keys` now, whoever reads them: for keys meant for another
    /// program on the terminal (an editor) or for no prompt at all.
    pub fn keys_now(&mut self, keys: impl AsRef<str>) {
        self.session.send(keys.as_ref()).unwrap();
    }

    /// Wait for `prompt`, then type `reply` and Enter.
    #[track_caller]
    pub fn answer(&mut self, prompt: &str, reply: &str) {
        self.expect(prompt);
        self.keys(format!("{reply}\r"));
    }

    /// Ctrl-C, once a prompt reads it.
    #[track_caller]
    pub fn interrupt(&mut self) {
        self.keys(CTRL_C);
    }

    /// Wait for the program to end; its exit code (none if a signal ended it).
    #[track_caller]
    pub fn exit(&mut self) -> Option<i32> {
        let start = Instant::now();
        loop {
            self.take_in();
            match self.session.get_process().status() {
                Ok(WaitStatus::Exited(_, code)) => return Some(code),
                Ok(WaitStatus::Signaled(..)) => return None,
                Ok(_) => {}
                Err(e) => self.fail(&format!("waiting for plan to end: {e}")),
            }
            if start.elapsed() > PATIENCE {
                self.fail("waiting for plan to end");
            }
            std::thread::sleep(POLL);
        }
    }

    /// Fail the test, saying what it waited for and what the screen showed.
    #[track_caller]
    fn fail(&mut self, waiting: &str) -> ! {
        self.take_in();
        let state = if self.closed {
            "plan closed the terminal"
        } else {
            "gave up"
        };
        panic!(
            "{waiting}: {state}; since the last match the screen showed:\n{}",
            screen(&self.unread)
        );
    }
}

/// What a stretch of output shows, without colours and styles.
pub fn screen(bytes: &[u8]) -> String {
    console::strip_ansi_codes(&String::from_utf8_lossy(bytes)).into_owned()
}
