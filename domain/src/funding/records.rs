//! Funding records: one application (or idea for one) per exchange or project, followed from
//! idea to report.
use chrono::{DateTime, Datelike, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait,
    QueryFilter, QueryOrder, QuerySelect,
};
use serde_json::json;
use uuid::Uuid;

use crate::code_enum;

use super::{
    access,
    rates::{FundingAction, Programme},
};
use crate::{
    audit::{self, AuditEvent},
    db::begin_write,
    directory::{
        organisations,
        types::{Oid, parse_name, parse_text},
    },
    entities::{funding_record_exchanges, funding_records},
    error::{Checks, DomainError, DomainResult, FieldError},
    principal::{Principal, RequestMeta},
    services::Services,
    types::{Locale, Role, Scope},
};

code_enum! {
    /// Where an application stands.
    pub enum RecordStatus {
        Idea = "idea",
        Drafting = "drafting",
        Submitted = "submitted",
        Granted = "granted",
        Rejected = "rejected",
        Reported = "reported",
    }
}

impl RecordStatus {
    /// Still being written: deadlines remind.
    pub fn is_open(self) -> bool {
        matches!(self, Self::Idea | Self::Drafting)
    }
}

pub fn status_label(status: RecordStatus, locale: Locale) -> String {
    crate::i18n::text(locale, &format!("funding-status-{}", status.code()))
}

#[derive(Debug, Clone)]
pub struct RecordInput {
    pub title: String,
    pub programme: Programme,
    pub action: Option<FundingAction>,
    pub call_year: i32,
    pub round: Option<i32>,
    /// None: the round's published deadline applies.
    pub deadline: Option<DateTime<Utc>>,
    pub applicant_organisation_id: String,
    /// Taken from the applicant's profile when not given.
    pub oid: Option<String>,
    pub national_agency: String,
    pub reference_number: String,
    pub status: RecordStatus,
    pub requested_cents: Option<i64>,
    pub granted_cents: Option<i64>,
    pub exchange_ids: Vec<String>,
}

/// No application comes near ten million euros.
const MAX_AMOUNT_CENTS: i64 = 1_000_000_000;
const MAX_EXCHANGES: usize = 50;

struct Parsed {
    row: funding_records::ActiveModel,
    exchanges: Vec<Uuid>,
}

