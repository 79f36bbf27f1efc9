//! The rules of the follow-up figures, as plain functions.
use crate::code_enum;

code_enum! {
    /// Age at departure, in the bands the figures use (Erasmus+ youth work is 13–30).
    pub enum AgeBand {
        Under13 = "under_13",
        From13To15 = "13_15",
        From16To17 = "16_17",
        From18To25 = "18_25",
        From26To30 = "26_30",
        Over30 = "over_30",
    }
}

pub fn age_band(age: i32) -> AgeBand {
    match age {
        ..=12 => AgeBand::Under13,
        13..=15 => AgeBand::From13To15,
        16..=17 => AgeBand::From16To17,
        18..=25 => AgeBand::From18To25,
        26..=30 => AgeBand::From26To30,
        _ => AgeBand::Over30,
    }
}

/// The smallest count of children a figure shows: 1 to 4 are suppressed, 0 is shown.
pub const SMALLEST_SHOWN: i64 = 5;

/// A figure about children as it may be published: its value, or suppressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Figure {
    Shown(i64),
    Suppressed,
}

impl Figure {
    pub fn value(self) -> Option<i64> {
        match self {
            Self::Shown(value) => Some(value),
            Self::Suppressed => None,
        }
    }

    pub fn is_suppressed(self) -> bool {
        self == Self::Suppressed
    }
}

/// Primary suppression: a count of 1 to 4 children could identify one of them.
pub fn protect(count: i64) -> Figure {
    if (1..SMALLEST_SHOWN).contains(&count) {
        Figure::Suppressed
    } else {
        Figure::Shown(count)
    }
}

/// The cells of a breakdown that adds up to a total (age bands, genders, with and without
/// fewer opportunities, first-timers and not). Each cell is protected on its own; when the
/// total is shown and exactly one cell is suppressed, the smallest other non-zero cell is
/// suppressed too (the first of equals), so that no cell can be found by subtraction.
pub fn protect_breakdown(cells: &[i64]) -> Vec<Figure> {
    let mut figures: Vec<Figure> = cells.iter().map(|&count| protect(count)).collect();
    let total: i64 = cells.iter().sum();
    let suppressed = figures.iter().filter(|f| f.is_suppressed()).count();
    if protect(total).is_suppressed() || suppressed != 1 {
        return figures;
    }
    let next = cells
        .iter()
        .enumerate()
        .filter(|(index, count)| **count > 0 && !figures[*index].is_suppressed())
        .min_by_key(|(_, count)| **count)
        .map(|(index, _)| index);
    if let Some(index) = next {
        figures[index] = Figure::Suppressed;
    }
    figures
}

/// Participant days are shown when the number of participants is.
pub fn protect_days(participants: Figure, days: i64) -> Figure {
    if participants.is_suppressed() {
        Figure::Suppressed
    } else {
        Figure::Shown(days)
    }
}
#[cfg(test)]
mod tests {
    use super::*;

    use Figure::{Shown as S, Suppressed as X};

    #[test]
    fn counts_of_one_to_four_children_are_suppressed_and_zero_is_shown() {
        let cases = [
            (0, S(0)),
            (1, X),
            (2, X),
            (4, X),
            (5, S(5)),
            (6, S(6)),
            (120, S(120)),
        ];
        for (count, figure) in cases {
            assert_eq!(protect(count), figure, "{count}");
        }
    }

    #[test]
    fn a_lone_suppressed_cell_takes_the_next_smallest_with_it() {
        let cases: &[(&[i64], &[Figure])] = &[
            // Nothing small: everything shown, zeros included.
            (&[12, 0, 7], &[S(12), S(0), S(7)]),
            // One small cell: the smallest other non-zero cell goes too, zeros stay.
            (&[3, 0, 10, 6], &[X, S(0), S(10), X]),
            (&[10, 2], &[X, X]),
            // Equal candidates: the first goes.
            (&[7, 1, 7], &[X, X, S(7)]),
            // Two small cells already protect each other.
            (&[2, 3, 9], &[X, X, S(9)]),
            (&[1, 1, 1, 20], &[X, X, X, S(20)]),
            // The total is suppressed: every non-zero cell is small already.
            (&[3, 0], &[X, S(0)]),
            (&[0, 0, 0], &[S(0), S(0), S(0)]),
            // A complement: 17 with and 3 without fewer opportunities.
            (&[17, 3], &[X, X]),
            (&[], &[]),
        ];
        for (cells, expected) in cases {
            assert_eq!(protect_breakdown(cells), *expected, "{cells:?}");
        }
    }

    #[test]
    fn days_follow_the_participant_total() {
        assert_eq!(protect_days(S(12), 60), S(60));
        assert_eq!(protect_days(S(0), 0), S(0));
        assert_eq!(protect_days(X, 15), X);
    }

    #[test]
    fn age_bands_meet_without_gaps() {
        let cases = [
            (0, AgeBand::Under13),
            (12, AgeBand::Under13),
            (13, AgeBand::From13To15),
            (15, AgeBand::From13To15),
            (16, AgeBand::From16To17),
            (17, AgeBand::From16To17),
            (18, AgeBand::From18To25),
            (25, AgeBand::From18To25),
            (26, AgeBand::From26To30),
            (30, AgeBand::From26To30),
            (31, AgeBand::Over30),
        ];
        for (age, band) in cases {
            assert_eq!(age_band(age), band, "{age}");
        }
    }
}
