//! The word classes the judgement rule reads with: evaluative words and
//! phrases, verbs and states of the mind, frequency words, groups of people,
//! reporting verbs, evidence. Each is a list of plain words (our choice, not
//! a published lexicon), indexed when `plan` is compiled: a word is looked up
//! once in a table built by const evaluation, which says every list it is in.

use crate::check::word_hash;

/// One of the word lists below, and its place among them: the bit that
/// stands for it in a word's [`Classes`].
pub(super) struct Lexicon(u32, &'static [&'static str]);

/// The bits of some lists, together.
pub(super) const fn bits(lists: &[&Lexicon]) -> u64 {
    let (mut bits, mut l) = (0, 0);
    while l < lists.len() {
        bits |= lists[l].bit();
        l += 1;
    }
    bits
}

impl Lexicon {
    /// The list's bit in [`Classes`].
    pub(super) const fn bit(&self) -> u64 {
        1 << self.0
    }

    /// The words and phrases of the list, in order.
    #[cfg(test)]
    pub(super) const fn words(&self) -> &'static [&'static str] {
        self.1
    }

    /// The first phrase of the list that starts with the word at `place`
    /// ([`place_of`]) and goes on with the words at places `next(0)`,
    /// `next(1)`…: a phrase is matched by the places of its words, found
    /// once for a sentence's word rather than for every list.
    pub(super) fn phrase_from(
        &self,
        place: Option<usize>,
        next: impl Fn(usize) -> Option<usize>,
    ) -> Option<&'static str> {
        let at = place?;
        let second = next(0).map_or(NO_PLACE, |p| p as u64);
        // Most words start no phrase of two words or more with the word
        // that follows them: then only the word itself, as an entry of the
        // list, can be one.
        let longer = has_pair(at, second);
        if !longer && TABLE.words[at].classes.member & self.bit() == 0 {
            return None;
        }
        // A word's entries are in the order of the lists: this list's are
        // one run among them, found by halves.
        let entries = &CHAINS.entries[CHAINS.starts[at] as usize..CHAINS.starts[at + 1] as usize];
        let list = self.0;
        let from = entries.partition_point(|e| u32::from(e.list) < list);
        // The places of the words that follow, packed as an entry's are.
        let after = if longer {
            (1..MOST_AFTER).fold(second, |packed, k| {
                let p = next(k).map_or(NO_PLACE, |p| p as u64);
                packed | p << (16 * k)
            })
        } else {
            0
        };
        entries[from..]
            .iter()
            .take_while(|e| u32::from(e.list) == list)
            .find(|e| {
                let mask = u64::MAX
                    .checked_shr(64 - 16 * u32::from(e.len))
                    .unwrap_or(0);
                after & mask == e.rest && (longer || e.len == 0)
            })
            .map(|e| LISTS[e.list as usize].1[e.item as usize])
    }
}

/// The lists a word is in, and the lists with a phrase that starts with it,
/// as bits ([`Lexicon::bit`]).
#[derive(Clone, Copy, Default)]
pub(super) struct Classes {
    pub(super) member: u64,
    pub(super) starts: u64,
}

/// Every list, each at the place its bit says.
static LISTS: [&Lexicon; 46] = [
    VERDICT_WORDS,
    SAID_OF_SOMEONE,
    CONDUCT,
    PEOPLE,
    WEAK_MOTIVE_PHRASES,
    PHRASES_OF_SOMEONE,
    GOOD_QUALITIES,
    MONTHS,
    PREDICATE_WORDS,
    VERDICT_PHRASES,
    MIND_VERBS,
    MIND_STATES,
    NOT_NAMES,
    GROUP_WORDS,
    MOTIVE_PHRASES,
    APPEARANCE,
    ALWAYS,
    OFTEN,
    WEAK_HABIT_PHRASES,
    EVERYONE,
    EVERYONE_SAYS,
    HABIT_PHRASES,
    GROUPS,
    GROUP_FEELINGS,
    REPORTING,
    EVIDENCE,
    EVENTS,
    PERSONS,
    NOT_HABIT_VERBS,
    RULE_WORDS,
    INTENSIFIERS,
    COPULAS,
    NUMBERS,
    TRY,
    KEEP,
    TEND,
    STATE_VERBS,
    MESSES,
    SUBJECTS,
    MAKE,
    TREAT,
    HARD,
    FEEL,
    BE,
    CONTRACTIONS,
    STARTERS,
];

/// The lexicons [`super::corrected`] reads a misspelt word against, in order.
pub(super) const LEXICONS: [&Lexicon; 5] = [
    VERDICT_WORDS,
    MIND_STATES,
    MIND_VERBS,
    PREDICATE_WORDS,
    ALWAYS,
];

/// How many words [`LEXICONS`] hold.
const LEXICON_WORDS: usize = {
    let mut n = 0;
    let mut l = 0;
    while l < LEXICONS.len() {
        n += LEXICONS[l].1.len();
        l += 1;
    }
    n
};

/// The longest word of [`LEXICONS`], in bytes, is shorter than this.
const LONGEST: usize = 32;

/// The words of [`LEXICONS`] (lowercase ASCII) by their first letter and
/// length, each group in the order of the lexicons: group `g` (see
/// [`group`]) is `words[starts[g] .. starts[g + 1]]`, each as (lexicon,
/// place in it, [`letter_sum`]). Built at compile time.
struct ByFirstLetter {
    starts: [u16; 26 * LONGEST + 1],
    words: [(u8, u16, u16); LEXICON_WORDS],
}

/// The group of a word of a first letter and a length.
const fn group(first: u8, len: usize) -> usize {
    (first - b'a') as usize * LONGEST + len
}

static BY_FIRST_LETTER: ByFirstLetter = by_first_letter();

const fn by_first_letter() -> ByFirstLetter {
    let mut starts = [0u16; 26 * LONGEST + 1];
    let mut words = [(0u8, 0u16, 0u16); LEXICON_WORDS];
    // Count each group, then place its words, lexicon by lexicon.
    let mut pass = 0;
    while pass < 2 {
        let mut l = 0;
        while l < LEXICONS.len() {
            let mut i = 0;
            while i < LEXICONS[l].1.len() {
                let w = LEXICONS[l].1[i].as_bytes();
                assert!(
                    w[0].is_ascii_lowercase() && w.len() < LONGEST && w.is_ascii(),
                    "a lexicon word is short lowercase ASCII"
                );
                let g = group(w[0], w.len());
                if pass == 0 {
                    starts[g + 1] += 1;
                } else {
                    words[starts[g] as usize] = (l as u8, i as u16, letter_sum(w));
                    starts[g] += 1;
                }
                i += 1;
            }
            l += 1;
        }
        if pass == 0 {
            let mut g = 0;
            while g < 26 * LONGEST {
                starts[g + 1] += starts[g];
                g += 1;
            }
        } else {
            // Placing moved each start to the next group's: move them back.
            let mut g = 26 * LONGEST;
            while g > 0 {
                starts[g] = starts[g - 1];
                g -= 1;
            }
            starts[0] = 0;
        }
        pass += 1;
    }
    ByFirstLetter { starts, words }
}

