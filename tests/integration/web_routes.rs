//! The page × role matrix of the web interface: every route of `api/src/web/` is listed
//! here with what each cast member gets, and a refused request writes nothing. The guard
//! test reads the routes from the source, so a new route without a row fails.
use std::collections::BTreeSet;

use reqwest::StatusCode;
use utbyte_tests::{TestApp, web::WebClient};

/// A route as registered: method and path pattern (as in `.route(...)`).
pub type Route = (&'static str, &'static str);

/// Every route of the web interface, area by area.
fn matrix_routes() -> Vec<Route> {
    [
        account_routes(),
        crate::web_exchange_page::exchange_page_routes(),
        crate::approvals_web::approvals_routes(),
        crate::trip_pages::trip_routes(),
        crate::web_proposals::proposal_routes(),
        crate::attachments_web::ROUTES.to_vec(),
    ]
    .concat()
}

/// The routes every person meets: signing in, their account, notifications, and the pages
/// mailed links open.
pub fn account_routes() -> Vec<Route> {
    CAST_MATRIX
        .iter()
        .map(|row| (row.method, row.route))
        .chain(OPEN_ROUTES.iter().copied())
        .collect()
}

/// Routes anyone may open without signing in, checked by their own tests (`pages`,
/// `consent_browser`, `web_sign_in`, `consent_trust`): the link pages take a token, the
/// consent pages too; a municipality's privacy notice is public.
pub(crate) const OPEN_ROUTES: &[Route] = &[
    ("GET", "/account/accept-invitation"),
    ("POST", "/account/accept-invitation"),
    ("GET", "/account/reset-password"),
    ("POST", "/account/reset-password"),
    ("GET", "/account/verify-email"),
    ("POST", "/account/verify-email"),
    ("GET", "/consent"),
    ("POST", "/consent"),
    ("GET", "/consent/withdraw"),
    ("POST", "/consent/withdraw"),
    ("GET", "/privacy/{municipality}"),
    ("GET", "/static/utbyte.css"),
    ("GET", "/static/consent.css"),
];

/// One row: a request and what a signed-out person and any signed-in person get.
struct Row {
    method: &'static str,
    route: &'static str,
    /// The request actually sent (the route with its query, if any).
    path: &'static str,
    form: &'static [(&'static str, &'static str)],
    signed_out: u16,
    signed_in: u16,
}

const CAST_MATRIX: &[Row] = &[
    row("GET", "/", "/", &[], 303, 200),
    row("GET", "/sign-in", "/sign-in", &[], 200, 303),
    row(
        "POST",
        "/sign-in",
        "/sign-in",
        &[("email", "x"), ("password", "y")],
        401,
        401,
    ),
    row("POST", "/sign-out", "/sign-out", &[], 303, 303),
    row("GET", "/forgot-password", "/forgot-password", &[], 200, 200),
    row(
        "POST",
        "/forgot-password",
        "/forgot-password",
        &[("email", "no")],
        422,
        422,
    ),
    row("GET", "/account", "/account", &[], 303, 200),
    row(
        "POST",
        "/account/language",
        "/account/language",
        &[("locale", "xx")],
        303,
        422,
    ),
    row(
        "POST",
        "/account/time-zone",
        "/account/time-zone",
        &[("time_zone", "Mars/Olympus")],
        303,
        422,
    ),
    row(
        "POST",
        "/account/password",
        "/account/password",
        &[("current_password", "x"), ("new_password", "y")],
        303,
        422,
    ),
    row(
        "POST",
        "/account/sign-out-everywhere",
        "/account/sign-out-everywhere",
        &[],
        303,
        303,
    ),
    row("GET", "/notifications", "/notifications", &[], 303, 200),
    row(
        "POST",
        "/notifications/read",
        "/notifications/read",
        &[("id", "nonsense")],
        303,
        404,
    ),
    row(
        "POST",
        "/youth/{id}/confirm-membership",
        "/youth/nonsense/confirm-membership",
        &[],
        303,
        404,
    ),
];

const fn row(
    method: &'static str,
    route: &'static str,
    path: &'static str,
    form: &'static [(&'static str, &'static str)],
    signed_out: u16,
    signed_in: u16,
) -> Row {
    Row {
        method,
        route,
        path,
        form,
        signed_out,
        signed_in,
    }
}

