//! The programmes' published deadlines per action, call year and round: seeded from
//! FUNDING.md, kept current by coordinators. A funding record without a deadline of its own
//! has its round's, read when needed, so a later publication or correction reaches it.
use std::collections::HashMap;

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    sea_query::OnConflict,
};
use serde_json::json;

use super::{access, rates::FundingAction, store::check_call_year};
use crate::{
    audit::{self, AuditEvent},
    db::begin_write,
    entities::{funding_call_deadlines, funding_records},
    error::{Checks, DomainError, DomainResult, FieldError},
    format::noon_in_brussels,
    principal::{Principal, RequestMeta},
    services::Services,
};

/// Call 2026, first rounds: 12:00 Brussels time, converted with the zone database (in
/// February and early March Brussels keeps CET, so 11:00 UTC).
fn published_rows() -> Vec<(FundingAction, i32, i32, DateTime<Utc>)> {
    let noon = |month, day| NaiveDate::from_ymd_opt(2026, month, day).map(noon_in_brussels);
    [
        (FundingAction::Ka152You, noon(2, 12)),
        (FundingAction::Ka122Sch, noon(2, 19)),
        (FundingAction::Ka210, noon(3, 5)),
    ]
    .into_iter()
    .filter_map(|(action, deadline)| Some((action, 2026, 1, deadline?)))
    .collect()
}

/// Inserts the published deadlines that are not there yet; edited rows stay as they are.
pub async fn seed(db: &impl ConnectionTrait) -> DomainResult<()> {
    let now = Utc::now();
    let rows = published_rows()
        .into_iter()
        .map(
            |(action, call_year, round, deadline)| funding_call_deadlines::ActiveModel {
                action: Set(action.code().to_owned()),
                call_year: Set(call_year),
                round: Set(round),
                deadline: Set(deadline),
                note: Set("12:00 Brussels time".to_owned()),
                updated_by: Set(None),
                updated_at: Set(now),
            },
        );
    funding_call_deadlines::Entity::insert_many(rows)
        .on_conflict(key_conflict().do_nothing().to_owned())
        .exec_without_returning(db)
        .await?;
    Ok(())
}

fn key_conflict() -> OnConflict {
    OnConflict::columns([
        funding_call_deadlines::Column::Action,
        funding_call_deadlines::Column::CallYear,
        funding_call_deadlines::Column::Round,
    ])
}

/// The deadlines of a call year, by action and round.
pub async fn of_year(
    db: &impl ConnectionTrait,
    call_year: i32,
) -> DomainResult<Vec<funding_call_deadlines::Model>> {
    Ok(funding_call_deadlines::Entity::find()
        .filter(funding_call_deadlines::Column::CallYear.eq(call_year))
        .order_by_asc(funding_call_deadlines::Column::Action)
        .order_by_asc(funding_call_deadlines::Column::Round)
        .all(db)
        .await?)
}

/// A round of a call: action code, call year and round (the first when a record names none).
pub type Round = (String, i32, i32);

/// The round a funding record applies in; None without an action.
pub fn round_of(record: &funding_records::Model) -> Option<Round> {
    Some((
        record.action.clone()?,
        record.call_year,
        record.round.unwrap_or(1),
    ))
}

/// Every published deadline, by round (the table holds a few rows per call year).
pub async fn published(db: &impl ConnectionTrait) -> DomainResult<HashMap<Round, DateTime<Utc>>> {
    Ok(funding_call_deadlines::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|row| ((row.action, row.call_year, row.round), row.deadline))
        .collect())
}

/// A record's deadline: its own, else its round's published one as it stands now, so a
/// deadline published or corrected later reaches every record that has none of its own.
pub fn deadline_of(
    record: &funding_records::Model,
    published: &HashMap<Round, DateTime<Utc>>,
) -> Option<DateTime<Utc>> {
    record
        .deadline
        .or_else(|| round_of(record).and_then(|round| published.get(&round).copied()))
}

#[derive(Debug, Clone)]
pub struct CallDeadlineInput {
    pub action: FundingAction,
    pub call_year: i32,
    pub round: i32,
    pub deadline: DateTime<Utc>,
    pub note: String,
}

