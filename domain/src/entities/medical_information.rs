use sea_orm::entity::prelude::*;

/// Medical and emergency information of one registration as one guardian gave it (one row
/// per guardian; a guardian's later form replaces only their own row). Only the exchange's
/// leaders and the municipality's coordinators read it, and every read is audited.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "medical_information")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub registration_id: Uuid,
    pub medical_notes: String,
    pub allergies: String,
    pub medication: String,
    pub dietary_needs: String,
    /// `[{ "name", "relation", "phone" }]`.
    pub emergency_contacts: Json,
    /// The guardian who gave it (None only if the guardian is no longer on record).
    pub updated_by_guardian: Option<Uuid>,
    /// When they last gave it.
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
