//! Files attached to an exchange, on the web: the exchange's files page with its upload form
//! (`GET /exchanges/{id}/attachments`), the upload (`POST`, multipart with the CSRF token
//! first), the download (`GET …/attachments/{attachment_id}`, always as a download, with the
//! type detected when it was attached) and the removal (`POST …/remove`). The list and the
//! form are one template macro (`web/attachments_section.html`) that the exchange's own page
//! can show too, filled by `section`.
use askama::Template;
use axum::{
    Router,
    extract::{DefaultBodyLimit, FromRequestParts, Multipart, Path, Query, Request, State},
    http::{HeaderValue, StatusCode, header},
    middleware::{self, Next},
    response::{IntoResponse, Redirect, Response},
    routing::{get, post},
};
use serde::Deserialize;
use tower_http::limit::RequestBodyLimitLayer;
use utbyte_domain::{
    DomainError, FieldError, Principal, Services,
    entities::exchanges,
    exchanges::{
        attachment_rules::{AttachmentKind, FileType},
        attachments::{self, Files, Upload},
    },
    types::Locale,
};
use uuid::Uuid;

use super::{
    edge::Client,
    errors,
    pages::{FormErrors, Page, render},
    session::{self, CSRF_FIELD, SignedForm, SignedIn},
};
use crate::{app::AppState, config::Settings};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/exchanges/{id}/attachments", get(show))
        .route("/exchanges/{id}/attachments/{attachment_id}", get(download))
        .route(
            "/exchanges/{id}/attachments/{attachment_id}/remove",
            post(remove),
        )
}

/// The upload, outside the pages' small body limit: a body up to twice the file limit (so
/// that a file somewhat over it is refused under the field) and the rest of the form; a
/// larger one gets a page saying how large a file may be.
pub fn upload_routes(state: AppState) -> Router<AppState> {
    let limit = state.settings.attachments.max_bytes * 2 + 64 * 1024;
    Router::new()
        .route("/exchanges/{id}/attachments", post(upload))
        .layer(DefaultBodyLimit::disable())
        .layer(RequestBodyLimitLayer::new(limit))
        .layer(middleware::from_fn_with_state(state, too_large_page))
}

/// One file as the list shows it.
pub struct FileRow {
    pub id: Uuid,
    pub name: String,
    pub kind: String,
    pub kilobytes: i64,
}

/// A choice of the upload form's kind list.
pub struct KindChoice {
    pub code: &'static str,
    pub label: String,
    pub selected: bool,
}

/// What the attachments section shows: the files, and the upload form when the person may
/// change them.
pub struct FilesView {
    pub exchange_id: Uuid,
    pub rows: Vec<FileRow>,
    pub may_change: bool,
    pub kinds: Vec<KindChoice>,
    /// The extensions the file chooser offers first (the content decides, not these).
    pub accept: String,
    pub max_megabytes: usize,
}

/// The attachments section of the exchange `exchange_id` for `principal`, in `locale`, with
/// `chosen_kind` selected in the form, and the exchange. NOT_FOUND for whoever may not see
/// the exchange.
pub async fn section(
    services: &Services,
    principal: &Principal,
    exchange_id: Uuid,
    locale: Locale,
    chosen_kind: Option<&str>,
) -> Result<(FilesView, exchanges::Model), DomainError> {
    let Files {
        exchange,
        files,
        may_change,
    } = attachments::list(services, principal, exchange_id).await?;
    let kind_label =
        |code: &str| utbyte_domain::i18n::text(locale, &format!("attachment-kind-{code}"));
    let rows = files
        .into_iter()
        .map(|file| FileRow {
            id: file.id,
            kind: kind_label(&file.kind),
            name: file.file_name,
            kilobytes: (file.size_bytes + 1023) / 1024,
        })
        .collect();
    let chosen = chosen_kind.unwrap_or(AttachmentKind::Programme.code());
    let kinds = AttachmentKind::ALL
        .iter()
        .map(|kind| KindChoice {
            code: kind.code(),
            label: kind_label(kind.code()),
            selected: kind.code() == chosen,
        })
        .collect();
    let accept = FileType::ALL
        .iter()
        .flat_map(|file_type| file_type.extensions())
        .map(|extension| format!(".{extension}"))
        .collect::<Vec<_>>()
        .join(",");
    let view = FilesView {
        exchange_id,
        rows,
        may_change,
        kinds,
        accept,
        max_megabytes: services.settings.attachment_max_bytes.div_ceil(1024 * 1024),
    };
    Ok((view, exchange))
}

