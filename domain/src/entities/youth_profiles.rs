use sea_orm::entity::prelude::*;

/// A young person who takes part in exchanges; children under 13 have no account.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "youth_profiles")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// Their own account, when they have one.
    pub user_id: Option<Uuid>,
    pub display_name: String,
    pub date_of_birth: Date,
    /// The school or youth group they belong to.
    pub organisation_id: Uuid,
    /// The organisation's staff (or a coordinator) recorded or confirmed the membership; only
    /// then does it count for exchanges open to members only.
    pub membership_confirmed: bool,
    /// Erasmus+ "fewer opportunities": a priority in selections, never shown to other families.
    pub fewer_opportunities: bool,
    pub locale: String,
    pub created_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    /// Recorded only when given: "female", "male" or "other".
    pub gender: Option<String>,
    /// The start of the first exchange they took part in: it makes a first-timer in the
    /// figures, and outlives the registrations retention removes.
    pub first_exchange_on: Option<Date>,
    /// While set, their data is kept but not processed: no registrations, consents, mails,
    /// or removal by retention.
    pub restricted_at: Option<DateTimeUtc>,
    pub restriction_reason: Option<String>,
    pub restricted_by: Option<Uuid>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
