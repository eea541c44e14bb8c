//! A global allocator that counts peak heap bytes, for `bench`.
//!
//! It counts only between [`Memory::reset_peak`] and [`Memory::peak`]: the
//! atomic updates cost a few nanoseconds per allocation, which the timed runs
//! must not pay (they made `generate` look up to half again slower).

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicBool, AtomicIsize, Ordering};

pub(crate) struct Counter {
    counting: AtomicBool,
    /// Bytes allocated minus bytes freed since the last reset; negative when
    /// more of what was allocated before it has been freed.
    live: AtomicIsize,
    peak: AtomicIsize,
}

#[global_allocator]
pub(crate) static COUNTER: Counter =
    Counter { counting: AtomicBool::new(false), live: AtomicIsize::new(0), peak: AtomicIsize::new(0) };

impl Counter {
    fn grow(&self, bytes: usize) {
        let bytes = isize::try_from(bytes).unwrap_or(isize::MAX);
        let live = self.live.fetch_add(bytes, Ordering::Relaxed).saturating_add(bytes);
        self.peak.fetch_max(live, Ordering::Relaxed);
    }

    fn shrink(&self, bytes: usize) {
        self.live.fetch_sub(isize::try_from(bytes).unwrap_or(isize::MAX), Ordering::Relaxed);
    }
}

// SAFETY: every call is passed to `System` unchanged; only counters are added.
unsafe impl GlobalAlloc for Counter {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract for `alloc` is `System::alloc`'s.
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() && self.counting.load(Ordering::Relaxed) {
            self.grow(layout.size());
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller's contract for `dealloc` is `System::dealloc`'s.
        unsafe { System.dealloc(ptr, layout) };
        if self.counting.load(Ordering::Relaxed) {
            self.shrink(layout.size());
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller's contract for `realloc` is `System::realloc`'s.
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if !new.is_null() && self.counting.load(Ordering::Relaxed) {
            self.shrink(layout.size());
            self.grow(new_size);
        }
        new
    }
}

impl xtask::bench::Memory for Counter {
    fn reset_peak(&self) {
        self.live.store(0, Ordering::Relaxed);
        self.peak.store(0, Ordering::Relaxed);
        self.counting.store(true, Ordering::Relaxed);
    }

    fn peak(&self) -> usize {
        self.counting.store(false, Ordering::Relaxed);
        usize::try_from(self.peak.load(Ordering::Relaxed)).unwrap_or(0)
    }
}
