//! A material change to an exchange voids the consents given before it; guardians are shown
//! what changed.
use super::*;
use crate::i18n::{self, ArgValue};

/// After a material change to an exchange, consents given before it no longer hold: each
/// is invalidated, confirmed registrations go back to pending consent (keeping their place),
/// and every guardian gets a new link whose page shows what changed.
pub async fn invalidate_after_change(
    services: &Services,
    txn: &DatabaseTransaction,
    exchange: &exchanges::Model,
    changes: &[(&str, Value, Value)],
    actor: Uuid,
) -> DomainResult<usize> {
    // A restricted person's consents are kept as they are, not processed.
    let affected = registrations::Entity::find()
        .filter(registrations::Column::ExchangeId.eq(exchange.id))
        .filter(registrations::Column::HoldsPlace.eq(true))
        .filter(registrations::Column::YouthId.not_in_subquery(access::restricted_youth()))
        .order_by_asc(registrations::Column::Id)
        .all(txn)
        .await?;
    let changes_json = Value::Array(
        changes
            .iter()
            .map(|(field, before, after)| json!({ "field": field, "before": before, "after": after }))
            .collect(),
    );
    for registration in &affected {
        let registration = find_registration_for_update(txn, registration.id).await?;
        let status = status_of(txn, exchange, &registration).await?;
        let origin = Origin {
            given_by: "guardian",
            guardian_id: None,
            method: "exchange_changed",
            actor: Some(actor),
            signature: None,
            notice_text: None,
            reason: Some("the exchange changed after consent was given".into()),
            client_ip: None,
            user_agent: None,
        };
        for guardian in status
            .guardians
            .iter()
            .filter(|g| g.travel.as_deref() == Some("given"))
        {
            append(
                txn,
                registration.id,
                ConsentKind::Travel,
                "invalidated",
                None,
                &Origin {
                    guardian_id: Some(guardian.guardian_id),
                    ..origin.clone()
                },
            )
            .await?;
        }
        if !status.needed && status.participant {
            append(
                txn,
                registration.id,
                ConsentKind::Travel,
                "invalidated",
                None,
                &Origin {
                    given_by: "participant",
                    ..origin.clone()
                },
            )
            .await?;
        }
        let registration = if registration.state == RegistrationState::Confirmed.code() {
            let mut active: registrations::ActiveModel = registration.into();
            active.state = Set(RegistrationState::PendingConsent.code().to_owned());
            active.override_reason = Set(None);
            active.updated_at = Set(Utc::now());
            active.update(txn).await?
        } else {
            registration
        };
        let waits_for_consent = registration.state == RegistrationState::PendingConsent.code();
        let offered = registration.state == RegistrationState::Offered.code();
        if status.needed && (waits_for_consent || offered) {
            let youth = people::load(txn, registration.youth_id).await?;
            // An offer's links keep the offer's time limit.
            let expires = match registration.offer_expires_at {
                Some(at) if offered => at,
                _ => link_expiry(services, exchange)?,
            };
            revoke_links(txn, registration.id, None).await?;
            send_links(
                services,
                txn,
                &registration,
                &youth,
                Some(changes_json.clone()),
                expires,
                true,
            )
            .await?;
        }
        record(
            txn,
            &RequestMeta::default(),
            Some(actor),
            "consent_invalidated",
            &registration,
            json!({ "fields": changes.iter().map(|(f, _, _)| *f).collect::<Vec<_>>() }),
        )
        .await?;
    }
    Ok(affected.len())
}

/// The fields guardians are told about are the reviewed ones
/// ([`proposals::REVIEWED_FIELDS`]), each with its label `consent-change-<field>` in the
/// catalogues (`consent.ftl`).
fn label_key(field: &str) -> String {
    format!("consent-change-{}", field.replace('_', "-"))
}

/// A field's label in the reader's language; a field without one is shown by its name.
fn field_label(field: &str, locale: Locale) -> String {
    if proposals::REVIEWED_FIELDS.contains(&field) {
        i18n::text(locale, &label_key(field))
    } else {
        field.to_owned()
    }
}

async fn value_text(
    db: &impl ConnectionTrait,
    field: &str,
    value: &Value,
    locale: Locale,
) -> DomainResult<String> {
    Ok(match (field, value) {
        ("destination_town_id", Value::String(id)) => match Uuid::parse_str(id) {
            Ok(id) => {
                let town = find_town(db, id).await?;
                format!(
                    "{}, {}",
                    town.english_name.unwrap_or(town.local_name),
                    town.country
                )
            }
            Err(_) => id.clone(),
        },
        ("programme", Value::Array(days)) => days
            .iter()
            .map(|d| {
                let day = match d["day"].as_i64() {
                    Some(day) => day.fluent(),
                    None => d["day"].to_string().fluent(),
                };
                let text = d["text"].as_str().unwrap_or_default().fluent();
                i18n::text_with(
                    locale,
                    "consent-change-programme-day",
                    &[("day", day), ("text", text)],
                )
            })
            .collect::<Vec<_>>()
            .join("; "),
        (_, Value::Bool(true)) => i18n::text(locale, "consent-change-yes"),
        (_, Value::Bool(false)) => i18n::text(locale, "consent-change-no"),
        (_, Value::String(s)) => s.clone(),
        (_, other) => other.to_string(),
    })
}

/// Turns stored changes into (what, before, after) in the reader's language.
pub async fn describe_changes(
    db: &impl ConnectionTrait,
    changes: &Value,
    locale: Locale,
) -> DomainResult<Vec<(String, String, String)>> {
    let mut described = Vec::new();
    for change in changes.as_array().into_iter().flatten() {
        let field = change["field"].as_str().unwrap_or_default();
        described.push((
            field_label(field, locale),
            value_text(db, field, &change["before"], locale).await?,
            value_text(db, field, &change["after"], locale).await?,
        ));
    }
    Ok(described)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_guardians_are_told_about_has_a_label() {
        for field in proposals::REVIEWED_FIELDS {
            assert!(i18n::has(Locale::En, &label_key(field)), "{field}");
            assert!(i18n::has(Locale::Sv, &label_key(field)), "{field}");
        }
        assert_eq!(field_label("start_date", Locale::Sv), "Startdatum");
        assert_eq!(field_label("leaders", Locale::En), "Leaders");
        assert_eq!(field_label("budget_cents", Locale::En), "budget_cents");
    }
}
