//! Settings: compiled defaults, then an optional `utbyte.toml`, then `APP_*` variables
//! (nested keys with a double underscore: `APP_SMTP__HOST`).
use std::time::Duration;

use lettre::message::Mailbox;
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use utbyte_domain::{
    AccountSettings,
    rate_limit::LoginLimits,
    retention::rules::{Periods, RetentionCategory},
};

use crate::mail_worker::RetrySchedule;

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq, Default)]
#[serde(try_from = "String")]
pub enum Environment {
    #[default]
    Development,
    Production,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct Settings {
    pub env: Environment,
    /// Address and port to listen on.
    pub bind: String,
    /// May hold a password: shown only as [`Settings::database_label`].
    pub database_url: SecretString,
    pub database_max_connections: u32,
    /// Base URL of links in e-mails, e.g. `https://utbyte.jonkoping.se`. Required in production.
    pub public_url: Option<String>,
    /// GraphiQL on `GET /graphql`; defaults to on outside production.
    pub graphiql: Option<bool>,
    /// Schema introspection; defaults to on outside production.
    pub introspection: Option<bool>,
    pub request_timeout_secs: u64,
    pub body_limit_bytes: usize,
    /// Take the client address from `X-Forwarded-For` (only behind a trusted proxy).
    pub trust_forwarded_for: bool,
    pub log_format: Option<LogFormat>,
    /// How often the scheduler looks for due reminders.
    pub scheduler_interval_secs: u64,
    pub session: SessionSettings,
    pub login_rate_limit: LoginRateSettings,
    pub smtp: Option<SmtpSettings>,
    pub mail: MailSettings,
    pub leaders: LeaderSettings,
    pub registrations: RegistrationSettings,
    pub consent_reminders: ConsentReminderSettings,
    pub retention: RetentionSettings,
    pub attachments: AttachmentSettings,
}

/// Files attached to exchanges (`APP_ATTACHMENTS__*`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct AttachmentSettings {
    /// The largest file accepted, in bytes (1 KiB to 64 MiB); the upload route's body
    /// limit follows it.
    pub max_bytes: usize,
}

impl Default for AttachmentSettings {
    fn default() -> Self {
        Self {
            max_bytes: utbyte_domain::exchanges::attachment_rules::DEFAULT_MAX_BYTES,
        }
    }
}

/// Retention periods in days (`APP_RETENTION__*`). The first three are defaults each
/// municipality may change for its own exchanges; outbox e-mails and audit events name no
/// municipality, so their periods hold for the whole installation.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct RetentionSettings {
    /// Medical and emergency information, after the exchange's return (0 to 365).
    pub medical_information_days: i32,
    /// Consent events and links, after the exchange's return (30 to 3650).
    pub consent_records_days: i32,
    /// Registrations with everything attached, after the exchange's return (30 to 3650).
    pub registrations_days: i32,
    /// Recipient, subject and bodies of sent or failed e-mails (1 to 365).
    pub outbox_emails_days: i32,
    /// Audit events, after they occurred (365 to 3650).
    pub audit_events_days: i32,
    /// Young people's profiles and guardians, after the profile's last change once no
    /// registration is left (30 to 3650).
    pub youth_profiles_days: i32,
    /// The scheduler leaves the daily job alone this long after start-up.
    pub start_delay_minutes: u64,
}

impl Default for RetentionSettings {
    fn default() -> Self {
        Self {
            medical_information_days: RetentionCategory::MedicalInformation.default_days(),
            consent_records_days: RetentionCategory::ConsentRecords.default_days(),
            registrations_days: RetentionCategory::Registrations.default_days(),
            outbox_emails_days: RetentionCategory::OutboxEmails.default_days(),
            audit_events_days: RetentionCategory::AuditEvents.default_days(),
            youth_profiles_days: RetentionCategory::YouthProfiles.default_days(),
            start_delay_minutes: 10,
        }
    }
}

