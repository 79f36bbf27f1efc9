//! Follow-up for the municipal executive board: what the international work came to, per
//! municipality, year and organisation, with small counts suppressed.
pub mod csv;
pub mod figures;
pub mod participation;
pub mod rules;
