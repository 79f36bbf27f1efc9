use sea_orm::entity::prelude::*;

/// A file attached to an exchange: a risk assessment, an insurance certificate, a programme
/// or another document. `media_type` is what its content was detected as, never what the
/// uploader's browser claimed.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "exchange_attachments")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub exchange_id: Uuid,
    /// `risk_assessment`, `insurance_certificate`, `programme` or `other`.
    pub kind: String,
    /// Sanitised: no path, no control characters, the detected type's extension.
    pub file_name: String,
    pub media_type: String,
    pub size_bytes: i64,
    /// Hex SHA-256 of the content.
    pub sha256: String,
    #[sea_orm(column_type = "Blob")]
    pub content: Vec<u8>,
    pub uploaded_by: Option<Uuid>,
    pub uploaded_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
