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
    csv_files::CsvForm,
    db::begin_write,
    entities::{guardians, medical_information, registrations, youth_profiles},
    error::DomainResult,
    exchanges::proposals,
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

/// What the leaders act on: everything every guardian gave, each distinct text once (in the
/// order given) and every emergency contact once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MedicalUnion {
    pub medical_notes: String,
    pub allergies: String,
    pub medication: String,
    pub dietary_needs: String,
    pub emergency_contacts: Vec<EmergencyContact>,
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

/// The medical information of one registration: what each guardian gave (oldest first, with
/// the guardian's name while they are on record), and the union of it.
#[derive(Debug, Clone)]
pub struct MedicalRecord {
    pub registration_id: Uuid,
    pub statements: Vec<(medical_information::Model, Option<String>)>,
    pub union: MedicalUnion,
}

/// The union of guardians' statements, oldest first; None when nobody gave any.
pub fn union_of(statements: &[medical_information::Model]) -> Option<MedicalUnion> {
    let last = statements.iter().map(|m| m.updated_at).max()?;
    let join = |field: fn(&medical_information::Model) -> &str| {
        let mut texts: Vec<&str> = Vec::new();
        for text in statements.iter().map(field).map(str::trim) {
            if !text.is_empty() && !texts.contains(&text) {
                texts.push(text);
            }
        }
        texts.join("\n")
    };
    let mut contacts: Vec<EmergencyContact> = Vec::new();
    for contact in statements.iter().flat_map(contacts_of) {
        if !contacts.contains(&contact) {
            contacts.push(contact);
        }
    }
    Some(MedicalUnion {
        medical_notes: join(|m| &m.medical_notes),
        allergies: join(|m| &m.allergies),
        medication: join(|m| &m.medication),
        dietary_needs: join(|m| &m.dietary_needs),
        emergency_contacts: contacts,
        updated_at: last,
    })
}

/// Every guardian's statement for a registration, oldest first.
pub(crate) async fn statements_of(
    db: &impl sea_orm::ConnectionTrait,
    registration_id: Uuid,
) -> DomainResult<Vec<medical_information::Model>> {
    Ok(medical_information::Entity::find()
        .filter(medical_information::Column::RegistrationId.eq(registration_id))
        .order_by_asc(medical_information::Column::UpdatedAt)
        .order_by_asc(medical_information::Column::Id)
        .all(db)
        .await?)
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
) -> DomainResult<Option<MedicalRecord>> {
    let txn = begin_write(&services.db).await?;
    let registration = find_registration(&txn, registration_id).await?;
    let exchange = proposals::find(&txn, registration.exchange_id).await?;
    if !runs_exchange(&txn, principal, &exchange).await? {
        return Err(refusal(&txn, principal, &exchange, &registration).await?);
    }
    refuse_if_restricted(&find_youth(&txn, registration.youth_id).await?)?;
    let statements = statements_of(&txn, registration_id).await?;
    let names: Vec<guardians::Model> = guardians::Entity::find()
        .filter(
            guardians::Column::Id.is_in(statements.iter().filter_map(|m| m.updated_by_guardian)),
        )
        .all(&txn)
        .await?;
    let medical = union_of(&statements).map(|union| MedicalRecord {
        registration_id,
        statements: statements
            .into_iter()
            .map(|m| {
                let name = names
                    .iter()
                    .find(|g| Some(g.id) == m.updated_by_guardian)
                    .map(|g| g.display_name.clone());
                (m, name)
            })
            .collect(),
        union,
    });
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

/// One participant on the roster, as the leaders carry it on the trip.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RosterRow {
    pub participant: String,
    pub date_of_birth: chrono::NaiveDate,
    pub state: RegistrationState,
    /// Each guardian as "name <e-mail>".
    pub guardians: Vec<String>,
    pub emergency_contacts: Vec<EmergencyContact>,
    /// What every guardian gave; None when nobody gave any yet.
    pub medical: Option<MedicalUnion>,
}

