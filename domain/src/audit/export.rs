//! The access export: everything stored about one person, as one JSON document, for a
//! coordinator answering a request for access (GDPR article 15). Producing it is itself
//! audited, in the same transaction.
//!
//! `REFERENCES` declares every column that points at a person and says where the export
//! covers it, or why it deliberately does not; a test reads the live schema and fails naming
//! any person reference missing from it, so a new table or column cannot be forgotten.
//! Password hashes and token hashes are never read into the document.
use chrono::Utc;
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use serde_json::{Map, Value, json};
use uuid::Uuid;

use super::{AuditEvent, record};
use crate::{
    accounts::rules::holds_globally,
    db::begin_write,
    directory::organisations,
    entities::{
        approval_steps, audit_events, completed_exchanges, consent_events, consent_links,
        consent_texts, exchange_attachments, exchange_changes, exchange_reports, exchanges,
        funding_call_deadlines, funding_rates, funding_records, guardians, link_tokens,
        match_rounds, medical_information, notifications, outbox_emails, partner_requests,
        privacy_notice_texts, privacy_notices, registrations, retention_rules, retention_runs,
        role_assignments, sessions, users, youth_profiles,
    },
    error::{DomainError, DomainResult},
    exchanges::attachments::AttachmentInfo,
    principal::{Principal, RequestMeta},
    registrations::access::{coordinates, find_youth},
    services::Services,
    types::Role,
};

/// Whose data to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Person {
    /// A young person's profile, with their own account when they have one.
    Youth(Uuid),
    /// A user account: staff, guardian or young person.
    User(Uuid),
}

