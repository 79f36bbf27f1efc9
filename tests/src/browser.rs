//! A real headless Chromium for the tests, driven over WebDriver by `fantoccini`.
//!
//! [`Browser::start`] runs a `chromedriver` of its own on a free loopback port and opens one
//! session in a phone-sized window. Dropping the `Browser` quits Chromium and chromedriver and
//! removes the profile directory, so nothing outlives the test. Without chromedriver the tests
//! are skipped locally, but fail in CI (`CI` set): install the Debian packages `chromium` and
//! `chromium-driver`.
use std::{
    io::{Read, Write},
    net::{Ipv4Addr, TcpListener, TcpStream},
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

use fantoccini::{Client, ClientBuilder, Locator, elements::Element, wd::Capabilities};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::json;

/// How long to wait for chromedriver to come up and for elements to appear.
const PATIENCE: Duration = Duration::from_secs(20);

pub struct Browser {
    client: Client,
    /// Declared after `client`, so dropped after it: ends chromedriver and Chromium.
    driver: Driver,
}

/// A running chromedriver. Dropping it quits its browsers, ends it and removes its directory.
struct Driver {
    child: Child,
    port: u16,
    /// Chromium's profile and chromedriver's log.
    dir: tempfile::TempDir,
}

/// `/usr/bin/<name>`, else `<name>` found on `PATH`.
fn find_program(name: &str) -> Option<PathBuf> {
    let usr_bin = Path::new("/usr/bin").join(name);
    if usr_bin.is_file() {
        return Some(usr_bin);
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|candidate| candidate.is_file())
}

fn free_port() -> u16 {
    TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .and_then(|listener| listener.local_addr())
        .expect("a free loopback port")
        .port()
}

impl Browser {
    /// Starts chromedriver and a headless Chromium session; `None` (with a note on stderr)
    /// when chromedriver is not installed and `CI` is not set.
    pub async fn start() -> Option<Browser> {
        let Some(chromedriver) = find_program("chromedriver") else {
            if std::env::var_os("CI").is_some_and(|ci| !ci.is_empty()) {
                panic!(
                    "chromedriver not found: install the Debian packages chromium and \
                     chromium-driver (apt-get install chromium chromium-driver)"
                );
            }
            eprintln!(
                "SKIPPED: chromedriver not found; install the Debian packages chromium and \
                 chromium-driver to run the browser tests"
            );
            return None;
        };

        let dir = tempfile::tempdir().expect("temp dir for the browser");
        let log = std::fs::File::create(dir.path().join("chromedriver.log")).expect("log file");
        let port = free_port();
        let child = Command::new(&chromedriver)
            .arg(format!("--port={port}"))
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("log file"))
            .stderr(log)
            .spawn()
            .unwrap_or_else(|e| panic!("starting {}: {e}", chromedriver.display()));
        // From here on, dropping `driver` ends chromedriver, also when a step below panics.
        let mut driver = Driver { child, port, dir };
        driver.wait_until_ready().await;

        let profile = driver.dir.path().join("profile");
        let mut options = json!({
            "args": [
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                format!("--user-data-dir={}", profile.display()),
                // A phone: the pages must read well there.
                "--window-size=390,844",
            ],
        });
        if Path::new("/usr/bin/chromium").is_file() {
            options["binary"] = json!("/usr/bin/chromium");
        }
        let mut capabilities = Capabilities::new();
        capabilities.insert("goog:chromeOptions".into(), options);

        // Plain HTTP to loopback: no TLS connector needed.
        let client = ClientBuilder::new(HttpConnector::new())
            .capabilities(capabilities)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .unwrap_or_else(|e| panic!("opening a Chromium session failed: {e}\n{}", driver.log()));
        Some(Browser { client, driver })
    }

    /// Opens `url` and waits for the page to load.
    pub async fn goto(&self, url: &str) {
        self.client
            .goto(url)
            .await
            .unwrap_or_else(|e| panic!("opening {url}: {e}"));
    }

    /// The first element matching `css`, waiting up to 20 s for it to appear.
    pub async fn find(&self, css: &str) -> Element {
        match self
            .client
            .wait()
            .at_most(PATIENCE)
            .for_element(Locator::Css(css))
            .await
        {
            Ok(element) => element,
            Err(e) => panic!(
                "no element matches `{css}` ({e}) on {}:\n{}",
                self.current_url().await,
                self.page_text().await
            ),
        }
    }

    /// Whether an element matches `css` right now (no waiting).
    pub async fn exists(&self, css: &str) -> bool {
        !self
            .client
            .find_all(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("looking for `{css}`: {e}"))
            .is_empty()
    }

    /// Clears the field matching `css`, then types `text` into it.
    pub async fn fill(&self, css: &str, text: &str) {
        let field = self.find(css).await;
        field
            .clear()
            .await
            .unwrap_or_else(|e| panic!("clearing `{css}`: {e}"));
        field
            .send_keys(text)
            .await
            .unwrap_or_else(|e| panic!("typing into `{css}`: {e}"));
    }

    /// Clicks the element matching `css` (following a link or submitting a form).
    pub async fn click(&self, css: &str) {
        self.find(css)
            .await
            .click()
            .await
            .unwrap_or_else(|e| panic!("clicking `{css}`: {e}"));
    }

    /// Ticks the checkbox matching `css` unless it is ticked already.
    pub async fn select_checkbox(&self, css: &str) {
        let checkbox = self.find(css).await;
        let ticked = checkbox
            .is_selected()
            .await
            .unwrap_or_else(|e| panic!("reading `{css}`: {e}"));
        if !ticked {
            checkbox
                .click()
                .await
                .unwrap_or_else(|e| panic!("ticking `{css}`: {e}"));
        }
    }

    /// The visible text of the element matching `css`.
    pub async fn text(&self, css: &str) -> String {
        self.find(css)
            .await
            .text()
            .await
            .unwrap_or_else(|e| panic!("reading the text of `{css}`: {e}"))
    }

    /// The visible text of the whole page (the body, as a reader sees it).
    pub async fn page_text(&self) -> String {
        let body = self
            .client
            .find(Locator::Css("body"))
            .await
            .unwrap_or_else(|e| panic!("finding the page body: {e}"));
        body.text()
            .await
            .unwrap_or_else(|e| panic!("reading the page text: {e}"))
    }

    /// The page's HTML as the browser has it now.
    pub async fn source(&self) -> String {
        self.client
            .source()
            .await
            .unwrap_or_else(|e| panic!("reading the page source: {e}"))
    }

    /// The URL of the page shown now.
    pub async fn current_url(&self) -> String {
        self.client
            .current_url()
            .await
            .unwrap_or_else(|e| panic!("reading the current URL: {e}"))
            .to_string()
    }

    /// The underlying WebDriver client, for anything the helpers above do not cover.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// Ends the session, then chromedriver (as dropping does, but reporting errors).
    pub async fn close(self) {
        let Browser { client, driver } = self;
        client
            .close()
            .await
            .unwrap_or_else(|e| panic!("closing the browser session: {e}"));
        drop(driver);
    }
}

