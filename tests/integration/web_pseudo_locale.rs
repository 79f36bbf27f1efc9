//! The pages a guardian, a signed-out person or the staff (teacher, principal, coordinator)
//! read, in the pseudo-locale `en-XA` over real HTTP: every text of the catalogues then reads accented and between brackets, so any
//! Latin letters left on the page once the brackets, the data this test put in and the
//! language picker's names are taken away came from somewhere else: a text written into a
//! template or the code, which a translation would never reach.
//!
//! What is read: the text between the tags (not scripts and styles) and the attributes a
//! person reads or hears (`placeholder`, `aria-label`, `title`, `alt`). Other attribute
//! values (ids, names, addresses, hidden values) are not text anyone reads. Dates, times and
//! zones come from the date library's data, which reads the pseudo-locale as English: they
//! are taken away too, as a country's name is.
use std::collections::BTreeSet;

use reqwest::{StatusCode, header, redirect};
use serde_json::{Value, json};
use utbyte_domain::{
    funding::rates::FundingAction,
    types::{Currency, Locale},
};
use utbyte_tests::{
    TestApp, token_in,
    web::{PageResponse, WebClient},
};

use crate::{
    exchanges::{COORDINATOR, PRINCIPAL, TEACHER, World, day},
    registrations::{DAD, MUM, PLACES, Trip, hidden, set, valid_form},
};

/// Names that are the same in every language and so never come from a catalogue: each
/// language in the picker is named in itself, a currency that has no symbol in the
/// language is written with its ISO code, as CLDR says ("SEK 450.00"), and a programme
/// action by its official code ("KA122-SCH").
fn allowed() -> Vec<String> {
    Locale::ALL
        .iter()
        .map(|locale| locale.endonym().to_owned())
        .chain(
            Currency::ALL
                .iter()
                .map(|currency| currency.code().to_owned()),
        )
        .chain(
            FundingAction::ALL
                .iter()
                .map(|action| action.code().to_owned()),
        )
        .collect()
}

/// The attributes whose values a person reads or hears.
const READ_ATTRIBUTES: [&str; 4] = ["placeholder", "aria-label", "title", "alt"];

/// The text of a page a person reads: between the tags, without scripts, styles and
/// comments, plus the read attributes' values; one piece per line, entities decoded.
fn readable_text(html: &str) -> String {
    let mut text = String::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        text.push_str(&rest[..open]);
        rest = &rest[open..];
        let skip_to = |end: &str| rest.find(end).map_or(rest.len(), |at| at + end.len());
        let lower = rest
            .chars()
            .take(8)
            .collect::<String>()
            .to_ascii_lowercase();
        let end = if rest.starts_with("<!--") {
            skip_to("-->")
        } else if lower.starts_with("<script") {
            skip_to("</script>")
        } else if lower.starts_with("<style") {
            skip_to("</style>")
        } else {
            let end = skip_to(">");
            for (name, value) in attributes(&rest[..end]) {
                if READ_ATTRIBUTES.contains(&name.as_str()) {
                    text.push('\n');
                    text.push_str(&value);
                }
            }
            end
        };
        text.push('\n');
        rest = &rest[end..];
    }
    text.push_str(rest);
    decode(&text)
}

/// The `name="value"` attributes of one tag.
fn attributes(tag: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut rest = tag;
    while let Some(at) = rest.find("=\"") {
        let name = rest[..at]
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        let value_start = at + 2;
        let Some(length) = rest[value_start..].find('"') else {
            break;
        };
        found.push((name, rest[value_start..value_start + length].to_owned()));
        rest = &rest[value_start + length + 1..];
    }
    found
}

fn decode(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#34;", "\"")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
}

/// Whether `c` is a letter of the Latin script (accented ones included).
fn latin(c: char) -> bool {
    c.is_alphabetic()
        && matches!(c as u32, 0x41..=0x5A | 0x61..=0x7A | 0xC0..=0x24F | 0x1E00..=0x1EFF)
}

/// The names the date library (CLDR data) writes in the pseudo-locale, which it reads as
/// English: the months, and the zones as dates and times and the zone picker name them.
/// Data in the reader's language, like a country's name, not text of the catalogues.
fn library_names() -> (Vec<String>, Vec<String>) {
    use chrono::{NaiveDate, TimeZone as _, Utc};
    use utbyte_domain::{format, types::TimeZone};
    let months = (1..=12)
        .map(|month| {
            let day = NaiveDate::from_ymd_opt(2026, month, 21).expect("a day");
            let text = format::date(Locale::Pseudo, day);
            text.trim_start_matches("21 ")
                .trim_end_matches(" 2026")
                .to_owned()
        })
        .collect();
    let mut zones = Vec::new();
    for name in TimeZone::OFFERED {
        let zone = TimeZone::parse("zone", name).expect("a zone");
        zones.push(format::time_zone_name(Locale::Pseudo, &zone));
        for month in [1, 7] {
            let at = Utc.with_ymd_and_hms(2026, month, 21, 12, 0, 0).unwrap();
            let text = format::date_time(Locale::Pseudo, &zone, at);
            // "21 January 2026 at 13:00 Central European Time": what follows the time.
            if let Some((_, zone_name)) = text.split_once(':')
                && let Some((_, zone_name)) = zone_name.split_once(' ')
            {
                zones.push(zone_name.to_owned());
            }
        }
    }
    zones.sort_by_key(|zone| std::cmp::Reverse(zone.chars().count()));
    zones.dedup();
    (months, zones)
}