/// The words of [`LEXICONS`] of a first letter and a length in letters, in
/// order, each with its place in the lexicons (lexicon, place in it) and
/// its [`letter_sum`].
pub(super) fn lexicon_words(first: u8, len: usize) -> &'static [(u8, u16, u16)] {
    if !first.is_ascii_lowercase() || len >= LONGEST {
        return &[];
    }
    let t = &BY_FIRST_LETTER;
    let g = group(first, len);
    &t.words[t.starts[g] as usize..t.starts[g + 1] as usize]
}

/// The sum of a word's bytes: two words of the same letters have the same,
/// and a word with one letter left out the sum less that letter.
pub(super) const fn letter_sum(w: &[u8]) -> u16 {
    let (mut sum, mut i) = (0u16, 0);
    while i < w.len() {
        sum = sum.wrapping_add(w[i] as u16);
        i += 1;
    }
    sum
}

/// The bits of the filter of [`MISSPELLINGS`]: a power of two.
const MISSPELT_BITS: usize = 1 << 16;

/// Every word of [`LEXICONS`] with one letter left out, and with two
/// letters next to each other swapped, as two bits each of a Bloom filter
/// built at compile time: a word without both of its bits misspells no
/// word of the lexicons, and is not searched for one.
static MISSPELLINGS: [u64; MISSPELT_BITS / 64] = misspellings();

/// No byte: for [`variant_hash`].
const NONE: usize = usize::MAX;

/// FNV-1a over the bytes of `word` without byte `skip`, and with bytes
/// `swap` and `swap + 1` exchanged ([`NONE`] for neither).
const fn variant_hash(word: &[u8], skip: usize, swap: usize) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < word.len() {
        let b = if i == swap {
            word[i + 1]
        } else if swap != NONE && i == swap + 1 {
            word[swap]
        } else {
            word[i]
        };
        if i != skip {
            h = (h ^ b as u64).wrapping_mul(0x100_0000_01b3);
        }
        i += 1;
    }
    h
}

/// The two bits of the filter a hash sets.
const fn bloom_bits(h: u64) -> [usize; 2] {
    [
        h as usize & (MISSPELT_BITS - 1),
        (h >> 32) as usize & (MISSPELT_BITS - 1),
    ]
}

const fn misspellings() -> [u64; MISSPELT_BITS / 64] {
    let mut bits = [0u64; MISSPELT_BITS / 64];
    let mut l = 0;
    while l < LEXICONS.len() {
        let mut i = 0;
        while i < LEXICONS[l].1.len() {
            let w = LEXICONS[l].1[i].as_bytes();
            let mut p = 0;
            while p < w.len() {
                let mut variants = [variant_hash(w, p, NONE), 0];
                let n = if p + 1 < w.len() {
                    variants[1] = variant_hash(w, NONE, p);
                    2
                } else {
                    1
                };
                let mut v = 0;
                while v < n {
                    let [a, b] = bloom_bits(variants[v]);
                    bits[a / 64] |= 1 << (a % 64);
                    bits[b / 64] |= 1 << (b % 64);
                    v += 1;
                }
                p += 1;
            }
            i += 1;
        }
        l += 1;
    }
    bits
}

/// Whether a word may misspell one of [`LEXICONS`]: false for most words,
/// which then need no search.
pub(super) fn may_misspell(w: &[u8]) -> bool {
    bloom_bits(variant_hash(w, NONE, NONE))
        .iter()
        .all(|&b| MISSPELLINGS[b / 64] & 1 << (b % 64) != 0)
}

/// A word of [`LEXICONS`] by its place.
pub(super) fn lexicon_word((l, i, _): (u8, u16, u16)) -> &'static str {
    LEXICONS[l as usize].1[i as usize]
}

/// The slots of the hash table of words: a power of two, well above the
/// number of words.
const SLOTS: usize = 4096;

/// A word: `len` bytes from byte `from` of entry `item` of list `list` (a
/// whole entry, or a word of a phrase), and its classes. A slot of no
/// bytes is empty.
#[derive(Clone, Copy)]
struct Slot {
    list: u8,
    item: u16,
    from: u8,
    len: u8,
    classes: Classes,
}

/// Every word of [`LISTS`] and every word of their phrases, with its
/// classes, in an open-addressed hash table: built at compile time, and
/// only read to make [`TABLE`], which keeps its words apart from its slots.
/// A const, not a static, so that it is not in the binary.
#[allow(clippy::large_const_arrays)]
const SPARSE: [Slot; SLOTS] = table(&LISTS);

/// How many words [`SPARSE`] holds.
const WORDS: usize = {
    let mut n = 0;
    let mut at = 0;
    while at < SLOTS {
        n += (SPARSE[at].len != 0) as usize;
        at += 1;
    }
    n
};

/// [`SPARSE`] in less room: each slot is 0 when empty, else 1 + the place
/// of its word in `words`.
struct Table {
    slots: [u16; SLOTS],
    words: [Slot; WORDS],
    /// Each word's first eight bytes, little-endian, padded with zeros:
    /// most words are compared by this alone.
    heads: [u64; WORDS],
}

static TABLE: Table = {
    let mut slots = [0u16; SLOTS];
    let mut words = [SPARSE[0]; WORDS];
    let mut heads = [0u64; WORDS];
    let (mut at, mut n) = (0, 0);
    while at < SLOTS {
        if SPARSE[at].len != 0 {
            words[n] = SPARSE[at];
            heads[n] = head(key(&LISTS, &SPARSE[at]));
            n += 1;
            slots[at] = n as u16;
        }
        at += 1;
    }
    Table {
        slots,
        words,
        heads,
    }
};

/// A word's first eight bytes, little-endian, padded with zeros.
const fn head(word: &[u8]) -> u64 {
    let (mut h, mut i) = (0u64, 0);
    while i < word.len() && i < 8 {
        h |= (word[i] as u64) << (8 * i);
        i += 1;
    }
    h
}

/// The word a slot holds.
const fn key(lists: &[&Lexicon], slot: &Slot) -> &'static [u8] {
    let word = lists[slot.list as usize].1[slot.item as usize].as_bytes();
    let from = word.split_at(slot.from as usize).1;
    from.split_at(slot.len as usize).0
}

/// Build [`SPARSE`]: each entry of each list is a member of its list, its
/// first word starts a phrase of it (a word starts itself), and every other
/// word of a phrase is in the table, of no class, so that a phrase is
/// matched by the places of its words.
const fn table(lists: &[&Lexicon]) -> [Slot; SLOTS] {
    let empty = Slot {
        list: 0,
        item: 0,
        from: 0,
        len: 0,
        classes: Classes {
            member: 0,
            starts: 0,
        },
    };
    let mut slots = [empty; SLOTS];
    let mut used = 0;
    let mut l = 0;
    while l < lists.len() {
        assert!(
            lists[l].0 as usize == l,
            "a list's number is its place in LISTS"
        );
        let mut i = 0;
        while i < lists[l].1.len() {
            let word = lists[l].1[i].as_bytes();
            assert!(!word.is_empty() && word.len() < 256 && i < 65_536);
            let bit = 1u64 << l;
            // The entry as a member, then each of its words: the first as
            // a start.
            used += insert(&mut slots, lists, slot(l, i, 0, word.len(), bit, 0));
            let mut from = 0;
            while from < word.len() {
                let mut end = from;
                while end < word.len() && word[end] != b' ' {
                    end += 1;
                }
                assert!(end > from, "a phrase's words are apart by one space");
                let starts = if from == 0 { bit } else { 0 };
                used += insert(&mut slots, lists, slot(l, i, from, end - from, 0, starts));
                from = end + 1;
            }
            assert!(word[word.len() - 1] != b' ', "no phrase ends in a space");
            i += 1;
        }
        l += 1;
    }
    assert!(used * 2 < SLOTS, "the table is kept at most half full");
    slots
}

