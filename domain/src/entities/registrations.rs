use sea_orm::entity::prelude::*;

/// One young person's registration for one exchange.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "registrations")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub exchange_id: Uuid,
    pub youth_id: Uuid,
    pub state: String,
    /// True exactly while pending consent, confirmed or offered (a CHECK says so).
    pub holds_place: bool,
    pub registered_by: Option<Uuid>,
    /// When they joined the waiting list; the list is served in this order.
    pub waiting_since: Option<DateTimeUtc>,
    /// Their place in the lottery's draw, when there was one.
    pub lottery_rank: Option<i32>,
    /// Why the selection placed them where it did.
    pub outcome_reason: Option<String>,
    /// The same as data (`rules::Outcome`), for each reader's own words; null before it was kept.
    pub outcome: Option<Json>,
    pub offer_expires_at: Option<DateTimeUtc>,
    /// A coordinator's written reason for confirming without the consent rule met.
    pub override_reason: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
