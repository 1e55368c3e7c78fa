//! The plan family: parts (`I.`, `Phần I`, `Chương II`), items (`1.`, `1.2.`, and a stray
//! `Điều 3.` read as an item labelled `Điều 3`), points and bullets. Divisions a plan does not
//! use (`Mục 2`, `Tiểu mục 1`) and sub-points (`a1)`) start no node here.
//!
//! A `Phần` (or `Chương`) is a part like `I.`, unless the text numbers its Roman parts afresh
//! under each of them (`PHẦN THỨ NHẤT` / `I.` … `IV.` / `PHẦN THỨ HAI` / `I.` …, as reports and
//! the Party's guidance do): then the divisions hold the parts, one level up.

use super::Outline;
use crate::document::NodeKind;
use crate::lines::Line;
use crate::marker::{parse_marker, Division, Marker};

/// The plan outline.
pub(super) struct Plan {
    /// `Phần` and `Chương` hold the Roman parts: a level of their own above them.
    divisions_hold_parts: bool,
}

impl Plan {
    /// The outline of a body: its divisions hold its Roman parts when a Roman part `I` is the
    /// first part-level marker after a division.
    pub(super) fn of(lines: &[Line<'_>]) -> Plan {
        let mut after_division = false;
        for l in lines {
            match parse_marker(l.text).map(|(m, _)| m) {
                Some(Marker::Division {
                    kind: Division::Part | Division::Chapter,
                    ..
                }) => after_division = true,
                Some(Marker::Part { value, .. }) => {
                    if after_division && value == 1 {
                        return Plan {
                            divisions_hold_parts: true,
                        };
                    }
                    after_division = false;
                }
                _ => {}
            }
        }
        Plan {
            divisions_hold_parts: false,
        }
    }
}

impl Outline for Plan {
    fn read(&self, m: Marker) -> Option<Marker> {
        Some(match m {
            Marker::Division {
                kind: Division::Part | Division::Chapter,
                ..
            } if self.divisions_hold_parts => m,
            Marker::Division {
                kind: Division::Part | Division::Chapter,
                label,
                value,
            } => Marker::Part { label, value },
            Marker::Division { .. } | Marker::SubPoint { .. } => return None,
            Marker::Article { label, value, .. } => Marker::Item {
                label: format!("Điều {label}"),
                nums: vec![value],
            },
            m => m,
        })
    }

    fn level(&self, m: &Marker) -> u8 {
        let below = u8::from(self.divisions_hold_parts);
        match m {
            Marker::Division { .. } => 0,
            Marker::Part { .. } => below,
            Marker::Item { nums, .. } => below + 1 + (nums.len().saturating_sub(1)).min(4) as u8,
            Marker::Article { .. } => below + 1,
            Marker::Point { .. } | Marker::SubPoint { .. } => below + 6,
            Marker::Bullet { ch } => below + 7 + bullet_rank(*ch),
        }
    }

    fn kind(&self, m: &Marker) -> NodeKind {
        match m {
            Marker::Part { .. } | Marker::Division { .. } => NodeKind::Part,
            Marker::Item { .. } | Marker::Article { .. } => NodeKind::Item,
            Marker::Point { .. } | Marker::SubPoint { .. } => NodeKind::Point,
            Marker::Bullet { .. } => NodeKind::Bullet,
        }
    }
}

/// The rank of a bullet character: `-` (and dashes, dots) 0, `+` 1, others 2.
pub(super) fn bullet_rank(ch: char) -> u8 {
    match ch {
        '-' | '–' | '—' | '•' | '●' | '\u{f0b7}' => 0,
        '+' => 1,
        _ => 2,
    }
}