/// `line` without the dates and times the date library wrote in it ("7 December 2026 at
/// 15:41 Central European Time", "7–12 December 2026") and the zones' names.
fn without_library_dates(line: &str, months: &[String], zones: &[String]) -> String {
    let mut line = line.to_owned();
    for zone in zones {
        line = line.replace(zone.as_str(), " ");
    }
    let words: Vec<&str> = line.split(' ').collect();
    let bare = |word: &str| word.trim_matches(|c: char| !c.is_alphanumeric()).to_owned();
    let ends_in_digit = |word: &str| word.chars().last().is_some_and(|c| c.is_ascii_digit());
    let kept: Vec<&str> = words
        .iter()
        .enumerate()
        .map(|(at, word)| {
            let before = at.checked_sub(1).map(|before| bare(words[before]));
            let after = words.get(at + 1).map(|after| bare(after));
            let month =
                months.contains(&bare(word)) && before.as_deref().is_some_and(ends_in_digit);
            let at_time = bare(word) == "at"
                && before.is_some_and(|year| year.len() == 4 && ends_in_digit(&year))
                && after.is_some_and(|time| time.contains(':') && ends_in_digit(&time));
            if month || at_time { " " } else { word }
        })
        .collect();
    kept.join(" ")
}

/// What is left of `text` that did not come from the catalogues: each run of two or more
/// Latin letters, with its line, once the data values in `data`, the bracketed catalogue
/// texts and the allowed names are taken away.
fn untranslated(text: &str, data: &[String]) -> Vec<String> {
    // First what the date library wrote, which may hold data ("Sweden Time").
    let (months, zones) = library_names();
    let mut text = text
        .lines()
        .map(|line| without_library_dates(line, &months, &zones))
        .collect::<Vec<_>>()
        .join("\n");
    let mut known: Vec<String> = data.iter().chain(&allowed()).cloned().collect();
    known.sort_by_key(|value| std::cmp::Reverse(value.chars().count()));
    // Two letters of data (a language code) would cut words apart: they are no text.
    for value in known.iter().filter(|value| value.chars().count() > 2) {
        text = text.replace(value.as_str(), " ");
    }
    // The catalogue texts: between brackets, nested arguments and all.
    let mut outside = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '[' => depth += 1,
            ']' if depth > 0 => depth -= 1,
            c if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    let mut left = Vec::new();
    for line in outside.lines() {
        let mut run = String::new();
        for c in line.chars().chain([' ']) {
            if latin(c) {
                run.push(c);
            } else {
                if run.chars().count() >= 2 {
                    left.push(format!("{run:?} in {:?}", line.trim()));
                }
                run.clear();
            }
        }
    }
    left
}

/// What is wrong with the page `what`: not in the pseudo-locale, or the texts it shows that
/// are neither catalogue texts nor `data`.
fn problems_of(what: &str, page: &PageResponse, data: &[String]) -> Option<String> {
    if !page.body.contains("lang=\"en-XA\"") {
        return Some(format!(
            "{what} ({}) is not in the pseudo-locale:\n{}",
            page.status,
            readable_text(&page.body)
        ));
    }
    let left = untranslated(&readable_text(&page.body), data);
    (!left.is_empty())
        .then(|| format!("{what} shows text that is not from the catalogues: {left:#?}"))
}

/// Asserts that the page `what` shows nothing but catalogue texts and `data`.
fn assert_all_from_catalogues(what: &str, page: &PageResponse, data: &[String]) {
    assert!(
        page.body.contains("lang=\"en-XA\""),
        "{what}: not in the pseudo-locale: {}",
        page.body
    );
    let left = untranslated(&readable_text(&page.body), data);
    assert!(
        left.is_empty(),
        "{what} shows text that is not from the catalogues: {left:#?}\n{}",
        readable_text(&page.body)
    );
}

/// Every text value in a JSON value (what a test put in).
fn strings(value: &Value, into: &mut Vec<String>) {
    match value {
        Value::String(text) => into.push(text.clone()),
        Value::Array(items) => items.iter().for_each(|item| strings(item, into)),
        Value::Object(fields) => fields.values().for_each(|field| strings(field, into)),
        _ => {}
    }
}

#[test]
fn the_check_finds_text_outside_the_catalogues() {
    let html = r#"<html lang="en-XA"><head><title>[Ŧīŧŀḗ] – [Ŭŧƀẏŧḗ]</title>
        <style>p { color: red }</style></head><body>
        <p>[Ŧħȧȧƞķ ẏǿǿŭŭ, Elsa Lind!]</p><p>Svenska</p><p>2027-02-06 – €450.00</p>
        <input placeholder="[Ƥŀȧȧƈḗħǿǿŀḓḗř]" value="typed by hand"></body></html>"#;
    let data = vec!["Elsa Lind".to_owned()];
    let page = PageResponse {
        status: StatusCode::OK,
        location: None,
        headers: Default::default(),
        body: html.to_owned(),
    };
    assert_all_from_catalogues("a clean page", &page, &data);
    for (leak, found) in [
        ("<p>Dates</p>", "Dates"),
        ("<p>[Ḓȧȧŧḗş] UTC</p>", "UTC"),
        ("<a aria-label=\"Close\">×</a>", "Close"),
        ("<img alt=\"Översikt\">", "Översikt"),
        ("<label>Na</label>", "Na"),
    ] {
        let body = html.replace("</body>", &format!("{leak}</body>"));
        let left = untranslated(&readable_text(&body), &data);
        assert_eq!(left.len(), 1, "{leak}: {left:?}");
        assert!(
            left[0].starts_with(&format!("{found:?}")),
            "{leak}: {left:?}"
        );
    }
    // What the date library wrote is data; a month's name alone is not a date.
    let dated = html.replace(
        "</body>",
        "<p>7 December 2026 at 15:41 Central European Time</p><p>7–12 June 2027</p>\
         <option>Sweden Time</option></body>",
    );
    assert!(untranslated(&readable_text(&dated), &data).is_empty());
    let undated = html.replace("</body>", "<p>December</p><p>2026 at noon</p></body>");
    let left = untranslated(&readable_text(&undated), &data);
    assert_eq!(left.len(), 3, "{left:?}");
    // A single letter is no text: "A" in "Plan A" would be, with "Plan".
    assert!(untranslated("[Ƥŀȧȧƞ] A", &data).is_empty());
}