const fn slot(l: usize, i: usize, from: usize, len: usize, member: u64, starts: u64) -> Slot {
    Slot {
        list: l as u8,
        item: i as u16,
        from: from as u8,
        len: len as u8,
        classes: Classes { member, starts },
    }
}

/// Put a word in the table, or add its classes to its slot: 1 if it took a
/// new slot.
const fn insert(slots: &mut [Slot; SLOTS], lists: &[&Lexicon], probe: Slot) -> usize {
    let wanted = key(lists, &probe);
    let mut at = word_hash::slot(wanted, SLOTS);
    loop {
        let slot = &mut slots[at];
        if slot.len == 0 {
            *slot = probe;
            return 1;
        }
        if word_hash::same(key(lists, slot), wanted) {
            slot.classes.member |= probe.classes.member;
            slot.classes.starts |= probe.classes.starts;
            return 0;
        }
        at = (at + 1) & (SLOTS - 1);
    }
}

/// The place of a word in [`TABLE`]'s words, if it is one: a const fn, so
/// that [`CHAINS`] is built with it.
const fn place(table: &Table, lists: &[&Lexicon], word: &[u8]) -> Option<usize> {
    let mut at = word_hash::slot(word, SLOTS);
    loop {
        let n = table.slots[at] as usize;
        if n == 0 {
            return None;
        }
        let slot = &table.words[n - 1];
        if slot.len as usize == word.len() && word_hash::same(key(lists, slot), word) {
            return Some(n - 1);
        }
        at = (at + 1) & (SLOTS - 1);
    }
}

/// The place of a word in [`TABLE`]'s words: [`place`] at run time.
fn find(w: &str) -> Option<usize> {
    let word = w.as_bytes();
    let (mut at, first) = word_hash::slot_and_head(word, SLOTS);
    loop {
        let n = TABLE.slots[at] as usize;
        if n == 0 {
            return None;
        }
        let slot = &TABLE.words[n - 1];
        if slot.len as usize == word.len()
            && TABLE.heads[n - 1] == first
            && (word.len() <= 8 || key(&LISTS, slot) == word)
        {
            return Some(n - 1);
        }
        at = (at + 1) & (SLOTS - 1);
    }
}

/// The lists a word is in, and those with a phrase it starts.
pub(super) fn classes(w: &str) -> Classes {
    classes_at(find(w))
}

/// Where a word is in the table of words, for [`classes_at`] and
/// [`Lexicon::phrases_at`]: looked up once per word.
pub(super) fn place_of(w: &str) -> Option<usize> {
    find(w)
}

/// [`classes`] of the word at `place` ([`place_of`]).
pub(super) fn classes_at(place: Option<usize>) -> Classes {
    place.map_or_else(Classes::default, |n| TABLE.words[n].classes)
}

/// How many entries the lists hold.
const ENTRIES: usize = {
    let mut n = 0;
    let mut l = 0;
    while l < LISTS.len() {
        n += LISTS[l].1.len();
        l += 1;
    }
    n
};

/// The most words after the first that a phrase of the lists has.
const MOST_AFTER: usize = 4;

/// An entry of a list, as (list, place in it), with the places in
/// [`TABLE`] of its `len` words after the first, sixteen bits each from the
/// lowest: a phrase is matched by one compare.
#[derive(Clone, Copy)]
struct Entry {
    list: u8,
    item: u16,
    len: u8,
    rest: u64,
}

/// No word of the table: a word past the end of a sentence, or not in it.
const NO_PLACE: u64 = 0xFFFF;

/// Every entry of every list, grouped by its first word's place in
/// [`TABLE`], each group in the order of the lists: the entries that start
/// with word `n` are `entries[starts[n] .. starts[n + 1]]`. Built at
/// compile time.
struct Chains {
    starts: [u16; WORDS + 1],
    entries: [Entry; ENTRIES],
}

static CHAINS: Chains = chains(&TABLE, &LISTS);

/// The slots of the table of pairs: a power of two, well above the number
/// of phrases.
const PAIR_SLOTS: usize = 4096;

/// Every first and second word of a phrase of two words or more, as their
/// places in [`TABLE`] (`first << 16 | second`, plus one so that no pair is
/// 0, an empty slot), in an open-addressed table built at compile time.
static PAIRS: [u32; PAIR_SLOTS] = pairs(&CHAINS);

const fn pair_slot(key: u32) -> usize {
    (key.wrapping_mul(0x9E37_79B9) >> (32 - PAIR_SLOTS.trailing_zeros())) as usize
}

const fn pairs(chains: &Chains) -> [u32; PAIR_SLOTS] {
    let mut slots = [0u32; PAIR_SLOTS];
    let (mut first, mut used) = (0, 0);
    while first < WORDS {
        let mut e = chains.starts[first] as usize;
        while e < chains.starts[first + 1] as usize {
            let entry = chains.entries[e];
            if entry.len > 0 {
                let key = ((first as u32) << 16 | (entry.rest & NO_PLACE) as u32) + 1;
                let mut at = pair_slot(key);
                while slots[at] != 0 && slots[at] != key {
                    at = (at + 1) & (PAIR_SLOTS - 1);
                }
                if slots[at] == 0 {
                    slots[at] = key;
                    used += 1;
                }
            }
            e += 1;
        }
        first += 1;
    }
    assert!(
        used * 2 < PAIR_SLOTS,
        "the table of pairs is kept at most half full"
    );
    slots
}

/// Whether a phrase of two words or more starts with the words at places
/// `first` and `second` ([`NO_PLACE`] for none).
fn has_pair(first: usize, second: u64) -> bool {
    if second == NO_PLACE {
        return false;
    }
    let key = ((first as u32) << 16 | second as u32) + 1;
    let mut at = pair_slot(key);
    loop {
        match PAIRS[at] {
            0 => return false,
            k if k == key => return true,
            _ => at = (at + 1) & (PAIR_SLOTS - 1),
        }
    }
}

/// The places of the words of a phrase after its first.
const fn entry(table: &Table, lists: &[&Lexicon], l: usize, i: usize) -> Entry {
    let word = lists[l].1[i].as_bytes();
    let mut e = Entry {
        list: l as u8,
        item: i as u16,
        len: 0,
        rest: 0,
    };
    let mut from = 0;
    while from < word.len() {
        let mut end = from;
        while end < word.len() && word[end] != b' ' {
            end += 1;
        }
        if from > 0 {
            assert!(
                (e.len as usize) < MOST_AFTER,
                "a phrase is five words at most"
            );
            let Some(at) = place(table, lists, word.split_at(end).0.split_at(from).1) else {
                panic!("every word of a phrase has its slot");
            };
            e.rest |= (at as u64) << (16 * e.len);
            e.len += 1;
        }
        from = end + 1;
    }
    e
}

