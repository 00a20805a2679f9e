//! Properties that hold for any input, checked on generated cases
//! (proptest): nothing nobody typed on purpose panics `plan`, a saved plan
//! reads back as itself, cleaned Markdown carries nothing active, and any
//! text gives an invite a calendar parser accepts.

use plan::artefacts::engine::Renderer;
use plan::artefacts::markdown::markdown_to_html;
use plan::artefacts::shareable::Shareable;
use plan::planfile::typed::{Action, Meeting, Outcome};
use plan::planfile::{EditablePlan, FileKind, load::parse};
use plan::questions::catalogue::{self, Kind};
use proptest::prelude::*;
use std::path::Path;
use std::sync::OnceLock;

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 200,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

fn renderer() -> &'static Renderer {
    static R: OnceLock<Renderer> = OnceLock::new();
    R.get_or_init(|| Renderer::new(None).unwrap())
}

/// Every view of a plan that loaded: none may panic, all must render.
fn render_every_view(doc: &EditablePlan) {
    let brief = plan::artefacts::brief::Brief::new(doc, "p.toml").unwrap();
    let ctx = tera::Context::from_serialize(&brief).unwrap();
    renderer().render("brief.md", &ctx).unwrap();
    renderer().render("brief.html", &ctx).unwrap();
    let ctx = plan::artefacts::followup::followup_context(doc).unwrap();
    renderer().render("followup.md", &ctx).unwrap();
    let shared = Shareable::from_plan(doc.typed().unwrap());
    let _ = plan::artefacts::invite::calendar(&shared, "id", None);
}

fn example(i: usize) -> String {
    let name = [
        "missed-deadlines",
        "meeting-behaviour",
        "performance-escalation",
    ][i % 3];
    std::fs::read_to_string(crate::root().join(format!("examples/{name}.toml"))).unwrap()
}

