//! `plan render`: the brief, its templates, and its safety.

use crate::harness::Test;
use crate::{fixture, mode, root};
use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

const EXAMPLES: &[&str] = &[
    "missed-deadlines",
    "meeting-behaviour",
    "performance-escalation",
];

/// What `plan render ARGS` prints, checked to succeed.
fn render(t: &Test, args: &[&str]) -> String {
    t.plan(["render"]).args(args).succeeds().stdout
}

#[test]
fn briefs_of_every_example_match_their_snapshots() {
    for name in EXAMPLES {
        let path = root().join(format!("examples/{name}.toml"));
        let path = path.to_str().unwrap();
        let t = Test::new();
        let md = render(&t, &[path]);
        insta::assert_snapshot!(format!("brief_{name}_md"), md);
        let html = render(&t, &[path, "--format", "html"]);
        insta::assert_snapshot!(format!("brief_{name}_html"), html);
    }
}

/// (level, text) of every heading in a Markdown document, read by a real parser.
fn headings(md: &str) -> Vec<(HeadingLevel, String)> {
    let mut out = Vec::new();
    let mut current: Option<(HeadingLevel, String)> = None;
    for event in Parser::new(md) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => current = Some((level, String::new())),
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, text)) = current.as_mut() {
                    text.push_str(&t);
                }
            }
            Event::End(TagEnd::Heading(_)) => out.extend(current.take()),
            _ => {}
        }
    }
    out
}

#[test]
fn the_markdown_brief_has_the_title_then_the_five_steps_in_order() {
    for name in EXAMPLES {
        let t = Test::new();
        let md = render(
            &t,
            &[root()
                .join(format!("examples/{name}.toml"))
                .to_str()
                .unwrap()],
        );
        let hs = headings(&md);
        let h1: Vec<&str> = hs
            .iter()
            .filter(|(l, _)| *l == HeadingLevel::H1)
            .map(|(_, t)| t.as_str())
            .collect();
        assert_eq!(h1.len(), 1, "{name}: {h1:?}");
        let h2: Vec<&str> = hs
            .iter()
            .filter(|(l, _)| *l == HeadingLevel::H2)
            .map(|(_, t)| t.as_str())
            .collect();
        assert_eq!(
            h2,
            [
                "Before you go in",
                "Prepare",
                "Open",
                "Explore",
                "Make it safe",
                "Summarize",
                "Looking back (private)"
            ],
            "{name}"
        );
    }
}

#[test]
fn answers_cannot_add_headings_to_the_markdown_brief() {
    let t = Test::new();
    t.write("p.toml", "schema = 1\n[mindset]\nfeelings = \"# Shouting\\n\\nSetext\\n===\"\n[open]\nstory = \"## Fake step\"\n");
    let md = render(&t, &["p.toml"]);
    let h2: Vec<String> = headings(&md).into_iter().map(|(_, t)| t).collect();
    assert!(
        !h2.iter()
            .any(|t| t.contains("Fake") || t.contains("Shouting") || t.contains("Setext")),
        "{h2:?}"
    );
}

#[test]
fn a_draft_renders_with_its_gaps_shown() {
    let t = Test::new();
    t.write(
        "p.toml",
        "schema = 1\nstatus = \"draft\"\n[meeting]\nwith = \"Ana\"\n",
    );
    let md = render(&t, &["p.toml"]);
    assert!(
        md.contains("still open below") && md.contains("plan new p.toml --resume"),
        "{md}"
    );
    assert!(md.contains("_Not answered yet._"));
    assert!(
        md.contains("- **When:** _not set_") && md.contains("- **Time booked:** _not set_"),
        "{md}"
    );
    let html = render(&t, &["p.toml", "--format", "html"]);
    assert!(html.contains("class=\"gap\""));
}

