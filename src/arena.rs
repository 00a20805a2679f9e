//! The allocator of the `plan` binary: one region handed out front to back
//! (a bump allocator), then the system's allocator once the region is used.
//!
//! A command of `plan` is a short process: a render makes some five
//! thousand small allocations and frees most of them moments later, and
//! glibc's `malloc`/`free` took over a quarter of its instructions doing
//! it (each fresh chunk is cut from the top of the heap, each free sorts it
//! into a bin). From the region an allocation is an add and a compare; a
//! free gives the space back only when it was the last one handed out
//! (a value built and dropped, a string grown in place), otherwise the
//! space stays used until the process ends. The region is [`REGION`]
//! bytes of zeroed static memory, so untouched pages cost nothing; what
//! does not fit goes to the system, which then frees and reuses as usual,
//! so a long `plan check` or a wizard session holds at most the region
//! more than it would have.
//!
//! The library does not install it: `src/main.rs` does, for the binary.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The size of the region: enough for a one-plan render or check whole,
/// small enough that the peak memory of a render stays low.
pub const REGION: usize = 2 << 20;

/// The region's memory, page-aligned.
#[repr(C, align(4096))]
struct Region<const N: usize>(UnsafeCell<[u8; N]>);

/// A bump allocator over `N` bytes, then [`System`].
pub struct Arena<const N: usize = REGION> {
    /// The offset of the first free byte of the region.
    next: AtomicUsize,
    region: Region<N>,
}

// The region is only reached through pointers the atomic offset hands out,
// each to one caller.
unsafe impl<const N: usize> Sync for Arena<N> {}

impl<const N: usize> Arena<N> {
    /// An arena with all of its region free.
    #[allow(clippy::new_without_default)]
    pub const fn new() -> Self {
        Arena {
            next: AtomicUsize::new(0),
            region: Region(UnsafeCell::new([0; N])),
        }
    }

    fn base(&self) -> *mut u8 {
        self.region.0.get().cast()
    }

    /// The offset of `ptr` in the region, if it points into it.
    fn offset_of(&self, ptr: *mut u8) -> Option<usize> {
        let at = (ptr as usize).checked_sub(self.base() as usize)?;
        (at < N).then_some(at)
    }

    /// How many bytes of the region are handed out.
    pub fn used(&self) -> usize {
        self.next.load(Ordering::Relaxed)
    }

    /// `layout` from the region, if it fits.
    fn bump(&self, layout: Layout) -> Option<*mut u8> {
        let base = self.base() as usize;
        let mut next = self.next.load(Ordering::Relaxed);
        loop {
            let start = (base + next).checked_next_multiple_of(layout.align())? - base;
            let end = start.checked_add(layout.size())?;
            if end > N {
                return None;
            }
            match self
                .next
                .compare_exchange_weak(next, end, Ordering::Relaxed, Ordering::Relaxed)
            {
                Ok(_) => return Some(self.base().wrapping_add(start)),
                Err(now) => next = now,
            }
        }
    }
}

