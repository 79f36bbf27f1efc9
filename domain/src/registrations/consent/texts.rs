//! The consent texts, each version stored once and never changed.
//!
//! The texts are in the message catalogues (`consent-text-travel`, `consent-text-photos` in
//! `locales/<language>/consent_texts.ftl`), to be translated like every other text. What a
//! consent records is the text exactly as the guardian read it: at start, each language's
//! text as a page in that language shows it (its own translation, or the English one it
//! falls back to) is stored as a version with its SHA-256 under that language's code, and a
//! consent points at that row. A stored version is never changed or removed, so an earlier
//! consent stays verifiable against its stored body whatever the catalogues say later; a
//! text edited in a catalogue becomes a new version at the next start. The Swedish and
//! English texts were moved there unchanged, so the versions published before (same body,
//! same hash) stay the ones in force; a test keeps that visible.
use super::*;
use crate::i18n;

/// The kinds of consent that have a text, and the text's message in the catalogues.
pub const TEXT_KINDS: [(ConsentKind, &str); 2] = [
    (ConsentKind::Travel, "consent-text-travel"),
    (ConsentKind::Photos, "consent-text-photos"),
];

/// The text of `kind` as a page in `locale` shows it.
pub fn text_in(kind: ConsentKind, locale: Locale) -> DomainResult<String> {
    let key = TEXT_KINDS
        .iter()
        .find(|(k, _)| *k == kind)
        .map(|(_, key)| *key)
        .ok_or_else(|| DomainError::Internal(anyhow::anyhow!("no consent text")))?;
    Ok(i18n::text(locale, key))
}

/// Every language a consent page can be read in, the pseudo-locale too.
fn languages() -> impl Iterator<Item = Locale> {
    Locale::ALL.into_iter().chain([Locale::Pseudo])
}

fn sha256_hex(text: &str) -> String {
    hex::encode(Sha256::digest(text.as_bytes()))
}

/// Publishes the texts in force in every language (a version already stored is left as it
/// is).
pub async fn seed_texts(db: &impl ConnectionTrait) -> DomainResult<()> {
    for locale in languages() {
        for (kind, _) in TEXT_KINDS {
            let body = text_in(kind, locale)?;
            consent_texts::Entity::insert(consent_texts::ActiveModel {
                id: Set(Uuid::now_v7()),
                kind: Set(kind.code().to_owned()),
                locale: Set(locale.code().to_owned()),
                sha256: Set(sha256_hex(&body)),
                body: Set(body),
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
    }
    Ok(())
}

/// The version in force of a text.
pub async fn current_text(
    db: &impl ConnectionTrait,
    kind: ConsentKind,
    locale: Locale,
) -> DomainResult<consent_texts::Model> {
    let body = text_in(kind, locale)?;
    consent_texts::Entity::find()
        .filter(consent_texts::Column::Kind.eq(kind.code()))
        .filter(consent_texts::Column::Locale.eq(locale.code()))
        .filter(consent_texts::Column::Sha256.eq(sha256_hex(&body)))
        .one(db)
        .await?
        .ok_or_else(|| DomainError::Internal(anyhow::anyhow!("consent texts not seeded")))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The Swedish and English texts are those published before they moved into the
    /// catalogues: same text, same hash, so no new version appeared. A deliberate new version
    /// changes these hashes here too.
    #[test]
    fn the_swedish_and_english_texts_are_the_published_versions() {
        let published = [
            (
                ConsentKind::Travel,
                Locale::Sv,
                "6e046caaf4a6244ee3923495dc09798a199ee1c0f950373f043a0e730ba13102",
            ),
            (
                ConsentKind::Travel,
                Locale::En,
                "95ba004c4ab3b12276cbe1449be444c792cdb533ba96ded5f91510b770e29c50",
            ),
            (
                ConsentKind::Photos,
                Locale::Sv,
                "3dc25a3e6d13bfe77485ebe2854ead24893a80dd4030c0b9bb9e0fbe7a75b0e1",
            ),
            (
                ConsentKind::Photos,
                Locale::En,
                "870ca55f785f6ebaf6f600aa4925c89e47c8ae34ad9b09451853eafa8b9e74e3",
            ),
        ];
        for (kind, locale, hash) in published {
            assert_eq!(
                sha256_hex(&text_in(kind, locale).unwrap()),
                hash,
                "{kind:?} {locale:?}"
            );
        }
    }

    #[test]
    fn every_language_has_a_text_of_each_kind() {
        for locale in languages() {
            for (kind, key) in TEXT_KINDS {
                let text = text_in(kind, locale).unwrap();
                assert!(
                    text.len() > 100 && text != key,
                    "{kind:?} {locale:?}: {text}"
                );
            }
        }
        assert!(text_in(ConsentKind::Assent, Locale::En).is_err());
        // Each language records its own translation.
        assert_ne!(
            text_in(ConsentKind::Travel, Locale::De).unwrap(),
            text_in(ConsentKind::Travel, Locale::En).unwrap()
        );
        let pseudo = text_in(ConsentKind::Photos, Locale::Pseudo).unwrap();
        assert!(pseudo.starts_with('['), "{pseudo}");
    }
}
