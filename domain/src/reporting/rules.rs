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

/// A breakdown as it may be published: its cells, and whether its total must be suppressed
/// too because the suppressed cells could still be worked out from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Breakdown {
    pub cells: Vec<Figure>,
    pub hides_total: bool,
}

/// The cells of a breakdown that adds up to a shown total (age bands, genders, with and
/// without fewer opportunities, first-timers and not). Each cell is protected on its own.
/// Then, while the suppressed cells could be worked out from the total — one alone, or
/// together fewer than 5 children, or all of them ones — the smallest shown non-zero cell is
/// suppressed too (the first of equals); when none is left the zeros go, and when even that
/// does not help the total is suppressed.
pub fn protect_breakdown(cells: &[i64]) -> Breakdown {
    let mut figures: Vec<Figure> = cells.iter().map(|&count| protect(count)).collect();
    let total: i64 = cells.iter().sum();
    if protect(total).is_suppressed() || !figures.iter().any(|f| f.is_suppressed()) {
        return Breakdown {
            cells: figures,
            hides_total: false,
        };
    }
    let safe = |figures: &[Figure]| {
        let hidden: Vec<i64> = cells
            .iter()
            .zip(figures)
            .filter(|(_, f)| f.is_suppressed())
            .map(|(count, _)| *count)
            .collect();
        let sum: i64 = hidden.iter().sum();
        hidden.len() >= 2 && sum >= SMALLEST_SHOWN && sum != hidden.len() as i64
    };
    while !safe(&figures) {
        let next = cells
            .iter()
            .enumerate()
            .filter(|(index, count)| **count > 0 && !figures[*index].is_suppressed())
            .min_by_key(|(_, count)| **count)
            .map(|(index, _)| index);
        match next {
            Some(index) => figures[index] = Figure::Suppressed,
            None => {
                let zeros = figures.contains(&Figure::Shown(0));
                figures = vec![Figure::Suppressed; cells.len()];
                return Breakdown {
                    hides_total: !(zeros && safe(&figures)),
                    cells: figures,
                };
            }
        }
    }
    Breakdown {
        cells: figures,
        hides_total: false,
    }
}

/// Participant days are shown when the number of participants is, unless exchanges of
/// different lengths took part and one length had 1 to 4 participants: from the total and
/// the days, two lengths' counts can be solved for.
pub fn protect_days(participants: Figure, days: i64, participants_per_length: &[i64]) -> Figure {
    let small_group = participants_per_length
        .iter()
        .any(|count| (1..SMALLEST_SHOWN).contains(count));
    if participants.is_suppressed() || (participants_per_length.len() > 1 && small_group) {
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
    fn suppressed_cells_cannot_be_worked_out_from_the_total() {
        // (cells, published cells, total suppressed too)
        let cases: &[(&[i64], &[Figure], bool)] = &[
            // Nothing small: everything shown, zeros included.
            (&[12, 0, 7], &[S(12), S(0), S(7)], false),
            // One small cell: the smallest other non-zero cell goes too, zeros stay.
            (&[3, 0, 10, 6], &[X, S(0), S(10), X], false),
            (&[10, 2], &[X, X], false),
            // Equal candidates: the first goes.
            (&[7, 1, 7], &[X, X, S(7)], false),
            // Two small cells protect each other when they hide 5 or more.
            (&[2, 3, 9], &[X, X, S(9)], false),
            // Three ones hide only 3, all ones: the 20 goes too.
            (&[1, 1, 1, 20], &[X, X, X, X], false),
            (&[1, 2, 20, 30], &[X, X, X, S(30)], false),
            // The total is suppressed: every non-zero cell is small already.
            (&[3, 0], &[X, S(0)], false),
            (&[0, 0, 0], &[S(0), S(0), S(0)], false),
            // A complement: 17 with and 3 without fewer opportunities.
            (&[17, 3], &[X, X], false),
            // One child in each of five bands and a sixth band empty: the zero goes too,
            // so nobody can tell how the five are spread.
            (&[1, 1, 1, 1, 1, 0], &[X, X, X, X, X, X], false),
            // No zero to hide behind: the total must go.
            (&[1, 1, 1, 1, 1], &[X, X, X, X, X], true),
            (&[], &[], false),
        ];
        for (cells, expected, hides_total) in cases {
            let breakdown = protect_breakdown(cells);
            assert_eq!(breakdown.cells, *expected, "{cells:?}");
            assert_eq!(breakdown.hides_total, *hides_total, "{cells:?}");
        }
    }

    #[test]
    fn days_follow_the_participant_total() {
        assert_eq!(protect_days(S(12), 60, &[12]), S(60));
        assert_eq!(protect_days(S(0), 0, &[]), S(0));
        assert_eq!(protect_days(X, 15, &[3]), X);
        // One length only: a small group of it is the total, already protected.
        assert_eq!(protect_days(S(7), 35, &[7]), S(35));
        // Two lengths, both groups of 5 or more: nothing to solve for.
        assert_eq!(protect_days(S(12), 74, &[5, 7]), S(74));
        // 9 on five-day trips and 3 on a seven-day one: 9 × 5 + 3 × 7 = 66 would give the 3.
        assert_eq!(protect_days(S(12), 66, &[9, 3]), X);
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
