//! Demo data for `utbyte seed demo`: the municipalities Jönköping and Nässjö with the
//! partnerships named in their international strategies (Jönköping: KF 2018-11-22 § 276;
//! Nässjö: KF 2023-09-28 § 154), the partner towns at their real coordinates, and clearly
//! fictional schools, youth groups and partner organisations, open partner requests and a few
//! completed exchanges, so that partner matching can be tried.
//!
//! Every row has a deterministic id derived from a stable key (see [`id`]) and every insert
//! leaves an existing row alone, so running the seed again writes nothing. Seed data goes
//! through the same checks as user input.
use std::collections::HashMap;

use chrono::NaiveDate;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::{
    db::begin_write,
    directory::{
        ledger::insert_completed,
        organisations::{AvailabilityInput, OrganisationInput, insert_organisation, parse_profile},
        partnerships::{Ending, NewPartnership, insert_partnership},
        places::{TownInput, insert_municipality, insert_town, parse_town},
        requests::{PartnerRequestInput, insert_request, parse_request},
        types::{
            Accreditation, AvailabilityMode, DateRange, Direction, OrganisationKind,
            PartnershipKind, Theme, parse_name, parse_text,
        },
    },
    entities::municipalities,
    error::{Checks, DomainError, DomainResult, FieldError},
};

/// Gives a seeded partnership the history a recorded one has: created, and ended if it has.
async fn record_partnership_history(
    txn: &impl sea_orm::ConnectionTrait,
    id: Uuid,
    partnership: &NewPartnership,
) -> DomainResult<()> {
    let meta = crate::RequestMeta::default();
    crate::audit::record(
        txn,
        &meta,
        crate::audit::AuditEvent {
            actor_id: None,
            action: "partnership_created",
            subject_type: "partnership",
            subject_id: Some(id),
            details: serde_json::json!({
                "municipality_id": partnership.municipality_id,
                "town_id": partnership.town_id,
                "kind": partnership.kind.code(),
                "binding": partnership.binding,
                "source": "seed demo",
            }),
        },
    )
    .await?;
    if let Some(ending) = &partnership.ended {
        crate::audit::record(
            txn,
            &meta,
            crate::audit::AuditEvent {
                actor_id: None,
                action: "partnership_ended",
                subject_type: "partnership",
                subject_id: Some(id),
                details: serde_json::json!({
                    "ended_on": ending.on,
                    "reason": ending.reason,
                    "decided_by": ending.decided_by,
                    "source": "seed demo",
                }),
            },
        )
        .await?;
    }
    Ok(())
}

/// What `seed demo` wrote this time (all zero on a second run).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct SeedReport {
    pub towns: usize,
    pub municipalities: usize,
    pub partnerships: usize,
    pub organisations: usize,
    pub requests: usize,
    pub completed_exchanges: usize,
}

/// The namespace every seed id is derived in. Never change it: ids of seeded rows follow it.
pub const NAMESPACE: Uuid = Uuid::from_u128(0x2f6c_1d8e_4b7a_4c3e_9a51_7e0d_b3c4_f8a2);

/// The id of a seeded row, from its key, e.g. `town:bodo`, `municipality:jonkoping`,
/// `partnership:jonkoping:bodo`, `organisation:jonkoping-exempelskolan`,
/// `request:jonkoping-exempelskolan-climate`, `exchange:kuopio-at-jonkoping-2025`.
///
/// A name-based UUID as in RFC 9562 appendix B.2: the first 16 bytes of
/// SHA-256(namespace ‖ key), with version 8 and the RFC variant set. (The build has no SHA-1,
/// so not `Uuid::new_v5`; use this function to find seeded rows.)
pub fn id(key: &str) -> Uuid {
    let digest = Sha256::new()
        .chain_update(NAMESPACE.as_bytes())
        .chain_update(key.as_bytes())
        .finalize();
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    uuid::Builder::from_custom_bytes(bytes).into_uuid()
}

pub fn town_id(key: &str) -> Uuid {
    id(&format!("town:{key}"))
}

pub fn municipality_id(key: &str) -> Uuid {
    id(&format!("municipality:{key}"))
}

pub fn partnership_id(municipality: &str, town: &str) -> Uuid {
    id(&format!("partnership:{municipality}:{town}"))
}

pub fn organisation_id(key: &str) -> Uuid {
    id(&format!("organisation:{key}"))
}

pub fn request_id(key: &str) -> Uuid {
    id(&format!("request:{key}"))
}

pub fn exchange_id(key: &str) -> Uuid {
    id(&format!("exchange:{key}"))
}

/// A date in a constant; an impossible date fails the build.
const fn day(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(date) => date,
        None => panic!("invalid date in seed data"),
    }
}

// ---------------------------------------------------------------------------------------------
// Places
// ---------------------------------------------------------------------------------------------

struct MunicipalitySeed {
    key: &'static str,
    name: &'static str,
    region: &'static str,
    latitude: f64,
    longitude: f64,
    forbids_new_twin_towns: bool,
}

const MUNICIPALITIES: &[MunicipalitySeed] = &[
    MunicipalitySeed {
        key: "jonkoping",
        name: "Jönköping",
        region: "Jönköping County",
        latitude: 57.7826,
        longitude: 14.1618,
        // "Nya vänortsavtal träffas inte." (Jönköping's strategy, 2018)
        forbids_new_twin_towns: true,
    },
    MunicipalitySeed {
        key: "nassjo",
        name: "Nässjö",
        region: "Jönköping County",
        latitude: 57.6531,
        longitude: 14.6968,
        forbids_new_twin_towns: false,
    },
];

impl MunicipalitySeed {
    fn town(&self) -> TownInput {
        TownInput {
            local_name: self.name.to_owned(),
            english_name: None,
            country: "SE".to_owned(),
            region: Some(self.region.to_owned()),
            latitude: self.latitude,
            longitude: self.longitude,
            languages: vec!["sv".to_owned()],
        }
    }
}

struct TownSeed {
    key: &'static str,
    local_name: &'static str,
    english_name: &'static str,
    country: &'static str,
    region: Option<&'static str>,
    latitude: f64,
    longitude: f64,
    languages: &'static [&'static str],
}

impl TownSeed {
    fn input(&self) -> TownInput {
        TownInput {
            local_name: self.local_name.to_owned(),
            english_name: Some(self.english_name.to_owned()),
            country: self.country.to_owned(),
            region: self.region.map(str::to_owned),
            latitude: self.latitude,
            longitude: self.longitude,
            languages: self.languages.iter().map(|l| (*l).to_owned()).collect(),
        }
    }
}

/// The partner towns named in the two strategies.
const PARTNER_TOWNS: &[TownSeed] = &[
    TownSeed {
        key: "bodo",
        local_name: "Bodø",
        english_name: "Bodø",
        country: "NO",
        region: Some("Nordland"),
        latitude: 67.2804,
        longitude: 14.4049,
        languages: &["nb", "no"],
    },
    TownSeed {
        key: "kuopio",
        local_name: "Kuopio",
        english_name: "Kuopio",
        country: "FI",
        region: Some("North Savo"),
        latitude: 62.8924,
        longitude: 27.6770,
        languages: &["fi"],
    },
    TownSeed {
        key: "svendborg",
        local_name: "Svendborg",
        english_name: "Svendborg",
        country: "DK",
        region: Some("Region of Southern Denmark"),
        latitude: 55.0598,
        longitude: 10.6068,
        languages: &["da"],
    },
    // A county, placed at its seat Rakvere.
    TownSeed {
        key: "laane-viru",
        local_name: "Lääne-Virumaa",
        english_name: "Lääne-Viru County",
        country: "EE",
        region: Some("Lääne-Viru"),
        latitude: 59.3464,
        longitude: 26.3558,
        languages: &["et"],
    },
    TownSeed {
        key: "tianjin",
        local_name: "天津",
        english_name: "Tianjin",
        country: "CN",
        region: None,
        latitude: 39.1336,
        longitude: 117.2054,
        languages: &["zh"],
    },
    TownSeed {
        key: "gorzow",
        local_name: "Gorzów Wielkopolski",
        english_name: "Gorzów Wielkopolski",
        country: "PL",
        region: Some("Lubusz"),
        latitude: 52.7368,
        longitude: 15.2288,
        languages: &["pl"],
    },
    TownSeed {
        key: "graz",
        local_name: "Graz",
        english_name: "Graz",
        country: "AT",
        region: Some("Styria"),
        latitude: 47.0707,
        longitude: 15.4395,
        languages: &["de"],
    },
    TownSeed {
        key: "bronderslev",
        local_name: "Brønderslev",
        english_name: "Brønderslev",
        country: "DK",
        region: Some("North Jutland"),
        latitude: 57.2702,
        longitude: 9.9410,
        languages: &["da"],
    },
    // The former municipality, placed at its centre Mysen; part of Indre Østfold today.
    TownSeed {
        key: "eidsberg",
        local_name: "Eidsberg",
        english_name: "Eidsberg",
        country: "NO",
        region: Some("Østfold"),
        latitude: 59.5535,
        longitude: 11.3265,
        languages: &["nb", "no"],
    },
];

