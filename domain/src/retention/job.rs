//! The retention job: removes or anonymises what the schedule says is due, keeps what belongs
//! to people whose data is restricted, and records what it did.
//!
//! Everything happens in ONE write transaction. Its first write is the run's own row, left
//! unfinished: while such a row exists, the append-only tables (audit events, consent events)
//! accept deletes, and no other transaction sees the row (PostgreSQL's isolation; SQLite has
//! one writer). The row is finished before the commit, so the tables are append-only again
//! the moment the job's work becomes visible. Each audit or consent event it deletes leaves
//! its link of the hash chain as a tombstone, written just before the delete.
use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveValue::Set,
    ColumnTrait, Condition, ConnectionTrait, DatabaseTransaction, DbBackend, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::{Expr, Query, SelectStatement},
};
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

use super::{
    rules::{Periods, RetentionCategory, cutoff, exchange_data_due},
    schedule,
};
use crate::{
    accounts::rules::holds_globally,
    audit::{
        self, AuditEvent,
        chain::{self, Chain},
    },
    db::begin_write,
    entities::{
        audit_events, consent_events, consent_links, exchanges, guardians, medical_information,
        municipalities, organisations, outbox_emails, registrations, retention_runs, users,
        youth_profiles,
    },
    error::{DomainError, DomainResult},
    exchanges::rules::ExchangeState,
    principal::{Principal, RequestMeta},
    registrations::access::restricted_youth,
    reporting::participation,
    services::Services,
    types::Role,
};

/// Taken by the job's transaction on PostgreSQL, so two instances never run it at once.
const ADVISORY_LOCK: i64 = 7_283_410_009;

/// The scheduler runs the job when no run finished this recently.
pub const EVERY: Duration = Duration::hours(24);

/// Exchange ids per statement (well below every backend's limit on bound values).
const CHUNK: usize = 500;

/// What one run did to one category.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryOutcome {
    pub category: String,
    /// Rows removed (for outbox e-mails: blanked).
    pub removed: u64,
    /// Rows that were due but kept, because they belong to someone whose data is restricted.
    pub kept_restricted: u64,
}

/// What one run did, as stored in its row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outcome {
    /// The moment the schedule was applied as of.
    pub as_of: DateTime<Utc>,
    pub categories: Vec<CategoryOutcome>,
    /// Anonymous participation rows written for completed exchanges before their
    /// registrations went, so the follow-up figures keep counting them.
    pub participation_recorded: u64,
}

impl Outcome {
    fn new(as_of: DateTime<Utc>) -> Self {
        Self {
            as_of,
            categories: RetentionCategory::ALL
                .iter()
                .map(|c| CategoryOutcome {
                    category: c.code().to_owned(),
                    ..Default::default()
                })
                .collect(),
            participation_recorded: 0,
        }
    }

    fn entry(&mut self, category: RetentionCategory) -> &mut CategoryOutcome {
        let index = RetentionCategory::ALL
            .iter()
            .position(|c| *c == category)
            .unwrap_or_default();
        &mut self.categories[index]
    }

    /// Reads a stored outcome (an unreadable one reads as nothing done).
    pub fn from_stored(run: &retention_runs::Model) -> Self {
        serde_json::from_value(run.outcome.clone()).unwrap_or_else(|_| Self::new(run.started_at))
    }

    /// Rows removed or blanked, over every category.
    pub fn total_removed(&self) -> u64 {
        self.categories.iter().map(|c| c.removed).sum()
    }
}

/// The registrations of `exchange_ids` whose young person is (or is not) restricted.
fn registrations_of(exchange_ids: &[Uuid], restricted: bool) -> SelectStatement {
    let youth = if restricted {
        registrations::Column::YouthId.in_subquery(restricted_youth())
    } else {
        registrations::Column::YouthId.not_in_subquery(restricted_youth())
    };
    Query::select()
        .column(registrations::Column::Id)
        .from(registrations::Entity)
        .and_where(registrations::Column::ExchangeId.is_in(exchange_ids.iter().copied()))
        .and_where(youth)
        .to_owned()
}

