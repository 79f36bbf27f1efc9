use sea_orm::entity::prelude::*;

/// The places of an exchange and how they are given out. `taken <= capacity` is a CHECK.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "exchange_places")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub exchange_id: Uuid,
    pub capacity: i32,
    /// Places held by registrations pending consent, confirmed or offered.
    pub taken: i32,
    pub consent_rule: String,
    pub selection: String,
    pub membership: String,
    pub lottery_seed: Option<i64>,
    pub lottery_drawn_at: Option<DateTimeUtc>,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
