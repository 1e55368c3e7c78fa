//! The plan family: parts (`I.`, `Phần I`, `Chương II`), lettered blocks (`A.`, `B.`), items
//! (`1.`, `1.2.`, and a stray `Điều 3.` read as an item labelled `Điều 3`), points and
//! bullets. Divisions a plan does not use (`Mục 2`, `Tiểu mục 1`) and sub-points (`a1)`) start
//! no node here.
//!
//! A `Phần` (or `Chương`) is a part like `I.`, unless the text numbers its Roman parts afresh
//! under each of them (`PHẦN THỨ NHẤT` / `I.` … `IV.` / `PHẦN THỨ HAI` / `I.` …, as reports and
//! the Party's guidance do): then the divisions hold the parts, one level up. Lettered blocks
//! hold the Roman parts in the same way when the parts start again at `I.` under a letter
//! (`A. MỤC ĐÍCH, YÊU CẦU` … `B. NỘI DUNG` / `I.` …), and sit under the parts otherwise.

use super::Outline;
use crate::document::NodeKind;
use crate::lines::Line;
use crate::marker::{parse_marker, Division, Marker};

/// The plan outline.
pub(super) struct Plan {
    /// `Phần` and `Chương` hold the Roman parts: a level of their own above them.
    divisions_hold_parts: bool,
    /// The text letters its blocks from `A.` on (a lone `H.` is OCR's `II.`, not a block).
    lettered: bool,
    /// Lettered blocks hold the Roman parts (else they sit under them).
    letters_hold_parts: bool,
}

impl Plan {
    /// The outline of a body. Lettered blocks are read when the letters start at `A.`.
    /// Divisions hold its Roman parts when a Roman part `I` is the
    /// first part-level marker after one of them. Lettered blocks hold them unless the Roman
    /// numbering goes on after a letter (`I.` … `A.` `B.` … `II.`).
    pub(super) fn of(lines: &[Line<'_>]) -> Plan {
        let mut plan = Plan {
            divisions_hold_parts: false,
            lettered: false,
            letters_hold_parts: true,
        };
        let (mut after_division, mut after_letter) = (false, false);
        // Only the markers above the items matter: refuse the other lines by their first
        // character (`Phần`, `Chương`, a Roman numeral or a capital letter).
        let may_divide = |t: &str| {
            t.trim_start_matches(['#', '*', '_', ' '])
                .starts_with(|c: char| c.is_ascii_uppercase() || c == 'Đ')
        };
        for l in lines.iter().filter(|l| may_divide(l.text)) {
            match parse_marker(l.text).map(|(m, _)| m) {
                Some(Marker::Division {
                    kind: Division::Part | Division::Chapter,
                    ..
                }) => after_division = true,
                Some(Marker::Letter { value, .. }) => {
                    plan.lettered |= value == 1;
                    after_letter = true;
                }
                Some(Marker::Part { value, .. }) => {
                    plan.divisions_hold_parts |= after_division && value == 1;
                    plan.letters_hold_parts &= !(after_letter && value != 1);
                    (after_division, after_letter) = (false, false);
                }
                _ => {}
            }
        }
        plan
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
            Marker::Letter { .. } if !self.lettered => return None,
            Marker::Article { label, value, .. } => Marker::Item {
                label: format!("Điều {label}"),
                nums: vec![value],
            },
            m => m,
        })
    }

    /// Divisions 0, lettered blocks above the parts 1, parts 2, lettered blocks under the
    /// parts 3, items 4 to 8 by depth, points 9, bullets 10 to 12 by rank.
    fn level(&self, m: &Marker) -> u8 {
        match m {
            Marker::Division { .. } => 0,
            Marker::Letter { .. } if self.letters_hold_parts => 1,
            Marker::Part { .. } => 2,
            Marker::Letter { .. } => 3,
            Marker::Item { nums, .. } => 4 + (nums.len().saturating_sub(1)).min(4) as u8,
            Marker::Article { .. } => 4,
            Marker::Point { .. } | Marker::SubPoint { .. } => 9,
            Marker::Bullet { ch } => 10 + bullet_rank(*ch),
        }
    }

    fn kind(&self, m: &Marker) -> NodeKind {
        match m {
            Marker::Part { .. } | Marker::Division { .. } | Marker::Letter { .. } => NodeKind::Part,
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
