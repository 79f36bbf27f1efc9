//! Sends what the outbox holds. Rows are claimed with a lease by one conditional UPDATE, so
//! several workers (several instances on one database) never send the same row at once.
use std::{path::PathBuf, sync::Arc, time::Duration};

use chrono::Utc;
use futures_util::StreamExt;
use lettre::{
    AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
    message::{Mailbox, MultiPart},
    transport::smtp::authentication::Credentials,
};
use sea_orm::{
    ColumnTrait, Condition, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    QueryTrait, UpdateMany,
    sea_query::{Expr, ExprTrait},
};
use tokio::sync::{Notify, watch};
use utbyte_domain::entities::outbox_emails;
use uuid::Uuid;

use crate::config::{Settings, SmtpSettings, SmtpTls};

pub enum Transport {
    /// With the limit on one whole exchange: lettre's own timeout covers connecting only,
    /// so a server that accepts and then stays silent would hold a send for ever.
    Smtp(AsyncSmtpTransport<Tokio1Executor>, Duration),
    /// Writes each mail as an `.eml` file, for trying the service without a mail server.
    Files(AsyncFileTransport<Tokio1Executor>, PathBuf),
}

impl Transport {
    pub fn from_settings(settings: &Settings) -> anyhow::Result<Self> {
        match &settings.smtp {
            Some(smtp) => Ok(Self::Smtp(
                smtp_transport(smtp)?,
                Duration::from_secs(Ord::max(smtp.timeout_secs, 1)),
            )),
            None => {
                let dir = PathBuf::from(&settings.mail.dir);
                std::fs::create_dir_all(&dir)?;
                Ok(Self::Files(AsyncFileTransport::new(&dir), dir))
            }
        }
    }

    pub fn describe(&self) -> String {
        match self {
            Self::Smtp(..) => "SMTP".into(),
            Self::Files(_, dir) => format!("files in {}", dir.display()),
        }
    }

    pub async fn send(&self, message: Message) -> anyhow::Result<()> {
        match self {
            Self::Smtp(transport, limit) => {
                tokio::time::timeout(*limit, transport.send(message))
                    .await
                    .map_err(|_| {
                        anyhow::anyhow!("SMTP server did not answer within {limit:?}")
                    })??;
            }
            Self::Files(transport, dir) => {
                let id = transport.send(message).await?;
                tracing::info!(path = %dir.join(format!("{id}.eml")).display(), "mail written");
            }
        }
        Ok(())
    }
}

pub fn smtp_transport(smtp: &SmtpSettings) -> anyhow::Result<AsyncSmtpTransport<Tokio1Executor>> {
    let builder = match smtp.tls {
        SmtpTls::None => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&smtp.host),
        SmtpTls::Starttls => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&smtp.host)?,
        SmtpTls::Tls => AsyncSmtpTransport::<Tokio1Executor>::relay(&smtp.host)?,
    };
    let mut builder = builder
        .port(smtp.port)
        .timeout(Some(Duration::from_secs(smtp.timeout_secs)));
    if let (Some(user), Some(password)) = (&smtp.username, &smtp.password) {
        builder = builder.credentials(Credentials::new(user.clone(), password.clone()));
    }
    Ok(builder.build())
}

pub struct MailWorker {
    pub db: DatabaseConnection,
    pub transport: Arc<Transport>,
    pub from: Mailbox,
    /// Domain part of Message-IDs.
    pub message_id_domain: String,
    pub max_attempts: i32,
    pub poll_interval: Duration,
    pub retry_base: Duration,
    /// How long a claim holds rows; past it another worker may take them.
    pub lease: Duration,
    pub batch_size: u64,
    pub concurrency: usize,
    pub wake: Arc<Notify>,
}

/// Wait before attempt `attempts + 1`: `base` doubling per attempt, at most 6 hours.
pub fn backoff(base: Duration, attempts: i32) -> Duration {
    let exponent = attempts.clamp(1, 20) as u32 - 1;
    Ord::min(
        base.saturating_mul(1 << exponent),
        Duration::from_secs(6 * 3600),
    )
}