/// Where the export covers a person reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Covered {
    /// In the young person's export, in this section.
    Youth(&'static str),
    /// In an account's export (and in the young person's, for their own account), in this
    /// section.
    Account(&'static str),
    /// Deliberately not exported, for this reason.
    LeftOut(&'static str),
}

/// One column that refers to a person, and how the export covers it.
#[derive(Debug, Clone, Copy)]
pub struct Reference {
    pub table: &'static str,
    pub column: &'static str,
    pub covered: Covered,
}

const fn youth(table: &'static str, column: &'static str, section: &'static str) -> Reference {
    Reference {
        table,
        column,
        covered: Covered::Youth(section),
    }
}

const fn account(table: &'static str, column: &'static str, section: &'static str) -> Reference {
    Reference {
        table,
        column,
        covered: Covered::Account(section),
    }
}

const fn left_out(table: &'static str, column: &'static str, reason: &'static str) -> Reference {
    Reference {
        table,
        column,
        covered: Covered::LeftOut(reason),
    }
}

/// Rows in which the account is named as the member of staff who did something; listed in
/// `account_staff_records` with the table and column, through `staff_rows`.
pub const STAFF_RECORDS: &str = "account_staff_records";

/// Every column that refers to a person. A column may be covered by more than one section.
pub const REFERENCES: &[Reference] = &[
    // The young person.
    youth("youth_profiles", "id", "youth_profile"),
    youth("guardians", "youth_id", "guardians"),
    youth("registrations", "youth_id", "registrations"),
    youth(
        "medical_information",
        "registration_id",
        "medical_information",
    ),
    youth("consent_events", "registration_id", "consent_events"),
    youth("consent_links", "registration_id", "consent_links"),
    youth("outbox_emails", "dedup_key", "emails_about_them"),
    youth("audit_events", "youth_id", "audit_events"),
    youth("audit_events", "subject_id", "audit_events"),
    // An account.
    account("users", "id", "account"),
    account("users", "email", "account"),
    account("role_assignments", "user_id", "account_roles"),
    account("sessions", "user_id", "account_sessions"),
    account("link_tokens", "user_id", "account_link_tokens"),
    account("notifications", "user_id", "account_notifications"),
    account("outbox_emails", "recipient", "account_emails"),
    account("audit_events", "actor_id", "account_audit_events"),
    account("audit_events", "subject_id", "account_audit_events"),
    account("youth_profiles", "user_id", "account_youth_profiles"),
    account("guardians", "user_id", "account_guardianships"),
    account("guardians", "email", "account_guardianships"),
    account("consent_events", "guardian_id", "account_consent_events"),
    account("consent_events", "actor_user_id", "account_consent_events"),
    account("consent_links", "guardian_id", "account_consent_links"),
    account(
        "approval_steps",
        "approver_user_id",
        "account_approval_steps",
    ),
    account(
        "approval_steps",
        "substitute_user_id",
        "account_approval_steps",
    ),
    account("approval_steps", "decided_by", "account_approval_steps"),
    // What staff did, by the account that did it.
    account("role_assignments", "granted_by", STAFF_RECORDS),
    account("youth_profiles", "created_by", STAFF_RECORDS),
    account("youth_profiles", "restricted_by", STAFF_RECORDS),
    account("registrations", "registered_by", STAFF_RECORDS),
    account("exchanges", "created_by", STAFF_RECORDS),
    account("exchange_changes", "changed_by", STAFF_RECORDS),
    account("exchange_reports", "filed_by", STAFF_RECORDS),
    account("exchange_attachments", "uploaded_by", STAFF_RECORDS),
    account("completed_exchanges", "recorded_by", STAFF_RECORDS),
    account("partner_requests", "created_by", STAFF_RECORDS),
    account("match_rounds", "created_by", STAFF_RECORDS),
    account("funding_records", "created_by", STAFF_RECORDS),
    account("funding_rates", "updated_by", STAFF_RECORDS),
    account("funding_call_deadlines", "updated_by", STAFF_RECORDS),
    account("retention_rules", "updated_by", STAFF_RECORDS),
    account("retention_runs", "ran_by", STAFF_RECORDS),
    account("privacy_notices", "published_by", STAFF_RECORDS),
    // Deliberately not exported.
    left_out(
        "medical_information",
        "updated_by_guardian",
        "names which of the young person's guardians gave the information; the row is the \
         young person's and is in their export (medical_information)",
    ),
    left_out(
        "consent_events",
        "given_by",
        "says in what capacity consent was given (guardian, participant or coordinator), \
         naming no one; the row is in consent_events",
    ),
    left_out(
        "partnerships",
        "decided_by",
        "the deciding body by name (such as the municipal council), not a person",
    ),
    left_out(
        "partnerships",
        "end_decided_by",
        "the deciding body by name (such as the municipal council), not a person",
    ),
];

/// The sections `kind` (`youth_section` or `account_section`) picks from `REFERENCES`.
pub fn sections_of(kind: fn(&Covered) -> Option<&'static str>) -> Vec<&'static str> {
    let mut sections: Vec<&'static str> =
        REFERENCES.iter().filter_map(|r| kind(&r.covered)).collect();
    sections.sort_unstable();
    sections.dedup();
    sections
}

pub fn youth_section(covered: &Covered) -> Option<&'static str> {
    match covered {
        Covered::Youth(section) => Some(section),
        _ => None,
    }
}

pub fn account_section(covered: &Covered) -> Option<&'static str> {
    match covered {
        Covered::Account(section) => Some(section),
        _ => None,
    }
}

/// Everything stored about `person`, as a JSON document. A young person's export is for the
/// coordinators of their organisation's municipality and global coordinators; an account's
/// only for global coordinators, since an account belongs to no one municipality. Writes a
/// `personal_data_exported` audit event in the same transaction.
pub async fn export(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    person: Person,
) -> DomainResult<Value> {
    let global = holds_globally(&principal.roles, Role::Coordinator);
    if !global && !principal.has_role(Role::Coordinator) {
        return Err(DomainError::Forbidden);
    }
    let txn = begin_write(&services.db).await?;
    let mut sections = Map::new();
    let (subject_type, subject_id, details) = match person {
        Person::Youth(id) => {
            let profile = find_youth(&txn, id).await?;
            let organisation = organisations::find(&txn, profile.organisation_id).await?;
            let municipality = organisations::municipality_of(&txn, &organisation).await?;
            if !coordinates(&principal.roles, municipality) {
                return Err(DomainError::NotFound("youth profile"));
            }
            youth_sections(&txn, &profile, &mut sections).await?;
            if let Some(user) = profile.user_id
                && let Some(user) = users::Entity::find_by_id(user).one(&txn).await?
            {
                account_sections(&txn, &user, &mut sections).await?;
            }
            ("youth_profile", id, json!({ "youth_id": id }))
        }
        Person::User(id) => {
            if !global {
                return Err(DomainError::Forbidden);
            }
            let user = users::Entity::find_by_id(id)
                .one(&txn)
                .await?
                .ok_or(DomainError::NotFound("user"))?;
            account_sections(&txn, &user, &mut sections).await?;
            ("user", id, json!({ "user_id": id }))
        }
    };
    let exported_at = Utc::now();
    record(
        &txn,
        meta,
        AuditEvent {
            actor_id: Some(principal.user_id),
            action: "personal_data_exported",
            subject_type,
            subject_id: Some(subject_id),
            details,
        },
    )
    .await?;
    txn.commit().await?;
    Ok(json!({
        "subject": { "type": subject_type, "id": subject_id },
        "exported_at": exported_at,
        "exported_by": principal.user_id,
        "sections": sections,
    }))
}

async fn youth_sections(
    db: &impl ConnectionTrait,
    profile: &youth_profiles::Model,
    sections: &mut Map<String, Value>,
) -> DomainResult<()> {
    let id = profile.id;
    sections.insert(
        "youth_profile".into(),
        json!([{
            "id": profile.id,
            "user_id": profile.user_id,
            "display_name": profile.display_name,
            "date_of_birth": profile.date_of_birth,
            "organisation_id": profile.organisation_id,
            "membership_confirmed": profile.membership_confirmed,
            "fewer_opportunities": profile.fewer_opportunities,
            "gender": profile.gender,
            "locale": profile.locale,
            "first_exchange_on": profile.first_exchange_on,
            "restricted_at": profile.restricted_at,
            "restriction_reason": profile.restriction_reason,
            "restricted_by": profile.restricted_by,
            "created_by": profile.created_by,
            "created_at": profile.created_at,
            "updated_at": profile.updated_at,
        }]),
    );

    let guardians = guardians::Entity::find()
        .filter(guardians::Column::YouthId.eq(id))
        .order_by_asc(guardians::Column::CreatedAt)
        .all(db)
        .await?;
    sections.insert(
        "guardians".into(),
        guardians.iter().map(guardian_json).collect(),
    );

    let registrations = registrations::Entity::find()
        .filter(registrations::Column::YouthId.eq(id))
        .order_by_asc(registrations::Column::CreatedAt)
        .all(db)
        .await?;
    let registration_ids: Vec<Uuid> = registrations.iter().map(|r| r.id).collect();
    let exchanges = exchanges::Entity::find()
        .filter(exchanges::Column::Id.is_in(registrations.iter().map(|r| r.exchange_id)))
        .all(db)
        .await?;
    sections.insert(
        "registrations".into(),
        registrations
            .iter()
            .map(|r| {
                let exchange = exchanges.iter().find(|e| e.id == r.exchange_id);
                json!({
                    "id": r.id,
                    "exchange": exchange.map(|e| json!({
                        "id": e.id,
                        "titles": e.titles,
                        "start_date": e.start_date,
                        "end_date": e.end_date,
                        "state": e.state,
                    })),
                    "state": r.state,
                    "registered_by": r.registered_by,
                    "waiting_since": r.waiting_since,
                    "lottery_rank": r.lottery_rank,
                    "outcome_reason": r.outcome_reason,
                    "offer_expires_at": r.offer_expires_at,
                    "override_reason": r.override_reason,
                    "created_at": r.created_at,
                    "updated_at": r.updated_at,
                })
            })
            .collect(),
    );

    let medical = medical_information::Entity::find()
        .filter(medical_information::Column::RegistrationId.is_in(registration_ids.clone()))
        .all(db)
        .await?;
    sections.insert(
        "medical_information".into(),
        medical
            .iter()
            .map(|m| {
                json!({
                    "registration_id": m.registration_id,
                    "medical_notes": m.medical_notes,
                    "allergies": m.allergies,
                    "medication": m.medication,
                    "dietary_needs": m.dietary_needs,
                    "emergency_contacts": m.emergency_contacts,
                    "updated_by_guardian": m.updated_by_guardian,
                    "updated_at": m.updated_at,
                })
            })
            .collect(),
    );

    let events = consent_events::Entity::find()
        .filter(consent_events::Column::RegistrationId.is_in(registration_ids.clone()))
        .order_by_asc(consent_events::Column::OccurredAt)
        .order_by_asc(consent_events::Column::Id)
        .all(db)
        .await?;
    sections.insert(
        "consent_events".into(),
        consent_events_json(db, &events).await?,
    );

    let links = consent_links::Entity::find()
        .filter(consent_links::Column::RegistrationId.is_in(registration_ids.clone()))
        .order_by_asc(consent_links::Column::CreatedAt)
        .all(db)
        .await?;
    sections.insert(
        "consent_links".into(),
        links.iter().map(consent_link_json).collect(),
    );

    // Mails about a registration carry its id, or the id of a consent link to it, in their
    // dedup key (`<template>:<registration or link id>[:…]`, see registrations::notify).
    let mut tied: Vec<Uuid> = registration_ids;
    tied.extend(links.iter().map(|l| l.id));
    let mut about = Condition::any();
    for id in &tied {
        about = about
            .add(outbox_emails::Column::DedupKey.like(format!("%:{id}")))
            .add(outbox_emails::Column::DedupKey.like(format!("%:{id}:%")));
    }
    let emails = if tied.is_empty() {
        Vec::new()
    } else {
        outbox_emails::Entity::find()
            .filter(about)
            .order_by_asc(outbox_emails::Column::CreatedAt)
            .all(db)
            .await?
    };
    sections.insert(
        "emails_about_them".into(),
        emails.iter().map(email_json).collect(),
    );

    let audit = audit_events::Entity::find()
        .filter(super::about_youth(id))
        .order_by_asc(audit_events::Column::OccurredAt)
        .order_by_asc(audit_events::Column::Id)
        .all(db)
        .await?;
    sections.insert(
        "audit_events".into(),
        audit.iter().map(audit_json).collect(),
    );
    Ok(())
}

async fn account_sections(
    db: &impl ConnectionTrait,
    user: &users::Model,
    sections: &mut Map<String, Value>,
) -> DomainResult<()> {
    let id = user.id;
    // Never the password hash: only whether there is one.
    sections.insert(
        "account".into(),
        json!([{
            "id": user.id,
            "email": user.email,
            "display_name": user.display_name,
            "locale": user.locale,
            "has_password": user.password_hash.is_some(),
            "email_verified_at": user.email_verified_at,
            "created_at": user.created_at,
            "updated_at": user.updated_at,
        }]),
    );

    let roles = role_assignments::Entity::find()
        .filter(role_assignments::Column::UserId.eq(id))
        .order_by_asc(role_assignments::Column::CreatedAt)
        .all(db)
        .await?;
    sections.insert(
        "account_roles".into(),
        roles
            .iter()
            .map(|r| {
                json!({
                    "id": r.id,
                    "role": r.role,
                    "scope_kind": r.scope_kind,
                    "scope_id": r.scope_id,
                    "granted_by": r.granted_by,
                    "created_at": r.created_at,
                })
            })
            .collect(),
    );

    // Sessions and links without their token hashes.
    let sessions = sessions::Entity::find()
        .filter(sessions::Column::UserId.eq(id))
        .order_by_asc(sessions::Column::CreatedAt)
        .all(db)
        .await?;
    sections.insert(
        "account_sessions".into(),
        sessions
            .iter()
            .map(|s| {
                json!({
                    "id": s.id,
                    "created_at": s.created_at,
                    "last_seen_at": s.last_seen_at,
                    "expires_at": s.expires_at,
                    "revoked_at": s.revoked_at,
                })
            })
            .collect(),
    );
    let tokens = link_tokens::Entity::find()
        .filter(link_tokens::Column::UserId.eq(id))
        .order_by_asc(link_tokens::Column::CreatedAt)
        .all(db)
        .await?;
    sections.insert(
        "account_link_tokens".into(),
        tokens
            .iter()
            .map(|t| {
                json!({
                    "id": t.id,
                    "purpose": t.purpose,
                    "created_at": t.created_at,
                    "expires_at": t.expires_at,
                    "used_at": t.used_at,
                    "revoked_at": t.revoked_at,
                })
            })
            .collect(),
    );

    let notifications = notifications::Entity::find()
        .filter(notifications::Column::UserId.eq(id))
        .order_by_asc(notifications::Column::CreatedAt)
        .all(db)
        .await?;
    sections.insert(
        "account_notifications".into(),
        notifications
            .iter()
            .map(|n| {
                json!({
                    "id": n.id,
                    "kind": n.kind,
                    "title": n.title,
                    "created_at": n.created_at,
                    "read_at": n.read_at,
                })
            })
            .collect(),
    );

    // By address, and by the account's id in the dedup key (`<template>:<user id>:…`), which
    // still ties a mail whose address retention has blanked.
    let emails = outbox_emails::Entity::find()
        .filter(
            Condition::any()
                .add(outbox_emails::Column::Recipient.eq(user.email.as_str()))
                .add(outbox_emails::Column::DedupKey.like(format!("%:{id}")))
                .add(outbox_emails::Column::DedupKey.like(format!("%:{id}:%"))),
        )
        .order_by_asc(outbox_emails::Column::CreatedAt)
        .all(db)
        .await?;
    sections.insert(
        "account_emails".into(),
        emails.iter().map(email_json).collect(),
    );

    let audit = audit_events::Entity::find()
        .filter(
            Condition::any()
                .add(audit_events::Column::ActorId.eq(id))
                .add(audit_events::Column::SubjectId.eq(id)),
        )
        .order_by_asc(audit_events::Column::OccurredAt)
        .order_by_asc(audit_events::Column::Id)
        .all(db)
        .await?;
    sections.insert(
        "account_audit_events".into(),
        audit.iter().map(audit_json).collect(),
    );

    let profiles = youth_profiles::Entity::find()
        .filter(youth_profiles::Column::UserId.eq(id))
        .all(db)
        .await?;
    sections.insert(
        "account_youth_profiles".into(),
        profiles
            .iter()
            .map(|p| {
                json!({
                    "id": p.id,
                    "display_name": p.display_name,
                    "date_of_birth": p.date_of_birth,
                    "organisation_id": p.organisation_id,
                })
            })
            .collect(),
    );

    let guardianships = guardians::Entity::find()
        .filter(
            Condition::any()
                .add(guardians::Column::UserId.eq(id))
                .add(guardians::Column::Email.eq(user.email.as_str())),
        )
        .order_by_asc(guardians::Column::CreatedAt)
        .all(db)
        .await?;
    sections.insert(
        "account_guardianships".into(),
        guardianships.iter().map(guardian_json).collect(),
    );
    let guardian_ids: Vec<Uuid> = guardianships.iter().map(|g| g.id).collect();

    let consents = consent_events::Entity::find()
        .filter(
            Condition::any()
                .add(consent_events::Column::GuardianId.is_in(guardian_ids.clone()))
                .add(consent_events::Column::ActorUserId.eq(id)),
        )
        .order_by_asc(consent_events::Column::OccurredAt)
        .order_by_asc(consent_events::Column::Id)
        .all(db)
        .await?;
    sections.insert(
        "account_consent_events".into(),
        consent_events_json(db, &consents).await?,
    );
    let links = consent_links::Entity::find()
        .filter(consent_links::Column::GuardianId.is_in(guardian_ids))
        .order_by_asc(consent_links::Column::CreatedAt)
        .all(db)
        .await?;
    sections.insert(
        "account_consent_links".into(),
        links.iter().map(consent_link_json).collect(),
    );

    let steps = approval_steps::Entity::find()
        .filter(
            Condition::any()
                .add(approval_steps::Column::ApproverUserId.eq(id))
                .add(approval_steps::Column::SubstituteUserId.eq(id))
                .add(approval_steps::Column::DecidedBy.eq(id)),
        )
        .order_by_asc(approval_steps::Column::CreatedAt)
        .all(db)
        .await?;
    sections.insert(
        "account_approval_steps".into(),
        steps
            .iter()
            .map(|s| {
                json!({
                    "id": s.id,
                    "exchange_id": s.exchange_id,
                    "round": s.round,
                    "position": s.position,
                    "approver_user_id": s.approver_user_id,
                    "substitute_user_id": s.substitute_user_id,
                    "decision": s.decision,
                    "decided_by": s.decided_by,
                    "decided_at": s.decided_at,
                    "comment": s.comment,
                    "activated_at": s.activated_at,
                    "due_at": s.due_at,
                })
            })
            .collect(),
    );

    let mut staff = Vec::new();
    for reference in REFERENCES {
        if reference.covered != Covered::Account(STAFF_RECORDS) {
            continue;
        }
        let rows = staff_rows(db, reference.table, reference.column, id)
            .await?
            .ok_or_else(|| {
                DomainError::Internal(anyhow::anyhow!(
                    "no export of {}.{}",
                    reference.table,
                    reference.column
                ))
            })?;
        staff.extend(rows.into_iter().map(
            |row| json!({ "table": reference.table, "column": reference.column, "row": row }),
        ));
    }
    sections.insert(STAFF_RECORDS.into(), Value::Array(staff));
    Ok(())
}

/// The rows of `entity` whose `column` is `user`, each made into JSON by `summary`.
macro_rules! rows_by {
    ($db:expr, $user:expr, $entity:ident :: $column:ident, |$row:ident| $summary:expr) => {
        $entity::Entity::find()
            .filter($entity::Column::$column.eq($user))
            .all($db)
            .await?
            .into_iter()
            .map(|$row| $summary)
            .collect::<Vec<Value>>()
    };
}

/// The rows of `table` that name `user` in `column` as the member of staff who acted, with
/// enough to find them; None for a pair this function does not know.
pub async fn staff_rows(
    db: &impl ConnectionTrait,
    table: &str,
    column: &str,
    user: Uuid,
) -> DomainResult<Option<Vec<Value>>> {
    Ok(Some(match (table, column) {
        ("role_assignments", "granted_by") => {
            rows_by!(db, user, role_assignments::GrantedBy, |r| json!({
                "id": r.id, "user_id": r.user_id, "role": r.role, "created_at": r.created_at,
            }))
        }
        ("youth_profiles", "created_by") => {
            rows_by!(db, user, youth_profiles::CreatedBy, |r| json!({
                "id": r.id, "created_at": r.created_at,
            }))
        }
        ("youth_profiles", "restricted_by") => {
            rows_by!(db, user, youth_profiles::RestrictedBy, |r| json!({
                "id": r.id, "restricted_at": r.restricted_at,
            }))
        }
        ("registrations", "registered_by") => {
            rows_by!(db, user, registrations::RegisteredBy, |r| json!({
                "id": r.id, "exchange_id": r.exchange_id, "created_at": r.created_at,
            }))
        }
        ("exchanges", "created_by") => {
            rows_by!(db, user, exchanges::CreatedBy, |r| json!({
                "id": r.id, "titles": r.titles, "created_at": r.created_at,
            }))
        }
        ("exchange_changes", "changed_by") => {
            rows_by!(db, user, exchange_changes::ChangedBy, |r| json!({
                "id": r.id, "exchange_id": r.exchange_id, "field": r.field,
                "changed_at": r.changed_at,
            }))
        }
        ("exchange_reports", "filed_by") => {
            rows_by!(db, user, exchange_reports::FiledBy, |r| json!({
                "exchange_id": r.exchange_id, "filed_at": r.filed_at,
            }))
        }
        ("exchange_attachments", "uploaded_by") => {
            // Without the content, and without the file name, which may name a child.
            exchange_attachments::Entity::find()
                .filter(exchange_attachments::Column::UploadedBy.eq(user))
                .into_partial_model::<AttachmentInfo>()
                .all(db)
                .await?
                .into_iter()
                .map(|r| {
                    json!({
                        "id": r.id, "exchange_id": r.exchange_id, "kind": r.kind,
                        "uploaded_at": r.uploaded_at,
                    })
                })
                .collect()
        }
        ("completed_exchanges", "recorded_by") => {
            rows_by!(db, user, completed_exchanges::RecordedBy, |r| json!({
                "id": r.id, "created_at": r.created_at,
            }))
        }
        ("partner_requests", "created_by") => {
            rows_by!(db, user, partner_requests::CreatedBy, |r| json!({
                "id": r.id, "title": r.title, "created_at": r.created_at,
            }))
        }
        ("match_rounds", "created_by") => {
            rows_by!(db, user, match_rounds::CreatedBy, |r| json!({
                "id": r.id, "created_at": r.created_at,
            }))
        }
        ("funding_records", "created_by") => {
            rows_by!(db, user, funding_records::CreatedBy, |r| json!({
                "id": r.id, "title": r.title, "created_at": r.created_at,
            }))
        }
        ("funding_rates", "updated_by") => {
            rows_by!(db, user, funding_rates::UpdatedBy, |r| json!({
                "id": r.id, "call_year": r.call_year, "rate_key": r.rate_key,
                "updated_at": r.updated_at,
            }))
        }
        ("funding_call_deadlines", "updated_by") => {
            rows_by!(db, user, funding_call_deadlines::UpdatedBy, |r| json!({
                "action": r.action, "call_year": r.call_year, "round": r.round,
                "updated_at": r.updated_at,
            }))
        }
        ("retention_rules", "updated_by") => {
            rows_by!(db, user, retention_rules::UpdatedBy, |r| json!({
                "municipality_id": r.municipality_id, "category": r.category,
                "updated_at": r.updated_at,
            }))
        }
        ("retention_runs", "ran_by") => {
            rows_by!(db, user, retention_runs::RanBy, |r| json!({
                "id": r.id, "started_at": r.started_at,
            }))
        }
        ("privacy_notices", "published_by") => {
            rows_by!(db, user, privacy_notices::PublishedBy, |r| json!({
                "id": r.id, "municipality_id": r.municipality_id, "version": r.version,
                "published_at": r.published_at,
            }))
        }
        _ => return Ok(None),
    }))
}

fn guardian_json(g: &guardians::Model) -> Value {
    json!({
        "id": g.id,
        "youth_id": g.youth_id,
        "user_id": g.user_id,
        "email": g.email,
        "display_name": g.display_name,
        "locale": g.locale,
        "custody": g.custody,
        "created_at": g.created_at,
    })
}

/// Consent events with the exact text shown, loaded in one query.
async fn consent_events_json(
    db: &impl ConnectionTrait,
    events: &[consent_events::Model],
) -> DomainResult<Value> {
    let text_ids: Vec<Uuid> = events.iter().filter_map(|e| e.consent_text_id).collect();
    let texts = if text_ids.is_empty() {
        Vec::new()
    } else {
        consent_texts::Entity::find()
            .filter(consent_texts::Column::Id.is_in(text_ids))
            .all(db)
            .await?
    };
    let notices = notices_shown(db, events).await?;
    Ok(events
        .iter()
        .map(|e| {
            let text = e
                .consent_text_id
                .and_then(|id| texts.iter().find(|t| t.id == id));
            let notice = e
                .privacy_notice_text_id
                .and_then(|id| notices.iter().find(|(t, _)| t.id == id));
            json!({
                "id": e.id,
                "registration_id": e.registration_id,
                "guardian_id": e.guardian_id,
                "kind": e.kind,
                "event": e.event,
                "given_by": e.given_by,
                "method": e.method,
                "typed_name": e.typed_name,
                "reason": e.reason,
                "client_ip": e.client_ip,
                "user_agent": e.user_agent,
                "actor_user_id": e.actor_user_id,
                "occurred_at": e.occurred_at,
                "consent_text": text.map(|t| json!({
                    "id": t.id,
                    "kind": t.kind,
                    "language": t.locale,
                    "body": t.body,
                    "sha256": t.sha256,
                })),
                "signing_method": e.signing_method,
                "privacy_notice": notice.map(|(t, n)| json!({
                    "text_id": t.id,
                    "version": n.version,
                    "language": t.locale,
                    "body": t.body,
                    "sha256": t.sha256,
                })),
            })
        })
        .collect())
}

/// The privacy notice texts the events' givers were shown, each with its version.
async fn notices_shown(
    db: &impl ConnectionTrait,
    events: &[consent_events::Model],
) -> DomainResult<Vec<(privacy_notice_texts::Model, privacy_notices::Model)>> {
    let ids: Vec<Uuid> = events
        .iter()
        .filter_map(|e| e.privacy_notice_text_id)
        .collect();
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let texts = privacy_notice_texts::Entity::find()
        .filter(privacy_notice_texts::Column::Id.is_in(ids))
        .all(db)
        .await?;
    let notices = privacy_notices::Entity::find()
        .filter(privacy_notices::Column::Id.is_in(texts.iter().map(|t| t.notice_id)))
        .all(db)
        .await?;
    Ok(texts
        .into_iter()
        .filter_map(|text| {
            let notice = notices.iter().find(|n| n.id == text.notice_id)?.clone();
            Some((text, notice))
        })
        .collect())
}

/// A consent link's metadata; never its token hash.
fn consent_link_json(l: &consent_links::Model) -> Value {
    json!({
        "id": l.id,
        "registration_id": l.registration_id,
        "guardian_id": l.guardian_id,
        "purpose": l.purpose,
        "changes": l.changes,
        "created_at": l.created_at,
        "expires_at": l.expires_at,
        "used_at": l.used_at,
        "revoked_at": l.revoked_at,
    })
}

/// A queued or sent mail, its text with every link token blanked: a token in a mail still
/// opens its page until it expires.
fn email_json(m: &outbox_emails::Model) -> Value {
    json!({
        "id": m.id,
        "recipient": m.recipient,
        "template": m.template,
        "locale": m.locale,
        "subject": m.subject,
        "text_body": redact_tokens(&m.text_body),
        "created_at": m.created_at,
        "sent_at": m.sent_at,
        "failed_at": m.failed_at,
        "redacted_at": m.redacted_at,
    })
}

fn audit_json(e: &audit_events::Model) -> Value {
    json!({
        "id": e.id,
        "occurred_at": e.occurred_at,
        "actor_id": e.actor_id,
        "action": e.action,
        "subject_type": e.subject_type,
        "subject_id": e.subject_id,
        "exchange_id": e.exchange_id,
        "youth_id": e.youth_id,
        "request_id": e.request_id,
        "details": e.details,
    })
}

/// `text` with the value of every `token=` parameter replaced.
pub fn redact_tokens(text: &str) -> String {
    const MARK: &str = "token=";
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(MARK) {
        out.push_str(&rest[..at + MARK.len()]);
        rest = &rest[at + MARK.len()..];
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .unwrap_or(rest.len());
        if end > 0 {
            out.push_str("[removed]");
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_in_links_are_removed() {
        assert_eq!(
            redact_tokens("Open https://x.test/consent?token=ab12cd&lang=sv now; token=ff"),
            "Open https://x.test/consent?token=[removed]&lang=sv now; token=[removed]"
        );
        assert_eq!(redact_tokens("no links"), "no links");
    }
}
