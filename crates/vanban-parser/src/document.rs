//! The document model: what [`crate::parse`] returns and `vanban parse` prints as JSON.
//!
//! Field names are a contract (other tools read the JSON): `meta`, `sections`, `citations`,
//! `implements`, `implements_by_name` (left out when empty), `based_on`, `relations`,
//! `diagnostics`, and, for a text holding several documents, `span` and `annexes`. Every
//! [`Span`] is a byte range into
//! the *original* input, whatever normalization the parser applied.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::diagnostic::Diagnostic;
use crate::span::Span;

/// A parsed document: header metadata, the body tree, citations, relations and diagnostics.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Document {
    /// Header metadata (number, type, issuer, date, title, signer, recipients).
    pub meta: Meta,
    /// The opening clause ("Thực hiện …, UBND … ban hành Kế hoạch …"), when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preamble: Option<TextBlock>,
    /// The body tree: parts, items, points, bullets and paragraphs, in reading order.
    pub sections: Vec<Node>,
    /// Every citation of another document found anywhere in the text, in order of position.
    #[serde(default)]
    pub citations: Vec<Citation>,
    /// Canonical ids this document carries out (its opening clause and title), in order of mention.
    #[serde(default)]
    pub implements: Vec<String>,
    /// Names of documents this document carries out that have no id (a Party Congress
    /// resolution, a plenum's resolution the text does not pick out, a programme the table
    /// does not hold), canonical (`Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của
    /// Đảng`), in order of mention. Named documents that resolve to an id are in `implements`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub implements_by_name: Vec<String>,
    /// Canonical ids this document is based on (`Căn cứ …`), in order of mention.
    #[serde(default)]
    pub based_on: Vec<String>,
    /// Facts the text states about *other* documents ("X … về thực hiện Y").
    #[serde(default)]
    pub relations: Vec<Relation>,
    /// Text after the signature block (web-page chrome, footnote bodies): kept, not parsed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub trailer: Vec<TextBlock>,
    /// Everything the parser noticed, guessed or could not read.
    pub diagnostics: Vec<Diagnostic>,
    /// Where this document lies in the input, when the input holds several documents (a
    /// decision and the documents it adopts); omitted when the document is the whole input.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
    /// The documents this one adopts, printed after it in the same text (`Ban hành kèm theo
    /// Quyết định này Kế hoạch …`): each a full document — header if any, tree, citations,
    /// implements — parsed from its own part of the input only, with spans into the whole
    /// input. An adopted document is identified through its host: it has no number of its
    /// own (`meta.number` is `None` unless it prints one), `meta.adopted_by` is the host's
    /// id, and the host's [`RelationKind::Adopts`] citations name the annexes in order.
    /// Issuer, place and date are the host's when the annex prints none. Omitted when empty.
    ///
    /// The host's `citations` and `relations` stay those of the whole input (an annex's
    /// mentions appear there as `cites`, since the host mentions them only through the text
    /// it adopts); each annex's own are those of its part.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub annexes: Vec<Document>,
}

/// A run of text with its span: a preamble, a trailer paragraph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct TextBlock {
    /// The text, NFC, wrapped lines rejoined with single spaces.
    pub text: String,
    /// Byte range in the original input.
    pub span: Span,
    /// The assignments its sentences state: a letter's or a news relay's opening paragraph
    /// (`…, Chủ tịch UBND tỉnh yêu cầu các sở, ngành … khẩn trương …`). Read in the preamble
    /// only; empty elsewhere.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub assignments: Vec<Assignment>,
}

