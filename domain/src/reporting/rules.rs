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

#[cfg(test)]
mod tests {
    use super::*;

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
