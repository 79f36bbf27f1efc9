//! Giving and withdrawing consent: through a link, by a coordinator with a reason, and by
//! the young person themselves.
use super::*;

/// The outcome of a consent given through a link.
#[derive(Debug, Clone)]
pub struct Given {
    pub confirmed: bool,
    /// The changed exchange waits for its approval: no place is confirmed before it.
    pub awaiting_approval: bool,
    /// Exactly what was given, for the page after the form.
    pub receipt: Receipt,
}

/// Uses a text version only if it is one of that kind.
async fn text_of_kind(
    db: &impl ConnectionTrait,
    id: Uuid,
    kind: ConsentKind,
    field: &'static str,
) -> DomainResult<consent_texts::Model> {
    consent_texts::Entity::find_by_id(id)
        .one(db)
        .await?
        .filter(|t| t.kind == kind.code())
        .ok_or_else(|| DomainError::field(field, "invalid", "reload the page"))
}

/// A guardian's consent through their link: the permission to travel, the optional photo
/// permission, medical and emergency information. Confirms the registration when the rule
/// is met; accepts an offered place.
pub async fn give(
    services: &Services,
    meta: &RequestMeta,
    user_agent: Option<&str>,
    secret: &str,
    form: &ConsentForm,
) -> DomainResult<Given> {
    if !tokens::looks_valid(secret) {
        return Err(invalid_link());
    }
    let parsed = parse_form(form).map_err(DomainError::Validation)?;
    parsed.signature.verify()?;
    let txn = begin_write(&services.db).await?;
    // Lock order as everywhere: the exchange, then the registration.
    let link = usable_link(&txn, secret, LinkPurpose::Consent).await?;
    let registration = find_registration(&txn, link.registration_id).await?;
    let exchange = proposals::find_for_update(&txn, registration.exchange_id).await?;
    let link = redeem(&txn, secret, LinkPurpose::Consent).await?;
    let registration = find_registration_for_update(&txn, link.registration_id).await?;
    // While the data is restricted the link is dead (and the rollback keeps it unused).
    if access::youth_for_write(&txn, registration.youth_id)
        .await?
        .restricted_at
        .is_some()
    {
        return Err(invalid_link());
    }
    let state = RegistrationState::from_code(&registration.state);
    let offer_open = state == Some(RegistrationState::Offered)
        && registration
            .offer_expires_at
            .is_some_and(|at| at > Utc::now());
    if !(state == Some(RegistrationState::PendingConsent)
        || state == Some(RegistrationState::Confirmed)
        || offer_open)
    {
        return Err(invalid_link());
    }
    let travel_text = text_of_kind(
        &txn,
        parsed.travel_text_id,
        ConsentKind::Travel,
        "travelTextId",
    )
    .await?;
    let photos_text = text_of_kind(
        &txn,
        parsed.photos_text_id,
        ConsentKind::Photos,
        "photosTextId",
    )
    .await?;
    let (notice, notice_text) = crate::privacy_notices::text_shown_for(
        &txn,
        parsed.notice_text_id,
        exchange.municipality_id,
        "noticeTextId",
    )
    .await?;
    let origin = Origin {
        given_by: "guardian",
        guardian_id: Some(link.guardian_id),
        method: "email_link",
        actor: None,
        signature: Some(parsed.signature.clone()),
        notice_text: Some(notice_text.id),
        reason: None,
        client_ip: meta.client_ip.map(|ip| ip.to_string()),
        user_agent: user_agent.map(|ua| ua.chars().take(512).collect()),
    };
    let given_at = append(
        &txn,
        registration.id,
        ConsentKind::Travel,
        "given",
        Some(travel_text.id),
        &origin,
    )
    .await?;
    let photos_before = status_of(&txn, &exchange, &registration)
        .await?
        .guardians
        .iter()
        .any(|g| g.guardian_id == link.guardian_id && g.photos);
    if parsed.photos {
        append(
            &txn,
            registration.id,
            ConsentKind::Photos,
            "given",
            Some(photos_text.id),
            &origin,
        )
        .await?;
    } else if photos_before {
        append(
            &txn,
            registration.id,
            ConsentKind::Photos,
            "withdrawn",
            Some(photos_text.id),
            &origin,
        )
        .await?;
    }
    let health = Health::of(&parsed);
    let contacts: Vec<Value> = parsed
        .contacts
        .iter()
        .map(
            |(name, relation, phone)| json!({ "name": name, "relation": relation, "phone": phone }),
        )
        .collect();
    // Each guardian's information is their own: a second guardian's form adds to what the
    // first gave, and replaces only what the same guardian gave before.
    let medical = medical_information::ActiveModel {
        id: Set(Uuid::now_v7()),
        registration_id: Set(registration.id),
        medical_notes: Set(parsed.medical_notes),
        allergies: Set(parsed.allergies),
        medication: Set(parsed.medication),
        dietary_needs: Set(parsed.dietary_needs),
        emergency_contacts: Set(Value::Array(contacts)),
        updated_by_guardian: Set(Some(link.guardian_id)),
        updated_at: Set(Utc::now()),
    };
    medical_information::Entity::insert(medical)
        .on_conflict(
            OnConflict::columns([
                medical_information::Column::RegistrationId,
                medical_information::Column::UpdatedByGuardian,
            ])
            .update_columns([
                medical_information::Column::MedicalNotes,
                medical_information::Column::Allergies,
                medical_information::Column::Medication,
                medical_information::Column::DietaryNeeds,
                medical_information::Column::EmergencyContacts,
                medical_information::Column::UpdatedByGuardian,
                medical_information::Column::UpdatedAt,
            ])
            .to_owned(),
        )
        .exec_without_returning(&txn)
        .await?;
    let youth = people::load(&txn, registration.youth_id).await?;
    let registration = if offer_open {
        // Consenting accepts the offered place; the other guardians get links that last.
        let mut active: registrations::ActiveModel = registration.into();
        active.state = Set(RegistrationState::PendingConsent.code().to_owned());
        active.offer_expires_at = Set(None);
        active.updated_at = Set(Utc::now());
        let accepted = active.update(&txn).await?;
        let others = Youth {
            profile: youth.profile.clone(),
            guardians: youth
                .guardians
                .iter()
                .filter(|g| g.id != link.guardian_id)
                .cloned()
                .collect(),
        };
        let expires = link_expiry(services, &exchange)?;
        send_links(services, &txn, &accepted, &others, None, expires, true).await?;
        accepted
    } else {
        registration
    };
    let registration = confirm_if_met(services, &txn, &exchange, registration).await?;
    let confirmed = registration.state == RegistrationState::Confirmed.code();
    let awaiting_approval = !confirmed && awaits_approval(&exchange);
    // The way back: a link to withdraw, valid until departure.
    let guardian = youth
        .guardians
        .iter()
        .find(|g| g.id == link.guardian_id)
        .ok_or_else(invalid_link)?;
    let (withdraw_id, withdraw_secret) = mint_link(
        &txn,
        registration.id,
        guardian.id,
        LinkPurpose::Withdraw,
        None,
        departure(&exchange),
    )
    .await?;
    let locale = Locale::from_stored(&guardian.locale);
    let trip = notify::trip(services, &txn, &exchange).await?;
    let receipt = Receipt {
        participant: youth.profile.display_name.clone(),
        guardian: guardian.display_name.clone(),
        locale,
        signature: parsed.signature,
        given_at,
        time_zone: crate::accounts::time_zone_of(&txn, guardian.user_id).await?,
        title: title_for(&exchange, locale),
        dates: trip.dates,
        destination: trip.destination,
        organiser: trip.organiser,
        travel_text,
        photos: parsed.photos,
        photos_text,
        health,
        notice,
        notice_text,
        withdraw_link: services.link_in(WITHDRAW_PATH, &withdraw_secret, locale),
        departure: exchange.start_date,
    };
    crate::mail::enqueue_as(
        &txn,
        &guardian.email,
        locale,
        guardian.user_id,
        format!("consent_received:{withdraw_id}"),
        &ConsentReceived {
            receipt: receipt.clone(),
            confirmed,
            awaiting_approval,
        },
        &trip.envelope,
    )
    .await?;
    record(
        &txn,
        meta,
        guardian.user_id,
        "consent_given",
        &registration,
        json!({ "guardian_id": guardian.id, "photos": parsed.photos, "confirmed": confirmed,
                "awaiting_approval": awaiting_approval }),
    )
    .await?;
    txn.commit().await?;
    services.mail_committed();
    Ok(Given {
        confirmed,
        awaiting_approval,
        receipt,
    })
}

