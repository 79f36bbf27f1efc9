//! Sends what the outbox holds. Rows are claimed with a lease by one conditional UPDATE, so
//! several workers (several instances on one database) never send the same row at once.
use std::{path::PathBuf, sync::Arc, time::Duration};

use chrono::Utc;
use futures_util::StreamExt;
use lettre::{
    AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
    address::Envelope,
    message::{Mailbox, MultiPart},
    transport::smtp::authentication::Credentials,
};
use sea_orm::{
    ColumnTrait, Condition, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    QueryTrait, UpdateMany,
    sea_query::{Expr, ExprTrait},
};
use secrecy::ExposeSecret;
use tokio::sync::{Notify, watch};
use utbyte_domain::{entities::outbox_emails, mail};
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
        builder = builder.credentials(Credentials::new(
            user.clone(),
            password.expose_secret().to_owned(),
        ));
    }
    Ok(builder.build())
}

pub struct MailWorker {
    pub db: DatabaseConnection,
    pub transport: Arc<Transport>,
    pub from: Mailbox,
    /// Domain part of Message-IDs.
    pub message_id_domain: String,
    pub poll_interval: Duration,
    pub retry: RetrySchedule,
    /// How long a claim holds rows; past it another worker may take them.
    pub lease: Duration,
    pub batch_size: u64,
    pub concurrency: usize,
    pub wake: Arc<Notify>,
}

/// When a mail whose send failed is tried again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetrySchedule {
    /// The wait after the first failed attempt; each further wait is twice as long...
    pub base: Duration,
    /// ...but never longer than this.
    pub cap: Duration,
    /// Once the waits add up to this, the mail is given up.
    pub give_up_after: Duration,
}

impl RetrySchedule {
    /// The wait after failed attempt number `attempts`, or `None` to give the mail up:
    /// the last wait is shortened so that the final attempt falls at `give_up_after`.
    pub fn next_wait(&self, attempts: i32) -> Option<Duration> {
        let waited = (1..attempts).fold(Duration::ZERO, |sum, attempt| {
            sum.saturating_add(self.wait(attempt))
        });
        let left = self
            .give_up_after
            .checked_sub(waited)
            .filter(|left| !left.is_zero())?;
        Some(Ord::min(self.wait(attempts), left))
    }

    fn wait(&self, attempts: i32) -> Duration {
        let exponent = attempts.clamp(1, 30) as u32 - 1;
        Ord::min(self.base.saturating_mul(1 << exponent), self.cap)
    }
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
        let from = settings.mail.sender()?;
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
            poll_interval: Duration::from_millis(Ord::max(settings.mail.poll_interval_ms, 10)),
            retry: settings.mail.retry_schedule(),
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
            Ok(()) => self.mark_sent(claim, &row).await,
            Err(error) => self.mark_failed_attempt(claim, &row, &error).await,
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

    /// The mail as sent: from the municipality's sender when the row names one, with the
    /// installation as `Sender:` and as the envelope's return path (bounces come back to
    /// it); replies to the row's reply address when it has one.
    fn message(&self, row: &outbox_emails::Model) -> anyhow::Result<Message> {
        let to: Mailbox = row.recipient.parse()?;
        let mut builder = Message::builder().to(to.clone());
        builder = match (&row.sender_name, &row.sender_address) {
            (Some(name), Some(address)) => builder
                .from(Mailbox::new(Some(name.clone()), address.parse()?))
                .sender(self.from.clone())
                .envelope(Envelope::new(
                    Some(self.from.email.clone()),
                    vec![to.email],
                )?),
            _ => builder.from(self.from.clone()),
        };
        if let Some(reply_to) = &row.reply_to {
            builder = builder.reply_to(reply_to.parse()?);
        }
        Ok(builder
            .subject(&row.subject)
            .message_id(Some(format!("<{}@{}>", row.id, self.message_id_domain)))
            .multipart(MultiPart::alternative_plain_html(
                row.text_body.clone(),
                row.html_body.clone(),
            ))?)
    }

