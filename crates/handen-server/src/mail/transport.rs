//! Where mail goes: an SMTP server when `SMTP_URL` is set, otherwise `.eml`
//! files in a folder (a developer opens them in any mail program).

use super::outbox::OutboundMail;
use anyhow::Context;
use lettre::message::{header::ContentType, Mailbox};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::path::PathBuf;

pub enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Files(PathBuf),
}

impl Transport {
    /// `smtp://host:port` (plain, for a relay on loopback), `smtp://…?tls=required`
    /// or `smtps://…` (TLS); credentials as `smtp://user:pass@host`.
    pub fn from_config(smtp_url: Option<&str>, outbox_dir: PathBuf) -> anyhow::Result<Transport> {
        match smtp_url {
            Some(url) if !url.trim().is_empty() => {
                let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .context("SMTP_URL is not a valid smtp:// or smtps:// URL")?
                    .build();
                Ok(Transport::Smtp(transport))
            }
            _ => Ok(Transport::Files(outbox_dir)),
        }
    }

    pub fn describe(&self) -> String {
        match self {
            Transport::Smtp(_) => "smtp".to_owned(),
            Transport::Files(dir) => format!("files in {}", dir.display()),
        }
    }

    pub async fn send(&self, from: &Mailbox, mail: &OutboundMail) -> anyhow::Result<()> {
        let to: Mailbox = mail
            .recipient
            .parse()
            .context("recipient is not a mailbox")?;
        let message = Message::builder()
            .from(from.clone())
            .to(to)
            .subject(mail.subject.clone())
            .message_id(None)
            .header(ContentType::TEXT_PLAIN)
            .body(mail.body.clone())
            .context("cannot build the message")?;
        match self {
            Transport::Smtp(smtp) => {
                smtp.send(message).await.context("SMTP delivery failed")?;
            }
            Transport::Files(dir) => {
                tokio::fs::create_dir_all(dir)
                    .await
                    .with_context(|| format!("cannot create {}", dir.display()))?;
                let path = dir.join(format!("{}.eml", mail.id));
                // Write beside, then rename: a reader never sees half a message.
                let partial = dir.join(format!(".{}.eml.partial", mail.id));
                tokio::fs::write(&partial, message.formatted())
                    .await
                    .context("cannot write the .eml file")?;
                tokio::fs::rename(&partial, &path)
                    .await
                    .context("cannot rename the .eml file")?;
            }
        }
        Ok(())
    }
}