const fn chains(table: &Table, lists: &[&Lexicon]) -> Chains {
    let mut starts = [0u16; WORDS + 1];
    assert!((WORDS as u64) < NO_PLACE, "a place is sixteen bits");
    let mut entries = [Entry {
        list: 0,
        item: 0,
        len: 0,
        rest: 0,
    }; ENTRIES];
    // Count the entries of each slot, then place them, list by list.
    let mut pass = 0;
    while pass < 2 {
        let mut l = 0;
        while l < lists.len() {
            let mut i = 0;
            while i < lists[l].1.len() {
                let word = lists[l].1[i].as_bytes();
                let mut first = 0;
                while first < word.len() && word[first] != b' ' {
                    first += 1;
                }
                let Some(at) = place(table, lists, word.split_at(first).0) else {
                    panic!("every first word has its slot");
                };
                if pass == 0 {
                    starts[at + 1] += 1;
                } else {
                    entries[starts[at] as usize] = entry(table, lists, l, i);
                    starts[at] += 1;
                }
                i += 1;
            }
            l += 1;
        }
        if pass == 0 {
            let mut s = 0;
            while s < WORDS {
                starts[s + 1] += starts[s];
                s += 1;
            }
        } else {
            // Placing moved each start to the next group's: move them back.
            let mut s = WORDS;
            while s > 0 {
                starts[s] = starts[s - 1];
                s -= 1;
            }
            starts[0] = 0;
        }
        pass += 1;
    }
    Chains { starts, entries }
}

/// Whether the word at `place` ([`place_of`]) is in one of [`LEXICONS`].
pub(super) fn in_lexicon_at(place: Option<usize>) -> bool {
    let lexicons = LEXICONS.iter().fold(0, |bits, l| bits | l.bit());
    classes_at(place).member & lexicons != 0
}

/// Whether `w` is one of the words of `list`.
pub(super) fn member(list: &Lexicon, w: &str) -> bool {
    classes(w).member & list.bit() != 0
}

/// Words that judge work or behaviour wherever they stand: there is no
/// literal use of them in a workplace fact.
#[rustfmt::skip]
pub(super) static VERDICT_WORDS: &Lexicon = &Lexicon(0, &[
    "unprofessional", "inappropriate", "unacceptable", "condescending", "patronising",
    "patronizing", "rude", "rudely", "dismissive", "dismissively", "disrespectful", "sloppy",
    "sloppily", "lazy", "lazily", "careless", "carelessly", "chaotic", "shambles", "shambolic",
    "disaster", "disastrous", "nightmare", "messy", "terrible", "terribly", "awful", "awfully",
    "appalling", "dreadful", "atrocious", "abysmal", "woeful", "pathetic", "useless", "hopeless",
    "incompetent", "incompetence", "arrogant", "arrogance", "confrontational", "argumentative",
    "unhelpful", "unfriendly", "intimidating", "boring", "lacklustre", "lackluster",
    "half-hearted", "halfhearted", "half-baked", "slapdash", "shoddy", "substandard",
    "sub-standard", "subpar", "sub-par", "mediocre", "inadequate", "unreliable", "untrustworthy",
    "dishonest", "disorganised", "disorganized", "irresponsible", "inconsiderate",
    "uncooperative", "unco-operative", "negligent", "neglectful", "selfish", "childish",
    "immature", "stubborn", "grumpy", "stroppy", "bossy", "pushy", "sarcastic", "snide",
    "passive-aggressive", "abrasive", "abrupt", "curt", "brusque", "offhand", "unacceptably",
    "disgraceful", "embarrassing", "embarrassment", "ridiculous", "laughable", "clueless",
    "scruffy", "filthy", "slacking", "slacker", "belittling", "belittled", "demeaning",
    "undermining", "undermined", "favouritism", "favoritism", "favourites", "favorites",
    "gossip", "gossips", "gossiping", "gossiped", "whinging", "excuses",
    "unpleasant", "insolent", "insubordinate", "insubordination", "unmotivated", "demotivated",
    "disengaged", "apathetic", "uninterested", "disinterested", "complacent", "complacency",
    "negativity", "hysterical", "overreacted", "overreacting", "overreacts", "timepass",
    "mockery", "troublemaker", "diva", "incapable", "inept", "ineffective", "lousy",
    "shambolically", "chaotically", "disruptive", "defensiveness", "unapproachable",
    "condescendingly", "obstructive", "aloof", "uncaring", "unkind", "spiteful", "vindictive",
    "manipulative", "sneaky", "liar", "unethical", "evasive", "shifty", "amateurish",
    "unprepared", "inattentive", "forgetful", "scatty", "scatterbrained", "blamed", "blaming",
    "blames", "rushed", "downhill", "deteriorated", "deteriorating", "inappropriately",
    "unprofessionally", "disrespectfully", "half-done", "half-finished", "flippant", "cheeky",
    "underwhelming", "obsessed", "coasting", "idle", "non-existent", "nonexistent", "stinks",
    "sulky", "sulking", "sulked", "moans", "moaned", "whinges", "whinged", "chaos",
    "shocking", "overbearing", "domineering", "pompous", "smug", "cocky", "lippy",
    "mouthy", "snarky", "surly", "sullen", "uppity", "devious", "deceitful", "two-faced",
    "backstabbing", "hypocritical", "unreasonable", "irrational", "paranoid", "needy",
    "clingy", "high-maintenance", "work-shy", "workshy", "bone-idle", "slovenly",
    "lackadaisical", "haphazard", "sloppiness", "laziness", "carelessness", "rudeness",
    "humiliating", "humiliated", "degrading", "insulting", "hurtful", "belittle", "belittles",
]);

/// Words that judge only where they are said of a person or of their work
/// or behaviour: "his tone was cold", "a difficult colleague", "poor quality
/// work"; but "the cold store", "the mean waiting time", "bad debt", "the
/// drama teacher" and "lying on the floor" describe.
#[rustfmt::skip]
pub(super) static SAID_OF_SOMEONE: &Lexicon = &Lexicon(1, &[
    "cold", "mean", "bad", "poor", "weak", "drama", "dramatic", "nasty", "petty", "bitter",
    "jealous", "suspicious", "fishy", "shady", "dodgy", "harsh", "harshly", "rigid", "flaky",
    "volatile", "erratic", "unpredictable", "defensive", "hostile", "toxic", "aggressive",
    "aggressively", "aggression", "difficult", "inflexible", "snappy", "clumsy", "negative",
    "moody", "lying", "lies", "lied", "cheated", "cheating", "bully", "bullying", "bullied",
    "rubbish", "crap", "garbage", "shallow", "slow", "lax", "entitled", "worst", "worse",
    "poorly", "badly", "properly", "improperly", "differently", "weakest", "loud", "sharp",
    "rough", "basic", "thin", "sketchy", "superficial", "blunt", "distant", "withdrawn",
    "unfair", "biased", "minimal", "generous", "lenient", "sensitive", "emotional", "mess",
    "moaning", "whining", "favour", "favours", "favouring", "favor", "favors",
    "unfit", "vague", "liability", "excessive", "over-the-top",
    "low", "offensive",
]);