/// Clears a row's lease as part of `update`.
fn release(update: UpdateMany<outbox_emails::Entity>) -> UpdateMany<outbox_emails::Entity> {
    update
        .col_expr(
            outbox_emails::Column::LeaseOwner,
            Expr::value(Option::<String>::None),
        )
        .col_expr(
            outbox_emails::Column::LeaseUntil,
            Expr::value(Option::<chrono::DateTime<Utc>>::None),
        )
}

fn due(now: chrono::DateTime<Utc>) -> Condition {
    Condition::all()
        .add(outbox_emails::Column::SentAt.is_null())
        .add(outbox_emails::Column::FailedAt.is_null())
        .add(Expr::col(outbox_emails::Column::NextAttemptAt).lte(now))
        .add(
            Condition::any()
                .add(outbox_emails::Column::LeaseUntil.is_null())
                .add(Expr::col(outbox_emails::Column::LeaseUntil).lt(now)),
        )
}

impl MailWorker {
    pub fn new(
        settings: &Settings,
        db: DatabaseConnection,
        wake: Arc<Notify>,
    ) -> anyhow::Result<Self> {
        let transport = Transport::from_settings(settings)?;
        let from: Mailbox = settings
            .mail
            .from
            .parse()
            .map_err(|e| anyhow::anyhow!("APP_MAIL__FROM is not a mailbox: {e}"))?;
        let message_id_domain = from.email.domain().to_owned();
        let smtp_timeout = settings
            .smtp
            .as_ref()
            .map_or(10, |s| Ord::max(s.timeout_secs, 1));
        let batch_size = Ord::max(settings.mail.batch_size, 1);
        let concurrency = Ord::max(settings.mail.concurrency, 1);
        // Every send ends within the SMTP timeout, so a claim outlives its slowest batch:
        // no other worker can take rows that this one may still be sending.
        let rounds = batch_size.div_ceil(concurrency as u64) + 1;
        let lease = Duration::from_secs(smtp_timeout * rounds + 30);
        Ok(Self {
            db,
            transport: Arc::new(transport),
            from,
            message_id_domain,
            max_attempts: Ord::max(settings.mail.max_attempts, 1),
            poll_interval: Duration::from_millis(Ord::max(settings.mail.poll_interval_ms, 10)),
            retry_base: Duration::from_millis(settings.mail.retry_base_ms),
            lease,
            batch_size,
            concurrency,
            wake,
        })
    }

    pub async fn run(self, mut shutdown: watch::Receiver<bool>) {
        tracing::info!(transport = %self.transport.describe(), "mail worker started");
        loop {
            match self.deliver_due().await {
                Ok(handled) if handled > 0 => continue,
                Ok(_) => {}
                Err(error) => tracing::error!(%error, "mail worker pass failed"),
            }
            tokio::select! {
                _ = self.wake.notified() => {}
                _ = tokio::time::sleep(self.poll_interval) => {}
                _ = shutdown.changed() => break,
            }
        }
        tracing::info!("mail worker stopped");
    }

    /// Claims a batch of due mails and sends them; returns how many it handled.
    pub async fn deliver_due(&self) -> anyhow::Result<usize> {
        let (claim, rows) = self.claim().await?;
        let handled = rows.len();
        let outcomes: Vec<anyhow::Result<()>> = futures_util::stream::iter(rows)
            .map(|row| self.deliver(&claim, row))
            .buffer_unordered(self.concurrency)
            .collect()
            .await;
        outcomes.into_iter().collect::<anyhow::Result<()>>()?;
        Ok(handled)
    }

    /// Sends one claimed row and records the outcome as soon as the send returns, so a
    /// crash re-sends at most the mails that were in flight.
    async fn deliver(&self, claim: &str, row: outbox_emails::Model) -> anyhow::Result<()> {
        let result = match self.message(&row) {
            Ok(message) => self.transport.send(message).await,
            Err(error) => Err(error),
        };
        match result {
            Ok(()) => self.mark_sent(claim, row.id).await,
            Err(error) => {
                self.mark_failed_attempt(claim, row.id, row.attempts + 1, &error)
                    .await
            }
        }
    }

