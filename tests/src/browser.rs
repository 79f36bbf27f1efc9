//! A real headless Chromium for the tests, driven over WebDriver by `fantoccini`, and the kit
//! every page test uses on it.
//!
//! [`Browser::start`] runs a `chromedriver` of its own on a free loopback port and opens one
//! session in a phone-sized window. Dropping the `Browser` quits Chromium and chromedriver and
//! removes the profile directory, so nothing outlives the test. Without chromedriver the tests
//! are skipped locally, but fail in CI (`CI` set): install the Debian packages `chromium` and
//! `chromium-driver`.
//!
//! The kit, for a page opened with [`Browser::goto`]:
//! - [`Browser::check_page`]: at [`PHONE_WIDTH`] and at [`DESKTOP_WIDTH`], zero axe-core
//!   violations, no sideways scrolling on the phone, and a screenshot of each. Every page
//!   state a test reaches should go through it.
//! - [`Browser::assert_accessible`] / [`Browser::axe_violations`]: axe-core run on the page
//!   as shown now, with the WCAG 2.0 and 2.1 A and AA rules and axe's best practices
//!   ([`AXE_TAGS`]). axe-core comes from the npm registry: `.ci/run` installs it and exports
//!   `UTBYTE_AXE_JS`; without that variable it is looked for at
//!   `target/axe-core/node_modules/axe-core/axe.min.js` (install it there with
//!   `npm install --no-save --prefix target/axe-core axe-core@4.11.1`). When it is missing
//!   the checks are skipped with a note locally and fail in CI. It is injected with WebDriver's
//!   execute, which runs whatever the page's Content-Security-Policy says.
//! - [`Browser::set_width`]: lays the page out for a screen that many CSS pixels wide.
//! - [`Browser::screenshot`]: a PNG of the whole page under `target/screenshots/`, or under
//!   `UTBYTE_SCREENSHOTS_DIR` when set (e.g. `docs/screenshots` to renew the README's).
//! - [`Browser::tab_through`], [`Browser::press`], [`Browser::type_text`]: the keyboard alone.
//!   `tab_through` returns the elements Tab reaches, each with whether its focus is visible.
use std::{
    io::{Read, Write},
    net::{Ipv4Addr, TcpListener, TcpStream},
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

use base64::Engine;
use fantoccini::{
    Client, ClientBuilder, Locator,
    actions::{InputSource, KeyAction, KeyActions},
    elements::Element,
    wd::{Capabilities, WebDriverCompatibleCommand},
};
use hyper_util::client::legacy::connect::HttpConnector;
use serde::Deserialize;
use serde_json::{Value, json};

/// The keys [`Browser::press`] takes, e.g. `Key::Tab`, `Key::Enter`, `Key::Space`.
pub use fantoccini::key::Key;

/// How long to wait for chromedriver to come up and for elements to appear.
const PATIENCE: Duration = Duration::from_secs(20);

/// The narrowest screen every page must read well on: WCAG 2.1's reflow width (1.4.10).
pub const PHONE_WIDTH: u32 = 320;

/// A laptop's browser window.
pub const DESKTOP_WIDTH: u32 = 1280;

/// The axe-core rule tags a page is checked against: WCAG 2.0 and 2.1, levels A and AA, and
/// axe's best practices (landmarks, one `h1`, headings in order and the like).
pub const AXE_TAGS: [&str; 5] = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

/// Where `.ci/run` installs axe-core when `UTBYTE_AXE_JS` does not say otherwise.
const AXE_DEFAULT: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../target/axe-core/node_modules/axe-core/axe.min.js"
);

/// One axe-core rule a page breaks, with the elements that break it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Violation {
    /// axe's rule id, e.g. `label` or `color-contrast`.
    pub rule: String,
    /// `minor`, `moderate`, `serious` or `critical`.
    pub impact: String,
    /// What the rule asks for, in a sentence.
    pub help: String,
    /// A CSS selector for each element that breaks it.
    pub targets: Vec<String>,
}

impl std::fmt::Display for Violation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} ({}): {} at {}",
            self.rule,
            self.impact,
            self.help,
            self.targets.join(", ")
        )
    }
}