impl RetentionSettings {
    pub fn periods(&self) -> Periods {
        let mut periods = Periods::default();
        for (category, days) in [
            (
                RetentionCategory::MedicalInformation,
                self.medical_information_days,
            ),
            (RetentionCategory::ConsentRecords, self.consent_records_days),
            (RetentionCategory::Registrations, self.registrations_days),
            (RetentionCategory::OutboxEmails, self.outbox_emails_days),
            (RetentionCategory::AuditEvents, self.audit_events_days),
            (RetentionCategory::YouthProfiles, self.youth_profiles_days),
        ] {
            periods.set(category, days);
        }
        periods
    }
}

/// How long offers and consent links last.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct RegistrationSettings {
    /// A place offered from the waiting list is held this long.
    pub offer_hours: u64,
    /// A guardian's consent link works this long (and until departure at the latest).
    pub consent_link_days: u64,
}

impl Default for RegistrationSettings {
    fn default() -> Self {
        Self {
            offer_hours: 72,
            consent_link_days: 14,
        }
    }
}

/// When a guardian who has not answered a consent request is reminded
/// (`APP_CONSENT_REMINDERS__*`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct ConsentReminderSettings {
    /// The first reminder once the request is this many days old.
    pub first_after_days: u64,
    /// The last reminder this many days before the link expires.
    pub last_before_days: u64,
}

impl Default for ConsentReminderSettings {
    fn default() -> Self {
        Self {
            first_after_days: 3,
            last_before_days: 2,
        }
    }
}

impl ConsentReminderSettings {
    fn schedule(&self) -> utbyte_domain::registrations::consent::ReminderSchedule {
        // Within 1 to 60 days, checked by `Settings::check`.
        let days = |n: u64| chrono::Duration::days(i64::try_from(n.min(60)).unwrap_or(60));
        utbyte_domain::registrations::consent::ReminderSchedule {
            first_after: days(self.first_after_days),
            last_before: days(self.last_before_days),
        }
    }
}

/// The leader ratio the checklist before approval asks for.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct LeaderSettings {
    /// At least one adult per this many young people.
    pub youth_per_adult: i32,
    /// At least this many adults on trips abroad.
    pub min_adults_abroad: i32,
}

