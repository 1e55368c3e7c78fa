//! # vanban-graph
//!
//! The citation graph of a corpus (placeholder until the graph lands).
#![deny(missing_docs)]
