//! Plain text as the coaching rules read it: quotes normalised, quoted
//! speech dropped, lowercase words, phrases found as whole words.

use std::borrow::Cow;

/// Normalise quotes and case, and drop quoted speech.
pub fn normalise(text: &str) -> String {
    // Most texts are ASCII with no quotation mark: a look at eight bytes
    // at a time settles that, and the only copy made is the lowercase one.
    if !holds_any(text.as_bytes(), b"\"'", true) {
        return text.to_ascii_lowercase();
    }
    let text = straight_quotes(text);
    let text = unquoted(&text);
    // ASCII is lowered a byte at a time, as `to_lowercase` lowers it.
    match text.is_ascii() {
        true => text.to_ascii_lowercase(),
        false => text.to_lowercase(),
    }
}

/// Text with curly single quotes written straight, copied only when it
/// has one.
pub(super) fn straight_quotes(text: &str) -> Cow<'_, str> {
    // Both begin with the byte 0xE2: most texts have none, and are passed
    // over eight bytes at a time.
    if holds_any(text.as_bytes(), &[0xE2], false) && text.contains(['’', '‘']) {
        Cow::Owned(text.replace(['’', '‘'], "'"))
    } else {
        Cow::Borrowed(text)
    }
}

/// Whether `text` has a mark that may open a quotation: ", “, «, ' or ‘.
/// Their bytes are looked for first (“ and ‘ begin with 0xE2, « with 0xC2),
/// which settles most texts without decoding a character.
fn may_quote(text: &str) -> bool {
    holds_any(text.as_bytes(), &[b'"', b'\'', 0xE2, 0xC2], false)
        && text.contains(['"', '“', '«', '\'', '‘'])
}

/// Whether `bytes` hold any byte of `wanted`, or with `high` any byte that
/// is not ASCII: read eight bytes at a time, each byte of a word tested at
/// once (a word has a zero byte where the one sought was).
pub fn holds_any(bytes: &[u8], wanted: &[u8], high: bool) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let zero_byte = |v: u64| v.wrapping_sub(ONES) & !v & HIGH != 0;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(chunk);
        let x = u64::from_le_bytes(eight);
        let found = wanted.iter().any(|&b| zero_byte(x ^ (ONES * u64::from(b))));
        if found || (high && x & HIGH != 0) {
            return true;
        }
    }
    let rest = chunks.remainder();
    rest.iter()
        .any(|b| wanted.contains(b) || (high && !b.is_ascii()))
}

/// Text with what is inside quotation marks removed: quoted words are what
/// someone said or wrote. Apostrophes inside words ("don't") are kept.
pub fn strip_quoted(text: &str) -> String {
    unquoted(text).into_owned()
}

/// [`strip_quoted`], borrowing the text when nothing could be quoted in it.
pub(super) fn unquoted(text: &str) -> Cow<'_, str> {
    // Only these open a quotation: without one, the text is as it was.
    if !may_quote(text) {
        return Cow::Borrowed(text);
    }
    let chars: Vec<char> = text.chars().collect();
    let n = chars.len();
    // Where each kind of closing mark next stands, from every position: one
    // pass backwards, so a text full of unclosed quotes stays linear.
    let closes = ['"', '”', '»', '‘'];
    let mut next = vec![[usize::MAX; 5]; n + 1];
    for j in (0..n).rev() {
        next[j] = next[j + 1];
        if let Some(k) = closes.iter().position(|&c| c == chars[j]) {
            next[j][k] = j;
        }
        let single = chars[j] == '\'' || chars[j] == '’';
        if single && (j + 1 == n || !chars[j + 1].is_alphanumeric()) {
            next[j][4] = j;
        }
    }
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < n {
        let c = chars[i];
        let kind = match c {
            '"' => Some(0),
            '“' => Some(1),
            '«' => Some(2),
            // A single quote opens a quotation only at the start of a word.
            '\'' if i == 0 || !chars[i - 1].is_alphanumeric() => Some(4),
            '‘' if i == 0 || !chars[i - 1].is_alphanumeric() => Some(3),
            _ => None,
        };
        if let Some(end) = kind.map(|k| next[i + 1][k]).filter(|&e| e != usize::MAX) {
            out.push_str(" \"\" ");
            i = end + 1;
            continue;
        }
        out.push(c);
        i += 1;
    }
    Cow::Owned(out)
}

