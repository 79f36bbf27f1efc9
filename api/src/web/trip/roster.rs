//! The roster of everyone holding a place, as a printable page and as a CSV download, and one
//! participant's medical information: only for the exchange's leaders and coordinators, and
//! every read is an audit event (written by the domain service).
use askama::Template;
use axum::{
    extract::{Path, State},
    http::{StatusCode, header},
    response::{IntoResponse, Response},
};
use utbyte_domain::{
    DomainError,
    csv_files::CsvForm,
    registrations::{
        registering,
        sensitive::{self, EmergencyContact, MedicalUnion, RosterRow},
    },
};

use super::Trip;
use crate::{
    app::AppState,
    web::{
        edge::Client,
        pages::{Page, render},
        session::SignedIn,
    },
};

#[derive(Template)]
#[template(path = "web/trip_roster.html")]
struct RosterPage {
    page: Page,
    exchange_id: String,
    rows: Vec<RosterRow>,
}

fn contacts(list: &[EmergencyContact]) -> String {
    list.iter()
        .map(|c| format!("{} ({}) {}", c.name, c.relation, c.phone))
        .collect::<Vec<_>>()
        .join("; ")
}

impl RosterPage {
    fn state(&self, row: &RosterRow) -> String {
        self.page.t(&format!(
            "trip-state-{}",
            row.state.code().replace('_', "-")
        ))
    }

    fn contacts(&self, row: &RosterRow) -> String {
        contacts(&row.emergency_contacts)
    }
}

pub async fn page(
    State(state): State<AppState>,
    signed_in: SignedIn,
    client: Client,
    Path(id): Path<String>,
) -> Response {
    let trip = match Trip::open(&state, &signed_in, &id, "trip-roster-title").await {
        Ok(trip) => trip,
        Err(response) => return response,
    };
    let exchange = trip.exchange.id;
    match sensitive::roster(
        &state.services,
        &signed_in.principal,
        &client.meta,
        exchange,
    )
    .await
    {
        Ok(rows) => render(
            StatusCode::OK,
            &RosterPage {
                page: trip.page,
                exchange_id: exchange.to_string(),
                rows,
            },
        ),
        Err(error) => trip.refused(&error),
    }
}

pub async fn csv(
    State(state): State<AppState>,
    signed_in: SignedIn,
    client: Client,
    Path(id): Path<String>,
) -> Response {
    let trip = match Trip::open(&state, &signed_in, &id, "trip-roster-title").await {
        Ok(trip) => trip,
        Err(response) => return response,
    };
    let exchange = trip.exchange.id;
    // The download is for people: a spreadsheet in the reader's language.
    match sensitive::roster_csv(
        &state.services,
        &signed_in.principal,
        &client.meta,
        exchange,
        CsvForm::Spreadsheet(trip.page.locale),
    )
    .await
    {
        Ok(text) => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
                (
                    header::CONTENT_DISPOSITION,
                    format!("attachment; filename=\"roster-{exchange}.csv\""),
                ),
            ],
            text,
        )
            .into_response(),
        Err(error) => trip.refused(&error),
    }
}

#[derive(Template)]
#[template(path = "web/trip_medical.html")]
struct MedicalPage {
    page: Page,
    exchange_id: String,
    participant: String,
    medical: Option<MedicalUnion>,
    contacts: String,
    updated_at: String,
    /// (given by, when) of each guardian's form, oldest first.
    statements: Vec<(String, String)>,
}

pub async fn medical(
    State(state): State<AppState>,
    signed_in: SignedIn,
    client: Client,
    Path((id, registration)): Path<(String, String)>,
) -> Response {
    let trip = match Trip::open(&state, &signed_in, &id, "trip-medical-title").await {
        Ok(trip) => trip,
        Err(response) => return response,
    };
    let Ok(registration) = registration.parse() else {
        return trip.refused(&DomainError::NotFound("registration"));
    };
    let record = match sensitive::medical_information(
        &state.services,
        &signed_in.principal,
        &client.meta,
        registration,
    )
    .await
    {
        Ok(record) => record,
        Err(error) => return trip.refused(&error),
    };
    // Read after the medical information, which decides who may and records the read.
    let participant = match registering::registration(
        &state.services,
        &signed_in.principal,
        registration,
    )
    .await
    {
        Ok(view) => view.youth.display_name,
        Err(error) => return trip.refused(&error),
    };
    let unknown = trip.page.t("trip-medical-given-by-unknown");
    let statements = record
        .as_ref()
        .map(|record| {
            record
                .statements
                .iter()
                .map(|(statement, name)| {
                    (
                        name.clone().unwrap_or_else(|| unknown.clone()),
                        trip.page.date_time(statement.updated_at),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let medical = record.map(|record| record.union);
    render(
        StatusCode::OK,
        &MedicalPage {
            contacts: medical
                .as_ref()
                .map(|m| contacts(&m.emergency_contacts))
                .unwrap_or_default(),
            updated_at: medical
                .as_ref()
                .map(|m| trip.page.date_time(m.updated_at))
                .unwrap_or_default(),
            page: trip.page,
            exchange_id: trip.exchange.id.to_string(),
            participant,
            medical,
            statements,
        },
    )
}
