//! Partner matching: the score, an in-memory index of the directory, ranked searches and
//! matching rounds solved exactly.
pub mod assignment;
pub mod index;
pub mod rounds;
pub mod score;
pub mod search;
