//! What every domain operation needs: the database, settings and shared machinery.
use std::{sync::Arc, time::Duration};

use sea_orm::DatabaseConnection;
use tokio::sync::{Notify, broadcast};

use crate::{
    exchanges::rules::LeaderRules,
    matching::index::IndexCache,
    passwords::PasswordHashing,
    rate_limit::{LoginLimits, LoginRateLimiter},
};

#[derive(Debug, Clone)]
pub struct AccountSettings {
    /// Base of every link in e-mails, without a trailing slash.
    pub public_url: String,
    /// A session unused this long is over.
    pub session_idle_timeout: Duration,
    /// A session is over this long after sign-in, however busy.
    pub session_lifetime: Duration,
    pub invitation_valid_for: Duration,
    pub verification_valid_for: Duration,
    pub reset_valid_for: Duration,
    pub login_limits: LoginLimits,
    /// The leader ratio the checklist before approval asks for.
    pub leader_rules: LeaderRules,
    /// How long a place offered from the waiting list is held.
    pub offer_valid_for: Duration,
    /// How long a guardian's consent link works (and until departure at the latest).
    pub consent_link_valid_for: Duration,
    /// When a guardian who has not answered is reminded.
    pub consent_reminders: crate::registrations::consent::ReminderSchedule,
    /// The retention periods: the defaults of the per-municipality categories, and the
    /// installation-wide periods of outbox e-mails and audit events.
    pub retention: crate::retention::rules::Periods,
    /// The scheduler leaves the retention job alone this long after start-up.
    pub retention_start_delay: Duration,
    /// The largest file an exchange accepts as an attachment.
    pub attachment_max_bytes: usize,
}

impl Default for AccountSettings {
    fn default() -> Self {
        Self {
            public_url: "http://127.0.0.1:8080".into(),
            session_idle_timeout: Duration::from_secs(2 * 60 * 60),
            session_lifetime: Duration::from_secs(7 * 24 * 60 * 60),
            invitation_valid_for: Duration::from_secs(7 * 24 * 60 * 60),
            verification_valid_for: Duration::from_secs(48 * 60 * 60),
            reset_valid_for: Duration::from_secs(60 * 60),
            login_limits: LoginLimits {
                per_account: 10,
                per_address: 50,
                window: Duration::from_secs(15 * 60),
            },
            leader_rules: LeaderRules::default(),
            offer_valid_for: Duration::from_secs(72 * 60 * 60),
            consent_link_valid_for: Duration::from_secs(14 * 24 * 60 * 60),
            consent_reminders: crate::registrations::consent::ReminderSchedule::default(),
            retention: crate::retention::rules::Periods::default(),
            retention_start_delay: Duration::from_secs(10 * 60),
            attachment_max_bytes: crate::exchanges::attachment_rules::DEFAULT_MAX_BYTES,
        }
    }
}

/// Cheap to clone: everything inside is shared.
#[derive(Clone)]
pub struct Services {
    pub db: DatabaseConnection,
    pub settings: Arc<AccountSettings>,
    pub hashing: PasswordHashing,
    pub login_limiter: Arc<LoginRateLimiter>,
    /// Woken after a commit that queued e-mail, so the worker sends at once.
    pub mail_queued: Arc<Notify>,
    /// Told after such a commit, so live notification streams look for new rows.
    pub notifications_changed: broadcast::Sender<()>,
    /// The directory in memory for matching, rebuilt when it changes.
    pub matching_index: Arc<IndexCache>,
}

impl Services {
    pub fn new(
        db: DatabaseConnection,
        settings: AccountSettings,
        hashing: PasswordHashing,
    ) -> Self {
        Self {
            login_limiter: Arc::new(LoginRateLimiter::for_database(&db, settings.login_limits)),
            db,
            settings: Arc::new(settings),
            hashing,
            mail_queued: Arc::new(Notify::new()),
            notifications_changed: broadcast::channel(16).0,
            matching_index: Arc::default(),
        }
    }

    /// Call after committing a transaction that queued mail (and so notifications).
    pub fn mail_committed(&self) {
        self.mail_queued.notify_one();
        let _ = self.notifications_changed.send(());
    }

    /// Anonymous operations that hash a password share the login budgets: per client address,
    /// and per `key` (an address being registered, a link being redeemed).
    pub async fn limit_hashing(
        &self,
        key: &str,
        meta: &crate::RequestMeta,
    ) -> crate::DomainResult<()> {
        self.login_limiter.check(key, meta.client_ip).await
    }

    pub fn link(&self, path: &str, token: &str) -> String {
        format!("{}{path}?token={token}", self.settings.public_url)
    }

    /// A link for an e-mail to a reader of `locale`: its page opens in their language.
    pub fn link_in(&self, path: &str, token: &str, locale: crate::types::Locale) -> String {
        format!("{}&lang={}", self.link(path, token), locale.code())
    }

    pub fn page(&self, path: &str) -> String {
        format!("{}{path}", self.settings.public_url)
    }
}
