//! The plan file as an editable document: the only way answers are written.
//!
//! Answers are written into a `toml_edit` document so that a hand-edited file
//! keeps its comments, its order and any keys this version does not know.
//! [`EditablePlan::typed`] reads the [`Plan`] view from it.

use super::typed::{Plan, SCHEMA, Status};
use crate::dates;
use crate::questions::catalogue::{self, Question};
use toml_edit::{DocumentMut, Item, Table, Value};

/// The root key holding the records typed part way (see [`EditablePlan::drafts`]).
pub const DRAFT: &str = "draft";

/// A record typed part way: the list it belongs to and its fields so far.
#[derive(Debug, Clone, Default)]
pub struct Draft {
    /// The id of a list of records, such as `prepare.evidence`.
    pub question: String,
    /// The fields typed so far (its required ones are not all there).
    pub entry: Table,
}

/// An editable plan file.
#[derive(Debug, Clone, Default)]
pub struct EditablePlan {
    doc: DocumentMut,
}

impl EditablePlan {
    /// A fresh plan: schema, status `draft`, created and updated now.
    pub fn new_plan() -> Self {
        let mut doc = DocumentMut::new();
        let stamp = dates::now();
        doc["schema"] = toml_edit::value(SCHEMA);
        doc["status"] = toml_edit::value(Status::Draft.value());
        doc["created"] = toml_edit::value(stamp);
        doc["updated"] = toml_edit::value(stamp);
        for section in sections() {
            let mut table = Table::new();
            table.set_implicit(true);
            doc[section] = Item::Table(table);
        }
        EditablePlan { doc }
    }

    /// Wrap a document that has already been validated.
    pub fn from_document(doc: DocumentMut) -> Self {
        EditablePlan { doc }
    }

    /// The answer stored for a question, if any.
    pub fn get(&self, id: &str) -> Option<&Item> {
        let (section, field) = id.split_once('.')?;
        self.doc
            .get(section)?
            .as_table_like()?
            .get(field)
            .filter(|i| !i.is_none())
    }

    /// The answer stored for a question, to change in place (keeping its
    /// formatting and comments).
    pub fn get_mut(&mut self, id: &str) -> Option<&mut Item> {
        let (section, field) = id.split_once('.')?;
        self.doc
            .get_mut(section)?
            .as_table_like_mut()?
            .get_mut(field)
            .filter(|i| !i.is_none())
    }

    /// Whether a question has been answered (an empty answer counts: it was asked).
    pub fn answered(&self, id: &str) -> bool {
        self.get(id).is_some()
    }

    /// Whether a question needs no more asking: answered, with at least
    /// its minimum number of entries.
    pub fn complete(&self, q: &Question) -> bool {
        let Some(item) = self.get(q.id) else {
            return false;
        };
        let count = match item {
            Item::ArrayOfTables(a) => a.len(),
            Item::Value(Value::Array(a)) => a.len(),
            Item::Value(Value::String(s)) => usize::from(!s.value().trim().is_empty()),
            _ => 1,
        };
        count >= q.min
    }

    /// Whether a question applies, given the answers so far.
    pub fn applies(&self, q: &Question) -> bool {
        let Some((key, wanted)) = q.only_if else {
            return true;
        };
        self.get(key)
            .is_some_and(|item| wanted.is(item.as_bool(), item.as_str()))
    }

    /// Store an answer (or remove it, for `Item::None`), creating its table
    /// when needed and keeping whatever TOML form the user gave the section:
    /// a standard `[table]`, an inline table or dotted keys. In the last two a
    /// list of records is written as an array of inline tables, since a
    /// `[[header]]` cannot live inside them.
    pub fn set(&mut self, id: &str, item: Item) {
        let (section, field) = id.split_once('.').expect("catalogue ids are dotted");
        let item = match item {
            // Long answers read better as multi-line strings in the file.
            Item::Value(Value::String(s)) if s.value().contains('\n') => {
                toml_edit::value(s.value().as_str())
            }
            other => other,
        };
        if !self.doc.contains_key(section) {
            let mut table = Table::new();
            table.set_implicit(true);
            self.doc[section] = Item::Table(table);
        }
        let Some(section_item) = self.doc.get_mut(section) else {
            unreachable!("[{section}] exists once created above")
        };
        // An inline table or dotted keys hold values only: a list of
        // records becomes an array of inline tables there.
        let item = match &*section_item {
            Item::Value(Value::InlineTable(_)) => item.into_value().map_or(Item::None, Item::Value),
            Item::Table(t) if t.is_dotted() => item.into_value().map_or(Item::None, Item::Value),
            _ => item,
        };
        // Loading refuses a section that is not a table; a blank document has none.
        let Some(table) = section_item.as_table_like_mut() else {
            unreachable!("[{section}] is a table once created above")
        };
        if item.is_none() {
            table.remove(field);
            return;
        }
        match table.get_mut(field).filter(|old| !old.is_none()) {
            // The same answer, however written: the file stays as it is.
            Some(old) if same_content(old, &item) => {}
            // The key stays with the comments above it; the new value takes
            // over the old one's surroundings, such as a comment after it.
            Some(old) => replace_keeping_decor(old, item),
            None => {
                table.insert(field, item);
            }
        }
    }