/// Header metadata of a document.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Meta {
    /// The document type word (tên loại), e.g. `Kế hoạch` (also for `KẾ HOẠCH HÀNH ĐỘNG`).
    pub doc_type: Option<String>,
    /// The type as printed in full when it says more, e.g. `Kế hoạch hành động`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc_type_full: Option<String>,
    /// Number and symbol as printed, spacing removed and codes in canonical case (`124/KH-UBND`,
    /// `0057/KH-UBND` with its leading zeros, `102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN`, the
    /// slash between codes kept where printed: `01/2004/TTLT/BVHTT-BYT`);
    /// `None` for drafts (`Số: /KH-UBND`).
    pub number: Option<String>,
    /// The canonical identifier the citation graph keys on (`57/KH-UBND` for `0057/KH-UBND`):
    /// leading zeros dropped, codes in canonical case. Equal to `number` for most documents.
    #[serde(default)]
    pub id: Option<String>,
    /// The symbol without the number (`KH-UBND`).
    pub symbol: Option<String>,
    /// The issuing body in proper case (`Ủy ban nhân dân thành phố Hải Phòng`; `Cục Thuế`, a
    /// unit printed under its parent; `Sở Nội vụ tỉnh Lâm Đồng`, a unit of a local body named
    /// after it). Without a header: the signature's authority line, the enacting line or a
    /// law's adoption sentence, said so in a `missing-issuer` diagnostic.
    pub issuer: Option<String>,
    /// The parent body of a two-level header (`Bộ Tài chính` above `Cục Thuế`, `Ủy ban nhân dân
    /// tỉnh Lâm Đồng` above `Sở Nội vụ`), or the Central Committee above a Politburo document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// The place in the place-and-date line (`Hải Phòng`).
    pub place: Option<String>,
    /// The date, ISO: `2022-05-20`, or partial `2023-05` / `2023` when the text leaves blanks.
    pub date: Option<String>,
    /// The title (trích yếu), wrapped lines rejoined.
    pub title: Option<String>,
    /// The signature block.
    pub signer: Option<Signer>,
    /// Recipients under `Nơi nhận`, one entry a line, `Lưu: …` included.
    pub recipients: Vec<String>,
    /// Byte range of the header in the original input (from the start to the end of the title).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub header_span: Option<Span>,
    /// For a document adopted by another one printed before it in the same text (see
    /// [`Document::annexes`]): the adopting document's canonical id (`12/QĐ-UBND`), else the
    /// id its caption names (`(Ban hành kèm theo Quyết định số 12/QĐ-UBND …)`). For a
    /// document printed alone under such a caption: the id it names (and `date` is the
    /// adopting document's when the text prints none). Omitted otherwise, and when neither
    /// is known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adopted_by: Option<String>,
}

/// The signature block: who signed and in what capacity.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Signer {
    /// The person's name (`Nguyễn Văn Tùng`).
    pub name: Option<String>,
    /// The signer's office (`CHỦ TỊCH`, `PHÓ BÍ THƯ THƯỜNG TRỰC`).
    pub role: Option<String>,
    /// The capacity line: `TM. ỦY BAN NHÂN DÂN`, `KT. CHỦ TỊCH`, `T/M BAN THƯỜNG VỤ`.
    pub authority: Option<String>,
    /// Byte range of the signature block in the original input.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

/// The kind of a body node.
///
/// A plan is read with `part`, `item`, `point`, `bullet`, `paragraph` (and `task` rows of its
/// annex tables); a normative text (one laid out in `Điều`) with `part` (Phần), `chapter`,
/// `section`, `subsection`, `article`, `clause`, `item` (`1.1.` under a clause), `point`,
/// `subpoint`, `bullet`, `paragraph` and `quote`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum NodeKind {
    /// A part: a plan's mục La Mã (`I.`, `II-`, `Phần I`, `Chương II`), a normative text's
    /// `Phần` (or a Roman-numbered part). A plan's `Phần` under which the Roman parts start
    /// again at `I.` is a part that holds those parts; so is a plan's lettered block (`A.`,
    /// `B. NỘI DUNG`), which holds the Roman parts that start again under it and sits under
    /// them otherwise.
    Part,
    /// A chapter of a normative text: `Chương II`.
    Chapter,
    /// A section (mục) of a normative text: `Mục 2`.
    Section,
    /// A subsection (tiểu mục) of a normative text: `Tiểu mục 1`.
    Subsection,
    /// An article (điều) of a normative text: `Điều 5. Phạm vi điều chỉnh` (label `5`, heading
    /// `Phạm vi điều chỉnh`), also `Điều 20a`.
    Article,
    /// A clause (khoản) of a normative text: `1.` inside an article.
    Clause,
    /// An item of a plan: `1.`, a sub-item `1.1.`, an article `Điều 3.` (label `Điều 3`); in a
    /// normative text, a numbered sub-item of a clause (`1.1.`).
    Item,
    /// A point (điểm): `a)`, `đ)`, `i)`.
    Point,
    /// A sub-point of a normative text: `a1)`.
    Subpoint,
    /// A bullet: `-`, `+`, `•`.
    Bullet,
    /// A paragraph without a marker.
    Paragraph,
    /// Text in quotation marks that gives the new wording of another document (`… như sau:`
    /// then `“3. Đối tượng …”.` on lines of its own): not this document's structure. Its
    /// children are the quoted text read as a tree; its own span is empty, at the opening mark.
    Quote,
    /// A row of an annex task table (`STT | Nhiệm vụ | Sản phẩm | … | Cơ quan chủ trì`): the
    /// label is the STT, the text the task; a group row (`I`, `II`) is the parent of its rows.
    Task,
}

