//! The hash of the rules' compile-time word tables (`lint/words.rs`,
//! `judgement/words.rs`): FxHash over eight bytes at a time. [`slot`] is a
//! const fn, so a table is built when `plan` is compiled; [`slot_and_head`]
//! is the same hash as the processor runs it best, to look a word up.

/// FxHash's multiplier.
const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;

const fn mix(h: u64, chunk: u64) -> u64 {
    (h.rotate_left(5) ^ chunk).wrapping_mul(K)
}

/// The slot of a hash in a table of `slots` (a power of two): the high
/// bits, which the multiply mixes best.
const fn top(h: u64, slots: usize) -> usize {
    (h >> (64 - slots.trailing_zeros())) as usize
}

/// The slot of `bytes` in a table of `slots` (a power of two), a byte at a
/// time, as const evaluation can run it.
pub const fn slot(bytes: &[u8], slots: usize) -> usize {
    let mut h: u64 = 0;
    let mut i = 0;
    while i < bytes.len() {
        let mut chunk = [0u8; 8];
        let mut k = 0;
        while k < 8 && i + k < bytes.len() {
            chunk[k] = bytes[i + k];
            k += 1;
        }
        h = mix(h, u64::from_le_bytes(chunk));
        i += 8;
    }
    top(h, slots)
}

/// [`slot`] at run time, each chunk of eight bytes read at once, and the
/// word's first eight bytes, little-endian, padded with zeros.
pub fn slot_and_head(bytes: &[u8], slots: usize) -> (usize, u64) {
    // The last chunk, padded with zeros, a byte at a time: a copy of a few
    // bytes would be a call.
    let tail = |rest: &[u8]| rest.iter().rev().fold(0u64, |t, &b| t << 8 | u64::from(b));
    let mut chunks = bytes.chunks_exact(8);
    let (mut h, mut first) = (0, None);
    for chunk in &mut chunks {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(chunk);
        let chunk = u64::from_le_bytes(eight);
        first.get_or_insert(chunk);
        h = mix(h, chunk);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let chunk = tail(rest);
        first.get_or_insert(chunk);
        h = mix(h, chunk);
    }
    (top(h, slots), first.unwrap_or(0))
}

/// Whether two words are the same, byte for byte (a const fn).
pub const fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_is_the_same_at_compile_time_and_at_run_time() {
        let words = [
            "",
            "a",
            "why",
            "eighteen",
            "nineteen!",
            "unprofessional",
            "doesn't",
            "café",
            "x".repeat(40).leak(),
        ];
        for w in words {
            for slots in [1 << 10, 1 << 14] {
                assert_eq!(
                    slot_and_head(w.as_bytes(), slots).0,
                    slot(w.as_bytes(), slots),
                    "{w:?}"
                );
            }
            let mut head = [0u8; 8];
            let n = w.len().min(8);
            head[..n].copy_from_slice(&w.as_bytes()[..n]);
            assert_eq!(
                slot_and_head(w.as_bytes(), 1 << 10).1,
                u64::from_le_bytes(head),
                "{w:?}"
            );
        }
        assert!(same(b"late", b"late") && !same(b"late", b"later") && !same(b"late", b"lame"));
    }
}
