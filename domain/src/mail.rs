//! Transactional e-mail: templates rendered in the recipient's language and written to the
//! outbox in the same transaction as the change that causes them. The worker in `api` sends.
//!
//! Adding an e-mail: a folder under `templates/mail/` with `subject.txt`, `text.txt` and
//! `html.html`, and one `mail_template!` line here.
use chrono::{DateTime, NaiveDate, TimeDelta, Utc};
use sea_orm::{ActiveValue::Set, ConnectionTrait, EntityTrait, sea_query::OnConflict};
use uuid::Uuid;

use crate::{
    entities::outbox_emails,
    error::DomainResult,
    format::{self, TimeZone},
    i18n::Messages,
    registrations::consent::Receipt,
    types::{Locale, Role},
};

/// One e-mail rendered in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderedMail {
    pub subject: String,
    pub text: String,
    pub html: String,
}

pub trait MailTemplate {
    /// The template folder, also stored on the outbox row.
    const NAME: &'static str;
    fn render(&self, locale: Locale, zone: &TimeZone) -> Result<RenderedMail, askama::Error>;
}

/// The first and the last day of an exchange.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dates {
    pub first: NaiveDate,
    pub last: NaiveDate,
}

/// A town and its country (an ISO code), named for each reader: "Fjellvik, Norge".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub town: String,
    pub country: String,
}

impl Place {
    /// "Fjellvik, Norge": the town and its country's name in `locale`.
    pub fn named(&self, locale: Locale) -> String {
        crate::i18n::text_with(
            locale,
            "format-place",
            &[
                ("town", self.town.clone().into()),
                ("country", format::country(locale, &self.country).into()),
            ],
        )
    }

    /// A town by its English name where it has one, else its own.
    pub fn of(town: &crate::entities::towns::Model) -> Place {
        Place {
            town: town.english_name.clone().unwrap_or(town.local_name.clone()),
            country: town.country.clone(),
        }
    }
}

/// Who is behind a mail about a child: the school or youth group, its municipality, and the
/// teacher the family can ask. A consent request that names nobody reads like phishing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organiser {
    pub organisation: String,
    pub municipality: String,
    /// The teacher who proposed the exchange, while their account exists.
    pub teacher: Option<Contact>,
    /// The municipality's privacy notice (`/privacy/<id>`), in each reader's language.
    pub privacy_notice: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    pub name: String,
    pub email: String,
}

impl Organiser {
    /// The opening line: who sends this, and through what.
    pub fn introduction(&self, l: &Messages) -> String {
        l.t2(
            "mail-organiser",
            "organisation",
            &self.organisation,
            "municipality",
            &self.municipality,
        )
    }

    /// The privacy notice in the reader's language.
    pub fn privacy_link(&self, l: &Messages) -> String {
        format!("{}?lang={}", self.privacy_notice, l.0.code())
    }

    /// The closing line: whom to ask about the trip.
    pub fn contact(&self, l: &Messages) -> String {
        match &self.teacher {
            Some(teacher) => l.t2(
                "mail-organiser-contact",
                "teacher",
                &teacher.name,
                "email",
                &teacher.email,
            ),
            None => l.t1(
                "mail-organiser-no-contact",
                "organisation",
                &self.organisation,
            ),
        }
    }
}

/// How the recipient reads days and times: in their language, and instants on their own
/// clock with the zone named (`{{ c.time(m.valid_until) }}`).
pub struct Clock<'a> {
    locale: Locale,
    zone: &'a TimeZone,
}

impl Clock<'_> {
    pub fn date(&self, day: &NaiveDate) -> String {
        format::date(self.locale, *day)
    }

    pub fn optional_date(&self, day: &Option<NaiveDate>) -> Option<String> {
        day.as_ref().map(|day| self.date(day))
    }

    pub fn dates(&self, dates: &Dates) -> String {
        format::date_range(self.locale, dates.first, dates.last)
    }

    /// A length of time as people say it: 168 hours read "7 days".
    pub fn hours(&self, hours: &i64) -> String {
        format::duration(self.locale, TimeDelta::hours(*hours))
    }

    pub fn minutes(&self, minutes: &i64) -> String {
        format::duration(self.locale, TimeDelta::minutes(*minutes))
    }

    pub fn place(&self, place: &Place) -> String {
        place.named(self.locale)
    }

    pub fn time(&self, at: &DateTime<Utc>) -> String {
        format::date_time(self.locale, self.zone, *at)
    }
}

macro_rules! mail_template {
    ($name:ident, $dir:literal, $subject:literal, $text:literal, $html:literal,
     { $($field:ident : $ty:ty),* $(,)? }) => {
        pub struct $name { $(pub $field: $ty),* }

        impl MailTemplate for $name {
            const NAME: &'static str = $dir;

            fn render(&self, locale: Locale, zone: &TimeZone) -> Result<RenderedMail, askama::Error> {
                use askama::Template;
                #[derive(Template)]
                #[template(path = $subject)]
                #[allow(dead_code)]
                struct Subject<'a> { l: Messages, c: &'a Clock<'a>, m: &'a $name }
                #[derive(Template)]
                #[template(path = $text)]
                #[allow(dead_code)]
                struct Text<'a> { l: Messages, c: &'a Clock<'a>, m: &'a $name }
                #[derive(Template)]
                #[template(path = $html)]
                #[allow(dead_code)]
                struct Html<'a> { l: Messages, c: &'a Clock<'a>, m: &'a $name }

                let l = Messages(locale);
                let c = &Clock { locale, zone };
                Ok(RenderedMail {
                    subject: Subject { l, c, m: self }.render()?.trim().to_owned(),
                    text: Text { l, c, m: self }.render()?,
                    html: Html { l, c, m: self }.render()?,
                })
            }
        }
    };
}