/// An element the Tab key reached.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Focused {
    /// `#id` when it has one, else its tag with `name` or `href`, e.g. `a[href="#travel"]`.
    pub element: String,
    /// Whether focus shows on it: its computed outline or box shadow is not `none`.
    pub focus_visible: bool,
}

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

    /// Clicks the link or button matching `css` and waits until the browser has left the
    /// page it was on, so that what is read next comes from the page that answered and not
    /// from the one still showing when the click returned.
    pub async fn submit(&self, css: &str) {
        let old_page = self
            .client
            .find(Locator::Css("html"))
            .await
            .unwrap_or_else(|e| panic!("finding the page before clicking `{css}`: {e}"));
        self.click(css).await;
        let deadline = Instant::now() + PATIENCE;
        // The old page's root turns stale once the new document has replaced it.
        while old_page.tag_name().await.is_ok() {
            if Instant::now() > deadline {
                panic!("clicking `{css}` did not lead to a new page");
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
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

    /// Runs `script` in the page (as the body of a function: `return` gives the value).
    pub async fn js(&self, script: &str) -> Value {
        self.client
            .execute(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("running `{script}`: {e}"))
    }

    /// Lays the page out for a screen `width` CSS pixels wide (a phone's below 768, mobile
    /// and honouring `meta[name=viewport]`), also for the pages opened after. Chromium does
    /// not make a window narrower than 500 px, so this emulates the screen over DevTools.
    pub async fn set_width(&self, width: u32) {
        let mobile = width < 768;
        let height = if mobile { 800 } else { 900 };
        self.cdp(
            "Emulation.setDeviceMetricsOverride",
            json!({ "width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile }),
        )
        .await;
    }

    /// Checks the page shown now as every page must be: at [`PHONE_WIDTH`] and at
    /// [`DESKTOP_WIDTH`], no axe-core violation ([`Browser::assert_accessible`]) and, on the
    /// phone, no sideways scrolling; saves a screenshot at each width as
    /// `<name>-320.png` and `<name>-1280.png`. Leaves the page at the phone's width.
    pub async fn check_page(&self, name: &str) {
        for width in [DESKTOP_WIDTH, PHONE_WIDTH] {
            self.set_width(width).await;
            let name = format!("{name}-{width}");
            self.screenshot(&name).await;
            self.assert_accessible(&name).await;
        }
        self.assert_fits_the_width(PHONE_WIDTH).await;
    }

    /// Asserts the page shown now is laid out `width` CSS pixels wide and does not scroll
    /// sideways (WCAG 1.4.10, reflow).
    pub async fn assert_fits_the_width(&self, width: u32) {
        let widths = self
            .js("return [document.documentElement.scrollWidth, window.innerWidth]")
            .await;
        let (Some(scroll), Some(inner)) = (widths[0].as_u64(), widths[1].as_u64()) else {
            panic!("widths not numbers: {widths}");
        };
        assert_eq!(
            inner,
            u64::from(width),
            "the page is laid out {width} px wide"
        );
        assert!(
            scroll <= inner,
            "the page scrolls sideways: {scroll} px of content in {inner} px on {}",
            self.current_url().await
        );
    }

    /// Fails listing every axe-core violation of the page shown now ([`Browser::axe_violations`]);
    /// `page_name` says which page it was. Skipped with a note where axe-core is missing,
    /// outside CI.
    pub async fn assert_accessible(&self, page_name: &str) {
        let Some(violations) = self.axe_violations().await else {
            return;
        };
        if !violations.is_empty() {
            let list: Vec<String> = violations.iter().map(|v| format!("  - {v}")).collect();
            panic!(
                "{page_name}: {} axe-core violation(s) on {}:\n{}",
                violations.len(),
                self.current_url().await,
                list.join("\n")
            );
        }
    }

    /// The axe-core violations of the page shown now, for the rules tagged [`AXE_TAGS`];
    /// `None` (with a note) when axe-core is not installed and `CI` is not set.
    pub async fn axe_violations(&self) -> Option<Vec<Violation>> {
        let axe = axe_source()?;
        if self.js("return typeof window.axe").await != "object" {
            // Not through `js`: its panic would quote all of axe-core.
            self.client
                .execute(axe, vec![])
                .await
                .unwrap_or_else(|e| panic!("injecting axe-core: {e}"));
        }
        let run = r"
            const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
                .then(r => done(r.violations.map(v => ({
                    rule: v.id, impact: v.impact || '', help: v.help,
                    targets: v.nodes.map(n => n.target.join(' ')),
                }))))
                .catch(e => done(String(e)));";
        let result = self
            .client
            .execute_async(run, vec![json!(AXE_TAGS)])
            .await
            .unwrap_or_else(|e| panic!("running axe-core: {e}"));
        Some(
            serde_json::from_value(result.clone())
                .unwrap_or_else(|_| panic!("axe-core failed: {result}")),
        )
    }

    /// Saves a PNG of the whole page shown now as `<name>.png` under `UTBYTE_SCREENSHOTS_DIR`
    /// when set, else under `target/screenshots/`; returns its path.
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        let dir = std::env::var_os("UTBYTE_SCREENSHOTS_DIR")
            .filter(|dir| !dir.is_empty())
            .map_or_else(
                || Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/screenshots"),
                PathBuf::from,
            );
        std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("creating {}: {e}", dir.display()));
        let shot = self
            .cdp(
                "Page.captureScreenshot",
                json!({ "format": "png", "captureBeyondViewport": true }),
            )
            .await;
        let png = shot["data"]
            .as_str()
            .and_then(|data| base64::engine::general_purpose::STANDARD.decode(data).ok())
            .unwrap_or_else(|| panic!("no screenshot came back: {shot}"));
        let path = dir.join(format!("{name}.png"));
        std::fs::write(&path, png).unwrap_or_else(|e| panic!("writing {}: {e}", path.display()));
        path
    }

    /// Presses Tab from where focus is now (the top, right after [`Browser::goto`]) until
    /// focus leaves the page or comes back round; returns each element reached, in order.
    pub async fn tab_through(&self) -> Vec<Focused> {
        let mut reached: Vec<Focused> = Vec::new();
        loop {
            self.press(Key::Tab).await;
            let Some(focused) = self.focused().await else {
                return reached;
            };
            if reached.first() == Some(&focused) {
                return reached;
            }
            assert!(
                reached.len() < 200,
                "Tab never leaves the page: {reached:?}"
            );
            reached.push(focused);
        }
    }

    /// The element that has the focus now; `None` when it is the page itself.
    pub async fn focused(&self) -> Option<Focused> {
        let focused = self
            .js(r#"
                const e = document.activeElement;
                if (!e || e === document.body || e === document.documentElement) return null;
                const tag = e.tagName.toLowerCase();
                const element = e.id ? '#' + e.id
                    : e.getAttribute('name') ? `${tag}[name="${e.getAttribute('name')}"]`
                    : e.getAttribute('href') ? `${tag}[href="${e.getAttribute('href')}"]`
                    : tag;
                const s = getComputedStyle(e);
                const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
                return { element, focus_visible: outline || s.boxShadow !== 'none' };"#)
            .await;
        serde_json::from_value(focused.clone())
            .unwrap_or_else(|e| panic!("reading the focused element {focused}: {e}"))
    }

    /// Presses and releases `key` (e.g. `Key::Tab`, `Key::Enter`, `Key::Space`) where the
    /// focus is.
    pub async fn press(&self, key: Key) {
        self.keys(std::iter::once(char::from(key))).await;
    }

    /// Types `text` key by key into the element that has the focus.
    pub async fn type_text(&self, text: &str) {
        self.keys(text.chars()).await;
    }

    async fn keys(&self, keys: impl Iterator<Item = char>) {
        let actions = keys.fold(KeyActions::new("keyboard".into()), |actions, value| {
            actions
                .then(KeyAction::Down { value })
                .then(KeyAction::Up { value })
        });
        self.client
            .perform_actions(actions)
            .await
            .unwrap_or_else(|e| panic!("pressing keys: {e}"));
    }

    /// Sends a Chrome DevTools Protocol command; returns its result.
    async fn cdp(&self, method: &'static str, params: Value) -> Value {
        self.client
            .issue_cmd(Cdp { method, params })
            .await
            .unwrap_or_else(|e| panic!("DevTools {method}: {e}"))
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

/// The axe-core script, read once; `None` (with a note) when it is not installed and `CI`
/// is not set.
fn axe_source() -> Option<&'static str> {
    static AXE: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    let source = AXE.get_or_init(|| {
        let path = std::env::var_os("UTBYTE_AXE_JS")
            .filter(|path| !path.is_empty())
            .map_or_else(|| PathBuf::from(AXE_DEFAULT), PathBuf::from);
        std::fs::read_to_string(&path).ok()
    });
    if source.is_none() {
        let install = "install it with `npm install --no-save --prefix target/axe-core \
                       axe-core@4.11.1` or name its axe.min.js in UTBYTE_AXE_JS";
        if std::env::var_os("CI").is_some_and(|ci| !ci.is_empty()) {
            panic!("axe-core not found: {install}");
        }
        eprintln!("SKIPPED: the accessibility check, axe-core not found; {install}");
    }
    source.as_deref()
}

/// A Chrome DevTools Protocol command, sent through chromedriver's `goog/cdp/execute`.
#[derive(Debug)]
struct Cdp {
    method: &'static str,
    params: Value,
}

impl WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base_url: &reqwest::Url,
        session_id: Option<&str>,
    ) -> Result<reqwest::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/goog/cdp/execute",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &reqwest::Url) -> (axum::http::Method, Option<String>) {
        let body = json!({ "cmd": self.method, "params": self.params });
        (axum::http::Method::POST, Some(body.to_string()))
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