impl Default for LeaderSettings {
    fn default() -> Self {
        let rules = utbyte_domain::exchanges::rules::LeaderRules::default();
        Self {
            youth_per_adult: rules.youth_per_adult,
            min_adults_abroad: rules.min_adults_abroad,
        }
    }
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(try_from = "String")]
pub enum LogFormat {
    Pretty,
    Json,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct SessionSettings {
    pub idle_timeout_minutes: u64,
    pub lifetime_hours: u64,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct LoginRateSettings {
    pub per_account: u32,
    pub per_address: u32,
    pub window_secs: u64,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq, Default)]
#[serde(try_from = "String")]
pub enum SmtpTls {
    None,
    #[default]
    Starttls,
    Tls,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SmtpSettings {
    pub host: String,
    #[serde(default = "default_smtp_port")]
    pub port: u16,
    #[serde(default)]
    pub tls: SmtpTls,
    pub username: Option<String>,
    pub password: Option<SecretString>,
    #[serde(default = "default_smtp_timeout")]
    pub timeout_secs: u64,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct MailSettings {
    /// The sender; its domain also names every Message-ID. Production needs a domain the
    /// operator controls.
    pub from: String,
    /// Where mails go as `.eml` files when no SMTP server is configured.
    pub dir: String,
    pub poll_interval_ms: u64,
    /// First retry delay; each further attempt waits twice as long...
    pub retry_base_ms: u64,
    /// ...but never longer than this.
    pub retry_max_ms: u64,
    /// A mail is given up once its retries have spanned this many hours.
    pub give_up_after_hours: u64,
    /// Mails claimed per pass, and sent at once.
    pub batch_size: u64,
    pub concurrency: usize,
}

/// The value among `choices` that `value` names; an unknown one is refused with the list.
fn choose<T: Copy>(value: &str, choices: &[(&str, T)]) -> Result<T, String> {
    choices
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(value))
        .map(|(_, choice)| *choice)
        .ok_or_else(|| {
            let names: Vec<&str> = choices.iter().map(|(name, _)| *name).collect();
            format!(
                "unknown value `{value}`, expected one of: {}",
                names.join(", ")
            )
        })
}

impl TryFrom<String> for Environment {
    type Error = String;
    fn try_from(value: String) -> Result<Self, String> {
        choose(
            &value,
            &[
                ("development", Self::Development),
                ("production", Self::Production),
            ],
        )
    }
}

impl TryFrom<String> for LogFormat {
    type Error = String;
    fn try_from(value: String) -> Result<Self, String> {
        choose(&value, &[("pretty", Self::Pretty), ("json", Self::Json)])
    }
}

impl TryFrom<String> for SmtpTls {
    type Error = String;
    fn try_from(value: String) -> Result<Self, String> {
        choose(
            &value,
            &[
                ("none", Self::None),
                ("starttls", Self::Starttls),
                ("tls", Self::Tls),
            ],
        )
    }
}

fn default_smtp_port() -> u16 {
    587
}

fn default_smtp_timeout() -> u64 {
    10
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            env: Environment::Development,
            bind: "127.0.0.1:8080".into(),
            database_url: "sqlite://data/utbyte.db?mode=rwc".into(),
            database_max_connections: 8,
            public_url: None,
            graphiql: None,
            introspection: None,
            request_timeout_secs: 30,
            body_limit_bytes: 64 * 1024,
            trust_forwarded_for: false,
            log_format: None,
            scheduler_interval_secs: 60,
            session: SessionSettings::default(),
            login_rate_limit: LoginRateSettings::default(),
            smtp: None,
            mail: MailSettings::default(),
            leaders: LeaderSettings::default(),
            registrations: RegistrationSettings::default(),
            consent_reminders: ConsentReminderSettings::default(),
            retention: RetentionSettings::default(),
            attachments: AttachmentSettings::default(),
        }
    }
}

impl Default for SessionSettings {
    fn default() -> Self {
        Self {
            idle_timeout_minutes: 120,
            lifetime_hours: 24 * 7,
        }
    }
}

impl Default for LoginRateSettings {
    fn default() -> Self {
        Self {
            per_account: 10,
            per_address: 50,
            window_secs: 15 * 60,
        }
    }
}

impl Default for MailSettings {
    fn default() -> Self {
        Self {
            from: "Utbyte <no-reply@utbyte.invalid>".into(),
            dir: "data/mail".into(),
            poll_interval_ms: 5000,
            retry_base_ms: 30_000,
            retry_max_ms: 3_600_000,
            give_up_after_hours: 72,
            batch_size: 50,
            concurrency: 8,
        }
    }
}

/// The sender until an operator sets one; refused in production.
const PLACEHOLDER_SENDER_DOMAIN: &str = "utbyte.invalid";

impl MailSettings {
    pub fn retry_schedule(&self) -> RetrySchedule {
        RetrySchedule {
            base: Duration::from_millis(self.retry_base_ms),
            cap: Duration::from_millis(Ord::max(self.retry_max_ms, self.retry_base_ms)),
            give_up_after: Duration::from_secs(self.give_up_after_hours.saturating_mul(3600)),
        }
    }

    /// The sender as a mailbox.
    pub fn sender(&self) -> anyhow::Result<Mailbox> {
        self.from
            .parse()
            .map_err(|e| anyhow::anyhow!("APP_MAIL__FROM is not a mailbox: {e}"))
    }
}

impl Settings {
    /// Loads `utbyte.toml` (if present) and `APP_*` variables over the defaults.
    pub fn load() -> anyhow::Result<Self> {
        Self::load_from(None)
    }

