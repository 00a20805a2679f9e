//! Plain text as the coaching rules read it: quotes normalised, quoted
//! speech dropped, lowercase words, phrases found as whole words.

/// Normalise quotes and case, and drop quoted speech.
pub fn normalise(text: &str) -> String {
    let text = text.replace(['’', '‘'], "'");
    strip_quoted(&text).to_lowercase()
}

/// Text with what is inside quotation marks removed: quoted words are what
/// someone said or wrote. Apostrophes inside words ("don't") are kept.
pub fn strip_quoted(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let close = match c {
            '"' => Some('"'),
            '“' => Some('”'),
            '«' => Some('»'),
            // A single quote opens a quotation only at the start of a word.
            '\'' | '‘' if i == 0 || !chars[i - 1].is_alphanumeric() => Some(c),
            _ => None,
        };
        if let Some(close) = close {
            let end = (i + 1..chars.len()).find(|&j| {
                (chars[j] == close || (close == '\'' && chars[j] == '’'))
                    && (close != '\'' || j + 1 == chars.len() || !chars[j + 1].is_alphanumeric())
            });
            if let Some(end) = end {
                out.push_str(" \"\" ");
                i = end + 1;
                continue;
            }
        }
        out.push(c);
        i += 1;
    }
    out
}

/// Lowercase words, with apostrophes kept inside them.
pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .map(|w| w.trim_matches('\''))
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect()
}

/// The first phrase in `text` (padded words) from `list`, if any.
pub fn find_phrase(padded: &str, list: &[&'static str]) -> Option<&'static str> {
    // Each phrase as whole words: found with a space on both sides (the text
    // is padded with spaces), without building a new string per phrase.
    list.iter().copied().find(|p| {
        padded
            .match_indices(p)
            .any(|(at, _)| padded[..at].ends_with(' ') && padded[at + p.len()..].starts_with(' '))
    })
}
