//! A plan's answers at chosen ids (`prepare.evidence`, `summarize.fallback`),
//! read through the plan's own `Serialize` impl.
//!
//! The field names are serde's and the ids the catalogue's, so neither is
//! written again here. Only the fields on the way to a chosen id are
//! visited: dates, numbers and every other answer are skipped unread, which
//! is what makes this much cheaper than turning the whole plan into a
//! `toml::Value` to look a few answers up.

use super::typed::Plan;
use serde::ser::{self, Impossible, Serialize};

/// An answer as [`pick`] read it.
#[derive(Debug, Clone, PartialEq)]
pub enum Picked {
    /// A text, or a choice as its stored value (`"expect"`).
    Text(String),
    /// A yes or no.
    Flag(bool),
    /// A list: of texts, or of records.
    List(Vec<Picked>),
    /// A table or a record: only its fields that were picked, in order.
    Table(Vec<(&'static str, Picked)>),
    /// A number or a date: there, but not read.
    Other,
}

impl Picked {
    /// The field `key` of a table.
    pub fn get(&self, key: &str) -> Option<&Picked> {
        match self {
            Picked::Table(fields) => fields.iter().find(|(k, _)| *k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The answer at a dotted id below this table (`outcome.agreed`).
    pub fn at(&self, id: &str) -> Option<&Picked> {
        id.split('.').try_fold(self, |v, k| v.get(k))
    }

    /// The text, if it is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Picked::Text(s) => Some(s),
            _ => None,
        }
    }

    /// The yes or no, if it is one.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Picked::Flag(b) => Some(*b),
            _ => None,
        }
    }
}

/// The answers of `plan` at each path (the segments of a dotted id, e.g.
/// `["prepare", "evidence", "fact"]`: a path goes through lists, so this
/// one picks the fact of every piece of evidence), as one table holding
/// only what was picked. An answer left unset is absent, as in the file.
pub fn pick(plan: &Plan, paths: &[Vec<&str>]) -> Picked {
    let mut root = Trie::default();
    for path in paths {
        root.insert(path);
    }
    if root.children.is_empty() {
        return Picked::Table(Vec::new());
    }
    // The plan's derived impl cannot fail with this serializer, whose every
    // method succeeds for the shapes a plan has.
    match plan.serialize(Picker { node: Some(&root) }) {
        Ok(Some(table)) => table,
        _ => Picked::Table(Vec::new()),
    }
}

/// The paths to pick, by segment.
#[derive(Debug, Default)]
struct Trie<'p> {
    key: &'p str,
    /// A path ends here: all of it is read, whatever longer paths there are.
    whole: bool,
    children: Vec<Trie<'p>>,
}

impl<'p> Trie<'p> {
    fn insert(&mut self, path: &[&'p str]) {
        let Some((first, rest)) = path.split_first() else {
            self.whole = true;
            return;
        };
        let at = match self.children.iter().position(|c| c.key == *first) {
            Some(at) => at,
            None => {
                self.children.push(Trie {
                    key: first,
                    whole: false,
                    children: Vec::new(),
                });
                self.children.len() - 1
            }
        };
        self.children[at].insert(rest);
    }

    /// What to read below the field `key`: `None` when the field is not on
    /// any path, `Some(None)` when a path ends there (read all of it).
    fn below(&self, key: &str) -> Option<Option<&Trie<'p>>> {
        let child = self.children.iter().find(|c| c.key == key)?;
        Some((!child.whole).then_some(child))
    }
}

/// Why picking stopped: a shape no plan has.
#[derive(Debug)]
pub struct Unpickable(String);

impl std::fmt::Display for Unpickable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Unpickable {}

impl ser::Error for Unpickable {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        Unpickable(msg.to_string())
    }
}

/// The serializer: `node` is where it stands among the paths (`None`:
/// below the end of a path, where everything is read). It gives `None` for
/// an option left unset, which its table then leaves out.
#[derive(Clone, Copy)]
struct Picker<'t> {
    node: Option<&'t Trie<'t>>,
}

type Got = Result<Option<Picked>, Unpickable>;

/// The fields of a record or table, or the items of a list, being read.
struct Gather<'t> {
    node: Option<&'t Trie<'t>>,
    fields: Vec<(&'static str, Picked)>,
    items: Vec<Picked>,
}

impl<'t> Gather<'t> {
    fn new(node: Option<&'t Trie<'t>>) -> Self {
        Gather {
            node,
            fields: Vec::new(),
            items: Vec::new(),
        }
    }
}