#[tokio::test]
async fn consent_pages_in_the_pseudo_locale_show_only_catalogue_texts() {
    let trip = Trip::open(10).await;
    let pupil = trip.pupil("Elsa Lind", &[(MUM, "SOLE")], false).await;
    trip.register(&pupil).await;
    let link = format!("{}&lang=en-XA", trip.consent_link(MUM).await);

    // What this test put in: the exchange as proposed, the people and places of the world.
    let mut data = Vec::new();
    strings(&trip.w.input("Språkveckan i Lyon"), &mut data);
    data.extend(
        [
            "Elsa Lind",
            "Guardian karin.lind@example.se",
            "Test Person",
            "Östra skolan",
            "Lyon",
            // The country as CLDR names it: data, not catalogue text.
            "France",
        ]
        .map(str::to_owned),
    );
    let mut web = WebClient::new(&trip.w.app);

    let form = web.get(&link).await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.body);
    assert!(form.body.contains("dir=\"ltr\""));
    assert_all_from_catalogues("the consent form", &form, &data);

    // Sent with the travel box unticked and a phone number that is none.
    let path = link.replace("&lang=en-XA", "");
    let mut sent = valid_form(&path, &form.body);
    set(&mut sent, "travel", None);
    set(&mut sent, "contacts[0].phone", Some("ring mig"));
    set(&mut sent, "lang", Some("en-XA"));
    let typed: Vec<String> = sent.iter().map(|(_, value)| value.clone()).collect();
    let fields: Vec<(&str, &str)> = sent.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
    let refused = web.post("/consent", &fields).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("id=\"form-errors\""));
    assert!(refused.body.contains("id=\"travel-error\""));
    let with_typed = [data.clone(), typed].concat();
    assert_all_from_catalogues("the consent form with errors", &refused, &with_typed);

    // Given, with the photo permission.
    let mut valid = valid_form(&path, &form.body);
    set(&mut valid, "photos", Some("yes"));
    set(&mut valid, "lang", Some("en-XA"));
    assert_eq!(hidden(&form.body, "lang"), "en-XA");
    let fields: Vec<(&str, &str)> = valid
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect();
    let given = web.post("/consent", &fields).await;
    assert_eq!(given.status, StatusCode::OK, "{}", given.body);
    assert!(given.body.contains("id=\"outcome\""));
    // The receipt repeats what was typed.
    let typed: Vec<String> = valid.iter().map(|(_, value)| value.clone()).collect();
    assert_all_from_catalogues("the consent given", &given, &[data.clone(), typed].concat());

    // The link is used up; a link that never was one.
    let used = web.get(&link).await;
    assert_eq!(used.status, StatusCode::GONE);
    assert_all_from_catalogues("a used consent link", &used, &data);
    let broken = web.get("/consent?token=nonsense&lang=en-XA").await;
    assert_eq!(broken.status, StatusCode::BAD_REQUEST);
    assert_all_from_catalogues("a broken consent link", &broken, &data);

    // Withdrawing, from the receipt's link: the photo permission, then the page again.
    let receipt = trip.w.app.last_mail(MUM, "consent_received").await;
    let withdraw = format!(
        "/consent/withdraw?token={}&lang=en-XA",
        token_in(&receipt.text_body)
    );
    let page = web.get(&withdraw).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("id=\"withdraw-photos\""));
    assert_all_from_catalogues("the withdrawal page", &page, &data);
    let token = hidden(&page.body, "token");
    let withdrawn = web
        .post(
            "/consent/withdraw",
            &[
                ("token", token.as_str()),
                ("lang", "en-XA"),
                ("photosOnly", "yes"),
            ],
        )
        .await;
    assert_eq!(withdrawn.status, StatusCode::OK, "{}", withdrawn.body);
    assert_all_from_catalogues("the photo permission withdrawn", &withdrawn, &data);

    // The privacy notice every one of those mails links to.
    let notice = web
        .get(&format!("/privacy/{}?lang=en-XA", trip.w.municipality))
        .await;
    assert_eq!(notice.status, StatusCode::OK, "{}", notice.body);
    assert_all_from_catalogues("the privacy notice", &notice, &data);
}

