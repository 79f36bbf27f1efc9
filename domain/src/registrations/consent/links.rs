//! A guardian's single-use links: minted, mailed, opened without being used up, redeemed
//! by one conditional UPDATE.
use super::*;

/// Links expire after the configured time, and at departure at the latest.
pub fn link_expiry(
    services: &Services,
    exchange: &exchanges::Model,
) -> DomainResult<DateTime<Utc>> {
    let valid_for = chrono::Duration::from_std(services.settings.consent_link_valid_for)
        .map_err(anyhow::Error::from)?;
    Ok(Ord::min(Utc::now() + valid_for, departure(exchange)))
}

/// Revokes a registration's unused links (one guardian's, or everyone's).
pub async fn revoke_links(
    db: &impl ConnectionTrait,
    registration_id: Uuid,
    guardian_id: Option<Uuid>,
) -> DomainResult<()> {
    let mut update = consent_links::Entity::update_many()
        .col_expr(consent_links::Column::RevokedAt, Expr::value(Utc::now()))
        .filter(consent_links::Column::RegistrationId.eq(registration_id))
        .filter(consent_links::Column::UsedAt.is_null())
        .filter(consent_links::Column::RevokedAt.is_null());
    if let Some(guardian) = guardian_id {
        update = update.filter(consent_links::Column::GuardianId.eq(guardian));
    }
    update.exec(db).await?;
    Ok(())
}

pub(super) async fn mint_link(
    db: &impl ConnectionTrait,
    registration_id: Uuid,
    guardian_id: Uuid,
    purpose: LinkPurpose,
    changes: Option<Value>,
    expires_at: DateTime<Utc>,
) -> DomainResult<(Uuid, String)> {
    // Only the newest link of a purpose works: a resent link replaces the old one.
    consent_links::Entity::update_many()
        .col_expr(consent_links::Column::RevokedAt, Expr::value(Utc::now()))
        .filter(consent_links::Column::RegistrationId.eq(registration_id))
        .filter(consent_links::Column::GuardianId.eq(guardian_id))
        .filter(consent_links::Column::Purpose.eq(purpose.code()))
        .filter(consent_links::Column::UsedAt.is_null())
        .filter(consent_links::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    let token = tokens::mint();
    let id = Uuid::now_v7();
    consent_links::Entity::insert(consent_links::ActiveModel {
        id: Set(id),
        registration_id: Set(registration_id),
        guardian_id: Set(guardian_id),
        purpose: Set(purpose.code().to_owned()),
        token_hash: Set(token.hash),
        changes: Set(changes),
        created_at: Set(Utc::now()),
        expires_at: Set(expires_at),
        used_at: Set(None),
        revoked_at: Set(None),
        requested_at: Set(None),
        reminders_sent: Set(0),
        expiry_handled_at: Set(None),
    })
    .exec_without_returning(db)
    .await?;
    Ok((id, token.secret))
}

/// Sends every guardian a new consent link (replacing any earlier one) and, when `mail`,
/// the e-mail asking for consent; returns each guardian's (e-mail, link).
pub async fn send_links(
    services: &Services,
    db: &impl ConnectionTrait,
    registration: &registrations::Model,
    youth: &Youth,
    changes: Option<Value>,
    expires_at: DateTime<Utc>,
    mail: bool,
) -> DomainResult<Vec<(String, String)>> {
    // A restricted person's data is not processed: no links, no mails.
    if youth.profile.restricted_at.is_some() {
        return Ok(Vec::new());
    }
    let exchange = proposals::find(db, registration.exchange_id).await?;
    let trip = notify::trip(services, db, &exchange).await?;
    let mut links = Vec::new();
    for guardian in &youth.guardians {
        let (link_id, secret) = mint_link(
            db,
            registration.id,
            guardian.id,
            LinkPurpose::Consent,
            changes.clone(),
            expires_at,
        )
        .await?;
        let request = Request {
            exchange: &exchange,
            trip: &trip,
            youth,
            guardian,
            secret: &secret,
            changes: changes.as_ref(),
            expires_at,
            reminder: false,
        };
        if mail {
            request
                .queue(services, db, format!("consent_request:{link_id}"))
                .await?;
        }
        links.push((guardian.email.clone(), request.link(services)));
    }
    Ok(links)
}

/// A mail asking one guardian for consent through a freshly minted link.
pub(super) struct Request<'a> {
    pub exchange: &'a exchanges::Model,
    pub trip: &'a notify::Trip,
    pub youth: &'a Youth,
    pub guardian: &'a guardians::Model,
    pub secret: &'a str,
    pub changes: Option<&'a Value>,
    pub expires_at: DateTime<Utc>,
    /// A reminder of an unanswered request (another subject and opening line).
    pub reminder: bool,
}

