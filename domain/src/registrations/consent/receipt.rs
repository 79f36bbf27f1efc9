//! The receipt of a consent given through a link: exactly what the guardian gave, shown on
//! the page after the form and sent by mail.
use super::*;
use crate::{
    entities::{privacy_notice_texts, privacy_notices},
    format::{self, TimeZone},
    i18n::Messages,
    mail::{Dates, Organiser, Place},
};
use chrono::NaiveDate;

/// The health and emergency information one guardian entered, as they entered it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Health {
    pub medical_notes: String,
    pub allergies: String,
    pub medication: String,
    pub dietary_needs: String,
    /// (name, relation, phone).
    pub contacts: Vec<(String, String, String)>,
}

/// What one consent through a link gave.
#[derive(Debug, Clone)]
pub struct Receipt {
    pub participant: String,
    pub guardian: String,
    /// The guardian's language, which the receipt is in unless they asked for another.
    pub locale: Locale,
    pub signature: Signature,
    pub given_at: DateTime<Utc>,
    /// The guardian's own clock (their account's zone, else the default).
    pub time_zone: TimeZone,
    /// The exchange's title in the guardian's language.
    pub title: String,
    pub dates: Dates,
    pub destination: Place,
    pub organiser: Organiser,
    pub travel_text: consent_texts::Model,
    pub photos: bool,
    pub photos_text: consent_texts::Model,
    pub health: Health,
    pub notice: privacy_notices::Model,
    /// The notice's text exactly as shown.
    pub notice_text: privacy_notice_texts::Model,
    /// The withdrawal link, valid until departure.
    pub withdraw_link: String,
    pub departure: NaiveDate,
}

impl Health {
    pub fn of(parsed: &ParsedConsent) -> Health {
        Health {
            medical_notes: parsed.medical_notes.clone(),
            allergies: parsed.allergies.clone(),
            medication: parsed.medication.clone(),
            dietary_needs: parsed.dietary_needs.clone(),
            contacts: parsed.contacts.clone(),
        }
    }

    /// The four health fields as (catalogue label, what was entered), empty ones too: a
    /// receipt shows that nothing was entered.
    pub fn fields(&self) -> [(&'static str, &str); 4] {
        [
            ("consent-medical-notes-label", &self.medical_notes),
            ("consent-allergies-label", &self.allergies),
            ("consent-medication-label", &self.medication),
            ("consent-dietary-needs-label", &self.dietary_needs),
        ]
    }
}

impl Receipt {
    /// The trip and the signature, as (what, value) rows in `l`'s language, times on the
    /// guardian's clock.
    pub fn summary(&self, l: &Messages) -> Vec<(String, String)> {
        vec![
            (l.t("consent-participant"), self.participant.clone()),
            (l.t("receipt-exchange"), self.title.clone()),
            (
                l.t("consent-dates"),
                format::date_range(l.0, self.dates.first, self.dates.last),
            ),
            (l.t("consent-destination"), self.destination.named(l.0)),
            (
                l.t("consent-organiser"),
                l.t2(
                    "receipt-organiser",
                    "organisation",
                    &self.organiser.organisation,
                    "municipality",
                    &self.organiser.municipality,
                ),
            ),
            (
                l.t("receipt-given-at"),
                format::date_time(l.0, &self.time_zone, self.given_at),
            ),
            (
                l.t("receipt-signed"),
                l.t2(
                    "receipt-signature",
                    "method",
                    self.signature.method().code(),
                    "name",
                    self.signature.name(),
                ),
            ),
        ]
    }

    /// Each consent text: (heading, whether given in words, the text, its version line).
    pub fn texts(&self, l: &Messages) -> Vec<(String, String, String, String)> {
        let version = |text: &consent_texts::Model| {
            l.t2(
                "receipt-text-version",
                "date",
                format::date_time(l.0, &self.time_zone, text.created_at),
                "sha256",
                &text.sha256,
            )
        };
        vec![
            (
                l.t("consent-travel-heading"),
                l.t1("receipt-choice", "given", true),
                self.travel_text.body.clone(),
                version(&self.travel_text),
            ),
            (
                l.t("consent-photos-heading"),
                l.t1("receipt-choice", "given", self.photos),
                self.photos_text.body.clone(),
                version(&self.photos_text),
            ),
        ]
    }

    /// The health and emergency information as entered, (what, value); what was left
    /// empty says so.
    pub fn health(&self, l: &Messages) -> Vec<(String, String)> {
        let mut rows: Vec<(String, String)> = self
            .health
            .fields()
            .iter()
            .map(|(label, value)| {
                let value = if value.is_empty() {
                    l.t("receipt-nothing-entered")
                } else {
                    (*value).to_owned()
                };
                (l.t(label), value)
            })
            .collect();
        rows.extend(
            self.health
                .contacts
                .iter()
                .enumerate()
                .map(|(i, (name, relation, phone))| {
                    (
                        l.t1("consent-contact-legend", "number", i + 1),
                        l.t3(
                            "receipt-contact",
                            "name",
                            name,
                            "relation",
                            relation,
                            "phone",
                            phone,
                        ),
                    )
                }),
        );
        rows
    }

    /// Which privacy notice the guardian was shown.
    pub fn notice_line(&self, l: &Messages) -> String {
        l.t2(
            "receipt-notice",
            "version",
            self.notice.version,
            "municipality",
            &self.organiser.municipality,
        )
    }

    /// The notice text's version: when it was first shown, and its SHA-256.
    pub fn notice_version(&self, l: &Messages) -> String {
        l.t2(
            "receipt-text-version",
            "date",
            format::date_time(l.0, &self.time_zone, self.notice_text.created_at),
            "sha256",
            &self.notice_text.sha256,
        )
    }

    /// How to withdraw, and until when.
    pub fn withdraw_line(&self, l: &Messages) -> String {
        l.t1(
            "receipt-withdraw",
            "departure",
            format::date(l.0, self.departure),
        )
    }
}
