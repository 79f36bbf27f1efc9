//! Time zones, and dates and instants as a reader sees them.
//!
//! Instants are stored as UTC (`chrono::DateTime<Utc>`); a reader sees them in their time
//! zone, an IANA zone whose rules (summer time included) come from the zone database bundled
//! into the binary, never a fixed offset. Dates without a time (an exchange's first day) are
//! the same everywhere and are shown as they are.
use std::fmt;

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use icu_calendar::{Date, Gregorian};
use icu_datetime::{
    FixedCalendarDateTimeFormatter, NoCalendarFormatter,
    fieldsets::{Combo, YMD, YMDT, zone},
    input::{Time, ZonedDateTime},
    options::TimePrecision,
};
use icu_time::{
    TimeZoneInfo,
    zone::{UtcOffset, ZoneNameTimestamp, models::AtTime},
};

use super::PerLocale;
use crate::{error::FieldError, i18n, types::Locale};

/// An IANA time zone such as `Europe/Stockholm`, parsed at the edge: a name the zone
/// database knows, for a place (not `Etc/GMT-1` nor a bare offset, which know no summer time).
#[derive(Clone)]
pub struct TimeZone {
    zone: jiff::tz::TimeZone,
}

impl TimeZone {
    /// The zone of a person who chose none, and of the municipalities.
    pub const DEFAULT_NAME: &'static str = "Europe/Stockholm";

    /// The zones offered for choosing: Sweden's and its partners' (the Nordic and Baltic
    /// countries, Poland, Ukraine, and the rest of Europe the programmes reach), and the
    /// Nordplus islands. Any other IANA zone is accepted too.
    pub const OFFERED: &'static [&'static str] = &[
        "Europe/Stockholm",
        "Europe/Oslo",
        "Europe/Copenhagen",
        "Europe/Helsinki",
        "Europe/Tallinn",
        "Europe/Riga",
        "Europe/Vilnius",
        "Europe/Warsaw",
        "Europe/Berlin",
        "Europe/Vienna",
        "Europe/Prague",
        "Europe/Amsterdam",
        "Europe/Brussels",
        "Europe/Paris",
        "Europe/Madrid",
        "Europe/Lisbon",
        "Europe/Rome",
        "Europe/Athens",
        "Europe/Kyiv",
        "Europe/Istanbul",
        "Europe/Dublin",
        "Europe/London",
        "Atlantic/Reykjavik",
        "Atlantic/Faroe",
        "America/Nuuk",
    ];

    pub fn parse(field: &str, raw: &str) -> Result<Self, FieldError> {
        let name = raw.trim();
        if name.is_empty() {
            return Err(FieldError::new(field, "required", "must not be empty"));
        }
        let unknown = || {
            FieldError::new(
                field,
                "unknown_time_zone",
                "must be a time zone of the IANA database, such as Europe/Stockholm",
            )
        };
        // A place has an area and a name; `Etc/` zones are fixed offsets.
        if name.len() > 64 || !name.contains('/') || name.to_ascii_lowercase().starts_with("etc/") {
            return Err(unknown());
        }
        let zone = jiff::tz::db().get(name).map_err(|_| unknown())?;
        if zone.iana_name().is_none() {
            return Err(unknown());
        }
        Ok(Self { zone })
    }

    /// For values read back from the database: none or one no longer known is the default.
    pub fn from_stored(raw: Option<&str>) -> Self {
        raw.and_then(|raw| Self::parse("time_zone", raw).ok())
            .unwrap_or_default()
    }

    /// Brussels, whose noon the EU's calls close at.
    pub fn brussels() -> Self {
        Self::named("Europe/Brussels")
    }

    fn named(name: &str) -> Self {
        Self {
            zone: jiff::tz::db()
                .get(name)
                .expect("the bundled zone database has the zones we name"),
        }
    }

    /// The IANA name, as the database spells it.
    pub fn name(&self) -> &str {
        self.zone.iana_name().unwrap_or(Self::DEFAULT_NAME)
    }

    fn at(&self, at: DateTime<Utc>) -> jiff::ZonedDateTime {
        let instant = jiff::Timestamp::new(
            at.timestamp(),
            i32::try_from(at.timestamp_subsec_nanos()).unwrap_or(0),
        )
        .unwrap_or(jiff::Timestamp::UNIX_EPOCH);
        instant.to_zoned_datetime(self.zone.clone())
    }
}

impl Default for TimeZone {
    fn default() -> Self {
        Self::named(Self::DEFAULT_NAME)
    }
}

impl PartialEq for TimeZone {
    fn eq(&self, other: &Self) -> bool {
        self.name() == other.name()
    }
}

impl Eq for TimeZone {}

impl fmt::Debug for TimeZone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("TimeZone").field(&self.name()).finish()
    }
}