unsafe impl<const N: usize> GlobalAlloc for Arena<N> {
    // Not inlined: called from everywhere, it would be copied everywhere.
    #[inline(never)]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        match self.bump(layout) {
            Some(ptr) => ptr,
            None => unsafe { System.alloc(layout) },
        }
    }

    // Not inlined: called from everywhere, it would be copied everywhere.
    #[inline(never)]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        let Some(at) = self.offset_of(ptr) else {
            return unsafe { System.dealloc(ptr, layout) };
        };
        // The last allocation handed out gives its space back; any other
        // stays used (if another was handed out since, this fails: fine).
        let _ = self.next.compare_exchange(
            at + layout.size(),
            at,
            Ordering::Relaxed,
            Ordering::Relaxed,
        );
    }

    // Not inlined: called from everywhere, it would be copied everywhere.
    #[inline(never)]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let Some(at) = self.offset_of(ptr) else {
            return unsafe { System.realloc(ptr, layout, new_size) };
        };
        // The last allocation grows or shrinks where it is, if it fits.
        let end = at + layout.size();
        if let Some(new_end) = at.checked_add(new_size).filter(|e| *e <= N)
            && self
                .next
                .compare_exchange(end, new_end, Ordering::Relaxed, Ordering::Relaxed)
                .is_ok()
        {
            return ptr;
        }
        if new_size <= layout.size() {
            return ptr;
        }
        // Elsewhere: a new block, the bytes copied, the old one let go.
        let Ok(new_layout) = Layout::from_size_align(new_size, layout.align()) else {
            return std::ptr::null_mut();
        };
        let new = unsafe { self.alloc(new_layout) };
        if !new.is_null() {
            unsafe {
                std::ptr::copy_nonoverlapping(ptr, new, layout.size());
                self.dealloc(ptr, layout);
            }
        }
        new
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout(size: usize, align: usize) -> Layout {
        Layout::from_size_align(size, align).unwrap()
    }

    #[test]
    fn blocks_are_aligned_apart_and_keep_their_bytes() {
        static A: Arena<65536> = Arena::new();
        let mut blocks = Vec::new();
        for (i, align) in [1, 2, 8, 16, 64, 4096, 1, 32]
            .iter()
            .cycle()
            .take(40)
            .enumerate()
        {
            let l = layout(1 + i * 7, *align);
            let p = unsafe { A.alloc(l) };
            assert!(!p.is_null());
            assert_eq!(p as usize % align, 0, "block {i} misaligned");
            unsafe { std::ptr::write_bytes(p, i as u8, l.size()) };
            blocks.push((p, l, i as u8));
        }
        for (p, l, byte) in &blocks {
            let bytes = unsafe { std::slice::from_raw_parts(*p, l.size()) };
            assert!(bytes.iter().all(|b| b == byte), "a block was overwritten");
        }
        for (p, l, _) in blocks.into_iter().rev() {
            unsafe { A.dealloc(p, l) };
        }
    }

    #[test]
    fn blocks_freed_last_first_give_their_space_back() {
        static A: Arena<4096> = Arena::new();
        let ls = [layout(24, 8), layout(8, 8), layout(100, 4)];
        let ps: Vec<_> = ls.iter().map(|l| unsafe { A.alloc(*l) }).collect();
        assert_eq!(A.used(), 24 + 8 + 100);
        unsafe { A.dealloc(ps[0], ls[0]) };
        assert_eq!(A.used(), 132, "not the last: its space stays used");
        unsafe {
            A.dealloc(ps[2], ls[2]);
            A.dealloc(ps[1], ls[1]);
        }
        assert_eq!(A.used(), 24);
    }

    #[test]
    fn the_last_block_grows_in_place_and_others_move_with_their_bytes() {
        static A: Arena<4096> = Arena::new();
        let l = layout(16, 8);
        let first = unsafe { A.alloc(l) };
        unsafe { std::ptr::write_bytes(first, 7, 16) };
        let grown = unsafe { A.realloc(first, l, 64) };
        assert_eq!(grown, first, "the last block grows where it is");
        let second = unsafe { A.alloc(l) };
        let moved = unsafe { A.realloc(grown, layout(64, 8), 128) };
        assert_ne!(moved, first, "a block with another after it moves");
        let bytes = unsafe { std::slice::from_raw_parts(moved, 16) };
        assert!(bytes.iter().all(|b| *b == 7), "its bytes came along");
        unsafe {
            A.dealloc(second, l);
            A.dealloc(moved, layout(128, 8));
        }
    }

    #[test]
    fn what_does_not_fit_comes_from_the_system_and_goes_back_to_it() {
        static A: Arena<1024> = Arena::new();
        let small = unsafe { A.alloc(layout(1000, 8)) };
        assert!(A.offset_of(small).is_some());
        let big = unsafe { A.alloc(layout(100, 8)) };
        assert!(A.offset_of(big).is_none(), "past the region: the system's");
        unsafe { std::ptr::write_bytes(big, 1, 100) };
        // A region block grown past the region moves to the system.
        let grown = unsafe { A.realloc(small, layout(1000, 8), 5000) };
        assert!(A.offset_of(grown).is_none());
        unsafe {
            A.dealloc(big, layout(100, 8));
            A.dealloc(grown, layout(5000, 8));
        }
        assert_eq!(A.used(), 0, "the moved block gave its space back");
    }

    #[test]
    fn threads_never_get_the_same_bytes() {
        static A: Arena<{ 1 << 20 }> = Arena::new();
        std::thread::scope(|s| {
            for t in 0..4u8 {
                s.spawn(move || {
                    let mut mine = Vec::new();
                    for i in 0..2000 {
                        let l = layout(8 + i % 40, 8);
                        let p = unsafe { A.alloc(l) };
                        unsafe { std::ptr::write_bytes(p, t, l.size()) };
                        mine.push((p, l));
                        if i % 3 == 0 {
                            let (p, l) = mine.pop().unwrap();
                            unsafe { A.dealloc(p, l) };
                        }
                    }
                    for (p, l) in mine {
                        let bytes = unsafe { std::slice::from_raw_parts(p, l.size()) };
                        assert!(bytes.iter().all(|b| *b == t), "thread {t}'s bytes changed");
                    }
                });
            }
        });
    }
}
