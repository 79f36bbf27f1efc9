use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "funding_record_exchanges")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub funding_record_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub exchange_id: Uuid,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
