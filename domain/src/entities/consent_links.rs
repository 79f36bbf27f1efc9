use sea_orm::entity::prelude::*;

/// A guardian's single-use link to the consent page (or to withdraw a consent).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "consent_links")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub registration_id: Uuid,
    pub guardian_id: Uuid,
    /// `consent` or `withdraw`.
    pub purpose: String,
    pub token_hash: String,
    /// What changed in the exchange since the consents this link replaces:
    /// `[{ "field", "before", "after" }]`.
    pub changes: Option<Json>,
    pub created_at: DateTimeUtc,
    pub expires_at: DateTimeUtc,
    pub used_at: Option<DateTimeUtc>,
    pub revoked_at: Option<DateTimeUtc>,
    /// When the guardian was first asked, on a link a reminder minted (None: the link is
    /// itself the request, asked at `created_at`).
    pub requested_at: Option<DateTimeUtc>,
    /// How many reminders the request had when this link was minted: 0, 1 or 2.
    pub reminders_sent: i32,
    /// The scheduler has dealt with the link running out unanswered (told the teacher, or
    /// found nothing worth telling).
    pub expiry_handled_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