#[derive(Template)]
#[template(path = "web/attachments.html")]
struct FilesPage {
    page: Page,
    files: FilesView,
    errors: FormErrors,
    notice: Option<String>,
}

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "kebab-case")]
enum Notice {
    Added,
    Removed,
}

#[derive(Deserialize)]
struct FilesQuery {
    notice: Option<Notice>,
}

/// The exchange's title in `locale`, or in another language it has (titles are stored as
/// an object from language to text).
fn title_in(titles: &serde_json::Value, locale: Locale) -> String {
    titles
        .get(locale.code())
        .or_else(|| titles.as_object().and_then(|all| all.values().next()))
        .and_then(serde_json::Value::as_str)
        .unwrap_or_default()
        .to_owned()
}

/// The files page in the reader's language, with the refused form's errors and the kind
/// chosen in it.
async fn files_page(
    state: &AppState,
    signed_in: &SignedIn,
    exchange_id: Uuid,
    outcome: Outcome<'_>,
) -> Response {
    let page = match signed_in.page(state, String::new()).await {
        Ok(page) => page,
        Err(response) => return response,
    };
    let chosen = match &outcome {
        Outcome::Refused { kind, .. } => Some(*kind),
        Outcome::Shown(_) => None,
    };
    let principal = &signed_in.principal;
    let (files, exchange) =
        match section(&state.services, principal, exchange_id, page.locale, chosen).await {
            Ok(section) => section,
            Err(error) => return errors::page(&error, page.locale),
        };
    let title = page.t1(
        "attachments-title",
        "title",
        title_in(&exchange.titles, page.locale),
    );
    let page = Page { title, ..page };
    let (status, errors, notice) = match outcome {
        Outcome::Shown(notice) => (
            StatusCode::OK,
            FormErrors::default(),
            notice.map(|notice| {
                page.t(match notice {
                    Notice::Added => "attachments-added",
                    Notice::Removed => "attachments-removed",
                })
            }),
        ),
        Outcome::Refused { fields, .. } => (
            StatusCode::UNPROCESSABLE_ENTITY,
            FormErrors::of(page.locale, &fields, &[]),
            None,
        ),
    };
    render(
        status,
        &FilesPage {
            page,
            files,
            errors,
            notice,
        },
    )
}

/// What the files page shows besides the files.
enum Outcome<'a> {
    Shown(Option<Notice>),
    /// An upload refused field by field, with the kind that was chosen.
    Refused {
        fields: Vec<FieldError>,
        kind: &'a str,
    },
}

/// An id from the address (anything else is a page that does not exist: `no_such_page`).
fn parse_id(raw: &str) -> Option<Uuid> {
    Uuid::parse_str(raw).ok()
}

/// The page for an address that names no exchange or file, in `signed_in`'s language.
async fn no_such_page(state: &AppState, signed_in: &SignedIn) -> Response {
    signed_in
        .refusal(state, &DomainError::NotFound("page"))
        .await
}

async fn show(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
    Query(query): Query<FilesQuery>,
) -> Response {
    let Some(exchange_id) = parse_id(&id) else {
        return no_such_page(&state, &signed_in).await;
    };
    files_page(
        &state,
        &signed_in,
        exchange_id,
        Outcome::Shown(query.notice),
    )
    .await
}

/// The form's fields as they arrived.
#[derive(Default)]
struct UploadForm {
    kind: String,
    file_name: String,
    content: Vec<u8>,
}

