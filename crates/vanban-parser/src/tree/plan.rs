//! The plan family: parts (`I.`, `Phần I`, `Chương II`), items (`1.`, `1.2.`, and a stray
//! `Điều 3.` read as an item labelled `Điều 3`), points and bullets. Divisions a plan does not
//! use (`Mục 2`, `Tiểu mục 1`) and sub-points (`a1)`) start no node here.

use super::Outline;
use crate::document::NodeKind;
use crate::marker::{Division, Marker};

/// The plan outline.
pub(super) struct Plan;

impl Outline for Plan {
    fn read(&self, m: Marker) -> Option<Marker> {
        Some(match m {
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
        match m {
            Marker::Part { .. } | Marker::Division { .. } => 0,
            Marker::Item { nums, .. } => 1 + (nums.len().saturating_sub(1)).min(4) as u8,
            Marker::Article { .. } => 1,
            Marker::Point { .. } | Marker::SubPoint { .. } => 6,
            Marker::Bullet { ch } => 7 + bullet_rank(*ch),
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
