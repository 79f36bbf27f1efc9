use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "funding_records")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The applicant organisation's municipality, whose coordinators follow the record.
    pub municipality_id: Uuid,
    pub title: String,
    pub programme: String,
    pub action: Option<String>,
    pub call_year: i32,
    pub round: Option<i32>,
    /// The record's own deadline; without one it has its round's published deadline.
    pub deadline: Option<DateTimeUtc>,
    pub applicant_organisation_id: Uuid,
    pub oid: Option<String>,
    pub national_agency: String,
    pub reference_number: String,
    pub status: String,
    pub requested_cents: Option<i64>,
    pub granted_cents: Option<i64>,
    pub created_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