#[tokio::test]
async fn every_account_route_answers_each_cast_member_as_the_matrix_says() {
    // Every row signs everyone in afresh (some rows sign out).
    let app = TestApp::spawn_with(|s| {
        s.login_rate_limit.per_account = 10_000;
        s.login_rate_limit.per_address = 10_000;
    })
    .await;
    let cast = ["teacher", "principal", "coordinator", "guardian", "admin"];
    for role in cast {
        app.user_with_role(&format!("{role}@matrix.example"), role)
            .await;
    }
    for row in CAST_MATRIX {
        let mut people: Vec<(String, WebClient)> =
            vec![("signed out".into(), WebClient::new(&app))];
        for role in cast {
            let email = format!("{role}@matrix.example");
            people.push((role.into(), WebClient::signed_in(&app, &email).await));
        }
        for (who, mut client) in people {
            let audit_before = app.count("audit_events").await;
            let sessions_before = app.count("sessions").await;
            let response = match row.method {
                "GET" => client.get(row.path).await,
                _ => client.post(row.path, row.form).await,
            };
            let expected = if who == "signed out" {
                row.signed_out
            } else {
                row.signed_in
            };
            assert_eq!(
                response.status.as_u16(),
                expected,
                "{} {} as {who}",
                row.method,
                row.path
            );
            if response.status == StatusCode::SEE_OTHER && who == "signed out" {
                let to = response.location.unwrap_or_default();
                assert!(
                    to.starts_with("/sign-in") || row.route == "/" || row.route == "/sign-out",
                    "{} {} as {who} goes to {to}",
                    row.method,
                    row.path
                );
            }
            let refused = response.status.is_client_error() || who == "signed out";
            if refused && row.route != "/sign-in" && row.route != "/forgot-password" {
                assert_eq!(
                    (app.count("audit_events").await, app.count("sessions").await),
                    (audit_before, sessions_before),
                    "{} {} as {who} wrote something",
                    row.method,
                    row.path
                );
            }
        }
    }
}

#[test]
fn every_web_route_is_in_the_matrix() {
    let in_matrix: BTreeSet<(String, String)> = matrix_routes()
        .into_iter()
        .map(|(method, path)| (method.to_owned(), path.to_owned()))
        .collect();
    let in_source = routes_in_source();
    let missing: Vec<_> = in_source.difference(&in_matrix).collect();
    assert!(
        missing.is_empty(),
        "routes without a row in the matrix: {missing:?}"
    );
    let stale: Vec<_> = in_matrix.difference(&in_source).collect();
    assert!(
        stale.is_empty(),
        "rows for routes that do not exist: {stale:?}"
    );
    assert!(
        in_source.len() > 20,
        "the source scan finds the routes: {in_source:?}"
    );
}

/// The (method, path) of every `.route(path, get(..).post(..))` in `api/src/web/`; a path
/// given by a constant is looked up in the source.
fn routes_in_source() -> BTreeSet<(String, String)> {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let web = rust_files(&format!("{root}/api/src/web"));
    let everything: String = [
        rust_files(&format!("{root}/api/src")),
        rust_files(&format!("{root}/domain/src")),
    ]
    .concat()
    .join("\n");
    let mut routes = BTreeSet::new();
    for source in web {
        let flat: String = source.split_whitespace().collect::<Vec<_>>().join(" ");
        for call in flat.split(".route(").skip(1) {
            let arguments = balanced(call);
            let (path, handlers) = arguments.split_once(',').expect("route(path, handlers)");
            let path = path.trim();
            let path = match path.strip_prefix('"') {
                Some(literal) => literal.trim_end_matches('"').to_owned(),
                None => constant(&everything, path.rsplit("::").next().unwrap_or(path)),
            };
            for method in ["get", "post", "put", "patch", "delete"] {
                let called = handlers
                    .match_indices(&format!("{method}("))
                    .any(|(at, _)| {
                        at == 0
                            || !handlers.as_bytes()[at - 1].is_ascii_alphanumeric()
                                && handlers.as_bytes()[at - 1] != b'_'
                    });
                if called {
                    routes.insert((method.to_ascii_uppercase(), path.clone()));
                }
            }
        }
    }
    routes
}

fn rust_files(dir: &str) -> Vec<String> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("source folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(rust_files(&path.display().to_string()));
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            files.push(std::fs::read_to_string(&path).expect("source file"));
        }
    }
    files
}

/// The text up to the parenthesis that closes the one just opened.
fn balanced(text: &str) -> &str {
    let mut depth = 1;
    for (at, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return &text[..at];
                }
            }
            _ => {}
        }
    }
    text
}

fn constant(source: &str, name: &str) -> String {
    let marker = format!("const {name}: &str = \"");
    let start = source
        .find(&marker)
        .unwrap_or_else(|| panic!("no constant {name} in the source"))
        + marker.len();
    source[start..start + source[start..].find('"').expect("string ends")].to_owned()
}