mail_template!(Invitation, "invitation",
    "mail/invitation/subject.txt", "mail/invitation/text.txt", "mail/invitation/html.html",
    { display_name: String, inviter_name: String, role_label: String, link: String, valid_hours: i64 });
mail_template!(VerifyEmail, "verify_email",
    "mail/verify_email/subject.txt", "mail/verify_email/text.txt", "mail/verify_email/html.html",
    { display_name: String, link: String, valid_hours: i64 });
mail_template!(PasswordReset, "password_reset",
    "mail/password_reset/subject.txt", "mail/password_reset/text.txt", "mail/password_reset/html.html",
    { display_name: String, link: String, valid_minutes: i64 });
mail_template!(PasswordChanged, "password_changed",
    "mail/password_changed/subject.txt", "mail/password_changed/text.txt", "mail/password_changed/html.html",
    { display_name: String, reset_link: String });
mail_template!(InvitationReminder, "invitation_reminder",
    "mail/invitation_reminder/subject.txt", "mail/invitation_reminder/text.txt", "mail/invitation_reminder/html.html",
    { display_name: String, link: String, valid_hours: i64 });
mail_template!(AccountExists, "account_exists",
    "mail/account_exists/subject.txt", "mail/account_exists/text.txt", "mail/account_exists/html.html",
    { reset_link: String });
mail_template!(ExchangeSubmitted, "exchange_submitted",
    "mail/exchange_submitted/subject.txt", "mail/exchange_submitted/text.txt", "mail/exchange_submitted/html.html",
    { approver_name: String, teacher_name: String, organisation_name: String, title: String, dates: Dates, destination: Place, risk_label: String, due_date: DateTime<Utc>, link: String });
