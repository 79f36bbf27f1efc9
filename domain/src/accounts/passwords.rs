//! Changing and resetting passwords. Either way, other sessions end and the owner is told.
use chrono::Utc;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ConnectionTrait, EntityTrait, IntoActiveModel};
use serde_json::json;

use super::{
    RESET_PASSWORD_PATH, find_by_email,
    links::{self, LinkPurpose},
    registration::one,
    sessions::revoke_sessions,
};
use crate::{
    audit::{self, AuditEvent},
    db::begin_write,
    entities::users,
    error::{DomainError, DomainResult},
    mail::{self, PasswordChanged, PasswordReset},
    passwords::NewPassword,
    principal::{Principal, RequestMeta},
    services::Services,
    types::{Email, Locale},
};

pub async fn change_password(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    current: &str,
    new: &str,
) -> DomainResult<()> {
    let user = super::me(services, principal).await?;
    let new =
        NewPassword::parse("newPassword", new, &[&user.email, &user.display_name]).map_err(one)?;
    // Changing a password takes the current one: limited like a login attempt.
    services
        .login_limiter
        .check(&user.email, meta.client_ip)
        .await?;
    if !services
        .hashing
        .verify(current, user.password_hash.as_deref())
        .await?
    {
        return Err(DomainError::field(
            "currentPassword",
            "wrong_password",
            "is not your current password",
        ));
    }
    let hash = services.hashing.hash(&new).await?;
    let txn = begin_write(&services.db).await?;
    let ended = revoke_sessions(&txn, user.id, None, Some(principal.session_id)).await?;
    set_password(services, &txn, user, hash, "password_changed", meta, ended).await?;
    txn.commit().await?;
    services.mail_committed();
    Ok(())
}

/// Always answers the same; sends a link only when the address has an account.
pub async fn request_password_reset(
    services: &Services,
    meta: &RequestMeta,
    email: &str,
) -> DomainResult<()> {
    let email = Email::parse("email", email).map_err(one)?;
    services
        .login_limiter
        .check(&format!("reset:{email}"), meta.client_ip)
        .await?;
    let txn = begin_write(&services.db).await?;
    let Some(user) = find_by_email(&txn, email.as_str()).await? else {
        return Ok(());
    };
    let token = links::mint(
        &txn,
        user.id,
        LinkPurpose::PasswordReset,
        services.settings.reset_valid_for,
    )
    .await?;
    mail::enqueue(
        &txn,
        &user.email,
        Locale::from_stored(&user.locale),
        Some(user.id),
        format!("password_reset:{}:{}", user.id, crate::tokens::hash(&token)),
        &PasswordReset {
            display_name: user.display_name.clone(),
            link: services.link_in(
                RESET_PASSWORD_PATH,
                &token,
                Locale::from_stored(&user.locale),
            ),
            valid_minutes: (services.settings.reset_valid_for.as_secs() / 60) as i64,
        },
    )
    .await?;
    audit::record(
        &txn,
        meta,
        AuditEvent {
            actor_id: None,
            action: "password_reset_requested",
            subject_type: "user",
            subject_id: Some(user.id),
            details: json!({}),
        },
    )
    .await?;
    txn.commit().await?;
    services.mail_committed();
    Ok(())
}

/// Sets a new password from a reset link and ends every session of the account.
pub async fn reset_password(
    services: &Services,
    meta: &RequestMeta,
    token: &str,
    new: &str,
) -> DomainResult<()> {
    links::check_shape(token)?;
    let new = NewPassword::parse("newPassword", new, &[]).map_err(one)?;
    services
        .limit_hashing(&format!("link:{token}"), meta)
        .await?;
    let hash = services.hashing.hash(&new).await?;
    let txn = begin_write(&services.db).await?;
    let user_id = links::redeem(&txn, token, LinkPurpose::PasswordReset).await?;
    let user = users::Entity::find_by_id(user_id)
        .one(&txn)
        .await?
        .ok_or_else(links::invalid_link)?;
    let ended = revoke_sessions(&txn, user.id, None, None).await?;
    set_password(services, &txn, user, hash, "password_reset", meta, ended).await?;
    txn.commit().await?;
    services.mail_committed();
    Ok(())
}

async fn set_password(
    services: &Services,
    db: &impl ConnectionTrait,
    user: users::Model,
    hash: String,
    action: &'static str,
    meta: &RequestMeta,
    sessions_ended: u64,
) -> DomainResult<()> {
    let now = Utc::now();
    let (user_id, email, locale, name) = (
        user.id,
        user.email.clone(),
        Locale::from_stored(&user.locale),
        user.display_name.clone(),
    );
    let verified = user.email_verified_at;
    let mut active = user.into_active_model();
    active.password_hash = Set(Some(hash));
    active.updated_at = Set(now);
    if action == "password_reset" && verified.is_none() {
        // The reset link reached the mailbox: that verifies the address.
        active.email_verified_at = Set(Some(now));
    }
    active.update(db).await?;
    mail::enqueue(
        db,
        &email,
        locale,
        Some(user_id),
        format!("password_changed:{user_id}:{}", now.timestamp_micros()),
        &PasswordChanged {
            display_name: name,
            reset_link: services.page(RESET_PASSWORD_PATH),
        },
    )
    .await?;
    audit::record(
        db,
        meta,
        AuditEvent {
            actor_id: Some(user_id),
            action,
            subject_type: "user",
            subject_id: Some(user_id),
            details: json!({ "sessions_ended": sessions_ended }),
        },
    )
    .await
}