// ---------------------------------------------------------------------------------------------
// Partnerships
// ---------------------------------------------------------------------------------------------

struct EndingSeed {
    on: NaiveDate,
    reason: &'static str,
    decided_by: Option<&'static str>,
}

struct PartnershipSeed {
    municipality: &'static str,
    town: &'static str,
    kind: PartnershipKind,
    binding: bool,
    started_on: Option<NaiveDate>,
    decided_by: Option<&'static str>,
    notes: &'static str,
    ended: Option<EndingSeed>,
}

const JONKOPING_TWIN_TOWN: &str = "Twin town (vänort) named in Jönköping's international strategy \
    (KF 2018-11-22 § 276). The strategy states that no new twin-town agreements are made, and \
    that the council presidium is responsible for the twin-town cooperation.";

const NASSJO_END_REASON: &str = "Nässjö's executive board (Kommunstyrelsen) decided on \
    2022-08-17 to end the current twin-town set-up. Eidsberg has, together with four other \
    municipalities, been part of Indre Østfold since 1 January 2021 (as the strategy gives it), \
    and in spring 2022 Indre Østfold announced that it wanted to end all twin-town relations \
    the five municipalities had brought into the new municipality. The relationship between the \
    three twin towns had been very good, but the outcome of the cooperation had become smaller \
    and smaller over the years.";

const PARTNERSHIPS: &[PartnershipSeed] = &[
    PartnershipSeed {
        municipality: "jonkoping",
        town: "bodo",
        kind: PartnershipKind::TwinTown,
        binding: true,
        started_on: None,
        decided_by: None,
        notes: JONKOPING_TWIN_TOWN,
        ended: None,
    },
    PartnershipSeed {
        municipality: "jonkoping",
        town: "kuopio",
        kind: PartnershipKind::TwinTown,
        binding: true,
        started_on: None,
        decided_by: None,
        notes: JONKOPING_TWIN_TOWN,
        ended: None,
    },
    PartnershipSeed {
        municipality: "jonkoping",
        town: "svendborg",
        kind: PartnershipKind::TwinTown,
        binding: true,
        started_on: None,
        decided_by: None,
        notes: JONKOPING_TWIN_TOWN,
        ended: None,
    },
    PartnershipSeed {
        municipality: "jonkoping",
        town: "laane-viru",
        kind: PartnershipKind::TwinTown,
        binding: true,
        started_on: None,
        decided_by: None,
        notes: "Twin town (vänort) named in Jönköping's international strategy \
            (KF 2018-11-22 § 276) as Väst-Virumaa län (Estonia), i.e. Lääne-Viru County; placed \
            at its county seat Rakvere. The strategy states that no new twin-town agreements are \
            made, and that the council presidium is responsible for the twin-town cooperation.",
        ended: None,
    },
    PartnershipSeed {
        municipality: "jonkoping",
        town: "tianjin",
        kind: PartnershipKind::Cooperation,
        binding: false,
        started_on: None,
        decided_by: None,
        notes: "Named in Jönköping's international strategy (KF 2018-11-22 § 276): the executive \
            board (Kommunstyrelsen) is responsible for the established contacts with Tianjin \
            (China). Not a twin-town agreement.",
        ended: None,
    },
    PartnershipSeed {
        municipality: "jonkoping",
        town: "gorzow",
        kind: PartnershipKind::Cooperation,
        binding: false,
        started_on: None,
        decided_by: None,
        notes: "Cooperation agreement (samarbetsavtal) with Gorzów Wielkopolski (Poland), named \
            in Jönköping's international strategy (KF 2018-11-22 § 276).",
        ended: None,
    },
    PartnershipSeed {
        municipality: "jonkoping",
        town: "graz",
        kind: PartnershipKind::Cooperation,
        binding: false,
        started_on: None,
        decided_by: None,
        notes: "Earlier exchange: Jönköping's international strategy (KF 2018-11-22 § 276) says \
            that exchange has taken place with Graz (Austria) earlier. Recorded as an ended \
            cooperation.",
        ended: Some(EndingSeed {
            on: day(2018, 11, 22),
            reason: "Listed as an earlier exchange in the 2018 strategy. The exact end date is \
                not recorded; the strategy's adoption date (2018-11-22) is used.",
            decided_by: None,
        }),
    },
    PartnershipSeed {
        municipality: "nassjo",
        town: "bronderslev",
        kind: PartnershipKind::TwinTown,
        binding: true,
        started_on: None,
        decided_by: None,
        notes: "Twin-town cooperation with Brønderslev (Denmark) since the 1950s (no exact start \
            date given), named in Nässjö's international strategy (KF 2023-09-28 § 154). It grew \
            out of the Second World War and the need for peace-building relations between the \
            countries.",
        ended: Some(EndingSeed {
            on: day(2022, 8, 17),
            reason: NASSJO_END_REASON,
            decided_by: Some("Kommunstyrelsen"),
        }),
    },
    PartnershipSeed {
        municipality: "nassjo",
        town: "eidsberg",
        kind: PartnershipKind::TwinTown,
        binding: true,
        started_on: None,
        decided_by: None,
        notes: "Twin-town cooperation with Eidsberg (Norway) since the 1950s (no exact start date \
            given), named in Nässjö's international strategy (KF 2023-09-28 § 154). It grew out \
            of the Second World War and the need for peace-building relations between the \
            countries. Eidsberg is now part of Indre Østfold; the strategy dates the merger to \
            1 January 2021, while the Norwegian municipal reform took effect on 1 January 2020.",
        ended: Some(EndingSeed {
            on: day(2022, 8, 17),
            reason: NASSJO_END_REASON,
            decided_by: Some("Kommunstyrelsen"),
        }),
    },
];

// ---------------------------------------------------------------------------------------------
// Organisations (all fictional)
// ---------------------------------------------------------------------------------------------

struct OrganisationSeed {
    key: &'static str,
    town: &'static str,
    name: &'static str,
    kind: OrganisationKind,
    address: &'static str,
    /// (language, text); Swedish and English at home, the local language and English abroad.
    descriptions: &'static [(&'static str, &'static str)],
    ages: (i32, i32),
    languages: &'static [&'static str],
    themes: &'static [Theme],
    sdgs: &'static [i32],
    group_size: Option<i32>,
    hosting_capacity: i32,
    host_places: i32,
    availability: &'static [(NaiveDate, NaiveDate, AvailabilityMode)],
    accessibility_notes: Option<&'static str>,
    oid: Option<&'static str>,
    accreditation: Option<Accreditation>,
}

