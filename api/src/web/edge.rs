//! What every route knows about the request it answers: from which address, with which
//! browser, in which language. One extractor, so that every route (GraphQL, its WebSocket,
//! the account and consent pages) honours `APP_TRUST_FORWARDED_FOR` the same way.
use std::{convert::Infallible, net::SocketAddr};

use axum::{
    extract::{ConnectInfo, FromRequestParts},
    http::{HeaderMap, header, request::Parts},
};
use utbyte_domain::{RequestMeta, types::Locale};

use crate::app::AppState;

pub const REQUEST_ID: &str = "x-request-id";

/// The request's metadata, as the domain services and the pages need it.
pub struct Client {
    pub meta: RequestMeta,
    pub user_agent: Option<String>,
    /// The supported language the browser prefers most (`Accept-Language`), else English.
    pub language: Locale,
}

impl Client {
    /// The language asked for by `?lang=` (or a form's hidden `lang`) when it is one we
    /// speak, else the browser's.
    pub fn language_or(&self, lang: Option<&str>) -> Locale {
        lang.and_then(|lang| Locale::parse("lang", lang).ok())
            .unwrap_or(self.language)
    }
}

impl FromRequestParts<AppState> for Client {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Infallible> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|ConnectInfo(peer)| *peer);
        let headers = &parts.headers;
        let forwarded = state
            .settings
            .trust_forwarded_for
            .then(|| forwarded_for(headers))
            .flatten();
        Ok(Client {
            meta: RequestMeta {
                request_id: header_text(headers, REQUEST_ID).map(str::to_owned),
                client_ip: forwarded.or(peer.map(|peer| peer.ip())),
            },
            user_agent: header_text(headers, header::USER_AGENT.as_str())
                .map(|agent| agent.chars().take(512).collect()),
            language: browser_language(headers),
        })
    }
}

fn header_text<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

/// The proxy appends the address it saw: the last entry is the one it vouches for.
fn forwarded_for(headers: &HeaderMap) -> Option<std::net::IpAddr> {
    header_text(headers, "x-forwarded-for")?
        .rsplit(',')
        .next()?
        .trim()
        .parse()
        .ok()
}

/// The supported language the browser prefers most (`Accept-Language`, by quality), or
/// English.
pub(super) fn browser_language(headers: &HeaderMap) -> Locale {
    let Some(accepted) = header_text(headers, header::ACCEPT_LANGUAGE.as_str()) else {
        return Locale::default();
    };
    let mut best: Option<(f32, Locale)> = None;
    for entry in accepted.split(',') {
        let mut parts = entry.split(';');
        let tag = parts.next().unwrap_or_default();
        let quality = parts
            .find_map(|part| part.trim().strip_prefix("q="))
            .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())
            .unwrap_or(0.0);
        if let Some(locale) = Locale::for_tag(tag)
            && quality > 0.0
            && best.is_none_or(|(best_quality, _)| quality > best_quality)
        {
            best = Some((quality, locale));
        }
    }
    best.map_or_else(Locale::default, |(_, locale)| locale)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        pairs
            .iter()
            .map(|(name, value)| {
                (
                    header::HeaderName::from_static(name),
                    value.parse().unwrap(),
                )
            })
            .collect()
    }

    /// Request headers, and the client address expected from them.
    type Case<'a> = (&'a [(&'a str, &'a str)], Option<&'a str>);

    #[test]
    fn forwarded_addresses() {
        let cases: [Case; 5] = [
            (&[], None),
            (&[("x-forwarded-for", "10.0.0.7")], Some("10.0.0.7")),
            (
                &[("x-forwarded-for", "1.2.3.4, 10.0.0.7")],
                Some("10.0.0.7"),
            ),
            (&[("x-forwarded-for", "10.0.0.7, nonsense")], None),
            (&[("x-forwarded-for", "2001:db8::1")], Some("2001:db8::1")),
        ];
        for (pairs, expected) in cases {
            let expected = expected.map(|ip| ip.parse().unwrap());
            assert_eq!(forwarded_for(&headers(pairs)), expected, "{pairs:?}");
        }
    }

    #[test]
    fn browser_languages() {
        let cases: [(&[(&str, &str)], Locale); 8] = [
            (&[], Locale::En),
            (&[("accept-language", "sv-SE,sv;q=0.9")], Locale::Sv),
            (&[("accept-language", "de, sv;q=0.5")], Locale::De),
            (&[("accept-language", "fr, sv;q=0.5")], Locale::Sv),
            (&[("accept-language", "fr-FR, fr;q=0.9")], Locale::En),
            (&[("accept-language", "en;q=0.4, so;q=0.8, ar")], Locale::Ar),
            (&[("accept-language", "nb-NO;q=0, uk;q=0.1")], Locale::Uk),
            (&[("accept-language", " SV")], Locale::Sv),
        ];
        for (pairs, expected) in cases {
            assert_eq!(browser_language(&headers(pairs)), expected, "{pairs:?}");
        }
    }
}
