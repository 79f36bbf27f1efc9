//! A person using the web pages over real HTTP, as a browser without JavaScript would: a
//! session cookie, forms posted with their CSRF token and our `Origin`, redirects not
//! followed (so a test sees each POST → 303 → GET step).
use reqwest::{StatusCode, header, redirect};

use crate::TestApp;

/// The test accounts' password.
pub const PASSWORD: &str = "Nordic-exchange-summer-2026";

pub struct WebClient {
    http: reqwest::Client,
    base: String,
    cookie: Option<String>,
    csrf: Option<String>,
}

/// One answer: status, where it redirects, and the HTML.
#[derive(Debug)]
pub struct PageResponse {
    pub status: StatusCode,
    pub location: Option<String>,
    pub headers: header::HeaderMap,
    pub body: String,
}

impl PageResponse {
    /// The message shown under the field whose input has `id`, if any.
    pub fn field_error(&self, id: &str) -> Option<String> {
        let marker = format!("id=\"{id}-error\">");
        let start = self.body.find(&marker)? + marker.len();
        let rest = &self.body[start..];
        let text = rest[..rest.find("</p>")?].to_owned();
        // Without the visually hidden "Error:" prefix.
        Some(match text.find("</span>") {
            Some(end) => text[end + "</span>".len()..].trim().to_owned(),
            None => text,
        })
    }

    /// The value an input with `id` shows.
    pub fn input_value(&self, id: &str) -> Option<String> {
        let marker = format!("id=\"{id}\"");
        let start = self.body.find(&marker)?;
        let tag_end = start + self.body[start..].find('>')?;
        let tag = &self.body[start..tag_end];
        let value = tag.find("value=\"")? + "value=\"".len();
        Some(tag[value..value + tag[value..].find('"')?].to_owned())
    }

    /// Whether the page shows `text` (HTML-escaped as our templates escape it).
    pub fn shows(&self, text: &str) -> bool {
        self.body.contains(&escape(text))
    }
}

/// Text as askama escapes it in HTML.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}

fn csrf_in(body: &str) -> Option<String> {
    let marker = "name=\"csrf\" value=\"";
    let start = body.find(marker)? + marker.len();
    Some(body[start..start + body[start..].find('"')?].to_owned())
}

impl WebClient {
    /// A browser with no session yet.
    pub fn new(app: &TestApp) -> WebClient {
        WebClient {
            http: reqwest::Client::builder()
                .redirect(redirect::Policy::none())
                .build()
                .expect("http client"),
            base: app.url(""),
            cookie: None,
            csrf: None,
        }
    }

    /// Signs in through the sign-in form; panics when that fails.
    pub async fn signed_in(app: &TestApp, email: &str) -> WebClient {
        let mut client = WebClient::new(app);
        let response = client
            .post("/sign-in", &[("email", email), ("password", PASSWORD)])
            .await;
        assert_eq!(
            response.status,
            StatusCode::SEE_OTHER,
            "sign-in: {response:?}"
        );
        assert!(client.cookie.is_some(), "sign-in set no cookie");
        let home = client.get("/").await;
        client.csrf = csrf_in(&home.body);
        assert!(client.csrf.is_some(), "no CSRF token on the home page");
        client
    }

    pub fn csrf(&self) -> &str {
        self.csrf.as_deref().unwrap_or_default()
    }

    pub fn session_cookie(&self) -> Option<&str> {
        self.cookie.as_deref()
    }

    pub async fn get(&mut self, path: &str) -> PageResponse {
        let request = self.http.get(format!("{}{path}", self.base));
        self.send(request).await
    }

    /// Posts a form the way our pages do: with the session's CSRF token and our origin.
    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> PageResponse {
        let mut form: Vec<(&str, &str)> = fields.to_vec();
        let csrf = self.csrf.clone().unwrap_or_default();
        if !csrf.is_empty() && !fields.iter().any(|(name, _)| *name == "csrf") {
            form.push(("csrf", &csrf));
        }
        let request = self
            .http
            .post(format!("{}{path}", self.base))
            .header(header::ORIGIN, self.base.trim_end_matches('/'))
            .form(&form);
        self.send(request).await
    }

    /// Posts exactly `fields` with the given `Origin` (or none): for CSRF tests.
    pub async fn post_raw(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        origin: Option<&str>,
    ) -> PageResponse {
        let mut request = self.http.post(format!("{}{path}", self.base)).form(fields);
        if let Some(origin) = origin {
            request = request.header(header::ORIGIN, origin);
        }
        self.send(request).await
    }

    pub async fn send(&mut self, mut request: reqwest::RequestBuilder) -> PageResponse {
        if let Some(cookie) = &self.cookie {
            request = request.header(header::COOKIE, cookie);
        }
        let response = request.send().await.expect("request sent");
        for set in response.headers().get_all(header::SET_COOKIE) {
            let set = set.to_str().expect("cookie is text");
            let pair = set.split(';').next().unwrap_or_default();
            if pair.ends_with('=') || set.contains("Max-Age=0") {
                self.cookie = None;
            } else {
                self.cookie = Some(pair.to_owned());
            }
        }
        let status = response.status();
        let headers = response.headers().clone();
        let location = headers
            .get(header::LOCATION)
            .map(|value| value.to_str().expect("location is text").to_owned());
        let body = response.text().await.expect("body");
        if let Some(csrf) = csrf_in(&body) {
            self.csrf = Some(csrf);
        }
        PageResponse {
            status,
            location,
            headers,
            body,
        }
    }
}