impl OrganisationSeed {
    fn input(&self, town_id: Uuid) -> OrganisationInput {
        OrganisationInput {
            name: self.name.to_owned(),
            kind: self.kind,
            town_id: town_id.to_string(),
            address: Some(self.address.to_owned()),
            latitude: None,
            longitude: None,
            descriptions: self
                .descriptions
                .iter()
                .map(|(language, text)| ((*language).to_owned(), (*text).to_owned()))
                .collect(),
            age_min: self.ages.0,
            age_max: self.ages.1,
            working_languages: self.languages.iter().map(|l| (*l).to_owned()).collect(),
            themes: self.themes.to_vec(),
            sdgs: self.sdgs.to_vec(),
            typical_group_size: self.group_size,
            hosting_capacity: self.hosting_capacity,
            host_places: self.host_places,
            availability: self
                .availability
                .iter()
                .map(|(from, to, mode)| AvailabilityInput {
                    from: *from,
                    to: *to,
                    mode: *mode,
                })
                .collect(),
            accessibility_notes: self.accessibility_notes.map(str::to_owned),
            oid: self.oid.map(str::to_owned),
            accreditation: self.accreditation,
        }
    }
}

use AvailabilityMode::{Both, Host, Travel};
use OrganisationKind as Kind;

const ORGANISATIONS: &[OrganisationSeed] = &[
    // Jönköping
    OrganisationSeed {
        key: "jonkoping-exempelskolan",
        town: "jonkoping",
        name: "Exempelskolan Jönköping (fictional)",
        kind: Kind::School,
        address: "Exempelgatan 1, Jönköping",
        descriptions: &[
            (
                "sv",
                "Påhittad grundskola (åk 7–9) för demonstration av Utbyte. Vi arbetar med klimat, naturvetenskap och demokrati.",
            ),
            (
                "en",
                "Fictional lower secondary school (years 7–9) for demonstrating Utbyte. We work on climate, science and democracy.",
            ),
        ],
        ages: (13, 16),
        languages: &["sv", "en"],
        themes: &[
            Theme::School,
            Theme::EnvironmentAndClimate,
            Theme::Science,
            Theme::DemocracyAndParticipation,
        ],
        sdgs: &[4, 13],
        group_size: Some(24),
        hosting_capacity: 30,
        host_places: 2,
        availability: &[
            (day(2027, 3, 1), day(2027, 5, 31), Host),
            (day(2027, 9, 1), day(2027, 11, 30), Travel),
        ],
        accessibility_notes: Some("Step-free entrance and a lift to every floor (fictional)."),
        oid: Some("E99000001"),
        accreditation: Some(Accreditation::School),
    },
    OrganisationSeed {
        key: "jonkoping-demogymnasiet",
        town: "jonkoping",
        name: "Demogymnasiet Jönköping (fictional)",
        kind: Kind::School,
        address: "Exempelgatan 2, Jönköping",
        descriptions: &[
            (
                "sv",
                "Påhittat gymnasium med teknik- och ekonomiprogram, för demonstration av Utbyte.",
            ),
            (
                "en",
                "Fictional upper secondary school with technology and business programmes, for demonstrating Utbyte.",
            ),
        ],
        ages: (16, 19),
        languages: &["sv", "en", "de"],
        themes: &[
            Theme::Entrepreneurship,
            Theme::DigitalSkills,
            Theme::Science,
            Theme::Media,
        ],
        sdgs: &[4, 8, 9],
        group_size: Some(20),
        hosting_capacity: 25,
        host_places: 1,
        availability: &[(day(2027, 2, 1), day(2027, 6, 10), Both)],
        accessibility_notes: None,
        oid: Some("E99000002"),
        accreditation: Some(Accreditation::School),
    },
    OrganisationSeed {
        key: "jonkoping-youth-council",
        town: "jonkoping",
        name: "Demo Youth Council Jönköping (fictional)",
        kind: Kind::YouthGroup,
        address: "Exempelgatan 3, Jönköping",
        descriptions: &[
            (
                "sv",
                "Påhittat ungdomsråd där unga påverkar kommunens beslut, för demonstration av Utbyte.",
            ),
            (
                "en",
                "Fictional youth council where young people influence municipal decisions, for demonstrating Utbyte.",
            ),
        ],
        ages: (15, 25),
        languages: &["sv", "en"],
        themes: &[
            Theme::DemocracyAndParticipation,
            Theme::HumanRights,
            Theme::GenderEquality,
            Theme::Inclusion,
        ],
        sdgs: &[5, 10, 16],
        group_size: Some(12),
        hosting_capacity: 15,
        host_places: 1,
        availability: &[(day(2027, 4, 1), day(2027, 10, 31), Both)],
        accessibility_notes: None,
        oid: Some("E99000003"),
        accreditation: Some(Accreditation::Youth),
    },
    OrganisationSeed {
        key: "jonkoping-exempel-if",
        town: "jonkoping",
        name: "Exempel IF Jönköping (fictional)",
        kind: Kind::SportsClub,
        address: "Exempelvägen 4, Jönköping",
        descriptions: &[
            (
                "sv",
                "Påhittad idrottsförening med fotboll och friidrott för unga, för demonstration av Utbyte.",
            ),
            (
                "en",
                "Fictional sports club with football and athletics for young people, for demonstrating Utbyte.",
            ),
        ],
        ages: (12, 17),
        languages: &["sv", "en"],
        themes: &[Theme::Sport, Theme::Health, Theme::Inclusion],
        sdgs: &[3, 10],
        group_size: Some(22),
        hosting_capacity: 40,
        host_places: 2,
        availability: &[
            (day(2027, 6, 14), day(2027, 8, 15), Host),
            (day(2027, 10, 25), day(2027, 11, 7), Travel),
        ],
        accessibility_notes: None,
        oid: None,
        accreditation: None,
    },
    OrganisationSeed {
        key: "jonkoping-culture-house",
        town: "jonkoping",
        name: "Demo Culture House Jönköping (fictional)",
        kind: Kind::CultureOrganisation,
        address: "Exempeltorget 5, Jönköping",
        descriptions: &[
            (
                "sv",
                "Påhittat kulturhus för unga med musik, bild och film, för demonstration av Utbyte.",
            ),
            (
                "en",
                "Fictional culture house for young people with music, art and film, for demonstrating Utbyte.",
            ),
        ],
        ages: (14, 20),
        languages: &["sv", "en"],
        themes: &[Theme::Music, Theme::Arts, Theme::Culture, Theme::Media],
        sdgs: &[4, 11],
        group_size: Some(16),
        hosting_capacity: 20,
        host_places: 1,
        availability: &[(day(2027, 1, 15), day(2027, 12, 15), Both)],
        accessibility_notes: Some("Hearing loop in the main hall (fictional)."),
        oid: None,
        accreditation: None,
    },
    OrganisationSeed {
        key: "jonkoping-sustainability-ngo",
        town: "jonkoping",
        name: "Exempelföreningen för hållbarhet (fictional)",
        kind: Kind::Ngo,
        address: "Exempelgatan 6, Jönköping",
        descriptions: &[
            (
                "sv",
                "Påhittad ideell förening där unga arbetar för klimat och biologisk mångfald, för demonstration av Utbyte.",
            ),
            (
                "en",
                "Fictional non-profit where young people work for the climate and biodiversity, for demonstrating Utbyte.",
            ),
        ],
        ages: (16, 25),
        languages: &["sv", "en"],
        themes: &[
            Theme::EnvironmentAndClimate,
            Theme::Science,
            Theme::DemocracyAndParticipation,
        ],
        sdgs: &[7, 12, 13, 15],
        group_size: Some(10),
        hosting_capacity: 0,
        host_places: 0,
        availability: &[(day(2027, 5, 1), day(2027, 9, 30), Travel)],
        accessibility_notes: None,
        oid: Some("E99000004"),
        accreditation: None,
    },
    OrganisationSeed {
        key: "jonkoping-demo-university",
        town: "jonkoping",
        name: "Demo University Jönköping (fictional)",
        kind: Kind::University,
        address: "Exempelallén 7, Jönköping",
        descriptions: &[
            (
                "sv",
                "Påhittat lärosäte för demonstration av Utbyte; tar emot studentgrupper inom entreprenörskap och digitalisering.",
            ),
            (
                "en",
                "Fictional university for demonstrating Utbyte; hosts student groups in entrepreneurship and digitalisation.",
            ),
        ],
        ages: (19, 30),
        languages: &["sv", "en"],
        themes: &[
            Theme::Entrepreneurship,
            Theme::DigitalSkills,
            Theme::Science,
            Theme::Health,
        ],
        sdgs: &[4, 8, 9],
        group_size: Some(15),
        hosting_capacity: 30,
        host_places: 2,
        availability: &[
            (day(2027, 1, 18), day(2027, 6, 4), Both),
            (day(2027, 8, 30), day(2027, 12, 17), Both),
        ],
        accessibility_notes: None,
        oid: Some("E99000005"),
        accreditation: None,
    },
    // Nässjö
    OrganisationSeed {
        key: "nassjo-exempelskolan",
        town: "nassjo",
        name: "Exempelskolan Nässjö (fictional)",
        kind: Kind::School,
        address: "Exempelgatan 1, Nässjö",
        descriptions: &[
            (
                "sv",
                "Påhittad grundskola (åk 4–7) för demonstration av Utbyte, med fokus på natur och lokal historia.",
            ),
            (
                "en",
                "Fictional primary school (years 4–7) for demonstrating Utbyte, focusing on nature and local history.",
            ),
        ],
        ages: (10, 13),
        languages: &["sv", "en"],
        themes: &[
            Theme::School,
            Theme::HistoryAndHeritage,
            Theme::EnvironmentAndClimate,
        ],
        sdgs: &[4, 15],
        group_size: Some(20),
        hosting_capacity: 24,
        host_places: 1,
        availability: &[(day(2027, 4, 12), day(2027, 6, 4), Host)],
        accessibility_notes: None,
        oid: Some("E99000006"),
        accreditation: Some(Accreditation::School),
    },
    OrganisationSeed {
        key: "nassjo-youth-club",
        town: "nassjo",
        name: "Demo Youth Club Nässjö (fictional)",
        kind: Kind::YouthGroup,
        address: "Exempelvägen 2, Nässjö",
        descriptions: &[
            (
                "sv",
                "Påhittad fritidsgård för demonstration av Utbyte: musik, idrott och ungas inflytande.",
            ),
            (
                "en",
                "Fictional youth club for demonstrating Utbyte: music, sport and youth participation.",
            ),
        ],
        ages: (13, 17),
        languages: &["sv", "en"],
        themes: &[
            Theme::Inclusion,
            Theme::Sport,
            Theme::Music,
            Theme::DemocracyAndParticipation,
        ],
        sdgs: &[3, 10],
        group_size: Some(12),
        hosting_capacity: 14,
        host_places: 1,
        availability: &[(day(2027, 6, 21), day(2027, 8, 13), Both)],
        accessibility_notes: None,
        oid: None,
        accreditation: None,
    },
    OrganisationSeed {
        key: "nassjo-exempelgymnasiet",
        town: "nassjo",
        name: "Exempelgymnasiet Nässjö (fictional)",
        kind: Kind::School,
        address: "Exempelgatan 3, Nässjö",
        descriptions: &[
            (
                "sv",
                "Påhittat gymnasium för demonstration av Utbyte; reser på studiebesök men tar inte emot grupper.",
            ),
            (
                "en",
                "Fictional upper secondary school for demonstrating Utbyte; travels on study visits but does not host groups.",
            ),
        ],
        ages: (16, 19),
        languages: &["sv", "en"],
        themes: &[Theme::Entrepreneurship, Theme::DigitalSkills, Theme::Media],
        sdgs: &[4, 8, 9],
        group_size: Some(18),
        hosting_capacity: 0,
        host_places: 0,
        availability: &[(day(2027, 9, 6), day(2027, 11, 26), Travel)],
        accessibility_notes: None,
        oid: Some("E99000007"),
        accreditation: None,
    },
    OrganisationSeed {
        key: "nassjo-brass-band",
        town: "nassjo",
        name: "Demo Brass Band Nässjö (fictional)",
        kind: Kind::CultureOrganisation,
        address: "Exempeltorget 4, Nässjö",
        descriptions: &[
            (
                "sv",
                "Påhittad ungdomsorkester (blåsorkester) för demonstration av Utbyte.",
            ),
            ("en", "Fictional youth brass band for demonstrating Utbyte."),
        ],
        ages: (12, 19),
        languages: &["sv", "en"],
        themes: &[Theme::Music, Theme::Culture, Theme::Arts],
        sdgs: &[4],
        group_size: Some(25),
        hosting_capacity: 30,
        host_places: 1,
        availability: &[(day(2027, 5, 1), day(2027, 8, 31), Both)],
        accessibility_notes: None,
        oid: None,
        accreditation: None,
    },
    OrganisationSeed {
        key: "nassjo-floorball",
        town: "nassjo",
        name: "Demo Floorball Club Nässjö (fictional)",
        kind: Kind::SportsClub,
        address: "Exempelvägen 5, Nässjö",
        descriptions: &[
            (
                "sv",
                "Påhittad innebandyklubb med flick- och pojklag, för demonstration av Utbyte.",
            ),
            (
                "en",
                "Fictional floorball club with girls' and boys' teams, for demonstrating Utbyte.",
            ),
        ],
        ages: (13, 18),
        languages: &["sv", "en"],
        themes: &[Theme::Sport, Theme::Health, Theme::GenderEquality],
        sdgs: &[3, 5],
        group_size: Some(16),
        hosting_capacity: 20,
        host_places: 1,
        availability: &[
            (day(2027, 1, 8), day(2027, 3, 31), Host),
            (day(2027, 10, 1), day(2027, 12, 12), Travel),
        ],
        accessibility_notes: None,
        oid: None,
        accreditation: None,
    },
    // Bodø
    OrganisationSeed {
        key: "bodo-youth-club",
        town: "bodo",
        name: "Demo Youth Club Bodø (fictional)",
        kind: Kind::YouthGroup,
        address: "Eksempelveien 1, Bodø",
        descriptions: &[
            (
                "nb",
                "Fiktiv ungdomsklubb i Bodø (demodata). Vi driver med friluftsliv, klima og kultur.",
            ),
            (
                "en",
                "Fictional youth club in Bodø (demo data). Outdoor life, climate and culture.",
            ),
        ],
        ages: (14, 18),
        languages: &["nb", "en"],
        themes: &[
            Theme::EnvironmentAndClimate,
            Theme::Culture,
            Theme::DemocracyAndParticipation,
            Theme::Inclusion,
        ],
        sdgs: &[13, 14, 16],
        group_size: Some(14),
        hosting_capacity: 16,
        host_places: 1,
        availability: &[(day(2027, 3, 1), day(2027, 9, 30), Both)],
        accessibility_notes: None,
        oid: None,
        accreditation: None,
    },
    OrganisationSeed {
        key: "bodo-eksempelskolen",
        town: "bodo",
        name: "Eksempelskolen Bodø (fictional)",
        kind: Kind::School,
        address: "Eksempelveien 2, Bodø",
        descriptions: &[
            (
                "nb",
                "Fiktiv ungdomsskole i Bodø (demodata). Elevene jobber med naturfag og havmiljø.",
            ),
            (
                "en",
                "Fictional lower secondary school in Bodø (demo data). Pupils work on science and the marine environment.",
            ),
        ],
        ages: (13, 16),
        languages: &["nb", "en"],
        themes: &[Theme::School, Theme::Science, Theme::EnvironmentAndClimate],
        sdgs: &[4, 14],
        group_size: Some(22),
        hosting_capacity: 28,
        host_places: 2,
        availability: &[
            (day(2027, 4, 5), day(2027, 6, 18), Travel),
            (day(2027, 9, 13), day(2027, 10, 29), Host),
        ],
        accessibility_notes: None,
        oid: Some("E99000011"),
        accreditation: Some(Accreditation::School),
    },
    // Kuopio
    OrganisationSeed {
        key: "kuopio-esimerkkikoulu",
        town: "kuopio",
        name: "Esimerkkikoulu Kuopio (fictional)",
        kind: Kind::School,
        address: "Esimerkkikatu 1, Kuopio",
        descriptions: &[
            (
                "fi",
                "Kuvitteellinen yläkoulu Kuopiossa (esittelyaineisto). Painotamme luonnontieteitä, digitaitoja ja musiikkia.",
            ),
            (
                "en",
                "Fictional lower secondary school in Kuopio (demo data). Science, digital skills and music.",
            ),
        ],
        ages: (13, 16),
        languages: &["fi", "en", "sv"],
        themes: &[
            Theme::School,
            Theme::Science,
            Theme::DigitalSkills,
            Theme::Music,
        ],
        sdgs: &[4, 9],
        group_size: Some(20),
        hosting_capacity: 26,
        host_places: 2,
        availability: &[(day(2027, 2, 1), day(2027, 5, 28), Both)],
        accessibility_notes: None,
        oid: Some("E99000012"),
        accreditation: Some(Accreditation::School),
    },
    OrganisationSeed {
        key: "kuopio-dance",
        town: "kuopio",
        name: "Demo Dance Collective Kuopio (fictional)",
        kind: Kind::CultureOrganisation,
        address: "Esimerkkikatu 2, Kuopio",
        descriptions: &[
            (
                "fi",
                "Kuvitteellinen nuorten tanssiryhmä Kuopiossa (esittelyaineisto).",
            ),
            (
                "en",
                "Fictional youth dance collective in Kuopio (demo data).",
            ),
        ],
        ages: (15, 22),
        languages: &["fi", "en"],
        themes: &[Theme::Arts, Theme::Music, Theme::Culture],
        sdgs: &[4, 5],
        group_size: Some(12),
        hosting_capacity: 15,
        host_places: 1,
        availability: &[(day(2027, 6, 1), day(2027, 8, 31), Host)],
        accessibility_notes: None,
        oid: None,
        accreditation: None,
    },
    // Svendborg
    OrganisationSeed {
        key: "svendborg-efterskole",
        town: "svendborg",
        name: "Demo Efterskole Svendborg (fictional)",
        kind: Kind::School,
        address: "Eksempelvej 1, Svendborg",
        descriptions: &[
            (
                "da",
                "Fiktiv efterskole i Svendborg (demodata) med fokus på havet, idræt og sundhed.",
            ),
            (
                "en",
                "Fictional boarding school for teenagers in Svendborg (demo data), focusing on the sea, sport and health.",
            ),
        ],
        ages: (14, 17),
        languages: &["da", "en"],
        themes: &[
            Theme::EnvironmentAndClimate,
            Theme::Sport,
            Theme::Culture,
            Theme::Health,
        ],
        sdgs: &[3, 14],
        group_size: Some(24),
        hosting_capacity: 30,
        host_places: 2,
        availability: &[(day(2027, 3, 15), day(2027, 6, 15), Both)],
        accessibility_notes: None,
        oid: None,
        accreditation: None,
    },
    OrganisationSeed {
        key: "svendborg-sailing",
        town: "svendborg",
        name: "Demo Sailing Club Svendborg (fictional)",
        kind: Kind::SportsClub,
        address: "Eksempelvej 2, Svendborg",
        descriptions: &[
            (
                "da",
                "Fiktiv sejlklub i Svendborg (demodata) for unge sejlere.",
            ),
            (
                "en",
                "Fictional sailing club in Svendborg (demo data) for young sailors.",
            ),
        ],
        ages: (12, 18),
        languages: &["da", "en"],
        themes: &[Theme::Sport, Theme::EnvironmentAndClimate, Theme::Health],
        sdgs: &[3, 14],
        group_size: Some(10),
        hosting_capacity: 12,
        host_places: 1,
        availability: &[(day(2027, 6, 28), day(2027, 8, 20), Host)],
        accessibility_notes: None,
        oid: None,
        accreditation: None,
    },
    // Lääne-Viru (Rakvere)
    OrganisationSeed {
        key: "rakvere-naidiskool",
        town: "laane-viru",
        name: "Näidiskool Rakvere (fictional)",
        kind: Kind::School,
        address: "Näidise tänav 1, Rakvere",
        descriptions: &[
            (
                "et",
                "Väljamõeldud põhikool Rakveres (näidisandmed). Teemadeks on ajalugu, digioskused ja demokraatia.",
            ),
            (
                "en",
                "Fictional basic school in Rakvere (demo data). History, digital skills and democracy.",
            ),
        ],
        ages: (13, 17),
        languages: &["et", "en"],
        themes: &[
            Theme::School,
            Theme::HistoryAndHeritage,
            Theme::DigitalSkills,
            Theme::DemocracyAndParticipation,
        ],
        sdgs: &[4, 16],
        group_size: Some(20),
        hosting_capacity: 25,
        host_places: 1,
        availability: &[(day(2027, 2, 15), day(2027, 6, 10), Both)],
        accessibility_notes: None,
        oid: Some("E99000013"),
        accreditation: Some(Accreditation::School),
    },
    OrganisationSeed {
        key: "rakvere-youth-centre",
        town: "laane-viru",
        name: "Demo Youth Centre Rakvere (fictional)",
        kind: Kind::YouthGroup,
        address: "Näidise tänav 2, Rakvere",
        descriptions: &[
            ("et", "Väljamõeldud noortekeskus Rakveres (näidisandmed)."),
            ("en", "Fictional youth centre in Rakvere (demo data)."),
        ],
        ages: (13, 19),
        languages: &["et", "en"],
        themes: &[
            Theme::Inclusion,
            Theme::Media,
            Theme::Entrepreneurship,
            Theme::DemocracyAndParticipation,
        ],
        sdgs: &[8, 10],
        group_size: Some(12),
        hosting_capacity: 15,
        host_places: 1,
        availability: &[(day(2027, 6, 14), day(2027, 8, 29), Both)],
        accessibility_notes: None,
        oid: None,
        accreditation: None,
    },
    // Tianjin
    OrganisationSeed {
        key: "tianjin-language-school",
        town: "tianjin",
        name: "Demo Foreign Languages School Tianjin (fictional)",
        kind: Kind::School,
        address: "Demo Road 1, Tianjin",
        descriptions: &[
            (
                "zh",
                "虚构的天津外国语学校（演示数据），重视语言、文化和科学交流。",
            ),
            (
                "en",
                "Fictional foreign languages school in Tianjin (demo data), focusing on language, culture and science exchange.",
            ),
        ],
        ages: (15, 18),
        languages: &["zh", "en"],
        themes: &[Theme::Culture, Theme::School, Theme::Science],
        sdgs: &[4],
        group_size: Some(20),
        hosting_capacity: 20,
        host_places: 1,
        availability: &[(day(2027, 9, 6), day(2027, 12, 17), Both)],
        accessibility_notes: None,
        oid: None,
        accreditation: None,
    },
    // Gorzów Wielkopolski
    OrganisationSeed {
        key: "gorzow-liceum",
        town: "gorzow",
        name: "Przykładowe Liceum Gorzów (fictional)",
        kind: Kind::School,
        address: "ul. Przykładowa 1, Gorzów Wielkopolski",
        descriptions: &[
            (
                "pl",
                "Fikcyjne liceum w Gorzowie Wielkopolskim (dane demonstracyjne). Historia, demokracja i prawa człowieka.",
            ),
            (
                "en",
                "Fictional upper secondary school in Gorzów Wielkopolski (demo data). History, democracy and human rights.",
            ),
        ],
        ages: (15, 19),
        languages: &["pl", "en", "de"],
        themes: &[
            Theme::HistoryAndHeritage,
            Theme::DemocracyAndParticipation,
            Theme::HumanRights,
            Theme::Culture,
        ],
        sdgs: &[4, 16],
        group_size: Some(22),
        hosting_capacity: 26,
        host_places: 1,
        availability: &[(day(2027, 3, 1), day(2027, 6, 18), Both)],
        accessibility_notes: None,
        oid: Some("E99000014"),
        accreditation: Some(Accreditation::School),
    },
    OrganisationSeed {
        key: "gorzow-youth-ngo",
        town: "gorzow",
        name: "Demo Youth NGO Gorzów (fictional)",
        kind: Kind::Ngo,
        address: "ul. Przykładowa 2, Gorzów Wielkopolski",
        descriptions: &[
            (
                "pl",
                "Fikcyjna organizacja młodzieżowa w Gorzowie Wielkopolskim (dane demonstracyjne), działająca na rzecz praw człowieka i włączenia społecznego.",
            ),
            (
                "en",
                "Fictional youth NGO in Gorzów Wielkopolski (demo data), working for human rights and inclusion.",
            ),
        ],
        ages: (16, 25),
        languages: &["pl", "en"],
        themes: &[
            Theme::HumanRights,
            Theme::Inclusion,
            Theme::DemocracyAndParticipation,
            Theme::GenderEquality,
        ],
        sdgs: &[5, 10, 16],
        group_size: Some(10),
        hosting_capacity: 0,
        host_places: 0,
        availability: &[(day(2027, 4, 1), day(2027, 10, 31), Travel)],
        accessibility_notes: None,
        oid: Some("E99000015"),
        accreditation: Some(Accreditation::Youth),
    },
    // Graz
    OrganisationSeed {
        key: "graz-youth-orchestra",
        town: "graz",
        name: "Demo Youth Orchestra Graz (fictional)",
        kind: Kind::CultureOrganisation,
        address: "Beispielgasse 1, Graz",
        descriptions: &[
            (
                "de",
                "Fiktives Jugendorchester in Graz (Demodaten) für junge Musikerinnen und Musiker.",
            ),
            (
                "en",
                "Fictional youth orchestra in Graz (demo data) for young musicians.",
            ),
        ],
        ages: (14, 21),
        languages: &["de", "en"],
        themes: &[Theme::Music, Theme::Arts, Theme::Culture],
        sdgs: &[4],
        group_size: Some(30),
        hosting_capacity: 35,
        host_places: 1,
        availability: &[(day(2027, 5, 1), day(2027, 9, 15), Both)],
        accessibility_notes: None,
        oid: None,
        accreditation: None,
    },
    // Brønderslev
    OrganisationSeed {
        key: "bronderslev-eksempelskolen",
        town: "bronderslev",
        name: "Eksempelskolen Brønderslev (fictional)",
        kind: Kind::School,
        address: "Eksempelvej 1, Brønderslev",
        descriptions: &[
            ("da", "Fiktiv folkeskole i Brønderslev (demodata)."),
            ("en", "Fictional school in Brønderslev (demo data)."),
        ],
        ages: (12, 15),
        languages: &["da", "en"],
        themes: &[Theme::School, Theme::Sport, Theme::EnvironmentAndClimate],
        sdgs: &[4, 13],
        group_size: Some(22),
        hosting_capacity: 25,
        host_places: 1,
        availability: &[(day(2027, 3, 1), day(2027, 6, 11), Both)],
        accessibility_notes: None,
        oid: None,
        accreditation: None,
    },
    OrganisationSeed {
        key: "bronderslev-scouts",
        town: "bronderslev",
        name: "Demo Scouts Brønderslev (fictional)",
        kind: Kind::YouthGroup,
        address: "Eksempelvej 2, Brønderslev",
        descriptions: &[
            (
                "da",
                "Fiktiv spejdergruppe i Brønderslev (demodata) med friluftsliv og natur.",
            ),
            (
                "en",
                "Fictional scout group in Brønderslev (demo data): outdoor life and nature.",
            ),
        ],
        ages: (11, 17),
        languages: &["da", "en"],
        themes: &[
            Theme::EnvironmentAndClimate,
            Theme::Health,
            Theme::Inclusion,
        ],
        sdgs: &[13, 15],
        group_size: Some(16),
        hosting_capacity: 20,
        host_places: 1,
        availability: &[(day(2027, 6, 28), day(2027, 8, 6), Host)],
        accessibility_notes: None,
        oid: None,
        accreditation: None,
    },
    // Eidsberg (Mysen)
    OrganisationSeed {
        key: "eidsberg-eksempelskolen",
        town: "eidsberg",
        name: "Eksempelskolen Mysen (fictional)",
        kind: Kind::School,
        address: "Eksempelveien 1, Mysen",
        descriptions: &[
            ("nb", "Fiktiv ungdomsskole i Mysen (demodata)."),
            (
                "en",
                "Fictional lower secondary school in Mysen (demo data).",
            ),
        ],
        ages: (13, 16),
        languages: &["nb", "en"],
        themes: &[
            Theme::School,
            Theme::HistoryAndHeritage,
            Theme::DigitalSkills,
        ],
        sdgs: &[4],
        group_size: Some(20),
        hosting_capacity: 24,
        host_places: 1,
        availability: &[(day(2027, 4, 5), day(2027, 6, 18), Both)],
        accessibility_notes: None,
        oid: None,
        accreditation: None,
    },
    OrganisationSeed {
        key: "eidsberg-handball",
        town: "eidsberg",
        name: "Demo Handball Club Eidsberg (fictional)",
        kind: Kind::SportsClub,
        address: "Eksempelveien 2, Mysen",
        descriptions: &[
            ("nb", "Fiktiv håndballklubb i Eidsberg (demodata)."),
            ("en", "Fictional handball club in Eidsberg (demo data)."),
        ],
        ages: (13, 18),
        languages: &["nb", "en"],
        themes: &[Theme::Sport, Theme::Health, Theme::GenderEquality],
        sdgs: &[3, 5],
        group_size: Some(18),
        hosting_capacity: 20,
        host_places: 1,
        availability: &[(day(2027, 6, 21), day(2027, 8, 13), Host)],
        accessibility_notes: None,
        oid: None,
        accreditation: None,
    },
];

