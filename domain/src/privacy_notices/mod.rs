//! Each municipality's privacy notice (GDPR art. 13): what a family is told about the data
//! Utbyte keeps, who is responsible and what their rights are.
//!
//! A notice is kept in versions: its coordinators publish a new version when its facts
//! change (the responsible committee, contacts), and a version is never changed. Until a
//! municipality publishes its own, version 1 names the municipality itself as controller.
//! The words come from the catalogues and the retention periods from the municipality's
//! schedule, so the same version reads differently per language (and after the schedule
//! changes): as with the consent texts, each text exactly as shown is stored once with its
//! SHA-256, and a consent records the text its giver was shown.
mod sections;

use chrono::Utc;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    sea_query::OnConflict,
};
use serde_json::json;
use sha2::{Digest, Sha256};
use uuid::Uuid;

pub use sections::{Facts, Section, body, sections};

use crate::{
    audit::{self, AuditEvent},
    db::begin_write,
    directory::{places::find_municipality, rules::can_manage_municipality, types::parse_text},
    entities::{municipalities, privacy_notice_texts, privacy_notices},
    error::{Checks, DomainError, DomainResult, FieldError},
    format::TimeZone,
    i18n::Messages,
    principal::{Principal, RequestMeta},
    retention,
    services::Services,
    types::Locale,
};

/// Where the notice in force of a municipality reads: `/privacy/<municipality id>`.
pub const PRIVACY_PATH: &str = "/privacy";

/// A notice as one reader is shown it.
#[derive(Debug, Clone)]
pub struct Shown {
    pub title: String,
    pub sections: Vec<Section>,
    pub notice: privacy_notices::Model,
    /// The stored text: its id is what a consent records.
    pub text: privacy_notice_texts::Model,
}

/// What a coordinator publishes as the next version.
#[derive(Debug, Clone)]
pub struct NoticeInput {
    pub controller: String,
    pub controller_contact: String,
    pub dpo_contact: String,
}

