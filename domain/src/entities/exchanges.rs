use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "exchanges")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The municipality that approves it: the sending organisation's.
    pub municipality_id: Uuid,
    pub sending_organisation_id: Uuid,
    /// `{ "<ISO 639-1>": "<text>" }`.
    pub titles: Json,
    pub descriptions: Json,
    pub direction: String,
    pub destination_town_id: Uuid,
    pub venue: String,
    pub start_date: Date,
    pub end_date: Date,
    pub activity_days: i32,
    pub participants: i32,
    pub leaders: i32,
    pub age_min: i16,
    pub age_max: i16,
    pub themes: Json,
    pub learning_objectives: String,
    /// `[{ "day": 1, "text": "…" }]`.
    pub programme: Json,
    pub accommodation: String,
    pub transport: String,
    pub green_travel: bool,
    /// In the minor units of `cost_currency` (öre, cents); see `cost_per_participant()`.
    pub cost_per_participant_cents: i64,
    /// ISO 4217.
    pub cost_currency: String,
    pub registration_deadline: Option<Date>,
    pub adventurous_activities: bool,
    pub risk_level: String,
    pub insurance_confirmed: bool,
    pub risk_assessment: String,
    pub budget_cents: Option<i64>,
    pub consent_plan: String,
    pub state: String,
    pub cloned_from: Option<Uuid>,
    pub created_by: Option<Uuid>,
    pub submitted_at: Option<DateTimeUtc>,
    pub approved_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl Model {
    /// What one participant pays, in its currency.
    pub fn cost_per_participant(&self) -> crate::money::Money {
        crate::money::Money::new(
            self.cost_per_participant_cents,
            crate::money::Currency::from_stored(&self.cost_currency),
        )
    }
}
