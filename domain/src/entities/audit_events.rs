use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_events")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub occurred_at: DateTimeUtc,
    pub actor_id: Option<Uuid>,
    pub action: String,
    pub subject_type: String,
    pub subject_id: Option<Uuid>,
    pub request_id: Option<String>,
    pub details: Json,
    /// The exchange the event concerns, directly or through a registration.
    pub exchange_id: Option<Uuid>,
    /// The young person the event concerns.
    pub youth_id: Option<Uuid>,
    /// Its place in the table's hash chain, the hash of the row before it and its own hash
    /// (see `audit::chain`); None only on a row written around the service.
    pub chain_seq: Option<i64>,
    pub prev_hash: Option<String>,
    pub row_hash: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
