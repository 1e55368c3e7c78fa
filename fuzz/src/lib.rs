//! Invariant checks shared by the fuzz targets and by the property tests of the main
//! workspace (`tests/properties.rs` includes [`invariants`] by path, so both check the same
//! thing).

pub mod invariants;
pub use invariants::*;