    /// Record that the plan was saved now.
    pub fn touch(&mut self) {
        self.doc["updated"] = toml_edit::value(dates::now());
    }

    /// Record that the plan is made in quick mode (`quick = true`).
    pub fn set_quick(&mut self) {
        self.doc["quick"] = toml_edit::value(true);
    }

    /// Whether the plan was made in quick mode.
    pub fn quick(&self) -> bool {
        self.doc
            .get("quick")
            .and_then(Item::as_bool)
            .unwrap_or(false)
    }

    /// Set the status.
    pub fn set_status(&mut self, status: Status) {
        self.doc["status"] = toml_edit::value(status.value());
    }

    /// Record the plan this one follows up (`follows = "…"`): a file name
    /// in the same folder, else a full path.
    pub fn set_follows(&mut self, earlier: &str) {
        self.doc["follows"] = toml_edit::value(earlier);
    }

    /// The plan this one follows up, as written.
    pub fn follows(&self) -> Option<&str> {
        self.doc.get("follows").and_then(Item::as_str)
    }

    /// The records typed part way when the questions were interrupted
    /// (`[[draft]]`), in order. Never part of the answers, so none reaches
    /// a brief, a follow-up or an invite; the wizard offers each back.
    pub fn drafts(&self) -> Vec<Draft> {
        let tables: Vec<Table> = match self.doc.get(DRAFT) {
            Some(Item::ArrayOfTables(a)) => a.iter().cloned().collect(),
            Some(Item::Value(Value::Array(a))) => a
                .iter()
                .filter_map(Value::as_inline_table)
                .map(|t| t.clone().into_table())
                .collect(),
            _ => Vec::new(),
        };
        tables
            .iter()
            .filter_map(|t| {
                let question = t.get("question")?.as_str()?.to_string();
                let entry = match t.get("entry")? {
                    Item::Table(e) => e.clone(),
                    Item::Value(Value::InlineTable(e)) => e.clone().into_table(),
                    _ => return None,
                };
                Some(Draft { question, entry })
            })
            .collect()
    }

    /// Keep `drafts` as the records typed part way (none removes the key).
    pub fn set_drafts(&mut self, drafts: &[Draft]) {
        if drafts.is_empty() {
            self.doc.remove(DRAFT);
            return;
        }
        let mut array = toml_edit::ArrayOfTables::new();
        for (i, d) in drafts.iter().enumerate() {
            let mut table = Table::new();
            if i == 0 {
                table.decor_mut().set_prefix(
                    "\n# Records typed part way when the questions were interrupted; resuming\n\
                     # offers them back. They are in no brief, follow-up or invite.\n",
                );
            }
            table.insert("question", toml_edit::value(d.question.as_str()));
            let mut entry = toml_edit::InlineTable::new();
            for (key, item) in d.entry.iter() {
                if let Some(v) = item.as_value() {
                    entry.insert(key, v.clone().decorated(" ", " "));
                }
            }
            table.insert("entry", toml_edit::value(entry));
            array.push(table);
        }
        self.doc[DRAFT] = Item::ArrayOfTables(array);
    }

    /// The status as stored (loading has checked it is a known one).
    pub fn status(&self) -> Status {
        self.doc
            .get("status")
            .and_then(Item::as_str)
            .and_then(Status::from_value)
            .unwrap_or_default()
    }

    /// The view every reader reads: the typed plan with answers left empty
    /// removed, so that readers treat a skipped question and an unanswered
    /// one alike. Taking the document, it is read once and not copied.
    pub fn into_view(mut self) -> Result<Plan, toml_edit::de::Error> {
        self.remove_blanks();
        self.into_typed()
    }

    /// Remove the answers left empty.
    fn remove_blanks(&mut self) {
        let blanks: Vec<_> = self.blanks().collect();
        for q in blanks {
            if let Some(table) = self
                .doc
                .get_mut(q.section())
                .and_then(Item::as_table_like_mut)
            {
                table.remove(q.field());
            }
        }
    }

