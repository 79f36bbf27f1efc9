use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "organisations")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub name: String,
    /// `name` lower-cased for case-insensitive search in any alphabet.
    pub search_name: String,
    pub kind: String,
    pub town_id: Uuid,
    pub address: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    /// `{ "<ISO 639-1>": "<text>" }`.
    pub descriptions: Json,
    pub age_min: i16,
    pub age_max: i16,
    pub working_languages: Json,
    pub themes: Json,
    pub sdgs: Json,
    pub typical_group_size: Option<i32>,
    /// The largest visiting group it can host, in people; 0 when it does not host.
    pub hosting_capacity: i32,
    /// How many visiting groups it can take in one matching round.
    pub host_places: i32,
    /// `[{ "from": date, "to": date, "mode": "host" | "travel" | "both" }]`.
    pub availability: Json,
    pub accessibility_notes: Option<String>,
    pub oid: Option<String>,
    pub accreditation: Option<String>,
    /// The directory revision of its last change.
    pub revision: i64,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