/// Runs the job now, whatever the time since the last run: for the operators (global
/// coordinators and admins).
pub async fn run_now(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
) -> DomainResult<retention_runs::Model> {
    if !(holds_globally(&principal.roles, Role::Coordinator) || principal.is_admin()) {
        return Err(DomainError::Forbidden);
    }
    run(services, Utc::now(), Some(principal.user_id), meta).await
}

/// Applies the schedule as of `now`; `ran_by` is None for the scheduler.
pub async fn run(
    services: &Services,
    now: DateTime<Utc>,
    ran_by: Option<Uuid>,
    meta: &RequestMeta,
) -> DomainResult<retention_runs::Model> {
    run_in(services, now, ran_by, meta, false)
        .await?
        .ok_or_else(|| DomainError::Internal(anyhow::anyhow!("an unconditional run was skipped")))
}

/// The scheduler's pass: runs the job unless a run finished within the last 24 hours.
pub async fn run_if_due(
    services: &Services,
    now: DateTime<Utc>,
) -> DomainResult<Option<retention_runs::Model>> {
    run_in(services, now, None, &RequestMeta::default(), true).await
}

async fn run_in(
    services: &Services,
    now: DateTime<Utc>,
    ran_by: Option<Uuid>,
    meta: &RequestMeta,
    only_if_due: bool,
) -> DomainResult<Option<retention_runs::Model>> {
    let txn = begin_write(&services.db).await?;
    if txn.get_database_backend() == DbBackend::Postgres {
        txn.execute_unprepared(&format!("SELECT pg_advisory_xact_lock({ADVISORY_LOCK})"))
            .await?;
    }
    if only_if_due {
        let recent = retention_runs::Entity::find()
            .filter(retention_runs::Column::FinishedAt.gt(now - EVERY))
            .count(&txn)
            .await?;
        if recent > 0 {
            return Ok(None);
        }
    }
    let id = Uuid::now_v7();
    retention_runs::Entity::insert(retention_runs::ActiveModel {
        id: Set(id),
        started_at: Set(Utc::now()),
        finished_at: Set(None),
        ran_by: Set(ran_by),
        outcome: Set(json!({})),
    })
    .exec_without_returning(&txn)
    .await?;

    let outcome = apply(&txn, &services.settings.retention, now).await?;
    let stored = serde_json::to_value(&outcome).map_err(anyhow::Error::from)?;
    retention_runs::Entity::update_many()
        .col_expr(retention_runs::Column::FinishedAt, Expr::value(Utc::now()))
        .col_expr(retention_runs::Column::Outcome, Expr::value(stored.clone()))
        .filter(retention_runs::Column::Id.eq(id))
        .exec(&txn)
        .await?;
    audit::record(
        &txn,
        meta,
        AuditEvent {
            actor_id: ran_by,
            action: "retention_run",
            subject_type: "retention_run",
            subject_id: Some(id),
            details: stored,
        },
    )
    .await?;
    let run = retention_runs::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or_else(|| DomainError::Internal(anyhow::anyhow!("the run's row vanished")))?;
    txn.commit().await?;
    Ok(Some(run))
}