    /// As `load`, with `variables` standing in for the process environment when given.
    pub fn load_from(
        variables: Option<std::collections::HashMap<String, String>>,
    ) -> anyhow::Result<Self> {
        // Values stay strings until serde asks for a number: a password such as "0123"
        // must not lose its leading zero. An empty variable counts as unset, as compose
        // passes `${APP_SMTP__USERNAME:-}` for a relay without authentication.
        let environment = config::Environment::with_prefix("APP")
            .prefix_separator("_")
            .separator("__")
            .ignore_empty(true)
            .source(variables);
        let settings: Settings = config::Config::builder()
            .add_source(config::File::with_name("utbyte").required(false))
            .add_source(environment)
            .build()?
            .try_deserialize()?;
        settings.check()?;
        Ok(settings)
    }

    /// Refuses settings that would be unsafe or useless where they are used.
    pub fn check(&self) -> anyhow::Result<()> {
        if self.env == Environment::Production {
            if self.smtp.is_none() {
                anyhow::bail!("APP_ENV=production needs an SMTP server: set APP_SMTP__HOST");
            }
            if self.public_url.is_none() {
                anyhow::bail!("APP_ENV=production needs the public URL: set APP_PUBLIC_URL");
            }
            if self.mail.sender()?.email.domain() == PLACEHOLDER_SENDER_DOMAIN {
                anyhow::bail!(
                    "APP_ENV=production needs a real sender: set APP_MAIL__FROM to an address \
                     on a domain you control (it also names every Message-ID)"
                );
            }
        }
        self.mail.sender()?;
        if let Some(url) = &self.public_url
            && !(url.starts_with("https://") || url.starts_with("http://"))
        {
            anyhow::bail!("APP_PUBLIC_URL must start with https:// or http://");
        }
        if self.body_limit_bytes < 1024 {
            anyhow::bail!("APP_BODY_LIMIT_BYTES must be at least 1024");
        }
        if !(1024..=64 * 1024 * 1024).contains(&self.attachments.max_bytes) {
            anyhow::bail!("APP_ATTACHMENTS__MAX_BYTES must be between 1024 and 67108864");
        }
        for (variable, days) in [
            (
                "APP_CONSENT_REMINDERS__FIRST_AFTER_DAYS",
                self.consent_reminders.first_after_days,
            ),
            (
                "APP_CONSENT_REMINDERS__LAST_BEFORE_DAYS",
                self.consent_reminders.last_before_days,
            ),
        ] {
            if !(1..=60).contains(&days) {
                anyhow::bail!("{variable} must be between 1 and 60");
            }
        }
        if let Some((category, problem)) = self.retention.periods().problems("").first() {
            anyhow::bail!(
                "APP_RETENTION__{}_DAYS {}",
                category.code().to_ascii_uppercase(),
                problem.message
            );
        }
        Ok(())
    }

    /// The database as messages may name it: the server's host and port, or the SQLite
    /// file; never a user name or password.
    pub fn database_label(&self) -> String {
        let url = self.database_url.expose_secret();
        if let Some(rest) = url.strip_prefix("sqlite:") {
            let path = rest.trim_start_matches("//");
            return format!("SQLite file {}", path.split('?').next().unwrap_or(path));
        }
        match url::Url::parse(url) {
            Ok(parsed) => format!(
                "{} at {}:{}",
                parsed.scheme(),
                parsed.host_str().unwrap_or("?"),
                parsed.port_or_known_default().unwrap_or(5432)
            ),
            Err(_) => "the database in APP_DATABASE_URL (not a valid URL)".into(),
        }
    }

    /// `text` with the database URL and its password replaced, for error messages.
    pub fn without_database_secrets(&self, text: &str) -> String {
        let url = self.database_url.expose_secret();
        let mut text = text.replace(url, &self.database_label());
        if let Ok(parsed) = url::Url::parse(url)
            && let Some(password) = parsed.password()
        {
            text = text.replace(password, "***");
        }
        text
    }

    pub fn is_production(&self) -> bool {
        self.env == Environment::Production
    }

    pub fn graphiql_enabled(&self) -> bool {
        self.graphiql.unwrap_or(!self.is_production())
    }