#[tokio::test]
async fn signed_out_pages_in_the_pseudo_locale_show_only_catalogue_texts() {
    let app = TestApp::spawn().await;
    let email = "reader@example.se";
    app.user_with_role(email, "teacher").await;
    let data = vec![email.to_owned()];
    let mut web = WebClient::new(&app);

    let sign_in = web.get("/sign-in?lang=en-XA").await;
    assert_eq!(sign_in.status, StatusCode::OK);
    assert_all_from_catalogues("the sign-in page", &sign_in, &data);
    let wrong = web
        .post(
            "/sign-in",
            &[
                ("email", email),
                ("password", "not the password"),
                ("lang", "en-XA"),
            ],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert!(wrong.body.contains("id=\"sign-in-problem\""));
    assert_all_from_catalogues("a wrong password", &wrong, &data);

    let forgot = web.get("/forgot-password?lang=en-XA").await;
    assert_eq!(forgot.status, StatusCode::OK);
    assert_all_from_catalogues("the forgotten password page", &forgot, &data);
    let not_an_address = web
        .post(
            "/forgot-password",
            &[("email", "no address"), ("lang", "en-XA")],
        )
        .await;
    assert_eq!(not_an_address.status, StatusCode::UNPROCESSABLE_ENTITY);
    let typed = [data.clone(), vec!["no address".to_owned()]].concat();
    assert_all_from_catalogues(
        "a forgotten password form with errors",
        &not_an_address,
        &typed,
    );
    let sent = web
        .post("/forgot-password", &[("email", email), ("lang", "en-XA")])
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    let notice = web.get(sent.location.as_deref().unwrap()).await;
    assert!(notice.body.contains("role=\"status\""), "{}", notice.body);
    assert_all_from_catalogues("the sign-in page after a reset link", &notice, &data);

    let token = token_in(&app.last_mail(email, "password_reset").await.text_body);
    let reset = format!("/account/reset-password?token={token}&lang=en-XA");
    let form = web.get(&reset).await;
    assert_eq!(form.status, StatusCode::OK);
    assert_all_from_catalogues("the reset password page", &form, &data);
    let weak = web
        .post(&reset, &[("token", token.as_str()), ("password", "abc")])
        .await;
    assert_eq!(weak.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_all_from_catalogues("a reset password form with errors", &weak, &data);
    let broken = web
        .get("/account/reset-password?token=nonsense&lang=en-XA")
        .await;
    assert_eq!(broken.status, StatusCode::BAD_REQUEST);
    assert_all_from_catalogues("a broken reset link", &broken, &data);
    let verify = web
        .get("/account/verify-email?token=nonsense&lang=en-XA")
        .await;
    assert_all_from_catalogues("a broken verification link", &verify, &data);

    // The error pages follow the browser's language.
    let missing = app
        .http
        .get(app.url("/no-such-page"))
        .header("accept-language", "en-XA")
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
    let missing = PageResponse {
        status: missing.status(),
        location: None,
        headers: missing.headers().clone(),
        body: missing.text().await.unwrap(),
    };
    assert_all_from_catalogues("the page for an address that is none", &missing, &data);
}

/// A route as registered: method and path pattern.
type Route = (&'static str, &'static str);

/// Routes of the staff's pages this test does not open, and why. The pages anyone opens
/// without signing in (mailed links, consent, the privacy notice, the stylesheets) are left
/// out too: the consent test and the signed-out test read those (`web_routes::OPEN_ROUTES`).
const NOT_STAFF_PAGES: &[Route] = &[
    // Files, not pages: their headers are the catalogues' (tested with the CSV exports).
    ("GET", "/exchanges/{id}/roster.csv"),
    ("GET", "/exchanges/{id}/attachments/{attachment_id}"),
    // Signed out, or ending signed out: the signed-out test reads those pages.
    ("GET", "/sign-in"),
    ("POST", "/sign-in"),
    ("POST", "/sign-out"),
    ("POST", "/account/sign-out-everywhere"),
    ("GET", "/forgot-password"),
    ("POST", "/forgot-password"),
];

/// The staff's pages read so far: what each showed outside the catalogues, and the routes
/// they came from.
struct StaffPages {
    data: Vec<String>,
    problems: Vec<String>,
    visited: BTreeSet<Route>,
}

impl StaffPages {
    fn check(&mut self, route: Route, what: &str, page: &PageResponse) {
        self.visited.insert(route);
        assert!(
            page.status.as_u16() < 500,
            "{what}: {} {}",
            page.status,
            page.body
        );
        if let Some(problem) = problems_of(what, page, &self.data) {
            self.problems.push(problem);
        }
    }

    /// Opens `path` of `route` as `web`; checks and returns the page.
    async fn get(
        &mut self,
        web: &mut WebClient,
        route: Route,
        path: &str,
        status: Option<StatusCode>,
    ) -> PageResponse {
        let page = web.get(path).await;
        if let Some(status) = status {
            assert_eq!(page.status, status, "GET {path}: {}", page.body);
        }
        self.check(route, &format!("GET {path}"), &page);
        page
    }

    /// Posts `fields` to `path` of `route` as `web`; checks the answer, or the page it
    /// leads to (with its notice), and returns that.
    async fn post(
        &mut self,
        web: &mut WebClient,
        route: Route,
        path: &str,
        fields: &[(&str, &str)],
        status: Option<StatusCode>,
    ) -> PageResponse {
        let answer = web.post(path, fields).await;
        if let Some(status) = status {
            assert_eq!(answer.status, status, "POST {path}: {}", answer.body);
        }
        self.answered(web, route, &format!("POST {path} {fields:?}"), answer)
            .await
    }

    async fn answered(
        &mut self,
        web: &mut WebClient,
        route: Route,
        what: &str,
        answer: PageResponse,
    ) -> PageResponse {
        if answer.status != StatusCode::SEE_OTHER {
            self.check(route, what, &answer);
            return answer;
        }
        self.visited.insert(route);
        let next = answer.location.expect("a redirect goes somewhere");
        let page = web.get(&next).await;
        assert_eq!(
            page.status,
            StatusCode::OK,
            "{what} → {next}: {}",
            page.body
        );
        self.check(route, &format!("{what} → GET {next}"), &page);
        page
    }
}

/// The values of the options of the `<select>` with `id`.
fn options(body: &str, id: &str) -> Vec<String> {
    let start = body
        .find(&format!("<select id=\"{id}\""))
        .unwrap_or_else(|| panic!("no select {id}: {body}"));
    let select = &body[start..start + body[start..].find("</select>").expect("closed")];
    select
        .split("<option value=\"")
        .skip(1)
        .map(|option| option[..option.find('"').expect("quoted")].to_owned())
        .collect()
}

/// The id of the file last attached, from the audit trail.
async fn last_upload(app: &TestApp) -> String {
    let added = app
        .audit()
        .await
        .into_iter()
        .rfind(|e| e.action == "exchange_attachment_added")
        .expect("the upload is audited");
    added.details["attachment_id"]
        .as_str()
        .expect("an id")
        .to_owned()
}

/// Posts a multipart upload form as a browser does.
async fn upload(
    app: &TestApp,
    web: &mut WebClient,
    exchange: &str,
    kind: &str,
    file: Option<(&str, &[u8])>,
) -> PageResponse {
    const BOUNDARY: &str = "utbyte-pseudo-boundary";
    let mut body = Vec::new();
    let mut part = |head: String, content: &[u8]| {
        body.extend_from_slice(format!("--{BOUNDARY}\r\n{head}\r\n\r\n").as_bytes());
        body.extend_from_slice(content);
        body.extend_from_slice(b"\r\n");
    };
    let csrf = web.csrf().to_owned();
    part(
        "Content-Disposition: form-data; name=\"csrf\"".into(),
        csrf.as_bytes(),
    );
    part(
        "Content-Disposition: form-data; name=\"kind\"".into(),
        kind.as_bytes(),
    );
    if let Some((name, content)) = file {
        part(
            format!(
                "Content-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n\
                 Content-Type: application/pdf"
            ),
            content,
        );
    }
    body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    let http = reqwest::Client::builder()
        .redirect(redirect::Policy::none())
        .build()
        .expect("http client");
    let request = http
        .post(app.url(&format!("/exchanges/{exchange}/attachments")))
        .header(header::ORIGIN, app.url("").trim_end_matches('/'))
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={BOUNDARY}"),
        )
        .body(body);
    web.send(request).await
}

/// Signs `email` in on the web and sets their account's language to the pseudo-locale
/// through their account page.
async fn in_pseudo_locale(app: &TestApp, email: &str) -> WebClient {
    let mut web = WebClient::signed_in(app, email).await;
    let saved = web.post("/account/language", &[("locale", "en-XA")]).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    web
}

#[tokio::test]
async fn staff_pages_in_the_pseudo_locale_show_only_catalogue_texts() {
    // The school's teacher and principal and the municipality's coordinator read the
    // pseudo-locale from the start (what they were told before is in their language then).
    let w = World::new().await;
    for email in [TEACHER, PRINCIPAL, COORDINATOR] {
        w.app.set_locale(email, "en-XA").await;
    }
    // A trip open for registration: Elsa's mother has consented and told of an allergy,
    // Bo's guardian has not answered yet.
    let mut trip = Trip::open_on(w, 10, "FIRST_COME").await;
    let elsa = trip
        .pupil("Elsa Lind", &[(MUM, "JOINT"), (DAD, "JOINT")], false)
        .await;
    let elsa_registration = trip.register(&elsa).await;
    let bo = trip
        .pupil("Bo Berg", &[("anna.berg@example.se", "SOLE")], false)
        .await;
    let bo_registration = trip.register(&bo).await;
    let link = trip.consent_link(MUM).await;
    let (status, _) = trip.consent(&link, false).await;
    assert_eq!(status, 200);
    let open = trip.exchange.clone();
    let elsa_registration = elsa_registration["id"].as_str().unwrap().to_owned();
    let bo_registration = bo_registration["id"].as_str().unwrap().to_owned();
    let dad = guardian_id(&trip, &elsa_registration, DAD).await;

    // A trip with one place and a lottery for it, registration closed.
    let lottery = trip.w.approved("Lotteriresan till Lyon").await;
    trip.w.advance(&lottery, &["OPEN_REGISTRATION"]).await;
    trip.exchange = lottery.clone();
    trip.set_places(1, "LOTTERY", None).await;
    for (name, guardian) in [
        ("Ida Ek", "eva.ek@example.se"),
        ("Omar Ali", "sara.ali@example.se"),
    ] {
        let youth = trip.pupil(name, &[(guardian, "SOLE")], false).await;
        trip.register(&youth).await;
    }
    trip.w.advance(&lottery, &["CLOSE_REGISTRATION"]).await;
    trip.exchange = open.clone();

    let w = &trip.w;
    let app = &w.app;
    // A proposal waiting for the principal, a draft, and a trip that is over.
    let pending = w.at_principal("Vinterveckan i Lyon").await;
    let draft = w.draft("Musikveckan i Lyon").await;
    let completed = w.completed("Skrivarläger i Lyon").await;
    // Youth whose membership the school has not confirmed yet.
    app.sql("UPDATE youth_profiles SET membership_confirmed = false")
        .await
        .expect("unconfirmed");
    for (email, name) in [
        (TEACHER, "Lärare Lisa"),
        (PRINCIPAL, "Rektor Rut"),
        (COORDINATOR, "Samordnare Sam"),
    ] {
        app.sql(&format!(
            "UPDATE users SET display_name = '{name}' WHERE email = '{email}'"
        ))
        .await
        .expect("name the person");
    }

    // What this test put in: the exchanges as proposed, the people and places of the world.
    let mut data = Vec::new();
    for title in [
        "Språkveckan i Lyon",
        "Lotteriresan till Lyon",
        "Vinterveckan i Lyon",
        "Musikveckan i Lyon",
        "Skrivarläger i Lyon",
    ] {
        strings(&w.input(title), &mut data);
    }
    data.extend(
        [
            "Elsa Lind",
            "Bo Berg",
            "Ida Ek",
            "Omar Ali",
            "Karin Lind",
            "Mother",
            "Nuts (EpiPen in the front pocket)",
            "Vegetarian",
            "Lärare Lisa",
            "Rektor Rut",
            "Samordnare Sam",
            "Test Person",
            "Östra skolan",
            "Lycée du Parc",
            "Jönköping",
            "Lyon",
            // Countries as CLDR names them: data, not catalogue text.
            "France",
            "Sweden",
        ]
        .map(str::to_owned),
    );
    for email in [
        MUM,
        DAD,
        "anna.berg@example.se",
        "eva.ek@example.se",
        "sara.ali@example.se",
    ] {
        data.push(format!("Guardian {email}"));
        data.push(email.to_owned());
    }
    data.extend([TEACHER, PRINCIPAL, COORDINATOR].map(str::to_owned));
    let mut pages = StaffPages {
        data,
        problems: Vec::new(),
        visited: BTreeSet::new(),
    };
    let ok = Some(StatusCode::OK);
    let see_other = Some(StatusCode::SEE_OTHER);
    let refused = Some(StatusCode::UNPROCESSABLE_ENTITY);
    let at = |exchange: &str, rest: &str| format!("/exchanges/{exchange}{rest}");

    let mut teacher = in_pseudo_locale(app, TEACHER).await;
    let mut principal = in_pseudo_locale(app, PRINCIPAL).await;
    let mut coordinator = in_pseudo_locale(app, COORDINATOR).await;

    // Home, for each of them; the teacher confirms a membership from there.
    for (who, web) in [
        ("teacher", &mut teacher),
        ("principal", &mut principal),
        ("coordinator", &mut coordinator),
    ] {
        let home = web.get("/").await;
        assert_eq!(home.status, StatusCode::OK);
        pages.check(("GET", "/"), &format!("the {who}'s home"), &home);
    }
    pages
        .post(
            &mut teacher,
            ("POST", "/youth/{id}/confirm-membership"),
            &format!("/youth/{bo}/confirm-membership"),
            &[],
            see_other,
        )
        .await;

    // The exchange list, all and filtered through its form.
    let list = pages
        .get(&mut coordinator, ("GET", "/exchanges"), "/exchanges", ok)
        .await;
    for state in options(&list.body, "state") {
        pages
            .get(
                &mut coordinator,
                ("GET", "/exchanges"),
                &format!("/exchanges?state={state}"),
                ok,
            )
            .await;
    }

    // Each exchange's page, with the funding estimate chosen through its form.
    for exchange in [&open, &lottery, &pending, &draft, &completed] {
        let page = pages
            .get(
                &mut teacher,
                ("GET", "/exchanges/{id}"),
                &at(exchange, ""),
                ok,
            )
            .await;
        if exchange == &open {
            // Another action and call year than the page chose.
            let actions = options(&page.body, "action");
            let years = options(&page.body, "year");
            let (action, year) = (actions.last().unwrap(), years.first().unwrap());
            pages
                .get(
                    &mut teacher,
                    ("GET", "/exchanges/{id}"),
                    &at(exchange, &format!("?action={action}&year={year}")),
                    ok,
                )
                .await;
        }
    }
    pages
        .get(
            &mut coordinator,
            ("GET", "/exchanges/{id}"),
            &at(&pending, ""),
            ok,
        )
        .await;

    // Proposing: the empty form, sent with mistakes, then the draft edited with mistakes.
    pages
        .get(
            &mut teacher,
            ("GET", "/exchanges/new"),
            "/exchanges/new",
            ok,
        )
        .await;
    let mistakes: &[(&str, &str)] = &[
        ("title_sv", ""),
        ("start_date", "nästa vår"),
        ("end_date", &day(10)),
        ("participants", "många"),
        ("age_min", "20"),
        ("age_max", "12"),
        ("cost_per_participant", "gratis"),
        ("programme_day_0", "1"),
        ("programme_text_0", ""),
    ];
    pages
        .post(
            &mut teacher,
            ("POST", "/exchanges/new"),
            "/exchanges/new",
            mistakes,
            refused,
        )
        .await;
    pages
        .get(
            &mut teacher,
            ("GET", "/exchanges/{id}/edit"),
            &at(&draft, "/edit"),
            ok,
        )
        .await;
    pages
        .post(
            &mut teacher,
            ("POST", "/exchanges/{id}/edit"),
            &at(&draft, "/edit"),
            mistakes,
            refused,
        )
        .await;
    // An approved exchange's changes.
    pages
        .get(
            &mut teacher,
            ("GET", "/exchanges/{id}/edit"),
            &at(&open, "/edit"),
            ok,
        )
        .await;
    // A draft that misses checklist items, refused when submitted.
    let mut incomplete = w.input("Halvfärdiga veckan");
    incomplete["riskAssessment"] = json!("");
    incomplete["insuranceConfirmed"] = json!(false);
    strings(&w.input("Halvfärdiga veckan"), &mut pages.data);
    let incomplete = w.draft_as(&w.teacher, incomplete).await;
    pages
        .post(
            &mut teacher,
            ("POST", "/exchanges/{id}/submit"),
            &at(&incomplete, "/submit"),
            &[],
            None,
        )
        .await;
    pages
        .get(
            &mut teacher,
            ("GET", "/exchanges/{id}/clone"),
            &at(&completed, "/clone"),
            ok,
        )
        .await;
    pages
        .post(
            &mut teacher,
            ("POST", "/exchanges/{id}/clone"),
            &at(&completed, "/clone"),
            &[("start_date", "snart")],
            refused,
        )
        .await;
    pages
        .post(
            &mut teacher,
            ("POST", "/exchanges/{id}/clone"),
            &at(&completed, "/clone"),
            &[("start_date", &day(200)), ("end_date", &day(204))],
            see_other,
        )
        .await;
    pages
        .get(
            &mut teacher,
            ("GET", "/exchanges/{id}/cancel"),
            &at(&draft, "/cancel"),
            ok,
        )
        .await;
    pages
        .post(
            &mut teacher,
            ("POST", "/exchanges/{id}/cancel"),
            &at(&draft, "/cancel"),
            &[("reason", " ")],
            refused,
        )
        .await;

    // Attachments: the list, an upload refused, one accepted, one removed.
    pages
        .get(
            &mut teacher,
            ("GET", "/exchanges/{id}/attachments"),
            &at(&draft, "/attachments"),
            ok,
        )
        .await;
    let no_file = upload(app, &mut teacher, &draft, "programme", None).await;
    assert_eq!(Some(no_file.status), refused, "{}", no_file.body);
    pages.check(
        ("POST", "/exchanges/{id}/attachments"),
        "an upload without a file",
        &no_file,
    );
    // The file's name, and the name a file that is no PDF is kept under.
    pages
        .data
        .extend(["programme.pdf.txt", "programme.pdf"].map(str::to_owned));
    let not_a_pdf = upload(
        app,
        &mut teacher,
        &draft,
        "programme",
        Some(("programme.pdf", b"not a pdf at all")),
    )
    .await;
    pages
        .answered(
            &mut teacher,
            ("POST", "/exchanges/{id}/attachments"),
            "an upload that is no PDF",
            not_a_pdf,
        )
        .await;
    let uploaded = upload(
        app,
        &mut teacher,
        &draft,
        "programme",
        Some(("programme.pdf", b"%PDF-1.4\n%%EOF\n")),
    )
    .await;
    assert_eq!(Some(uploaded.status), see_other, "{}", uploaded.body);
    pages
        .answered(
            &mut teacher,
            ("POST", "/exchanges/{id}/attachments"),
            "an upload",
            uploaded,
        )
        .await;
    let attachment = last_upload(app).await;
    pages
        .post(
            &mut teacher,
            ("POST", "/exchanges/{id}/attachments/{attachment_id}/remove"),
            &at(&draft, &format!("/attachments/{attachment}/remove")),
            &[],
            see_other,
        )
        .await;

    // Submitting the draft, which then waits for the principal too.
    pages
        .post(
            &mut teacher,
            ("POST", "/exchanges/{id}/submit"),
            &at(&draft, "/submit"),
            &[],
            see_other,
        )
        .await;

    // Approvals: the queue, the decision page, a decision sent without one, then made; a
    // decision page for a step already decided.
    pages
        .get(&mut principal, ("GET", "/approvals"), "/approvals", ok)
        .await;
    pages
        .get(
            &mut principal,
            ("GET", "/exchanges/{id}/decision"),
            &at(&pending, "/decision"),
            ok,
        )
        .await;
    pages
        .post(
            &mut principal,
            ("POST", "/exchanges/{id}/decision"),
            &at(&pending, "/decision"),
            &[("comment", "")],
            refused,
        )
        .await;
    pages
        .post(
            &mut principal,
            ("POST", "/exchanges/{id}/decision"),
            &at(&pending, "/decision"),
            &[("decision", "request_changes"), ("comment", "")],
            refused,
        )
        .await;
    pages.data.push("Fler ledare, tack.".into());
    pages
        .post(
            &mut principal,
            ("POST", "/exchanges/{id}/decision"),
            &at(&pending, "/decision"),
            &[("decision", "approve"), ("comment", "Fler ledare, tack.")],
            see_other,
        )
        .await;
    pages
        .get(
            &mut principal,
            ("GET", "/exchanges/{id}/decision"),
            &at(&open, "/decision"),
            Some(StatusCode::CONFLICT),
        )
        .await;
    pages
        .get(&mut coordinator, ("GET", "/approvals"), "/approvals", ok)
        .await;
    pages
        .get(
            &mut coordinator,
            ("GET", "/exchanges/{id}/decision"),
            &at(&pending, "/decision"),
            ok,
        )
        .await;

    // The trip: places set with mistakes, the registrations, a cancellation without a
    // reason, a consent link sent again, a membership confirmed.
    let registrations = at(&open, "/registrations");
    pages
        .get(
            &mut teacher,
            ("GET", "/exchanges/{id}/registrations"),
            &registrations,
            ok,
        )
        .await;
    pages
        .post(
            &mut teacher,
            ("POST", "/exchanges/{id}/places"),
            &at(&open, "/places"),
            &[
                ("capacity", "0"),
                ("consent_rule", "every_guardian"),
                ("selection", "first_come"),
                ("membership", "nobody"),
            ],
            refused,
        )
        .await;
    pages
        .post(
            &mut teacher,
            ("POST", "/exchanges/{id}/places"),
            &at(&open, "/places"),
            &[
                ("capacity", "12"),
                ("consent_rule", "every_guardian"),
                ("selection", "first_come"),
                ("membership", "members"),
            ],
            see_other,
        )
        .await;
    pages
        .post(
            &mut teacher,
            (
                "POST",
                "/exchanges/{id}/registrations/{registration}/cancel",
            ),
            &at(&open, &format!("/registrations/{bo_registration}/cancel")),
            &[("reason", " ")],
            refused,
        )
        .await;
    pages
        .post(
            &mut teacher,
            (
                "POST",
                "/exchanges/{id}/registrations/{registration}/resend-consent",
            ),
            &at(
                &open,
                &format!("/registrations/{elsa_registration}/resend-consent"),
            ),
            &[("guardian", &dad)],
            see_other,
        )
        .await;
    pages
        .post(
            &mut teacher,
            ("POST", "/exchanges/{id}/youth/{youth}/confirm-membership"),
            &at(&open, &format!("/youth/{elsa}/confirm-membership")),
            &[],
            see_other,
        )
        .await;
    pages
        .post(
            &mut teacher,
            (
                "POST",
                "/exchanges/{id}/registrations/{registration}/cancel",
            ),
            &at(&open, &format!("/registrations/{bo_registration}/cancel")),
            &[("reason", "Flyttar")],
            see_other,
        )
        .await;
    pages.data.push("Flyttar".into());

    // The roster and Elsa's medical information.
    pages
        .get(
            &mut teacher,
            ("GET", "/exchanges/{id}/roster"),
            &at(&open, "/roster"),
            ok,
        )
        .await;
    pages
        .get(
            &mut teacher,
            ("GET", "/exchanges/{id}/medical/{registration}"),
            &at(&open, &format!("/medical/{elsa_registration}")),
            ok,
        )
        .await;

    // The lottery: the confirmation step, then drawn.
    pages
        .get(
            &mut teacher,
            ("GET", "/exchanges/{id}/lottery"),
            &at(&lottery, "/lottery"),
            ok,
        )
        .await;
    let drawn = teacher.post(&at(&lottery, "/lottery"), &[]).await;
    assert_eq!(drawn.status, StatusCode::SEE_OTHER, "{}", drawn.body);
    let places = w.gql(&w.teacher, PLACES, json!({ "e": lottery })).await;
    let seed = places["data"]["exchangePlaces"]["lotterySeed"]
        .as_str()
        .expect("drawn")
        .to_owned();
    pages.data.push(seed);
    pages
        .answered(
            &mut teacher,
            ("POST", "/exchanges/{id}/lottery"),
            "the lottery drawn",
            drawn,
        )
        .await;

    // Advancing: starting early without a reason, then closing registration.
    pages
        .post(
            &mut teacher,
            ("POST", "/exchanges/{id}/advance"),
            &at(&lottery, "/advance"),
            &[("to", "start")],
            Some(StatusCode::CONFLICT),
        )
        .await;
    pages
        .post(
            &mut teacher,
            ("POST", "/exchanges/{id}/advance"),
            &at(&open, "/advance"),
            &[("to", "close_registration")],
            see_other,
        )
        .await;

    // The report: the form, sent with mistakes, then filed.
    let report = at(&completed, "/report");
    pages
        .get(&mut teacher, ("GET", "/exchanges/{id}/report"), &report, ok)
        .await;
    pages
        .post(
            &mut teacher,
            ("POST", "/exchanges/{id}/report"),
            &report,
            &[
                ("what_happened", ""),
                ("outcomes", ""),
                ("feedback_summary", ""),
                ("actual_cost", "tolv tusen"),
            ],
            refused,
        )
        .await;
    let filed = [
        ("what_happened", "Vi såg Lyon."),
        ("outcomes", "Eleverna talade franska."),
        ("feedback_summary", "Bra"),
        ("actual_cost", "12 500,50"),
    ];
    pages
        .data
        .extend(filed.iter().map(|(_, value)| (*value).to_owned()));
    pages
        .post(
            &mut teacher,
            ("POST", "/exchanges/{id}/report"),
            &report,
            &filed,
            see_other,
        )
        .await;
    // The exchanges' pages again, with what happened since in their history.
    for exchange in [&open, &lottery, &pending, &draft, &completed] {
        pages
            .get(
                &mut teacher,
                ("GET", "/exchanges/{id}"),
                &at(exchange, ""),
                ok,
            )
            .await;
    }

    // Notifications, read and marked read.
    for web in [&mut teacher, &mut principal, &mut coordinator] {
        pages
            .get(web, ("GET", "/notifications"), "/notifications", ok)
            .await;
    }
    pages
        .post(
            &mut teacher,
            ("POST", "/notifications/read"),
            "/notifications/read",
            &[],
            see_other,
        )
        .await;

    // My account: the page, a zone that is none, a wrong password, then a new one.
    pages
        .get(&mut teacher, ("GET", "/account"), "/account", ok)
        .await;
    pages
        .post(
            &mut teacher,
            ("POST", "/account/language"),
            "/account/language",
            &[("locale", "en-XA")],
            see_other,
        )
        .await;
    pages
        .post(
            &mut teacher,
            ("POST", "/account/language"),
            "/account/language",
            &[("locale", "tlh")],
            refused,
        )
        .await;
    pages.data.push("Mars/Olympus_Mons".into());
    pages
        .post(
            &mut teacher,
            ("POST", "/account/time-zone"),
            "/account/time-zone",
            &[("time_zone", "Mars/Olympus_Mons")],
            refused,
        )
        .await;
    pages
        .post(
            &mut teacher,
            ("POST", "/account/time-zone"),
            "/account/time-zone",
            &[("time_zone", "Europe/Helsinki")],
            see_other,
        )
        .await;
    pages
        .post(
            &mut teacher,
            ("POST", "/account/password"),
            "/account/password",
            &[("current_password", "not it"), ("new_password", "abc")],
            refused,
        )
        .await;

    // Pages that refuse, in the person's language whatever their browser's: addresses
    // that name nothing, and a proposal submitted twice.
    let nothing = uuid::Uuid::now_v7().to_string();
    let not_found = Some(StatusCode::NOT_FOUND);
    for (route, path) in [
        (("GET", "/exchanges/{id}"), at(&nothing, "")),
        (("GET", "/exchanges/{id}/edit"), at(&nothing, "/edit")),
        (("GET", "/exchanges/{id}/edit"), at("not-an-id", "/edit")),
        (
            ("GET", "/exchanges/{id}/attachments"),
            at("not-an-id", "/attachments"),
        ),
        (
            ("GET", "/exchanges/{id}/registrations"),
            at(&nothing, "/registrations"),
        ),
        // A file that is none: a page, not a file.
        (
            ("GET", "/exchanges/{id}/attachments/{attachment_id}"),
            at(&draft, "/attachments/not-an-id"),
        ),
    ] {
        pages.get(&mut teacher, route, &path, not_found).await;
    }
    for (route, path, fields) in [
        (
            ("POST", "/youth/{id}/confirm-membership"),
            format!("/youth/{nothing}/confirm-membership"),
            &[][..],
        ),
        (
            ("POST", "/youth/{id}/confirm-membership"),
            "/youth/not-an-id/confirm-membership".to_owned(),
            &[][..],
        ),
        (
            ("POST", "/notifications/read"),
            "/notifications/read".to_owned(),
            &[("id", "not-an-id")][..],
        ),
        (
            ("POST", "/exchanges/{id}/submit"),
            at("not-an-id", "/submit"),
            &[][..],
        ),
        (
            ("POST", "/exchanges/{id}/attachments/{attachment_id}/remove"),
            at(&draft, &format!("/attachments/{nothing}/remove")),
            &[][..],
        ),
    ] {
        pages
            .post(&mut teacher, route, &path, fields, not_found)
            .await;
    }
    pages
        .post(
            &mut teacher,
            ("POST", "/exchanges/{id}/submit"),
            &at(&pending, "/submit"),
            &[],
            Some(StatusCode::CONFLICT),
        )
        .await;

    // Every route of the staff's pages was opened.
    let routes: BTreeSet<Route> = [
        crate::web_routes::account_routes(),
        crate::web_exchange_page::exchange_page_routes(),
        crate::approvals_web::approvals_routes(),
        crate::trip_pages::trip_routes(),
        crate::web_proposals::proposal_routes(),
        crate::attachments_web::ROUTES.to_vec(),
    ]
    .concat()
    .into_iter()
    .filter(|route| !NOT_STAFF_PAGES.contains(route))
    .filter(|route| !crate::web_routes::OPEN_ROUTES.contains(route))
    .collect();
    let unopened: Vec<_> = routes.difference(&pages.visited).collect();
    assert!(
        unopened.is_empty(),
        "staff pages never opened: {unopened:?}"
    );
    assert!(
        pages.problems.is_empty(),
        "{} staff pages show text that is not from the catalogues:\n\n{}",
        pages.problems.len(),
        pages.problems.join("\n\n")
    );
}

/// The id of the guardian `email` of a registration.
async fn guardian_id(trip: &Trip, registration: &str, email: &str) -> String {
    let read = trip.registration(registration).await;
    let guardians = read["consent"]["guardians"].as_array().expect("guardians");
    let name = format!("Guardian {email}");
    guardians
        .iter()
        .find(|guardian| guardian["displayName"] == json!(name))
        .and_then(|guardian| guardian["guardianId"].as_str())
        .expect("the guardian")
        .to_owned()
}