/// Reads the upload: the CSRF token must come first and match, so nothing else is read for
/// a forged form. The file is kept up to one byte over the limit (enough for the domain to
/// refuse it), the rest is read and dropped.
async fn read_upload(
    multipart: &mut Multipart,
    signed_in: &SignedIn,
    max_bytes: usize,
) -> Result<UploadForm, Refused> {
    let mut form = UploadForm::default();
    let mut csrf_checked = false;
    while let Some(mut field) = multipart.next_field().await.map_err(Refused::Unreadable)? {
        let name = field.name().unwrap_or_default().to_owned();
        match name.as_str() {
            CSRF_FIELD => {
                let sent = field.text().await.map_err(Refused::Unreadable)?;
                csrf_checked = signed_in.carries_csrf(&sent);
                if !csrf_checked {
                    return Err(Refused::Csrf);
                }
            }
            _ if !csrf_checked => return Err(Refused::Csrf),
            "kind" => form.kind = field.text().await.map_err(Refused::Unreadable)?,
            "file" => {
                form.file_name = field.file_name().unwrap_or_default().to_owned();
                while let Some(chunk) = field.chunk().await.map_err(Refused::Unreadable)? {
                    let room = (max_bytes + 1).saturating_sub(form.content.len());
                    form.content
                        .extend_from_slice(&chunk[..chunk.len().min(room)]);
                }
            }
            _ => {}
        }
    }
    if csrf_checked {
        Ok(form)
    } else {
        Err(Refused::Csrf)
    }
}

enum Refused {
    Csrf,
    Unreadable(axum::extract::multipart::MultipartError),
}

async fn upload(
    State(state): State<AppState>,
    signed_in: SignedIn,
    client: Client,
    Path(id): Path<String>,
    mut multipart: Multipart,
) -> Response {
    let Some(exchange_id) = parse_id(&id) else {
        return no_such_page(&state, &signed_in).await;
    };
    let max_bytes = state.settings.attachments.max_bytes;
    let form = match read_upload(&mut multipart, &signed_in, max_bytes).await {
        Ok(form) => form,
        Err(Refused::Csrf) => return errors::csrf_page(signed_in.locale(&state).await),
        Err(Refused::Unreadable(error)) if error.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            return too_large(&state.settings, signed_in.locale(&state).await);
        }
        Err(Refused::Unreadable(_)) => {
            let unreadable = DomainError::field("file", "unreadable", "unreadable form");
            return signed_in.refusal(&state, &unreadable).await;
        }
    };
    let upload = Upload {
        kind: form.kind.clone(),
        file_name: form.file_name,
        content: form.content,
    };
    let result = attachments::attach(
        &state.services,
        &signed_in.principal,
        &client.meta,
        exchange_id,
        upload,
    )
    .await;
    match result {
        Ok(_) => Redirect::to(&format!(
            "/exchanges/{exchange_id}/attachments?notice=added"
        ))
        .into_response(),
        Err(DomainError::Validation(fields)) => {
            let refused = Outcome::Refused {
                fields,
                kind: &form.kind,
            };
            files_page(&state, &signed_in, exchange_id, refused).await
        }
        Err(error) => signed_in.refusal(&state, &error).await,
    }
}

#[derive(Deserialize)]
struct NoFields {}

async fn remove(
    State(state): State<AppState>,
    Path((id, attachment_id)): Path<(String, String)>,
    sent: SignedForm<NoFields>,
) -> Response {
    let SignedForm {
        signed_in, client, ..
    } = sent;
    let (Some(exchange_id), Some(attachment_id)) = (parse_id(&id), parse_id(&attachment_id)) else {
        return no_such_page(&state, &signed_in).await;
    };
    match attachments::remove(
        &state.services,
        &signed_in.principal,
        &client.meta,
        exchange_id,
        attachment_id,
    )
    .await
    {
        Ok(()) => Redirect::to(&format!(
            "/exchanges/{exchange_id}/attachments?notice=removed"
        ))
        .into_response(),
        Err(error) => signed_in.refusal(&state, &error).await,
    }
}

async fn download(
    State(state): State<AppState>,
    signed_in: SignedIn,
    client: Client,
    Path((id, attachment_id)): Path<(String, String)>,
) -> Response {
    let (Some(exchange_id), Some(attachment_id)) = (parse_id(&id), parse_id(&attachment_id)) else {
        return no_such_page(&state, &signed_in).await;
    };
    let file = match attachments::download(
        &state.services,
        &signed_in.principal,
        &client.meta,
        exchange_id,
        attachment_id,
    )
    .await
    {
        Ok(file) => file,
        Err(error) => return signed_in.refusal(&state, &error).await,
    };
    let content_type = FileType::from_code(&file.media_type)
        .map_or("application/octet-stream", FileType::content_type);
    let disposition = HeaderValue::from_str(&content_disposition(&file.file_name))
        .unwrap_or(HeaderValue::from_static("attachment"));
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (header::CONTENT_DISPOSITION, disposition),
            (
                header::X_CONTENT_TYPE_OPTIONS,
                HeaderValue::from_static("nosniff"),
            ),
        ],
        file.content,
    )
        .into_response()
}