#[test]
fn output_file_is_private_and_its_extension_picks_the_format() {
    let t = Test::new();
    let example = root().join("examples/missed-deadlines.toml");
    t.plan(["render", example.to_str().unwrap(), "-o", "brief.html"])
        .succeeds()
        .no_stdout();
    let html = t.read("brief.html");
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert_eq!(mode(&t.join("brief.html")), 0o600);
    t.plan(["render", example.to_str().unwrap(), "-o", "brief.txt"])
        .succeeds();
    assert!(t.read("brief.txt").starts_with("# Project deadlines"));
    t.plan([
        "render",
        example.to_str().unwrap(),
        "-o",
        "brief.html",
        "--format",
        "md",
    ])
    .succeeds();
    assert!(t.read("brief.html").starts_with("# "));
}

#[test]
fn html_is_one_self_contained_page() {
    let t = Test::new();
    let html = render(
        &t,
        &[
            root()
                .join("examples/meeting-behaviour.toml")
                .to_str()
                .unwrap(),
            "-f",
            "html",
        ],
    );
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert!(html.contains("<meta charset=\"utf-8\">") && html.contains("<title>"));
    assert!(html.contains("@media print"));
    for external in ["<link", "<script", "src=", "@import", "url("] {
        assert!(!html.contains(external), "found {external}");
    }
}

/// Every tag of an HTML page, lowercased. Text is escaped, so every `<` opens a real tag.
fn tags(html: &str) -> Vec<String> {
    html.split('<')
        .skip(1)
        .map(|s| s.split('>').next().unwrap_or("").to_lowercase())
        .collect()
}

/// Check a page for anything that could run or load: tags, handlers, schemes.
pub(crate) fn assert_inert(html: &str) {
    // The vectors did get in, as visible text.
    assert!(html.contains("&lt;script"), "vectors missing");
    let mut styles = 0;
    for tag in tags(html) {
        let name = tag
            .trim_start_matches('/')
            .split([' ', '\n', '\t'])
            .next()
            .unwrap_or("");
        assert!(
            ![
                "script", "iframe", "object", "embed", "img", "svg", "math", "base", "form",
                "input", "link"
            ]
            .contains(&name),
            "dangerous tag <{tag}>"
        );
        if name == "style" {
            styles += 1;
        }
        let attrs = tag.split_once(' ').map(|(_, a)| a).unwrap_or("");
        for word in attrs.split(|c: char| c.is_whitespace()) {
            assert!(
                !(word.starts_with("on") && word.contains('=')),
                "event handler in <{tag}>"
            );
            assert!(!word.starts_with("style="), "inline style in <{tag}>");
            assert!(!word.starts_with("http-equiv"), "http-equiv in <{tag}>");
        }
        for scheme in ["javascript:", "data:", "vbscript:"] {
            assert!(!attrs.contains(scheme), "{scheme} in <{tag}>");
        }
    }
    assert_eq!(styles, 2, "only the page's own <style> and </style>");
}

#[test]
fn nothing_typed_into_a_plan_can_reach_the_page_as_markup() {
    let t = Test::new();
    let path = fixture("render", "script-vectors.toml");
    // The fixture must cover every free-text answer the catalogue knows.
    let doc = plan::planfile::load(&path, plan::planfile::FileKind::Plan).unwrap();
    for q in plan::questions::catalogue::all() {
        use plan::questions::catalogue::Kind;
        if matches!(
            q.kind,
            Kind::Text | Kind::LongText | Kind::List | Kind::Bank(_) | Kind::Records(_)
        ) {
            assert!(
                doc.get(q.id).is_some(),
                "script-vectors.toml lacks {}",
                q.id
            );
        }
    }
    let p = path.to_str().unwrap();
    assert_inert(&render(&t, &[p, "--format", "html"]));
    // The follow-up page too (the plan is followed up, so nothing is written).
    let out = t.plan(["summary", p, "--format", "html"]).succeeds();
    assert_inert(&out.stdout);
    // The Markdown forms still render.
    render(&t, &[p]);
    t.plan(["summary", p]).succeeds();
}

