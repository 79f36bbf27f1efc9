use sea_orm::entity::prelude::*;

/// The reciprocity ledger: who hosted whom, and when.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "completed_exchanges")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub host_organisation_id: Option<Uuid>,
    pub visitor_organisation_id: Option<Uuid>,
    pub host_town_id: Uuid,
    pub visitor_town_id: Uuid,
    pub started_on: Date,
    pub ended_on: Date,
    pub participants: Option<i32>,
    pub recorded_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