impl Driver {
    /// Polls `/status` until chromedriver says it is ready.
    async fn wait_until_ready(&mut self) {
        let http = reqwest::Client::builder()
            .no_proxy()
            .build()
            .expect("HTTP client");
        let status = format!("http://127.0.0.1:{}/status", self.port);
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Ok(Some(exit)) = self.child.try_wait() {
                panic!("chromedriver exited early ({exit}):\n{}", self.log());
            }
            if let Ok(response) = http.get(&status).send().await
                && let Ok(body) = response.json::<serde_json::Value>().await
                && body["value"]["ready"] == true
            {
                return;
            }
            if Instant::now() > deadline {
                panic!("chromedriver did not get ready in time:\n{}", self.log());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("chromedriver.log")).unwrap_or_default()
    }
}

impl Drop for Driver {
    /// Asks chromedriver to quit every browser it started and exit (its `/shutdown`
    /// endpoint), then makes sure it is gone. Blocking: nothing can be awaited in `Drop`.
    fn drop(&mut self) {
        let port = self.port;
        if let Ok(mut stream) =
            TcpStream::connect_timeout(&(Ipv4Addr::LOCALHOST, port).into(), Duration::from_secs(2))
        {
            let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
            let _ = stream.set_write_timeout(Some(Duration::from_secs(2)));
            let request = format!(
                "GET /shutdown HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"
            );
            if stream.write_all(request.as_bytes()).is_ok() {
                let _ = stream.read_to_end(&mut Vec::new());
            }
        }
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
