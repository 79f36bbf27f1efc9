//! Sends what the outbox holds. Rows are claimed with a lease by one conditional UPDATE, so
//! several workers (several instances on one database) never send the same row at once.
use std::{path::PathBuf, sync::Arc, time::Duration};

use chrono::Utc;
use lettre::{
    AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
    message::{Mailbox, MultiPart},
    transport::smtp::authentication::Credentials,
};
use sea_orm::{
    ColumnTrait, Condition, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::{Expr, ExprTrait},
};
use tokio::sync::{Notify, watch};
use utbyte_domain::entities::outbox_emails;
use uuid::Uuid;

use crate::config::{Settings, SmtpSettings, SmtpTls};

pub enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    /// Writes each mail as an `.eml` file, for trying the service without a mail server.
    Files(AsyncFileTransport<Tokio1Executor>, PathBuf),
}

impl Transport {
    pub fn from_settings(settings: &Settings) -> anyhow::Result<Self> {
        match &settings.smtp {
            Some(smtp) => Ok(Self::Smtp(smtp_transport(smtp)?)),
            None => {
                let dir = PathBuf::from(&settings.mail.dir);
                std::fs::create_dir_all(&dir)?;
                Ok(Self::Files(AsyncFileTransport::new(&dir), dir))
            }
        }
    }

    pub fn describe(&self) -> String {
        match self {
            Self::Smtp(_) => "SMTP".into(),
            Self::Files(_, dir) => format!("files in {}", dir.display()),
        }
    }

    async fn send(&self, message: Message) -> anyhow::Result<()> {
        match self {
            Self::Smtp(transport) => {
                transport.send(message).await?;
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
    pub transport: Transport,
    pub from: Mailbox,
    /// Domain part of Message-IDs.
    pub message_id_domain: String,
    pub max_attempts: i32,
    pub poll_interval: Duration,
    pub lease: Duration,
    pub wake: Arc<Notify>,
    pub owner: String,
}

/// Wait before attempt `attempts + 1`: 30 s doubling, at most 6 hours.
pub fn backoff(attempts: i32) -> Duration {
    let exponent = attempts.clamp(1, 20) as u32 - 1;
    Duration::from_secs(Ord::min(30u64.saturating_mul(1 << exponent), 6 * 3600))
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
        Ok(Self {
            db,
            transport,
            from,
            message_id_domain,
            max_attempts: Ord::max(settings.mail.max_attempts, 1),
            poll_interval: Duration::from_secs(Ord::max(settings.mail.poll_interval_secs, 1)),
            lease: Duration::from_secs(
                settings.smtp.as_ref().map_or(10, |s| s.timeout_secs) * 3 + 30,
            ),
            wake,
            owner: Uuid::now_v7().to_string(),
        })
    }

    pub async fn run(self, mut shutdown: watch::Receiver<bool>) {
        tracing::info!(transport = %self.transport.describe(), "mail worker started");
        loop {
            match self.deliver_due().await {
                Ok(sent) if sent > 0 => continue,
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

    /// Claims and sends the mails that are due; returns how many it handled.
    pub async fn deliver_due(&self) -> anyhow::Result<usize> {
        let now = Utc::now();
        let due: Vec<Uuid> = outbox_emails::Entity::find()
            .select_only()
            .column(outbox_emails::Column::Id)
            .filter(outbox_emails::Column::SentAt.is_null())
            .filter(outbox_emails::Column::FailedAt.is_null())
            .filter(Expr::col(outbox_emails::Column::NextAttemptAt).lte(now))
            .filter(
                Condition::any()
                    .add(outbox_emails::Column::LeaseUntil.is_null())
                    .add(Expr::col(outbox_emails::Column::LeaseUntil).lt(now)),
            )
            .order_by_asc(outbox_emails::Column::NextAttemptAt)
            .limit(50)
            .into_tuple()
            .all(&self.db)
            .await?;
        let mut handled = 0;
        for id in due {
            if let Some(row) = self.claim(id).await? {
                self.deliver(row).await?;
                handled += 1;
            }
        }
        Ok(handled)
    }

    async fn claim(&self, id: Uuid) -> anyhow::Result<Option<outbox_emails::Model>> {
        let now = Utc::now();
        let lease_until = now + chrono::Duration::from_std(self.lease)?;
        let claimed = outbox_emails::Entity::update_many()
            .col_expr(
                outbox_emails::Column::LeaseOwner,
                Expr::value(self.owner.clone()),
            )
            .col_expr(outbox_emails::Column::LeaseUntil, Expr::value(lease_until))
            .filter(outbox_emails::Column::Id.eq(id))
            .filter(outbox_emails::Column::SentAt.is_null())
            .filter(outbox_emails::Column::FailedAt.is_null())
            .filter(
                Condition::any()
                    .add(outbox_emails::Column::LeaseUntil.is_null())
                    .add(Expr::col(outbox_emails::Column::LeaseUntil).lt(now)),
            )
            .exec(&self.db)
            .await?;
        if claimed.rows_affected != 1 {
            return Ok(None);
        }
        Ok(outbox_emails::Entity::find_by_id(id).one(&self.db).await?)
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

    async fn deliver(&self, row: outbox_emails::Model) -> anyhow::Result<()> {
        let attempts = row.attempts + 1;
        let result = match self.message(&row) {
            Ok(message) => self.transport.send(message).await,
            Err(error) => Err(error),
        };
        let now = Utc::now();
        let mut update = outbox_emails::Entity::update_many()
            .col_expr(outbox_emails::Column::Attempts, Expr::value(attempts))
            .col_expr(
                outbox_emails::Column::LeaseOwner,
                Expr::value(Option::<String>::None),
            )
            .col_expr(
                outbox_emails::Column::LeaseUntil,
                Expr::value(Option::<chrono::DateTime<Utc>>::None),
            )
            .filter(outbox_emails::Column::Id.eq(row.id))
            .filter(outbox_emails::Column::LeaseOwner.eq(self.owner.clone()));
        match result {
            Ok(()) => {
                update = update.col_expr(outbox_emails::Column::SentAt, Expr::value(now));
            }
            Err(error) => {
                // The SMTP reply may quote the address; keep the text short and log only the id.
                let text: String = error.to_string().chars().take(500).collect();
                update = update.col_expr(outbox_emails::Column::LastError, Expr::value(text));
                if attempts >= self.max_attempts {
                    tracing::error!(outbox_id = %row.id, attempts, "mail failed for good");
                    update = update.col_expr(outbox_emails::Column::FailedAt, Expr::value(now));
                } else {
                    let next = now + chrono::Duration::from_std(backoff(attempts))?;
                    tracing::warn!(outbox_id = %row.id, attempts, next_attempt_at = %next, "mail send failed, will retry");
                    update =
                        update.col_expr(outbox_emails::Column::NextAttemptAt, Expr::value(next));
                }
            }
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
        assert_eq!(backoff(1), Duration::from_secs(30));
        assert_eq!(backoff(2), Duration::from_secs(60));
        assert_eq!(backoff(5), Duration::from_secs(480));
        assert_eq!(backoff(30), Duration::from_secs(6 * 3600));
    }
}
