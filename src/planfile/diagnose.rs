//! Pointing at the right place when a plan file is not valid TOML.
//!
//! The parser reports where it gave up, which for an unclosed string or list
//! is the end of the file or the next table header, and for a key nested too
//! deep is nowhere at all. These helpers find the place a person should look.

/// Where a syntax error should point, and a note on what was left open.
pub fn locate(text: &str, span_start: Option<usize>) -> (usize, Option<String>) {
    let Some(at) = span_start else {
        // No position: the nesting limit. Point at the most deeply nested line.
        return (deepest_line(text), None);
    };
    match unclosed_before(text, at) {
        Some((opened, what)) if opened < at => {
            let (line, column) = line_col(text, opened);
            let note = format!("the {what} opened at line {line}, column {column} is never closed");
            (at, Some(note))
        }
        _ => (at, None),
    }
}

/// The start of the line with the most nesting (dots in keys, brackets, braces).
fn deepest_line(text: &str) -> usize {
    let mut best = (0, 0);
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let depth = line
            .chars()
            .filter(|c| matches!(c, '.' | '[' | '{'))
            .count();
        if depth > best.0 {
            best = (depth, offset);
        }
        offset += line.len();
    }
    best.1
}

/// The innermost string, list or inline table still open at `at`, if any:
/// (its byte offset, what it is).
fn unclosed_before(text: &str, at: usize) -> Option<(usize, &'static str)> {
    // Bytes, not chars: every byte looked for is ASCII, so a multi-byte
    // character can never be mistaken for one, and no slice splits it.
    let bytes = text.as_bytes();
    let end = at.min(bytes.len());
    let find = |from: usize, needle: &[u8]| {
        bytes[from..]
            .windows(needle.len())
            .position(|w| w == needle)
            .map(|p| from + p)
    };
    let mut open: Vec<(usize, &'static str)> = Vec::new();
    let mut i = 0;
    while i < end {
        let rest = &bytes[i..];
        if rest.starts_with(b"\"\"\"") || rest.starts_with(b"'''") {
            match find(i + 3, &rest[..3]) {
                Some(close) if close + 3 <= end => i = close + 3,
                _ => return Some((i, "multi-line string")),
            }
            continue;
        }
        match bytes[i] {
            b'#' => i = find(i, b"\n").unwrap_or(bytes.len()),
            q @ (b'"' | b'\'') => {
                // A one-line string ends at its quote or, unclosed, at the line's end.
                let mut j = i + 1;
                while j < end && bytes[j] != q && bytes[j] != b'\n' {
                    j += if q == b'"' && bytes[j] == b'\\' { 2 } else { 1 };
                }
                i = j + 1;
            }
            b'[' => {
                // At the start of a line, outside any value, `[` opens a
                // table header (`[meeting]`), not a list.
                let line_start = bytes[..i]
                    .iter()
                    .rposition(|b| *b == b'\n')
                    .map_or(0, |p| p + 1);
                let header = open.is_empty()
                    && bytes[line_start..i]
                        .iter()
                        .all(|b| matches!(b, b' ' | b'\t'));
                open.push((i, if header { "table header" } else { "list" }));
                i += 1;
                // `[[actions]]`: one header, with its second bracket.
                if header && bytes.get(i) == Some(&b'[') {
                    open.push((i, "table header"));
                    i += 1;
                }
            }
            b'{' => {
                open.push((i, "inline table"));
                i += 1;
            }
            b']' | b'}' => {
                open.pop();
                i += 1;
            }
            _ => i += 1,
        }
    }
    // A table header (`[meeting]`) closes on its own line; only values stay open.
    open.last().copied()
}

/// The offending line with a caret under `column`, cut to a window around
/// the column when the line is long, so the caret is always under the place.
pub fn window(line: &str, column: usize) -> (String, usize) {
    const WIDTH: usize = 120;
    let chars: Vec<char> = line.chars().collect();
    if chars.len() <= WIDTH {
        return (line.to_string(), column.saturating_sub(1));
    }
    let start = column
        .saturating_sub(1)
        .saturating_sub(WIDTH / 2)
        .min(chars.len());
    let stop = (start + WIDTH).min(chars.len());
    let mut shown = String::new();
    if start > 0 {
        shown.push('…');
    }
    shown.extend(&chars[start..stop]);
    if stop < chars.len() {
        shown.push('…');
    }
    let caret = column.saturating_sub(1) - start + usize::from(start > 0);
    (shown, caret)
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(text: &str, at: usize) -> (usize, usize) {
    let at = at.min(text.len());
    let before = &text[..floor_char(text, at)];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, column)
}

fn floor_char(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unclosed_multi_line_string_is_found_where_it_opens() {
        let text = "schema = 1\n[meeting]\nwith = \"\"\"Sam\nand more\n\n[open]\n";
        let (_, note) = locate(text, Some(text.len()));
        assert_eq!(
            note.as_deref(),
            Some("the multi-line string opened at line 3, column 8 is never closed")
        );
    }

    #[test]
    fn an_unclosed_list_is_found_where_it_opens() {
        let text = "schema = 1\n[explore]\nquestions = [\"a\",\n\"b\"\n\n[open]\nstory = \"x\"\n";
        let at = text.find("[open]").unwrap();
        let (_, note) = locate(text, Some(at));
        assert_eq!(
            note.as_deref(),
            Some("the list opened at line 3, column 13 is never closed")
        );
        // Closed things and headers are not reported.
        let fine = "schema = 1\n[a]\nx = [1, [2]] # [é\ny = \"[é\"\nz = \"ü\"\n";
        assert_eq!(locate(fine, Some(fine.len())).1, None);
    }

    #[test]
    fn an_unclosed_table_header_is_called_one() {
        let text = "schema = 1\n[meeting\nwith = \"Sam\"\n";
        let at = text.find("with").unwrap();
        let (_, note) = locate(text, Some(at));
        assert_eq!(
            note.as_deref(),
            Some("the table header opened at line 2, column 1 is never closed")
        );
        let text = "schema = 1\n  [[actions]\nwhat = \"x\"\n";
        let (_, note) = locate(text, Some(text.find("what").unwrap()));
        assert!(
            note.unwrap()
                .starts_with("the table header opened at line 2")
        );
    }

    #[test]
    fn no_position_points_at_the_deepest_line() {
        let text = format!("schema = 1\n{}b = 1\n", "a.".repeat(100));
        assert_eq!(locate(&text, None).0, 11);
    }

    #[test]
    fn long_lines_are_windowed_around_the_column() {
        let line = format!("with = \"{}\" + 1", "x".repeat(200));
        let (shown, caret) = window(&line, 211);
        assert!(shown.starts_with('…'));
        assert_eq!(shown.chars().nth(caret), Some('+'));
        assert_eq!(window("short", 3), ("short".into(), 2));
    }
}