/// Text a person might type: any printable character, quotes, backslashes,
/// TOML and Markdown syntax, newlines and tabs.
fn typed_text() -> impl Strategy<Value = String> {
    proptest::string::string_regex(r#"[ -~éüß✓\n\t"'\\\[\]{}#<>&=]{1,60}"#).unwrap()
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_bytes_load_or_fail_cleanly(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let text = String::from_utf8_lossy(&bytes);
        for kind in [FileKind::Plan, FileKind::Answers] {
            if let Ok(doc) = parse(Path::new("p.toml"), &text, kind) {
                render_every_view(&doc);
            }
        }
    }

    #[test]
    fn mutated_examples_load_or_fail_cleanly(
        which in 0usize..3,
        edits in proptest::collection::vec((any::<prop::sample::Index>(), 0usize..12, typed_text()), 1..4),
    ) {
        let mut text = example(which);
        for (at, cut, insert) in edits {
            let mut start = at.index(text.len() + 1);
            while !text.is_char_boundary(start) { start -= 1; }
            let end = (start + cut).min(text.len());
            let end = (end..=text.len()).find(|i| text.is_char_boundary(*i)).unwrap();
            text.replace_range(start..end, &insert);
        }
        if let Ok(doc) = parse(Path::new("p.toml"), &text, FileKind::Plan) {
            render_every_view(&doc);
        }
    }

    #[test]
    fn a_saved_plan_reads_back_as_itself(texts in proptest::collection::vec(typed_text(), 40), seed in any::<u64>()) {
        let mut doc = EditablePlan::new_plan();
        let mut next = texts.into_iter().cycle();
        for (i, q) in catalogue::all().enumerate() {
            let pick = (seed >> (i % 60)) as usize;
            let item = match q.kind {
                Kind::Text | Kind::LongText => toml_edit::value(next.next().unwrap()),
                Kind::List | Kind::Bank(_) => plan::questions::answer::list(&[next.next().unwrap(), next.next().unwrap()]),
                Kind::Choice(opts) => toml_edit::value(opts[pick % opts.len()].value),
                Kind::MultiChoice(opts) => plan::questions::answer::list(&[opts[pick % opts.len()].value.to_string()]),
                Kind::When => toml_edit::value(format!("2026-{:02}-{:02}T{:02}:30:00", 1 + pick % 12, 1 + pick % 28, pick % 24).parse::<toml_edit::Datetime>().unwrap()),
                Kind::Date => toml_edit::value(format!("2027-{:02}-{:02}", 1 + pick % 12, 1 + pick % 28).parse::<toml_edit::Datetime>().unwrap()),
                Kind::Minutes => toml_edit::value(1 + (pick % 600) as i64),
                Kind::Seconds => toml_edit::value((pick % 3600) as i64),
                Kind::YesNo => toml_edit::value(pick.is_multiple_of(2)),
                Kind::Records(fields) => {
                    let mut t = toml_edit::Table::new();
                    for f in fields {
                        let v = match f.kind {
                            Kind::Choice(opts) => toml_edit::value(opts[pick % opts.len()].value),
                            Kind::Date => toml_edit::value("2026-11-02".parse::<toml_edit::Datetime>().unwrap()),
                            _ => toml_edit::value(next.next().unwrap()),
                        };
                        t.insert(f.key, v);
                    }
                    plan::questions::answer::records(vec![t])
                }
            };
            doc.set(q.id, item);
        }
        let text = doc.to_toml();
        let back = parse(Path::new("p.toml"), &text, FileKind::Plan)
            .unwrap_or_else(|e| panic!("{e}\n{text}"));
        let a = toml::Value::try_from(doc.typed().unwrap()).unwrap();
        let b = toml::Value::try_from(back.typed().unwrap()).unwrap();
        prop_assert_eq!(a, b);
        prop_assert_eq!(back.to_toml(), text);
    }

    #[test]
    fn cleaned_markdown_carries_nothing_active(
        parts in proptest::collection::vec(prop_oneof![
            typed_text(),
            Just("<script>alert(1)</script>".to_string()),
            Just("<img src=x onerror=alert(1)>".to_string()),
            Just("[a](javascript:alert(1))".to_string()),
            Just("[b](data:text/html,x)".to_string()),
            Just("![c](https://tracker.example/p.png)".to_string()),
            Just("<a href=\"javascript:x\" onclick=\"y\">z</a>".to_string()),
            Just("<iframe src=//evil.example>".to_string()),
            Just("[d]: javascript:alert(2)\n\n[d]".to_string()),
            Just("<svg onload=alert(1)>".to_string()),
        ], 1..6),
    ) {
        let html = markdown_to_html(&parts.concat()).to_lowercase();
        // Text is escaped (`&lt;`), so every `<` opens a real tag: inspect each.
        for tag in html.split('<').skip(1) {
            let inside = tag.split('>').next().unwrap_or("");
            let name = inside.trim_start_matches('/').split_whitespace().next().unwrap_or("");
            prop_assert!(
                ["p", "a", "em", "strong", "code", "pre", "ul", "ol", "li", "blockquote", "br", "hr",
                 "del", "table", "thead", "tbody", "tr", "th", "td", "input"].contains(&name),
                "tag <{}> in {}", name, html
            );
            for attr in inside.split_whitespace().skip(1) {
                prop_assert!(!attr.starts_with("on") && !attr.starts_with("src") && !attr.starts_with("style"), "{} in {}", attr, html);
                if let Some(url) = attr.strip_prefix("href=") {
                    let url = url.trim_matches('"');
                    prop_assert!(
                        url.starts_with("http://") || url.starts_with("https://") || url.starts_with("mailto:"),
                        "{} in {}", url, html
                    );
                }
            }
        }
    }

    #[test]
    fn any_text_in_any_field_gives_a_valid_invite(
        fields in proptest::collection::vec(any::<String>(), 7),
        minutes in 1i64..=600,
    ) {
        let shared = Shareable {
            meeting: Meeting {
                with: Some(fields[0].clone()),
                title: Some(fields[1].clone()),
                when: Some("2026-12-01T10:00:00".parse().unwrap()),
                duration_minutes: Some(minutes),
                place: Some(fields[2].clone()),
                mode: None,
                greeting: Some(fields[0].clone()),
            },
            mutual_purpose: Some(fields[3].clone()),
            outcome: Outcome {
                actions: vec![Action { what: fields[4].clone(), owner: fields[5].clone(), due: Some("2026-12-04".parse().unwrap()), ..Action::default() }],
                next_check_in: Some("2026-12-08".parse().unwrap()),
                their_view: Some(fields[6].clone()),
                ..Outcome::default()
            },
        };
        let ics = plan::artefacts::invite::calendar(&shared, "id", None).unwrap().to_string();
        for line in ics.split("\r\n") {
            prop_assert!(line.len() <= 75, "{:?}", line);
            prop_assert!(!line.chars().any(char::is_control), "{:?}", line);
        }
        let unfolded = icalendar::parser::unfold(&ics);
        let cal = icalendar::parser::read_calendar(&unfolded).map_err(|e| TestCaseError::fail(format!("{e}\n{ics}")))?;
        let names: Vec<&str> = cal.components.iter().map(|c| c.name.as_str()).collect();
        prop_assert_eq!(names, vec!["VEVENT", "VEVENT", "VTODO"]);
    }
}
