//! The directory's vocabulary: kinds, themes, codes and ranges that parse at the edge.
use chrono::NaiveDate;

use crate::{code_enum, error::FieldError, reference};

code_enum! {
    /// What an organisation is.
    pub enum OrganisationKind {
        School = "school",
        YouthGroup = "youth_group",
        SportsClub = "sports_club",
        CultureOrganisation = "culture_organisation",
        Ngo = "ngo",
        MunicipalDepartment = "municipal_department",
        University = "university",
        Other = "other",
    }
}

code_enum! {
    /// Jönköping's three levels of partnership.
    pub enum PartnershipKind {
        /// Vänort: exchange in culture, school, sport and more.
        TwinTown = "twin_town",
        /// A letter of intent with no binding municipal commitment.
        SisterCity = "sister_city",
        /// Cooperation on a single issue, for as long as the issue lasts.
        Cooperation = "cooperation",
    }
}

code_enum! {
    pub enum PartnershipStatus {
        Active = "active",
        Ended = "ended",
    }
}

code_enum! {
    /// What a partner request looks for: to host a group, to visit one, or either.
    pub enum Direction {
        Host = "host",
        Visit = "visit",
        Either = "either",
    }
}

code_enum! {
    /// What an organisation can do in an availability period.
    pub enum AvailabilityMode {
        Host = "host",
        Travel = "travel",
        Both = "both",
    }
}

code_enum! {
    /// Erasmus+ accreditations (key action 120) by field.
    pub enum Accreditation {
        School = "KA120-SCH",
        Youth = "KA120-YOU",
        Adult = "KA120-ADU",
        Vet = "KA120-VET",
    }
}

code_enum! {
    pub enum RequestStatus {
        Open = "open",
        Closed = "closed",
    }
}

code_enum! {
    /// The fixed list of themes organisations and requests are tagged with.
    pub enum Theme {
        Culture = "culture",
        School = "school",
        Sport = "sport",
        EnvironmentAndClimate = "environment_and_climate",
        DemocracyAndParticipation = "democracy_and_participation",
        HumanRights = "human_rights",
        GenderEquality = "gender_equality",
        Inclusion = "inclusion",
        DigitalSkills = "digital_skills",
        Entrepreneurship = "entrepreneurship",
        Health = "health",
        HistoryAndHeritage = "history_and_heritage",
        Science = "science",
        Music = "music",
        Arts = "arts",
        Media = "media",
    }
}

/// A set of themes as bits, for fast matching.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct ThemeSet(u32);

impl ThemeSet {
    pub fn insert(&mut self, theme: Theme) {
        self.0 |= 1 << Theme::ALL.iter().position(|t| *t == theme).unwrap_or(0);
    }

    pub fn from_codes<'a>(codes: impl IntoIterator<Item = &'a str>) -> Self {
        let mut set = Self::default();
        for theme in codes.into_iter().filter_map(Theme::from_code) {
            set.insert(theme);
        }
        set
    }

    pub fn intersection(self, other: Self) -> Self {
        Self(self.0 & other.0)
    }

    pub fn len(self) -> u32 {
        self.0.count_ones()
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn iter(self) -> impl Iterator<Item = Theme> {
        Theme::ALL
            .iter()
            .enumerate()
            .filter(move |(bit, _)| self.0 & (1 << bit) != 0)
            .map(|(_, theme)| *theme)
    }
}

/// An ISO 3166-1 alpha-2 country code, upper case.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CountryCode(String);