impl Request<'_> {
    /// The page opens in the guardian's language, even when the link no longer works.
    fn link(&self, services: &Services) -> String {
        services.link_in(
            CONSENT_PATH,
            self.secret,
            Locale::from_stored(&self.guardian.locale),
        )
    }

    /// Queues the mail once per `dedup_key`; false when it was queued before.
    pub async fn queue(
        &self,
        services: &Services,
        db: &impl ConnectionTrait,
        dedup_key: String,
    ) -> DomainResult<bool> {
        let locale = Locale::from_stored(&self.guardian.locale);
        let described = match self.changes {
            Some(changes) => describe_changes(db, changes, locale).await?,
            None => Vec::new(),
        };
        crate::mail::enqueue_as(
            db,
            &self.guardian.email,
            locale,
            self.guardian.user_id,
            dedup_key,
            &ConsentRequest {
                guardian_name: self.guardian.display_name.clone(),
                participant_name: self.youth.profile.display_name.clone(),
                title: title_for(self.exchange, locale),
                organiser: self.trip.organiser.clone(),
                dates: self.trip.dates,
                destination: self.trip.destination.clone(),
                link: self.link(services),
                valid_until: self.expires_at,
                changes: described,
                reminder: self.reminder,
            },
            &self.trip.envelope,
        )
        .await
    }
}

/// What the consent page shows for a link.
pub struct LinkPage {
    pub purpose: LinkPurpose,
    /// The page's language: the one asked for, else the guardian's.
    pub locale: Locale,
    /// The zone the page's times read in: the guardian's account's, else Europe/Stockholm.
    pub time_zone: crate::format::TimeZone,
    pub guardian: guardians::Model,
    pub youth: youth_profiles::Model,
    pub registration: registrations::Model,
    pub exchange: exchanges::Model,
    pub title: String,
    pub destination: String,
    pub organisation_name: String,
    /// The teacher who arranges it (and the number of adult leaders in `exchange.leaders`).
    pub teacher_name: Option<String>,
    /// School trips are free of charge: any contribution is voluntary.
    pub contributions_are_voluntary: bool,
    pub travel_text: consent_texts::Model,
    pub photos_text: consent_texts::Model,
    /// The municipality's privacy notice in the page's language; the consent records it.
    pub notice: crate::privacy_notices::Shown,
    /// What changed since an earlier consent, as (what, before, after) in the page's language.
    pub changes: Vec<(String, String, String)>,
    pub expires_at: DateTime<Utc>,
    /// This guardian's photo permission stands (the form starts ticked, so that consenting
    /// again after a change does not withdraw it unasked).
    pub photos_given: bool,
    /// Medical information already on record, oldest first.
    pub on_record: Vec<OnRecord>,
}

/// Medical information on record as a consent page names it: who gave it, when, and which
/// fields they filled in, never what those say. A link may be forwarded, and no guardian's
/// page shows medical text back, not even their own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OnRecord {
    /// The guardian's name; None when they are no longer on record.
    pub given_by: Option<String>,
    /// Given by the guardian whose link this is (their new form replaces it).
    pub yours: bool,
    pub given_at: DateTime<Utc>,
    /// The form's field names that were filled in, `contacts` for emergency contacts.
    pub fields: Vec<&'static str>,
}

/// What a consent page says is on record, from every guardian's statement.
fn on_record(
    statements: &[medical_information::Model],
    guardians: &[guardians::Model],
    guardian_id: Uuid,
) -> Vec<OnRecord> {
    statements
        .iter()
        .map(|m| OnRecord {
            given_by: guardians
                .iter()
                .find(|g| Some(g.id) == m.updated_by_guardian)
                .map(|g| g.display_name.clone()),
            yours: m.updated_by_guardian == Some(guardian_id),
            given_at: m.updated_at,
            fields: [
                ("medicalNotes", !m.medical_notes.trim().is_empty()),
                ("allergies", !m.allergies.trim().is_empty()),
                ("medication", !m.medication.trim().is_empty()),
                ("dietaryNeeds", !m.dietary_needs.trim().is_empty()),
                (
                    "contacts",
                    !crate::registrations::sensitive::contacts_of(m).is_empty(),
                ),
            ]
            .into_iter()
            .filter_map(|(field, filled)| filled.then_some(field))
            .collect(),
        })
        .collect()
}

pub(super) fn invalid_link() -> DomainError {
    DomainError::field(
        "token",
        "invalid_or_expired_link",
        "this link is invalid, already used or expired",
    )
}

