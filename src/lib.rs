//! # vanban
//!
//! Read Vietnamese administrative and legal documents (văn bản) into typed data and a
//! citation graph. This facade re-exports the member crates so a user depends on one crate:
//!
//! * [`parse`] a document into a [`Document`] (header metadata, body tree, assignments,
//!   citations, relations, diagnostics), or [`parse_with`] what [`Options`] ask for;
//! * [`cites`] the citations of any text;
//! * [`chunks`] a document into articles, clauses or plan blocks for search and question
//!   answering;
//! * [`graph`] a corpus into a citation graph and ask which documents implement a directive.
//!
//! ```
//! let doc = vanban::parse("Thực hiện Kết luận số 21-KL/TW, UBND tỉnh ban hành Kế hoạch:\n1. Mục đích\n");
//! assert_eq!(doc.implements, ["21-KL/TW"]);
//! ```

#![deny(missing_docs)]

pub use vanban_parser::chunk::{chunks, Chunk, ChunkBy, ChunkKind};
pub use vanban_parser::{
    cites, parse, parse_with, Assignment, Citation, Code, Diagnostic, DocId, Document, Due, Family,
    Meta, Node, NodeKind, Options, Pinpoint, Relation, RelationKind, Role, Severity, Signer, Span,
    TextBlock,
};

/// The parser crate, for its lower-level stages (normalization, markers, identifiers).
pub use vanban_parser as parser;

/// The citation graph: see [`vanban_graph`].
pub mod graph {
    pub use vanban_graph::*;
}