impl CountryCode {
    pub fn parse(field: &str, raw: &str) -> Result<Self, FieldError> {
        let code = raw.trim().to_ascii_uppercase();
        if code.len() == 2 && reference::is_country_code(&code) {
            Ok(Self(code))
        } else {
            Err(FieldError::new(
                field,
                "unknown_country",
                "must be an ISO 3166-1 alpha-2 country code",
            ))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// ISO 639-1 language codes, lower case, without duplicates, in the order given.
pub fn parse_languages(field: &str, raw: &[String]) -> Result<Vec<String>, FieldError> {
    if raw.len() > 20 {
        return Err(FieldError::new(field, "too_many", "at most 20 languages"));
    }
    let mut languages: Vec<String> = Vec::with_capacity(raw.len());
    for code in raw {
        let code = code.trim().to_ascii_lowercase();
        if code.len() != 2 || !reference::is_language_code(&code) {
            return Err(FieldError::new(
                field,
                "unknown_language",
                "must be ISO 639-1 language codes",
            ));
        }
        if !languages.contains(&code) {
            languages.push(code);
        }
    }
    Ok(languages)
}

/// An age range in whole years, 0–120, lowest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AgeRange {
    pub min: i16,
    pub max: i16,
}

impl AgeRange {
    pub fn parse(field: &str, min: i32, max: i32) -> Result<Self, FieldError> {
        if !(0..=120).contains(&min) || !(0..=120).contains(&max) {
            return Err(FieldError::new(
                field,
                "out_of_range",
                "ages must be between 0 and 120",
            ));
        }
        if min > max {
            return Err(FieldError::new(
                field,
                "min_above_max",
                "the lowest age must not be above the highest",
            ));
        }
        Ok(Self {
            min: min as i16,
            max: max as i16,
        })
    }

    /// Years both ranges share, counting whole ages (10–12 and 12–15 share one).
    pub fn overlap(self, other: Self) -> i16 {
        (self.max.min(other.max) - self.min.max(other.min) + 1).max(0)
    }

    pub fn span(self) -> i16 {
        self.max - self.min + 1
    }
}

/// A period of whole days, both ends included, at most about two years long.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DateRange {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl DateRange {
    pub const MAX_DAYS: i64 = 731;

    pub fn parse(field: &str, from: NaiveDate, to: NaiveDate) -> Result<Self, FieldError> {
        plausible_date(&format!("{field}.from"), from)?;
        plausible_date(&format!("{field}.to"), to)?;
        if to < from {
            return Err(FieldError::new(
                format!("{field}.to"),
                "before_start",
                "must not be before the start",
            ));
        }
        if (to - from).num_days() >= Self::MAX_DAYS {
            return Err(FieldError::new(
                format!("{field}.to"),
                "too_long",
                "a period may be at most two years",
            ));
        }
        Ok(Self { from, to })
    }

    pub fn days(self) -> i64 {
        (self.to - self.from).num_days() + 1
    }

    /// Days both periods share, both ends included.
    pub fn overlap_days(self, other: Self) -> i64 {
        let from = self.from.max(other.from);
        let to = self.to.min(other.to);
        ((to - from).num_days() + 1).max(0)
    }
}

/// Dates the product deals in: 1900 to 2100. Anything else is a typo, and SQLite (which
/// stores dates as text) would compare years beyond 9999 wrongly.
pub fn plausible_date(field: &str, date: NaiveDate) -> Result<NaiveDate, FieldError> {
    use chrono::Datelike;
    if (1900..=2100).contains(&date.year()) {
        Ok(date)
    } else {
        Err(FieldError::new(
            field,
            "out_of_range",
            "must be between the years 1900 and 2100",
        ))
    }
}

/// An Erasmus+ organisation id: the letter E followed by 8 digits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Oid(String);

impl Oid {
    pub fn parse(field: &str, raw: &str) -> Result<Self, FieldError> {
        let oid = raw.trim().to_ascii_uppercase();
        let digits = oid.strip_prefix('E').unwrap_or("");
        if digits.len() == 8 && digits.bytes().all(|b| b.is_ascii_digit()) {
            Ok(Self(oid))
        } else {
            Err(FieldError::new(
                field,
                "invalid_oid",
                "must be the letter E followed by 8 digits",
            ))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// UN sustainable development goals 1–17, sorted, without duplicates.
pub fn parse_sdgs(field: &str, raw: &[i32]) -> Result<Vec<i32>, FieldError> {
    if raw.len() > 17 {
        return Err(FieldError::new(field, "too_many", "there are 17 goals"));
    }
    if raw.iter().any(|goal| !(1..=17).contains(goal)) {
        return Err(FieldError::new(
            field,
            "out_of_range",
            "goals are numbered 1 to 17",
        ));
    }
    let mut goals = raw.to_vec();
    goals.sort_unstable();
    goals.dedup();
    Ok(goals)
}

/// Free text: trimmed, at most `max` characters, no control characters but line breaks.
pub fn parse_text(field: &str, raw: &str, max: usize) -> Result<String, FieldError> {
    let text = raw.trim();
    if text.chars().count() > max {
        return Err(FieldError::new(field, "too_long", "is too long"));
    }
    if text
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t')
    {
        return Err(FieldError::new(
            field,
            "invalid_characters",
            "must not contain control characters",
        ));
    }
    Ok(text.to_owned())
}

/// Like [`parse_text`], but must not be empty.
pub fn parse_name(field: &str, raw: &str, max: usize) -> Result<String, FieldError> {
    let text = parse_text(field, raw, max)?;
    if text.is_empty() {
        return Err(FieldError::new(field, "required", "must not be empty"));
    }
    Ok(text)
}

/// A written reason for a decision that needs one (a consent override, a restriction): at
/// least 10 characters, at most 2000.
pub fn parse_reason(field: &str, raw: &str) -> Result<String, FieldError> {
    let reason = parse_text(field, raw, 2000)?;
    if reason.chars().count() < 10 {
        return Err(FieldError::new(
            field,
            "too_short",
            "explain the reason in at least 10 characters",
        ));
    }
    Ok(reason)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reason_takes_ten_to_two_thousand_characters() {
        let cases = [
            (
                "Guardian unreachable",
                Ok("Guardian unreachable".to_owned()),
            ),
            ("  ten chars.  ", Ok("ten chars.".to_owned())),
            ("too short", Err("too_short")),
            ("", Err("too_short")),
            ("bell \u{7} in a long reason", Err("invalid_characters")),
        ];
        for (raw, expected) in cases {
            assert_eq!(
                parse_reason("reason", raw).map_err(|e| e.code),
                expected,
                "{raw:?}"
            );
        }
        assert_eq!(
            parse_reason("reason", &"x".repeat(2001)).map_err(|e| (e.field, e.code)),
            Err(("reason".to_owned(), "too_long"))
        );
        assert!(parse_reason("reason", &"x".repeat(2000)).is_ok());
    }

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn oids() {
        assert_eq!(
            Oid::parse("oid", " e10203040 ").unwrap().as_str(),
            "E10203040"
        );
        for bad in [
            "",
            "E1234567",
            "E123456789",
            "X12345678",
            "E1234567A",
            "12345678",
        ] {
            let error = Oid::parse("input.oid", bad).unwrap_err();
            assert_eq!(
                (error.field.as_str(), error.code),
                ("input.oid", "invalid_oid")
            );
        }
    }

    #[test]
    fn age_ranges() {
        let teens = AgeRange::parse("a", 13, 17).unwrap();
        assert_eq!(teens.span(), 5);
        assert_eq!(teens.overlap(AgeRange::parse("a", 17, 25).unwrap()), 1);
        assert_eq!(teens.overlap(AgeRange::parse("a", 6, 9).unwrap()), 0);
        assert_eq!(
            AgeRange::parse("a", 15, 12).unwrap_err().code,
            "min_above_max"
        );
        assert_eq!(
            AgeRange::parse("a", -1, 12).unwrap_err().code,
            "out_of_range"
        );
    }

    #[test]
    fn date_ranges() {
        let spring = DateRange::parse("d", day("2027-03-01"), day("2027-05-31")).unwrap();
        assert_eq!(spring.days(), 92);
        let may = DateRange::parse("d", day("2027-05-01"), day("2027-06-30")).unwrap();
        assert_eq!(spring.overlap_days(may), 31);
        let error =
            DateRange::parse("input.dates", day("2027-05-01"), day("2027-04-30")).unwrap_err();
        assert_eq!(
            (error.field.as_str(), error.code),
            ("input.dates.to", "before_start")
        );
        assert_eq!(
            DateRange::parse("d", day("2027-01-01"), day("2030-01-01"))
                .unwrap_err()
                .code,
            "too_long"
        );
    }

    #[test]
    fn countries_languages_goals() {
        assert_eq!(CountryCode::parse("c", " se ").unwrap().as_str(), "SE");
        assert_eq!(
            CountryCode::parse("c", "UK").unwrap_err().code,
            "unknown_country"
        );
        assert_eq!(
            parse_languages("l", &["SV".into(), "en".into(), "sv".into()]).unwrap(),
            ["sv", "en"]
        );
        assert_eq!(
            parse_languages("l", &["swe".into()]).unwrap_err().code,
            "unknown_language"
        );
        assert_eq!(parse_sdgs("g", &[13, 4, 13]).unwrap(), [4, 13]);
        assert_eq!(parse_sdgs("g", &[18]).unwrap_err().code, "out_of_range");
    }

    #[test]
    fn theme_sets() {
        let ours = ThemeSet::from_codes(["culture", "music", "sport"]);
        let theirs = ThemeSet::from_codes(["music", "sport", "media"]);
        let shared: Vec<_> = ours.intersection(theirs).iter().collect();
        assert_eq!(shared, [Theme::Sport, Theme::Music]);
        assert_eq!(ours.len(), 3);
        for theme in Theme::ALL {
            assert_eq!(Theme::from_code(theme.code()), Some(*theme));
        }
    }
}