impl NodeKind {
    /// True for the kinds that divide a text into headed blocks rather than say something:
    /// `part`, `chapter`, `section`, `subsection`.
    pub fn is_division(self) -> bool {
        matches!(
            self,
            NodeKind::Part | NodeKind::Chapter | NodeKind::Section | NodeKind::Subsection
        )
    }
}

/// A node of the body tree.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Node {
    /// What kind of node this is.
    pub kind: NodeKind,
    /// The label as printed, without punctuation: `II`, `3`, `1.2`, `đ`, `-`; `None` for paragraphs.
    pub label: Option<String>,
    /// The title of a part or item (wrapped lines rejoined, trailing `:` removed), when its first
    /// line is a heading rather than a sentence.
    pub heading: Option<String>,
    /// The node's own text (without the marker), NFC, wrapped lines rejoined.
    pub text: String,
    /// Byte range of the node's own text (marker included, children excluded) in the original input.
    pub span: Span,
    /// What a task produces (the `Sản phẩm` / `Kết quả` column of a task table).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product: Option<String>,
    /// Who does what by when, read from this node (and, for field lines, its children).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub assignments: Vec<Assignment>,
    /// Child nodes in reading order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<Node>,
}

impl Node {
    /// How a reader names the node: `Chương II`, `Mục 2`, `Tiểu mục 1`, `Điều 5`, `khoản 1`,
    /// `điểm a`, `điểm a1` in a normative text; the label as printed (`II`, `1.2`, `a`)
    /// otherwise; `None` for paragraphs, quotes and bullets.
    ///
    /// ```
    /// let doc = vanban_parser::parse("NGHỊ ĐỊNH\nĐiều 1. Phạm vi\n1. Nghị định này quy định.\nĐiều 2. Hiệu lực\n");
    /// let art = &doc.sections[0];
    /// assert_eq!(art.designation().as_deref(), Some("Điều 1"));
    /// assert_eq!(art.children[0].designation().as_deref(), Some("khoản 1"));
    /// ```
    pub fn designation(&self) -> Option<String> {
        let label = self.label.as_deref()?;
        Some(match self.kind {
            NodeKind::Chapter => format!("Chương {label}"),
            NodeKind::Section => format!("Mục {label}"),
            NodeKind::Subsection => format!("Tiểu mục {label}"),
            NodeKind::Article => format!("Điều {label}"),
            NodeKind::Clause => format!("khoản {label}"),
            NodeKind::Point | NodeKind::Subpoint => format!("điểm {label}"),
            NodeKind::Bullet | NodeKind::Paragraph | NodeKind::Quote => return None,
            _ => label.to_string(),
        })
    }
}

/// The role of an agency in an assignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Leads (chủ trì).
    Lead,
    /// Cooperates (phối hợp).
    Cooperate,
    /// Executes (thực hiện), also used when a deadline is given and no agency is named.
    Execute,
    /// Is responsible for an item headed by the agency (`2. Sở Nội vụ:`, `1. Nhiệm vụ của …`).
    Responsible,
}