    pub fn introspection_enabled(&self) -> bool {
        self.introspection.unwrap_or(!self.is_production())
    }

    pub fn public_url(&self) -> String {
        self.public_url
            .clone()
            .unwrap_or_else(|| format!("http://{}", self.bind))
            .trim_end_matches('/')
            .to_owned()
    }

    pub fn account_settings(&self) -> AccountSettings {
        AccountSettings {
            public_url: self.public_url(),
            session_idle_timeout: Duration::from_secs(self.session.idle_timeout_minutes * 60),
            session_lifetime: Duration::from_secs(self.session.lifetime_hours * 3600),
            login_limits: LoginLimits {
                per_account: self.login_rate_limit.per_account,
                per_address: self.login_rate_limit.per_address,
                window: Duration::from_secs(self.login_rate_limit.window_secs.max(1)),
            },
            leader_rules: utbyte_domain::exchanges::rules::LeaderRules {
                youth_per_adult: self.leaders.youth_per_adult,
                min_adults_abroad: self.leaders.min_adults_abroad,
            },
            offer_valid_for: Duration::from_secs(self.registrations.offer_hours.max(1) * 3600),
            consent_link_valid_for: Duration::from_secs(
                self.registrations.consent_link_days.max(1) * 24 * 3600,
            ),
            consent_reminders: self.consent_reminders.schedule(),
            retention: self.retention.periods(),
            retention_start_delay: Duration::from_secs(self.retention.start_delay_minutes * 60),
            attachment_max_bytes: self.attachments.max_bytes,
            ..AccountSettings::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn production_needs_smtp_and_public_url() {
        let mut settings = Settings {
            env: Environment::Production,
            ..Settings::default()
        };
        assert!(settings.check().unwrap_err().to_string().contains("SMTP"));
        settings.smtp = Some(SmtpSettings {
            host: "smtp.example.se".into(),
            port: 587,
            tls: SmtpTls::Starttls,
            username: None,
            password: None,
            timeout_secs: 10,
        });
        assert!(
            settings
                .check()
                .unwrap_err()
                .to_string()
                .contains("APP_PUBLIC_URL")
        );
        settings.public_url = Some("https://utbyte.example.se".into());
        assert!(
            settings
                .check()
                .unwrap_err()
                .to_string()
                .contains("APP_MAIL__FROM")
        );
        settings.mail.from = "Utbyte <utbyte@jonkoping.se>".into();
        settings.check().unwrap();
        assert!(!settings.graphiql_enabled());
        assert!(!settings.introspection_enabled());
    }

    #[test]
    fn environment_variables_override_the_defaults() {
        let variables = [
            ("APP_BIND", "0.0.0.0:9000"),
            ("APP_ENV", "production"),
            ("APP_PUBLIC_URL", "https://utbyte.example.se"),
            ("APP_MAIL__FROM", "utbyte@example.se"),
            ("APP_SMTP__HOST", "smtp.example.se"),
            ("APP_SMTP__PORT", "2525"),
            ("APP_SMTP__PASSWORD", "0123"),
            ("APP_SMTP__TLS", "tls"),
            ("APP_LOGIN_RATE_LIMIT__PER_ACCOUNT", "3"),
            ("APP_LEADERS__YOUTH_PER_ADULT", "8"),
            ("APP_DATABASE_URL", "postgres://u@db/utbyte"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
        let settings = Settings::load_from(Some(variables)).unwrap();
        assert_eq!(settings.bind, "0.0.0.0:9000");
        assert!(settings.is_production());
        assert!(!settings.graphiql_enabled() && !settings.introspection_enabled());
        let smtp = settings.smtp.clone().unwrap();
        assert_eq!((smtp.port, smtp.tls), (2525, SmtpTls::Tls));
        assert_eq!(smtp.password.unwrap().expose_secret(), "0123");
        assert_eq!(settings.login_rate_limit.per_account, 3);
        let rules = settings.account_settings().leader_rules;
        assert_eq!((rules.youth_per_adult, rules.min_adults_abroad), (8, 2));
        assert_eq!(
            settings.database_url.expose_secret(),
            "postgres://u@db/utbyte"
        );

        let refused = [("APP_ENV", "production")]
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect();
        assert!(Settings::load_from(Some(refused)).is_err());
    }

    /// Settings from `pairs` standing in for the environment.
    fn load(pairs: &[(&str, &str)]) -> anyhow::Result<Settings> {
        Settings::load_from(Some(
            pairs
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect(),
        ))
    }

    #[test]
    fn retention_periods_come_from_the_environment_within_bounds() {
        let settings = load(&[
            ("APP_RETENTION__OUTBOX_EMAILS_DAYS", "7"),
            ("APP_RETENTION__AUDIT_EVENTS_DAYS", "400"),
            ("APP_RETENTION__MEDICAL_INFORMATION_DAYS", "0"),
        ])
        .unwrap();
        let periods = settings.account_settings().retention;
        assert_eq!(periods.get(RetentionCategory::OutboxEmails), 7);
        assert_eq!(periods.get(RetentionCategory::AuditEvents), 400);
        assert_eq!(periods.get(RetentionCategory::MedicalInformation), 0);
        assert_eq!(periods.get(RetentionCategory::Registrations), 1095);
        assert_eq!(Settings::default().retention.periods(), Periods::default());

        let refused = load(&[("APP_RETENTION__AUDIT_EVENTS_DAYS", "30")]).unwrap_err();
        assert!(
            refused
                .to_string()
                .contains("APP_RETENTION__AUDIT_EVENTS_DAYS"),
            "{refused}"
        );
        let refused = load(&[("APP_RETENTION__CONSENT_RECORDS_DAYS", "2000")]).unwrap_err();
        assert!(
            refused
                .to_string()
                .contains("APP_RETENTION__CONSENT_RECORDS_DAYS"),
            "{refused}"
        );
    }

    #[test]
    fn consent_reminders_come_from_the_environment_within_bounds() {
        let schedule = Settings::default().account_settings().consent_reminders;
        assert_eq!(
            (schedule.first_after, schedule.last_before),
            (chrono::Duration::days(3), chrono::Duration::days(2))
        );
        let settings = load(&[
            ("APP_CONSENT_REMINDERS__FIRST_AFTER_DAYS", "5"),
            ("APP_CONSENT_REMINDERS__LAST_BEFORE_DAYS", "1"),
        ])
        .unwrap();
        let schedule = settings.account_settings().consent_reminders;
        assert_eq!(
            (schedule.first_after, schedule.last_before),
            (chrono::Duration::days(5), chrono::Duration::days(1))
        );
        for (variable, refused) in [
            ("APP_CONSENT_REMINDERS__FIRST_AFTER_DAYS", "0"),
            ("APP_CONSENT_REMINDERS__LAST_BEFORE_DAYS", "61"),
        ] {
            let refused = load(&[(variable, refused)]).unwrap_err();
            assert!(refused.to_string().contains(variable), "{refused}");
        }
    }

    #[test]
    fn the_attachment_limit_comes_from_the_environment_within_bounds() {
        assert_eq!(
            Settings::default().account_settings().attachment_max_bytes,
            10 * 1024 * 1024
        );
        let settings = load(&[("APP_ATTACHMENTS__MAX_BYTES", "2048")]).unwrap();
        assert_eq!(settings.account_settings().attachment_max_bytes, 2048);
        for refused in ["100", "100000000"] {
            let refused = load(&[("APP_ATTACHMENTS__MAX_BYTES", refused)]).unwrap_err();
            assert!(
                refused.to_string().contains("APP_ATTACHMENTS__MAX_BYTES"),
                "{refused}"
            );
        }
    }

    #[test]
    fn development_defaults() {
        let settings = Settings::default();
        settings.check().unwrap();
        assert!(settings.graphiql_enabled());
        assert_eq!(settings.bind, "127.0.0.1:8080");
        assert_eq!(settings.public_url(), "http://127.0.0.1:8080");
    }
}