/// What a withdrawal through a link did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Withdrawn {
    /// Only the photo permission: the link stays usable for the permission to travel.
    Photos,
    /// The permission to travel, and with it the place.
    Travel,
}

/// Withdraws a consent through the guardian's withdrawal link, until departure.
pub async fn withdraw_by_link(
    services: &Services,
    meta: &RequestMeta,
    user_agent: Option<&str>,
    secret: &str,
    photos_only: bool,
) -> DomainResult<Withdrawn> {
    if !tokens::looks_valid(secret) {
        return Err(invalid_link());
    }
    let txn = begin_write(&services.db).await?;
    let link = usable_link(&txn, secret, LinkPurpose::Withdraw).await?;
    let registration = find_registration(&txn, link.registration_id).await?;
    let exchange = proposals::find_for_update(&txn, registration.exchange_id).await?;
    let link = if photos_only {
        link
    } else {
        redeem(&txn, secret, LinkPurpose::Withdraw).await?
    };
    let registration = find_registration_for_update(&txn, link.registration_id).await?;
    // Withdrawal works even while the data is restricted: it stops processing.
    if RegistrationState::from_code(&registration.state).is_none_or(RegistrationState::has_ended) {
        return Err(invalid_link());
    }
    let guardian = guardians::Entity::find_by_id(link.guardian_id)
        .one(&txn)
        .await?
        .ok_or_else(invalid_link)?;
    let origin = Origin {
        given_by: "guardian",
        guardian_id: Some(guardian.id),
        method: "email_link",
        actor: guardian.user_id,
        signature: None,
        notice_text: None,
        reason: None,
        client_ip: meta.client_ip.map(|ip| ip.to_string()),
        user_agent: user_agent.map(|ua| ua.chars().take(512).collect()),
    };
    let outcome = if photos_only {
        append(
            &txn,
            registration.id,
            ConsentKind::Photos,
            "withdrawn",
            None,
            &origin,
        )
        .await?;
        Withdrawn::Photos
    } else {
        append(
            &txn,
            registration.id,
            ConsentKind::Travel,
            "withdrawn",
            None,
            &origin,
        )
        .await?;
        registering::end(
            services,
            &txn,
            &exchange,
            registration.clone(),
            Ending::ConsentWithdrawn,
            guardian.user_id,
            meta,
        )
        .await?;
        Withdrawn::Travel
    };
    record(
        &txn,
        meta,
        guardian.user_id,
        "consent_withdrawn",
        &registration,
        json!({ "guardian_id": guardian.id, "photos_only": photos_only }),
    )
    .await?;
    txn.commit().await?;
    services.mail_committed();
    Ok(outcome)
}

