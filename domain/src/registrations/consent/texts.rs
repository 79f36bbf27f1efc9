//! The consent texts, each version stored once and never changed.
use super::*;

/// The consent texts in force, per kind and language. Changing a text here publishes a new
/// version at the next start; consents given earlier keep pointing at the version shown.
pub const TEXTS: [(ConsentKind, Locale, &str); 4] = [
    (
        ConsentKind::Travel,
        Locale::Sv,
        "Jag är vårdnadshavare för deltagaren och ger mitt tillstånd till att hen deltar i \
         utbytet och reser enligt programmet ovan. Jag har tagit del av datum, resmål, boende, \
         ledare och kostnader. Uppgifterna om hälsa och nödkontakter används bara av utbytets \
         ledare och kommunens samordnare för att ta hand om deltagaren under utbytet, och tas \
         bort efter utbytet enligt kommunens gallringsregler. Jag kan återkalla tillståndet \
         fram till avresan med länken i bekräftelsen.",
    ),
    (
        ConsentKind::Travel,
        Locale::En,
        "I am the participant's guardian and give my permission for them to take part in the \
         exchange and travel as set out in the programme above. I have read the dates, \
         destination, accommodation, leaders and costs. The health and emergency information \
         is used only by the exchange's leaders and the municipality's coordinators to look \
         after the participant during the exchange, and is removed after the exchange under \
         the municipality's retention rules. I can withdraw this permission until departure \
         with the link in the confirmation.",
    ),
    (
        ConsentKind::Photos,
        Locale::Sv,
        "Frivilligt: jag samtycker till att bilder där deltagaren syns får användas i \
         kommunens och skolans publikationer om utbytet. Samtycket påverkar inte deltagandet \
         och kan återkallas när som helst.",
    ),
    (
        ConsentKind::Photos,
        Locale::En,
        "Optional: I consent to photos in which the participant appears being used in the \
         municipality's and the school's publications about the exchange. This consent does \
         not affect taking part and can be withdrawn at any time.",
    ),
];

fn sha256_hex(text: &str) -> String {
    hex::encode(Sha256::digest(text.as_bytes()))
}

/// Publishes the texts in force (a version already stored is left as it is).
pub async fn seed_texts(db: &impl ConnectionTrait) -> DomainResult<()> {
    for (kind, locale, body) in TEXTS {
        consent_texts::Entity::insert(consent_texts::ActiveModel {
            id: Set(Uuid::now_v7()),
            kind: Set(kind.code().to_owned()),
            locale: Set(locale.code().to_owned()),
            body: Set(body.to_owned()),
            sha256: Set(sha256_hex(body)),
            created_at: Set(Utc::now()),
        })
        .on_conflict(
            OnConflict::columns([
                consent_texts::Column::Kind,
                consent_texts::Column::Locale,
                consent_texts::Column::Sha256,
            ])
            .do_nothing()
            .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    }
    Ok(())
}

/// The version in force of a text.
pub async fn current_text(
    db: &impl ConnectionTrait,
    kind: ConsentKind,
    locale: Locale,
) -> DomainResult<consent_texts::Model> {
    let body = TEXTS
        .iter()
        .find(|(k, l, _)| *k == kind && *l == locale)
        .map(|(_, _, body)| *body)
        .ok_or_else(|| DomainError::Internal(anyhow::anyhow!("no consent text")))?;
    consent_texts::Entity::find()
        .filter(consent_texts::Column::Kind.eq(kind.code()))
        .filter(consent_texts::Column::Locale.eq(locale.code()))
        .filter(consent_texts::Column::Sha256.eq(sha256_hex(body)))
        .one(db)
        .await?
        .ok_or_else(|| DomainError::Internal(anyhow::anyhow!("consent texts not seeded")))
}
