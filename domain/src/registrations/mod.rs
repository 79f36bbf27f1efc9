//! Registrations: young people and their guardians, places and the waiting list, the
//! lottery, guardians' consent through e-mailed links, and the medical information only the
//! exchange's leaders and coordinators read. The rules are plain functions in `rules`.
pub mod access;
pub mod consent;
pub mod notify;
pub mod people;
pub mod places;
pub mod registering;
pub mod rules;
pub mod sensitive;
