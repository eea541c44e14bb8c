//! A global allocator that counts live and peak heap bytes, for `bench`.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

pub(crate) struct Counter {
    live: AtomicUsize,
    peak: AtomicUsize,
    /// `live` at the last reset, which the peak is counted above.
    base: AtomicUsize,
}

#[global_allocator]
pub(crate) static COUNTER: Counter =
    Counter { live: AtomicUsize::new(0), peak: AtomicUsize::new(0), base: AtomicUsize::new(0) };

// SAFETY: every call is passed to `System` unchanged; only counters are added.
unsafe impl GlobalAlloc for Counter {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract for `alloc` is `System::alloc`'s.
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            let live = self.live.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            self.peak.fetch_max(live, Ordering::Relaxed);
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller's contract for `dealloc` is `System::dealloc`'s.
        unsafe { System.dealloc(ptr, layout) };
        self.live.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller's contract for `realloc` is `System::realloc`'s.
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if !new.is_null() {
            self.live.fetch_sub(layout.size(), Ordering::Relaxed);
            let live = self.live.fetch_add(new_size, Ordering::Relaxed) + new_size;
            self.peak.fetch_max(live, Ordering::Relaxed);
        }
        new
    }
}

impl xtask::bench::Memory for Counter {
    fn reset_peak(&self) {
        let live = self.live.load(Ordering::Relaxed);
        self.base.store(live, Ordering::Relaxed);
        self.peak.store(live, Ordering::Relaxed);
    }

    fn peak(&self) -> usize {
        self.peak.load(Ordering::Relaxed).saturating_sub(self.base.load(Ordering::Relaxed))
    }
}
