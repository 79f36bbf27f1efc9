//! Who took part in an exchange, kept without names: written in the transaction that
//! completes the exchange, so the figures survive the retention of registrations.
use sea_orm::{
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    sea_query::{Expr, ExprTrait},
};
use uuid::Uuid;

use super::rules::age_band;
use crate::{
    entities::{exchanges, participation_records, youth_profiles},
    error::DomainResult,
    registrations::{registering::confirmed_participants, rules::age_on},
};

/// Records one row per confirmed participant of `exchange`, unless its participants were
/// recorded already; returns how many rows it wrote. Marks a young person's first exchange on
/// their profile, which is what makes a first-timer.
pub async fn record(db: &impl ConnectionTrait, exchange: &exchanges::Model) -> DomainResult<usize> {
    let recorded = participation_records::Entity::find()
        .filter(participation_records::Column::ExchangeId.eq(exchange.id))
        .count(db)
        .await?;
    if recorded > 0 {
        return Ok(0);
    }
    let profiles = confirmed_participants(db, exchange.id).await?;
    let days = (exchange.end_date - exchange.start_date).num_days() as i32 + 1;
    let rows: Vec<_> = profiles
        .iter()
        .map(|profile| participation_records::ActiveModel {
            id: Set(Uuid::now_v7()),
            exchange_id: Set(exchange.id),
            age_band: Set(age_band(age_on(profile.date_of_birth, exchange.start_date))
                .code()
                .to_owned()),
            gender: Set(profile.gender.clone()),
            fewer_opportunities: Set(profile.fewer_opportunities),
            first_time: Set(profile
                .first_exchange_on
                .is_none_or(|first| first >= exchange.start_date)),
            days: Set(days),
        })
        .collect();
    let written = rows.len();
    if written == 0 {
        return Ok(0);
    }
    participation_records::Entity::insert_many(rows)
        .exec_without_returning(db)
        .await?;
    youth_profiles::Entity::update_many()
        .col_expr(
            youth_profiles::Column::FirstExchangeOn,
            Expr::value(exchange.start_date),
        )
        .filter(youth_profiles::Column::Id.is_in(profiles.iter().map(|p| p.id)))
        .filter(
            youth_profiles::Column::FirstExchangeOn
                .is_null()
                .or(youth_profiles::Column::FirstExchangeOn.gt(exchange.start_date)),
        )
        .exec(db)
        .await?;
    Ok(written)
}
