//! Any text as a Markdown answer: the cleaned HTML has no script, no event
//! handler, no outside resource and only web or mail links.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let html = plan::artefacts::markdown::markdown_to_html(text).to_lowercase();
    for tag in html.split('<').skip(1) {
        let inside = tag.split('>').next().unwrap_or("");
        assert!(!inside.starts_with("script") && !inside.starts_with("img"), "{html}");
        for attr in inside.split_whitespace().skip(1) {
            assert!(!attr.starts_with("on") && !attr.starts_with("src"), "{html}");
            if let Some(url) = attr.strip_prefix("href=\"") {
                assert!(
                    url.starts_with("http://") || url.starts_with("https://") || url.starts_with("mailto:"),
                    "{html}"
                );
            }
        }
    }
});