    /// Takes a lease on up to `batch_size` due rows with one conditional UPDATE. The lease
    /// conditions are re-checked under each row's lock, so two workers never hold one row.
    async fn claim(&self) -> anyhow::Result<(String, Vec<outbox_emails::Model>)> {
        let now = Utc::now();
        let claim = Uuid::now_v7().to_string();
        let lease_until = now + chrono::Duration::from_std(self.lease)?;
        let candidates = outbox_emails::Entity::find()
            .select_only()
            .column(outbox_emails::Column::Id)
            .filter(due(now))
            .order_by_asc(outbox_emails::Column::NextAttemptAt)
            .limit(self.batch_size)
            .into_query();
        outbox_emails::Entity::update_many()
            .col_expr(
                outbox_emails::Column::LeaseOwner,
                Expr::value(claim.clone()),
            )
            .col_expr(outbox_emails::Column::LeaseUntil, Expr::value(lease_until))
            .filter(outbox_emails::Column::Id.in_subquery(candidates))
            .filter(due(now))
            .exec(&self.db)
            .await?;
        let rows = outbox_emails::Entity::find()
            .filter(outbox_emails::Column::LeaseOwner.eq(claim.clone()))
            .filter(outbox_emails::Column::SentAt.is_null())
            .all(&self.db)
            .await?;
        Ok((claim, rows))
    }

    fn message(&self, row: &outbox_emails::Model) -> anyhow::Result<Message> {
        Ok(Message::builder()
            .from(self.from.clone())
            .to(row.recipient.parse()?)
            .subject(&row.subject)
            .message_id(Some(format!("<{}@{}>", row.id, self.message_id_domain)))
            .multipart(MultiPart::alternative_plain_html(
                row.text_body.clone(),
                row.html_body.clone(),
            ))?)
    }

    async fn mark_sent(&self, claim: &str, id: Uuid) -> anyhow::Result<()> {
        release(outbox_emails::Entity::update_many())
            .col_expr(outbox_emails::Column::SentAt, Expr::value(Utc::now()))
            .col_expr(
                outbox_emails::Column::Attempts,
                Expr::col(outbox_emails::Column::Attempts).add(1),
            )
            .filter(outbox_emails::Column::Id.eq(id))
            .filter(outbox_emails::Column::LeaseOwner.eq(claim))
            .exec(&self.db)
            .await?;
        Ok(())
    }

    async fn mark_failed_attempt(
        &self,
        claim: &str,
        id: Uuid,
        attempts: i32,
        error: &anyhow::Error,
    ) -> anyhow::Result<()> {
        let now = Utc::now();
        // The SMTP reply may quote the address: keep the text short and log only the id.
        let text: String = error.to_string().chars().take(500).collect();
        let mut update = release(outbox_emails::Entity::update_many())
            .col_expr(outbox_emails::Column::Attempts, Expr::value(attempts))
            .col_expr(outbox_emails::Column::LastError, Expr::value(text))
            .filter(outbox_emails::Column::Id.eq(id))
            .filter(outbox_emails::Column::LeaseOwner.eq(claim));
        if attempts >= self.max_attempts {
            tracing::error!(outbox_id = %id, attempts, "mail failed for good");
            update = update.col_expr(outbox_emails::Column::FailedAt, Expr::value(now));
        } else {
            let next = now + chrono::Duration::from_std(backoff(self.retry_base, attempts))?;
            tracing::warn!(outbox_id = %id, attempts, next_attempt_at = %next, "mail send failed, will retry");
            update = update.col_expr(outbox_emails::Column::NextAttemptAt, Expr::value(next));
        }
        update.exec(&self.db).await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_and_is_capped() {
        let base = Duration::from_secs(30);
        assert_eq!(backoff(base, 1), Duration::from_secs(30));
        assert_eq!(backoff(base, 2), Duration::from_secs(60));
        assert_eq!(backoff(base, 5), Duration::from_secs(480));
        assert_eq!(backoff(base, 30), Duration::from_secs(6 * 3600));
    }
}
