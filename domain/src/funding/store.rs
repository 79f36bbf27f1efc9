//! The unit-cost tables in the database: seeded from the programme guides, edited by
//! coordinators, read per action and call year by the calculator.
use chrono::Utc;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    sea_query::OnConflict,
};
use serde_json::json;
use uuid::Uuid;

use super::{
    access,
    rates::{
        self, CountryRow, ErasmusStatus, FundingAction, NordplusArea, RateKind, RateRow, RateTable,
    },
};
use crate::{
    audit::{self, AuditEvent},
    db::begin_write,
    entities::{funding_countries, funding_rates},
    error::{Checks, DomainError, DomainResult, FieldError},
    principal::{Principal, RequestMeta},
    services::Services,
};

/// Inserting a rate row that exists leaves it as it is.
fn keep_existing_rate() -> OnConflict {
    OnConflict::columns([
        funding_rates::Column::Action,
        funding_rates::Column::CallYear,
        funding_rates::Column::Kind,
        funding_rates::Column::RateKey,
    ])
    .do_nothing()
    .to_owned()
}

fn keep_existing_country() -> OnConflict {
    OnConflict::columns([
        funding_countries::Column::CallYear,
        funding_countries::Column::Country,
    ])
    .do_nothing()
    .to_owned()
}

/// Inserts the seeded rows that are not there yet; rows already present, edited or not, are
/// left as they are.
pub async fn seed(db: &impl ConnectionTrait) -> DomainResult<()> {
    let table = rates::seed();
    let now = Utc::now();
    for chunk in table.rates.chunks(200) {
        let rows = chunk.iter().map(|row| funding_rates::ActiveModel {
            id: Set(Uuid::now_v7()),
            action: Set(row.action.code().to_owned()),
            call_year: Set(row.call_year),
            kind: Set(row.kind.code().to_owned()),
            rate_key: Set(row.key.clone()),
            value: Set(row.value),
            note: Set(row.note.clone()),
            updated_by: Set(None),
            updated_at: Set(now),
        });
        funding_rates::Entity::insert_many(rows)
            .on_conflict(keep_existing_rate())
            .exec_without_returning(db)
            .await?;
    }
    for chunk in table.countries.chunks(200) {
        let rows = chunk.iter().map(|row| funding_countries::ActiveModel {
            call_year: Set(row.call_year),
            country: Set(row.country.clone()),
            erasmus: Set(row.erasmus.code().to_owned()),
            country_group: Set(row.country_group),
            nordplus: Set(row.nordplus.map(|area| area.code().to_owned())),
            note: Set(row.note.clone()),
        });
        funding_countries::Entity::insert_many(rows)
            .on_conflict(keep_existing_country())
            .exec_without_returning(db)
            .await?;
    }
    super::call_deadlines::seed(db).await
}

fn rate_row(model: &funding_rates::Model) -> Option<RateRow> {
    Some(RateRow {
        action: FundingAction::from_code(&model.action)?,
        call_year: model.call_year,
        kind: RateKind::from_code(&model.kind)?,
        key: model.rate_key.clone(),
        value: model.value,
        note: model.note.clone(),
    })
}

fn country_row(model: funding_countries::Model) -> Option<CountryRow> {
    Some(CountryRow {
        call_year: model.call_year,
        erasmus: ErasmusStatus::from_code(&model.erasmus)?,
        country_group: model.country_group,
        nordplus: match model.nordplus.as_deref() {
            Some(code) => Some(NordplusArea::from_code(code)?),
            None => None,
        },
        country: model.country,
        note: model.note,
    })
}

/// The rows of one action's call year, and the countries of that year.
pub async fn table_for(
    db: &impl ConnectionTrait,
    action: FundingAction,
    call_year: i32,
) -> DomainResult<RateTable> {
    let rates = rate_models(db, action, call_year).await?;
    let countries = funding_countries::Entity::find()
        .filter(funding_countries::Column::CallYear.eq(call_year))
        .order_by_asc(funding_countries::Column::Country)
        .all(db)
        .await?;
    Ok(RateTable {
        rates: rates.iter().filter_map(rate_row).collect(),
        countries: countries.into_iter().filter_map(country_row).collect(),
    })
}

pub async fn rate_models(
    db: &impl ConnectionTrait,
    action: FundingAction,
    call_year: i32,
) -> DomainResult<Vec<funding_rates::Model>> {
    Ok(funding_rates::Entity::find()
        .filter(funding_rates::Column::Action.eq(action.code()))
        .filter(funding_rates::Column::CallYear.eq(call_year))
        .order_by_asc(funding_rates::Column::Kind)
        .order_by_asc(funding_rates::Column::RateKey)
        .all(db)
        .await?)
}