/// The work itself, inside the run's transaction.
async fn apply(
    txn: &DatabaseTransaction,
    defaults: &Periods,
    now: DateTime<Utc>,
) -> DomainResult<Outcome> {
    let mut outcome = Outcome::new(now);
    let today = now.date_naive();
    let overrides = schedule::all_overrides(txn).await?;

    // Exchanges that have returned and still have registrations.
    let returned = exchanges::Entity::find()
        .filter(exchanges::Column::EndDate.lt(today))
        .filter(
            exchanges::Column::Id.in_subquery(
                Query::select()
                    .distinct()
                    .column(registrations::Column::ExchangeId)
                    .from(registrations::Entity)
                    .to_owned(),
            ),
        )
        // Oldest first, so that participation recorded late marks first-timers right.
        .order_by_asc(exchanges::Column::StartDate)
        .order_by_asc(exchanges::Column::Id)
        .all(txn)
        .await?;
    let mut due: BTreeMap<RetentionCategory, Vec<Uuid>> = BTreeMap::new();
    for exchange in &returned {
        let periods = defaults.with_overrides(
            overrides
                .get(&exchange.municipality_id)
                .map(Vec::as_slice)
                .unwrap_or_default(),
        );
        let registrations_due = exchange_data_due(
            exchange.end_date,
            periods.get(RetentionCategory::Registrations),
            today,
        );
        for category in [
            RetentionCategory::MedicalInformation,
            RetentionCategory::ConsentRecords,
            RetentionCategory::Registrations,
        ] {
            // Registrations take their medical information and consent records with them.
            if registrations_due
                || exchange_data_due(exchange.end_date, periods.get(category), today)
            {
                due.entry(category).or_default().push(exchange.id);
            }
        }
        // The figures count participants from anonymous records, written when an exchange
        // is completed. Exchanges completed before those records existed get theirs here, and
        // one left under way past its return gets them before its registrations go.
        let took_place = match ExchangeState::from_code(&exchange.state) {
            Some(ExchangeState::Completed | ExchangeState::Reported) => true,
            Some(ExchangeState::UnderWay) => registrations_due,
            _ => false,
        };
        if took_place {
            outcome.participation_recorded += participation::record(txn, exchange).await? as u64;
        }
    }

    // Children before parents: medical information and consent records, then registrations.
    for chunk in due
        .get(&RetentionCategory::MedicalInformation)
        .map(Vec::as_slice)
        .unwrap_or_default()
        .chunks(CHUNK)
    {
        let removed = medical_information::Entity::delete_many()
            .filter(
                medical_information::Column::RegistrationId
                    .in_subquery(registrations_of(chunk, false)),
            )
            .exec(txn)
            .await?
            .rows_affected;
        let kept = medical_information::Entity::find()
            .filter(
                medical_information::Column::RegistrationId
                    .in_subquery(registrations_of(chunk, true)),
            )
            .count(txn)
            .await?;
        let entry = outcome.entry(RetentionCategory::MedicalInformation);
        entry.removed += removed;
        entry.kept_restricted += kept;
    }
    for chunk in due
        .get(&RetentionCategory::ConsentRecords)
        .map(Vec::as_slice)
        .unwrap_or_default()
        .chunks(CHUNK)
    {
        let due_events =
            consent_events::Column::RegistrationId.in_subquery(registrations_of(chunk, false));
        chain::keep_links(txn, Chain::Consent, due_events.clone()).await?;
        let events = consent_events::Entity::delete_many()
            .filter(due_events)
            .exec(txn)
            .await?
            .rows_affected;
        let links = consent_links::Entity::delete_many()
            .filter(
                consent_links::Column::RegistrationId.in_subquery(registrations_of(chunk, false)),
            )
            .exec(txn)
            .await?
            .rows_affected;
        let kept_events = consent_events::Entity::find()
            .filter(
                consent_events::Column::RegistrationId.in_subquery(registrations_of(chunk, true)),
            )
            .count(txn)
            .await?;
        let kept_links = consent_links::Entity::find()
            .filter(
                consent_links::Column::RegistrationId.in_subquery(registrations_of(chunk, true)),
            )
            .count(txn)
            .await?;
        let entry = outcome.entry(RetentionCategory::ConsentRecords);
        entry.removed += events + links;
        entry.kept_restricted += kept_events + kept_links;
    }
    for chunk in due
        .get(&RetentionCategory::Registrations)
        .map(Vec::as_slice)
        .unwrap_or_default()
        .chunks(CHUNK)
    {
        let removed = registrations::Entity::delete_many()
            .filter(registrations::Column::ExchangeId.is_in(chunk.iter().copied()))
            .filter(registrations::Column::YouthId.not_in_subquery(restricted_youth()))
            .exec(txn)
            .await?
            .rows_affected;
        let kept = registrations::Entity::find()
            .filter(registrations::Column::ExchangeId.is_in(chunk.iter().copied()))
            .filter(registrations::Column::YouthId.in_subquery(restricted_youth()))
            .count(txn)
            .await?;
        let entry = outcome.entry(RetentionCategory::Registrations);
        entry.removed += removed;
        entry.kept_restricted += kept;
    }

    remove_idle_profiles(txn, defaults, &overrides, now, &mut outcome).await?;

    // Sent or failed e-mails: blanked, the row and its dedup key kept so nothing is re-sent.
    let mail_cutoff = cutoff(now, defaults.get(RetentionCategory::OutboxEmails));
    let mail_due = Condition::all()
        .add(outbox_emails::Column::RedactedAt.is_null())
        .add(
            Condition::any()
                .add(outbox_emails::Column::SentAt.lt(mail_cutoff))
                .add(
                    Condition::all()
                        .add(outbox_emails::Column::SentAt.is_null())
                        .add(outbox_emails::Column::FailedAt.lt(mail_cutoff)),
                ),
        );
    let removed = outbox_emails::Entity::update_many()
        .col_expr(outbox_emails::Column::Recipient, Expr::value(""))
        .col_expr(outbox_emails::Column::Subject, Expr::value(""))
        .col_expr(outbox_emails::Column::TextBody, Expr::value(""))
        .col_expr(outbox_emails::Column::HtmlBody, Expr::value(""))
        // An SMTP error often quotes the address.
        .col_expr(
            outbox_emails::Column::LastError,
            Expr::value(Option::<String>::None),
        )
        .col_expr(outbox_emails::Column::RedactedAt, Expr::value(now))
        .filter(mail_due.clone())
        .filter(outbox_emails::Column::Recipient.not_in_subquery(restricted_recipients(false)))
        .filter(outbox_emails::Column::Recipient.not_in_subquery(restricted_recipients(true)))
        .exec(txn)
        .await?
        .rows_affected;
    let kept = outbox_emails::Entity::find()
        .filter(mail_due)
        .filter(
            Condition::any()
                .add(outbox_emails::Column::Recipient.in_subquery(restricted_recipients(false)))
                .add(outbox_emails::Column::Recipient.in_subquery(restricted_recipients(true))),
        )
        .count(txn)
        .await?;
    let entry = outcome.entry(RetentionCategory::OutboxEmails);
    entry.removed = removed;
    entry.kept_restricted = kept;

    // Audit events: deleted, except those about someone whose data is restricted.
    let audit_cutoff = cutoff(now, defaults.get(RetentionCategory::AuditEvents));
    let due_events = Condition::all()
        .add(audit_events::Column::OccurredAt.lt(audit_cutoff))
        .add(
            Condition::any()
                .add(audit_events::Column::YouthId.is_null())
                .add(audit_events::Column::YouthId.not_in_subquery(restricted_youth())),
        );
    chain::keep_links(txn, Chain::Audit, due_events.clone()).await?;
    let removed = audit_events::Entity::delete_many()
        .filter(due_events)
        .exec(txn)
        .await?
        .rows_affected;
    let kept = audit_events::Entity::find()
        .filter(audit_events::Column::OccurredAt.lt(audit_cutoff))
        .filter(audit_events::Column::YouthId.in_subquery(restricted_youth()))
        .count(txn)
        .await?;
    let entry = outcome.entry(RetentionCategory::AuditEvents);
    entry.removed = removed;
    entry.kept_restricted = kept;
    Ok(outcome)
}

