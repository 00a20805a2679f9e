"""Parse iCalendar files written by `plan invite` with Python's icalendar, an
independent parser, and fail on any component error or missing property."""
import sys

import icalendar

failed = False
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        cal = icalendar.Calendar.from_ical(f.read())
    problems = []
    counts = {}
    for component in cal.walk():
        counts[component.name] = counts.get(component.name, 0) + 1
        for error in component.errors:
            problems.append(f"{component.name}: {error}")
        if component.name in ("VEVENT", "VTODO"):
            for prop in ("UID", "DTSTAMP", "SUMMARY"):
                if prop not in component:
                    problems.append(f"{component.name} lacks {prop}")
        if component.name == "VEVENT":
            start, end = component.decoded("DTSTART"), component.decoded("DTEND")
            if not end > start:
                problems.append(f"VEVENT {component['UID']} ends before it starts")
    if counts.get("VEVENT", 0) < 1:
        problems.append("no meeting event")
    if problems:
        failed = True
        print(f"{path}: " + "; ".join(problems))
    else:
        summary = ", ".join(f"{n} {k}" for k, n in sorted(counts.items()))
        print(f"{path}: ok ({summary})")
sys.exit(1 if failed else 0)