#[test]
fn user_templates_override_built_in_ones_by_name() {
    let t = Test::new();
    t.write("mine/brief.md", "Meeting with {{ with }} on {{ when }}.\n");
    let example = root().join("examples/missed-deadlines.toml");
    let md = render(&t, &[example.to_str().unwrap(), "--templates", "mine"]);
    assert_eq!(
        md,
        "Meeting with Jordan Reyes on Friday 27 November 2026, 10:00.\n"
    );
    // HTML still uses the built-in template, since only brief.md was replaced.
    let html = render(
        &t,
        &[
            example.to_str().unwrap(),
            "--templates",
            "mine",
            "-f",
            "html",
        ],
    );
    assert!(html.contains("Private: for your eyes only"));
    // $PLAN_DIR/templates is used when no --templates is given.
    t.write("plans/templates/brief.md", "from the plan dir\n");
    assert_eq!(
        render(&t, &[example.to_str().unwrap()]),
        "from the plan dir\n"
    );
}

#[test]
fn user_templates_keep_html_escaping() {
    let t = Test::new();
    t.write("t/brief.html", "{% extends \"page.html\" %}{% block content %}<p>{{ plan.meeting.with }}</p>{% endblock content %}");
    t.write(
        "p.toml",
        "schema = 1\n[meeting]\nwith = \"<script>x</script>\"\n",
    );
    let html = render(&t, &["p.toml", "-f", "html", "--templates", "t"]);
    assert!(
        html.contains("<p>&lt;script&gt;x&lt;&#x2F;script&gt;</p>")
            || html.contains("<p>&lt;script&gt;x&lt;/script&gt;</p>"),
        "{html}"
    );
}

#[test]
fn a_broken_user_template_names_its_file_and_line() {
    let t = Test::new();
    t.write("t/brief.md", "# {{ title }}\n\n{% for x in %}\n");
    let example = root().join("examples/missed-deadlines.toml");
    t.plan(["render", example.to_str().unwrap(), "--templates", "t"])
        .fails(1)
        .stderr_has("t/brief.md:3:")
        .stderr_has("template error");
    // An error while rendering (not parsing) names the place too.
    t.write("t/brief.md", "ok\n{{ nothing.here }}\n");
    t.plan(["render", example.to_str().unwrap(), "--templates", "t"])
        .fails(1)
        .stderr_has("t/brief.md:2:");
    t.plan([
        "render",
        example.to_str().unwrap(),
        "--templates",
        "missing",
    ])
    .fails(1)
    .stderr_has("no such folder of templates");
}

#[test]
fn export_writes_every_built_in_template_and_keeps_existing_ones() {
    let t = Test::new();
    let listed = t.plan(["templates", "export", "tpl"]).succeeds().stdout;
    for (name, text) in plan::artefacts::engine::BUILTIN {
        let path = t.join("tpl").join(name);
        assert_eq!(&t.read(&path), text, "{name}");
        assert!(listed.contains(name));
    }
    t.write("tpl/brief.md", "mine\n");
    t.plan(["templates", "export", "tpl"])
        .fails(1)
        .stderr_has("--force");
    assert_eq!(t.read("tpl/brief.md"), "mine\n");
    // The exported set renders exactly like the built-in one.
    let example = root().join("examples/missed-deadlines.toml");
    let a = render(&t, &[example.to_str().unwrap(), "-f", "html"]);
    t.plan(["templates", "export", "tpl", "--force"]).succeeds();
    let b = render(
        &t,
        &[
            example.to_str().unwrap(),
            "-f",
            "html",
            "--templates",
            "tpl",
        ],
    );
    assert_eq!(a, b);
}

#[test]
fn render_errors() {
    let t = Test::new();
    t.plan(["render", "nope.toml"])
        .fails(1)
        .stderr_has("nope.toml: no such file");
    t.plan(["render", "x.toml", "--format", "pdf"]).fails(2);
    let example = root().join("examples/missed-deadlines.toml");
    t.plan([
        "render",
        example.to_str().unwrap(),
        "-o",
        "no/such/dir/b.md",
    ])
    .fails(1)
    .stderr_has("cannot write in no/such/dir");
}