    /// The typed plan an artefact or a check is made from, with answers
    /// left empty removed.
    pub fn plan(&self) -> crate::Result<Plan> {
        self.clone()
            .into_view()
            .map_err(|e| crate::Error::plain(format!("cannot read the plan: {}", e.message())))
    }

    /// Whether an answer is left empty: if none is, [`Self::plan`] is the
    /// typed view of the plan as it is.
    pub fn has_blanks(&self) -> bool {
        self.blanks().next().is_some()
    }

    /// The questions whose answer is left empty (white space only).
    fn blanks(&self) -> impl Iterator<Item = &'static Question> + '_ {
        catalogue::all().filter(|q| {
            self.get(q.id)
                .and_then(Item::as_str)
                .is_some_and(|s| s.trim().is_empty())
        })
    }

    /// The typed view of the plan.
    pub fn typed(&self) -> Result<Plan, toml_edit::de::Error> {
        self.clone().into_typed()
    }

    /// The typed view, taking the document: straight from it, with no
    /// printing and parsing again, and no copy.
    ///
    /// Text is read with U+2028 and U+2029 as the newlines they are
    /// ([`crate::error::unify_line_breaks`]), so every reader of a plan
    /// sees one kind of line break, whatever a hand edit put there.
    pub fn into_typed(mut self) -> Result<Plan, toml_edit::de::Error> {
        toml_edit::visit_mut::VisitMut::visit_document_mut(&mut LineBreaks, &mut self.doc);
        toml_edit::de::from_document(self.doc)
    }

    /// The file text.
    pub fn to_toml(&self) -> String {
        self.doc.to_string()
    }

    /// The `n` largest values in the file, biggest first, by dotted key
    /// (`prepare.evidence[2].fact`) and size in bytes as written.
    pub fn largest_answers(&self, n: usize) -> Vec<(String, usize)> {
        let mut sizes = Vec::new();
        for (key, item) in self.doc.iter() {
            item_sizes(key, item, &mut sizes);
        }
        // Stable: among equals, the first in the file comes first.
        sizes.sort_by_key(|(_, size)| std::cmp::Reverse(*size));
        sizes.truncate(n);
        sizes
    }
}

/// Whether two answers hold the same content, whatever their TOML form
/// (quoting, multi-line strings, inline or standard tables, spacing).
fn same_content(a: &Item, b: &Item) -> bool {
    // A table and an inline table, or `[[records]]` and an array of inline
    // tables, compare alike once both are values.
    match (a.clone().into_value(), b.clone().into_value()) {
        (Ok(a), Ok(b)) => same_value(&a, &b),
        _ => a.is_none() && b.is_none(),
    }
}

fn same_value(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::String(a), Value::String(b)) => a.value() == b.value(),
        (Value::Integer(a), Value::Integer(b)) => a.value() == b.value(),
        (Value::Float(a), Value::Float(b)) => a.value().to_bits() == b.value().to_bits(),
        (Value::Boolean(a), Value::Boolean(b)) => a.value() == b.value(),
        (Value::Datetime(a), Value::Datetime(b)) => a.value() == b.value(),
        (Value::Array(a), Value::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b.iter()).all(|(a, b)| same_value(a, b))
        }
        (Value::InlineTable(a), Value::InlineTable(b)) => {
            a.len() == b.len()
                && a.iter()
                    .all(|(k, x)| b.get(k).is_some_and(|y| same_value(x, y)))
        }
        _ => false,
    }
}

/// Put `new` in the place of `old`, keeping what surrounds the old value:
/// the spacing and any comment after it on its line, or, for a list of
/// `[[records]]`, the comments above its first header.
fn replace_keeping_decor(old: &mut Item, mut new: Item) {
    match (&*old, &mut new) {
        (Item::Value(o), Item::Value(n)) => *n.decor_mut() = o.decor().clone(),
        (Item::Table(o), Item::Table(n)) => *n.decor_mut() = o.decor().clone(),
        (Item::ArrayOfTables(o), Item::ArrayOfTables(n)) => {
            if let (Some(o), Some(n)) = (o.get(0), n.get_mut(0)) {
                *n.decor_mut() = o.decor().clone();
            }
        }
        _ => {}
    }
    *old = new;
}

fn join_key(prefix: &str, key: &str) -> String {
    if prefix.is_empty() {
        key.to_string()
    } else {
        format!("{prefix}.{key}")
    }
}