/// The words of (lowercase) text, with apostrophes kept inside them.
pub fn words(text: &str) -> Vec<&str> {
    each_word(text).collect()
}

/// [`words`], one at a time: the runs of letters, digits and apostrophes,
/// without the apostrophes at their ends, that are not empty.
pub fn each_word(text: &str) -> EachWord<'_> {
    EachWord { text, at: 0 }
}

/// The iterator of [`each_word`]. It reads ASCII byte by byte and decodes
/// only the other characters, which a split on a character test would
/// decode one and all.
pub struct EachWord<'a> {
    text: &'a str,
    at: usize,
}

/// Where the run of characters from byte `at` that are (`inside`) or are
/// not part of a word ends: ASCII is read a byte at a time, other
/// characters are decoded.
#[inline(always)]
fn run_end(text: &str, mut at: usize, inside: bool) -> usize {
    let bytes = text.as_bytes();
    while at < bytes.len() {
        let b = bytes[at];
        if b.is_ascii() {
            if WORD_BYTES[usize::from(b)] != inside {
                break;
            }
            at += 1;
            continue;
        }
        let c = text[at..].chars().next().unwrap_or_default();
        if c.is_alphanumeric() != inside {
            break;
        }
        at += c.len_utf8();
    }
    at
}

/// Which ASCII bytes are part of a word: letters, digits and the
/// apostrophe, looked up rather than tested in turn.
static WORD_BYTES: [bool; 128] = {
    let mut table = [false; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric() || b == b'\'' as usize;
        b += 1;
    }
    table
};

impl<'a> Iterator for EachWord<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let (text, bytes) = (self.text, self.text.as_bytes());
        loop {
            // Past the characters between words, then along one word.
            let start = run_end(text, self.at, false);
            if start >= bytes.len() {
                self.at = start;
                return None;
            }
            self.at = run_end(text, start, true);
            // Without its apostrophes at either end (a byte that is never
            // part of another character).
            let (mut from, mut to) = (start, self.at);
            while from < to && bytes[from] == b'\'' {
                from += 1;
            }
            while to > from && bytes[to - 1] == b'\'' {
                to -= 1;
            }
            if from < to {
                return Some(&text[from..to]);
            }
        }
    }
}

/// Characters that end a sentence.
const TERMINATORS: &[char] = &['.', '!', '?', '…'];

/// Characters that end a line: a sentence never goes on past one.
const LINE_BREAKS: &[char] = &['\n', '\u{2028}', '\u{2029}'];

/// Words followed by a full stop that does not end the sentence ("Mr.
/// Hart"). A single letter ("S.", "e.g.", "p.m.") is one too.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "mx", "dr", "prof", "st", "jr", "sr", "vs", "approx", "dept",
];