/// Young people with no registration left: their profile and guardians go once the profile has
/// not changed for the period of its organisation's municipality (the default for
/// organisations of no municipality with a period of its own).
async fn remove_idle_profiles(
    txn: &DatabaseTransaction,
    defaults: &Periods,
    overrides: &HashMap<Uuid, Vec<(RetentionCategory, i32)>>,
    now: DateTime<Utc>,
    outcome: &mut Outcome,
) -> DomainResult<()> {
    let own: Vec<(Uuid, i32)> = overrides
        .iter()
        .filter_map(|(municipality, periods)| {
            periods
                .iter()
                .find(|(category, _)| *category == RetentionCategory::YouthProfiles)
                .map(|(_, days)| (*municipality, *days))
        })
        .collect();
    let with_own: Vec<Uuid> = own.iter().map(|(municipality, _)| *municipality).collect();
    let mut scopes: Vec<(Condition, i32)> = own
        .iter()
        .map(|(municipality, days)| {
            (
                Condition::all().add(
                    youth_profiles::Column::OrganisationId
                        .in_subquery(organisations_of(&[*municipality])),
                ),
                *days,
            )
        })
        .collect();
    scopes.push((
        Condition::all().add(
            youth_profiles::Column::OrganisationId.not_in_subquery(organisations_of(&with_own)),
        ),
        defaults.get(RetentionCategory::YouthProfiles),
    ));
    for (scope, days) in scopes {
        let idle = scope
            .add(youth_profiles::Column::UpdatedAt.lt(cutoff(now, days)))
            .add(
                youth_profiles::Column::Id.not_in_subquery(
                    Query::select()
                        .column(registrations::Column::YouthId)
                        .from(registrations::Entity)
                        .to_owned(),
                ),
            );
        let due: Vec<Uuid> = youth_profiles::Entity::find()
            .select_only()
            .column(youth_profiles::Column::Id)
            .filter(idle.clone())
            .filter(youth_profiles::Column::RestrictedAt.is_null())
            .into_tuple()
            .all(txn)
            .await?;
        let kept = youth_profiles::Entity::find()
            .filter(idle)
            .filter(youth_profiles::Column::RestrictedAt.is_not_null())
            .count(txn)
            .await?;
        for chunk in due.chunks(CHUNK) {
            guardians::Entity::delete_many()
                .filter(guardians::Column::YouthId.is_in(chunk.iter().copied()))
                .exec(txn)
                .await?;
            youth_profiles::Entity::delete_many()
                .filter(youth_profiles::Column::Id.is_in(chunk.iter().copied()))
                .exec(txn)
                .await?;
        }
        let entry = outcome.entry(RetentionCategory::YouthProfiles);
        entry.removed += due.len() as u64;
        entry.kept_restricted += kept;
    }
    Ok(())
}