/// A plan made with `plan new --quick` and every quick question answered.
const QUICK_PLAN: &str = r#"schema = 1
status = "ready"
quick = true

[meeting]
with = "Sam Lee"
when = 2026-11-28T14:00:00

[mindset]
outcome_relationship = "We trust each other's estimates again"

[prepare]
evidence = [{ fact = "Report due 3 Nov arrived 10 Nov", source = "written" }]

[open]
mutual_purpose = "We both want the launch to land well"

[explore]
questions = ["Why was the report late?", "How can I help you plan the next one?"]

[summarize]
fallback = "expect"
expectation = "Reports arrive on the agreed date"
consequence = "A formal review"
"#;

#[test]
fn a_quick_plan_shows_what_it_skipped_as_skipped() {
    let t = Test::new();
    let path = t.join("q.toml");
    t.write(&path, QUICK_PLAN);
    let path = path.to_str().unwrap();
    for format in ["md", "html"] {
        let brief = render(&t, &[path, "--format", format]);
        assert!(!brief.contains("still open"), "{brief}");
        assert!(!brief.contains("Not yet"), "{brief}");
        assert!(brief.contains("questions were skipped"), "{brief}");
        assert!(brief.contains("plan edit"), "{brief}");
        assert!(brief.contains("kept as written; coaching note"), "{brief}");
        assert!(brief.contains("Skipped in quick mode"), "{brief}");
    }
    // The same plan, not quick: the questions are open, the beliefs not yet held.
    t.write("full.toml", QUICK_PLAN.replace("quick = true\n", ""));
    let full = t.join("full.toml");
    let brief = render(&t, &[full.to_str().unwrap()]);
    assert!(brief.contains("still open"), "{brief}");
    assert!(brief.contains("Not yet"), "{brief}");
    assert!(!brief.contains("skipped"), "{brief}");
}

#[test]
fn a_meeting_kept_without_enough_time_is_flagged_at_the_top() {
    let t = Test::new();
    let path = t.join("t.toml");
    t.write(
        &path,
        QUICK_PLAN.replace("[prepare]\n", "[prepare]\nenough_time = false\n"),
    );
    let brief = render(&t, &[path.to_str().unwrap()]);
    let at = brief
        .find("Not enough time is booked")
        .expect("the warning");
    assert!(at < brief.find("## Before you go in").unwrap(), "{brief}");
}

/// A plan with notes to look at: a "why" question, a judged fact, no purpose.
const TO_LOOK_AT: &str = r#"schema = 1
status = "draft"

[meeting]
with = "Sam Lee"
when = 2026-11-28T14:00:00

[prepare]
evidence = [
    { fact = "Report due 3 Nov arrived 10 Nov", source = "written" },
    { fact = "She is always careless with dates", source = "heard" },
]

[explore]
questions = ["What happened?", "How do you see it?", "Why was the report late?"]
"#;

#[test]
fn the_brief_names_answers_by_their_text_and_gives_the_real_command() {
    let t = Test::new();
    t.write("plans/sam-lee.toml", TO_LOOK_AT);
    t.write("my plan.toml", TO_LOOK_AT);
    for (arg, command) in [
        ("sam-lee", "plan new sam-lee --resume"),
        ("my plan.toml", "plan new 'my plan.toml' --resume"),
    ] {
        for format in ["md", "html"] {
            let brief = render(&t, &[arg, "--format", format]);
            assert_eq!(
                brief.matches("Before you go in").count(),
                1,
                "{format}: {brief}"
            );
            assert!(brief.contains("to look at first"), "{format}: {brief}");
            for key in [
                "prepare.evidence[",
                "explore.questions[",
                "open.mutual_purpose",
                "PLAN",
            ] {
                assert!(!brief.contains(key), "{format}: {key} in {brief}");
            }
            let command = match format {
                "html" => format!("<code>{}</code>", command.replace('\'', "&#39;")),
                _ => format!("`{command}`"),
            };
            assert!(
                brief.contains(&command),
                "{format}: {command} not in {brief}"
            );
            assert!(brief.contains("Your 2nd fact"), "{format}: {brief}");
            assert!(
                brief.contains("She is always careless with dates"),
                "{brief}"
            );
            assert!(brief.contains("Your 3rd question"), "{format}: {brief}");
            assert!(brief.contains("The purpose you share"), "{format}: {brief}");
        }
    }
    let md = render(&t, &["sam-lee"]);
    assert!(
        md.contains("- **Your 3rd question** (\"Why was the report late?\"): asks \"why\""),
        "{md}"
    );
}

