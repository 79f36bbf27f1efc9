use sea_orm::entity::prelude::*;

/// One run of the retention job and what it did. While a run is unfinished (inside its own
/// transaction) the append-only tables accept its deletes.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "retention_runs")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub started_at: DateTimeUtc,
    pub finished_at: Option<DateTimeUtc>,
    /// None when the scheduler ran it.
    pub ran_by: Option<Uuid>,
    /// What was removed or anonymised, per category, and what restriction kept.
    pub outcome: Json,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