// ---------------------------------------------------------------------------------------------
// Partner requests and completed exchanges
// ---------------------------------------------------------------------------------------------

struct RequestSeed {
    key: &'static str,
    organisation: &'static str,
    title: &'static str,
    direction: Direction,
    dates: (NaiveDate, NaiveDate),
    ages: (i32, i32),
    group_size: i32,
    themes: &'static [Theme],
    languages: &'static [&'static str],
    preferred_towns: &'static [&'static str],
    only_partner_towns: bool,
    description: &'static str,
}

impl RequestSeed {
    fn input(&self) -> PartnerRequestInput {
        PartnerRequestInput {
            title: self.title.to_owned(),
            direction: self.direction,
            date_from: self.dates.0,
            date_to: self.dates.1,
            age_min: self.ages.0,
            age_max: self.ages.1,
            group_size: self.group_size,
            themes: self.themes.to_vec(),
            languages: self.languages.iter().map(|l| (*l).to_owned()).collect(),
            preferred_town_ids: Vec::new(),
            only_partner_towns: self.only_partner_towns,
            description: self.description.to_owned(),
        }
    }
}

const REQUESTS: &[RequestSeed] = &[
    RequestSeed {
        key: "jonkoping-exempelskolan-climate",
        organisation: "jonkoping-exempelskolan",
        title: "Autumn visit to a twin-town school: climate and science (demo)",
        direction: Direction::Visit,
        dates: (day(2027, 9, 20), day(2027, 10, 15)),
        ages: (13, 15),
        group_size: 24,
        themes: &[Theme::EnvironmentAndClimate, Theme::Science, Theme::School],
        languages: &["en", "sv"],
        preferred_towns: &[],
        only_partner_towns: true,
        description: "Year 8 wants to visit a school in one of Jönköping's twin towns for a week \
            of field work on climate and the local environment (fictional demo request).",
    },
    RequestSeed {
        key: "jonkoping-youth-council-democracy",
        organisation: "jonkoping-youth-council",
        title: "Youth participation exchange (demo)",
        direction: Direction::Either,
        dates: (day(2027, 6, 1), day(2027, 8, 31)),
        ages: (16, 22),
        group_size: 12,
        themes: &[
            Theme::DemocracyAndParticipation,
            Theme::HumanRights,
            Theme::Inclusion,
            Theme::GenderEquality,
        ],
        languages: &["en"],
        preferred_towns: &["gorzow", "laane-viru"],
        only_partner_towns: false,
        description: "A youth council looking for a youth group to share how young people take \
            part in local decisions; we can host or travel (fictional demo request).",
    },
    RequestSeed {
        key: "jonkoping-exempel-if-summer",
        organisation: "jonkoping-exempel-if",
        title: "Host a youth team for a summer tournament (demo)",
        direction: Direction::Host,
        dates: (day(2027, 6, 14), day(2027, 8, 15)),
        ages: (12, 16),
        group_size: 20,
        themes: &[Theme::Sport, Theme::Health, Theme::Inclusion],
        languages: &["en", "sv"],
        preferred_towns: &[],
        only_partner_towns: false,
        description: "We would like to host a visiting youth team during our summer tournament, \
            with joint training and an inclusion workshop (fictional demo request).",
    },
    RequestSeed {
        key: "nassjo-brass-band-music",
        organisation: "nassjo-brass-band",
        title: "Music exchange with a youth orchestra (demo)",
        direction: Direction::Either,
        dates: (day(2027, 5, 15), day(2027, 8, 15)),
        ages: (13, 19),
        group_size: 25,
        themes: &[Theme::Music, Theme::Culture, Theme::Arts],
        languages: &["en", "de", "sv"],
        preferred_towns: &["graz"],
        only_partner_towns: false,
        description: "Joint rehearsals and a concert with a youth orchestra or band \
            (fictional demo request).",
    },
    RequestSeed {
        key: "nassjo-exempelgymnasiet-study-visit",
        organisation: "nassjo-exempelgymnasiet",
        title: "Study visit on entrepreneurship and digital media (demo)",
        direction: Direction::Visit,
        dates: (day(2027, 9, 20), day(2027, 11, 12)),
        ages: (16, 19),
        group_size: 18,
        themes: &[Theme::Entrepreneurship, Theme::DigitalSkills, Theme::Media],
        languages: &["en"],
        preferred_towns: &[],
        only_partner_towns: false,
        description: "A class of 18 looks for a host school or university for a four-day study \
            visit on young entrepreneurship (fictional demo request).",
    },
];