fn item_sizes(prefix: &str, item: &Item, out: &mut Vec<(String, usize)>) {
    match item {
        Item::None => {}
        Item::Value(v) => value_sizes(prefix, v, out),
        Item::Table(t) => {
            for (k, v) in t.iter() {
                item_sizes(&join_key(prefix, k), v, out);
            }
        }
        Item::ArrayOfTables(a) => {
            for (i, t) in a.iter().enumerate() {
                for (k, v) in t.iter() {
                    item_sizes(&join_key(&format!("{prefix}[{}]", i + 1), k), v, out);
                }
            }
        }
    }
}

fn value_sizes(prefix: &str, value: &toml_edit::Value, out: &mut Vec<(String, usize)>) {
    match value {
        toml_edit::Value::Array(a) => {
            for (i, v) in a.iter().enumerate() {
                value_sizes(&format!("{prefix}[{}]", i + 1), v, out);
            }
        }
        toml_edit::Value::InlineTable(t) => {
            for (k, v) in t.iter() {
                value_sizes(&join_key(prefix, k), v, out);
            }
        }
        leaf => out.push((prefix.to_string(), leaf.to_string().len())),
    }
}

/// The sections of a plan, in file order.
pub fn sections() -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for q in catalogue::recorded() {
        if !out.contains(&q.section()) {
            out.push(q.section());
        }
    }
    out
}

/// Turns U+2028 and U+2029 in every string of a document into newlines.
struct LineBreaks;

