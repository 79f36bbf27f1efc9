use sea_orm::entity::prelude::*;

/// The report a teacher files after an exchange; filing it moves the exchange to reported.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "exchange_reports")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub exchange_id: Uuid,
    pub what_happened: String,
    /// Outcomes against the learning objectives.
    pub outcomes: String,
    pub feedback_summary: String,
    pub actual_cost_cents: i64,
    pub filed_by: Option<Uuid>,
    pub filed_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