struct ExchangeSeed {
    key: &'static str,
    host: &'static str,
    visitor: &'static str,
    dates: (NaiveDate, NaiveDate),
    participants: Option<i32>,
}

const EXCHANGES: &[ExchangeSeed] = &[
    ExchangeSeed {
        key: "kuopio-at-jonkoping-2025",
        host: "jonkoping-exempelskolan",
        visitor: "kuopio-esimerkkikoulu",
        dates: (day(2025, 4, 7), day(2025, 4, 11)),
        participants: Some(26),
    },
    ExchangeSeed {
        key: "jonkoping-at-bodo-2024",
        host: "bodo-youth-club",
        visitor: "jonkoping-youth-council",
        dates: (day(2024, 8, 12), day(2024, 8, 18)),
        participants: Some(14),
    },
    ExchangeSeed {
        key: "gorzow-at-jonkoping-2025",
        host: "jonkoping-demogymnasiet",
        visitor: "gorzow-liceum",
        dates: (day(2025, 10, 6), day(2025, 10, 10)),
        participants: Some(24),
    },
    ExchangeSeed {
        key: "nassjo-at-bronderslev-2019",
        host: "bronderslev-eksempelskolen",
        visitor: "nassjo-exempelskolan",
        dates: (day(2019, 5, 13), day(2019, 5, 16)),
        participants: Some(22),
    },
];

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------