/// A coordinator confirms a registration without the consent rule met, with a written
/// reason (for example a guardian who cannot be reached and a court decision on file).
pub async fn override_consent(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    id: Uuid,
    reason: &str,
) -> DomainResult<registrations::Model> {
    let reason = crate::directory::types::parse_reason("reason", reason)
        .map_err(|e| DomainError::Validation(vec![e]))?;
    let txn = begin_write(&services.db).await?;
    let (exchange, registration) = registering::lock(&txn, id).await?;
    let relation = crate::exchanges::access::relation(&txn, principal, &exchange).await?;
    if !relation.coordinator {
        return Err(registering::refusal(&txn, principal, &exchange, &registration).await?);
    }
    registering::refuse_if_restricted(&txn, &registration).await?;
    if registration.state != RegistrationState::PendingConsent.code() {
        return Err(DomainError::Conflict {
            code: "not_pending_consent",
            message: "only a registration pending consent can be confirmed this way",
        });
    }
    append(
        &txn,
        registration.id,
        ConsentKind::Travel,
        "given",
        None,
        &Origin {
            given_by: "coordinator",
            guardian_id: None,
            method: "coordinator_override",
            actor: Some(principal.user_id),
            signature: None,
            notice_text: None,
            reason: Some(reason.clone()),
            client_ip: meta.client_ip.map(|ip| ip.to_string()),
            user_agent: None,
        },
    )
    .await?;
    let mut active: registrations::ActiveModel = registration.into();
    active.state = Set(RegistrationState::Confirmed.code().to_owned());
    active.override_reason = Set(Some(reason.clone()));
    active.updated_at = Set(Utc::now());
    let confirmed = active.update(&txn).await?;
    let youth = people::load(&txn, confirmed.youth_id).await?;
    tell_confirmed(services, &txn, &exchange, &confirmed, &youth).await?;
    record(
        &txn,
        meta,
        Some(principal.user_id),
        "consent_overridden",
        &confirmed,
        json!({ "reason": reason }),
    )
    .await?;
    txn.commit().await?;
    services.mail_committed();
    Ok(confirmed)
}

