//! Partner matching at directory scale, over 100 000 generated organisations in 2 000 towns
//! across Europe (a fixed seed, so every run sees the same data):
//!
//! - **top 20 for one request**, in memory: `search::rank` (every criterion, every hard
//!   filter) beside the baseline `search::rank_by_themes_only` (the same scan and top-k
//!   selection, scoring shared themes only), 200 requests, the two interleaved. Goal: full
//!   p50 ≤ 20 ms.
//! - **end to end without HTTP**: the organisations inserted into the service's database
//!   (SQLite, or PostgreSQL when `TEST_DATABASE_URL` names a server), the cold index build
//!   `index::load`, then `search::partner_matches` 200 times on the warm index cache.
//! - **a matching round**: 1 000 visit requests over 5 000 host places, `rounds::plan` end to
//!   end (every request × host scored, then the exact assignment), beside a greedy pass over
//!   the same data whose total the exact plan must reach. Goal: ≤ 2 s.
//! - **peak heap** (a counting global allocator) while building the index, ranking, planning
//!   the round and loading the index from the database, and the process's VmHWM.
//!
//! `cargo bench -p utbyte-tests --bench matching`; exits non-zero only when a result is
//! wrong, never because of a timing.
use std::{
    alloc::{GlobalAlloc, Layout, System},
    collections::{HashMap, HashSet},
    hint::black_box,
    sync::atomic::{AtomicUsize, Ordering},
    time::{Duration, Instant},
};

use chrono::{NaiveDate, Utc};
use sea_orm::{ActiveValue::Set, EntityTrait};
use serde_json::json;
use utbyte_domain::{
    Principal,
    db::begin_write,
    directory::types::{
        AgeRange, AvailabilityMode, DateRange, Direction, OrganisationKind, Theme, ThemeSet,
    },
    entities::{organisations, towns},
    geo::Coordinates,
    matching::{
        index::{self, DirectoryIndex, TownFacts},
        rounds,
        score::{self, Candidate, LanguageSet, Options, Period, Wanted},
        search::{self, MatchSubject},
    },
    reference::LANGUAGE_CODES,
};
use utbyte_tests::TestApp;
use uuid::Uuid;

const SEED: u64 = 0x5eed_2027_0b7e;
const ORGANISATIONS: usize = 100_000;
const TOWNS: usize = 2_000;
const ROUND_HOST_PLACES: i32 = 5_000;
const SEARCH_REQUESTS: usize = 200;
const WARM_UP_REQUESTS: usize = 20;
const ROUND_REQUESTS: usize = 1_000;
const ROUND_REPEATS: usize = 3;
const TOP: usize = 20;
/// Requests whose top 20 is checked against scoring and sorting every candidate.
const BRUTE_FORCE_CHECKS: usize = 10;
const INSERT_BATCH: usize = 1_000;
const YEAR: i32 = 2027;

/// Where towns are, and the language spoken there.
const COUNTRIES: [(&str, &str); 15] = [
    ("SE", "sv"),
    ("DE", "de"),
    ("FR", "fr"),
    ("ES", "es"),
    ("IT", "it"),
    ("PL", "pl"),
    ("NL", "nl"),
    ("FI", "fi"),
    ("DK", "da"),
    ("NO", "nb"),
    ("PT", "pt"),
    ("CZ", "cs"),
    ("HU", "hu"),
    ("GR", "el"),
    ("EE", "et"),
];
const LINGUA_FRANCA: &str = "en";

// ---------------------------------------------------------------------------------------
// Heap accounting: the system allocator, counting live and peak bytes.

static LIVE_BYTES: AtomicUsize = AtomicUsize::new(0);
static PEAK_BYTES: AtomicUsize = AtomicUsize::new(0);

struct CountingAllocator;

fn grown(bytes: usize) {
    let live = LIVE_BYTES.fetch_add(bytes, Ordering::Relaxed) + bytes;
    PEAK_BYTES.fetch_max(live, Ordering::Relaxed);
}

fn shrunk(bytes: usize) {
    LIVE_BYTES.fetch_sub(bytes, Ordering::Relaxed);
}

// SAFETY: every call is passed straight to `System`; only the byte counts are added.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let pointer = unsafe { System.alloc(layout) };
        if !pointer.is_null() {
            grown(layout.size());
        }
        pointer
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let pointer = unsafe { System.alloc_zeroed(layout) };
        if !pointer.is_null() {
            grown(layout.size());
        }
        pointer
    }

    unsafe fn dealloc(&self, pointer: *mut u8, layout: Layout) {
        unsafe { System.dealloc(pointer, layout) };
        shrunk(layout.size());
    }

    unsafe fn realloc(&self, pointer: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let moved = unsafe { System.realloc(pointer, layout, new_size) };
        if !moved.is_null() {
            if new_size >= layout.size() {
                grown(new_size - layout.size());
            } else {
                shrunk(layout.size() - new_size);
            }
        }
        moved
    }
}

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

/// The heap over one stretch of the program: the peak is reset when the window opens.
struct HeapWindow {
    live_at_start: usize,
}