/// Names seed errors by what they are about, e.g. `seed.organisations[bodo-youth-club].name`.
fn in_seed(prefix: &str, error: DomainError) -> DomainError {
    match error {
        DomainError::Validation(errors) => DomainError::Validation(
            errors
                .into_iter()
                .map(|mut e| {
                    let field = e.field.strip_prefix("input.").unwrap_or(&e.field);
                    e.field = format!("{prefix}.{field}");
                    e
                })
                .collect(),
        ),
        other => other,
    }
}

fn optional_text(
    field: String,
    raw: Option<&str>,
    max: usize,
) -> Result<Option<String>, FieldError> {
    Ok(raw
        .map(|text| parse_text(&field, text, max))
        .transpose()?
        .filter(|text| !text.is_empty()))
}

/// Checks the partnerships' texts as `create_partnership`/`end_partnership` would.
fn parse_partnership(
    seed: &PartnershipSeed,
    municipality_id: Uuid,
    town_id: Uuid,
    checks: &mut Checks,
) -> Option<NewPartnership> {
    let prefix = format!("seed.partnerships[{}:{}]", seed.municipality, seed.town);
    let decided_by = checks.parse(optional_text(
        format!("{prefix}.decidedBy"),
        seed.decided_by,
        200,
    ));
    let notes = checks.parse(parse_text(&format!("{prefix}.notes"), seed.notes, 4000));
    let ended = match &seed.ended {
        None => Some(None),
        Some(ending) => {
            let reason = checks.parse(parse_name(&format!("{prefix}.reason"), ending.reason, 2000));
            let decided_by = checks.parse(optional_text(
                format!("{prefix}.endDecidedBy"),
                ending.decided_by,
                200,
            ));
            if seed.started_on.is_some_and(|start| ending.on < start) {
                checks.push(FieldError::new(
                    format!("{prefix}.endedOn"),
                    "before_start",
                    "must not be before the partnership started",
                ));
            }
            Some(Some(Ending {
                on: ending.on,
                reason: reason?,
                decided_by: decided_by?,
            }))
        }
    };
    Some(NewPartnership {
        municipality_id,
        town_id,
        kind: seed.kind,
        started_on: seed.started_on,
        decided_by: decided_by?,
        binding: seed.binding,
        notes: notes?,
        ended: ended?,
    })
}