/// `attachment` with the name twice: plain ASCII for old clients (`filename`, every other
/// character an underscore) and UTF-8 percent-encoded (`filename*`, RFC 6266 and 8187), so
/// that `Riskbedömning.pdf` keeps its ö and no name can break out of the header.
pub fn content_disposition(file_name: &str) -> String {
    let ascii: String = file_name
        .chars()
        .map(|c| {
            if (c.is_ascii_graphic() && c != '"' && c != '\\') || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded: String = file_name
        .bytes()
        .map(|byte| {
            if byte.is_ascii_alphanumeric() || b"!#$&+-.^_`|~".contains(&byte) {
                (byte as char).to_string()
            } else {
                format!("%{byte:02X}")
            }
        })
        .collect();
    format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}

#[derive(Template)]
#[template(path = "web/error.html")]
struct TooLargePage {
    page: Page,
    text: String,
    error_id: Option<String>,
}

/// The page for an upload over the route's body limit.
fn too_large(settings: &Settings, locale: Locale) -> Response {
    let page = Page::signed_out(locale, "attachments-too-large-title");
    let text = page.t1(
        "attachments-too-large-text",
        "megabytes",
        settings.attachments.max_bytes.div_ceil(1024 * 1024),
    );
    render(
        StatusCode::PAYLOAD_TOO_LARGE,
        &TooLargePage {
            page,
            text,
            error_id: None,
        },
    )
}

/// Turns the body limit's bare 413 into the page that says how large a file may be.
async fn too_large_page(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let (mut parts, body) = request.into_parts();
    let Ok(client) = Client::from_request_parts(&mut parts, &state).await;
    let headers = parts.headers.clone();
    let response = next.run(Request::from_parts(parts, body)).await;
    if response.status() == StatusCode::PAYLOAD_TOO_LARGE {
        // In the signed-in person's language, as the page they sent the file from.
        let locale = match session::signed_in(&headers, &state).await {
            Ok(Some(person)) => person.locale(&state).await,
            _ => client.language,
        };
        return too_large(&state.settings, locale);
    }
    response
}

/// The name of every kind of attachment (see `catalogue_keys`).
#[cfg(test)]
pub(super) fn dynamic_keys() -> Vec<String> {
    AttachmentKind::ALL
        .iter()
        .map(|kind| format!("attachment-kind-{}", kind.code()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_download_keeps_its_name_safely() {
        let cases = [
            (
                "Program.pdf",
                "attachment; filename=\"Program.pdf\"; filename*=UTF-8''Program.pdf",
            ),
            (
                "Riskbedömning Växjö.pdf",
                "attachment; filename=\"Riskbed_mning V_xj_.pdf\"; \
                 filename*=UTF-8''Riskbed%C3%B6mning%20V%C3%A4xj%C3%B6.pdf",
            ),
            (
                "a\"b\\c;d.txt",
                "attachment; filename=\"a_b_c;d.txt\"; filename*=UTF-8''a%22b%5Cc%3Bd.txt",
            ),
        ];
        for (name, expected) in cases {
            assert_eq!(content_disposition(name), expected, "{name}");
            assert!(HeaderValue::from_str(expected).is_ok());
        }
    }

    #[test]
    fn the_title_is_in_the_readers_language_when_it_has_one() {
        let titles = serde_json::json!({ "sv": "Vecka i Lyon", "en": "A week in Lyon" });
        assert_eq!(title_in(&titles, Locale::En), "A week in Lyon");
        assert_eq!(title_in(&titles, Locale::Sv), "Vecka i Lyon");
        let only_swedish = serde_json::json!({ "sv": "Vecka i Lyon" });
        assert_eq!(title_in(&only_swedish, Locale::En), "Vecka i Lyon");
        assert_eq!(title_in(&serde_json::json!({}), Locale::En), "");
    }
}
