use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "outbox_emails")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub recipient: String,
    pub locale: String,
    pub template: String,
    pub subject: String,
    pub text_body: String,
    pub html_body: String,
    #[sea_orm(unique)]
    pub dedup_key: String,
    pub attempts: i32,
    pub next_attempt_at: DateTimeUtc,
    pub lease_owner: Option<String>,
    pub lease_until: Option<DateTimeUtc>,
    pub sent_at: Option<DateTimeUtc>,
    pub failed_at: Option<DateTimeUtc>,
    pub last_error: Option<String>,
    pub created_at: DateTimeUtc,
    /// When retention blanked the recipient, subject and bodies of this sent mail.
    pub redacted_at: Option<DateTimeUtc>,
    /// The municipality's own sender, when it has one (else the installation's).
    pub sender_name: Option<String>,
    pub sender_address: Option<String>,
    /// Where replies go: the teacher, for a mail about a child.
    pub reply_to: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