/// Words that judge after "was" or "is" with anyone as subject, unless a
/// number or a date shows what was measured: "the notes were minimal", but
/// "the temperature was high: 31°C".
#[rustfmt::skip]
pub(super) static PREDICATE_WORDS: &Lexicon = &Lexicon(8, &[
    "minimal", "generous", "emotional", "sensitive", "slow", "lenient", "harsh", "loud",
    "negative", "unclear", "confusing", "confused", "unhappy", "upset", "angry", "annoyed",
    "irritated", "frustrated", "stressed", "nervous", "anxious", "bored", "distracted",
    "unfocused", "tired", "basic", "thin", "vague", "unusable", "unreadable",
    "inaccurate", "unsafe", "dangerous", "risky", "reckless", "blunt", "quiet",
    "withdrawn", "distant", "patchy", "inconsistent", "unorganised", "unorganized",
    "untidy", "dirty", "lacking", "limited", "superficial", "shallow", "sketchy", "unbalanced",
    "biased", "unfair", "unreasonable", "excessive", "over-the-top",
]);

/// Phrases that judge when said of a person, and describe otherwise: "he
/// was out of order", but "the lift was out of order".
#[rustfmt::skip]
pub(super) static PHRASES_OF_SOMEONE: &Lexicon = &Lexicon(5, &[
    "out of order", "short with", "sharp with", "off with", "funny with", "cold with",
    "offhand with", "curt with", "abrupt with", "rough with", "a bit short", "over the line",
]);

/// Month names: a habit bounded by a month ("every Monday in October")
/// can be checked.
#[rustfmt::skip]
pub(super) static MONTHS: &Lexicon = &Lexicon(7, &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
]);

/// Good qualities: "not careful", "not reliable" said of someone judges.
#[rustfmt::skip]
pub(super) static GOOD_QUALITIES: &Lexicon = &Lexicon(6, &[
    "careful", "reliable", "professional", "polite", "respectful", "organised", "organized",
    "competent", "capable", "helpful", "friendly", "punctual", "serious", "honest",
    "trustworthy", "good", "kind", "patient", "thorough", "accurate", "tidy", "supportive",
    "cooperative", "co-operative", "flexible", "proactive", "responsible", "mature",
    "approachable", "suitable", "dependable", "motivated", "committed", "engaged", "interested",
    "bothered", "attentive", "diligent", "conscientious", "courteous", "consistent",
]);

/// Nouns for someone's work or behaviour: an evaluative word said of one
/// judges ("his tone was cold", "poor quality").
#[rustfmt::skip]
pub(super) static CONDUCT: &Lexicon = &Lexicon(2, &[
    "tone", "manner", "attitude", "behaviour", "behavior", "conduct", "approach", "reply",
    "replies", "response", "responses", "email", "emails", "message", "messages", "comment",
    "comments", "remark", "remarks", "language", "work", "performance", "effort", "efforts",
    "standard", "standards", "quality", "handover", "handovers", "notes", "report", "reports",
    "documentation", "presentation", "pitch", "code", "writing", "timekeeping", "punctuality",
    "attendance", "communication", "feedback", "marking", "planning", "lesson", "lessons",
    "teaching", "care", "service", "leadership", "temper", "mood", "personality", "character",
    "workmanship", "output", "paperwork", "record-keeping", "admin", "answer", "answers",
    "explanation", "excuse", "way", "ways", "spreadsheets", "spreadsheet", "figures", "forecast",
    "forecasts", "skills", "judgement", "judgment", "decisions", "decision", "job", "shift",
    "shifts", "session", "sessions", "meeting", "meetings", "unit", "ward", "section",
    "stockroom", "kitchen", "round", "rounds", "review", "reviews", "morale", "organisation",
    "organization", "time-keeping",
    "release", "launch", "delivery", "rollout", "induction", "training", "process", "checks",
    "count", "changeover", "project", "plan", "design", "analysis", "build", "fix", "write-up",
    "summary", "assessment", "stocktake", "reconciliation", "returns", "notes", "handling",
]);

/// Nouns for a person: a word said of one judges ("a difficult colleague").
#[rustfmt::skip]
pub(super) static PEOPLE: &Lexicon = &Lexicon(3, &[
    "person", "man", "woman", "colleague", "colleagues", "worker", "workers", "employee",
    "manager", "supervisor", "nurse", "teacher", "driver", "chef", "cook", "cleaner", "carer",
    "doctor", "porter", "trainee", "apprentice", "boss", "leader", "member", "starter", "guy",
    "lad", "girl", "boy", "individual", "operator", "agent", "clerk", "assistant", "technician",
    "engineer", "officer", "analyst", "student", "pupil", "people", "customer", "client",
]);

/// Phrases that judge wherever they stand, idioms of the workplace among
/// them ("a chip on his shoulder", "leaves a lot to be desired").
#[rustfmt::skip]
pub(super) static VERDICT_PHRASES: &Lexicon = &Lexicon(9, &[
    "out of line", "not acceptable", "not good enough", "not up to scratch", "not up to standard",
    "not at the standard", "not to the standard", "below par", "falls short", "fell short",
    "lets the team down", "let the team down", "let us down", "lets us down", "let me down",
    "lets me down", "let them down", "let everyone down", "is a joke", "was a joke",
    "are a joke", "were a joke", "a bit of a joke", "a farce", "a team player",
    "the bare minimum", "bare minimum", "tick-box", "tick box", "looked like a bomb",
    "like a bomb", "a pigsty", "like a tip", "is a tip", "was a tip", "all over the place",
    "all over the shop", "is a problem", "was a problem", "are a problem", "a real problem",
    "no effort", "zero effort", "little effort", "no respect", "lack of respect",
    "lack of commitment", "lack of care", "lack of effort", "lack of interest", "talked down",
    "talks down", "talking down", "talk down", "looked down on", "looks down on",
    "made a mockery", "makes a mockery", "pulling his weight", "pulling her weight",
    "pulling their weight", "pulling your weight", "pull his weight", "pull her weight",
    "pull your weight", "pull their weight", "above the rules", "cuts corners", "cut corners",
    "cutting corners", "a nightmare", "a disaster", "a mess", "a complete mess", "in a mess",
    "a shambles", "over the top", "the wrong attitude", "no idea what", "does not listen",
    "did not listen", "do not listen", "not listening", "never listens", "no sense of",
    "has no clue", "have no clue", "no clue", "without any care", "got worse", "getting worse",
    "gone backwards", "gone downhill", "went downhill", "half done", "half finished",
    "chip on his shoulder", "chip on her shoulder", "chip on their shoulder",
    "chip on your shoulder", "off a cliff", "runs rings", "run rings", "loose cannon",
    "a waste of", "god's gift", "people person", "through the floor", "under the bus",
    "work ethic", "to be desired", "stuck in his ways", "stuck in her ways",
    "stuck in their ways", "stuck in your ways", "set in his ways", "set in her ways",
    "only here for", "dumps his work", "dumps her work", "dumps work", "dumping work",
    "bone idle", "run riot", "runs riot", "running riot", "short fuse", "gets away with",
    "get away with", "got away with", "have slipped", "has slipped", "full of himself",
    "full of herself", "full of themselves", "full of yourself", "walk on eggshells",
    "walking on eggshells", "plays the victim", "playing the victim", "weakest link",
    "showing off", "show off", "shows off", "showed off", "fed up", "hard work",
    "passive aggressive", "be trusted", "not pull", "drags his feet", "drags her feet",
    "dragging his feet", "dragging her feet", "dragged his feet", "dragged her feet",
    "rubs people up", "rubbed people up", "the wrong way", "throws his weight",
    "throws her weight", "a law unto", "a bad apple", "a bad influence", "a negative influence",
    "poisoning the", "stirring", "stirs up", "stirred up", "winds people up",
    "wound people up", "behind my back", "behind our backs", "behind her back",
    "behind his back", "the bare bones", "couldn't care less", "not bothered", "too much",
    "not pulling", "not up to", "no good", "not good at", "not very good", "no better",
    "a liability", "a problem", "a handful", "a pain", "an attitude", "attitude problem",
    "his attitude", "her attitude", "your attitude", "their attitude", "the attitude",
    "not paying attention", "not concentrating", "not focused", "not focusing",
    "rubber stamps", "rubber-stamps", "rubber stamped", "rubber-stamped", "rubber stamping",
    "waves through", "waved through", "nods through", "nodded through",
]);

