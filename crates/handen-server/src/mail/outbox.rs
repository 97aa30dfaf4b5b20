//! The background sender: delivers what the outbox holds, retrying with
//! back-off, and wakes at once when a request queues new mail.

use super::transport::Transport;
use crate::clock;
use crate::storage::{Database, PendingMail};
use lettre::message::Mailbox;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Notify;

pub type OutboundMail = PendingMail;

/// Mail read (and marked sent) per round: large enough to keep up with a
/// rush of sign-ups with one commit per round.
const BATCH: i64 = 200;
const IDLE_POLL: Duration = Duration::from_secs(5);

/// Minutes to wait before attempt `n + 1`: 1, 2, 4 … capped at a day.
fn backoff(attempts: i64) -> time::Duration {
    let minutes = 1i64 << attempts.clamp(0, 10);
    time::Duration::minutes(minutes.min(24 * 60))
}

pub async fn run(db: Database, transport: Transport, from: Mailbox, wake: Arc<Notify>) {
    tracing::info!(transport = transport.describe(), "mail sender started");
    loop {
        let now = clock::now();
        // Read, then wait until what was read is on disk, then send.
        let due = match db.due_mail(now, BATCH).await {
            Ok(due) if due.is_empty() => due,
            Ok(due) => match db.wait_until_synced().await {
                Ok(()) => due,
                Err(error) => {
                    tracing::warn!(%error, "mail sender: the database is not synced");
                    Vec::new()
                }
            },
            Err(error) => {
                tracing::warn!(%error, "mail sender: cannot read the outbox");
                Vec::new()
            }
        };
        let mut sent = Vec::with_capacity(due.len());
        for mail in &due {
            match transport.send(&from, mail).await {
                Ok(()) => {
                    tracing::debug!(mail_id = %mail.id, kind = %mail.kind, "mail sent");
                    sent.push(mail.id.clone());
                }
                Err(error) => {
                    // A server's reply may quote the address: the log gets the
                    // outer message only, the outbox row the whole chain.
                    tracing::warn!(mail_id = %mail.id, attempts = mail.attempts + 1, reason = %error, "mail not sent, will retry");
                    let next = clock::now() + backoff(mail.attempts);
                    if let Err(error) = db
                        .mark_mail_failed(&mail.id, &format!("{error:#}"), next)
                        .await
                    {
                        tracing::error!(%error, "cannot record a failed delivery");
                    }
                }
            }
        }
        let mails = sent.len();
        if let Err(error) = db.mark_mail_sent(sent, clock::now()).await {
            tracing::error!(%error, mails, "mail sent but not marked; it may be sent twice");
        }
        if usize::try_from(BATCH).is_ok_and(|b| due.len() < b) {
            tokio::select! {
                () = wake.notified() => {}
                () = tokio::time::sleep(IDLE_POLL) => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::backoff;

    #[test]
    fn backoff_doubles_and_caps() {
        assert_eq!(backoff(0).whole_minutes(), 1);
        assert_eq!(backoff(3).whole_minutes(), 8);
        assert_eq!(backoff(50).whole_minutes(), 1024);
    }
}