macro_rules! other {
    ($($name:ident: $ty:ty),* $(,)?) => {
        $(fn $name(self, _: $ty) -> Got { Ok(Some(Picked::Other)) })*
    };
}

impl<'t> ser::Serializer for Picker<'t> {
    type Ok = Option<Picked>;
    type Error = Unpickable;
    type SerializeSeq = Gather<'t>;
    type SerializeTuple = Gather<'t>;
    type SerializeTupleStruct = Impossible<Option<Picked>, Unpickable>;
    type SerializeTupleVariant = Impossible<Option<Picked>, Unpickable>;
    type SerializeMap = Impossible<Option<Picked>, Unpickable>;
    type SerializeStruct = Gather<'t>;
    type SerializeStructVariant = Impossible<Option<Picked>, Unpickable>;

    fn serialize_bool(self, v: bool) -> Got {
        Ok(Some(Picked::Flag(v)))
    }
    other!(serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_i64: i64,
        serialize_u8: u8, serialize_u16: u16, serialize_u32: u32, serialize_u64: u64,
        serialize_f32: f32, serialize_f64: f64, serialize_bytes: &[u8]);
    fn serialize_char(self, v: char) -> Got {
        Ok(Some(Picked::Text(v.to_string())))
    }
    fn serialize_str(self, v: &str) -> Got {
        Ok(Some(Picked::Text(v.to_string())))
    }
    fn serialize_none(self) -> Got {
        Ok(None)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Got {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Got {
        Ok(None)
    }
    fn serialize_unit_struct(self, _: &'static str) -> Got {
        Ok(None)
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Got {
        Ok(Some(Picked::Text(variant.to_string())))
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> Got {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Got {
        Err(Unpickable(format!("{name}: a variant with data")))
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Gather<'t>, Unpickable> {
        Ok(Gather::new(self.node))
    }
    fn serialize_tuple(self, _: usize) -> Result<Gather<'t>, Unpickable> {
        Ok(Gather::new(self.node))
    }
    fn serialize_tuple_struct(
        self,
        name: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Unpickable> {
        Err(Unpickable(format!("{name}: a tuple struct")))
    }
    fn serialize_tuple_variant(
        self,
        name: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Unpickable> {
        Err(Unpickable(format!("{name}: a tuple variant")))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Unpickable> {
        Err(Unpickable("a map".into()))
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Gather<'t>, Unpickable> {
        Ok(Gather::new(self.node))
    }
    fn serialize_struct_variant(
        self,
        name: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Unpickable> {
        Err(Unpickable(format!("{name}: a struct variant")))
    }
}

impl ser::SerializeSeq for Gather<'_> {
    type Ok = Option<Picked>;
    type Error = Unpickable;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unpickable> {
        if let Some(v) = value.serialize(Picker { node: self.node })? {
            self.items.push(v);
        }
        Ok(())
    }
    fn end(self) -> Got {
        Ok(Some(Picked::List(self.items)))
    }
}

impl ser::SerializeTuple for Gather<'_> {
    type Ok = Option<Picked>;
    type Error = Unpickable;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unpickable> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Got {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeStruct for Gather<'_> {
    type Ok = Option<Picked>;
    type Error = Unpickable;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Unpickable> {
        let node = match self.node {
            None => None,
            Some(node) => match node.below(key) {
                Some(below) => below,
                None => return Ok(()),
            },
        };
        if let Some(v) = value.serialize(Picker { node })? {
            self.fields.push((key, v));
        }
        Ok(())
    }
    fn end(self) -> Got {
        Ok(Some(Picked::Table(self.fields)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questions::catalogue::{self, Kind};
    use crate::questions::choices::Fallback;

    /// The examples, and each with the answers conditions look at turned
    /// the other way.
    fn plans() -> Vec<Plan> {
        let mut plans = Vec::new();
        for text in [
            include_str!("../../examples/missed-deadlines.toml"),
            include_str!("../../examples/meeting-behaviour.toml"),
            include_str!("../../examples/performance-escalation.toml"),
        ] {
            let plan: Plan = toml::from_str(text).unwrap();
            for (fallback, agreed) in [
                (None, None),
                (Some(Fallback::Expect), Some(false)),
                (Some(Fallback::Escalate), Some(true)),
            ] {
                let mut p = plan.clone();
                p.summarize.fallback = fallback.or(p.summarize.fallback);
                p.outcome.fallback = fallback;
                p.outcome.agreed = agreed;
                p.meeting.title = None;
                plans.push(p);
            }
        }
        plans
    }

    /// Every id of the catalogue, and every field of its lists of records.
    fn paths() -> Vec<Vec<&'static str>> {
        let mut paths = Vec::new();
        for q in catalogue::all() {
            let id: Vec<&'static str> = q.id.split('.').collect();
            if let Kind::Records(fields) = q.kind {
                for f in fields {
                    paths.push([id.as_slice(), &[f.key]].concat());
                }
            }
            paths.push(id);
        }
        paths.push(vec!["meeting", "title"]);
        paths
    }

    /// The values at the end of `path`, going through lists.
    fn toml_at<'a>(v: &'a toml::Value, path: &[&str], out: &mut Vec<&'a toml::Value>) {
        match (path.split_first(), v) {
            (None, _) => out.push(v),
            (Some(_), toml::Value::Array(items)) => {
                items.iter().for_each(|i| toml_at(i, path, out));
            }
            (Some((k, rest)), toml::Value::Table(t)) => {
                if let Some(v) = t.get(*k) {
                    toml_at(v, rest, out)
                }
            }
            _ => {}
        }
    }

    fn picked_at<'a>(v: &'a Picked, path: &[&str], out: &mut Vec<&'a Picked>) {
        match (path.split_first(), v) {
            (None, _) => out.push(v),
            (Some(_), Picked::List(items)) => items.iter().for_each(|i| picked_at(i, path, out)),
            (Some((k, rest)), Picked::Table(_)) => {
                if let Some(v) = v.get(k) {
                    picked_at(v, rest, out)
                }
            }
            _ => {}
        }
    }

    /// Whether a picked value is the TOML value, dates and numbers aside.
    fn same(p: &Picked, v: &toml::Value) -> bool {
        match (p, v) {
            (Picked::Text(a), toml::Value::String(b)) => a == b,
            (Picked::Flag(a), toml::Value::Boolean(b)) => a == b,
            (Picked::List(a), toml::Value::Array(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(a, b)| same(a, b))
            }
            (Picked::Table(a), toml::Value::Table(b)) => {
                a.len() == b.len() && a.iter().all(|(k, a)| b.get(*k).is_some_and(|b| same(a, b)))
            }
            (Picked::Other, toml::Value::Integer(_) | toml::Value::Datetime(_)) => true,
            // Dates reach serializers as their text.
            (Picked::Text(_), toml::Value::Datetime(_)) => true,
            _ => false,
        }
    }

    #[test]
    fn each_path_picks_what_the_whole_plan_as_toml_holds_there() {
        let mut compared = 0;
        for plan in plans() {
            let whole = toml::Value::try_from(&plan).unwrap();
            for path in paths() {
                let picked = pick(&plan, std::slice::from_ref(&path));
                let (mut want, mut got) = (Vec::new(), Vec::new());
                toml_at(&whole, &path, &mut want);
                picked_at(&picked, &path, &mut got);
                assert_eq!(want.len(), got.len(), "{path:?}: {got:?} against {want:?}");
                for (g, w) in got.iter().zip(&want) {
                    assert!(same(g, w), "{path:?}: {g:?} against {w:?}");
                    compared += 1;
                }
            }
        }
        assert!(compared > 500, "only {compared} values compared");
    }

    #[test]
    fn a_path_that_ends_where_a_longer_one_goes_on_reads_all_of_it() {
        let plan: Plan =
            toml::from_str(include_str!("../../examples/missed-deadlines.toml")).unwrap();
        let whole = toml::Value::try_from(&plan).unwrap();
        for paths in [
            vec![vec!["meeting"], vec!["meeting", "when"]],
            vec![vec!["meeting", "when"], vec!["meeting"]],
        ] {
            let picked = pick(&plan, &paths);
            assert!(
                same(picked.get("meeting").unwrap(), &whole["meeting"]),
                "{picked:?}"
            );
        }
    }

    #[test]
    fn only_the_fields_on_a_path_are_read() {
        let plan: Plan =
            toml::from_str(include_str!("../../examples/missed-deadlines.toml")).unwrap();
        let picked = pick(&plan, &[vec!["prepare", "evidence", "fact"]]);
        let Some(Picked::List(evidence)) = picked.at("prepare.evidence") else {
            panic!("no evidence in {picked:?}");
        };
        assert!(!evidence.is_empty());
        for e in evidence {
            let Picked::Table(fields) = e else {
                panic!("{e:?}")
            };
            assert_eq!(fields.iter().map(|(k, _)| *k).collect::<Vec<_>>(), ["fact"]);
        }
        assert_eq!(picked.at("meeting"), None);
        assert_eq!(pick(&plan, &[]), Picked::Table(Vec::new()));
    }
}