/// One agency's part in a task, with the deadline when one is given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Assignment {
    /// The agency, as written (`Sở Nội vụ`, `UBND các phường, xã`); `None` when the text gives a
    /// deadline but names nobody.
    pub agency: Option<String>,
    /// What the agency does.
    pub role: Role,
    /// The deadline as printed, emphasis marks and final period removed.
    pub deadline: Option<String>,
    /// The deadline in normalized form, when one could be read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Due>,
}

/// A deadline in normalized form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Due {
    /// Carried out continuously (`thường xuyên`).
    Ongoing,
    /// Every year, optionally before a day (`trước ngày 15/11 hằng năm` → `--11-15`).
    Yearly {
        /// `--MM-DD` when a day of the year is given.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        before: Option<String>,
    },
    /// Within a period (`Quý I/2022` → 2022-01-01..2022-03-31, `năm 2024`, `tháng 6/2022`).
    Period {
        /// First day, ISO.
        start: String,
        /// Last day, ISO.
        end: String,
    },
    /// From a date on (`từ năm 2022`).
    From {
        /// First day, ISO.
        start: String,
    },
    /// Before a date (`trước ngày 15/12/2022`; `--MM-DD` when the year is not given).
    By {
        /// The day, ISO or `--MM-DD`.
        date: String,
    },
}

/// What a mention of another document means for the citing document.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum RelationKind {
    /// Carries it out (`Thực hiện …` in the opening clause, `Kế hoạch thực hiện …` in the title).
    Implements,
    /// Is based on it (`Căn cứ …`).
    BasedOn,
    /// Amends it (`sửa đổi, bổ sung`).
    Amends,
    /// Replaces it (`thay thế`).
    Replaces,
    /// Repeals it (`bãi bỏ`).
    Repeals,
    /// Guides or details it (`hướng dẫn thi hành`, `quy định chi tiết`).
    Guides,
    /// Merely mentions it.
    Cites,
    /// Adopts it: a decision and the document it issues with it (`Ban hành kèm theo Quyết
    /// định này Kế hoạch …`), printed in the same text (see [`Document::annexes`]).
    Adopts,
}

impl RelationKind {
    /// The snake_case name used in JSON (`implements`, `based_on`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            RelationKind::Implements => "implements",
            RelationKind::BasedOn => "based_on",
            RelationKind::Amends => "amends",
            RelationKind::Replaces => "replaces",
            RelationKind::Repeals => "repeals",
            RelationKind::Guides => "guides",
            RelationKind::Cites => "cites",
            RelationKind::Adopts => "adopts",
        }
    }
}

/// One mention of another document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Citation {
    /// Canonical identifier (`21-KL/TW`, `59/2019/NĐ-CP`); `None` for documents cited by name only.
    pub id: Option<String>,
    /// The mention as written (type word through identifier).
    pub raw: String,
    /// The type word as written in canonical case (`Kết luận`, `Chương trình hành động`).
    pub kind: Option<String>,
    /// The number part (`21`, `12.1`).
    pub number: Option<String>,
    /// The year inside a normative number (`2019` in `59/2019/NĐ-CP`).
    pub year: Option<u16>,
    /// The type code (`KL`, `NĐ`, `CTr`), when the identifier has one.
    pub type_code: Option<String>,
    /// The issuer code(s) (`TW`; `BDVTU`, `BCSĐUBNDTP`).
    pub issuer_codes: Vec<String>,
    /// Numbering family: `party` (`N-TYPE/ISSUER`) or `state` (`N/TYPE-ISSUER`).
    pub family: Option<Family>,
    /// The date given with the mention, ISO.
    pub date: Option<String>,
    /// The issuing body's words after the mention (`Bộ Chính trị`, `Ban Thường vụ Thành ủy`).
    pub issuer: Option<String>,
    /// The name of a document cited without a number (`Luật Thanh tra năm 2022`).
    pub name: Option<String>,
    /// A likely reading when the identifier looks malformed (`13-Tr/TU` → `13-CTr/TU`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suggested_id: Option<String>,
    /// For a document cited by name only (`id` is `None`, `name` canonical): the id the table
    /// of named documents gives it (`21-NQ/TW` for `Nghị quyết Trung ương 6 khóa XII về công
    /// tác dân số`). The text does not print it, so it is not `id`; the document's own
    /// relations (`implements`) and the graph use it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolved_id: Option<String>,
    /// Byte range of the mention in the original input.
    pub span: Span,
    /// What the mention means for the citing document.
    pub relation: RelationKind,
    /// The places inside the cited document the text names (`điểm a khoản 2 Điều 5`), one path
    /// each; empty when it names the whole document.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pinpoint: Vec<Pinpoint>,
    /// The text names only places (`Bãi bỏ khoản 2 Điều 7.`) and the document is the one the
    /// enclosing amending article or the title names; `raw` and `span` are the places'.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub implied: bool,
    /// A reference to places of the citing document itself (`khoản 3 Điều 7 của Thông tư
    /// này`): `id` is the document's own number (or `None`), `raw` and `span` the places'.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub internal: bool,
    /// For an internal reference, the span of the node it names (the article, clause or
    /// point of this document, from its marker to the end of its last descendant), when the
    /// tree has it: where a reader jumps to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Span>,
    /// For an amending citation (`amends`, `repeals`, `replaces`), where in the citing
    /// document the instruction stands: its own article, clause and point (`{article: "1",
    /// clause: "2"}`), when the tree has them. The target's places are [`Citation::pinpoint`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_pinpoint: Option<Pinpoint>,
}

