use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "funding_countries")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub call_year: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub country: String,
    pub erasmus: String,
    pub country_group: Option<i16>,
    pub nordplus: Option<String>,
    pub note: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