/// The version in force: the latest published, else version 1 naming the municipality.
pub async fn in_force(
    db: &impl ConnectionTrait,
    municipality: &municipalities::Model,
) -> DomainResult<privacy_notices::Model> {
    if let Some(latest) = latest(db, municipality.id).await? {
        return Ok(latest);
    }
    privacy_notices::Entity::insert(privacy_notices::ActiveModel {
        id: Set(Uuid::now_v7()),
        municipality_id: Set(municipality.id),
        version: Set(1),
        controller: Set(municipality.name.clone()),
        controller_contact: Set(municipality
            .mail_sender_address
            .clone()
            .unwrap_or_else(|| municipality.name.clone())),
        dpo_contact: Set(None),
        published_by: Set(None),
        published_at: Set(Utc::now()),
    })
    .on_conflict(
        OnConflict::columns([
            privacy_notices::Column::MunicipalityId,
            privacy_notices::Column::Version,
        ])
        .do_nothing()
        .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    latest(db, municipality.id)
        .await?
        .ok_or_else(|| DomainError::Internal(anyhow::anyhow!("no privacy notice")))
}

async fn latest(
    db: &impl ConnectionTrait,
    municipality_id: Uuid,
) -> DomainResult<Option<privacy_notices::Model>> {
    Ok(privacy_notices::Entity::find()
        .filter(privacy_notices::Column::MunicipalityId.eq(municipality_id))
        .order_by_desc(privacy_notices::Column::Version)
        .one(db)
        .await?)
}

/// The notice in force of `municipality_id` as a reader in `locale` sees it, its text
/// stored as shown. Anyone may read it: it is public.
pub async fn shown(
    services: &Services,
    db: &impl ConnectionTrait,
    municipality_id: Uuid,
    locale: Locale,
    zone: &TimeZone,
) -> DomainResult<Shown> {
    let municipality = find_municipality(db, municipality_id).await?;
    let notice = in_force(db, &municipality).await?;
    let periods =
        retention::schedule::in_force(db, &services.settings.retention, municipality_id).await?;
    let facts = Facts {
        municipality: municipality.name.clone(),
        version: notice.version,
        published_at: notice.published_at,
        controller: notice.controller.clone(),
        controller_contact: notice.controller_contact.clone(),
        dpo_contact: notice.dpo_contact.clone(),
    };
    let title = Messages(locale).t1("privacy-title", "municipality", &municipality.name);
    let sections = sections(&facts, &periods, locale, zone);
    let text = store_text(db, &notice, locale, body(&title, &sections)).await?;
    Ok(Shown {
        title,
        sections,
        notice,
        text,
    })
}

async fn store_text(
    db: &impl ConnectionTrait,
    notice: &privacy_notices::Model,
    locale: Locale,
    body: String,
) -> DomainResult<privacy_notice_texts::Model> {
    let sha256 = hex::encode(Sha256::digest(body.as_bytes()));
    privacy_notice_texts::Entity::insert(privacy_notice_texts::ActiveModel {
        id: Set(Uuid::now_v7()),
        notice_id: Set(notice.id),
        locale: Set(locale.code().to_owned()),
        body: Set(body),
        sha256: Set(sha256.clone()),
        created_at: Set(Utc::now()),
    })
    .on_conflict(
        OnConflict::columns([
            privacy_notice_texts::Column::NoticeId,
            privacy_notice_texts::Column::Locale,
            privacy_notice_texts::Column::Sha256,
        ])
        .do_nothing()
        .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    privacy_notice_texts::Entity::find()
        .filter(privacy_notice_texts::Column::NoticeId.eq(notice.id))
        .filter(privacy_notice_texts::Column::Locale.eq(locale.code()))
        .filter(privacy_notice_texts::Column::Sha256.eq(sha256))
        .one(db)
        .await?
        .ok_or_else(|| DomainError::Internal(anyhow::anyhow!("privacy notice text not stored")))
}

/// A notice text a page showed for `municipality_id`'s notice (any version: a notice
/// published while the page was open does not undo what the reader was shown), or the
/// field error that asks to reload the page.
pub async fn text_shown_for(
    db: &impl ConnectionTrait,
    text_id: Uuid,
    municipality_id: Uuid,
    field: &'static str,
) -> DomainResult<(privacy_notices::Model, privacy_notice_texts::Model)> {
    let stale = || DomainError::field(field, "invalid", "reload the page");
    let text = privacy_notice_texts::Entity::find_by_id(text_id)
        .one(db)
        .await?
        .ok_or_else(stale)?;
    let notice = privacy_notices::Entity::find_by_id(text.notice_id)
        .one(db)
        .await?
        .filter(|notice| notice.municipality_id == municipality_id)
        .ok_or_else(stale)?;
    Ok((notice, text))
}

/// A notice's stated facts: each one line, the committee and contacts required.
fn parse_input(input: &NoticeInput) -> DomainResult<(String, String, String)> {
    let one_line = |field: &'static str, raw: &str, max: usize| {
        parse_text(field, raw, max).and_then(|text| {
            if text.is_empty() {
                Err(FieldError::new(field, "required", "must not be empty"))
            } else if text.contains(['\n', '\r']) {
                Err(FieldError::new(
                    field,
                    "invalid_characters",
                    "must be one line",
                ))
            } else {
                Ok(text)
            }
        })
    };
    let mut checks = Checks::new();
    let controller = checks.parse(one_line("notice.controller", &input.controller, 200));
    let contact = checks.parse(one_line(
        "notice.controllerContact",
        &input.controller_contact,
        300,
    ));
    let dpo = checks.parse(one_line("notice.dpoContact", &input.dpo_contact, 300));
    checks.finish()?;
    Ok((
        controller.expect("checked"),
        contact.expect("checked"),
        dpo.expect("checked"),
    ))
}

/// Publishes the next version of a municipality's notice, for its coordinators and admins;
/// audited. Consents given before keep the version their givers were shown.
pub async fn publish(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    municipality_id: Uuid,
    input: &NoticeInput,
) -> DomainResult<privacy_notices::Model> {
    let (controller, controller_contact, dpo_contact) = parse_input(input)?;
    if !can_manage_municipality(&principal.roles, municipality_id) {
        return Err(DomainError::Forbidden);
    }
    let txn = begin_write(&services.db).await?;
    let municipality = find_municipality(&txn, municipality_id).await?;
    let current = in_force(&txn, &municipality).await?;
    let published = privacy_notices::ActiveModel {
        id: Set(Uuid::now_v7()),
        municipality_id: Set(municipality_id),
        version: Set(current.version + 1),
        controller: Set(controller),
        controller_contact: Set(controller_contact),
        dpo_contact: Set(Some(dpo_contact)),
        published_by: Set(Some(principal.user_id)),
        published_at: Set(Utc::now()),
    };
    privacy_notices::Entity::insert(published.clone())
        .exec_without_returning(&txn)
        .await?;
    let published = privacy_notices::Entity::find_by_id(published.id.unwrap())
        .one(&txn)
        .await?
        .ok_or_else(|| DomainError::Internal(anyhow::anyhow!("notice not stored")))?;
    audit::record(
        &txn,
        meta,
        AuditEvent {
            actor_id: Some(principal.user_id),
            action: "privacy_notice_published",
            subject_type: "municipality",
            subject_id: Some(municipality_id),
            details: json!({
                "version": published.version,
                "controller": published.controller,
                "controller_contact": published.controller_contact,
                "dpo_contact": published.dpo_contact,
            }),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(published)
}

/// The versions of a municipality's notice stored so far, newest first (none before its
/// notice was first shown or published), for its coordinators and admins.
pub async fn versions(
    services: &Services,
    principal: &Principal,
    municipality_id: Uuid,
) -> DomainResult<Vec<privacy_notices::Model>> {
    if !can_manage_municipality(&principal.roles, municipality_id) {
        return Err(DomainError::Forbidden);
    }
    find_municipality(&services.db, municipality_id).await?;
    Ok(privacy_notices::Entity::find()
        .filter(privacy_notices::Column::MunicipalityId.eq(municipality_id))
        .order_by_desc(privacy_notices::Column::Version)
        .all(&services.db)
        .await?)
}
