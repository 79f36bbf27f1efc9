use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "approval_steps")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub exchange_id: Uuid,
    /// Which submission this step belongs to: 1 for the first, +1 per resubmission.
    pub round: i32,
    pub position: i32,
    pub approver_role: Option<String>,
    pub approver_scope_kind: Option<String>,
    pub approver_scope_id: Option<Uuid>,
    pub approver_user_id: Option<Uuid>,
    pub substitute_user_id: Option<Uuid>,
    pub due_days: i32,
    /// When it started waiting for a decision.
    pub activated_at: Option<DateTimeUtc>,
    /// For a step still waiting its turn: a provisional date, set again when it starts.
    pub due_at: DateTimeUtc,
    /// waiting, pending, approved, rejected, changes_requested, withdrawn.
    pub decision: String,
    pub decided_by: Option<Uuid>,
    pub decided_at: Option<DateTimeUtc>,
    pub comment: Option<String>,
    pub reminded_at: Option<DateTimeUtc>,
    pub substitute_reminded_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
