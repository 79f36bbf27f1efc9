//! Self-registration, invitations and e-mail verification.
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel,
    QueryFilter, SqlErr,
};
use serde_json::json;
use uuid::Uuid;

use super::{
    ACCEPT_INVITATION_PATH, RESET_PASSWORD_PATH, VERIFY_EMAIL_PATH, find_by_email,
    links::{self, LinkPurpose},
    roles::insert_role,
    rules,
    sessions::{SignedIn, open_session},
};
use crate::{
    audit::{self, AuditEvent},
    db::begin_write,
    entities::{outbox_emails, users},
    error::{Checks, DomainError, DomainResult, FieldError},
    mail::{self, AccountExists, Invitation, InvitationReminder, VerifyEmail, role_label},
    passwords::NewPassword,
    principal::{Principal, RequestMeta},
    services::Services,
    types::{DisplayName, Email, Locale, Role, Scope},
};

pub struct RegisterInput {
    pub email: String,
    pub password: String,
    pub display_name: String,
    pub locale: String,
    pub role: Role,
}

/// Registers a young person or a guardian. The answer is the same whether or not the
/// address already has an account (that owner gets an e-mail instead), so registration
/// cannot be used to find out who is a member.
pub async fn register(
    services: &Services,
    meta: &RequestMeta,
    input: RegisterInput,
) -> DomainResult<()> {
    let mut checks = Checks::new();
    let email = checks.parse(Email::parse("email", &input.email));
    let name = checks.parse(DisplayName::parse("displayName", &input.display_name));
    let locale = checks.parse(Locale::parse("locale", &input.locale));
    let context: Vec<&str> = [input.email.as_str(), input.display_name.as_str()].to_vec();
    let password = checks.parse(NewPassword::parse("password", &input.password, &context));
    if !input.role.is_self_service() {
        checks.push(FieldError::new(
            "role",
            "not_self_service",
            "this role is given by invitation only",
        ));
    }
    checks.finish()?;
    let (email, name, locale, password) = (
        email.expect("checked"),
        name.expect("checked"),
        locale.expect("checked"),
        password.expect("checked"),
    );
    services
        .limit_hashing(&format!("register:{email}"), meta)
        .await?;
    // Hashed before looking the address up, so both answers take the same time.
    let password_hash = services.hashing.hash(&password).await?;

    let txn = begin_write(&services.db).await?;
    if let Some(existing) = find_by_email(&txn, email.as_str()).await? {
        let today = Utc::now().date_naive();
        mail::enqueue(
            &txn,
            &existing.email,
            Locale::from_stored(&existing.locale),
            Some(existing.id),
            format!("account_exists:{}:{today}", existing.id),
            &AccountExists {
                reset_link: services.page(RESET_PASSWORD_PATH),
            },
        )
        .await?;
        txn.commit().await?;
        services.mail_committed();
        return Ok(());
    }
    let user = match insert_user(&txn, new_user(&email, &name, locale, Some(password_hash))).await {
        Err(DomainError::Conflict { .. }) => return Ok(()), // registered concurrently
        other => other?,
    };
    let user_id = user.id;
    insert_role(&txn, user_id, input.role, Scope::Global, None).await?;
    let token = links::mint(
        &txn,
        user_id,
        LinkPurpose::VerifyEmail,
        services.settings.verification_valid_for,
    )
    .await?;
    mail::enqueue(
        &txn,
        email.as_str(),
        locale,
        Some(user_id),
        format!("verify_email:{user_id}:{}", crate::tokens::hash(&token)),
        &VerifyEmail {
            display_name: name.as_str().to_owned(),
            link: services.link_in(VERIFY_EMAIL_PATH, &token, locale),
            valid_hours: hours(services.settings.verification_valid_for),
        },
    )
    .await?;
    audit::record(
        &txn,
        meta,
        AuditEvent {
            actor_id: Some(user_id),
            action: "user_registered",
            subject_type: "user",
            subject_id: Some(user_id),
            details: json!({ "role": input.role.code() }),
        },
    )
    .await?;
    txn.commit().await?;
    services.mail_committed();
    Ok(())
}

pub struct InviteInput {
    pub email: String,
    pub display_name: String,
    pub locale: String,
    pub role: Role,
    pub scope: Scope,
}