impl fmt::Display for TimeZone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The instant the wall clocks of `zone` show `hour:minute` on `day`. A time summer time
/// skips is read as the clocks would have shown it without the jump (02:30 on the spring
/// day is 03:30), one it repeats as its first occurrence.
pub fn local_instant(zone: &TimeZone, day: NaiveDate, hour: u8, minute: u8) -> DateTime<Utc> {
    let civil = jiff::civil::DateTime::new(
        i16::try_from(day.year()).unwrap_or(9999),
        i8::try_from(day.month()).unwrap_or(1),
        i8::try_from(day.day()).unwrap_or(1),
        i8::try_from(hour.min(23)).unwrap_or(0),
        i8::try_from(minute.min(59)).unwrap_or(0),
        0,
        0,
    );
    let instant = civil
        .ok()
        .and_then(|civil| zone.zone.to_timestamp(civil).ok())
        .unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    DateTime::from_timestamp(instant.as_second(), 0).unwrap_or_default()
}

/// 12:00 in Brussels on `day`, as the EU's calls for proposals close: 11:00 UTC in winter,
/// 10:00 UTC in summer, from the zone database rather than a fixed offset.
pub fn noon_in_brussels(day: NaiveDate) -> DateTime<Utc> {
    local_instant(&TimeZone::brussels(), day, 12, 0)
}

/// The day it is in `zone` at `at`, in words: "21 december 2026".
pub fn local_date(locale: Locale, zone: &TimeZone, at: DateTime<Utc>) -> String {
    let local = zone.at(at);
    let plain = || local.date().to_string();
    match gregorian(local.year().into(), local.month(), local.day()) {
        Some(day) => format_date(locale, &day, plain),
        None => plain(),
    }
}

/// A day in words: "21 december 2026", "21 December 2026", "21. Dezember 2026".
pub fn date(locale: Locale, day: NaiveDate) -> String {
    let month = i8::try_from(day.month()).unwrap_or(1);
    let of_month = i8::try_from(day.day()).unwrap_or(1);
    let plain = || day.to_string();
    match gregorian(day.year(), month, of_month) {
        Some(found) => format_date(locale, &found, plain),
        None => plain(),
    }
}

/// A first and a last day: "21 december 2026 – 3 januari 2027"; one day when they are the same.
pub fn date_range(locale: Locale, first: NaiveDate, last: NaiveDate) -> String {
    if first == last {
        return date(locale, first);
    }
    i18n::text_with(
        locale,
        "format-date-range",
        &[
            ("first", date(locale, first).into()),
            ("last", date(locale, last).into()),
        ],
    )
}

/// An instant as the reader's clocks show it, with their zone named: "21 december 2026 kl.
/// 02:16 centraleuropeisk tid", "21 December 2026 at 02:16 Central European Time".
pub fn date_time(locale: Locale, zone: &TimeZone, at: DateTime<Utc>) -> String {
    let local = zone.at(at);
    let Some(input) = icu_input(zone, &local) else {
        return fallback(&local);
    };
    DATE_TIMES
        .get(locale, |icu| {
            let fields = YMDT::long()
                .with_time_precision(TimePrecision::Minute)
                .with_zone(zone::GenericLong);
            FixedCalendarDateTimeFormatter::try_new(icu.into(), fields).ok()
        })
        .as_ref()
        .map_or_else(|| fallback(&local), |f| f.format(&input).to_string())
}

/// A zone's name as a place, for choosing one: "Sverigetid", "Sweden Time", "Finland Time".
pub fn time_zone_name(locale: Locale, zone: &TimeZone) -> String {
    let info = icu_time::TimeZone::from_iana_id(zone.name()).without_offset();
    if info.id().is_unknown() {
        return zone.name().to_owned();
    }
    ZONE_NAMES
        .get(locale, |icu| {
            NoCalendarFormatter::try_new(icu.into(), zone::Location).ok()
        })
        .as_ref()
        .map_or_else(|| zone.name().to_owned(), |f| f.format(&info).to_string())
}

type DateFormatter = FixedCalendarDateTimeFormatter<Gregorian, YMD>;
type DateTimeFormatter = FixedCalendarDateTimeFormatter<Gregorian, Combo<YMDT, zone::GenericLong>>;
type ZoneFormatter = NoCalendarFormatter<zone::Location>;

static DATES: PerLocale<Option<DateFormatter>> = PerLocale::new();
static DATE_TIMES: PerLocale<Option<DateTimeFormatter>> = PerLocale::new();
static ZONE_NAMES: PerLocale<Option<ZoneFormatter>> = PerLocale::new();

fn gregorian(year: i32, month: i8, day: i8) -> Option<Date<Gregorian>> {
    Date::try_new_gregorian(year, u8::try_from(month).ok()?, u8::try_from(day).ok()?).ok()
}

