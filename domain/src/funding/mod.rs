//! Erasmus+ and Nordplus funding: unit-cost tables as data, grant budgets, eligibility,
//! funding records, their deadlines and exports.
pub mod access;
pub mod budget;
pub mod call_deadlines;
pub mod deadlines;
pub mod eligibility;
pub mod export;
pub mod formula;
pub mod planning;
pub mod rates;
pub mod records;
pub mod store;