/// What a stretch of the program did to the heap.
#[derive(Debug, Clone, Copy)]
struct HeapUse {
    /// The highest live heap during the stretch, above what was live when it began.
    peak: usize,
    /// What was still live at its end, above what was live when it began.
    retained: usize,
}

impl HeapWindow {
    fn open() -> Self {
        let live = LIVE_BYTES.load(Ordering::Relaxed);
        PEAK_BYTES.store(live, Ordering::Relaxed);
        Self {
            live_at_start: live,
        }
    }

    fn close(self) -> HeapUse {
        HeapUse {
            peak: PEAK_BYTES
                .load(Ordering::Relaxed)
                .saturating_sub(self.live_at_start),
            retained: LIVE_BYTES
                .load(Ordering::Relaxed)
                .saturating_sub(self.live_at_start),
        }
    }
}

/// Runs `work` once, timing it and watching the heap.
fn measured<T>(work: impl FnOnce() -> T) -> (T, Duration, HeapUse) {
    let window = HeapWindow::open();
    let started = Instant::now();
    let result = work();
    let elapsed = started.elapsed();
    (result, elapsed, window.close())
}

fn vm_hwm() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find_map(|line| line.strip_prefix("VmHWM:").map(|v| v.trim().to_owned()))
        })
        .unwrap_or_else(|| "unavailable".into())
}

// ---------------------------------------------------------------------------------------
// A tiny deterministic generator (SplitMix64): `rand` is not a dependency of the tests.

struct SplitMix64(u64);

impl SplitMix64 {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (multiply-shift; the bias is far below anything measured here).
    fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// Uniform in `low..=high`.
    fn between(&mut self, low: i32, high: i32) -> i32 {
        low + self.below((high - low + 1) as usize) as i32
    }

    /// Uniform in `[0, 1)`.
    fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn uniform(&mut self, low: f64, high: f64) -> f64 {
        low + (high - low) * self.unit()
    }

    fn chance(&mut self, probability: f64) -> bool {
        self.unit() < probability
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }

    fn uuid(&mut self) -> Uuid {
        let bytes =
            ((u128::from(self.next_u64()) << 64) | u128::from(self.next_u64())).to_be_bytes();
        uuid::Builder::from_random_bytes(bytes).into_uuid()
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            items.swap(i, self.below(i + 1));
        }
    }
}

// ---------------------------------------------------------------------------------------
// The generated directory.

struct Town {
    id: Uuid,
    name: String,
    country: &'static str,
    language: &'static str,
    coordinates: Coordinates,
}

struct Organisation {
    id: Uuid,
    town: usize,
    /// Its own position; None means the town's.
    own_coordinates: Option<Coordinates>,
    kind: OrganisationKind,
    ages: AgeRange,
    languages: Vec<&'static str>,
    themes: Vec<Theme>,
    typical_group_size: Option<i32>,
    hosting_capacity: i32,
    host_places: i32,
    availability: Vec<Period>,
}

struct Directory {
    towns: Vec<Town>,
    organisations: Vec<Organisation>,
}

impl Directory {
    fn coordinates_of(&self, organisation: &Organisation) -> Coordinates {
        organisation
            .own_coordinates
            .unwrap_or(self.towns[organisation.town].coordinates)
    }
}

fn day_of_year(day: i32) -> NaiveDate {
    NaiveDate::from_yo_opt(YEAR, day as u32).expect("a day of the year")
}

/// `min_length..=max_length` days inside the year (shorter when it would run past December).
fn dates_in_year(rng: &mut SplitMix64, min_length: i32, max_length: i32) -> DateRange {
    let start = rng.between(1, 350);
    let end = (start + rng.between(min_length, max_length) - 1).min(365);
    DateRange {
        from: day_of_year(start),
        to: day_of_year(end),
    }
}

fn generate_town(rng: &mut SplitMix64, number: usize) -> Town {
    let (country, language) = rng.pick(&COUNTRIES);
    Town {
        id: rng.uuid(),
        name: format!("Town {number}"),
        country,
        language,
        coordinates: Coordinates::from_stored(rng.uniform(36.0, 70.0), rng.uniform(-10.0, 35.0)),
    }
}

/// One to three languages: the town's, usually English, sometimes a neighbour's.
fn working_languages(rng: &mut SplitMix64, town: &Town) -> Vec<&'static str> {
    let mut languages = vec![town.language];
    if rng.chance(0.7) {
        languages.push(LINGUA_FRANCA);
    }
    let other = rng.pick(&COUNTRIES).1;
    if rng.chance(0.25) && !languages.contains(&other) {
        languages.push(other);
    }
    languages
}

fn themes(rng: &mut SplitMix64, min: usize, max: usize) -> Vec<Theme> {
    let mut all = Theme::ALL.to_vec();
    rng.shuffle(&mut all);
    all.truncate(min + rng.below(max - min + 1));
    all
}

fn availability(rng: &mut SplitMix64) -> Vec<Period> {
    const MODES: [AvailabilityMode; 3] = [
        AvailabilityMode::Host,
        AvailabilityMode::Travel,
        AvailabilityMode::Both,
    ];
    (0..rng.below(4))
        .map(|_| Period {
            dates: dates_in_year(rng, 14, 120),
            mode: rng.pick(&MODES),
        })
        .collect()
}

