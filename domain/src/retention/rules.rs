//! The retention rules as plain functions: the categories, their bounds and defaults, which
//! schedules are consistent, and when a row is due.
use std::{collections::BTreeMap, ops::RangeInclusive};

use chrono::{DateTime, Duration, NaiveDate, Utc};

use crate::{code_enum, error::FieldError};

code_enum! {
    /// A category of personal data with a retention period of its own.
    pub enum RetentionCategory {
        /// Medical and emergency information given with a consent.
        MedicalInformation = "medical_information",
        /// Consent events and consent links.
        ConsentRecords = "consent_records",
        /// Registrations, with their medical information and consent records.
        Registrations = "registrations",
        /// The recipient, subject and bodies of sent (or failed) e-mails.
        OutboxEmails = "outbox_emails",
        /// Audit events.
        AuditEvents = "audit_events",
        /// A young person's profile and guardians, once no registration of theirs is left.
        YouthProfiles = "youth_profiles",
    }
}

/// Who sets a category's period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RetentionScope {
    /// Each municipality, for the data of its exchanges (the default from configuration).
    Municipality,
    /// The installation's configuration: the rows name no municipality.
    Installation,
}

/// What a category's period counts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RetentionAnchor {
    /// The exchange's return (its end date).
    ExchangeReturn,
    /// When the e-mail was sent, or finally failed.
    MailSentOrFailed,
    /// When the event occurred.
    EventOccurred,
    /// The last change to a young person's profile, once no registration of theirs is left.
    ProfileLastChanged,
}

impl RetentionCategory {
    pub fn scope(self) -> RetentionScope {
        match self {
            Self::MedicalInformation
            | Self::ConsentRecords
            | Self::Registrations
            | Self::YouthProfiles => RetentionScope::Municipality,
            Self::OutboxEmails | Self::AuditEvents => RetentionScope::Installation,
        }
    }

    pub fn anchor(self) -> RetentionAnchor {
        match self {
            Self::MedicalInformation | Self::ConsentRecords | Self::Registrations => {
                RetentionAnchor::ExchangeReturn
            }
            Self::OutboxEmails => RetentionAnchor::MailSentOrFailed,
            Self::AuditEvents => RetentionAnchor::EventOccurred,
            Self::YouthProfiles => RetentionAnchor::ProfileLastChanged,
        }
    }

    /// The periods, in days, a schedule may set.
    pub fn bounds(self) -> RangeInclusive<i32> {
        match self {
            Self::MedicalInformation => 0..=365,
            Self::ConsentRecords | Self::Registrations | Self::YouthProfiles => 30..=3650,
            Self::OutboxEmails => 1..=365,
            Self::AuditEvents => 365..=3650,
        }
    }

    /// The compiled default, in days.
    pub fn default_days(self) -> i32 {
        match self {
            Self::MedicalInformation => 30,
            Self::ConsentRecords => 730,
            Self::Registrations => 1095,
            Self::OutboxEmails => 30,
            Self::AuditEvents => 1825,
            Self::YouthProfiles => 1095,
        }
    }

    /// The message for a period outside the bounds (fixed text, never the value).
    fn out_of_range(self) -> &'static str {
        match self {
            Self::MedicalInformation => "must be between 0 and 365 days",
            Self::ConsentRecords | Self::Registrations | Self::YouthProfiles => {
                "must be between 30 and 3650 days"
            }
            Self::OutboxEmails => "must be between 1 and 365 days",
            Self::AuditEvents => "must be between 365 and 3650 days",
        }
    }
}

/// Periods in days, one per category: the installation's defaults, or a municipality's
/// effective schedule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Periods(BTreeMap<RetentionCategory, i32>);

impl Default for Periods {
    fn default() -> Self {
        Self(
            RetentionCategory::ALL
                .iter()
                .map(|c| (*c, c.default_days()))
                .collect(),
        )
    }
}

impl Periods {
    pub fn get(&self, category: RetentionCategory) -> i32 {
        self.0
            .get(&category)
            .copied()
            .unwrap_or_else(|| category.default_days())
    }

    pub fn set(&mut self, category: RetentionCategory, days: i32) {
        self.0.insert(category, days);
    }

    /// These periods with a municipality's own `(category, days)` over them; installation-wide
    /// categories are never overridden.
    pub fn with_overrides(&self, overrides: &[(RetentionCategory, i32)]) -> Self {
        let mut periods = self.clone();
        for (category, days) in overrides {
            if category.scope() == RetentionScope::Municipality {
                periods.set(*category, *days);
            }
        }
        periods
    }

    /// What is wrong with these periods, each error under `field`: a period out of its
    /// bounds, or medical information or consent records kept longer than registrations
    /// (which take them along).
    pub fn problems(&self, field: &str) -> Vec<(RetentionCategory, FieldError)> {
        let mut problems = Vec::new();
        for category in RetentionCategory::ALL {
            if !category.bounds().contains(&self.get(*category)) {
                problems.push((
                    *category,
                    FieldError::new(field, "out_of_range", category.out_of_range()),
                ));
            }
        }
        let registrations = self.get(RetentionCategory::Registrations);
        for category in [
            RetentionCategory::MedicalInformation,
            RetentionCategory::ConsentRecords,
        ] {
            if self.get(category) > registrations {
                problems.push((
                    category,
                    FieldError::new(
                        field,
                        "exceeds_registrations",
                        "medical information and consent records cannot be kept longer \
                         than registrations",
                    ),
                ));
            }
        }
        problems
    }
}

/// The last day of retention for data anchored on `anchor` with a period of `days`: due
/// from the day after.
pub fn kept_until(anchor: NaiveDate, days: i32) -> NaiveDate {
    anchor + Duration::days(i64::from(days))
}