/// `day` in words, or `plain` (ISO 8601) without data for the language.
fn format_date(locale: Locale, day: &Date<Gregorian>, plain: impl FnOnce() -> String) -> String {
    DATES
        .get(locale, |icu| {
            FixedCalendarDateTimeFormatter::try_new(icu.into(), YMD::long()).ok()
        })
        .as_ref()
        .map_or_else(plain, |f| f.format(day).to_string())
}

/// The local wall-clock time and the zone at that instant, as ICU takes them.
fn icu_input(
    zone: &TimeZone,
    local: &jiff::ZonedDateTime,
) -> Option<ZonedDateTime<Gregorian, TimeZoneInfo<AtTime>>> {
    let date = gregorian(local.year().into(), local.month(), local.day())?;
    let time = Time::try_new(
        u8::try_from(local.hour()).ok()?,
        u8::try_from(local.minute()).ok()?,
        u8::try_from(local.second()).ok()?,
        0,
    )
    .ok()?;
    let offset = UtcOffset::try_from_seconds(local.offset().seconds()).ok();
    let zone = icu_time::TimeZone::from_iana_id(zone.name())
        .with_offset(offset)
        .with_zone_name_timestamp(ZoneNameTimestamp::from_epoch_seconds(
            local.timestamp().as_second(),
        ));
    Some(ZonedDateTime { date, time, zone })
}