mail_template!(ExchangeDecided, "exchange_decided",
    "mail/exchange_decided/subject.txt", "mail/exchange_decided/text.txt", "mail/exchange_decided/html.html",
    { teacher_name: String, title: String, decision: &'static str /* "approved" | "changes_requested" | "rejected" | "step_approved" */, approver_name: String, comment: Option<String>, link: String });
mail_template!(ExchangeCancelled, "exchange_cancelled",
    "mail/exchange_cancelled/subject.txt", "mail/exchange_cancelled/text.txt", "mail/exchange_cancelled/html.html",
    { recipient_name: String, title: String, dates: Dates, cancelled_by: String, reason: String });
mail_template!(ApprovalReminder, "approval_reminder",
    "mail/approval_reminder/subject.txt", "mail/approval_reminder/text.txt", "mail/approval_reminder/html.html",
    { approver_name: String, title: String, organisation_name: String, due_date: DateTime<Utc>, as_substitute: bool, link: String });
mail_template!(FundingDeadline, "funding_deadline",
    "mail/funding_deadline/subject.txt", "mail/funding_deadline/text.txt", "mail/funding_deadline/html.html",
    { recipient_name: String, title: String, action: String, applicant: String, deadline: DateTime<Utc>, days_left: i64, status: String });

mail_template!(ConsentRequest, "consent_request",
    "mail/consent_request/subject.txt", "mail/consent_request/text.txt", "mail/consent_request/html.html",
    { organiser: Organiser, guardian_name: String, participant_name: String, title: String, dates: Dates, destination: Place, link: String, valid_until: DateTime<Utc>, /* (what, before, after) when the exchange changed since an earlier consent */ changes: Vec<(String, String, String)>, /* a reminder of an unanswered request, with a fresh link */ reminder: bool });
mail_template!(ConsentReceived, "consent_received",
    "mail/consent_received/subject.txt", "mail/consent_received/text.txt", "mail/consent_received/html.html",
    { /* exactly what was given */ receipt: Receipt, /* true when the registration is now confirmed, false while another guardian's consent is awaited */ confirmed: bool, /* the changed exchange waits for its approval: no place is confirmed before it */ awaiting_approval: bool });
mail_template!(RegistrationConfirmed, "registration_confirmed",
    "mail/registration_confirmed/subject.txt", "mail/registration_confirmed/text.txt", "mail/registration_confirmed/html.html",
    { organiser: Organiser, recipient_name: String, participant_name: String, title: String, dates: Dates, destination: Place });
mail_template!(PlaceOffered, "place_offered",
    "mail/place_offered/subject.txt", "mail/place_offered/text.txt", "mail/place_offered/html.html",
    { organiser: Organiser, recipient_name: String, participant_name: String, title: String, dates: Dates, offer_expires: DateTime<Utc>, /* the consent page (giving consent accepts) or the exchange in the app */ link: String, by_consent: bool });
mail_template!(WaitingListed, "waiting_list",
    "mail/waiting_list/subject.txt", "mail/waiting_list/text.txt", "mail/waiting_list/html.html",
    { organiser: Organiser, recipient_name: String, participant_name: String, title: String, dates: Dates, /* None while a lottery is still to be drawn */ position: Option<i64>, draw_date: Option<NaiveDate> });
mail_template!(RegistrationEnded, "registration_ended",
    "mail/registration_ended/subject.txt", "mail/registration_ended/text.txt", "mail/registration_ended/html.html",
    { organiser: Organiser, recipient_name: String, participant_name: String, title: String, dates: Dates, /* "withdrawn" | "cancelled" | "offer_expired" | "consent_withdrawn" | "exchange_rejected" */ reason: &'static str, comment: Option<String> });
mail_template!(ConsentsComplete, "consents_complete",
    "mail/consents_complete/subject.txt", "mail/consents_complete/text.txt", "mail/consents_complete/html.html",
    { teacher_name: String, title: String, dates: Dates, /* registrations confirmed */ confirmed: i64, link: String });
mail_template!(ConsentLinkExpired, "consent_link_expired",
    "mail/consent_link_expired/subject.txt", "mail/consent_link_expired/text.txt", "mail/consent_link_expired/html.html",
    { teacher_name: String, title: String, guardian_name: String, participant_name: String, expired_at: DateTime<Utc>, link: String });

impl ConsentRequest {
    /// Whether the exchange changed since an earlier consent (the mail then asks again).
    pub fn changed(&self) -> bool {
        !self.changes.is_empty()
    }
}

/// Whether a mail's bodies are blanked as soon as it is sent (or has failed for good, when it
/// is not queued again): the receipt of a consent repeats the health information a guardian
/// entered, which the queue must not keep.
pub fn blanked_once_sent(template: &str) -> bool {
    template == ConsentReceived::NAME
}

impl ConsentReceived {
    /// Where the registration stands, as the catalogue's selector reads it.
    pub fn status(&self) -> &'static str {
        if self.confirmed {
            "confirmed"
        } else if self.awaiting_approval {
            "awaiting_approval"
        } else {
            "awaiting_guardian"
        }
    }
}

/// A role's name as it reads in a sentence, in the recipient's language.
pub fn role_label(role: Role, locale: Locale) -> String {
    crate::i18n::text(locale, &format!("role-{}", role.code()))
}

/// Who a mail is from and where replies go, when not the installation's `APP_MAIL__FROM`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Envelope {
    /// The municipality's own sender: (name, address).
    pub from: Option<(String, String)>,
    pub reply_to: Option<String>,
}

impl Envelope {
    /// From `municipality`'s own sender when it has one; replies to `reply_to`.
    pub fn of(
        municipality: &crate::entities::municipalities::Model,
        reply_to: Option<&str>,
    ) -> Envelope {
        Envelope {
            from: municipality
                .mail_sender_name
                .clone()
                .zip(municipality.mail_sender_address.clone()),
            reply_to: reply_to.map(str::to_owned),
        }
    }
}

/// Renders `template` in `locale` and queues it for `recipient`; when the recipient has an
/// account (`user_id`), the mail also lands in their in-app notifications. A second call
/// with the same `dedup_key` changes nothing and returns false, so one business event
/// never sends twice.
pub async fn enqueue<T: MailTemplate>(
    db: &impl ConnectionTrait,
    recipient: &str,
    locale: Locale,
    user_id: Option<Uuid>,
    dedup_key: String,
    template: &T,
) -> DomainResult<bool> {
    enqueue_as(
        db,
        recipient,
        locale,
        user_id,
        dedup_key,
        template,
        &Envelope::default(),
    )
    .await
}

/// As `enqueue`, from the sender and with the reply address `envelope` names.
pub async fn enqueue_as<T: MailTemplate>(
    db: &impl ConnectionTrait,
    recipient: &str,
    locale: Locale,
    user_id: Option<Uuid>,
    dedup_key: String,
    template: &T,
    envelope: &Envelope,
) -> DomainResult<bool> {
    // Times read on the recipient's own clock: their account's zone, else the default.
    let zone = crate::accounts::time_zone_of(db, user_id).await?;
    let rendered = template
        .render(locale, &zone)
        .map_err(|e| anyhow::anyhow!("rendering mail {}: {e}", T::NAME))?;
    let now = Utc::now();
    let inserted = outbox_emails::Entity::insert(outbox_emails::ActiveModel {
        id: Set(Uuid::now_v7()),
        recipient: Set(recipient.to_owned()),
        locale: Set(locale.code().to_owned()),
        template: Set(T::NAME.to_owned()),
        subject: Set(rendered.subject.clone()),
        text_body: Set(rendered.text),
        html_body: Set(rendered.html),
        dedup_key: Set(dedup_key),
        attempts: Set(0),
        next_attempt_at: Set(now),
        lease_owner: Set(None),
        lease_until: Set(None),
        sent_at: Set(None),
        failed_at: Set(None),
        last_error: Set(None),
        created_at: Set(now),
        redacted_at: Set(None),
        sender_name: Set(envelope.from.as_ref().map(|(name, _)| name.clone())),
        sender_address: Set(envelope.from.as_ref().map(|(_, address)| address.clone())),
        reply_to: Set(envelope.reply_to.clone()),
    })
    .on_conflict(
        OnConflict::column(outbox_emails::Column::DedupKey)
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?
        == 1;
    if inserted && let Some(user_id) = user_id {
        crate::notifications::record(db, user_id, T::NAME, rendered.subject).await?;
    }
    Ok(inserted)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registrations::consent::{Health, Signature};

    fn lyon() -> Place {
        Place {
            town: "Lyon (fictional)".into(),
            country: "FR".into(),
        }
    }

    fn fjellvik() -> Place {
        Place {
            town: "Fjellvik".into(),
            country: "NO".into(),
        }
    }

    fn stockholm() -> TimeZone {
        TimeZone::from_stored(None)
    }

    fn day(text: &str) -> NaiveDate {
        text.parse().expect("a date")
    }

    /// "2027-04-12 – 2027-04-16"
    fn dates(text: &str) -> Dates {
        let (first, last) = text.split_once(" – ").expect("two dates");
        Dates {
            first: day(first),
            last: day(last),
        }
    }

    /// "2027-03-29 12:00", in UTC.
    fn at(text: &str) -> DateTime<Utc> {
        chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M")
            .expect("a time")
            .and_utc()
    }

    #[test]
    fn renders_in_the_recipients_language_with_escaping() {
        let mail = Invitation {
            display_name: "Ada <script>".into(),
            inviter_name: "Bo".into(),
            role_label: role_label(Role::Teacher, Locale::Sv),
            link: "https://utbyte.example/account/accept-invitation?token=abc".into(),
            valid_hours: 168,
        };
        let sv = mail.render(Locale::Sv, &stockholm()).unwrap();
        assert_eq!(sv.subject, "Du är inbjuden till Utbyte");
        assert!(sv.text.contains("Hej Ada <script>,"));
        assert!(sv.text.contains("som lärare eller ledare"));
        assert!(sv.html.contains("Ada &#60;script&#62;") || sv.html.contains("Ada &lt;script&gt;"));
        assert!(!sv.html.contains("<script>"));
        assert!(sv.html.contains(r#"<html lang="sv" dir="ltr">"#));
        let en = mail.render(Locale::En, &stockholm()).unwrap();
        assert_eq!(en.subject, "You are invited to Utbyte");
        // A week reads as people say it, not as 168 hours.
        assert!(en.text.contains("valid for 7 days and"), "{}", en.text);
        assert!(sv.text.contains("gäller i 7 dagar och"), "{}", sv.text);
        // Arabic, in a right-to-left mail.
        let ar = mail.render(Locale::Ar, &stockholm()).unwrap();
        assert_ne!(ar.subject, en.subject);
        assert!(ar.subject.contains("Utbyte"), "{}", ar.subject);
        assert!(ar.html.contains(r#"<html lang="ar" dir="rtl">"#));
        let one_hour = Invitation {
            valid_hours: 1,
            ..mail
        };
        assert!(
            one_hour
                .render(Locale::En, &stockholm())
                .unwrap()
                .text
                .contains("valid for 1 hour and")
        );
        assert!(
            one_hour
                .render(Locale::Sv, &stockholm())
                .unwrap()
                .text
                .contains("gäller i 1 timme och")
        );
    }

    /// The fictional people, places and texts the sample mails are filled with: Swedish
    /// ones for a Swedish reader, English ones for everyone else (what a recipient types,
    /// such as a comment, is in the writer's language, not the reader's).
    struct SampleData {
        risk_label: &'static str,
        change_comment: &'static str,
        cancel_reason: &'static str,
        changes: [(&'static str, &'static str, &'static str); 2],
        ended_comment: &'static str,
    }

    const SWEDISH_DATA: SampleData = SampleData {
        risk_label: "låg risk",
        change_comment: "Lägg till reseförsäkringen & vem som är kontaktperson på plats.\nSkicka sedan in igen.",
        cancel_reason: "Värdskolan har stängt under veckan.",
        changes: [
            (
                "Datum",
                "2027-05-10 – 2027-05-14",
                "2027-05-17 – 2027-05-21",
            ),
            ("Boende", "Vandrarhem", "Värdfamiljer"),
        ],
        ended_comment: "Anmälan kom in två gånger; vi behåller den första.\nHör av dig om något är fel.",
    };

    const ENGLISH_DATA: SampleData = SampleData {
        risk_label: "low risk",
        change_comment: "Please add the travel insurance & the contact person on site.\nThen submit again.",
        cancel_reason: "The host school is closed that week.",
        changes: [
            (
                "Dates",
                "2027-05-10 – 2027-05-14",
                "2027-05-17 – 2027-05-21",
            ),
            ("Accommodation", "Hostel", "Host families"),
        ],
        ended_comment: "The registration came in twice; we are keeping the first one.\nGet in touch if anything is wrong.",
    };

    /// Every argument value the samples pass in besides the ones from `SampleData`, the
    /// links and the labels that come from the catalogues.
    const SAMPLE_VALUES: &[&str] = &[
        "Tove Ek",
        "Bo Samordnare",
        "Alva Lind",
        "Rut Rektor",
        "Sam Ställföreträdare",
        "Kim Exempel",
        "Maria Lind",
        "Elsa Lind",
        "Exempelskolan (fictional)",
        "Exempelby kommun (fictional)",
        "tove.ek@exempelskolan.example",
        "Språkveckan i Lyon",
        "Naturlägret i Fjellvik",
        "KA152-YOU",
        "2027-02-12 12:00 (Brussels)",
        "<b>Not</b> during the national tests.",
        // What a guardian gave, as a receipt repeats it.
        "I give my permission to travel (sample text).",
        "I consent to photos (sample text).",
        "Nuts <and> peanuts",
        "Vegetarian",
    ];

    /// The school behind a trip; `with_teacher: false` as when the teacher's account is gone.
    fn organiser(with_teacher: bool) -> Organiser {
        Organiser {
            organisation: "Exempelskolan (fictional)".into(),
            municipality: "Exempelby kommun (fictional)".into(),
            teacher: with_teacher.then(|| Contact {
                name: "Tove Ek".into(),
                email: "tove.ek@exempelskolan.example".into(),
            }),
            privacy_notice: "https://utbyte.example/privacy/0190a0b1-0000-7000-8000-000000000001"
                .into(),
        }
    }

    /// What a guardian gave, as the receipt mail lists it.
    fn receipt(
        locale: Locale,
        participant: &str,
        title: &str,
        photos: bool,
        link: String,
    ) -> Receipt {
        let text = |kind: &str, body: &str| crate::entities::consent_texts::Model {
            id: Uuid::nil(),
            kind: kind.into(),
            locale: locale.code().into(),
            body: body.into(),
            sha256: "9f2c".repeat(16),
            created_at: at("2026-12-01 09:00"),
        };
        Receipt {
            participant: participant.into(),
            guardian: "Maria Lind".into(),
            locale,
            signature: Signature::TypedName("Maria Lind".into()),
            given_at: at("2027-03-02 18:45"),
            time_zone: stockholm(),
            title: title.into(),
            dates: dates("2027-05-10 – 2027-05-14"),
            destination: fjellvik(),
            organiser: organiser(true),
            travel_text: text("travel", "I give my permission to travel (sample text)."),
            photos,
            photos_text: text("photos", "I consent to photos (sample text)."),
            health: Health {
                medical_notes: String::new(),
                allergies: "Nuts <and> peanuts".into(),
                medication: String::new(),
                dietary_needs: "Vegetarian".into(),
                contacts: vec![(
                    "Olof Lind".into(),
                    "Father".into(),
                    "+46 70-123 45 67".into(),
                )],
            },
            notice: crate::entities::privacy_notices::Model {
                id: Uuid::nil(),
                municipality_id: Uuid::nil(),
                version: 2,
                controller: "Exempelby kommun (fictional)".into(),
                controller_contact: "kommun@exempelby.example".into(),
                dpo_contact: Some("dataskydd@exempelby.example".into()),
                published_by: None,
                published_at: at("2026-11-01 08:00"),
            },
            notice_text: crate::entities::privacy_notice_texts::Model {
                id: Uuid::nil(),
                notice_id: Uuid::nil(),
                locale: locale.code().into(),
                body: "The notice (sample text).".into(),
                sha256: "4a1e".repeat(16),
                created_at: at("2026-11-02 09:00"),
            },
            withdraw_link: link,
            departure: day("2027-05-10"),
        }
    }

    /// Every mail, with each of its variants, in `locale`; `link` makes a link with a
    /// token to a path.
    fn samples(locale: Locale, link: impl Fn(&str) -> String) -> Vec<(&'static str, RenderedMail)> {
        let data = if locale == Locale::Sv {
            SWEDISH_DATA
        } else {
            ENGLISH_DATA
        };
        let mut mails: Vec<(&str, RenderedMail)> = vec![
            (
                "invitation",
                Invitation {
                    display_name: "Tove Ek".into(),
                    inviter_name: "Bo Samordnare".into(),
                    role_label: role_label(Role::Teacher, locale),
                    link: link("/account/accept-invitation"),
                    valid_hours: 168,
                }
                .render(locale, &stockholm())
                .unwrap(),
            ),
            (
                "invitation_reminder",
                InvitationReminder {
                    display_name: "Tove Ek".into(),
                    link: link("/account/accept-invitation"),
                    valid_hours: 168,
                }
                .render(locale, &stockholm())
                .unwrap(),
            ),
            (
                "verify_email",
                VerifyEmail {
                    display_name: "Alva Lind".into(),
                    link: link("/account/verify-email"),
                    valid_hours: 48,
                }
                .render(locale, &stockholm())
                .unwrap(),
            ),
            (
                "password_reset",
                PasswordReset {
                    display_name: "Alva Lind".into(),
                    link: link("/account/reset-password"),
                    valid_minutes: 60,
                }
                .render(locale, &stockholm())
                .unwrap(),
            ),
            (
                "password_changed",
                PasswordChanged {
                    display_name: "Alva Lind".into(),
                    reset_link: "https://utbyte.example.se/account/reset-password".into(),
                }
                .render(locale, &stockholm())
                .unwrap(),
            ),
            (
                "account_exists",
                AccountExists {
                    reset_link: "https://utbyte.example.se/account/reset-password".into(),
                }
                .render(locale, &stockholm())
                .unwrap(),
            ),
        ];
        let exchange_link = "https://utbyte.test/exchanges/0000-fictional";
        let decision_link = "https://utbyte.test/exchanges/0000-fictional/decision";
        mails.push((
            "exchange_submitted",
            ExchangeSubmitted {
                approver_name: "Rut Rektor".into(),
                teacher_name: "Tove Ek".into(),
                organisation_name: "Exempelskolan (fictional)".into(),
                title: "Språkveckan i Lyon".into(),
                dates: dates("2027-04-12 – 2027-04-16"),
                destination: lyon(),
                risk_label: data.risk_label.into(),
                due_date: at("2027-03-29 12:00"),
                link: decision_link.into(),
            }
            .render(locale, &stockholm())
            .unwrap(),
        ));
        for (name, decision, comment) in [
            ("exchange_decided_approved", "approved", None),
            (
                "exchange_decided_changes_requested",
                "changes_requested",
                Some(data.change_comment),
            ),
            (
                "exchange_decided_rejected",
                "rejected",
                Some("<b>Not</b> during the national tests."),
            ),
            ("exchange_decided_step_approved", "step_approved", None),
        ] {
            mails.push((
                name,
                ExchangeDecided {
                    teacher_name: "Tove Ek".into(),
                    title: "Språkveckan i Lyon".into(),
                    decision,
                    approver_name: "Rut Rektor".into(),
                    comment: comment.map(Into::into),
                    link: exchange_link.into(),
                }
                .render(locale, &stockholm())
                .unwrap(),
            ));
        }
        mails.push((
            "exchange_cancelled",
            ExchangeCancelled {
                recipient_name: "Alva Lind".into(),
                title: "Språkveckan i Lyon".into(),
                dates: dates("2027-04-12 – 2027-04-16"),
                cancelled_by: "Bo Samordnare".into(),
                reason: data.cancel_reason.into(),
            }
            .render(locale, &stockholm())
            .unwrap(),
        ));
        for (name, as_substitute, approver_name) in [
            ("approval_reminder", false, "Rut Rektor"),
            ("approval_reminder_substitute", true, "Sam Ställföreträdare"),
        ] {
            mails.push((
                name,
                ApprovalReminder {
                    approver_name: approver_name.into(),
                    title: "Språkveckan i Lyon".into(),
                    organisation_name: "Exempelskolan (fictional)".into(),
                    due_date: at("2027-03-29 12:00"),
                    as_substitute,
                    link: decision_link.into(),
                }
                .render(locale, &stockholm())
                .unwrap(),
            ));
        }
        for (name, days_left) in [("funding_deadline_30", 30), ("funding_deadline_7", 7)] {
            mails.push((
                name,
                FundingDeadline {
                    recipient_name: "Kim Exempel".into(),
                    title: "Språkveckan i Lyon".into(),
                    action: "KA152-YOU".into(),
                    applicant: "Exempelskolan (fictional)".into(),
                    deadline: crate::format::noon_in_brussels(day("2027-02-12")),
                    days_left,
                    status: crate::funding::records::status_label(
                        crate::funding::records::RecordStatus::Drafting,
                        locale,
                    ),
                }
                .render(locale, &stockholm())
                .unwrap(),
            ));
        }
        let participant = "Elsa Lind";
        let trip_dates = "2027-05-10 – 2027-05-14";
        let trip_title = "Naturlägret i Fjellvik";
        let changes = data
            .changes
            .iter()
            .map(|(what, before, after)| {
                (
                    (*what).to_owned(),
                    (*before).to_owned(),
                    (*after).to_owned(),
                )
            })
            .collect::<Vec<_>>();
        for (name, request_dates, changes, reminder) in [
            ("consent_request", trip_dates, vec![], false),
            (
                "consent_request_changed",
                "2027-05-17 – 2027-05-21",
                changes,
                false,
            ),
            ("consent_request_reminder", trip_dates, vec![], true),
        ] {
            mails.push((
                name,
                ConsentRequest {
                    organiser: organiser(true),
                    guardian_name: "Maria Lind".into(),
                    participant_name: participant.into(),
                    title: trip_title.into(),
                    dates: dates(request_dates),
                    destination: fjellvik(),
                    link: link("/consent"),
                    valid_until: at("2027-04-01 21:59"),
                    changes,
                    reminder,
                }
                .render(locale, &stockholm())
                .unwrap(),
            ));
        }
        let registrations_link = "https://utbyte.example.se/exchanges/1/registrations";
        mails.push((
            "consents_complete",
            ConsentsComplete {
                teacher_name: "Tove Ek".into(),
                title: trip_title.into(),
                dates: dates(trip_dates),
                confirmed: 12,
                link: registrations_link.into(),
            }
            .render(locale, &stockholm())
            .unwrap(),
        ));
        mails.push((
            "consent_link_expired",
            ConsentLinkExpired {
                teacher_name: "Tove Ek".into(),
                title: trip_title.into(),
                guardian_name: "Maria Lind".into(),
                participant_name: participant.into(),
                expired_at: at("2027-04-01 21:59"),
                link: registrations_link.into(),
            }
            .render(locale, &stockholm())
            .unwrap(),
        ));
        for (name, confirmed, awaiting_approval, photos) in [
            ("consent_received_confirmed", true, false, true),
            ("consent_received_awaiting", false, false, false),
            ("consent_received_awaiting_approval", false, true, false),
        ] {
            mails.push((
                name,
                ConsentReceived {
                    receipt: receipt(
                        locale,
                        participant,
                        trip_title,
                        photos,
                        link("/consent/withdraw"),
                    ),
                    confirmed,
                    awaiting_approval,
                }
                .render(locale, &stockholm())
                .unwrap(),
            ));
        }
        mails.push((
            "registration_confirmed",
            RegistrationConfirmed {
                organiser: organiser(true),
                recipient_name: "Maria Lind".into(),
                participant_name: participant.into(),
                title: trip_title.into(),
                dates: dates(trip_dates),
                destination: fjellvik(),
            }
            .render(locale, &stockholm())
            .unwrap(),
        ));
        mails.push((
            "place_offered",
            PlaceOffered {
                organiser: organiser(true),
                recipient_name: "Maria Lind".into(),
                participant_name: participant.into(),
                title: trip_title.into(),
                dates: dates(trip_dates),
                offer_expires: at("2027-04-20 10:00"),
                link: link("/consent"),
                by_consent: true,
            }
            .render(locale, &stockholm())
            .unwrap(),
        ));
        for (name, position, draw_date) in [
            ("waiting_list", Some(3), None),
            ("waiting_list_draw", None, Some("2027-03-15")),
        ] {
            mails.push((
                name,
                WaitingListed {
                    organiser: organiser(true),
                    recipient_name: "Maria Lind".into(),
                    participant_name: participant.into(),
                    title: trip_title.into(),
                    dates: dates(trip_dates),
                    position,
                    draw_date: draw_date.map(day),
                }
                .render(locale, &stockholm())
                .unwrap(),
            ));
        }
        for (name, reason, comment) in [
            (
                "registration_ended_cancelled",
                "cancelled",
                Some(data.ended_comment),
            ),
            ("registration_ended_offer_expired", "offer_expired", None),
            (
                "registration_ended_exchange_rejected",
                "exchange_rejected",
                None,
            ),
        ] {
            // One mail as when the teacher's account is gone: the school is the contact.
            let with_teacher = name != "registration_ended_exchange_rejected";
            mails.push((
                name,
                RegistrationEnded {
                    organiser: organiser(with_teacher),
                    recipient_name: "Maria Lind".into(),
                    participant_name: participant.into(),
                    title: trip_title.into(),
                    dates: dates(trip_dates),
                    reason,
                    comment: comment.map(Into::into),
                }
                .render(locale, &stockholm())
                .unwrap(),
            ));
        }
        mails
    }

    /// Every template in Swedish, English, Arabic (English text until it is translated,
    /// but marked right-to-left) and the pseudo-locale, as the recipient gets it. Tokens
    /// are minted for real and redacted, so the snapshots stay stable.
    #[test]
    fn rendered_mails_per_locale() {
        fn redact(text: &str) -> String {
            let mut out = String::new();
            let mut rest = text;
            while let Some(at) = rest.find("token=") {
                let (head, tail) = rest.split_at(at + "token=".len());
                out.push_str(head);
                let token_len = tail.chars().take_while(char::is_ascii_hexdigit).count();
                out.push_str("[token]");
                rest = &tail[token_len..];
            }
            out.push_str(rest);
            out
        }
        let link = |path: &str| {
            format!(
                "https://utbyte.example.se{path}?token={}",
                crate::tokens::mint().secret
            )
        };
        for locale in [Locale::Sv, Locale::En, Locale::Ar, Locale::Pseudo] {
            for (name, mail) in samples(locale, link) {
                let html_tag = format!(
                    r#"<html lang="{}" dir="{}">"#,
                    locale.code(),
                    locale.direction()
                );
                assert!(
                    mail.html.contains(&html_tag),
                    "{name} {locale:?}: {}",
                    mail.html
                );
                let shown = format!(
                    "Subject: {}\n\n--- text ---\n{}\n\n--- html ---\n{}",
                    mail.subject,
                    redact(&mail.text),
                    redact(&mail.html)
                );
                insta::assert_snapshot!(format!("{name}_{}", locale.code()), shown);
            }
        }
    }

    /// In the pseudo-locale every text from the catalogues is accented and in brackets, so
    /// a mail in it that still reads as plain letters once the values passed in, the links
    /// and the bracketed texts are taken out has text that bypasses the catalogues.
    #[test]
    fn every_mail_text_comes_from_the_catalogues() {
        /// Words allowed outside the catalogues: none so far (the product's name, in the
        /// page title, comes from the catalogue too).
        const ALLOWED: &[&str] = &[];

        fn escaped(value: &str) -> String {
            value
                .replace('&', "&#38;")
                .replace('<', "&#60;")
                .replace('>', "&#62;")
                .replace('"', "&#34;")
                .replace('\'', "&#39;")
        }
        fn without_urls(text: &str) -> String {
            let mut out = String::new();
            let mut rest = text;
            while let Some(at) = rest.find("http") {
                out.push_str(&rest[..at]);
                let tail = &rest[at..];
                let end = tail
                    .find(|c: char| c.is_whitespace() || matches!(c, '"' | '<' | '>' | ']' | ')'))
                    .unwrap_or(tail.len());
                rest = &tail[end..];
            }
            out.push_str(rest);
            out
        }
        /// Takes out `[...]` segments, innermost first (a label from the catalogue can sit
        /// in a sentence from it).
        fn without_brackets(text: &str) -> String {
            let mut text = text.to_owned();
            while let Some(close) = text.find(']') {
                let Some(open) = text[..close].rfind('[') else {
                    break;
                };
                text.replace_range(open..=close, "");
            }
            text
        }
        fn without(text: &str, open: char, close: char) -> String {
            let mut out = String::new();
            let mut inside = false;
            for c in text.chars() {
                match c {
                    c if c == open => inside = true,
                    c if c == close && inside => inside = false,
                    c if !inside => out.push(c),
                    _ => {}
                }
            }
            out
        }

        let mut values: Vec<String> = SAMPLE_VALUES.iter().map(|v| (*v).to_owned()).collect();
        let data = ENGLISH_DATA;
        values.extend(
            [
                data.risk_label,
                data.change_comment,
                data.cancel_reason,
                data.ended_comment,
                // Towns, and countries as CLDR names them (data, not catalogue text).
                "Lyon (fictional)",
                "Fjellvik",
                "France",
                "Norway",
            ]
            .map(str::to_owned),
        );
        values.extend(
            data.changes
                .iter()
                .flat_map(|(what, before, after)| [*what, *before, *after])
                .map(str::to_owned),
        );
        // When the receipt's consent was given: a time as data, formatted by ICU.
        values.push(format::date_time(
            Locale::Pseudo,
            &stockholm(),
            at("2027-03-02 18:45"),
        ));
        values.sort_by_key(|v| std::cmp::Reverse(v.len()));
        let link = |path: &str| format!("https://utbyte.example.se{path}?token=abc123");
        for (name, mail) in samples(Locale::Pseudo, link) {
            for (part, body) in [
                ("subject", mail.subject.clone()),
                ("text", mail.text.clone()),
                ("html", mail.html.clone()),
            ] {
                let mut rest = without_urls(&body);
                for value in &values {
                    rest = rest
                        .replace(value.as_str(), "")
                        .replace(&escaped(value), "");
                }
                rest = without_brackets(&rest);
                // Markup, then character references (&#39; and the like).
                rest = without(&rest, '<', '>');
                rest = without(&rest, '&', ';');
                for allowed in ALLOWED {
                    rest = rest.replace(allowed, "");
                }
                let letters: Vec<&str> = rest
                    .split(|c: char| !c.is_ascii_alphabetic())
                    .filter(|word| word.len() >= 2)
                    .collect();
                assert!(
                    letters.is_empty(),
                    "{name} ({part}) has text outside the catalogues: {letters:?} in {rest:?}\n{body}"
                );
            }
        }
    }

    /// A mail about a child that names no school reads like phishing: each one names the
    /// school, its municipality and the teacher with an address to write to, in every
    /// language, text and HTML alike.
    #[test]
    fn every_mail_about_a_child_names_its_school_municipality_and_teacher() {
        const ABOUT_A_CHILD: &[&str] = &[
            "consent_request",
            "consent_received",
            "registration_confirmed",
            "place_offered",
            "waiting_list",
            "registration_ended",
        ];
        let link = |path: &str| format!("https://utbyte.example.se{path}?token=abc123");
        for locale in Locale::ALL.iter().copied().chain([Locale::Pseudo]) {
            let mails: Vec<_> = samples(locale, link)
                .into_iter()
                .filter(|(name, _)| ABOUT_A_CHILD.iter().any(|m| name.starts_with(m)))
                .collect();
            assert_eq!(
                mails.len(),
                13,
                "{locale:?}: every variant of the six mails"
            );
            for (name, mail) in mails {
                let teacher_gone = name == "registration_ended_exchange_rejected";
                for (part, body) in [("text", &mail.text), ("html", &mail.html)] {
                    assert!(
                        body.contains("Exempelskolan (fictional)")
                            && body.contains("Exempelby kommun (fictional)"),
                        "{name} {locale:?} {part} names no school or municipality:\n{body}"
                    );
                    assert_eq!(
                        body.contains("Tove Ek") && body.contains("tove.ek@exempelskolan.example"),
                        !teacher_gone,
                        "{name} {locale:?} {part}: the teacher and her address\n{body}"
                    );
                }
            }
        }
    }

    /// A waiting list or an offered place must never read as a confirmed place; the only
    /// mention of confirmation allowed is the explicit negation.
    #[test]
    fn waiting_list_and_offer_mails_never_read_as_confirmations() {
        for locale in [Locale::Sv, Locale::En] {
            let waiting = |position: Option<i64>, draw_date: Option<&str>| WaitingListed {
                organiser: organiser(true),
                recipient_name: "Maria Lind".into(),
                participant_name: "Elsa Lind".into(),
                title: "Naturlägret i Fjellvik".into(),
                dates: dates("2027-05-10 – 2027-05-14"),
                position,
                draw_date: draw_date.map(day),
            };
            let mut mails = vec![
                (
                    "waiting_list",
                    waiting(Some(3), None).render(locale, &stockholm()).unwrap(),
                ),
                (
                    "waiting_list_draw",
                    waiting(None, Some("2027-03-15"))
                        .render(locale, &stockholm())
                        .unwrap(),
                ),
                (
                    "waiting_list_draw_undated",
                    waiting(None, None).render(locale, &stockholm()).unwrap(),
                ),
            ];
            for by_consent in [true, false] {
                mails.push((
                    "place_offered",
                    PlaceOffered {
                        organiser: organiser(true),
                        recipient_name: "Maria Lind".into(),
                        participant_name: "Elsa Lind".into(),
                        title: "Naturlägret i Fjellvik".into(),
                        dates: dates("2027-05-10 – 2027-05-14"),
                        offer_expires: at("2027-04-20 10:00"),
                        link: "https://utbyte.example.se/consent?token=abc".into(),
                        by_consent,
                    }
                    .render(locale, &stockholm())
                    .unwrap(),
                ));
            }
            let negation = match locale {
                Locale::Sv => "Detta är ingen bekräftelse på en plats.",
                _ => "This is not a confirmation of a place.",
            };
            for (name, mail) in mails {
                if name.starts_with("waiting_list") {
                    assert!(
                        mail.text.contains(negation),
                        "{name} {locale:?}: {}",
                        mail.text
                    );
                    assert!(
                        mail.html.contains(negation),
                        "{name} {locale:?}: {}",
                        mail.html
                    );
                }
                for (part, body) in [
                    ("subject", &mail.subject),
                    ("text", &mail.text),
                    ("html", &mail.html),
                ] {
                    let rest = body.replace(negation, "").to_lowercase();
                    for word in ["confirm", "bekräft"] {
                        assert!(
                            !rest.contains(word),
                            "{name} {locale:?} {part} mentions {word:?}: {body}"
                        );
                    }
                }
            }

            let changes = vec![
                (
                    "Datum".to_owned(),
                    "2027-05-10 – 2027-05-14".to_owned(),
                    "2027-05-17 – 2027-05-21".to_owned(),
                ),
                (
                    "Boende".to_owned(),
                    "Vandrarhem".to_owned(),
                    "Värdfamiljer".to_owned(),
                ),
            ];
            let request = ConsentRequest {
                organiser: organiser(true),
                guardian_name: "Maria Lind".into(),
                participant_name: "Elsa Lind".into(),
                title: "Naturlägret i Fjellvik".into(),
                dates: dates("2027-05-17 – 2027-05-21"),
                destination: fjellvik(),
                link: "https://utbyte.example.se/consent?token=abc".into(),
                valid_until: at("2027-04-01 21:59"),
                changes: changes.clone(),
                reminder: false,
            }
            .render(locale, &stockholm())
            .unwrap();
            for (what, before, after) in &changes {
                let pair = format!("{what}: {before} → {after}");
                assert!(
                    request.text.contains(&pair),
                    "{locale:?} text lacks {pair:?}: {}",
                    request.text
                );
                assert!(
                    request.html.contains(&pair),
                    "{locale:?} html lacks {pair:?}: {}",
                    request.html
                );
            }
            let (sv_subject, en_subject) = (
                "Utbytet Naturlägret i Fjellvik har ändrats – nytt samtycke behövs",
                "The exchange Naturlägret i Fjellvik has changed – new consent needed",
            );
            match locale {
                Locale::Sv => assert_eq!(request.subject, sv_subject),
                _ => assert_eq!(request.subject, en_subject),
            }
        }
    }
}
