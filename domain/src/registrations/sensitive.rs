//! Medical and emergency information: read only by the exchange's leaders and the
//! municipality's coordinators, and every read (and roster export) is an audit event
//! written in the same transaction as the read.
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde_json::json;
use uuid::Uuid;

use super::{
    access::{exchange_refusal, find_youth, refuse_if_restricted, runs_exchange},
    people,
    registering::{find_registration, record, refusal},
    rules::RegistrationState,
};
use crate::{
    db::begin_write,
    entities::{medical_information, registrations, youth_profiles},
    error::DomainResult,
    exchanges::proposals,
    funding::export::write as write_csv,
    principal::{Principal, RequestMeta},
    services::Services,
};

/// One emergency contact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmergencyContact {
    pub name: String,
    pub relation: String,
    pub phone: String,
}

pub fn contacts_of(medical: &medical_information::Model) -> Vec<EmergencyContact> {
    medical
        .emergency_contacts
        .as_array()
        .into_iter()
        .flatten()
        .map(|c| EmergencyContact {
            name: c["name"].as_str().unwrap_or_default().to_owned(),
            relation: c["relation"].as_str().unwrap_or_default().to_owned(),
            phone: c["phone"].as_str().unwrap_or_default().to_owned(),
        })
        .collect()
}

/// The medical information of one registration (None when none was given yet). Refused to
/// anyone but the exchange's leaders and the municipality's coordinators.
pub async fn medical_information(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    registration_id: Uuid,
) -> DomainResult<Option<medical_information::Model>> {
    let txn = begin_write(&services.db).await?;
    let registration = find_registration(&txn, registration_id).await?;
    let exchange = proposals::find(&txn, registration.exchange_id).await?;
    if !runs_exchange(&txn, principal, &exchange).await? {
        return Err(refusal(&txn, principal, &exchange, &registration).await?);
    }
    refuse_if_restricted(&find_youth(&txn, registration.youth_id).await?)?;
    let medical = medical_information::Entity::find_by_id(registration_id)
        .one(&txn)
        .await?;
    record(
        &txn,
        meta,
        Some(principal.user_id),
        "medical_information_read",
        &registration,
        json!({ "youth_id": registration.youth_id, "present": medical.is_some() }),
    )
    .await?;
    txn.commit().await?;
    Ok(medical)
}

/// The roster of an exchange as CSV: everyone holding a place, with guardians, emergency
/// contacts, allergies, medication and dietary needs, for the leaders to carry on the trip.
pub async fn roster_csv(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    exchange_id: Uuid,
) -> DomainResult<String> {
    let txn = begin_write(&services.db).await?;
    let exchange = proposals::find(&txn, exchange_id).await?;
    if !runs_exchange(&txn, principal, &exchange).await? {
        return Err(exchange_refusal(&txn, principal, &exchange).await?);
    }
    let rows = registrations::Entity::find()
        .filter(registrations::Column::ExchangeId.eq(exchange_id))
        .filter(registrations::Column::State.is_in([
            RegistrationState::Confirmed.code(),
            RegistrationState::PendingConsent.code(),
        ]))
        .order_by_asc(registrations::Column::CreatedAt)
        .all(&txn)
        .await?;
    // A restricted person's data is kept, not processed: they are left off the roster.
    let restricted: Vec<uuid::Uuid> = youth_profiles::Entity::find()
        .filter(youth_profiles::Column::Id.is_in(rows.iter().map(|r| r.youth_id)))
        .filter(youth_profiles::Column::RestrictedAt.is_not_null())
        .all(&txn)
        .await?
        .into_iter()
        .map(|y| y.id)
        .collect();
    let left_out = rows.len();
    let rows: Vec<_> = rows
        .into_iter()
        .filter(|r| !restricted.contains(&r.youth_id))
        .collect();
    let left_out = left_out - rows.len();
    let mut csv = vec![
        [
            "participant",
            "date_of_birth",
            "state",
            "guardians",
            "emergency_contacts",
            "allergies",
            "medication",
            "dietary_needs",
            "medical_notes",
        ]
        .map(str::to_owned)
        .to_vec(),
    ];
    for registration in &rows {
        let youth = people::load(&txn, registration.youth_id).await?;
        let medical = medical_information::Entity::find_by_id(registration.id)
            .one(&txn)
            .await?;
        let guardians = youth
            .guardians
            .iter()
            .map(|g| format!("{} <{}>", g.display_name, g.email))
            .collect::<Vec<_>>()
            .join("; ");
        let (contacts, allergies, medication, dietary, notes) = match &medical {
            Some(m) => (
                contacts_of(m)
                    .iter()
                    .map(|c| format!("{} ({}) {}", c.name, c.relation, c.phone))
                    .collect::<Vec<_>>()
                    .join("; "),
                m.allergies.clone(),
                m.medication.clone(),
                m.dietary_needs.clone(),
                m.medical_notes.clone(),
            ),
            None => Default::default(),
        };
        csv.push(vec![
            youth.profile.display_name.clone(),
            youth.profile.date_of_birth.to_string(),
            registration.state.clone(),
            guardians,
            contacts,
            allergies,
            medication,
            dietary,
            notes,
        ]);
    }
    crate::audit::record(
        &txn,
        meta,
        crate::audit::AuditEvent {
            actor_id: Some(principal.user_id),
            action: crate::audit::ROSTER_EXPORTED,
            subject_type: "exchange",
            subject_id: Some(exchange_id),
            // Every child listed: the audit views and the access export find the export
            // under each of them.
            details: json!({
                "rows": rows.len(),
                "restricted_left_out": left_out,
                "youth_ids": rows.iter().map(|r| r.youth_id).collect::<Vec<_>>(),
            }),
        },
    )
    .await?;
    let text = write_csv(csv)?;
    txn.commit().await?;
    Ok(text)
}
