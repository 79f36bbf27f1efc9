//! The words of a privacy notice (GDPR art. 13) in one language, composed from the
//! municipality's published facts, its retention schedule and the catalogues
//! (`privacy_notice.ftl`). A pure function: what a page shows and what is stored as the text
//! version shown are the same sections.
use chrono::{DateTime, Utc};

use crate::{
    format::{self, TimeZone},
    i18n::Messages,
    retention::{
        rules::{RetentionAnchor, RetentionCategory},
        schedule::Period,
    },
    types::Locale,
};

/// What a municipality states in its notice; the rest comes from the catalogues.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facts {
    pub municipality: String,
    pub version: i32,
    pub published_at: DateTime<Utc>,
    pub controller: String,
    pub controller_contact: String,
    pub dpo_contact: Option<String>,
}

/// A heading and its paragraphs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub heading: String,
    pub paragraphs: Vec<String>,
}

/// The categories a family's data falls in, in the order the notice lists them.
const KEPT: [RetentionCategory; 6] = [
    RetentionCategory::MedicalInformation,
    RetentionCategory::ConsentRecords,
    RetentionCategory::Registrations,
    RetentionCategory::YouthProfiles,
    RetentionCategory::OutboxEmails,
    RetentionCategory::AuditEvents,
];

/// How long one category is kept, in words.
fn period_text(l: Messages, period: &Period) -> String {
    let key = match period.anchor {
        RetentionAnchor::ExchangeReturn => "privacy-period-after-return",
        RetentionAnchor::MailSentOrFailed => "privacy-period-after-sending",
        RetentionAnchor::EventOccurred => "privacy-period-after-event",
        RetentionAnchor::ProfileLastChanged => "privacy-period-after-last-change",
    };
    l.t2(
        "privacy-retention-item",
        "category",
        l.t(&format!("privacy-category-{}", period.category.code())),
        "period",
        l.t1(key, "days", period.days),
    )
}

/// The notice in `locale`, section by section; the zone dates its publication.
pub fn sections(
    facts: &Facts,
    periods: &[Period],
    locale: Locale,
    zone: &TimeZone,
) -> Vec<Section> {
    let l = Messages(locale);
    let section = |heading: &str, paragraphs: Vec<String>| Section {
        heading: l.t(heading),
        paragraphs,
    };
    let dpo = match &facts.dpo_contact {
        Some(contact) => l.t1("privacy-dpo", "contact", contact),
        None => l.t1("privacy-dpo-ask", "municipality", &facts.municipality),
    };
    let kept = KEPT
        .iter()
        .filter_map(|category| periods.iter().find(|p| p.category == *category))
        .map(|period| period_text(l, period))
        .collect();
    vec![
        section(
            "privacy-controller-heading",
            vec![
                l.t3(
                    "privacy-controller",
                    "controller",
                    &facts.controller,
                    "municipality",
                    &facts.municipality,
                    "contact",
                    &facts.controller_contact,
                ),
                dpo,
            ],
        ),
        section(
            "privacy-purposes-heading",
            vec![
                l.t("privacy-purpose-travel"),
                l.t("privacy-purpose-health"),
                l.t("privacy-purpose-photos"),
            ],
        ),
        section(
            "privacy-recipients-heading",
            vec![l.t("privacy-recipients")],
        ),
        section("privacy-retention-heading", kept),
        section(
            "privacy-rights-heading",
            vec![l.t1("privacy-rights", "controller", &facts.controller)],
        ),
        Section {
            heading: l.t("privacy-version-heading"),
            paragraphs: vec![l.t2(
                "privacy-version",
                "version",
                facts.version,
                "date",
                format::local_date(locale, zone, facts.published_at),
            )],
        },
    ]
}

/// The title and sections as one text: what is stored, hashed and recorded as shown.
pub fn body(title: &str, sections: &[Section]) -> String {
    let mut body = title.to_owned();
    for section in sections {
        body.push_str("\n\n## ");
        body.push_str(&section.heading);
        for paragraph in &section.paragraphs {
            body.push_str("\n\n");
            body.push_str(paragraph);
        }
    }
    body
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::retention::{rules::RetentionScope, schedule::Period};

    fn period(category: RetentionCategory, days: i32) -> Period {
        Period {
            category,
            days,
            default_days: days,
            overridden: false,
            scope: RetentionScope::Municipality,
            anchor: category.anchor(),
        }
    }

    fn facts(dpo: Option<&str>) -> Facts {
        Facts {
            municipality: "Exempelby kommun".into(),
            version: 3,
            published_at: "2026-11-30T23:30:00Z".parse().unwrap(),
            controller: "Barn- och utbildningsnämnden".into(),
            controller_contact: "bun@exempelby.example".into(),
            dpo_contact: dpo.map(str::to_owned),
        }
    }

    #[test]
    fn every_language_names_the_controller_the_periods_and_the_version() {
        let periods = [
            period(RetentionCategory::MedicalInformation, 31),
            period(RetentionCategory::ConsentRecords, 732),
            // The log of who did what, which names the young person too.
            period(RetentionCategory::AuditEvents, 1826),
        ];
        for locale in Locale::ALL {
            let shown = sections(
                &facts(Some("dpo@exempelby.example")),
                &periods,
                locale,
                &TimeZone::default(),
            );
            let text = body("title", &shown);
            for expected in [
                "Barn- och utbildningsnämnden",
                "bun@exempelby.example",
                "dpo@exempelby.example",
                "31",
                "732",
                "1826",
            ] {
                assert!(text.contains(expected), "{locale:?}: {expected} in {text}");
            }
            assert!(
                !text.contains("privacy-"),
                "{locale:?}: a key shows in {text}"
            );
            assert_eq!(shown.len(), 6, "{locale:?}");
        }
        // Published late on 30 November UTC: 1 December on a Stockholm clock.
        let swedish = body(
            "",
            &sections(&facts(None), &periods, Locale::Sv, &TimeZone::default()),
        );
        assert!(
            swedish.contains("Version 3, publicerad 1 december 2026."),
            "{swedish}"
        );
        assert!(
            swedish.contains("Fråga Exempelby kommun om kontaktuppgifter"),
            "{swedish}"
        );
    }

    #[test]
    fn the_stored_body_is_the_title_then_each_heading_and_paragraph() {
        let shown = [
            Section {
                heading: "A".into(),
                paragraphs: vec!["a1".into(), "a2".into()],
            },
            Section {
                heading: "B".into(),
                paragraphs: vec![],
            },
        ];
        assert_eq!(body("T", &shown), "T\n\n## A\n\na1\n\na2\n\n## B");
    }
}
