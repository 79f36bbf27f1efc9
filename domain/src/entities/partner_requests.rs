use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "partner_requests")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub title: String,
    pub direction: String,
    pub date_from: Date,
    pub date_to: Date,
    pub age_min: i16,
    pub age_max: i16,
    pub group_size: i32,
    pub themes: Json,
    pub languages: Json,
    pub preferred_town_ids: Json,
    pub only_partner_towns: bool,
    pub description: String,
    pub status: String,
    pub created_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