fn generate_organisation(rng: &mut SplitMix64, towns: &[Town]) -> Organisation {
    let town = rng.below(towns.len());
    let near_town = |rng: &mut SplitMix64| {
        let centre = towns[town].coordinates;
        Coordinates::from_stored(
            centre.latitude() + rng.uniform(-0.05, 0.05),
            centre.longitude() + rng.uniform(-0.05, 0.05),
        )
    };
    let age_min = rng.between(6, 25);
    Organisation {
        id: rng.uuid(),
        town,
        own_coordinates: rng.chance(0.5).then(|| near_town(rng)),
        kind: rng.pick(OrganisationKind::ALL),
        ages: AgeRange {
            min: age_min as i16,
            max: (age_min + rng.between(1, 8)).min(30) as i16,
        },
        languages: working_languages(rng, &towns[town]),
        themes: themes(rng, 1, 5),
        typical_group_size: rng.chance(0.9).then(|| rng.between(5, 40)),
        hosting_capacity: if rng.chance(0.35) {
            0
        } else {
            rng.between(5, 60)
        },
        host_places: 0,
        availability: availability(rng),
    }
}

/// Gives 1–3 places to organisations that can host, in a random order, until exactly
/// `total` places are given.
fn hand_out_host_places(rng: &mut SplitMix64, organisations: &mut [Organisation], total: i32) {
    let mut can_host: Vec<usize> = (0..organisations.len())
        .filter(|i| organisations[*i].hosting_capacity > 0)
        .collect();
    rng.shuffle(&mut can_host);
    let mut left = total;
    for i in can_host {
        if left == 0 {
            break;
        }
        let places = rng.between(1, 3).min(left);
        organisations[i].host_places = places;
        left -= places;
    }
    assert_eq!(left, 0, "enough organisations can host");
}

fn generate_directory(rng: &mut SplitMix64) -> Directory {
    let towns: Vec<Town> = (0..TOWNS).map(|n| generate_town(rng, n)).collect();
    let mut organisations: Vec<Organisation> = (0..ORGANISATIONS)
        .map(|_| generate_organisation(rng, &towns))
        .collect();
    hand_out_host_places(rng, &mut organisations, ROUND_HOST_PLACES);
    Directory {
        towns,
        organisations,
    }
}

/// What a requesting organisation wants, in the organisation's own terms.
fn generate_wanted(
    rng: &mut SplitMix64,
    directory: &Directory,
    requester: usize,
    direction: Direction,
) -> Wanted {
    let organisation = &directory.organisations[requester];
    let age_min = rng.between(6, 26);
    let preferred_towns = (0..rng.below(3))
        .map(|_| directory.towns[rng.below(directory.towns.len())].id)
        .collect();
    Wanted {
        organisation_id: organisation.id,
        town_id: directory.towns[organisation.town].id,
        coordinates: directory.coordinates_of(organisation),
        direction,
        dates: dates_in_year(rng, 7, 90),
        ages: AgeRange {
            min: age_min as i16,
            max: (age_min + rng.between(0, 4)).min(30) as i16,
        },
        group_size: rng.between(5, 40),
        themes: ThemeSet::from_codes(themes(rng, 1, 3).iter().map(|t| t.code())),
        languages: LanguageSet::from_codes(organisation.languages.iter().copied()),
        preferred_towns,
        only_partner_towns: false,
        own_hosting_capacity: organisation.hosting_capacity,
    }
}

fn search_requests(rng: &mut SplitMix64, directory: &Directory) -> Vec<Wanted> {
    const DIRECTIONS: [Direction; 3] = [Direction::Host, Direction::Visit, Direction::Either];
    (0..WARM_UP_REQUESTS + SEARCH_REQUESTS)
        .map(|_| {
            let requester = rng.below(directory.organisations.len());
            let direction = rng.pick(&DIRECTIONS);
            generate_wanted(rng, directory, requester, direction)
        })
        .collect()
}

/// Visit requests from distinct organisations, as a round takes them.
fn round_requests(rng: &mut SplitMix64, directory: &Directory) -> Vec<Wanted> {
    let mut requesters: Vec<usize> = (0..directory.organisations.len()).collect();
    rng.shuffle(&mut requesters);
    requesters[..ROUND_REQUESTS]
        .iter()
        .map(|requester| generate_wanted(rng, directory, *requester, Direction::Visit))
        .collect()
}

// ---------------------------------------------------------------------------------------
// The index, as `index::load` builds it from rows.

fn candidates(directory: &Directory) -> Vec<Candidate> {
    directory
        .organisations
        .iter()
        .map(|organisation| Candidate {
            id: organisation.id,
            created_at: registered(),
            town_id: directory.towns[organisation.town].id,
            coordinates: directory.coordinates_of(organisation),
            ages: organisation.ages,
            languages: LanguageSet::from_codes(organisation.languages.iter().copied()),
            themes: ThemeSet::from_codes(organisation.themes.iter().map(|t| t.code())),
            typical_group_size: organisation.typical_group_size,
            hosting_capacity: organisation.hosting_capacity,
            host_places: organisation.host_places,
            availability: organisation.availability.clone(),
        })
        .collect()
}