/// The link a token opens, if it is still usable (not used, not replaced, not expired).
pub(super) async fn usable_link(
    db: &impl ConnectionTrait,
    secret: &str,
    purpose: LinkPurpose,
) -> DomainResult<consent_links::Model> {
    if !tokens::looks_valid(secret) {
        return Err(invalid_link());
    }
    consent_links::Entity::find()
        .filter(consent_links::Column::TokenHash.eq(tokens::hash(secret)))
        .filter(consent_links::Column::Purpose.eq(purpose.code()))
        .filter(consent_links::Column::UsedAt.is_null())
        .filter(consent_links::Column::RevokedAt.is_null())
        .filter(Expr::col(consent_links::Column::ExpiresAt).gt(Utc::now()))
        .one(db)
        .await?
        .ok_or_else(invalid_link)
}

/// Reads what a link's page shows, without using the link up, in the language asked for
/// or else the guardian's own.
pub async fn open_link(
    services: &Services,
    secret: &str,
    purpose: LinkPurpose,
    asked: Option<Locale>,
) -> DomainResult<LinkPage> {
    let db = &services.db;
    let link = usable_link(db, secret, purpose).await?;
    let registration = find_registration(db, link.registration_id).await?;
    if RegistrationState::from_code(&registration.state).is_none_or(RegistrationState::has_ended) {
        return Err(invalid_link());
    }
    let guardian = guardians::Entity::find_by_id(link.guardian_id)
        .one(db)
        .await?
        .ok_or_else(invalid_link)?;
    let locale = asked.unwrap_or_else(|| Locale::from_stored(&guardian.locale));
    let youth = find_youth(db, registration.youth_id).await?;
    // While the data is restricted, no consent is given; withdrawing still works.
    if youth.restricted_at.is_some() && purpose != LinkPurpose::Withdraw {
        return Err(invalid_link());
    }
    let exchange = proposals::find(db, registration.exchange_id).await?;
    let town = find_town(db, exchange.destination_town_id).await?;
    let organisation = organisations::find(db, exchange.sending_organisation_id).await?;
    let teacher_name = match exchange.created_by {
        Some(id) => users::Entity::find_by_id(id)
            .one(db)
            .await?
            .map(|u| u.display_name),
        None => None,
    };
    let changes = match &link.changes {
        Some(changes) => describe_changes(db, changes, locale).await?,
        None => Vec::new(),
    };
    let photos_given = status_of(db, &exchange, &registration)
        .await?
        .guardians
        .iter()
        .any(|g| g.guardian_id == guardian.id && g.photos);
    let on_record = if purpose == LinkPurpose::Consent {
        let statements =
            crate::registrations::sensitive::statements_of(db, registration.id).await?;
        let family = people::load(db, registration.youth_id).await?.guardians;
        on_record(&statements, &family, guardian.id)
    } else {
        Vec::new()
    };
    let time_zone = crate::accounts::time_zone_of(db, guardian.user_id).await?;
    let notice =
        crate::privacy_notices::shown(services, db, exchange.municipality_id, locale, &time_zone)
            .await?;
    Ok(LinkPage {
        locale,
        time_zone,
        notice,
        photos_given,
        on_record,
        purpose,
        title: title_for(&exchange, locale),
        destination: format!(
            "{}, {} ({})",
            exchange.venue,
            town.english_name.clone().unwrap_or(town.local_name),
            crate::format::country(locale, &town.country)
        ),
        contributions_are_voluntary: organisation.kind == "school",
        organisation_name: organisation.name,
        teacher_name,
        travel_text: current_text(db, ConsentKind::Travel, locale).await?,
        photos_text: current_text(db, ConsentKind::Photos, locale).await?,
        changes,
        expires_at: link.expires_at,
        guardian,
        youth,
        registration,
        exchange,
    })
}

/// Redeems a link by one conditional UPDATE: of two concurrent uses exactly one succeeds.
pub(super) async fn redeem(
    txn: &DatabaseTransaction,
    secret: &str,
    purpose: LinkPurpose,
) -> DomainResult<consent_links::Model> {
    let link = usable_link(txn, secret, purpose).await?;
    let now = Utc::now();
    let used = consent_links::Entity::update_many()
        .col_expr(consent_links::Column::UsedAt, Expr::value(now))
        .filter(consent_links::Column::Id.eq(link.id))
        .filter(consent_links::Column::UsedAt.is_null())
        .filter(consent_links::Column::RevokedAt.is_null())
        .filter(Expr::col(consent_links::Column::ExpiresAt).gt(now))
        .exec(txn)
        .await?;
    if used.rows_affected != 1 {
        return Err(invalid_link());
    }
    Ok(link)
}