/// The young person's own word, from their account: consent to travel from 18 (which may
/// confirm the registration), the assent beside their guardians' consent before that.
pub async fn give_own(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    id: Uuid,
) -> DomainResult<registrations::Model> {
    let txn = begin_write(&services.db).await?;
    let (exchange, registration) = registering::lock(&txn, id).await?;
    let youth = find_youth(&txn, registration.youth_id).await?;
    if !youth_relation(&txn, principal, &youth).await?.themselves {
        return Err(registering::refusal(&txn, principal, &exchange, &registration).await?);
    }
    registering::refuse_if_restricted(&txn, &registration).await?;
    if RegistrationState::from_code(&registration.state).is_none_or(RegistrationState::has_ended) {
        return Err(DomainError::Conflict {
            code: "registration_ended",
            message: "the registration has already ended",
        });
    }
    let adult =
        !rules::needs_guardian_consent(rules::age_on(youth.date_of_birth, exchange.start_date));
    let locale = participant_locale(&txn, principal).await?;
    let (kind, text) = if adult {
        (
            ConsentKind::Travel,
            Some(current_text(&txn, ConsentKind::Travel, locale).await?.id),
        )
    } else {
        (ConsentKind::Assent, None)
    };
    append(
        &txn,
        registration.id,
        kind,
        "given",
        text,
        &Origin {
            given_by: "participant",
            guardian_id: None,
            method: "account",
            actor: Some(principal.user_id),
            signature: None,
            notice_text: None,
            reason: None,
            client_ip: meta.client_ip.map(|ip| ip.to_string()),
            user_agent: None,
        },
    )
    .await?;
    let registration = confirm_if_met(services, &txn, &exchange, registration).await?;
    record(
        &txn,
        meta,
        Some(principal.user_id),
        "participant_consent_given",
        &registration,
        json!({ "kind": kind.code() }),
    )
    .await?;
    txn.commit().await?;
    services.mail_committed();
    Ok(registration)
}

/// Sends a guardian a new consent link; the old one stops working. For the exchange's
/// leaders and coordinators, and for the guardian themselves.
pub async fn resend(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    id: Uuid,
    guardian_id: Uuid,
) -> DomainResult<registrations::Model> {
    let txn = begin_write(&services.db).await?;
    let (exchange, registration) = registering::lock(&txn, id).await?;
    let youth = people::load(&txn, registration.youth_id).await?;
    let relation = youth_relation(&txn, principal, &youth.profile).await?;
    let runs = runs_exchange(&txn, principal, &exchange).await?;
    if !(runs || relation.guardian == Some(guardian_id)) {
        return Err(registering::refusal(&txn, principal, &exchange, &registration).await?);
    }
    registering::refuse_if_restricted(&txn, &registration).await?;
    let Some(guardian) = youth
        .guardians
        .iter()
        .find(|g| g.id == guardian_id)
        .cloned()
    else {
        return Err(DomainError::field(
            "guardianId",
            "not_found",
            "not a guardian of this participant",
        ));
    };
    let expires = match RegistrationState::from_code(&registration.state) {
        Some(RegistrationState::PendingConsent) => link_expiry(services, &exchange)?,
        Some(RegistrationState::Offered) => registration
            .offer_expires_at
            .ok_or_else(|| DomainError::Internal(anyhow::anyhow!("offer without expiry")))?,
        _ => {
            return Err(DomainError::Conflict {
                code: "not_pending_consent",
                message: "the registration does not wait for consent",
            });
        }
    };
    let one = Youth {
        profile: youth.profile.clone(),
        guardians: vec![guardian.clone()],
    };
    send_links(services, &txn, &registration, &one, None, expires, true).await?;
    record(
        &txn,
        meta,
        Some(principal.user_id),
        "consent_link_resent",
        &registration,
        json!({ "guardian_id": guardian.id }),
    )
    .await?;
    txn.commit().await?;
    services.mail_committed();
    Ok(registration)
}
