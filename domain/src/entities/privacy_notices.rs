use sea_orm::entity::prelude::*;

/// One version of a municipality's privacy notice (GDPR art. 13); never changed: a change
/// is a new version.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "privacy_notices")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub municipality_id: Uuid,
    /// 1, 2, ... per municipality.
    pub version: i32,
    /// The responsible committee ("Barn- och utbildningsnämnden i Jönköpings kommun").
    pub controller: String,
    pub controller_contact: String,
    /// How to reach the data protection officer; None in the version Utbyte starts with,
    /// before the municipality has published its own.
    pub dpo_contact: Option<String>,
    /// None for the version Utbyte starts with.
    pub published_by: Option<Uuid>,
    pub published_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