/// Verbs of the mind: what someone thinks, wants or feels, which no camera
/// records unless they said it.
#[rustfmt::skip]
pub(super) static MIND_VERBS: &Lexicon = &Lexicon(10, &[
    "think", "thinks", "thought", "believe", "believes", "believed", "feel", "feels", "felt",
    "want", "wants", "wanted", "care", "cares", "cared", "know", "knows", "knew", "realise",
    "realises", "realised", "realize", "realizes", "realized", "assume", "assumes", "assumed",
    "expect", "expects", "expected", "intend", "intends", "intended", "mean", "meant", "hope",
    "hoped", "hopes", "resent", "resents", "resented", "hate", "hates", "hated", "like", "likes",
    "enjoy", "enjoys", "enjoyed", "dislike", "dislikes", "respect", "respects", "trust", "trusts",
    "prefer", "prefers", "fear", "fears", "wish", "wishes", "value", "values", "valued",
    "understand", "understands", "understood", "ignore", "ignores",
    "ignored", "ignoring", "avoid", "avoids", "avoided", "avoiding", "pretend", "pretends",
    "pretended", "pretending",
    "caring",
]);

/// Inner states of a person, which no camera records: "he is not engaged",
/// "she was struggling".
#[rustfmt::skip]
pub(super) static MIND_STATES: &Lexicon = &Lexicon(11, &[
    "engaged", "motivated", "committed", "interested", "invested", "focused", "enthusiastic",
    "keen", "bothered", "happy", "unhappy", "struggling", "hiding", "coping", "overwhelmed",
    "stressed", "caring",
    "upset", "angry", "annoyed", "frustrated", "bored", "jealous", "resentful",
    "confused", "embarrassed", "ashamed", "scared", "afraid", "nervous", "anxious",
    "trying", "pretending", "sulking", "disappointed", "fed", "sick", "tired", "aware",
]);

/// Capitalised words that start sentences and are not names.
#[rustfmt::skip]
pub(super) static NOT_NAMES: &Lexicon = &Lexicon(12, &[
    "the", "a", "an", "this", "that", "these", "those", "our", "my", "its", "some", "all",
    "every", "each", "no", "one", "last", "on", "in", "at", "when", "after", "before", "since",
    "during", "we", "it", "there", "what", "if", "then", "and", "but", "so", "as", "from",
    "for", "by", "with", "while", "both", "most", "many", "several", "twice", "once", "three",
    "two", "four", "five", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december", "according", "nobody",
    "everyone", "everybody", "someone", "people", "it's", "not", "mr", "mrs", "ms", "dr",
]);

/// Nouns for groups of people, which are not a name even with a capital.
#[rustfmt::skip]
pub(super) static GROUP_WORDS: &Lexicon = &Lexicon(13, &[
    "team", "staff", "customers", "clients", "patients", "residents", "parents", "students",
    "colleagues", "managers", "management", "others", "everyone", "nobody", "people",
]);

/// Phrases that guess at motives or inner states wherever they stand.
#[rustfmt::skip]
pub(super) static MOTIVE_PHRASES: &Lexicon = &Lexicon(14, &[
    "on purpose", "deliberately", "intentionally", "purposely", "purposefully", "knowingly",
    "wilfully", "willfully", "obviously", "evidently", "apparently", "clearly", "of course he",
    "of course she", "be bothered", "did not bother", "does not bother", "do not bother",
    "not bothered", "bothered to", "no interest", "not interested", "lost interest",
    "losing interest", "lost all interest", "lost motivation", "not committed", "no commitment",
    "not engaged", "not invested", "not motivated", "trying to get", "trying to avoid",
    "tried to avoid", "tries to avoid", "trying to get out", "tried to get out", "to get out of",
    "to get back at", "to undermine", "to make me look", "to make him look", "to make her look",
    "to make us look", "to make them look", "to make your", "to make his", "to make her",
    "to look good", "to look better", "to show off", "to embarrass", "to humiliate", "to punish",
    "tried to hide", "trying to hide", "tried to cover", "knew full well", "must have known",
    "should have known", "full well", "just wants", "just wanted", "only cares", "only wants",
    "only wanted", "above the rules", "above doing", "above it", "above everyone",
    "does not apply", "do not apply", "did not apply", "has no intention", "had no intention",
    "no intention", "could not care", "could not be bothered", "deep down", "secretly",
    "which shows", "which proves", "which means", "which tells me", "that shows", "this shows",
    "that proves", "this proves", "it is clear", "it was clear", "i think", "i feel", "i felt",
    "i believe", "i suspect", "i get the impression", "i get the feeling", "i got the impression",
    "i got the feeling", "my impression", "in my opinion", "in my view", "i am sure",
    "i am certain", "i reckon", "i guess", "no doubt", "gives the impression",
    "give the impression", "gave the impression", "lost confidence", "lost all confidence",
    "lost faith", "lost trust", "lost respect", "lost patience", "lost all respect",
    "not respecting", "does not respect", "do not respect", "did not respect", "no regard",
    "not serious", "take it seriously", "takes it seriously", "taking it seriously",
    "does not take", "do not take", "did not take", "can not take", "not take feedback",
    "take feedback", "takes feedback", "taking feedback", "took feedback", "treated it as",
    "treats it as", "pretends", "doing timepass", "for show", "playing games", "plays games",
    "in a huff", "got the hump", "to make a point", "to prove a point", "to impress",
    "to annoy", "to wind", "to provoke", "to spite", "for attention", "to get attention",
    "to save face", "to get his own back", "to get her own back", "to get even",
    "out of spite", "out of his depth", "out of her depth", "in over his head",
    "in over her head", "not coping", "to make yourself", "to make himself", "to make herself",
    "to make themselves", "to get your", "to get his", "to get her", "to get their",
    "in a hurry", "in a rush", "does not see the point", "do not see the point",
    "did not see the point", "sees no point", "stopped caring", "stopped trying",
    "stopped bothering", "stopped listening", "given up on", "gave up on", "giving up on",
    "walked all over", "to avoid", "to dodge", "to escape", "to skive", "to skip",
    "not really try", "not even try", "did not try", "does not try", "not trying",
    "made no attempt", "no attempt", "taking advantage", "takes advantage", "took advantage",
    "take advantage", "tick the box", "tick a box", "ticking the box", "ticking boxes",
    "the minimum", "only to",
]);