/// Invites a teacher, coordinator or partner contact: the account is created without a
/// password and an e-mail carries a single-use link to choose one.
pub async fn invite(
    services: &Services,
    principal: &Principal,
    meta: &RequestMeta,
    input: InviteInput,
) -> DomainResult<users::Model> {
    let scope_municipality = match input.scope {
        Scope::Organisation(id) => {
            let organisation = crate::directory::organisations::find(&services.db, id)
                .await
                .map_err(|_| DomainError::field("scope.id", "unknown", "no such organisation"))?;
            crate::directory::organisations::municipality_of(&services.db, &organisation).await?
        }
        _ => None,
    };
    if !rules::can_invite(
        &principal.roles,
        input.role,
        input.scope,
        scope_municipality,
    ) {
        return Err(DomainError::Forbidden);
    }
    let mut checks = Checks::new();
    let email = checks.parse(Email::parse("email", &input.email));
    let name = checks.parse(DisplayName::parse("displayName", &input.display_name));
    let locale = checks.parse(Locale::parse("locale", &input.locale));
    checks.finish()?;
    let (email, name, locale) = (
        email.expect("checked"),
        name.expect("checked"),
        locale.expect("checked"),
    );

    let txn = begin_write(&services.db).await?;
    let inviter = users::Entity::find_by_id(principal.user_id)
        .one(&txn)
        .await?
        .ok_or(DomainError::Unauthenticated)?;
    let user = insert_user(&txn, new_user(&email, &name, locale, None)).await?;
    let user_id = user.id;
    insert_role(
        &txn,
        user_id,
        input.role,
        input.scope,
        Some(principal.user_id),
    )
    .await?;
    let token = links::mint(
        &txn,
        user_id,
        LinkPurpose::Invitation,
        services.settings.invitation_valid_for,
    )
    .await?;
    mail::enqueue(
        &txn,
        email.as_str(),
        locale,
        Some(user_id),
        format!("invitation:{user_id}:{}", crate::tokens::hash(&token)),
        &Invitation {
            display_name: name.as_str().to_owned(),
            inviter_name: inviter.display_name,
            role_label: role_label(input.role, locale),
            link: services.link_in(ACCEPT_INVITATION_PATH, &token, locale),
            valid_hours: hours(services.settings.invitation_valid_for),
        },
    )
    .await?;
    audit::record(
        &txn,
        meta,
        AuditEvent {
            actor_id: Some(principal.user_id),
            action: "user_invited",
            subject_type: "user",
            subject_id: Some(user_id),
            details: json!({
                "role": input.role.code(),
                "scope_kind": input.scope.kind(),
                "scope_id": input.scope.id(),
            }),
        },
    )
    .await?;
    txn.commit().await?;
    services.mail_committed();
    Ok(user)
}

/// Redeems an invitation: sets the password, marks the address verified (the link proved
/// it) and signs the person in.
pub async fn accept_invitation(
    services: &Services,
    meta: &RequestMeta,
    token: &str,
    password: &str,
) -> DomainResult<SignedIn> {
    links::check_shape(token)?;
    let password = NewPassword::parse("password", password, &[]).map_err(one)?;
    services
        .limit_hashing(&format!("link:{token}"), meta)
        .await?;
    let password_hash = services.hashing.hash(&password).await?;
    let txn = begin_write(&services.db).await?;
    let user_id = links::redeem(&txn, token, LinkPurpose::Invitation).await?;
    let user = users::Entity::find_by_id(user_id)
        .one(&txn)
        .await?
        .ok_or_else(links::invalid_link)?;
    let now = Utc::now();
    let mut active = user.into_active_model();
    active.password_hash = Set(Some(password_hash));
    active.email_verified_at = Set(Some(now));
    active.updated_at = Set(now);
    let user = active.update(&txn).await?;
    audit::record(
        &txn,
        meta,
        AuditEvent {
            actor_id: Some(user_id),
            action: "invitation_accepted",
            subject_type: "user",
            subject_id: Some(user_id),
            details: json!({}),
        },
    )
    .await?;
    let signed_in = open_session(services, &txn, user).await?;
    txn.commit().await?;
    Ok(signed_in)
}