fn build_index(directory: &Directory) -> DirectoryIndex {
    let towns: HashMap<Uuid, TownFacts> = directory
        .towns
        .iter()
        .map(|town| {
            (
                town.id,
                TownFacts {
                    coordinates: town.coordinates,
                },
            )
        })
        .collect();
    DirectoryIndex::from_parts(1, candidates(directory), towns)
}

fn same_candidate(a: &Candidate, b: &Candidate) -> bool {
    a.id == b.id
        && a.created_at == b.created_at
        && a.town_id == b.town_id
        && a.coordinates == b.coordinates
        && a.ages == b.ages
        && a.languages == b.languages
        && a.themes == b.themes
        && a.typical_group_size == b.typical_group_size
        && a.hosting_capacity == b.hosting_capacity
        && a.host_places == b.host_places
        && a.availability == b.availability
}

// ---------------------------------------------------------------------------------------
// Correctness checks: collected, printed at the end, and the only reason to fail.

#[derive(Default)]
struct Checks {
    failures: Vec<String>,
}

impl Checks {
    fn expect(&mut self, ok: bool, what: impl FnOnce() -> String) {
        if !ok {
            self.failures.push(what());
        }
    }
}

/// Ids of the top candidates, best first.
fn top_ids(index: &DirectoryIndex, top: &[(usize, score::Explanation)]) -> Vec<Uuid> {
    top.iter()
        .map(|(position, _)| index.candidates[*position].id)
        .collect()
}

/// The top `limit` by scoring and sorting every candidate: what `rank` must return.
fn brute_force_top(index: &DirectoryIndex, wanted: &Wanted, limit: usize) -> Vec<(i32, usize)> {
    let facts = index.pair_facts(wanted.organisation_id, wanted.town_id);
    let mut scored: Vec<(i32, usize)> = index
        .candidates
        .iter()
        .enumerate()
        .filter_map(|(position, candidate)| {
            score::evaluate(
                wanted,
                candidate,
                facts.partnership(candidate),
                facts.last_exchange(candidate),
                Options::default(),
            )
            .ok()
            .map(|explanation| (explanation.total, position))
        })
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    scored.truncate(limit);
    scored
}

fn check_ranking(
    checks: &mut Checks,
    index: &DirectoryIndex,
    wanted: &Wanted,
    ranking: &search::Ranking,
    n: usize,
) {
    let excluded = &ranking.excluded;
    let excluded_total = excluded.own_organisation
        + excluded.capacity
        + excluded.dates
        + excluded.ages
        + excluded.ended_partnership
        + excluded.not_a_partner_town;
    checks.expect(
        ranking.matched + excluded_total == index.candidates.len(),
        || format!("request {n}: matched + excluded != candidates"),
    );
    checks.expect(ranking.top.len() == TOP.min(ranking.matched), || {
        format!(
            "request {n}: {} results for {} matches",
            ranking.top.len(),
            ranking.matched
        )
    });
    if n < BRUTE_FORCE_CHECKS {
        let expected: Vec<(i32, usize)> = brute_force_top(index, wanted, TOP);
        let got: Vec<(i32, usize)> = ranking.top.iter().map(|(p, e)| (e.total, *p)).collect();
        checks.expect(got == expected, || {
            format!("request {n}: top {TOP} differs from a full sort")
        });
    }
}

// ---------------------------------------------------------------------------------------
// Timing statistics.

struct Percentiles {
    p50: Duration,
    p95: Duration,
    p99: Duration,
}

