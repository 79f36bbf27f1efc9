//! Who hears about a registration, and the words for the trip in each mail.
use sea_orm::{ConnectionTrait, EntityTrait};
use uuid::Uuid;

use super::people::Youth;
use crate::{
    directory::{
        organisations,
        places::{find_municipality, find_town},
    },
    entities::{exchanges, users},
    error::DomainResult,
    exchanges::approvals::dates_of,
    mail::{self, Contact, Envelope, MailTemplate, Organiser},
    privacy_notices::PRIVACY_PATH,
    services::Services,
    types::Locale,
};

/// Someone a registration's mail goes to.
#[derive(Debug, Clone)]
pub struct Recipient {
    pub name: String,
    pub email: String,
    pub locale: Locale,
    pub user_id: Option<Uuid>,
}

/// The guardians on record and the young person's own account, each once.
/// Nobody while the young person's data is restricted: it is not processed, not even for mail.
pub async fn family(db: &impl ConnectionTrait, youth: &Youth) -> DomainResult<Vec<Recipient>> {
    if youth.profile.restricted_at.is_some() {
        return Ok(Vec::new());
    }
    let mut recipients: Vec<Recipient> = youth
        .guardians
        .iter()
        .map(|g| Recipient {
            name: g.display_name.clone(),
            email: g.email.clone(),
            locale: Locale::from_stored(&g.locale),
            user_id: g.user_id,
        })
        .collect();
    if let Some(user_id) = youth.profile.user_id
        && let Some(user) = users::Entity::find_by_id(user_id).one(db).await?
        && !recipients.iter().any(|r| r.email == user.email)
    {
        recipients.push(Recipient {
            name: user.display_name,
            email: user.email,
            locale: Locale::from_stored(&user.locale),
            user_id: Some(user.id),
        });
    }
    Ok(recipients)
}

/// The exchange as the mails name it, and who they come from.
pub struct Trip {
    pub dates: crate::mail::Dates,
    pub destination: crate::mail::Place,
    pub organiser: Organiser,
    /// From the municipality's sender when it has one; replies go to the teacher.
    pub envelope: Envelope,
}

/// The trip's dates and place, the school or youth group that sends it, its municipality,
/// the teacher who proposed it, and where its privacy notice reads.
pub async fn trip(
    services: &Services,
    db: &impl ConnectionTrait,
    exchange: &exchanges::Model,
) -> DomainResult<Trip> {
    let town = find_town(db, exchange.destination_town_id).await?;
    let organisation = organisations::find(db, exchange.sending_organisation_id).await?;
    let municipality = find_municipality(db, exchange.municipality_id).await?;
    let teacher = match exchange.created_by {
        Some(id) => users::Entity::find_by_id(id).one(db).await?,
        None => None,
    };
    let envelope = Envelope::of(
        &municipality,
        teacher.as_ref().map(|user| user.email.as_str()),
    );
    Ok(Trip {
        dates: dates_of(exchange),
        destination: crate::mail::Place::of(&town),
        organiser: Organiser {
            organisation: organisation.name,
            municipality: municipality.name,
            teacher: teacher.map(|user| Contact {
                name: user.display_name,
                email: user.email,
            }),
            privacy_notice: services.page(&format!("{PRIVACY_PATH}/{}", municipality.id)),
        },
        envelope,
    })
}

/// Queues one mail per recipient about `trip`, built for each in their language; `key`
/// makes each mail once-only per business event.
pub async fn tell<T: MailTemplate>(
    db: &impl ConnectionTrait,
    trip: &Trip,
    recipients: &[Recipient],
    key: &str,
    build: impl Fn(&Recipient) -> T,
) -> DomainResult<()> {
    for recipient in recipients {
        mail::enqueue_as(
            db,
            &recipient.email,
            recipient.locale,
            recipient.user_id,
            format!("{key}:{}", recipient.email),
            &build(recipient),
            &trip.envelope,
        )
        .await?;
    }
    Ok(())
}