/// The sentences of `text`, in order, each a slice of it (so that its
/// place in `text` is known) without the white space around it; a part
/// with nothing but white space is no sentence, so `""` has none.
///
/// A sentence ends, outside quotations:
/// - after a run of `.`, `!`, `?` or `…` ("?!", "...") with any `)` or `]`
///   right after it, when white space or the end of the text follows;
///   except a single `.` after an abbreviation (mr, mrs, ms, mx, dr, prof,
///   st, jr, sr, vs, approx, dept, in any case) or after a single letter
///   ("Liam S.", "e.g.", "p.m.", but also "Plan B.");
/// - at a line break (`\n`, U+2028, U+2029), which belongs to no sentence
///   (a `\r` before it is trimmed as white space);
/// - after a quotation whose last character before the closing mark is
///   one of those marks ("He said "No." Then…"), when white space follows
///   and then anything but a lowercase letter ("He said "no!" and left"
///   is one sentence).
///
/// It never ends inside a quotation: "…", “…”, «…», or '…' and ‘…’ opened
/// at the start of a word and closed at the end of one (so "Liam's" and
/// "the boss' desk" are no quotation). A double quotation is closed by the
/// end of its paragraph (a blank line) at the latest, a single one by the
/// end of its line; a mark without its pair opens nothing. A quotation
/// may run over a single line break, which then ends no sentence.
pub fn sentences(text: &str) -> Vec<&str> {
    match one_sentence(text) {
        Some(one) => one.into_iter().collect(),
        None => split_sentences(text),
    }
}

/// The common case of [`sentences`], settled without reading characters:
/// printable ASCII with no quotation mark, no line break and no mark that
/// ends a sentence but in its last run of stops and closing brackets is
/// one sentence, or none if blank. `None` when the text needs reading.
fn one_sentence(text: &str) -> Option<Option<&str>> {
    let body = text.trim_end().trim_end_matches(['.', '!', '?', ')', ']']);
    if holds_any(body.as_bytes(), b".!?\n\"'", true) {
        return None;
    }
    let one = text.trim();
    Some((!one.is_empty()).then_some(one))
}

/// [`sentences`], read character by character.
fn split_sentences(text: &str) -> Vec<&str> {
    // A text has at most as many characters as bytes: room for all of
    // them at once, not grown a few at a time.
    let mut chars: Vec<(usize, char)> = Vec::with_capacity(text.len());
    chars.extend(text.char_indices());
    let quotes = quotations(text);
    // The quotations are in order and apart, and `i` only moves on: the
    // one that may start at `i` is the first not yet passed, so no map of
    // them is needed.
    let mut quotes = quotes.iter().peekable();
    let byte = |k: usize| chars.get(k).map_or(text.len(), |&(offset, _)| offset);
    let mut out = Vec::new();
    let mut push = |from: usize, to: usize| {
        let s = text[byte(from)..byte(to)].trim();
        if !s.is_empty() {
            out.push(s);
        }
    };
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        while quotes.next_if(|q| q.start < chars[i].0).is_some() {}
        if let Some(end) = quotes.next_if(|q| q.start == chars[i].0).map(|q| q.end) {
            // Past the quotation: `end` is the byte after its closing mark.
            let j = chars.partition_point(|&(offset, _)| offset < end);
            let ended = TERMINATORS.contains(&chars[j - 2].1);
            let next = chars[j..]
                .iter()
                .map(|&(_, n)| n)
                .find(|n| !n.is_whitespace());
            if ended && space_or_end(&chars, j) && !next.is_some_and(char::is_lowercase) {
                push(start, j);
                start = j;
            }
            i = j;
        } else if LINE_BREAKS.contains(&c) {
            push(start, i);
            start = i + 1;
            i += 1;
        } else if TERMINATORS.contains(&c) {
            let mut j = i;
            while chars.get(j).is_some_and(|(_, t)| TERMINATORS.contains(t)) {
                j += 1;
            }
            let single_stop = c == '.' && j == i + 1;
            while chars.get(j).is_some_and(|(_, t)| matches!(t, ')' | ']')) {
                j += 1;
            }
            if space_or_end(&chars, j) && !(single_stop && abbreviation_before(&chars, i)) {
                push(start, j);
                start = j;
            }
            i = j;
        } else {
            i += 1;
        }
    }
    push(start, chars.len());
    out
}

/// Whether the text ends at character `j` or has white space there.
fn space_or_end(chars: &[(usize, char)], j: usize) -> bool {
    chars.get(j).is_none_or(|&(_, c)| c.is_whitespace())
}