pub async fn countries(
    db: &impl ConnectionTrait,
    call_year: i32,
) -> DomainResult<Vec<funding_countries::Model>> {
    Ok(funding_countries::Entity::find()
        .filter(funding_countries::Column::CallYear.eq(call_year))
        .order_by_asc(funding_countries::Column::Country)
        .all(db)
        .await?)
}

/// The call years that have a table for `action`.
pub async fn call_years(
    db: &impl ConnectionTrait,
    action: FundingAction,
) -> DomainResult<Vec<i32>> {
    let mut years: Vec<i32> = funding_rates::Entity::find()
        .filter(funding_rates::Column::Action.eq(action.code()))
        .all(db)
        .await?
        .into_iter()
        .map(|row| row.call_year)
        .collect();
    years.sort_unstable();
    years.dedup();
    Ok(years)
}

#[derive(Debug, Clone)]
pub struct RateInput {
    pub action: FundingAction,
    pub call_year: i32,
    pub kind: RateKind,
    pub key: String,
    /// None marks the rate as needing a value.
    pub value: Option<i64>,
    pub note: String,
}

/// The call years a table may be kept for.
const CALL_YEARS: std::ops::RangeInclusive<i32> = 2014..=2040;
/// No unit cost comes near a million euros.
pub const MAX_RATE_VALUE: i64 = 100_000_000;

/// Whether `key` names a row of `kind`: the keys the calculator looks up.
pub fn key_fits(action: FundingAction, kind: RateKind, key: &str) -> bool {
    match kind {
        RateKind::TravelStandard | RateKind::TravelGreen => crate::geo::DistanceBand::ALL
            .iter()
            .any(|band| rates::band_key(*band) == key),
        RateKind::OrganisationalSupport if action == FundingAction::Ka152You => {
            crate::reference::is_country_code(key)
        }
        RateKind::OrganisationalSupport => key == "pupil",
        RateKind::IndividualSupportPupil | RateKind::IndividualSupportStaff => {
            matches!(key, "1" | "2" | "3")
        }
        RateKind::InclusionSupport => key == "participant",
        RateKind::LumpSum => key.len() <= 9 && key.parse::<u32>().is_ok_and(|euros| euros > 0),
        RateKind::NordplusTravel => NordplusArea::from_code(key).is_some(),
        RateKind::TravelDaysStandard | RateKind::TravelDaysGreen => key == "max",
    }
}

