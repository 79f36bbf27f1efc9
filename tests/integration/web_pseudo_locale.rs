//! The pages a guardian or a signed-out person reads, in the pseudo-locale `en-XA` over real
//! HTTP: every text of the catalogues then reads accented and between brackets, so any
//! Latin letters left on the page once the brackets, the data this test put in and the
//! language picker's names are taken away came from somewhere else: a text written into a
//! template or the code, which a translation would never reach.
//!
//! What is read: the text between the tags (not scripts and styles) and the attributes a
//! person reads or hears (`placeholder`, `aria-label`, `title`, `alt`). Other attribute
//! values (ids, names, addresses, hidden values) are not text anyone reads.
use reqwest::StatusCode;
use serde_json::Value;
use utbyte_domain::types::{Currency, Locale};
use utbyte_tests::{
    TestApp, token_in,
    web::{PageResponse, WebClient},
};

use crate::registrations::{MUM, Trip, hidden, set, valid_form};

/// Names that are the same in every language and so never come from a catalogue: each
/// language in the picker is named in itself, and a currency that has no symbol in the
/// language is written with its ISO code, as CLDR says ("SEK 450.00").
fn allowed() -> Vec<String> {
    Locale::ALL
        .iter()
        .map(|locale| locale.endonym().to_owned())
        .chain(
            Currency::ALL
                .iter()
                .map(|currency| currency.code().to_owned()),
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

/// What is left of `text` that did not come from the catalogues: each run of two or more
/// Latin letters, with its line, once the data values in `data`, the bracketed catalogue
/// texts and the allowed names are taken away.
fn untranslated(text: &str, data: &[String]) -> Vec<String> {
    let mut text = text.to_owned();
    let mut known: Vec<String> = data.iter().chain(&allowed()).cloned().collect();
    known.sort_by_key(|value| std::cmp::Reverse(value.chars().count()));
    for value in known.iter().filter(|value| !value.is_empty()) {
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
    assert_all_from_catalogues("the consent given", &given, &data);

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