fn lookup<'a>(ids: &'a HashMap<&str, Uuid>, key: &str) -> DomainResult<&'a Uuid> {
    ids.get(key)
        .ok_or_else(|| DomainError::Internal(anyhow::anyhow!("seed data names unknown key {key}")))
}

/// Loads the demo data; what already exists (by id) is left as it is.
pub async fn demo(db: &DatabaseConnection) -> DomainResult<SeedReport> {
    let mut checks = Checks::new();
    let home_towns: Vec<_> = MUNICIPALITIES
        .iter()
        .map(|m| {
            parse_town(
                &format!("seed.municipalities[{}]", m.key),
                &m.town(),
                &mut checks,
            )
        })
        .collect();
    let partner_towns: Vec<_> = PARTNER_TOWNS
        .iter()
        .map(|t| parse_town(&format!("seed.towns[{}]", t.key), &t.input(), &mut checks))
        .collect();
    checks.finish()?;

    let mut report = SeedReport::default();
    let txn = begin_write(db).await?;

    // Towns and municipalities. A municipality that already exists under its name (created by
    // hand before the seed ran) is used as it is, with its own town.
    let mut towns: HashMap<&str, Uuid> = HashMap::new();
    let mut municipality_ids: HashMap<&str, Uuid> = HashMap::new();
    for (seed, town) in MUNICIPALITIES.iter().zip(home_towns) {
        let town = town.expect("checked");
        let existing = municipalities::Entity::find()
            .filter(municipalities::Column::Name.eq(&town.local_name))
            .one(&txn)
            .await?;
        let (id, town_id) = match existing {
            Some(existing) => (existing.id, existing.town_id),
            None => {
                let (id, town_id) = (municipality_id(seed.key), self::town_id(seed.key));
                report.towns += usize::from(insert_town(&txn, town_id, &town).await?);
                report.municipalities += usize::from(
                    insert_municipality(
                        &txn,
                        id,
                        town_id,
                        &town.local_name,
                        seed.forbids_new_twin_towns,
                    )
                    .await?,
                );
                (id, town_id)
            }
        };
        towns.insert(seed.key, town_id);
        municipality_ids.insert(seed.key, id);
    }
    for (seed, town) in PARTNER_TOWNS.iter().zip(partner_towns) {
        let id = town_id(seed.key);
        report.towns += usize::from(insert_town(&txn, id, &town.expect("checked")).await?);
        towns.insert(seed.key, id);
    }

    let mut checks = Checks::new();
    let mut partnerships = Vec::with_capacity(PARTNERSHIPS.len());
    for seed in PARTNERSHIPS {
        let municipality = *lookup(&municipality_ids, seed.municipality)?;
        let town = *lookup(&towns, seed.town)?;
        partnerships.push((
            seed,
            parse_partnership(seed, municipality, town, &mut checks),
        ));
    }
    checks.finish()?;
    for (seed, partnership) in partnerships {
        let id = partnership_id(seed.municipality, seed.town);
        let partnership = partnership.expect("checked");
        if insert_partnership(&txn, id, &partnership).await? {
            report.partnerships += 1;
            record_partnership_history(&txn, id, &partnership).await?;
        }
    }

    let mut organisation_towns: HashMap<&str, Uuid> = HashMap::new();
    for seed in ORGANISATIONS {
        let town = *lookup(&towns, seed.town)?;
        let profile = parse_profile(&seed.input(town), Ok(town))
            .map_err(|e| in_seed(&format!("seed.organisations[{}]", seed.key), e))?;
        report.organisations +=
            usize::from(insert_organisation(&txn, organisation_id(seed.key), profile).await?);
        organisation_towns.insert(seed.key, town);
    }

    for seed in REQUESTS {
        lookup(&organisation_towns, seed.organisation)?;
        let input = seed.input();
        let preferred = seed
            .preferred_towns
            .iter()
            .map(|key| lookup(&towns, key).copied())
            .collect::<DomainResult<Vec<_>>>()?;
        let request = parse_request(&input, Ok(preferred))
            .map_err(|e| in_seed(&format!("seed.requests[{}]", seed.key), e))?;
        report.requests += usize::from(
            insert_request(
                &txn,
                request_id(seed.key),
                organisation_id(seed.organisation),
                None,
                request,
            )
            .await?,
        );
    }

    for seed in EXCHANGES {
        let prefix = format!("seed.exchanges[{}]", seed.key);
        let dates = DateRange::parse(&format!("{prefix}.dates"), seed.dates.0, seed.dates.1)
            .map_err(|e| DomainError::Validation(vec![e]))?;
        if let Some(n) = seed.participants
            && !(1..=1000).contains(&n)
        {
            return Err(DomainError::field(
                format!("{prefix}.participants"),
                "out_of_range",
                "must be between 1 and 1000",
            ));
        }
        let host = (
            Some(organisation_id(seed.host)),
            *lookup(&organisation_towns, seed.host)?,
        );
        let visitor = (
            Some(organisation_id(seed.visitor)),
            *lookup(&organisation_towns, seed.visitor)?,
        );
        report.completed_exchanges += usize::from(
            insert_completed(
                &txn,
                exchange_id(seed.key),
                host,
                visitor,
                dates,
                seed.participants,
                None,
            )
            .await?,
        );
    }

    if report != SeedReport::default() {
        crate::audit::record(
            &txn,
            &crate::RequestMeta::default(),
            crate::audit::AuditEvent {
                actor_id: None,
                action: "demo_data_loaded",
                subject_type: "seed",
                subject_id: None,
                details: serde_json::json!({
                    "towns": report.towns,
                    "municipalities": report.municipalities,
                    "partnerships": report.partnerships,
                    "organisations": report.organisations,
                    "requests": report.requests,
                    "completed_exchanges": report.completed_exchanges,
                }),
            },
        )
        .await?;
    }
    txn.commit().await?;
    Ok(report)
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn ids_are_stable_and_distinct() {
        assert_eq!(id("town:bodo"), town_id("bodo"));
        assert_eq!(id("town:bodo"), id("town:bodo"));
        assert_ne!(town_id("bodo"), municipality_id("bodo"));
        // Pinned: changing the namespace or the scheme would orphan seeded rows.
        assert_eq!(town_id("bodo").to_string(), PINNED_BODO);
        assert_eq!(town_id("bodo").get_version_num(), 8);
        assert_eq!(town_id("bodo").get_variant(), uuid::Variant::RFC4122);
    }

    const PINNED_BODO: &str = "e37fe4dc-289a-840e-9652-101948321e97";

    #[test]
    fn every_town_parses() {
        let mut checks = Checks::new();
        for m in MUNICIPALITIES {
            assert!(
                parse_town("t", &m.town(), &mut checks).is_some(),
                "{}",
                m.key
            );
        }
        for t in PARTNER_TOWNS {
            assert!(
                parse_town("t", &t.input(), &mut checks).is_some(),
                "{}",
                t.key
            );
        }
        checks.finish().unwrap();
    }

    #[test]
    fn keys_are_unique_and_known() {
        let mut town_keys = HashSet::new();
        for key in MUNICIPALITIES
            .iter()
            .map(|m| m.key)
            .chain(PARTNER_TOWNS.iter().map(|t| t.key))
        {
            assert!(town_keys.insert(key), "duplicate town {key}");
        }
        let mut pairs = HashSet::new();
        for p in PARTNERSHIPS {
            assert!(MUNICIPALITIES.iter().any(|m| m.key == p.municipality));
            assert!(PARTNER_TOWNS.iter().any(|t| t.key == p.town));
            assert!(
                pairs.insert((p.municipality, p.town)),
                "duplicate partnership"
            );
        }
        let mut organisations = HashSet::new();
        let mut oids = HashSet::new();
        for o in ORGANISATIONS {
            assert!(
                organisations.insert(o.key),
                "duplicate organisation {}",
                o.key
            );
            assert!(town_keys.contains(o.town), "{}", o.key);
            if let Some(oid) = o.oid {
                assert!(oids.insert(oid), "duplicate OID {oid}");
            }
        }
        let mut requests = HashSet::new();
        for r in REQUESTS {
            assert!(requests.insert(r.key));
            assert!(organisations.contains(r.organisation), "{}", r.key);
            assert!(
                r.preferred_towns.iter().all(|t| town_keys.contains(t)),
                "{}",
                r.key
            );
        }
        let mut exchanges = HashSet::new();
        for e in EXCHANGES {
            assert!(exchanges.insert(e.key));
            assert!(organisations.contains(e.host) && organisations.contains(e.visitor));
            assert_ne!(e.host, e.visitor);
        }
    }

    #[test]
    fn organisations_and_requests_pass_the_checks() {
        for o in ORGANISATIONS {
            assert!(
                o.name.contains("(fictional)"),
                "{} must say it is fictional",
                o.name
            );
            assert!(o.languages.contains(&"en"), "{}", o.key);
            assert!((2..=5).contains(&o.themes.len()), "{}", o.key);
            parse_profile(&o.input(town_id(o.town)), Ok(town_id(o.town)))
                .unwrap_or_else(|e| panic!("{}: {e:?}", o.key));
        }
        for r in REQUESTS {
            parse_request(&r.input(), Ok(Vec::new()))
                .unwrap_or_else(|e| panic!("{}: {e:?}", r.key));
        }
        for e in EXCHANGES {
            DateRange::parse("d", e.dates.0, e.dates.1).unwrap();
        }
    }

    #[test]
    fn partnerships_pass_the_checks() {
        let mut checks = Checks::new();
        for p in PARTNERSHIPS {
            let parsed = parse_partnership(p, Uuid::nil(), Uuid::nil(), &mut checks);
            let parsed = parsed.unwrap_or_else(|| panic!("{}:{}", p.municipality, p.town));
            assert!(
                rules_allow_stored(&parsed),
                "{}:{} breaks a partnership rule",
                p.municipality,
                p.town
            );
        }
        checks.finish().unwrap();
        let ended: Vec<_> = PARTNERSHIPS
            .iter()
            .filter(|p| p.ended.is_some())
            .map(|p| p.town)
            .collect();
        assert_eq!(ended, ["graz", "bronderslev", "eidsberg"]);
    }

    fn rules_allow_stored(p: &NewPartnership) -> bool {
        p.kind != PartnershipKind::SisterCity || !p.binding
    }
}
