use sea_orm::entity::prelude::*;

/// A guardian on record for a young person, with an account or only an e-mail address.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "guardians")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub youth_id: Uuid,
    pub user_id: Option<Uuid>,
    pub email: String,
    pub display_name: String,
    pub locale: String,
    /// `joint` or `sole`.
    pub custody: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