/// Sets the deadline of a call round; municipal and global coordinators may, audited.
pub async fn set(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    input: CallDeadlineInput,
) -> DomainResult<funding_call_deadlines::Model> {
    if !access::can_edit_rates(&principal.roles) {
        return Err(DomainError::Forbidden);
    }
    let mut checks = Checks::new();
    check_call_year(&mut checks, "input.callYear", input.call_year);
    if !(1..=3).contains(&input.round) {
        checks.push(FieldError::new(
            "input.round",
            "out_of_range",
            "must be 1, 2 or 3",
        ));
    }
    // A call's deadlines fall in the year before it or in the year itself.
    let year = i64::from(input.deadline.year());
    let call_year = i64::from(input.call_year);
    if year < call_year - 1 || year > call_year {
        checks.push(FieldError::new(
            "input.deadline",
            "outside_the_call",
            "must fall in the call year or the year before it",
        ));
    }
    let note = checks.parse(crate::directory::types::parse_text(
        "input.note",
        &input.note,
        500,
    ));
    checks.finish()?;

    let txn = begin_write(&services.db).await?;
    let key = (input.action.code().to_owned(), input.call_year, input.round);
    let before = funding_call_deadlines::Entity::find_by_id(key.clone())
        .one(&txn)
        .await?
        .map(|row| row.deadline);
    funding_call_deadlines::Entity::insert(funding_call_deadlines::ActiveModel {
        action: Set(key.0.clone()),
        call_year: Set(key.1),
        round: Set(key.2),
        deadline: Set(input.deadline),
        note: Set(note.unwrap_or_default()),
        updated_by: Set(Some(principal.user_id)),
        updated_at: Set(Utc::now()),
    })
    .on_conflict(
        key_conflict()
            .update_columns([
                funding_call_deadlines::Column::Deadline,
                funding_call_deadlines::Column::Note,
                funding_call_deadlines::Column::UpdatedBy,
                funding_call_deadlines::Column::UpdatedAt,
            ])
            .to_owned(),
    )
    .exec_without_returning(&txn)
    .await?;
    let saved = funding_call_deadlines::Entity::find_by_id(key)
        .one(&txn)
        .await?
        .ok_or_else(|| DomainError::Internal(anyhow::anyhow!("call deadline not stored")))?;
    audit::record(
        &txn,
        meta,
        AuditEvent {
            actor_id: Some(principal.user_id),
            action: "funding_call_deadline_set",
            subject_type: "funding_call_deadline",
            subject_id: None,
            details: json!({
                "action": saved.action,
                "callYear": saved.call_year,
                "round": saved.round,
                "before": before,
                "after": saved.deadline,
            }),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(saved)
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    #[test]
    fn the_2026_deadlines_are_noon_in_brussels() {
        let found: Vec<(String, String)> = published_rows()
            .into_iter()
            .map(|(action, _, _, deadline)| (action.code().to_owned(), deadline.to_rfc3339()))
            .collect();
        assert_eq!(
            found,
            [
                (
                    "KA152-YOU".to_owned(),
                    "2026-02-12T11:00:00+00:00".to_owned()
                ),
                (
                    "KA122-SCH".to_owned(),
                    "2026-02-19T11:00:00+00:00".to_owned()
                ),
                ("KA210".to_owned(), "2026-03-05T11:00:00+00:00".to_owned()),
            ]
        );
    }

    #[test]
    fn a_record_has_its_own_deadline_else_its_rounds() {
        let published: HashMap<Round, DateTime<Utc>> = published_rows()
            .into_iter()
            .map(|(action, year, round, at)| ((action.code().to_owned(), year, round), at))
            .collect();
        let record = |action: Option<&str>, round, own| funding_records::Model {
            id: uuid::Uuid::nil(),
            municipality_id: uuid::Uuid::nil(),
            title: String::new(),
            programme: "erasmus_plus".to_owned(),
            action: action.map(str::to_owned),
            call_year: 2026,
            round,
            deadline: own,
            applicant_organisation_id: uuid::Uuid::nil(),
            oid: None,
            national_agency: String::new(),
            reference_number: String::new(),
            status: "drafting".to_owned(),
            requested_cents: None,
            granted_cents: None,
            created_by: None,
            created_at: Utc::now(),
            updated_at: Utc::now(),
        };
        let noon = Utc.with_ymd_and_hms(2026, 2, 12, 11, 0, 0).single();
        let own = Utc.with_ymd_and_hms(2026, 2, 1, 8, 0, 0).single();
        assert_eq!(
            deadline_of(&record(Some("KA152-YOU"), None, None), &published),
            noon
        );
        assert_eq!(
            deadline_of(&record(Some("KA152-YOU"), Some(1), None), &published),
            noon
        );
        assert_eq!(
            deadline_of(&record(Some("KA152-YOU"), Some(2), None), &published),
            None
        );
        assert_eq!(
            deadline_of(&record(Some("KA152-YOU"), None, own), &published),
            own
        );
        assert_eq!(deadline_of(&record(None, None, None), &published), None);
    }
}