/// Sets one rate (creating its row for a new call year); municipal and global coordinators may, audited.
pub async fn set_rate(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    input: RateInput,
) -> DomainResult<funding_rates::Model> {
    if !access::can_edit_rates(&principal.roles) {
        return Err(DomainError::Forbidden);
    }
    let mut checks = Checks::new();
    check_call_year(&mut checks, "input.callYear", input.call_year);
    let key = input.key.trim().to_owned();
    if !key_fits(input.action, input.kind, &key) {
        checks.push(FieldError::new(
            "input.key",
            "invalid",
            "is not a key of this kind of rate (a band such as 500-1999, a country code, \
             a country group 1-3, a lump sum in euros, a Nordplus area, pupil, participant \
             or max)",
        ));
    }
    if input
        .value
        .is_some_and(|v| !(0..=MAX_RATE_VALUE).contains(&v))
    {
        checks.push(FieldError::new(
            "input.value",
            "out_of_range",
            "must be between 0 and 1 000 000 euros (in cents), or days",
        ));
    }
    let note = checks.parse(crate::directory::types::parse_text(
        "input.note",
        &input.note,
        500,
    ));
    checks.finish()?;
    let note = note.unwrap_or_default();

    let txn = begin_write(&services.db).await?;
    let existing = funding_rates::Entity::find()
        .filter(funding_rates::Column::Action.eq(input.action.code()))
        .filter(funding_rates::Column::CallYear.eq(input.call_year))
        .filter(funding_rates::Column::Kind.eq(input.kind.code()))
        .filter(funding_rates::Column::RateKey.eq(&key))
        .one(&txn)
        .await?;
    let before = existing.as_ref().map(|row| row.value);
    // One statement whether the row exists or not: two coordinators setting the same new
    // row at once both succeed, the later value standing.
    funding_rates::Entity::insert(funding_rates::ActiveModel {
        id: Set(Uuid::now_v7()),
        action: Set(input.action.code().to_owned()),
        call_year: Set(input.call_year),
        kind: Set(input.kind.code().to_owned()),
        rate_key: Set(key.clone()),
        value: Set(input.value),
        note: Set(note),
        updated_by: Set(Some(principal.user_id)),
        updated_at: Set(Utc::now()),
    })
    .on_conflict(
        OnConflict::columns([
            funding_rates::Column::Action,
            funding_rates::Column::CallYear,
            funding_rates::Column::Kind,
            funding_rates::Column::RateKey,
        ])
        .update_columns([
            funding_rates::Column::Value,
            funding_rates::Column::Note,
            funding_rates::Column::UpdatedBy,
            funding_rates::Column::UpdatedAt,
        ])
        .to_owned(),
    )
    .exec_without_returning(&txn)
    .await?;
    let saved = funding_rates::Entity::find()
        .filter(funding_rates::Column::Action.eq(input.action.code()))
        .filter(funding_rates::Column::CallYear.eq(input.call_year))
        .filter(funding_rates::Column::Kind.eq(input.kind.code()))
        .filter(funding_rates::Column::RateKey.eq(&key))
        .one(&txn)
        .await?
        .ok_or_else(|| DomainError::Internal(anyhow::anyhow!("rate row not stored")))?;
    audit::record(
        &txn,
        meta,
        AuditEvent {
            actor_id: Some(principal.user_id),
            action: "funding_rate_set",
            subject_type: "funding_rate",
            subject_id: Some(saved.id),
            details: json!({
                "action": saved.action,
                "callYear": saved.call_year,
                "kind": saved.kind,
                "key": saved.rate_key,
                "before": before.flatten(),
                "after": saved.value,
            }),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(saved)
}

#[derive(Debug, Clone)]
pub struct CountryInput {
    pub call_year: i32,
    pub country: String,
    pub erasmus: ErasmusStatus,
    pub country_group: Option<i16>,
    pub nordplus: Option<NordplusArea>,
    pub note: String,
}

/// A call year tables may be kept for, or an error naming `field`.
pub(super) fn check_call_year(checks: &mut Checks, field: &str, year: i32) {
    if !CALL_YEARS.contains(&year) {
        checks.push(FieldError::new(
            field,
            "out_of_range",
            "must be a call year between 2014 and 2040",
        ));
    }
}

/// Sets a country's standing in a call year; municipal and global coordinators may, audited.
pub async fn set_country(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    input: CountryInput,
) -> DomainResult<funding_countries::Model> {
    if !access::can_edit_rates(&principal.roles) {
        return Err(DomainError::Forbidden);
    }
    let mut checks = Checks::new();
    check_call_year(&mut checks, "input.callYear", input.call_year);
    let country = input.country.trim().to_ascii_uppercase();
    if !crate::reference::is_country_code(&country) {
        checks.push(FieldError::new(
            "input.country",
            "unknown_country",
            "is not an ISO 3166-1 country code",
        ));
    }
    match (input.erasmus, input.country_group) {
        (_, Some(group)) if !(1..=3).contains(&group) => checks.push(FieldError::new(
            "input.countryGroup",
            "out_of_range",
            "must be 1, 2 or 3",
        )),
        (ErasmusStatus::ProgrammeCountry, _) | (_, None) => {}
        (_, Some(_)) => checks.push(FieldError::new(
            "input.countryGroup",
            "not_a_programme_country",
            "only programme countries have a country group",
        )),
    }
    let note = checks.parse(crate::directory::types::parse_text(
        "input.note",
        &input.note,
        500,
    ));
    checks.finish()?;
    let row = funding_countries::ActiveModel {
        call_year: Set(input.call_year),
        country: Set(country.clone()),
        erasmus: Set(input.erasmus.code().to_owned()),
        country_group: Set(input.country_group),
        nordplus: Set(input.nordplus.map(|area| area.code().to_owned())),
        note: Set(note.unwrap_or_default()),
    };
    let txn = begin_write(&services.db).await?;
    funding_countries::Entity::insert(row)
        .on_conflict(
            OnConflict::columns([
                funding_countries::Column::CallYear,
                funding_countries::Column::Country,
            ])
            .update_columns([
                funding_countries::Column::Erasmus,
                funding_countries::Column::CountryGroup,
                funding_countries::Column::Nordplus,
                funding_countries::Column::Note,
            ])
            .to_owned(),
        )
        .exec_without_returning(&txn)
        .await?;
    let saved = funding_countries::Entity::find_by_id((input.call_year, country))
        .one(&txn)
        .await?
        .ok_or_else(|| DomainError::Internal(anyhow::anyhow!("country row not stored")))?;
    audit::record(
        &txn,
        meta,
        AuditEvent {
            actor_id: Some(principal.user_id),
            action: "funding_country_set",
            subject_type: "funding_country",
            subject_id: None,
            details: json!({
                "callYear": saved.call_year,
                "country": saved.country,
                "erasmus": saved.erasmus,
                "countryGroup": saved.country_group,
                "nordplus": saved.nordplus,
            }),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(saved)
}

/// Opens a new call year from an earlier one: every rate row is copied with its value
/// cleared ("needs a value", since amounts change with each call) and the countries are
/// copied as they were, for coordinators to check. Returns how many rate rows it added;
/// rows the new year already has are kept.
pub async fn start_call_year(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    call_year: i32,
    from: i32,
) -> DomainResult<u64> {
    if !access::can_edit_rates(&principal.roles) {
        return Err(DomainError::Forbidden);
    }
    let mut checks = Checks::new();
    check_call_year(&mut checks, "callYear", call_year);
    check_call_year(&mut checks, "fromYear", from);
    if call_year == from {
        checks.push(FieldError::new(
            "callYear",
            "same_year",
            "must differ from the year copied",
        ));
    }
    checks.finish()?;
    let txn = begin_write(&services.db).await?;
    let source = funding_rates::Entity::find()
        .filter(funding_rates::Column::CallYear.eq(from))
        .all(&txn)
        .await?;
    if source.is_empty() {
        return Err(DomainError::field(
            "fromYear",
            "no_rate_table",
            "has no rates to copy",
        ));
    }
    let now = Utc::now();
    let mut added = 0;
    for chunk in source.chunks(200) {
        let rows = chunk.iter().map(|row| funding_rates::ActiveModel {
            id: Set(Uuid::now_v7()),
            action: Set(row.action.clone()),
            call_year: Set(call_year),
            kind: Set(row.kind.clone()),
            rate_key: Set(row.rate_key.clone()),
            value: Set(None),
            note: Set(format!("to be entered for the {call_year} call")),
            updated_by: Set(Some(principal.user_id)),
            updated_at: Set(now),
        });
        added += funding_rates::Entity::insert_many(rows)
            .on_conflict(keep_existing_rate())
            .exec_without_returning(&txn)
            .await?;
    }
    let countries = funding_countries::Entity::find()
        .filter(funding_countries::Column::CallYear.eq(from))
        .all(&txn)
        .await?;
    for chunk in countries.chunks(200) {
        let rows = chunk.iter().map(|row| funding_countries::ActiveModel {
            call_year: Set(call_year),
            country: Set(row.country.clone()),
            erasmus: Set(row.erasmus.clone()),
            country_group: Set(row.country_group),
            nordplus: Set(row.nordplus.clone()),
            note: Set(format!(
                "copied from {from}; check against the {call_year} call"
            )),
        });
        funding_countries::Entity::insert_many(rows)
            .on_conflict(keep_existing_country())
            .exec_without_returning(&txn)
            .await?;
    }
    audit::record(
        &txn,
        meta,
        AuditEvent {
            actor_id: Some(principal.user_id),
            action: "funding_call_year_started",
            subject_type: "funding_rate",
            subject_id: None,
            details: json!({ "callYear": call_year, "from": from, "ratesAdded": added }),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(added)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_seeded_key_fits_its_kind_and_typos_do_not() {
        for row in rates::seed().rates {
            assert!(key_fits(row.action, row.kind, &row.key), "{row:?}");
        }
        for (action, kind, key) in [
            (FundingAction::Ka152You, RateKind::TravelStandard, "500-199"),
            (
                FundingAction::Ka152You,
                RateKind::OrganisationalSupport,
                "XX",
            ),
            (
                FundingAction::Ka122Sch,
                RateKind::OrganisationalSupport,
                "FR",
            ),
            (
                FundingAction::Ka122Sch,
                RateKind::IndividualSupportPupil,
                "4",
            ),
            (FundingAction::Ka210, RateKind::LumpSum, "-30000"),
            (
                FundingAction::NordplusJuniorClass,
                RateKind::NordplusTravel,
                "iceland",
            ),
            (FundingAction::Ka152You, RateKind::TravelDaysGreen, "min"),
        ] {
            assert!(!key_fits(action, kind, key), "{kind:?} {key}");
        }
    }
}
