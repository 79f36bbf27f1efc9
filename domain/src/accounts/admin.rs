//! The first administrator, created from the command line.
use serde_json::json;

use super::{
    RESET_PASSWORD_PATH,
    links::{self, LinkPurpose},
    registration::{insert_user, new_user, one},
    roles::insert_role,
};
use crate::{
    audit::{self, AuditEvent},
    db::begin_write,
    error::{Checks, DomainResult},
    passwords::NewPassword,
    principal::RequestMeta,
    services::Services,
    types::{DisplayName, Email, Locale, Role, Scope},
};

pub struct CreatedAdmin {
    pub email: String,
    /// A one-time link to choose a password, when none was given.
    pub set_password_link: Option<String>,
}

pub async fn create_admin(
    services: &Services,
    email: &str,
    display_name: &str,
    password: Option<&str>,
) -> DomainResult<CreatedAdmin> {
    let mut checks = Checks::new();
    let email = checks.parse(Email::parse("email", email));
    let name = checks.parse(DisplayName::parse("displayName", display_name));
    checks.finish()?;
    let (email, name) = (email.expect("checked"), name.expect("checked"));
    let hash = match password {
        Some(password) => {
            let password =
                NewPassword::parse("password", password, &[email.as_str()]).map_err(one)?;
            Some(services.hashing.hash(&password).await?)
        }
        None => None,
    };
    let has_password = hash.is_some();
    let txn = begin_write(&services.db).await?;
    let mut admin = new_user(&email, &name, Locale::Sv, hash);
    // The operator who runs the command vouches for the address.
    admin.email_verified_at = sea_orm::ActiveValue::Set(Some(chrono::Utc::now()));
    let user = insert_user(&txn, admin).await?;
    insert_role(&txn, user.id, Role::Admin, Scope::Global, None).await?;
    let set_password_link = if has_password {
        None
    } else {
        let token = links::mint(
            &txn,
            user.id,
            LinkPurpose::PasswordReset,
            std::time::Duration::from_secs(24 * 60 * 60),
        )
        .await?;
        Some(services.link(RESET_PASSWORD_PATH, &token))
    };
    audit::record(
        &txn,
        &RequestMeta::default(),
        AuditEvent {
            actor_id: None,
            action: "admin_created",
            subject_type: "user",
            subject_id: Some(user.id),
            details: json!({ "via": "cli" }),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(CreatedAdmin {
        email: user.email,
        set_password_link,
    })
}
