//! Diagnostics: what the parser noticed, guessed or could not read.
//!
//! Parsing never fails: [`crate::parse`] always returns a document, and everything worth a
//! reader's attention is a [`Diagnostic`] with a stable [`Code`], a message and a span.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::span::Span;

/// How serious a diagnostic is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Something the parser inferred or normalized; the result is probably right.
    Info,
    /// Something looks wrong in the text; the parser kept it as written.
    Warning,
    /// The text could not be read as a document (binary data, a legacy encoding).
    Error,
}

/// Stable diagnostic codes, serialized in kebab-case (`numbering-gap`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Code {
    /// The input is empty or only whitespace.
    EmptyInput,
    /// The text looks like a legacy 8-bit Vietnamese encoding (TCVN3, VNI) read as Unicode.
    LegacyEncoding,
    /// The text looks like binary data.
    BinaryData,
    /// Invalid UTF-8 was replaced (lossy decoding by the caller).
    ReplacementCharacter,
    /// A label repeats its predecessor (`II` twice).
    NumberingDuplicate,
    /// A label goes backwards (`III` after `V`).
    NumberingBackwards,
    /// A label skips (`3` after `1`).
    NumberingGap,
    /// No document number (`Số: …`) was found, or it is blank (a draft).
    MissingNumber,
    /// No place-and-date line was found, or the date is incomplete.
    MissingDate,
    /// No issuing body was found in the header; it was taken from elsewhere or is unknown.
    MissingIssuer,
    /// No document type line was found; it was inferred or is unknown.
    MissingDocType,
    /// No signature block was found.
    MissingSigner,
    /// A field was read from a web page's metadata table.
    WebMetadata,
    /// A character that is probably an OCR or typing slip (`Iược` for `lược`).
    SuspiciousCharacter,
    /// An identifier is malformed or its type code is unknown; a likely reading is offered.
    MalformedIdentifier,
    /// The type word and the type code of a citation disagree.
    TypeMismatch,
    /// A number-only mention could not be resolved to an identifier.
    UnresolvedShortForm,
    /// Text after the signature block was kept aside as trailer.
    TrailingText,
    /// The document seems cut off.
    Truncated,
    /// A consolidated text: its own number, date and signer were read from its authentication
    /// block.
    Consolidated,
    /// Text before the document's header (a saved web page's site chrome) was kept out of
    /// the tree.
    FrontMatter,
    /// The input was HTML and was read as its visible text.
    HtmlInput,
}

/// One diagnostic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Diagnostic {
    /// How serious it is.
    pub severity: Severity,
    /// Stable code, for filtering.
    pub code: Code,
    /// A sentence a person can act on.
    pub message: String,
    /// Where, in the original input.
    pub span: Span,
    /// A second place, when the diagnostic relates two (`first II here`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub related: Option<Span>,
}

impl Diagnostic {
    /// A diagnostic without a related span.
    pub fn new(
        severity: Severity,
        code: Code,
        message: impl Into<String>,
        span: Span,
    ) -> Diagnostic {
        Diagnostic {
            severity,
            code,
            message: message.into(),
            span,
            related: None,
        }
    }

    /// The same diagnostic pointing at a second place too.
    pub fn with_related(mut self, related: Span) -> Diagnostic {
        self.related = Some(related);
        self
    }
}
