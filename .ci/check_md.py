"""Read the Markdown that plan writes with markdown-it-py, an independent
CommonMark parser: every brief has one h1 and the steps as h2 in order (then
the look back, once there is one), every card has one h1, the steps it takes
into the room as h2 in order and a numbered item per question to ask, and
every follow-up's actions table has three columns and a row per action."""
import sys
import tomllib

from markdown_it import MarkdownIt

STEPS = ["Before you go in", "Prepare", "Open", "Explore", "Make it safe", "Summarize"]
CARD_STEPS = ["Open", "Explore", "Summarize"]
md = MarkdownIt("commonmark").enable("table")


def items_under(tokens, heading):
    """The items of the numbered lists between an h2 and the next heading."""
    count, inside = 0, False
    for i, tok in enumerate(tokens):
        if tok.type == "heading_open":
            inside = tok.tag == "h2" and tokens[i + 1].content == heading
        elif inside and tok.type == "list_item_open" and tok.level == 1:
            count += 1
    return count


def headings(text):
    tokens = md.parse(text)
    out = []
    for i, tok in enumerate(tokens):
        if tok.type == "heading_open":
            out.append((tok.tag, tokens[i + 1].content))
    return out, tokens


failed = False
for kind, plan_path, md_path in zip(sys.argv[1::3], sys.argv[2::3], sys.argv[3::3]):
    with open(md_path, encoding="utf-8") as f:
        text = f.read()
    hs, tokens = headings(text)
    problems = []
    if kind == "brief":
        h1 = [t for tag, t in hs if tag == "h1"]
        h2 = [t for tag, t in hs if tag == "h2"]
        with open(plan_path, "rb") as f:
            debrief = tomllib.load(f).get("debrief", {})
        # Once followed up, the brief ends with the private look back.
        looked_back = any(debrief.get(k, "").strip() for k in ("went_well", "differently"))
        expected = STEPS + (["Looking back (private)"] if looked_back else [])
        if len(h1) != 1:
            problems.append(f"{len(h1)} h1 headings")
        if h2 != expected:
            problems.append(f"h2 headings are {h2}, expected {expected}")
    elif kind == "card":
        h1 = [t for tag, t in hs if tag == "h1"]
        h2 = [t for tag, t in hs if tag == "h2"]
        with open(plan_path, "rb") as f:
            questions = tomllib.load(f).get("explore", {}).get("questions", [])
        if len(h1) != 1:
            problems.append(f"{len(h1)} h1 headings")
        if h2[:3] != CARD_STEPS:
            problems.append(f"h2 headings start {h2[:3]}, expected {CARD_STEPS}")
        asked = items_under(tokens, "Explore")
        if asked != len(questions):
            problems.append(f"{asked} numbered questions under Explore for {len(questions)} in the plan")
    else:
        with open(plan_path, "rb") as f:
            actions = tomllib.load(f).get("outcome", {}).get("actions", [])
        rows = sum(1 for t in tokens if t.type == "tr_open")
        cols = sum(1 for t in tokens if t.type == "th_open")
        if actions and (rows != len(actions) + 1 or cols != 3):
            problems.append(f"table has {rows} rows and {cols} columns for {len(actions)} actions")
    if problems:
        failed = True
        print(f"{md_path}: " + "; ".join(problems))
    else:
        print(f"{md_path}: ok")
sys.exit(1 if failed else 0)