/// Words and phrases that stand for a look at someone's mind: "seems to",
/// "came across as", "looks like".
#[rustfmt::skip]
pub(super) static APPEARANCE: &Lexicon = &Lexicon(15, &[
    "seem", "seems", "seemed", "seeming", "appear to", "appears to", "appeared to", "appears",
    "came across", "come across", "comes across", "coming across", "look like", "looks like",
    "looked like", "sounds like", "sounded like", "looks as if", "looked as if", "looks as though",
    "strikes me", "struck me", "comes off", "came off",
]);

/// Frequency words: a habit claimed. Strong ones judge wherever they stand.
#[rustfmt::skip]
pub(super) static ALWAYS: &Lexicon = &Lexicon(16, &[
    "always", "never", "constantly", "continually", "continuously", "forever", "invariably",
    "perpetually", "non-stop", "nonstop", "habitually", "chronically", "endlessly",
]);

/// Frequency words that judge only without a count or a date.
#[rustfmt::skip]
pub(super) static OFTEN: &Lexicon = &Lexicon(17, &[
    "often", "frequently", "regularly", "repeatedly", "usually", "routinely", "typically",
    "generally", "normally", "rarely", "seldom", "consistently", "persistently", "anymore",
    "lately", "nowadays", "recurring", "sometimes", "occasionally", "mostly", "everything",
    "nothing", "whenever",
]);

/// Phrases of habit that judge only without a count or a date.
#[rustfmt::skip]
pub(super) static WEAK_HABIT_PHRASES: &Lexicon = &Lexicon(18, &[
    "each time", "any more", "all day", "all night", "all week", "every shift", "every meeting",
    "every day", "every week", "every review", "every call", "every handover", "every lesson",
    "every class", "every sprint", "every month", "every morning", "every night",
    "every weekend", "every term", "every time", "every single", "all shift", "whole shift",
    "whole day", "whole meeting", "any time", "these days", "of late", "most weeks",
    "most days", "most shifts", "most mornings", "most nights", "most of the time",
    "more often than not", "half the time", "in the habit",
]);

/// Phrases that guess at motives only without evidence: "in order to finish
/// the count on 2 May" says what was done.
#[rustfmt::skip]
pub(super) static WEAK_MOTIVE_PHRASES: &Lexicon = &Lexicon(4, &[
    "just to", "in order to", "so as to", "cover up", "covered up", "covering up",
    "covers up", "look good", "look better", "look bad", "as if", "as though",
]);

/// Groups that stand for everyone: what they are said to say or know is
/// hearsay ("people say", "everybody knows").
#[rustfmt::skip]
pub(super) static EVERYONE: &Lexicon = &Lexicon(19, &[
    "everyone", "everybody", "nobody", "no one", "noone", "people", "the whole team",
    "all the staff", "the whole", "others", "the others", "everyone else",
]);

/// What everyone is said to say or know.
#[rustfmt::skip]
pub(super) static EVERYONE_SAYS: &Lexicon = &Lexicon(20, &[
    "say", "says", "said", "know", "knows", "knew", "agree", "agrees", "agreed", "complain",
    "complains", "talk", "talks", "is", "are", "can", "has", "have", "wants", "want",
]);

/// Phrases of habit that judge wherever they stand.
#[rustfmt::skip]
pub(super) static HABIT_PHRASES: &Lexicon = &Lexicon(21, &[
    "as usual", "as per usual", "as always", "like always", "each and every", "all the time",
    "the whole time", "all day long", "day in day out", "time and again", "time after time",
    "yet again", "once again", "again and again", "over and over", "not once", "without fail",
    "hardly ever", "almost never", "never once", "every single time", "all the way through",
    "the entire time", "has a habit", "has a tendency", "at the best of times", "is known for",
    "are known for",
]);

/// Groups of people whose feelings a fact cannot speak for.
#[rustfmt::skip]
pub(super) static GROUPS: &Lexicon = &Lexicon(22, &[
    "everyone", "everybody", "nobody", "noone", "no one", "people", "the team", "team", "staff",
    "the staff", "colleagues", "customers", "clients", "patients", "residents", "relatives",
    "families", "parents", "students", "pupils", "juniors", "seniors", "others", "the others",
    "the rest", "all of us", "the whole", "the department", "the office", "the shift", "the night",
    "the day", "night staff", "day staff", "the floor", "the class", "the kids", "the children",
    "the guests", "the public", "the board", "management", "the managers", "the nurses",
    "the carers", "the drivers", "the teachers", "the family", "the crew", "the lads", "the girls",
    "the guys", "the new", "new starters", "the client", "the customer", "the customers",
    "the patient", "the residents", "the students",
]);

/// What a group is said to feel or think.
#[rustfmt::skip]
pub(super) static GROUP_FEELINGS: &Lexicon = &Lexicon(23, &[
    "find", "finds", "found", "think", "thinks", "feel", "feels", "felt", "believe", "believes",
    "trust", "trusts", "hate", "hates", "dislike", "dislikes", "like", "likes", "love", "loves",
    "fear", "fears", "dread", "dreads", "avoid", "avoids", "scared", "afraid", "frightened",
    "intimidated", "uncomfortable", "frustrated", "fed", "upset", "unhappy", "annoyed", "worried",
    "confidence", "faith", "respect", "tired", "sick", "lost", "sees", "see", "view", "views",
    "consider", "considers", "wary", "nervous", "terrified", "angry", "furious", "dreading",
    "laugh", "laughs", "mock", "mocks", "resent", "resents", "abandoned", "ignored", "undervalued",
    "unsupported", "unsafe", "demoralised", "prefer", "prefers", "preferred", "rather",
    "struggle", "struggles", "dread",
]);

/// Verbs that report what someone said or a document holds: what follows
/// them is what was said, which is a fact.
#[rustfmt::skip]
pub(super) static REPORTING: &Lexicon = &Lexicon(24, &[
    "said", "says", "told", "tells", "wrote", "writes", "written", "emailed", "e-mailed",
    "messaged", "texted", "reported", "mentioned", "stated", "states", "reads", "listed", "shows",
    "showed", "shown", "recorded", "logged", "complained", "asked", "called", "described",
    "quoted", "commented", "replied", "answered", "explained", "claimed", "admitted", "confirmed",
    "noted", "flagged", "warned", "according", "complaint", "complaints", "allegation",
    "allegations", "grievance", "accused", "alleged", "alleging",
    "assessed", "rated", "graded", "appraised", "certified",
]);

/// Words that are evidence a camera or a document would hold.
#[rustfmt::skip]
pub(super) static EVIDENCE: &Lexicon = &Lexicon(25, &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
    "yesterday", "today", "tonight", "once", "twice", "times", "log", "logs", "email", "emails",
    "form", "forms", "rota", "ticket", "chart", "register", "cctv", "screenshot", "timesheet",
    "minutes", "record", "records", "report", "spreadsheet", "audit", "system", "one", "two",
    "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "half",
    "dozen", "am", "pm", "o'clock", "morning", "afternoon", "evening", "week", "month", "hours",
    "mins", "min", "seconds",
    "photo", "photos", "video", "footage", "hr", "payroll",
]);