fn percentiles(samples: &[Duration]) -> Percentiles {
    let mut sorted = samples.to_vec();
    sorted.sort_unstable();
    // Nearest rank.
    let at = |p: f64| {
        sorted[((p / 100.0 * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len()) - 1]
    };
    Percentiles {
        p50: at(50.0),
        p95: at(95.0),
        p99: at(99.0),
    }
}

fn ms(duration: Duration) -> String {
    let ms = duration.as_secs_f64() * 1000.0;
    if ms < 10.0 {
        format!("{ms:.2} ms")
    } else {
        format!("{ms:.1} ms")
    }
}

fn mib(bytes: usize) -> String {
    format!("{:.1} MiB", bytes as f64 / (1024.0 * 1024.0))
}

fn ratio(a: Duration, b: Duration) -> String {
    format!("{:.2}×", a.as_secs_f64() / b.as_secs_f64())
}

// ---------------------------------------------------------------------------------------
// Results table.

#[derive(Default)]
struct Table {
    rows: Vec<[String; 6]>,
}

impl Table {
    const HEADER: [&'static str; 6] = ["measurement", "p50 / value", "p95", "p99", "goal", "note"];

    fn section(&mut self, title: &str) {
        self.rows.push([
            title.to_owned(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
        ]);
    }

    fn row(&mut self, label: &str, cells: [String; 4], note: impl Into<String>) {
        let [a, b, c, d] = cells;
        self.rows
            .push([format!("  {label}"), a, b, c, d, note.into()]);
    }

    fn timing(&mut self, label: &str, p: &Percentiles, goal: &str, note: impl Into<String>) {
        self.row(
            label,
            [ms(p.p50), ms(p.p95), ms(p.p99), goal.to_owned()],
            note,
        );
    }

    fn value(&mut self, label: &str, value: String, goal: &str, note: impl Into<String>) {
        self.row(
            label,
            [value, String::new(), String::new(), goal.to_owned()],
            note,
        );
    }

    fn print(&self) {
        let mut widths = Self::HEADER.map(str::len);
        for row in &self.rows {
            if row[1..].iter().all(String::is_empty) {
                continue; // section titles run across
            }
            for (width, cell) in widths.iter_mut().zip(row) {
                *width = (*width).max(cell.chars().count());
            }
        }
        let line = |cells: &[&str]| {
            let mut out = String::new();
            for (i, (cell, width)) in cells.iter().zip(widths).enumerate() {
                let pad = width.saturating_sub(cell.chars().count());
                if i == 0 || i == 5 {
                    out.push_str(cell);
                    out.push_str(&" ".repeat(pad));
                } else {
                    out.push_str(&" ".repeat(pad));
                    out.push_str(cell);
                }
                out.push_str("  ");
            }
            println!("{}", out.trim_end());
        };
        line(&Self::HEADER);
        println!("{}", "-".repeat(widths.iter().sum::<usize>() + 2 * 5));
        for row in &self.rows {
            if row[1..].iter().all(String::is_empty) {
                println!("{}", row[0]);
            } else {
                line(&row.each_ref().map(String::as_str));
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// 1. One request, in memory.

fn time<T>(work: impl FnOnce() -> T) -> (T, Duration) {
    let started = Instant::now();
    let result = work();
    (result, started.elapsed())
}

fn bench_search(
    table: &mut Table,
    checks: &mut Checks,
    index: &DirectoryIndex,
    requests: &[Wanted],
) -> Duration {
    let options = Options::default();
    let facts: Vec<_> = requests
        .iter()
        .map(|w| index.pair_facts(w.organisation_id, w.town_id))
        .collect();
    let (warm_up, measured_requests) = requests.split_at(WARM_UP_REQUESTS);
    for (wanted, facts) in warm_up.iter().zip(&facts) {
        black_box(search::rank(index, wanted, facts, options, TOP));
        black_box(search::rank_by_themes_only(index, wanted, TOP));
    }
    let mut full = Vec::with_capacity(SEARCH_REQUESTS);
    let mut baseline = Vec::with_capacity(SEARCH_REQUESTS);
    let mut matched = 0;
    for (n, (wanted, facts)) in measured_requests
        .iter()
        .zip(&facts[WARM_UP_REQUESTS..])
        .enumerate()
    {
        let run_full = || time(|| search::rank(index, wanted, facts, options, TOP));
        let run_baseline = || time(|| search::rank_by_themes_only(index, wanted, TOP));
        // Alternate which goes first, so drift and cache warmth fall on both alike.
        let ((ranking, full_time), (themes_top, baseline_time)) = if n % 2 == 0 {
            let f = run_full();
            (f, run_baseline())
        } else {
            let b = run_baseline();
            (run_full(), b)
        };
        full.push(full_time);
        baseline.push(baseline_time);
        matched += ranking.matched;
        check_ranking(checks, index, wanted, &ranking, n);
        checks.expect(themes_top.len() == TOP, || {
            format!("request {n}: baseline gave {} results", themes_top.len())
        });
    }
    let (full, baseline) = (percentiles(&full), percentiles(&baseline));
    table.section(&format!(
        "Top {TOP} of {ORGANISATIONS} organisations, in memory ({SEARCH_REQUESTS} requests, interleaved, after {WARM_UP_REQUESTS} warm-up)"
    ));
    table.timing(
        "search::rank (full matching)",
        &full,
        "p50 ≤ 20 ms",
        format!("{} pass the filters on average", matched / SEARCH_REQUESTS),
    );
    table.timing(
        "baseline: rank_by_themes_only",
        &baseline,
        "",
        "same scan and top-k, themes only",
    );
    table.value(
        "ratio full / baseline (p50)",
        ratio(full.p50, baseline.p50),
        "",
        "",
    );
    full.p50
}

// ---------------------------------------------------------------------------------------
// 2. A matching round.

struct RoundResult {
    assigned: usize,
    total: i64,
}

/// Each request in turn takes its best-scoring host that still has a free place.
fn greedy_round(index: &DirectoryIndex, wanted: &[Wanted], options: Options) -> RoundResult {
    let (hosts, free): (Vec<usize>, Vec<u32>) =
        rounds::hosts(index, &HashMap::new()).into_iter().unzip();
    let mut free: Vec<i32> = free.into_iter().map(|places| places as i32).collect();
    let mut result = RoundResult {
        assigned: 0,
        total: 0,
    };
    for request in wanted {
        let facts = index.pair_facts(request.organisation_id, request.town_id);
        let mut best: Option<(i32, usize)> = None;
        for (slot, host) in hosts.iter().enumerate() {
            if free[slot] == 0 {
                continue;
            }
            let candidate = &index.candidates[*host];
            let scored = score::evaluate(
                request,
                candidate,
                facts.partnership(candidate),
                facts.last_exchange(candidate),
                options,
            );
            if let Ok(explanation) = scored
                && best.is_none_or(|(score, _)| explanation.total > score)
            {
                best = Some((explanation.total, slot));
            }
        }
        if let Some((score, slot)) = best {
            free[slot] -= 1;
            result.assigned += 1;
            result.total += i64::from(score);
        }
    }
    result
}

fn check_plan(checks: &mut Checks, index: &DirectoryIndex, wanted: &[Wanted], plan: &rounds::Plan) {
    let mut requests_seen = vec![false; wanted.len()];
    let mut taken: HashMap<usize, i32> = HashMap::new();
    for pairing in &plan.pairings {
        let seen = std::mem::replace(&mut requests_seen[pairing.request], true);
        checks.expect(!seen, || {
            format!("round: request {} assigned twice", pairing.request)
        });
        *taken.entry(pairing.host).or_default() += 1;
    }
    for (host, count) in taken {
        let places = index.candidates[host].host_places;
        checks.expect(count <= places, || {
            format!("round: host {host} got {count} of {places} places")
        });
    }
    let sum: i64 = plan
        .pairings
        .iter()
        .map(|p| i64::from(p.explanation.total))
        .sum();
    checks.expect(sum == plan.total, || {
        format!("round: pairings sum to {sum}, plan says {}", plan.total)
    });
    checks.expect(plan.host_places == i64::from(ROUND_HOST_PLACES), || {
        format!(
            "round: {} host places, expected {ROUND_HOST_PLACES}",
            plan.host_places
        )
    });
}

fn bench_round(
    table: &mut Table,
    checks: &mut Checks,
    index: &DirectoryIndex,
    wanted: &[Wanted],
) -> HeapUse {
    let options = Options::default();
    let mut times = Vec::with_capacity(ROUND_REPEATS);
    let mut heap = None;
    let mut last_plan = None;
    for _ in 0..ROUND_REPEATS {
        let (plan, elapsed, used) =
            measured(|| rounds::plan(index, wanted, &HashMap::new(), &HashSet::new(), options));
        times.push(elapsed);
        heap.get_or_insert(used);
        last_plan = Some(plan);
    }
    let plan = last_plan.expect("at least one round");
    check_plan(checks, index, wanted, &plan);
    let (greedy, greedy_time) = time(|| greedy_round(index, wanted, options));
    checks.expect(plan.total >= greedy.total, || {
        format!(
            "round: exact total {} below the greedy total {}",
            plan.total, greedy.total
        )
    });
    times.sort_unstable();
    let hosts = rounds::hosts(index, &HashMap::new()).len();
    table.section(&format!(
        "Round: {ROUND_REQUESTS} visit requests over {ROUND_HOST_PLACES} host places at {hosts} hosts ({ROUND_REPEATS} runs)"
    ));
    table.row(
        "rounds::plan (scoring + exact assignment)",
        [
            format!("{} min", ms(times[0])),
            format!("{} median", ms(times[times.len() / 2])),
            String::new(),
            "≤ 2 s".into(),
        ],
        format!(
            "{} assigned, total score {}",
            plan.pairings.len(),
            plan.total
        ),
    );
    table.value(
        "greedy pass, same data (sanity baseline)",
        ms(greedy_time),
        "",
        format!("{} assigned, total score {}", greedy.assigned, greedy.total),
    );
    table.value(
        "exact total − greedy total",
        format!("{:+}", plan.total - greedy.total),
        "≥ 0",
        format!(
            "{:+.2} % over greedy",
            100.0 * (plan.total - greedy.total) as f64 / greedy.total.max(1) as f64
        ),
    );
    heap.expect("at least one round")
}

// ---------------------------------------------------------------------------------------
// 3. Through the database.

fn town_row(town: &Town, now: chrono::DateTime<Utc>) -> towns::ActiveModel {
    towns::ActiveModel {
        id: Set(town.id),
        local_name: Set(town.name.clone()),
        english_name: Set(None),
        country: Set(town.country.to_owned()),
        region: Set(None),
        latitude: Set(town.coordinates.latitude()),
        longitude: Set(town.coordinates.longitude()),
        languages: Set(json!([town.language])),
        created_at: Set(now),
        updated_at: Set(now),
    }
}

fn organisation_row(
    directory: &Directory,
    n: usize,
    now: chrono::DateTime<Utc>,
) -> organisations::ActiveModel {
    let organisation = &directory.organisations[n];
    let mut theme_codes: Vec<&str> = organisation.themes.iter().map(|t| t.code()).collect();
    theme_codes.sort_unstable();
    let availability: Vec<serde_json::Value> = organisation
        .availability
        .iter()
        .map(|p| json!({ "from": p.dates.from.to_string(), "to": p.dates.to.to_string(), "mode": p.mode.code() }))
        .collect();
    organisations::ActiveModel {
        id: Set(organisation.id),
        name: Set(format!("Organisation {n}")),
        // As the service stores it: the name folded with `str::to_lowercase`.
        search_name: Set(format!("organisation {n}")),
        kind: Set(organisation.kind.code().to_owned()),
        town_id: Set(directory.towns[organisation.town].id),
        address: Set(None),
        latitude: Set(organisation.own_coordinates.map(Coordinates::latitude)),
        longitude: Set(organisation.own_coordinates.map(Coordinates::longitude)),
        descriptions: Set(json!({})),
        age_min: Set(organisation.ages.min),
        age_max: Set(organisation.ages.max),
        working_languages: Set(json!(organisation.languages)),
        themes: Set(json!(theme_codes)),
        sdgs: Set(json!([])),
        typical_group_size: Set(organisation.typical_group_size),
        hosting_capacity: Set(organisation.hosting_capacity),
        host_places: Set(organisation.host_places),
        availability: Set(json!(availability)),
        accessibility_notes: Set(None),
        oid: Set(None),
        accreditation: Set(None),
        revision: Set(0),
        created_at: Set(registered()),
        updated_at: Set(now),
    }
}

/// When every generated organisation was registered: one instant, so age ties and the index
/// orders them by id, in memory and from the database alike.
fn registered() -> chrono::DateTime<Utc> {
    chrono::DateTime::UNIX_EPOCH
}

async fn insert_directory(app: &TestApp, directory: &Directory) -> anyhow::Result<()> {
    let now = Utc::now();
    let txn = begin_write(app.db()).await?;
    for batch in directory.towns.chunks(INSERT_BATCH) {
        towns::Entity::insert_many(batch.iter().map(|town| town_row(town, now)))
            .exec_without_returning(&txn)
            .await?;
    }
    let numbers: Vec<usize> = (0..directory.organisations.len()).collect();
    for batch in numbers.chunks(INSERT_BATCH) {
        organisations::Entity::insert_many(
            batch.iter().map(|n| organisation_row(directory, *n, now)),
        )
        .exec_without_returning(&txn)
        .await?;
    }
    txn.commit().await?;
    Ok(())
}

struct DatabaseResult {
    load_heap: HeapUse,
}

async fn bench_database(
    table: &mut Table,
    checks: &mut Checks,
    directory: &Directory,
    in_memory: &DirectoryIndex,
    in_memory_rank_p50: Duration,
    rng: &mut SplitMix64,
) -> anyhow::Result<DatabaseResult> {
    let app = TestApp::spawn().await;
    let backend = match app.db().get_database_backend() {
        sea_orm::DbBackend::Postgres => "PostgreSQL",
        sea_orm::DbBackend::Sqlite => "SQLite",
        _ => "another database",
    };
    let started = Instant::now();
    insert_directory(&app, directory).await?;
    let insert_time = started.elapsed();

    let window = HeapWindow::open();
    let started = Instant::now();
    let loaded = index::load(app.db()).await?;
    let load_time = started.elapsed();
    let load_heap = window.close();
    let same = loaded.candidates.len() == in_memory.candidates.len()
        && loaded
            .candidates
            .iter()
            .zip(&in_memory.candidates)
            .all(|(a, b)| same_candidate(a, b));
    checks.expect(same, || {
        "the index loaded from the database differs from the generated one".into()
    });

    let services = app.services();
    let principal = Principal {
        user_id: Uuid::now_v7(),
        session_id: Uuid::now_v7(),
        roles: vec![],
    };
    let options = Options::default();
    let subject =
        |rng: &mut SplitMix64| directory.organisations[rng.below(directory.organisations.len())].id;
    let started = Instant::now();
    search::partner_matches(
        services,
        &principal,
        MatchSubject::Organisation(subject(rng)),
        options,
        TOP,
        0,
    )
    .await?;
    let first_call = started.elapsed();

    let mut end_to_end = Vec::with_capacity(SEARCH_REQUESTS);
    let mut same_subject_in_memory = Vec::with_capacity(SEARCH_REQUESTS);
    for n in 0..SEARCH_REQUESTS {
        let id = subject(rng);
        let started = Instant::now();
        let page = search::partner_matches(
            services,
            &principal,
            MatchSubject::Organisation(id),
            options,
            TOP,
            0,
        )
        .await?;
        end_to_end.push(started.elapsed());
        // The same search on the index alone (partner_matches asks for one more, for paging).
        let facts = loaded.pair_facts(page.wanted.organisation_id, page.wanted.town_id);
        let (ranking, elapsed) =
            time(|| search::rank(&loaded, &page.wanted, &facts, options, TOP + 1));
        same_subject_in_memory.push(elapsed);
        let expected = top_ids(&loaded, &ranking.top[..TOP.min(ranking.top.len())]);
        let got: Vec<Uuid> = page.matches.iter().map(|(id, _)| *id).collect();
        checks.expect(got == expected, || {
            format!("partner_matches {n}: differs from rank on the same index")
        });
        checks.expect(page.matched == ranking.matched, || {
            format!("partner_matches {n}: matched count differs")
        });
    }
    let (end_to_end, same_subject) = (
        percentiles(&end_to_end),
        percentiles(&same_subject_in_memory),
    );

    // One profile changes: the next search refreshes the index from the changed rows only.
    let changed = directory.organisations[rng.below(directory.organisations.len())].id;
    {
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};
        let revision = index::next_revision(app.db()).await?;
        organisations::Entity::update_many()
            .col_expr(organisations::Column::HostingCapacity, Expr::value(7))
            .col_expr(organisations::Column::Revision, Expr::value(revision))
            .col_expr(organisations::Column::UpdatedAt, Expr::value(Utc::now()))
            .filter(organisations::Column::Id.eq(changed))
            .exec(app.db())
            .await?;
    }
    let started = Instant::now();
    search::partner_matches(
        services,
        &principal,
        MatchSubject::Organisation(subject(rng)),
        options,
        TOP,
        0,
    )
    .await?;
    let after_change = started.elapsed();
    let refreshed = services.matching_index.get(app.db()).await?;
    checks.expect(
        refreshed.candidate(changed).map(|c| c.hosting_capacity) == Some(7),
        || "the refreshed index misses the changed organisation".into(),
    );

    table.section(&format!("Through the database ({backend}, no HTTP)"));
    table.value(
        "insert towns and organisations",
        format!("{:.2} s", insert_time.as_secs_f64()),
        "",
        format!("insert_many, {INSERT_BATCH} rows a statement, one transaction"),
    );
    table.value(
        "index::load (cold index build)",
        ms(load_time),
        "",
        format!(
            "{} candidates, identical to the generated ones: {same}; candidate vector capacity {} × {} B",
            loaded.candidates.len(),
            loaded.candidates.capacity(),
            std::mem::size_of::<Candidate>(),
        ),
    );
    table.value(
        "first partner_matches (builds the cache)",
        ms(first_call),
        "",
        "",
    );
    table.value(
        "partner_matches after one profile changed",
        ms(after_change),
        "",
        format!(
            "refresh reads the changed rows only: {} of the cold build",
            ratio(after_change, first_call)
        ),
    );
    table.timing(
        "partner_matches, warm cache",
        &end_to_end,
        "",
        format!("{SEARCH_REQUESTS} profiles; revision query + rank"),
    );
    table.timing(
        "rank alone, same 200 profile searches",
        &same_subject,
        "",
        "in memory, on the loaded index",
    );
    table.value(
        "ratio partner_matches / in-memory rank (p50)",
        ratio(end_to_end.p50, in_memory_rank_p50),
        "",
        format!("same searches: {}", ratio(end_to_end.p50, same_subject.p50)),
    );
    Ok(DatabaseResult { load_heap })
}

// ---------------------------------------------------------------------------------------

fn main() -> anyhow::Result<()> {
    let mut checks = Checks::default();
    for language in COUNTRIES
        .iter()
        .map(|(_, language)| *language)
        .chain([LINGUA_FRANCA])
    {
        checks.expect(LANGUAGE_CODES.binary_search(&language).is_ok(), || {
            format!("unknown language {language}")
        });
    }
    let mut rng = SplitMix64(SEED);
    let (directory, generate_time) = time(|| generate_directory(&mut rng));
    let requests = search_requests(&mut rng, &directory);
    let round = round_requests(&mut rng, &directory);

    let (index, build_time, build_heap) = measured(|| build_index(&directory));
    let mut table = Table::default();
    let rank_p50 = bench_search(&mut table, &mut checks, &index, &requests);

    let one = &requests[WARM_UP_REQUESTS];
    let facts = index.pair_facts(one.organisation_id, one.town_id);
    let (_, _, rank_heap) =
        measured(|| black_box(search::rank(&index, one, &facts, Options::default(), TOP)));

    let round_heap = bench_round(&mut table, &mut checks, &index, &round);

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    let database = runtime.block_on(bench_database(
        &mut table,
        &mut checks,
        &directory,
        &index,
        rank_p50,
        &mut rng,
    ))?;

    table.section("Heap (counting allocator: peak above what was live before; retained after)");
    let heap_row = |table: &mut Table, label: &str, heap: HeapUse, note: String| {
        table.value(
            label,
            mib(heap.peak),
            "",
            format!("retained {}{note}", mib(heap.retained)),
        );
    };
    heap_row(
        &mut table,
        "index from parts (candidates + from_parts)",
        build_heap,
        format!(", built in {}", ms(build_time)),
    );
    heap_row(&mut table, "one rank call", rank_heap, String::new());
    heap_row(
        &mut table,
        "one round (rounds::plan)",
        round_heap,
        String::new(),
    );
    heap_row(
        &mut table,
        "index::load from the database",
        database.load_heap,
        String::new(),
    );
    table.value(
        "process VmHWM (peak resident)",
        vm_hwm(),
        "",
        "whole run, incl. the database",
    );

    println!(
        "Matching: {ORGANISATIONS} generated organisations in {TOWNS} towns (seed {SEED:#x}, generated in {})",
        ms(generate_time)
    );
    println!();
    table.print();
    println!();
    if checks.failures.is_empty() {
        println!("correctness: all checks passed");
        Ok(())
    } else {
        for failure in &checks.failures {
            eprintln!("FAILED: {failure}");
        }
        std::process::exit(1);
    }
}