    async fn mark_sent(&self, claim: &str, row: &outbox_emails::Model) -> anyhow::Result<()> {
        let mut update = release(outbox_emails::Entity::update_many())
            .col_expr(outbox_emails::Column::SentAt, Expr::value(Utc::now()))
            .col_expr(
                outbox_emails::Column::Attempts,
                Expr::col(outbox_emails::Column::Attempts).add(1),
            );
        if mail::blanked_once_sent(&row.template) {
            update = update
                .col_expr(outbox_emails::Column::TextBody, Expr::value(""))
                .col_expr(outbox_emails::Column::HtmlBody, Expr::value(""));
        }
        update
            .filter(outbox_emails::Column::Id.eq(row.id))
            .filter(outbox_emails::Column::LeaseOwner.eq(claim))
            .exec(&self.db)
            .await?;
        Ok(())
    }

    async fn mark_failed_attempt(
        &self,
        claim: &str,
        row: &outbox_emails::Model,
        error: &anyhow::Error,
    ) -> anyhow::Result<()> {
        let now = Utc::now();
        let attempts = row.attempts + 1;
        // The SMTP reply may quote the address: the log names the row, never the recipient.
        let text: String = error.to_string().chars().take(500).collect();
        let cause = text.replace(&row.recipient, "<recipient>");
        let mut update = release(outbox_emails::Entity::update_many())
            .col_expr(outbox_emails::Column::Attempts, Expr::value(attempts))
            .col_expr(outbox_emails::Column::LastError, Expr::value(text))
            .filter(outbox_emails::Column::Id.eq(row.id))
            .filter(outbox_emails::Column::LeaseOwner.eq(claim));
        match self.retry.next_wait(attempts) {
            None => {
                tracing::error!(outbox_id = %row.id, attempts, %cause, "mail failed for good");
                update = update.col_expr(outbox_emails::Column::FailedAt, Expr::value(now));
                // Not to be queued again: the bodies go, as they would have once sent.
                if mail::blanked_once_sent(&row.template) {
                    update = update
                        .col_expr(outbox_emails::Column::TextBody, Expr::value(""))
                        .col_expr(outbox_emails::Column::HtmlBody, Expr::value(""))
                        .col_expr(outbox_emails::Column::RedactedAt, Expr::value(now));
                }
            }
            Some(wait) => {
                let next = now + chrono::Duration::from_std(wait)?;
                tracing::warn!(
                    outbox_id = %row.id,
                    attempts,
                    next_attempt_at = %next,
                    %cause,
                    "mail send failed, will retry"
                );
                update = update.col_expr(outbox_emails::Column::NextAttemptAt, Expr::value(next));
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
    fn retries_double_up_to_the_cap_and_stop_at_the_age_limit() {
        let minutes = |m: u64| Duration::from_secs(m * 60);
        let schedule = RetrySchedule {
            base: Duration::from_secs(30),
            cap: minutes(60),
            give_up_after: minutes(72 * 60),
        };
        for (attempts, wait) in [
            (1, Some(Duration::from_secs(30))),
            (2, Some(minutes(1))),
            (5, Some(minutes(8))),
            (8, Some(minutes(60))),
            (9, Some(minutes(60))),
            // 63.5 minutes in the first 7 waits, then an hour each: the 78th ends at 72 h.
            (77, Some(minutes(60))),
            (78, Some(Duration::from_secs(56 * 60 + 30))),
            (79, None),
            (500, None),
        ] {
            assert_eq!(
                schedule.next_wait(attempts),
                wait,
                "after {attempts} attempts"
            );
        }
        let total: Duration = (1..100).filter_map(|a| schedule.next_wait(a)).sum();
        assert_eq!(total, minutes(72 * 60));
        let at_once = RetrySchedule {
            give_up_after: Duration::ZERO,
            ..schedule
        };
        assert_eq!(at_once.next_wait(1), None);
    }
}
