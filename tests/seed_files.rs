//! The seed plans of `fixtures/`, shared by the workspace's test binaries: a module of
//! `tests/main.rs`, and included with `#[path]` by the CLI's tests. The test
//! `seeds::seed_list_matches_the_gold_file` keeps the list equal to the gold file's.

/// File names of the five seed plans in `fixtures/`, in the order of
/// `fixtures/expected/seeds.json`.
pub const SEEDS: [&str; 5] = [
    "000_c69c5b4f4e04573e.txt",
    "001_33d3662d73d7cf87.txt",
    "002_3b35656079db5796.txt",
    "003_a6e7be0ac1ece2c1.txt",
    "004_ded3edc7abcf52fd.txt",
];