/// Whether data of an exchange that returned on `end_date` is due on `today`: kept for
/// `days` whole days after the return, removed from the day after.
pub fn exchange_data_due(end_date: NaiveDate, days: i32, today: NaiveDate) -> bool {
    today > kept_until(end_date, days)
}

/// Rows stamped before this moment are due at `now` with a period of `days`: a row exactly
/// `days` old is kept.
pub fn cutoff(now: DateTime<Utc>, days: i32) -> DateTime<Utc> {
    now - Duration::days(i64::from(days))
}

#[cfg(test)]
mod tests {
    use super::*;
    use RetentionCategory::*;

    #[test]
    fn codes_round_trip_and_scopes() {
        for category in RetentionCategory::ALL {
            assert_eq!(
                RetentionCategory::from_code(category.code()),
                Some(*category)
            );
            assert!(category.bounds().contains(&category.default_days()));
        }
        let municipal: Vec<_> = RetentionCategory::ALL
            .iter()
            .filter(|c| c.scope() == RetentionScope::Municipality)
            .collect();
        assert_eq!(
            municipal,
            [
                &MedicalInformation,
                &ConsentRecords,
                &Registrations,
                &YouthProfiles
            ]
        );
    }

    #[test]
    fn the_defaults_are_a_consistent_schedule() {
        assert!(Periods::default().problems("days").is_empty());
        assert_eq!(Periods::default().get(MedicalInformation), 30);
        assert_eq!(Periods::default().get(AuditEvents), 1825);
    }

    #[test]
    fn bounds_per_category() {
        // (category, days, accepted)
        let cases = [
            (MedicalInformation, 0, true),
            (MedicalInformation, 365, true),
            (MedicalInformation, 366, false),
            (MedicalInformation, -1, false),
            (ConsentRecords, 29, false),
            (ConsentRecords, 30, true),
            (Registrations, 3650, true),
            (Registrations, 3651, false),
            (OutboxEmails, 0, false),
            (OutboxEmails, 1, true),
            (OutboxEmails, 365, true),
            (AuditEvents, 364, false),
            (AuditEvents, 365, true),
            (AuditEvents, 3651, false),
            (YouthProfiles, 29, false),
            (YouthProfiles, 30, true),
            (YouthProfiles, 3650, true),
            (YouthProfiles, 3651, false),
        ];
        for (category, days, accepted) in cases {
            let mut periods = Periods::default();
            periods.set(category, days);
            // Keep the dependants within registrations, so only the bounds speak.
            if category == Registrations {
                periods.set(MedicalInformation, 0);
                periods.set(ConsentRecords, 30);
            }
            let problems = periods.problems("days");
            assert_eq!(
                problems.is_empty(),
                accepted,
                "{category:?} {days}: {problems:?}"
            );
            if !accepted {
                assert_eq!(problems[0].0, category);
                assert_eq!(problems[0].1.code, "out_of_range");
                assert_eq!(problems[0].1.field, "days");
            }
        }
    }

    #[test]
    fn medical_and_consent_never_outlast_registrations() {
        // (medical, consent, registrations, the categories at fault)
        let cases: [(i32, i32, i32, &[RetentionCategory]); 5] = [
            (30, 730, 1095, &[]),
            (365, 1095, 1095, &[]),
            (30, 731, 730, &[ConsentRecords]),
            (365, 100, 100, &[MedicalInformation]),
            (200, 200, 100, &[MedicalInformation, ConsentRecords]),
        ];
        for (medical, consent, registrations, at_fault) in cases {
            let periods = Periods::default().with_overrides(&[
                (MedicalInformation, medical),
                (ConsentRecords, consent),
                (Registrations, registrations),
            ]);
            let faults: Vec<_> = periods
                .problems("days")
                .into_iter()
                .map(|(c, e)| {
                    assert_eq!(e.code, "exceeds_registrations");
                    c
                })
                .collect();
            assert_eq!(faults, at_fault, "{medical} {consent} {registrations}");
        }
    }

    #[test]
    fn installation_wide_categories_are_not_overridden() {
        let periods = Periods::default().with_overrides(&[(OutboxEmails, 5), (AuditEvents, 400)]);
        assert_eq!(periods, Periods::default());
    }

    #[test]
    fn exchange_data_is_due_the_day_after_its_period() {
        let end = NaiveDate::from_ymd_opt(2026, 6, 12).unwrap();
        // (days, today, due)
        let cases = [
            (30, "2026-07-12", false),
            (30, "2026-07-13", true),
            (0, "2026-06-12", false),
            (0, "2026-06-13", true),
            // Days, not years: 2028 has a 29 February.
            (730, "2028-06-10", false),
            (730, "2028-06-11", false),
            (730, "2028-06-12", true),
        ];
        for (days, today, due) in cases {
            let today: NaiveDate = today.parse().unwrap();
            assert_eq!(exchange_data_due(end, days, today), due, "{days} {today}");
        }
    }

    #[test]
    fn timestamps_exactly_at_the_period_are_kept() {
        let now: DateTime<Utc> = "2026-12-03T10:00:00Z".parse().unwrap();
        let cut = cutoff(now, 30);
        assert_eq!(
            cut,
            "2026-11-03T10:00:00Z".parse::<DateTime<Utc>>().unwrap()
        );
        // Due means strictly before the cutoff.
        let cases = [
            (cut - Duration::seconds(1), true),
            (cut, false),
            (cut + Duration::seconds(1), false),
        ];
        for (at, due) in cases {
            assert_eq!(at < cut, due, "{at}");
        }
    }
}
