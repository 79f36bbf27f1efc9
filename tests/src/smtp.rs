//! A real SMTP server on loopback for the tests, built on `mailin`'s protocol state machine:
//! lettre's real SMTP transport talks to it.
use std::{
    net::{IpAddr, SocketAddr},
    sync::{Arc, Mutex},
    time::Duration,
};

use mailin::{Action, Handler, Response, SessionBuilder, response};
use tokio::{
    io::{AsyncBufReadExt, AsyncWriteExt, BufReader},
    net::TcpListener,
    task::JoinSet,
};

/// One message as the server received it.
#[derive(Debug, Clone)]
pub struct ReceivedMail {
    pub from: String,
    pub to: Vec<String>,
    pub data: String,
}

impl ReceivedMail {
    /// The value of the first header `name`, its folded lines joined (RFC 5322).
    pub fn header(&self, name: &str) -> Option<String> {
        let prefix = format!("{}:", name.to_ascii_lowercase());
        let mut lines = self.data.lines().take_while(|line| !line.is_empty());
        let first = lines.find(|line| line.to_ascii_lowercase().starts_with(&prefix))?;
        let mut value = first[prefix.len()..].trim().to_owned();
        for folded in lines.take_while(|line| line.starts_with([' ', '\t'])) {
            value.push(' ');
            value.push_str(folded.trim());
        }
        Some(value)
    }
}

type Inbox = Arc<Mutex<Vec<ReceivedMail>>>;

struct Collector {
    inbox: Inbox,
    current: Option<ReceivedMail>,
    data: Vec<u8>,
}

impl Handler for Collector {
    fn data_start(&mut self, _domain: &str, from: &str, _is8bit: bool, to: &[String]) -> Response {
        self.current = Some(ReceivedMail {
            from: from.to_owned(),
            to: to.to_vec(),
            data: String::new(),
        });
        self.data.clear();
        response::OK
    }

    fn data(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.data.extend_from_slice(buf);
        Ok(())
    }

    fn data_end(&mut self) -> Response {
        if let Some(mut mail) = self.current.take() {
            // Only the body is quoted-printable: an encoded header line ends in `?=`, which
            // the decoder would take for a soft line break.
            let raw = String::from_utf8_lossy(&self.data).replace("\r\n", "\n");
            mail.data = match raw.split_once("\n\n") {
                Some((headers, body)) => {
                    format!("{headers}\n\n{}", quoted_printable_decoded(body))
                }
                None => raw,
            };
            self.inbox.lock().unwrap().push(mail);
        }
        response::OK
    }
}

pub struct SmtpServer {
    pub port: u16,
    inbox: Inbox,
    tasks: JoinSet<()>,
}

impl SmtpServer {
    /// Listens on a free loopback port.
    pub async fn start() -> Self {
        Self::start_on(0).await
    }

    /// Listens on `port` (0 for any free one).
    pub async fn start_on(port: u16) -> Self {
        Self::listen(port, None).await
    }

    /// Receives `count` mails, then hangs: it reads every further command and never answers.
    pub async fn start_answering(count: usize) -> Self {
        Self::listen(0, Some(count)).await
    }

    async fn listen(port: u16, answers: Option<usize>) -> Self {
        let listener = TcpListener::bind(("127.0.0.1", port))
            .await
            .expect("bind SMTP");
        let port = listener.local_addr().unwrap().port();
        let inbox: Inbox = Arc::default();
        let mut tasks = JoinSet::new();
        let accept_inbox = inbox.clone();
        tasks.spawn(async move {
            let mut connections = JoinSet::new();
            while let Ok((stream, peer)) = listener.accept().await {
                connections.spawn(serve(stream, peer, accept_inbox.clone(), answers));
            }
        });
        Self { port, inbox, tasks }
    }

    pub fn count(&self) -> usize {
        self.inbox.lock().unwrap().len()
    }

    pub fn received(&self) -> Vec<ReceivedMail> {
        self.inbox.lock().unwrap().clone()
    }

    /// Waits until at least `count` messages arrived (at most `limit`).
    pub async fn wait_for(&self, count: usize, limit: Duration) -> Vec<ReceivedMail> {
        let deadline = tokio::time::Instant::now() + limit;
        loop {
            let received = self.received();
            if received.len() >= count || tokio::time::Instant::now() >= deadline {
                return received;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// Stops listening and drops every open connection.
    pub async fn stop(mut self) {
        self.tasks.abort_all();
        while self.tasks.join_next().await.is_some() {}
    }
}

async fn serve(
    stream: tokio::net::TcpStream,
    peer: SocketAddr,
    inbox: Inbox,
    answers: Option<usize>,
) {
    let ip: IpAddr = peer.ip();
    // Answer each command at once, as mail servers do, instead of waiting out Nagle's delay.
    stream.set_nodelay(true).ok();
    let (read, mut write) = stream.into_split();
    let mut reader = BufReader::new(read);
    let hung = move |inbox: &Inbox| answers.is_some_and(|n| inbox.lock().unwrap().len() >= n);
    let collector = Collector {
        inbox: inbox.clone(),
        current: None,
        data: Vec::new(),
    };
    let mut session = SessionBuilder::new("utbyte-test-smtp").build(ip, collector);
    let mut out = Vec::new();
    session.greeting().write_to(&mut out).ok();
    if write.write_all(&out).await.is_err() {
        return;
    }
    let mut line = Vec::new();
    loop {
        line.clear();
        match reader.read_until(b'\n', &mut line).await {
            Ok(0) | Err(_) => return,
            Ok(_) => {}
        }
        if hung(&inbox) {
            return std::future::pending().await;
        }
        let response = session.process(&line);
        if response.action == Action::NoReply {
            continue;
        }
        out.clear();
        response.write_to(&mut out).ok();
        if write.write_all(&out).await.is_err() || response.action == Action::Close {
            return;
        }
    }
}

/// Accepts TCP connections and never says a word: a hung mail server.
pub struct SilentServer {
    pub port: u16,
    task: tokio::task::JoinHandle<()>,
}

impl SilentServer {
    pub async fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let port = listener.local_addr().unwrap().port();
        let task = tokio::spawn(async move {
            let mut held = Vec::new();
            while let Ok((stream, _)) = listener.accept().await {
                held.push(stream);
            }
        });
        Self { port, task }
    }
}

impl Drop for SilentServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// A loopback port with nothing listening on it (for "the mail server is down").
pub async fn unused_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    listener.local_addr().unwrap().port()
}

/// Undoes quoted-printable encoding (soft line breaks and `=XX` escapes), enough to read
/// bodies as the recipient's mail program would show them.
pub(crate) fn quoted_printable_decoded(data: &str) -> String {
    let bytes = data.replace("=\n", "").into_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'='
            && i + 2 < bytes.len()
            && let Ok(byte) = u8::from_str_radix(&String::from_utf8_lossy(&bytes[i + 1..i + 3]), 16)
        {
            out.push(byte);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