/// Checks a record as `principal` sends it. Exchanges in `linked` are already on the record
/// and stay acceptable whoever edits it; new links must be to exchanges the editor plans.
async fn parse(
    services: &Services,
    principal: &Principal,
    input: &RecordInput,
    linked: &[Uuid],
) -> DomainResult<Parsed> {
    let db = &services.db;
    let mut checks = Checks::new();
    let applicant = match Uuid::parse_str(&input.applicant_organisation_id) {
        Ok(id) => organisations::find(db, id).await.ok(),
        Err(_) => None,
    };
    let municipality = match &applicant {
        Some(organisation) => organisations::municipality_of(db, organisation).await?,
        None => None,
    };
    match &applicant {
        None => checks.push(FieldError::new(
            "input.applicantOrganisationId",
            "unknown",
            "no such organisation",
        )),
        Some(organisation) => {
            if !access::can_manage_record(&principal.roles, organisation.id, municipality) {
                return Err(DomainError::Forbidden);
            }
            if municipality.is_none() {
                checks.push(FieldError::new(
                    "input.applicantOrganisationId",
                    "no_municipality",
                    "the organisation belongs to no municipality",
                ));
            }
        }
    }
    let title = checks.parse(parse_name("input.title", &input.title, 200));
    match (input.programme, input.action) {
        (Programme::ErasmusPlus | Programme::NordplusJunior, None) => checks.push(FieldError::new(
            "input.action",
            "required",
            "the programme needs an action",
        )),
        (programme, Some(action)) if action.programme() != programme => {
            checks.push(FieldError::new(
                "input.action",
                "not_in_programme",
                "is not an action of the programme",
            ))
        }
        _ => {}
    }
    super::store::check_call_year(&mut checks, "input.callYear", input.call_year);
    if input.round.is_some_and(|round| !(1..=3).contains(&round)) {
        checks.push(FieldError::new(
            "input.round",
            "out_of_range",
            "must be 1, 2 or 3",
        ));
    }
    if input
        .deadline
        .is_some_and(|d| !(2000..=2100).contains(&d.year()))
    {
        checks.push(FieldError::new(
            "input.deadline",
            "out_of_range",
            "must be a date between 2000 and 2100",
        ));
    }
    let oid = match input
        .oid
        .as_deref()
        .map(str::trim)
        .filter(|o| !o.is_empty())
    {
        Some(raw) => checks
            .parse(Oid::parse("input.oid", raw))
            .map(|o| Some(o.as_str().to_owned())),
        None => Some(applicant.as_ref().and_then(|o| o.oid.clone())),
    };
    let agency = checks.parse(parse_text(
        "input.nationalAgency",
        &input.national_agency,
        200,
    ));
    let reference = checks.parse(parse_text(
        "input.referenceNumber",
        &input.reference_number,
        100,
    ));
    for (field, amount) in [
        ("input.requestedCents", input.requested_cents),
        ("input.grantedCents", input.granted_cents),
    ] {
        if amount.is_some_and(|cents| !(0..=MAX_AMOUNT_CENTS).contains(&cents)) {
            checks.push(FieldError::new(
                field,
                "out_of_range",
                "must be between 0 and 10 000 000 euros (in cents)",
            ));
        }
    }
    if input.granted_cents.is_some()
        && !matches!(input.status, RecordStatus::Granted | RecordStatus::Reported)
    {
        checks.push(FieldError::new(
            "input.grantedCents",
            "not_granted",
            "only a granted or reported application has a granted amount",
        ));
    }
    if input.exchange_ids.len() > MAX_EXCHANGES {
        checks.push(FieldError::new(
            "input.exchangeIds",
            "too_many",
            "at most 50 exchanges",
        ));
    }
    let mut exchanges = Vec::new();
    for (index, raw) in input.exchange_ids.iter().take(MAX_EXCHANGES).enumerate() {
        let field = format!("input.exchangeIds[{index}]");
        if let Some(id) = Uuid::parse_str(raw).ok().filter(|id| linked.contains(id)) {
            if !exchanges.contains(&id) {
                exchanges.push(id);
            }
            continue;
        }
        let found = match Uuid::parse_str(raw) {
            Ok(id) => crate::exchanges::proposals::find_visible(services, principal, id)
                .await
                .ok(),
            Err(_) => None,
        };
        match found {
            Some((exchange, relation))
                if relation.may_edit() && Some(exchange.municipality_id) == municipality =>
            {
                if !exchanges.contains(&exchange.id) {
                    exchanges.push(exchange.id);
                }
            }
            Some(_) => checks.push(FieldError::new(
                field,
                "not_yours",
                "is not an exchange of the applicant's municipality that you plan",
            )),
            None => checks.push(FieldError::new(field, "unknown", "no such exchange")),
        }
    }
    checks.finish()?;
    let now = Utc::now();
    Ok(Parsed {
        row: funding_records::ActiveModel {
            municipality_id: Set(municipality.expect("checked")),
            title: Set(title.expect("checked")),
            programme: Set(input.programme.code().to_owned()),
            action: Set(input.action.map(|a| a.code().to_owned())),
            call_year: Set(input.call_year),
            round: Set(input.round),
            deadline: Set(input.deadline),
            applicant_organisation_id: Set(applicant.expect("checked").id),
            oid: Set(oid.expect("checked")),
            national_agency: Set(agency.expect("checked")),
            reference_number: Set(reference.expect("checked")),
            status: Set(input.status.code().to_owned()),
            requested_cents: Set(input.requested_cents),
            granted_cents: Set(input.granted_cents),
            updated_at: Set(now),
            ..Default::default()
        },
        exchanges,
    })
}

async fn link_exchanges(
    db: &impl ConnectionTrait,
    record: Uuid,
    exchanges: &[Uuid],
) -> DomainResult<()> {
    funding_record_exchanges::Entity::delete_many()
        .filter(funding_record_exchanges::Column::FundingRecordId.eq(record))
        .exec(db)
        .await?;
    if !exchanges.is_empty() {
        funding_record_exchanges::Entity::insert_many(exchanges.iter().map(|exchange| {
            funding_record_exchanges::ActiveModel {
                funding_record_id: Set(record),
                exchange_id: Set(*exchange),
            }
        }))
        .exec_without_returning(db)
        .await?;
    }
    Ok(())
}

async fn record_event(
    db: &impl ConnectionTrait,
    principal: &Principal,
    meta: &RequestMeta,
    action: &str,
    saved: &funding_records::Model,
) -> DomainResult<()> {
    audit::record(
        db,
        meta,
        AuditEvent {
            actor_id: Some(principal.user_id),
            action,
            subject_type: "funding_record",
            subject_id: Some(saved.id),
            details: json!({
                "status": saved.status,
                "programme": saved.programme,
                "action": saved.action,
                "requestedCents": saved.requested_cents,
                "grantedCents": saved.granted_cents,
            }),
        },
    )
    .await
}

pub async fn create(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    input: RecordInput,
) -> DomainResult<funding_records::Model> {
    let parsed = parse(services, principal, &input, &[]).await?;
    let txn = begin_write(&services.db).await?;
    let mut row = parsed.row;
    let now = Utc::now();
    row.id = Set(Uuid::now_v7());
    row.created_by = Set(Some(principal.user_id));
    row.created_at = Set(now);
    let saved = row.insert(&txn).await?;
    link_exchanges(&txn, saved.id, &parsed.exchanges).await?;
    record_event(&txn, principal, meta, "funding_record_created", &saved).await?;
    txn.commit().await?;
    Ok(saved)
}