/// Events that anchor a fact in time: "after the meeting".
#[rustfmt::skip]
pub(super) static EVENTS: &Lexicon = &Lexicon(26, &[
    "meeting", "shift", "call", "review", "appraisal", "one-to-one", "briefing", "handover",
    "session", "interview", "lesson", "class", "huddle", "stand-up", "standup", "audit",
    "inspection", "visit", "incident", "presentation", "pitch", "training", "party", "event",
]);

/// Subjects that are a person: the habit of a person is a judgement.
pub(super) static PERSONS: &Lexicon = &Lexicon(
    27,
    &["he", "she", "you", "they", "his", "her", "your", "their"],
);

/// Auxiliaries and common verbs that are not a habit when they follow a person.
pub(super) static NOT_HABIT_VERBS: &Lexicon = &Lexicon(
    28,
    &[
        "is", "was", "has", "does", "says", "goes", "gets", "needs", "owes", "holds", "works",
        "lives", "uses", "leads", "manages", "covers", "starts", "finishes", "joins", "reports",
        "signs", "sits", "stays", "wants", "thinks", "feels", "tends", "attends", "teaches",
        "treats",
    ],
);

/// Words of a rule or contract: "always" in a rule is what the rule says.
#[rustfmt::skip]
pub(super) static RULE_WORDS: &Lexicon = &Lexicon(29, &[
    "policy", "handbook", "contract", "rule", "rules", "procedure", "sop", "must", "requires",
    "required", "says", "states", "guidance", "protocol", "law", "regulations", "should",
    "supposed",
]);

/// Intensifiers that make the next word a verdict.
#[rustfmt::skip]
pub(super) static INTENSIFIERS: &Lexicon = &Lexicon(30, &[
    "too", "very", "really", "completely", "totally", "utterly", "extremely", "incredibly",
    "highly", "deeply", "quite", "rather", "so", "pretty", "overly", "absolutely", "simply",
    "seriously", "massively", "hugely", "painfully", "excessively", "unbelievably", "ridiculously",
    "far", "way", "a bit", "a little", "bit",
]);

/// Words after "was"/"is" (and "came across as") that mark a verdict.
pub(super) static COPULAS: &Lexicon = &Lexicon(
    31,
    &[
        "is", "are", "was", "were", "be", "been", "being", "seems", "seemed", "looks", "looked",
        "sounds", "sounded", "felt", "feels", "became", "becomes", "got", "gets", "getting", "as",
        "remains", "remained", "stays", "stayed",
    ],
);

/// Numbers in words, which count people or times.
pub(super) static NUMBERS: &Lexicon = &Lexicon(
    32,
    &[
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "both",
    ],
);

/// An attempt, read from what was done: "tried to blame".
pub(super) static TRY: &Lexicon = &Lexicon(33, &["tried", "tries", "trying", "try"]);

/// Keeping on at something: "kept disappearing".
pub(super) static KEEP: &Lexicon = &Lexicon(34, &["keep", "keeps", "kept", "keeping"]);

/// A tendency: "she tends to leave early".
pub(super) static TEND: &Lexicon = &Lexicon(35, &["tend", "tends", "tended"]);

/// Verbs of a state of mind when nothing follows: "he has checked out".
pub(super) static STATE_VERBS: &Lexicon = &Lexicon(
    36,
    &[
        "checked out",
        "checking out",
        "switched off",
        "switching off",
        "given up",
        "gave up",
        "giving up",
        "zoned out",
        "tuned out",
        "clocked off mentally",
    ],
);

/// What a place or a piece of work is called after "a": "a total mess".
pub(super) static MESSES: &Lexicon = &Lexicon(
    37,
    &[
        "mess",
        "disaster",
        "nightmare",
        "shambles",
        "farce",
        "joke",
        "circus",
        "pigsty",
        "shambolic",
    ],
);

/// Pronouns a trait or a habit is said of.
pub(super) static SUBJECTS: &Lexicon = &Lexicon(38, &["he", "she", "you", "they"]);

/// Making something happen: "made the situation worse".
pub(super) static MAKE: &Lexicon = &Lexicon(39, &["made", "makes", "making"]);

/// Treating someone: "treats the new ones differently".
pub(super) static TREAT: &Lexicon = &Lexicon(40, &["treat", "treats", "treated", "treating"]);

/// What is hard to do: "hard to work with".
pub(super) static HARD: &Lexicon = &Lexicon(
    41,
    &[
        "hard",
        "difficult",
        "impossible",
        "tough",
        "painful",
        "awkward",
    ],
);

/// Feelings told: "your student feels abandoned".
pub(super) static FEEL: &Lexicon = &Lexicon(42, &["feels", "feel", "felt", "feeling"]);

/// Verbs an inner state is said with: "was not engaged".
pub(super) static BE: &Lexicon = &Lexicon(
    43,
    &[
        "is", "was", "are", "were", "seems", "seemed", "been", "being",
    ],
);

/// Contractions as the separate words they stand for, apostrophe-less ones
/// too ("doesnt").
pub(super) const SPELT: [(&str, &str, Option<&str>); 43] = [
    ("don't", "do", Some("not")),
    ("dont", "do", Some("not")),
    ("doesn't", "does", Some("not")),
    ("doesnt", "does", Some("not")),
    ("didn't", "did", Some("not")),
    ("didnt", "did", Some("not")),
    ("isn't", "is", Some("not")),
    ("isnt", "is", Some("not")),
    ("aren't", "are", Some("not")),
    ("arent", "are", Some("not")),
    ("wasn't", "was", Some("not")),
    ("wasnt", "was", Some("not")),
    ("weren't", "were", Some("not")),
    ("werent", "were", Some("not")),
    ("can't", "can", Some("not")),
    ("cant", "can", Some("not")),
    ("cannot", "can", Some("not")),
    ("couldn't", "could", Some("not")),
    ("couldnt", "could", Some("not")),
    ("won't", "will", Some("not")),
    ("wouldn't", "would", Some("not")),
    ("wouldnt", "would", Some("not")),
    ("shouldn't", "should", Some("not")),
    ("shouldnt", "should", Some("not")),
    ("haven't", "have", Some("not")),
    ("havent", "have", Some("not")),
    ("hasn't", "has", Some("not")),
    ("hasnt", "has", Some("not")),
    ("hadn't", "had", Some("not")),
    ("hadnt", "had", Some("not")),
    ("you're", "you", Some("are")),
    ("youre", "you", Some("are")),
    ("they're", "they", Some("are")),
    ("theyre", "they", Some("are")),
    ("we're", "we", Some("are")),
    ("i'm", "i", Some("am")),
    ("im", "i", Some("am")),
    ("you've", "you", Some("have")),
    ("i've", "i", Some("have")),
    ("ive", "i", Some("have")),
    ("they've", "they", Some("have")),
    ("ur", "your", None),
    ("u", "you", None),
];

/// The contractions of [`SPELT`], as a list: a word's classes say whether
/// it is one.
pub(super) static CONTRACTIONS: &Lexicon = &Lexicon(44, &{
    let mut words = [""; SPELT.len()];
    let mut i = 0;
    while i < SPELT.len() {
        words[i] = SPELT[i].0;
        i += 1;
    }
    words
});

/// The single words a rule of the judgement starts on, written in the rule
/// ("again", "not", "so"…): with the lists the rules start on, they say
/// which words start none.
pub(super) static STARTERS: &Lexicon = &Lexicon(
    45,
    &["again", "not", "less", "more", "so", "because", "since"],
);