#[test]
fn the_brief_never_contradicts_itself_on_the_time_booked() {
    let t = Test::new();
    let path = t.join("t.toml");
    let with = |minutes: u32, enough: bool| {
        t.write(
            &path,
            QUICK_PLAN
                .replace(
                    "when = 2026-11-28T14:00:00\n",
                    &format!("when = 2026-11-28T14:00:00\nduration_minutes = {minutes}\n"),
                )
                .replace(
                    "[prepare]\n",
                    &format!("[prepare]\nenough_time = {enough}\n"),
                ),
        );
        let md = render(&t, &[path.to_str().unwrap()]);
        let html = render(&t, &[path.to_str().unwrap(), "--format", "html"]);
        (md, html)
    };
    let (md, html) = with(20, true);
    assert!(!md.contains("Enough time: yes"), "{md}");
    assert!(
        md.contains("- Enough time: **you said yes, but only 20 minutes are booked**"),
        "{md}"
    );
    assert!(
        md.contains(
            "> **Not enough time is booked:** only 20 minutes, though you said that is enough."
        ),
        "{md}"
    );
    // Said once at the top, not again among the things to look at.
    assert_eq!(md.matches("only 20 minutes").count(), 2, "{md}");
    assert!(!html.contains("Enough time: yes"), "{html}");
    assert!(
        html.contains("you said yes, but only 20 minutes are booked"),
        "{html}"
    );
    assert!(
        !html.contains("class=\"done\"><span class=\"sr-only\">Done: </span>Enough time"),
        "{html}"
    );
    let (md, html) = with(45, true);
    assert!(md.contains("- Enough time: yes"), "{md}");
    assert!(
        !md.contains("Not enough time") && !md.contains("only 45"),
        "{md}"
    );
    assert!(html.contains("Enough time: yes"), "{html}");
    let (md, _) = with(45, false);
    assert!(
        md.contains("- Enough time: **no: postpone until there is**"),
        "{md}"
    );
    assert!(
        md.contains("**Not enough time is booked:** you said so."),
        "{md}"
    );
}

#[test]
fn counts_in_the_brief_agree_with_their_nouns() {
    let t = Test::new();
    // A quick plan with one quick question left open.
    let plan = QUICK_PLAN.replace("consequence = \"A formal review\"\n", "");
    t.write("one.toml", plan);
    for format in ["md", "html"] {
        let brief = render(&t, &["one.toml", "--format", format]);
        assert!(
            brief.contains("1 question is still open below. Answer it with"),
            "{format}: {brief}"
        );
        let things = brief
            .lines()
            .find(|l| l.contains("to look at first"))
            .expect("things to look at");
        let n = things
            .trim_start_matches(|c: char| !c.is_ascii_digit())
            .split(' ')
            .next()
            .unwrap();
        let noun = if n == "1" { "thing" } else { "things" };
        assert!(
            things.contains(&format!("{n} {noun} to look at first")),
            "{format}: {things}"
        );
        for wrong in [
            "1 things",
            "1 questions",
            "1 facts",
            "1 errors",
            "1 minutes",
        ] {
            assert!(!brief.contains(wrong), "{format}: {wrong} in {brief}");
        }
    }
}