/// The organisations in the towns of `municipalities`.
fn organisations_of(municipalities: &[Uuid]) -> SelectStatement {
    Query::select()
        .column(organisations::Column::Id)
        .from(organisations::Entity)
        .and_where(
            organisations::Column::TownId.in_subquery(
                Query::select()
                    .column(municipalities::Column::TownId)
                    .from(municipalities::Entity)
                    .and_where(municipalities::Column::Id.is_in(municipalities.iter().copied()))
                    .to_owned(),
            ),
        )
        .to_owned()
}

/// The addresses of restricted young people's guardians, or (`own`) of their own accounts.
fn restricted_recipients(own: bool) -> SelectStatement {
    if own {
        Query::select()
            .column(users::Column::Email)
            .from(users::Entity)
            .and_where(
                users::Column::Id.in_subquery(
                    Query::select()
                        .column(youth_profiles::Column::UserId)
                        .from(youth_profiles::Entity)
                        .and_where(youth_profiles::Column::RestrictedAt.is_not_null())
                        .and_where(youth_profiles::Column::UserId.is_not_null())
                        .to_owned(),
                ),
            )
            .to_owned()
    } else {
        Query::select()
            .column(guardians::Column::Email)
            .from(guardians::Entity)
            .and_where(guardians::Column::YouthId.in_subquery(restricted_youth()))
            .to_owned()
    }
}

/// The runs of the job, newest first: for coordinators (global and municipal) and global
/// admins.
pub async fn runs(
    services: &Services,
    principal: &Principal,
    first: u64,
) -> DomainResult<Vec<retention_runs::Model>> {
    let coordinator = principal
        .roles
        .iter()
        .any(|(role, _)| *role == Role::Coordinator);
    if !(coordinator || principal.is_admin()) {
        return Err(DomainError::Forbidden);
    }
    Ok(retention_runs::Entity::find()
        .filter(retention_runs::Column::FinishedAt.is_not_null())
        .order_by_desc(retention_runs::Column::StartedAt)
        .order_by_desc(retention_runs::Column::Id)
        .limit(first)
        .all(&services.db)
        .await?)
}
