use sea_orm::entity::prelude::*;

/// A consent given, withdrawn or invalidated; append-only.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "consent_events")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub registration_id: Uuid,
    pub guardian_id: Option<Uuid>,
    /// `travel` (permission to travel), `photos` (optional), `assent` (the youth's own).
    pub kind: String,
    /// `given`, `withdrawn` or `invalidated`.
    pub event: String,
    /// `guardian`, `participant` (from 18, or the youth's assent) or `coordinator`.
    pub given_by: String,
    pub consent_text_id: Option<Uuid>,
    /// `email_link`, `account`, `coordinator_override` or `exchange_changed`.
    pub method: String,
    pub typed_name: Option<String>,
    pub reason: Option<String>,
    pub client_ip: Option<String>,
    pub user_agent: Option<String>,
    pub actor_user_id: Option<Uuid>,
    pub occurred_at: DateTimeUtc,
    /// The privacy notice as the giver was shown it (None before notices were shown, and
    /// for events nobody signed: overrides, invalidations).
    pub privacy_notice_text_id: Option<Uuid>,
    /// How the giver signed: `typed_name` (see `consent::signing`); None when nobody signed.
    pub signing_method: Option<String>,
    /// Its place in the table's hash chain, the hash of the row before it and its own hash
    /// (see `audit::chain`); None only on a row written around the service.
    pub chain_seq: Option<i64>,
    pub prev_hash: Option<String>,
    pub row_hash: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