impl toml_edit::visit_mut::VisitMut for LineBreaks {
    fn visit_value_mut(&mut self, node: &mut Value) {
        if let Value::String(s) = node
            && let std::borrow::Cow::Owned(text) = crate::error::unify_line_breaks(s.value())
        {
            *s = toml_edit::Formatted::new(text);
        }
        toml_edit::visit_mut::visit_value_mut(self, node);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_plan_has_header_and_round_trips() {
        let mut doc = EditablePlan::new_plan();
        doc.set("meeting.with", toml_edit::value("Sam Lee"));
        doc.set(
            "explore.questions",
            crate::questions::answer::list(&["What happened?".into()]),
        );
        let text = doc.to_toml();
        assert!(
            text.starts_with("schema = 1\nstatus = \"draft\"\n"),
            "{text}"
        );
        let plan = doc.typed().unwrap();
        assert_eq!(plan.schema, 1);
        assert_eq!(plan.meeting.with.as_deref(), Some("Sam Lee"));
        assert_eq!(plan.explore.questions, ["What happened?"]);
    }

    #[test]
    fn unknown_keys_and_comments_survive_an_edit() {
        let text = "# my notes\nschema = 1\nstatus = \"draft\"\n\n[meeting]\nwith = \"Ana\" # first name\nmood = \"tense\"\n\n[extra]\nanything = 3\n";
        let mut doc = EditablePlan::from_document(text.parse().unwrap());
        doc.set("meeting.title", toml_edit::value("Deadlines"));
        let out = doc.to_toml();
        for kept in [
            "# my notes",
            "# first name",
            "mood = \"tense\"",
            "[extra]",
            "anything = 3",
        ] {
            assert!(out.contains(kept), "lost {kept:?} in:\n{out}");
        }
    }

    #[test]
    fn multi_line_answers_are_written_as_multi_line_strings() {
        let mut doc = EditablePlan::new_plan();
        doc.set("open.story", toml_edit::value("line one\nline two"));
        let out = doc.to_toml();
        assert!(out.contains("\"\"\"") || out.contains("'''"), "{out}");
        assert_eq!(
            doc.typed().unwrap().open.story.as_deref(),
            Some("line one\nline two")
        );
    }

    #[test]
    fn largest_answers_are_named_by_dotted_key() {
        let mut doc = EditablePlan::new_plan();
        doc.set("open.story", toml_edit::value("x".repeat(500)));
        doc.set(
            "explore.questions",
            crate::questions::answer::list(&["short".into(), "y".repeat(900)]),
        );
        let keys: Vec<String> = doc.largest_answers(2).into_iter().map(|(k, _)| k).collect();
        assert_eq!(keys, ["explore.questions[2]", "open.story"]);
    }

    #[test]
    fn conditions_follow_the_choice() {
        let mut doc = EditablePlan::new_plan();
        let q = catalogue::find("summarize.expectation").unwrap();
        assert!(!doc.applies(q));
        doc.set("summarize.fallback", toml_edit::value("expect"));
        assert!(doc.applies(q));
    }

    /// A record list written into a section in each TOML form keeps every
    /// answer, and the file still reads back as the same plan.
    #[test]
    fn records_survive_every_form_of_section() {
        for text in [
            "schema = 1\n[outcome]\nsupport = \"s\"\n",
            "schema = 1\noutcome = { support = \"s\" }\n",
            "schema = 1\noutcome.support = \"s\"\n",
            "schema = 1\noutcome = {}\n",
        ] {
            let mut doc = EditablePlan::from_document(text.parse().unwrap());
            let mut action = Table::new();
            action.insert("what", toml_edit::value("w"));
            action.insert("owner", toml_edit::value("o"));
            doc.set(
                "outcome.actions",
                crate::questions::answer::records(vec![action]),
            );
            doc.set("outcome.their_view", toml_edit::value("two\nlines"));
            let out = doc.to_toml();
            let plan = EditablePlan::from_document(out.parse().unwrap())
                .typed()
                .unwrap();
            assert_eq!(plan.outcome.actions.len(), 1, "{text} became:\n{out}");
            assert_eq!(plan.outcome.actions[0].what, "w");
            assert_eq!(plan.outcome.their_view.as_deref(), Some("two\nlines"));
            if text.contains("support") {
                assert_eq!(plan.outcome.support.as_deref(), Some("s"), "{out}");
            }
        }
    }

    const COMMENTED: &str = "schema = 1\n\n[meeting]\n# Who\nwith = \"Jordan\"  # my note\n# The title comment\ntitle = \"T\"  # trailing title\nplace = \"X\"\n";

    #[test]
    fn a_changed_answer_keeps_the_comments_around_it() {
        let mut doc = EditablePlan::from_document(COMMENTED.parse().unwrap());
        doc.set("meeting.title", toml_edit::value("New"));
        assert_eq!(
            doc.to_toml(),
            COMMENTED.replace("title = \"T\"", "title = \"New\"")
        );
    }

    #[test]
    fn comments_stay_in_every_form_of_section() {
        for text in [
            "[meeting]\n# above\ntitle = \"T\" # after\n",
            "meeting = { title = \"T\" , place = \"X\" }\n",
            "# above\nmeeting.title = \"T\" # after\n",
        ] {
            let mut doc = EditablePlan::from_document(text.parse().unwrap());
            doc.set("meeting.title", toml_edit::value("New"));
            assert_eq!(doc.to_toml(), text.replace("\"T\"", "\"New\""), "{text}");
        }
    }

    #[test]
    fn the_same_answer_however_written_changes_nothing() {
        let text = "schema = 1\n[meeting]\nwith = 'Jordan'  # my note\nduration_minutes = 0x2d\n\n[explore]\n# mine\nquestions = [\n  \"a\", # one\n  \"\"\"b\"\"\",\n]\n[[outcome.actions]] # first\nwhat = \"w\"\n";
        let mut doc = EditablePlan::from_document(text.parse().unwrap());
        doc.set("meeting.with", toml_edit::value("Jordan"));
        doc.set("meeting.duration_minutes", toml_edit::value(45));
        doc.set(
            "explore.questions",
            crate::questions::answer::list(&["a".into(), "b".into()]),
        );
        let mut action = Table::new();
        action.insert("what", toml_edit::value("w"));
        doc.set(
            "outcome.actions",
            crate::questions::answer::records(vec![action]),
        );
        assert_eq!(doc.to_toml(), text);
    }

    #[test]
    fn removing_an_answer_still_removes_it() {
        let mut doc = EditablePlan::from_document(COMMENTED.parse().unwrap());
        doc.set("meeting.title", Item::None);
        assert!(doc.get("meeting.title").is_none());
        assert!(doc.to_toml().contains("# my note"));
    }

    #[test]
    fn drafts_are_kept_apart_from_the_answers_and_removed_whole() {
        let mut doc = EditablePlan::from_document(COMMENTED.parse().unwrap());
        let mut entry = Table::new();
        entry.insert("fact", toml_edit::value("Late \"twice\""));
        let draft = Draft {
            question: "prepare.evidence".into(),
            entry,
        };
        doc.set_drafts(&[draft.clone(), draft]);
        let text = doc.to_toml();
        assert!(text.starts_with(COMMENTED), "{text}");
        assert!(text.contains("# Records typed part way"), "{text}");
        let back = EditablePlan::from_document(text.parse().unwrap());
        let drafts = back.drafts();
        assert_eq!(drafts.len(), 2);
        assert_eq!(
            drafts[0].entry.get("fact").and_then(Item::as_str),
            Some("Late \"twice\"")
        );
        assert!(back.typed().unwrap().prepare.evidence.is_empty());
        doc.set_drafts(&[]);
        assert_eq!(doc.to_toml(), COMMENTED);
    }
}