/// Readable even without CLDR data: "2026-12-21 02:16 Europe/Stockholm".
fn fallback(local: &jiff::ZonedDateTime) -> String {
    format!(
        "{} {}",
        local.strftime("%Y-%m-%d %H:%M"),
        local.time_zone().iana_name().unwrap_or("UTC")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone as _;

    fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, mo, d, h, mi, 0).unwrap()
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn zones_are_parsed_naming_the_field_and_never_a_fixed_offset() {
        let oslo = TimeZone::parse("timeZone", " europe/oslo ").unwrap();
        assert_eq!(oslo.name(), "Europe/Oslo");
        for raw in [
            "",
            "Mars/Olympus",
            "UTC",
            "CET",
            "Etc/GMT-1",
            "+01:00",
            "Europe/Stockholm/x",
        ] {
            let refused = TimeZone::parse("timeZone", raw).unwrap_err();
            assert_eq!(refused.field, "timeZone", "{raw}");
            assert!(!refused.message.contains(raw) || raw.is_empty(), "{raw}");
        }
        assert_eq!(TimeZone::parse("t", "").unwrap_err().code, "required");
        assert_eq!(
            TimeZone::parse("t", "Etc/GMT-1").unwrap_err().code,
            "unknown_time_zone"
        );
        assert_eq!(TimeZone::default().name(), "Europe/Stockholm");
        assert_eq!(TimeZone::from_stored(None).name(), "Europe/Stockholm");
        assert_eq!(
            TimeZone::from_stored(Some("Nowhere/Else")).name(),
            "Europe/Stockholm"
        );
        assert_eq!(
            TimeZone::from_stored(Some("Europe/Helsinki")).name(),
            "Europe/Helsinki"
        );
        for name in TimeZone::OFFERED {
            assert_eq!(TimeZone::parse("t", name).unwrap().name(), *name);
        }
    }

    #[test]
    fn noon_in_brussels_follows_summer_time() {
        // Winter: CET, UTC+1.
        assert_eq!(noon_in_brussels(day(2026, 2, 12)), utc(2026, 2, 12, 11, 0));
        // Summer: CEST, UTC+2 (summer time began on 29 March 2026).
        assert_eq!(noon_in_brussels(day(2026, 4, 2)), utc(2026, 4, 2, 10, 0));
        // The days around the change.
        assert_eq!(noon_in_brussels(day(2026, 3, 28)), utc(2026, 3, 28, 11, 0));
        assert_eq!(noon_in_brussels(day(2026, 3, 29)), utc(2026, 3, 29, 10, 0));
        assert_eq!(
            noon_in_brussels(day(2026, 10, 25)),
            utc(2026, 10, 25, 11, 0)
        );
    }

    #[test]
    fn a_wall_clock_time_in_a_zone() {
        let helsinki = TimeZone::parse("t", "Europe/Helsinki").unwrap();
        assert_eq!(
            local_instant(&helsinki, day(2026, 12, 21), 9, 30),
            utc(2026, 12, 21, 7, 30)
        );
        // 02:30 does not exist in Stockholm on 29 March 2026: read as 03:30 summer time.
        assert_eq!(
            local_instant(&TimeZone::default(), day(2026, 3, 29), 2, 30),
            utc(2026, 3, 29, 1, 30)
        );
    }

    #[test]
    fn an_instant_in_the_readers_zone_and_language() {
        let at = utc(2026, 12, 21, 0, 16);
        let stockholm = TimeZone::default();
        let cases = [
            (
                Locale::Sv,
                "21 december 2026 kl. 01:16 centraleuropeisk tid",
            ),
            (
                Locale::En,
                "21 December 2026 at 01:16 Central European Time",
            ),
            (
                Locale::Pseudo,
                "21 December 2026 at 01:16 Central European Time",
            ),
            (
                Locale::Nb,
                "21. desember 2026 kl. 01:16 tidssone for Sentral-Europa",
            ),
            (
                Locale::Da,
                "21. december 2026 kl. 01.16 Centraleuropæisk tid",
            ),
            (
                Locale::Fi,
                "21. joulukuuta 2026 klo 1.16 Keski-Euroopan aika",
            ),
            (Locale::Et, "21 detsember 2026, kell 01:16 Kesk-Euroopa aeg"),
            (Locale::Pl, "21 grudnia 2026 01:16 czas środkowoeuropejski"),
            (
                Locale::De,
                "21. Dezember 2026 um 01:16 Mitteleuropäische Zeit",
            ),
            (Locale::Ar, "21 ديسمبر 2026 في 1:16 ص توقيت وسط أوروبا"),
            (
                Locale::So,
                "Diseembar 21, 2026 ee 1:16 GH Waqtiga Bartamaha Yurub",
            ),
            (
                Locale::Uk,
                "21 грудня 2026\u{202f}р. о 01:16 за центральноєвропейським часом",
            ),
        ];
        for (locale, expected) in cases {
            assert_eq!(date_time(locale, &stockholm, at), expected, "{locale:?}");
        }
        // The same instant in summer, and in another zone: the local clock, never UTC.
        assert_eq!(
            date_time(Locale::Sv, &stockholm, utc(2026, 6, 21, 10, 0)),
            "21 juni 2026 kl. 12:00 centraleuropeisk tid"
        );
        let helsinki = TimeZone::parse("t", "Europe/Helsinki").unwrap();
        assert_eq!(
            date_time(Locale::En, &helsinki, at),
            "21 December 2026 at 02:16 Eastern European Time"
        );
    }

    #[test]
    fn the_date_of_an_instant_is_the_readers_date() {
        // 23:30 UTC on 20 December is already 21 December in Stockholm.
        let at = utc(2026, 12, 20, 23, 30);
        assert_eq!(
            local_date(Locale::Sv, &TimeZone::default(), at),
            "21 december 2026"
        );
        let london = TimeZone::parse("t", "Europe/London").unwrap();
        assert_eq!(local_date(Locale::En, &london, at), "20 December 2026");
    }

    #[test]
    fn days_in_every_language() {
        let cases = [
            (Locale::Sv, "21 december 2026"),
            (Locale::En, "21 December 2026"),
            (Locale::Nb, "21. desember 2026"),
            (Locale::Da, "21. december 2026"),
            (Locale::Fi, "21. joulukuuta 2026"),
            (Locale::Et, "21 detsember 2026"),
            (Locale::Pl, "21 grudnia 2026"),
            (Locale::De, "21. Dezember 2026"),
            (Locale::Ar, "21 ديسمبر 2026"),
            (Locale::So, "Diseembar 21, 2026"),
            (Locale::Uk, "21 грудня 2026\u{202f}р."),
            (Locale::Pseudo, "21 December 2026"),
        ];
        for (locale, expected) in cases {
            assert_eq!(date(locale, day(2026, 12, 21)), expected, "{locale:?}");
        }
    }

    #[test]
    fn date_ranges() {
        assert_eq!(
            date_range(Locale::Sv, day(2026, 12, 21), day(2027, 1, 3)),
            "21 december 2026 – 3 januari 2027"
        );
        assert_eq!(
            date_range(Locale::En, day(2026, 12, 21), day(2026, 12, 28)),
            "21 December 2026 – 28 December 2026"
        );
        assert_eq!(
            date_range(Locale::En, day(2026, 12, 21), day(2026, 12, 21)),
            "21 December 2026"
        );
    }

    #[test]
    fn zone_names_for_choosing_one() {
        let oslo = TimeZone::parse("t", "Europe/Oslo").unwrap();
        assert_eq!(
            time_zone_name(Locale::Sv, &TimeZone::default()),
            "Sverigetid"
        );
        assert_eq!(time_zone_name(Locale::En, &oslo), "Norway Time");
        for name in TimeZone::OFFERED {
            let zone = TimeZone::parse("t", name).unwrap();
            for locale in Locale::ALL {
                let named = time_zone_name(locale, &zone);
                assert!(
                    !named.is_empty() && !named.contains('/'),
                    "{name} {locale:?}: {named}"
                );
            }
        }
    }
}