/// Whether the word before the full stop at character `i` is an
/// abbreviation or a single letter ("Mr.", "S.", "e.g.").
fn abbreviation_before(chars: &[(usize, char)], i: usize) -> bool {
    let mut s = i;
    while s > 0 && is_word_char(chars[s - 1].1) {
        s -= 1;
    }
    if s == i {
        return false;
    }
    if i - s == 1 && chars[s].1.is_alphabetic() {
        return true;
    }
    // An ASCII word is compared as it stands, without a lowercase copy.
    let word = &chars[s..i];
    if word.iter().all(|&(_, c)| c.is_ascii()) {
        let ascii = |a: &&str| {
            a.len() == word.len()
                && a.bytes()
                    .zip(word)
                    .all(|(b, &(_, c))| b == c.to_ascii_lowercase() as u8)
        };
        return ABBREVIATIONS.iter().any(ascii);
    }
    let word: String = word.iter().map(|&(_, c)| c).collect();
    ABBREVIATIONS.contains(&word.to_lowercase().as_str())
}

/// A character of a word: a letter, a digit or a combining accent.
pub(super) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c, '\u{300}'..='\u{36f}' | '\u{1ab0}'..='\u{1aff}' | '\u{1dc0}'..='\u{1dff}')
        || matches!(c, '\u{20d0}'..='\u{20ff}' | '\u{fe20}'..='\u{fe2f}')
}

/// The quotations in `text` as byte ranges, marks included, in order and
/// apart: "…", “…”, «…», and '…' or ‘…’ at word boundaries (see
/// [`sentences`]).
pub(super) fn quotations(text: &str) -> Vec<std::ops::Range<usize>> {
    // Only these open a quotation (see [`opening`]).
    if !may_quote(text) {
        return Vec::new();
    }
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let byte = |k: usize| chars.get(k).map_or(text.len(), |&(offset, _)| offset);
    let mut out = Vec::new();
    // For each kind of mark, a failed search found no closing mark before
    // this index, so no later search that starts before it can find one.
    let mut no_close_before = [0usize; 4];
    let mut i = 0;
    while i < chars.len() {
        let Some(kind) = opening(&chars, i).filter(|&k| i >= no_close_before[k]) else {
            i += 1;
            continue;
        };
        match find_close(&chars, i, kind) {
            Ok(end) => {
                out.push(byte(i)..byte(end + 1));
                i = end + 1;
            }
            Err(limit) => {
                no_close_before[kind] = limit;
                i += 1;
            }
        }
    }
    out
}

/// The kind of quotation the mark at `i` opens: 0 for ", 1 for “, 2 for «
/// and 3 for a single mark at the start of a word.
fn opening(chars: &[(usize, char)], i: usize) -> Option<usize> {
    match chars[i].1 {
        '"' => Some(0),
        '“' => Some(1),
        '«' => Some(2),
        '\'' | '‘' => {
            let after_word = i > 0 && is_word_char(chars[i - 1].1);
            let before_word = chars.get(i + 1).is_some_and(|&(_, c)| is_word_char(c));
            (!after_word && before_word).then_some(3)
        }
        _ => None,
    }
}

/// Whether the character at `j` closes a quotation of `kind`.
fn closes(chars: &[(usize, char)], j: usize, kind: usize) -> bool {
    let c = chars[j].1;
    match kind {
        0 | 1 => c == '"' || c == '”',
        2 => c == '»',
        _ => {
            matches!(c, '\'' | '’')
                && j > 0
                && !chars[j - 1].1.is_whitespace()
                && !chars.get(j + 1).is_some_and(|&(_, n)| is_word_char(n))
        }
    }
}