/// The roster of an exchange: everyone holding a place, with guardians, emergency contacts,
/// allergies, medication and dietary needs, for the leaders to carry on the trip. Only the
/// exchange's leaders and coordinators; every read is a `roster_exported` audit event.
pub async fn roster(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    exchange_id: Uuid,
) -> DomainResult<Vec<RosterRow>> {
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
    let mut roster = Vec::with_capacity(rows.len());
    for registration in &rows {
        let youth = people::load(&txn, registration.youth_id).await?;
        let medical = union_of(&statements_of(&txn, registration.id).await?);
        roster.push(RosterRow {
            participant: youth.profile.display_name.clone(),
            date_of_birth: youth.profile.date_of_birth,
            state: RegistrationState::from_code(&registration.state)
                .unwrap_or(RegistrationState::PendingConsent),
            guardians: youth
                .guardians
                .iter()
                .map(|g| format!("{} <{}>", g.display_name, g.email))
                .collect(),
            emergency_contacts: medical
                .as_ref()
                .map(|m| m.emergency_contacts.clone())
                .unwrap_or_default(),
            medical,
        });
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
    txn.commit().await?;
    Ok(roster)
}

/// The roster (see [`roster`]) as CSV, one participant a line.
pub async fn roster_csv(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    exchange_id: Uuid,
    form: CsvForm,
) -> DomainResult<String> {
    let rows = roster(services, principal, meta, exchange_id).await?;
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
        .map(|column| form.header("roster", column))
        .to_vec(),
    ];
    for row in rows {
        let (allergies, medication, dietary, notes) = match row.medical {
            Some(m) => (m.allergies, m.medication, m.dietary_needs, m.medical_notes),
            None => Default::default(),
        };
        csv.push(vec![
            row.participant,
            row.date_of_birth.to_string(),
            form.coded_as(
                row.state.code(),
                &format!("registration-state-{}", row.state.code().replace('_', "-")),
            ),
            row.guardians.join("; "),
            row.emergency_contacts
                .iter()
                .map(|c| format!("{} ({}) {}", c.name, c.relation, c.phone))
                .collect::<Vec<_>>()
                .join("; "),
            allergies,
            medication,
            dietary,
            notes,
        ]);
    }
    form.write(csv)
}

#[cfg(test)]
mod tests {
    use chrono::{Duration, Utc};
    use serde_json::json;
    use uuid::Uuid;

    use super::*;

    fn statement(
        allergies: &str,
        notes: &str,
        phones: &[&str],
        minutes: i64,
    ) -> medical_information::Model {
        medical_information::Model {
            id: Uuid::now_v7(),
            registration_id: Uuid::nil(),
            medical_notes: notes.into(),
            allergies: allergies.into(),
            medication: String::new(),
            dietary_needs: String::new(),
            emergency_contacts: json!(
                phones
                    .iter()
                    .map(|p| json!({ "name": "Karin", "relation": "Mother", "phone": p }))
                    .collect::<Vec<_>>()
            ),
            updated_by_guardian: Some(Uuid::now_v7()),
            updated_at: Utc::now() - Duration::minutes(60 - minutes),
        }
    }

    #[test]
    fn the_union_keeps_what_every_guardian_gave() {
        // (statements, allergies, notes, phones)
        let cases: Vec<(Vec<medical_information::Model>, &str, &str, Vec<&str>)> = vec![
            (vec![], "", "", vec![]),
            (
                vec![statement("Nuts", "", &["070 1"], 0)],
                "Nuts",
                "",
                vec!["070 1"],
            ),
            (
                vec![
                    statement("Nuts", "Asthma", &["070 1"], 0),
                    statement("", "", &["070 2"], 1),
                ],
                "Nuts",
                "Asthma",
                vec!["070 1", "070 2"],
            ),
            (
                vec![
                    statement("Nuts", "", &["070 1"], 0),
                    statement(" Nuts ", "", &["070 1"], 1),
                ],
                "Nuts",
                "",
                vec!["070 1"],
            ),
            (
                vec![
                    statement("Nuts", "", &["070 1"], 0),
                    statement("Pollen", "", &[], 1),
                ],
                "Nuts\nPollen",
                "",
                vec!["070 1"],
            ),
        ];
        for (statements, allergies, notes, phones) in cases {
            let union = union_of(&statements);
            if statements.is_empty() {
                assert!(union.is_none());
                continue;
            }
            let union = union.expect("statements given");
            assert_eq!(union.allergies, allergies);
            assert_eq!(union.medical_notes, notes);
            let got: Vec<&str> = union
                .emergency_contacts
                .iter()
                .map(|c| c.phone.as_str())
                .collect();
            assert_eq!(got, phones);
            assert_eq!(
                Some(union.updated_at),
                statements.iter().map(|s| s.updated_at).max()
            );
        }
    }
}
