use sea_orm::entity::prelude::*;

/// One participant of an exchange that took place, with nothing that names them. Written when
/// the exchange is completed; the follow-up figures count these, so they survive retention.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "participation_records")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub exchange_id: Uuid,
    pub age_band: String,
    pub gender: Option<String>,
    pub fewer_opportunities: bool,
    /// Their first exchange that took place.
    pub first_time: bool,
    /// Days away, departure and return included.
    pub days: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
