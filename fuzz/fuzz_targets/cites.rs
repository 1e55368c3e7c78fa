//! Fuzz `vanban::cites`: no panic, every citation span inside the input on UTF-8 boundaries,
//! in order of position, and the raw text of a mention is not empty.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let cites = vanban::cites(&text);
    if let Err(e) = vanban_fuzz::check_citations(&text, &cites) {
        panic!("invariant broken: {e}");
    }
});