impl Citation {
    /// A mention known only by its text and place: relation `cites`, every other field
    /// empty. Callers set what they know with struct update syntax.
    pub fn mention(raw: String, span: Span) -> Citation {
        Citation {
            id: None,
            raw,
            kind: None,
            number: None,
            year: None,
            type_code: None,
            issuer_codes: Vec::new(),
            family: None,
            date: None,
            issuer: None,
            name: None,
            suggested_id: None,
            resolved_id: None,
            span,
            relation: RelationKind::Cites,
            pinpoint: Vec::new(),
            implied: false,
            internal: false,
            target: None,
            from_pinpoint: None,
        }
    }
}

/// A place inside a document: `{article: "5", clause: "2", point: "a"}` for `điểm a khoản 2
/// Điều 5`. Labels are as printed, Roman numerals in upper case, point letters in lower case.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
pub struct Pinpoint {
    /// Phần.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part: Option<String>,
    /// Chương.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chapter: Option<String>,
    /// Mục.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// Tiểu mục.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subsection: Option<String>,
    /// Điều.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article: Option<String>,
    /// Khoản.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clause: Option<String>,
    /// Điểm.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub point: Option<String>,
    /// Phụ lục.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annex: Option<String>,
    /// Mẫu, biểu mẫu.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub form: Option<String>,
}

/// Numbering family of an identifier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Family {
    /// Party documents: `NUMBER-TYPE/ISSUER` (`21-KL/TW`).
    Party,
    /// State documents: `NUMBER/TYPE-ISSUER` or `NUMBER/YEAR/TYPE-ISSUER`.
    State,
}

/// A fact the text states about two other documents: `from` `relation` `to`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Relation {
    /// The canonical id of the document the fact is about.
    pub from: String,
    /// The relation (`implements`, `amends`, …).
    pub relation: RelationKind,
    /// The canonical id of the other document.
    pub to: String,
    /// Where the fact is stated, from the first mention to the last, in the original input.
    pub span: Span,
}

impl Document {
    /// Every node of the body tree, depth first, with its label path (`["II", "3", "a"]`).
    pub fn walk(&self) -> Vec<(Vec<&str>, &Node)> {
        let mut out = Vec::new();
        let mut stack: Vec<(Vec<&str>, &Node)> = Vec::new();
        for n in self.sections.iter().rev() {
            stack.push((vec![n.label.as_deref().unwrap_or("")], n));
        }
        while let Some((path, n)) = stack.pop() {
            for c in n.children.iter().rev() {
                let mut p = path.clone();
                p.push(c.label.as_deref().unwrap_or(""));
                stack.push((p, c));
            }
            out.push((path, n));
        }
        out
    }
}