pub async fn update(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    id: Uuid,
    input: RecordInput,
) -> DomainResult<funding_records::Model> {
    find_managed(services, principal, id).await?;
    let linked = exchanges_of(&services.db, id).await?;
    let mut parsed = parse(services, principal, &input, &linked).await?;
    // A link the editor could not make (another school's exchange, linked by a coordinator)
    // is not theirs to remove either.
    for exchange in linked {
        if !parsed.exchanges.contains(&exchange) && !plans(services, principal, exchange).await? {
            parsed.exchanges.push(exchange);
        }
    }
    let txn = begin_write(&services.db).await?;
    let mut row = parsed.row;
    row.id = sea_orm::ActiveValue::Unchanged(id);
    let saved = row.update(&txn).await?;
    link_exchanges(&txn, saved.id, &parsed.exchanges).await?;
    record_event(&txn, principal, meta, "funding_record_updated", &saved).await?;
    txn.commit().await?;
    Ok(saved)
}

/// Whether the principal plans (may edit) the exchange.
async fn plans(services: &Services, principal: &Principal, exchange: Uuid) -> DomainResult<bool> {
    match crate::exchanges::proposals::find_visible(services, principal, exchange).await {
        Ok((_, relation)) => Ok(relation.may_edit()),
        Err(DomainError::NotFound(_)) => Ok(false),
        Err(other) => Err(other),
    }
}

/// A record the principal keeps; others get NOT_FOUND, as if it did not exist.
pub async fn find_managed(
    services: &Services,
    principal: &Principal,
    id: Uuid,
) -> DomainResult<funding_records::Model> {
    let record = funding_records::Entity::find_by_id(id)
        .one(&services.db)
        .await?
        .ok_or(DomainError::NotFound("funding record"))?;
    if access::can_manage_record(
        &principal.roles,
        record.applicant_organisation_id,
        Some(record.municipality_id),
    ) {
        Ok(record)
    } else {
        Err(DomainError::NotFound("funding record"))
    }
}

pub async fn exchanges_of(db: &impl ConnectionTrait, record: Uuid) -> DomainResult<Vec<Uuid>> {
    Ok(funding_record_exchanges::Entity::find()
        .filter(funding_record_exchanges::Column::FundingRecordId.eq(record))
        .all(db)
        .await?
        .into_iter()
        .map(|row| row.exchange_id)
        .collect())
}

/// The records of an exchange that the principal keeps.
pub async fn records_of_exchange(
    services: &Services,
    principal: &Principal,
    exchange: Uuid,
) -> DomainResult<Vec<funding_records::Model>> {
    let ids: Vec<Uuid> = funding_record_exchanges::Entity::find()
        .filter(funding_record_exchanges::Column::ExchangeId.eq(exchange))
        .all(&services.db)
        .await?
        .into_iter()
        .map(|row| row.funding_record_id)
        .collect();
    Ok(funding_records::Entity::find()
        .filter(funding_records::Column::Id.is_in(ids))
        .order_by_asc(funding_records::Column::Id)
        .all(&services.db)
        .await?
        .into_iter()
        .filter(|r| {
            access::can_manage_record(
                &principal.roles,
                r.applicant_organisation_id,
                Some(r.municipality_id),
            )
        })
        .collect())
}

#[derive(Debug, Clone, Default)]
pub struct RecordFilter {
    pub status: Option<RecordStatus>,
    pub programme: Option<Programme>,
    pub call_year: Option<i32>,
}

/// The records the principal keeps, oldest first, a page at a time.
pub async fn list(
    services: &Services,
    principal: &Principal,
    filter: RecordFilter,
    first: u64,
    after: Option<Uuid>,
) -> DomainResult<(Vec<funding_records::Model>, bool)> {
    let roles = &principal.roles;
    let global = crate::accounts::rules::holds_globally(roles, Role::Admin)
        || crate::accounts::rules::holds_globally(roles, Role::Coordinator);
    let mut visible = Condition::any();
    for (role, scope) in roles {
        match (role, scope) {
            (Role::Coordinator, Scope::Municipality(m)) => {
                visible = visible.add(funding_records::Column::MunicipalityId.eq(*m));
            }
            (Role::Teacher | Role::Principal | Role::Admin, Scope::Organisation(o)) => {
                visible = visible.add(funding_records::Column::ApplicantOrganisationId.eq(*o));
            }
            _ => {}
        }
    }
    if !global && visible.is_empty() {
        return Ok((Vec::new(), false));
    }
    let mut query = funding_records::Entity::find();
    if !global {
        query = query.filter(visible);
    }
    if let Some(status) = filter.status {
        query = query.filter(funding_records::Column::Status.eq(status.code()));
    }
    if let Some(programme) = filter.programme {
        query = query.filter(funding_records::Column::Programme.eq(programme.code()));
    }
    if let Some(year) = filter.call_year {
        query = query.filter(funding_records::Column::CallYear.eq(year));
    }
    if let Some(after) = after {
        query = query.filter(funding_records::Column::Id.gt(after));
    }
    let mut rows = query
        .order_by_asc(funding_records::Column::Id)
        .limit(first + 1)
        .all(&services.db)
        .await?;
    let has_next = rows.len() as u64 > first;
    rows.truncate(first as usize);
    Ok((rows, has_next))
}