pub async fn verify_email(
    services: &Services,
    meta: &RequestMeta,
    token: &str,
) -> DomainResult<users::Model> {
    let txn = begin_write(&services.db).await?;
    let user_id = links::redeem(&txn, token, LinkPurpose::VerifyEmail).await?;
    let user = users::Entity::find_by_id(user_id)
        .one(&txn)
        .await?
        .ok_or_else(links::invalid_link)?;
    let now = Utc::now();
    let mut active = user.into_active_model();
    active.email_verified_at = Set(Some(now));
    active.updated_at = Set(now);
    let user = active.update(&txn).await?;
    audit::record(
        &txn,
        meta,
        AuditEvent {
            actor_id: Some(user_id),
            action: "email_verified",
            subject_type: "user",
            subject_id: Some(user_id),
            details: json!({}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(user)
}

/// Sends a fresh verification link (earlier ones stop working), at most once a day per
/// account: a person who tries to sign in before verifying gets it.
pub(super) async fn resend_verification(
    services: &Services,
    db: &impl ConnectionTrait,
    user: &users::Model,
) -> DomainResult<()> {
    let dedup_key = format!("verify_email_again:{}:{}", user.id, Utc::now().date_naive());
    let already = outbox_emails::Entity::find()
        .filter(outbox_emails::Column::DedupKey.eq(dedup_key.as_str()))
        .one(db)
        .await?;
    if already.is_some() {
        return Ok(());
    }
    let token = links::mint(
        db,
        user.id,
        LinkPurpose::VerifyEmail,
        services.settings.verification_valid_for,
    )
    .await?;
    mail::enqueue(
        db,
        &user.email,
        Locale::from_stored(&user.locale),
        Some(user.id),
        dedup_key,
        &VerifyEmail {
            display_name: user.display_name.clone(),
            link: services.link_in(VERIFY_EMAIL_PATH, &token, Locale::from_stored(&user.locale)),
            valid_hours: hours(services.settings.verification_valid_for),
        },
    )
    .await?;
    Ok(())
}

pub(super) fn new_user(
    email: &Email,
    name: &DisplayName,
    locale: Locale,
    password_hash: Option<String>,
) -> users::ActiveModel {
    let now = Utc::now();
    users::ActiveModel {
        id: Set(Uuid::now_v7()),
        email: Set(email.as_str().to_owned()),
        display_name: Set(name.as_str().to_owned()),
        locale: Set(locale.code().to_owned()),
        time_zone: Set(None),
        password_hash: Set(password_hash),
        email_verified_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    }
}

/// Inserts a user; an address already taken is a `Conflict` naming the e-mail field.
pub(super) async fn insert_user(
    db: &impl ConnectionTrait,
    user: users::ActiveModel,
) -> DomainResult<users::Model> {
    if let Some(email) = user.email.try_as_ref()
        && find_by_email(db, email).await?.is_some()
    {
        return Err(email_taken());
    }
    user.insert(db).await.map_err(|e| match e.sql_err() {
        Some(SqlErr::UniqueConstraintViolation(_)) => email_taken(),
        _ => e.into(),
    })
}

fn email_taken() -> DomainError {
    DomainError::Conflict {
        code: "email_taken",
        message: "an account with this e-mail address already exists",
    }
}

pub(super) fn one(error: FieldError) -> DomainError {
    DomainError::Validation(vec![error])
}

pub(super) fn hours(duration: std::time::Duration) -> i64 {
    (duration.as_secs() / 3600) as i64
}

/// Sends an invitee who has not answered one reminder with a fresh link (the old one stops
/// working). Returns false, changing nothing, when the reminder was already queued.
pub async fn remind_invitation(services: &Services, user_id: Uuid) -> DomainResult<bool> {
    let txn = begin_write(&services.db).await?;
    let Some(user) = users::Entity::find_by_id(user_id).one(&txn).await? else {
        return Ok(false);
    };
    let dedup_key = format!("invitation_reminder:{}", user.id);
    let already = outbox_emails::Entity::find()
        .filter(outbox_emails::Column::DedupKey.eq(dedup_key.as_str()))
        .one(&txn)
        .await?;
    if user.password_hash.is_some() || already.is_some() {
        return Ok(false);
    }
    let token = links::mint(
        &txn,
        user.id,
        LinkPurpose::Invitation,
        services.settings.invitation_valid_for,
    )
    .await?;
    let locale = Locale::from_stored(&user.locale);
    let queued = mail::enqueue(
        &txn,
        &user.email,
        locale,
        Some(user.id),
        // Once per invitee, ever.
        dedup_key,
        &InvitationReminder {
            display_name: user.display_name.clone(),
            link: services.link_in(ACCEPT_INVITATION_PATH, &token, locale),
            valid_hours: hours(services.settings.invitation_valid_for),
        },
    )
    .await?;
    if !queued {
        // Another scheduler got there first: keep its link, drop ours.
        txn.rollback().await?;
        return Ok(false);
    }
    txn.commit().await?;
    services.mail_committed();
    Ok(true)
}