/// The closing mark for the quotation of `kind` opened at `i`, or where
/// the search stopped.
fn find_close(chars: &[(usize, char)], i: usize, kind: usize) -> Result<usize, usize> {
    for j in i + 1..chars.len() {
        if LINE_BREAKS.contains(&chars[j].1) && (kind == 3 || blank_line_after(chars, j)) {
            return Err(j);
        }
        if closes(chars, j, kind) {
            return Ok(j);
        }
    }
    Err(chars.len())
}

/// Whether the line break at `j` is followed by an empty line.
fn blank_line_after(chars: &[(usize, char)], j: usize) -> bool {
    chars[j].1 == '\u{2029}'
        || chars[j + 1..]
            .iter()
            .map(|&(_, c)| c)
            .take_while(|c| c.is_whitespace())
            .any(|c| LINE_BREAKS.contains(&c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_sentence_is_settled_as_reading_it_would_settle_it() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/check");
        let mut texts = vec![
            String::new(),
            "   ".into(),
            "Late.".into(),
            "Late. ".into(),
            "e.g.".into(),
            "It was late (again).".into(),
            "It was late.)".into(),
            "Late!?! ".into(),
            "Late \u{2028}".into(),
            "Late\u{3000}".into(),
            "Late\r".into(),
            "Late...".into(),
        ];
        for part in ["tuning", "held-out"] {
            for file in std::fs::read_dir(dir.join(part)).unwrap() {
                let path = file.unwrap().path();
                if path.extension().is_none_or(|e| e != "tsv") {
                    continue;
                }
                for line in std::fs::read_to_string(&path).unwrap().lines() {
                    let Some((_, text)) = line.split_once('\t') else {
                        continue;
                    };
                    texts.push(text.to_string());
                }
            }
        }
        let mut compared = 0;
        for text in &texts {
            let trimmed = text.trim_end_matches(['.', '!', '?']);
            for variant in [
                text.clone(),
                trimmed.to_string(),
                format!("{trimmed}. "),
                format!("  {text}  "),
                format!("{trimmed} (see the notes)."),
                format!("{trimmed}. And then?"),
                format!("{text}\n{text}"),
            ] {
                assert_eq!(
                    sentences(&variant),
                    split_sentences(&variant),
                    "{variant:?}"
                );
                compared += 1;
            }
        }
        assert!(compared > 10_000, "only {compared} texts compared");
    }

    #[test]
    fn words_are_read_byte_by_byte_as_a_split_reads_them() {
        // The split on a character test each_word was, as a reference.
        let split = |text: &'static str| -> Vec<&'static str> {
            text.split(|c: char| !(c.is_alphanumeric() || c == '\''))
                .map(|w| w.trim_matches('\''))
                .filter(|w| !w.is_empty())
                .collect()
        };
        for text in [
            "",
            "'",
            "''a''",
            "Why didn't you call?",
            "'quoted' words, 'and' more'",
            "Zoë’s café — naïve “résumé” «ça» 12:30",
            "Ωμέγα ΣΟΦΟΣ straße İstanbul 東京 e\u{301}",
            "tab\tline\nbreak\u{2028}sep 😀emoji😀 x",
            "a-b_c.d,e;f 1,000 9.30",
        ] {
            assert_eq!(words(text), split(text), "{text:?}");
        }
    }

    #[test]
    fn bytes_are_found_eight_at_a_time_as_one_at_a_time() {
        let sets: [(&[u8], bool); 4] = [
            (b"\"'", true),
            (&[b',', 0xE2], false),
            (&[0xE2], false),
            (&[b'"', b'\'', 0xE2, 0xC2], false),
        ];
        let text = "Zoë’s \"café\", «ça» — x'y 12,30 plain words here. ";
        for from in 0..text.len() {
            for to in from..=text.len() {
                let bytes = &text.as_bytes()[from..to];
                for (wanted, high) in sets {
                    let one_by_one = bytes
                        .iter()
                        .any(|b| wanted.contains(b) || (high && !b.is_ascii()));
                    assert_eq!(holds_any(bytes, wanted, high), one_by_one, "{bytes:?}");
                }
            }
        }
    }

    #[test]
    fn sentences_end_after_a_stop_and_space_and_at_line_breaks() {
        assert_eq!(
            sentences("One. Two!\nThree? four"),
            ["One.", "Two!", "Three?", "four"]
        );
        assert_eq!(
            sentences("  Late.  Sorry!\tLeft?\n\nBack…\r\n- forgot\n"),
            ["Late.", "Sorry!", "Left?", "Back…", "- forgot"]
        );
        assert_eq!(
            sentences("What?! No... Yes.)"),
            ["What?!", "No...", "Yes.)"]
        );
        assert_eq!(sentences("(He left.) Then"), ["(He left.)", "Then"]);
        assert_eq!(sentences("a\u{2028}b\u{2029}c"), ["a", "b", "c"]);
        // No white space after the stop: not an end.
        assert_eq!(
            sentences("It cost 3.50 at 10.30."),
            ["It cost 3.50 at 10.30."]
        );
        assert_eq!(sentences("v1.2.3 is out."), ["v1.2.3 is out."]);
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_a_sentence() {
        assert_eq!(
            sentences("Mr. Hart was late, e.g. twice. He left."),
            ["Mr. Hart was late, e.g. twice.", "He left."]
        );
        assert_eq!(
            sentences("Liam S. said so at 3 p.m. on Monday. Dr. Okafor agreed."),
            ["Liam S. said so at 3 p.m. on Monday.", "Dr. Okafor agreed."]
        );
        assert_eq!(
            sentences("It took approx. 10 minutes. Then i.e. 20."),
            ["It took approx. 10 minutes.", "Then i.e. 20."]
        );
        // Two stops, or another mark, end it after an abbreviation too.
        assert_eq!(sentences("Ask Dr.. Then go."), ["Ask Dr..", "Then go."]);
    }

    #[test]
    fn a_sentence_never_ends_inside_a_quotation() {
        assert_eq!(
            sentences("He said \"No. Never. Not me.\" Then he left."),
            ["He said \"No. Never. Not me.\"", "Then he left."]
        );
        assert_eq!(
            sentences("He said “stop. now” and left. Fine."),
            ["He said “stop. now” and left.", "Fine."]
        );
        // A quotation that ends with a stop ends the sentence only when
        // what follows does not go on in lowercase.
        assert_eq!(
            sentences("He said \"no!\" and left."),
            ["He said \"no!\" and left."]
        );
        assert_eq!(
            sentences("She wrote 'done. sent.' Then left."),
            ["She wrote 'done. sent.'", "Then left."]
        );
        // Apostrophes are no quotation; a mark without its pair opens
        // nothing.
        assert_eq!(
            sentences("Liam's late. He's sorry. It's 27\" wide. Ok."),
            ["Liam's late.", "He's sorry.", "It's 27\" wide.", "Ok."]
        );
        // A double quotation may run over one line break, not a blank line.
        assert_eq!(
            sentences("He said \"no\nway\" then.\nNext"),
            ["He said \"no\nway\" then.", "Next"]
        );
        // A double quotation ends at a blank line at the latest.
        assert_eq!(
            sentences("He said \"no.\n\nThen. \"ok\""),
            ["He said \"no.", "Then.", "\"ok\""]
        );
    }

    #[test]
    fn sentences_are_slices_without_white_space_and_never_empty() {
        for text in [
            "",
            "   ",
            "\n\n",
            ". . .",
            "\"\"",
            "“",
            "'a' 'b'",
            "x",
            "é. É! ß?",
        ] {
            let parts = sentences(text);
            let mut from = 0;
            for part in &parts {
                assert!(
                    !part.is_empty() && part.trim() == *part,
                    "{text:?}: {parts:?}"
                );
                let at = from + text[from..].find(part).unwrap();
                from = at + part.len();
            }
        }
        assert!(sentences("  \n ").is_empty());
    }
}
