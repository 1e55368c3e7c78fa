//! Fuzz `vanban::parse`: no panic, and the document invariants hold (spans inside the input on
//! UTF-8 boundaries, node spans disjoint, body bytes covered, JSON round trip).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // Invalid UTF-8 is decoded lossily, as `vanban parse --lossy` does, so every input counts.
    let text = String::from_utf8_lossy(data);
    let doc = vanban::parse(&text);
    if let Err(e) = vanban_fuzz::check_document(&text, &doc) {
        panic!("invariant broken: {e}");
    }
});
