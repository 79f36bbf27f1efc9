use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "municipalities")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The municipality's own town: its place, country and languages.
    pub town_id: Uuid,
    pub name: String,
    pub forbids_new_twin_towns: bool,
    /// The sender of the municipality's mails ("Jönköpings kommun – Utbyte"); both or neither.
    pub mail_sender_name: Option<String>,
    pub mail_sender_address: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
