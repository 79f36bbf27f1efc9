//! The proposal form as typed: read from the posted fields, turned into the domain's
//! `ExchangeInput`, filled from a stored exchange, and the domain's field names mapped to
//! the form's input ids. Plain functions, no I/O.
use chrono::NaiveDate;
use utbyte_domain::{
    FieldError,
    directory::types::Theme,
    entities::exchanges,
    exchanges::proposals::{Accommodation, ExchangeDirection, ExchangeInput},
    format,
    money::{Currency, Money},
    types::Locale,
};
use uuid::Uuid;

/// What a press of one of the form's buttons asks for. Only `Save` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormAction {
    Save,
    SearchPartners,
    AddDay,
    /// Removes the programme row at this index (from 0).
    RemoveDay(usize),
}

impl FormAction {
    /// The action of the button pressed; without one (Enter in a field) the form is saved.
    pub fn parse(raw: Option<&str>) -> Option<FormAction> {
        match raw {
            None | Some("save") => Some(FormAction::Save),
            Some("search-partners") => Some(FormAction::SearchPartners),
            Some("add-day") => Some(FormAction::AddDay),
            Some(other) => other
                .strip_prefix("remove-day-")
                .and_then(|n| n.parse().ok())
                .map(FormAction::RemoveDay),
        }
    }
}

/// One row of the day-by-day programme, as typed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DayRow {
    pub day: String,
    pub text: String,
}

/// Every field of the proposal form, as typed (so that it can be shown again unchanged).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProposalForm {
    pub sending_organisation: String,
    /// (language code, text), one per language of the service.
    pub titles: Vec<(&'static str, String)>,
    pub descriptions: Vec<(&'static str, String)>,
    pub direction: String,
    pub partners: Vec<String>,
    pub partner_search: String,
    pub destination_town: String,
    pub venue: String,
    pub start_date: String,
    pub end_date: String,
    pub activity_days: String,
    pub registration_deadline: String,
    pub participants: String,
    pub leaders: String,
    pub age_min: String,
    pub age_max: String,
    pub themes: Vec<String>,
    pub learning_objectives: String,
    pub programme: Vec<DayRow>,
    pub accommodation: String,
    pub transport: String,
    pub green_travel: bool,
    pub cost_per_participant: String,
    /// ISO 4217; kronor on a new form.
    pub cost_currency: String,
    /// In euro: the exchange's EU or Nordic budget.
    pub budget: String,
    pub adventurous_activities: bool,
    pub insurance_confirmed: bool,
    pub risk_assessment: String,
    pub consent_plan: String,
}

fn per_language(value: impl Fn(&str) -> String) -> Vec<(&'static str, String)> {
    Locale::ALL
        .iter()
        .map(|locale| (locale.code(), value(locale.code())))
        .collect()
}

impl ProposalForm {
    /// An empty form for a new proposal.
    pub fn blank(sending_organisation: Option<Uuid>) -> ProposalForm {
        ProposalForm {
            sending_organisation: sending_organisation
                .map_or_else(String::new, |id| id.to_string()),
            titles: per_language(|_| String::new()),
            descriptions: per_language(|_| String::new()),
            direction: ExchangeDirection::WeVisit.code().to_owned(),
            accommodation: Accommodation::HostFamilies.code().to_owned(),
            cost_currency: Currency::Sek.code().to_owned(),
            programme: vec![DayRow {
                day: "1".to_owned(),
                text: String::new(),
            }],
            ..ProposalForm::default()
        }
    }

    /// The form read from posted fields, and the button pressed.
    pub fn from_fields(fields: &[(String, String)]) -> (ProposalForm, Option<FormAction>) {
        let one = |name: &str| {
            fields
                .iter()
                .find(|(key, _)| key == name)
                .map_or_else(String::new, |(_, value)| value.clone())
        };
        let all = |name: &str| -> Vec<String> {
            fields
                .iter()
                .filter(|(key, _)| key == name)
                .map(|(_, value)| value.clone())
                .collect()
        };
        let mut rows: Vec<(usize, DayRow)> = Vec::new();
        for (key, value) in fields {
            let (index, is_day) = match (
                key.strip_prefix("programme_day_"),
                key.strip_prefix("programme_text_"),
            ) {
                (Some(index), _) => (index, true),
                (_, Some(index)) => (index, false),
                _ => continue,
            };
            let Ok(index) = index.parse::<usize>() else {
                continue;
            };
            // At most one row per possible day: a longer list is not a programme.
            if index > 400 {
                continue;
            }
            let position = match rows.iter().position(|(i, _)| *i == index) {
                Some(position) => position,
                None => {
                    rows.push((index, DayRow::default()));
                    rows.len() - 1
                }
            };
            let row = &mut rows[position].1;
            if is_day {
                row.day = value.clone();
            } else {
                row.text = value.clone();
            }
        }
        rows.sort_by_key(|(index, _)| *index);
        let form = ProposalForm {
            sending_organisation: one("sending_organisation"),
            titles: per_language(|code| one(&format!("title_{code}"))),
            descriptions: per_language(|code| one(&format!("description_{code}"))),
            direction: one("direction"),
            partners: all("partners"),
            partner_search: one("partner_search"),
            destination_town: one("destination_town"),
            venue: one("venue"),
            start_date: one("start_date"),
            end_date: one("end_date"),
            activity_days: one("activity_days"),
            registration_deadline: one("registration_deadline"),
            participants: one("participants"),
            leaders: one("leaders"),
            age_min: one("age_min"),
            age_max: one("age_max"),
            themes: all("themes"),
            learning_objectives: one("learning_objectives"),
            programme: rows.into_iter().map(|(_, row)| row).collect(),
            accommodation: one("accommodation"),
            transport: one("transport"),
            green_travel: !one("green_travel").is_empty(),
            cost_per_participant: one("cost_per_participant"),
            cost_currency: one("cost_currency"),
            budget: one("budget"),
            adventurous_activities: !one("adventurous_activities").is_empty(),
            insurance_confirmed: !one("insurance_confirmed").is_empty(),
            risk_assessment: one("risk_assessment"),
            consent_plan: one("consent_plan"),
        };
        (
            form,
            FormAction::parse(
                fields
                    .iter()
                    .find(|(k, _)| k == "action")
                    .map(|(_, v)| v.as_str()),
            ),
        )
    }

    /// The form filled from a stored exchange and its partners, amounts written as `locale`
    /// writes numbers.
    pub fn of_exchange(
        exchange: &exchanges::Model,
        partners: &[Uuid],
        locale: Locale,
    ) -> ProposalForm {
        let text_of = |value: &serde_json::Value, code: &str| {
            value[code].as_str().unwrap_or_default().to_owned()
        };
        ProposalForm {
            sending_organisation: exchange.sending_organisation_id.to_string(),
            titles: per_language(|code| text_of(&exchange.titles, code)),
            descriptions: per_language(|code| text_of(&exchange.descriptions, code)),
            direction: exchange.direction.clone(),
            partners: partners.iter().map(Uuid::to_string).collect(),
            partner_search: String::new(),
            destination_town: exchange.destination_town_id.to_string(),
            venue: exchange.venue.clone(),
            start_date: exchange.start_date.to_string(),
            end_date: exchange.end_date.to_string(),
            activity_days: exchange.activity_days.to_string(),
            registration_deadline: exchange
                .registration_deadline
                .map_or_else(String::new, |date| date.to_string()),
            participants: exchange.participants.to_string(),
            leaders: exchange.leaders.to_string(),
            age_min: exchange.age_min.to_string(),
            age_max: exchange.age_max.to_string(),
            themes: exchange
                .themes
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|theme| theme.as_str().map(str::to_owned))
                .collect(),
            learning_objectives: exchange.learning_objectives.clone(),
            programme: exchange
                .programme
                .as_array()
                .into_iter()
                .flatten()
                .map(|entry| DayRow {
                    day: entry["day"].as_i64().unwrap_or_default().to_string(),
                    text: entry["text"].as_str().unwrap_or_default().to_owned(),
                })
                .collect(),
            accommodation: exchange.accommodation.clone(),
            transport: exchange.transport.clone(),
            green_travel: exchange.green_travel,
            cost_per_participant: format::amount(locale, &exchange.cost_per_participant()),
            cost_currency: exchange.cost_currency.clone(),
            budget: exchange.budget_cents.map_or_else(String::new, |cents| {
                format::amount(locale, &Money::euro(cents))
            }),
            adventurous_activities: exchange.adventurous_activities,
            insurance_confirmed: exchange.insurance_confirmed,
            risk_assessment: exchange.risk_assessment.clone(),
            consent_plan: exchange.consent_plan.clone(),
        }
    }

    /// Applies a button that changes only the form; `Save` and `SearchPartners` leave it.
    pub fn apply(&mut self, action: FormAction) {
        match action {
            FormAction::AddDay => {
                let next = self
                    .programme
                    .iter()
                    .filter_map(|row| row.day.trim().parse::<i32>().ok())
                    .max()
                    .unwrap_or(0)
                    + 1;
                self.programme.push(DayRow {
                    day: next.to_string(),
                    text: String::new(),
                });
            }
            FormAction::RemoveDay(index) if index < self.programme.len() => {
                self.programme.remove(index);
            }
            _ => {}
        }
    }

    /// The domain's input, or what cannot even be read (not a number, not a date), by the
    /// form's input ids; amounts are read as `locale` writes numbers.
    pub fn to_input(&self, locale: Locale) -> Result<ExchangeInput, Vec<FieldError>> {
        let mut read = Reader {
            locale,
            problems: Vec::new(),
        };
        let sending_organisation = Uuid::parse_str(self.sending_organisation.trim())
            .ok()
            .or_else(|| read.problem("sending_organisation", "required"));
        let direction = ExchangeDirection::from_code(&self.direction)
            .or_else(|| read.problem("direction", "required"));
        let accommodation = Accommodation::from_code(&self.accommodation)
            .or_else(|| read.problem("accommodation", "required"));
        let start_date = read.date("start_date", &self.start_date);
        let end_date = read.date("end_date", &self.end_date);
        let registration_deadline = match self.registration_deadline.trim() {
            "" => Some(None),
            raw => read.date("registration_deadline", raw).map(Some),
        };
        let activity_days = read.number("activity_days", &self.activity_days);
        let participants = read.number("participants", &self.participants);
        let leaders = read.number("leaders", &self.leaders);
        let age_min = read.number("age_min", &self.age_min);
        let age_max = read.number("age_max", &self.age_max);
        let programme: Vec<(i32, String)> = self
            .programme
            .iter()
            .enumerate()
            .filter_map(|(index, row)| {
                read.number(&format!("programme_day_{index}"), &row.day)
                    .map(|day| (day, row.text.clone()))
            })
            .collect();
        let currency = Currency::from_code(&self.cost_currency)
            .or_else(|| read.problem("cost_currency", "unsupported_currency"));
        // The amount is read even without a currency, so both problems show at once.
        let cost = read.money(
            "cost_per_participant",
            &self.cost_per_participant,
            currency.unwrap_or(Currency::Sek),
        );
        let budget = read.money("budget", &self.budget, Currency::Eur);
        let themes: Vec<Theme> = self
            .themes
            .iter()
            .filter_map(|code| Theme::from_code(code).or_else(|| read.problem("themes", "invalid")))
            .collect();
        if !read.problems.is_empty() {
            return Err(read.problems);
        }
        let languages_with_text = |texts: &[(&str, String)]| -> Vec<(String, String)> {
            texts
                .iter()
                .filter(|(_, text)| !text.trim().is_empty())
                .map(|(code, text)| ((*code).to_owned(), text.clone()))
                .collect()
        };
        let checked = "no problems were found";
        Ok(ExchangeInput {
            sending_organisation_id: sending_organisation.expect(checked),
            partner_organisation_ids: self.partners.clone(),
            titles: languages_with_text(&self.titles),
            descriptions: languages_with_text(&self.descriptions),
            direction: direction.expect(checked),
            destination_town_id: self.destination_town.clone(),
            venue: self.venue.clone(),
            start_date: start_date.expect(checked),
            end_date: end_date.expect(checked),
            activity_days: activity_days.expect(checked),
            participants: participants.expect(checked),
            leaders: leaders.expect(checked),
            age_min: age_min.expect(checked),
            age_max: age_max.expect(checked),
            themes,
            learning_objectives: self.learning_objectives.clone(),
            programme,
            accommodation: accommodation.expect(checked),
            transport: self.transport.clone(),
            green_travel: self.green_travel,
            cost_per_participant: cost
                .expect(checked)
                .unwrap_or(Money::new(0, currency.expect(checked))),
            registration_deadline: registration_deadline.expect(checked),
            adventurous_activities: self.adventurous_activities,
            insurance_confirmed: self.insurance_confirmed,
            risk_assessment: self.risk_assessment.clone(),
            budget_cents: budget.expect(checked).map(|budget| budget.minor),
            consent_plan: self.consent_plan.clone(),
        })
    }

    /// The input id a domain field name (`input.dates.to`, `input.programme[2].text`) is
    /// shown under, for the input `to_input` made from this form.
    pub fn input_id(&self, domain_field: &str) -> String {
        let field = domain_field.strip_prefix("input.").unwrap_or(domain_field);
        let (head, index, rest) = split_index(field);
        let with_text = |texts: &[(&'static str, String)], prefix: &str| {
            // Only languages with a text were sent, in the form's order.
            let code = texts
                .iter()
                .filter(|(_, text)| !text.trim().is_empty())
                .nth(index.unwrap_or(0))
                .or(texts.first())
                .map_or("", |(code, _)| code);
            format!("{prefix}_{code}")
        };
        match (head, index) {
            ("titles", _) => with_text(&self.titles, "title"),
            ("descriptions", _) => with_text(&self.descriptions, "description"),
            ("programme", Some(index)) if rest == ".text" => format!("programme_text_{index}"),
            ("programme", Some(index)) => format!("programme_day_{index}"),
            ("partnerOrganisationIds", _) => "partners".to_owned(),
            _ => RENAME
                .iter()
                .find(|(domain, _)| *domain == field)
                .map_or(field, |(_, form)| form)
                .to_owned(),
        }
    }
}

/// Reads typed text into values, collecting what cannot be read under the input's id.
struct Reader {
    /// Whose way of writing numbers amounts are read in.
    locale: Locale,
    problems: Vec<FieldError>,
}

impl Reader {
    fn problem<T>(&mut self, field: &str, code: &'static str) -> Option<T> {
        self.problems
            .push(FieldError::new(field, code, "cannot be read"));
        None
    }

    fn date(&mut self, field: &str, raw: &str) -> Option<NaiveDate> {
        match raw.trim() {
            "" => self.problem(field, "required"),
            raw => NaiveDate::parse_from_str(&format::western_digits(raw), "%Y-%m-%d")
                .ok()
                .or_else(|| self.problem(field, "invalid_date")),
        }
    }

    fn number(&mut self, field: &str, raw: &str) -> Option<i32> {
        match raw.trim() {
            "" => self.problem(field, "required"),
            raw => format::western_digits(raw)
                .parse()
                .ok()
                .or_else(|| self.problem(field, "invalid_number")),
        }
    }

    /// An optional amount in `currency`.
    fn money(&mut self, field: &str, raw: &str, currency: Currency) -> Option<Option<Money>> {
        match raw.trim() {
            "" => Some(None),
            raw => format::read_amount(self.locale, currency, raw)
                .or_else(|| self.problem(field, "invalid_amount"))
                .map(Some),
        }
    }
}

/// Domain field names (after `input.`) and the form's input ids.
const RENAME: [(&str, &str); 20] = [
    ("sendingOrganisationId", "sending_organisation"),
    ("destinationTownId", "destination_town"),
    ("venue", "venue"),
    ("dates", "start_date"),
    ("dates.from", "start_date"),
    ("dates.to", "end_date"),
    ("activityDays", "activity_days"),
    ("participants", "participants"),
    ("leaders", "leaders"),
    ("ageRange", "age_min"),
    ("learningObjectives", "learning_objectives"),
    ("programme", "programme"),
    ("transport", "transport"),
    ("costPerParticipant.minorUnits", "cost_per_participant"),
    ("costPerParticipant.currency", "cost_currency"),
    ("budgetCents", "budget"),
    ("registrationDeadline", "registration_deadline"),
    ("riskAssessment", "risk_assessment"),
    ("consentPlan", "consent_plan"),
    ("reason", "reason"),
];

/// `programme[2].text` → ("programme", Some(2), ".text"); `venue` → ("venue", None, "").
fn split_index(field: &str) -> (&str, Option<usize>, &str) {
    let Some((head, tail)) = field.split_once('[') else {
        return (field, None, "");
    };
    match tail.split_once(']') {
        Some((index, rest)) => (head, index.parse().ok(), rest),
        None => (head, None, ""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buttons_name_their_action() {
        let cases = [
            (None, Some(FormAction::Save)),
            (Some("save"), Some(FormAction::Save)),
            (Some("search-partners"), Some(FormAction::SearchPartners)),
            (Some("add-day"), Some(FormAction::AddDay)),
            (Some("remove-day-3"), Some(FormAction::RemoveDay(3))),
            (Some("remove-day-x"), None),
            (Some("delete"), None),
        ];
        for (raw, expected) in cases {
            assert_eq!(FormAction::parse(raw), expected, "{raw:?}");
        }
    }

    #[test]
    fn domain_fields_are_shown_under_the_form_inputs() {
        let mut form = ProposalForm::blank(None);
        form.titles = vec![("sv", String::new()), ("en", "A week".to_owned())];
        let cases = [
            ("input.dates.to", "end_date"),
            ("input.dates.from", "start_date"),
            ("input.dates", "start_date"),
            ("input.programme[2].text", "programme_text_2"),
            ("input.programme[0].day", "programme_day_0"),
            ("input.titles[0].text", "title_en"),
            ("input.titles", "title_en"),
            ("input.partnerOrganisationIds[1]", "partners"),
            (
                "input.costPerParticipant.minorUnits",
                "cost_per_participant",
            ),
            ("input.ageRange", "age_min"),
            ("reason", "reason"),
            ("end_date", "end_date"),
        ];
        for (domain, expected) in cases {
            assert_eq!(form.input_id(domain), expected, "{domain}");
        }
    }

    #[test]
    fn days_are_added_after_the_last_and_removed_by_position() {
        let mut form = ProposalForm::blank(None);
        form.apply(FormAction::AddDay);
        form.apply(FormAction::AddDay);
        let days = |form: &ProposalForm| -> Vec<String> {
            form.programme.iter().map(|row| row.day.clone()).collect()
        };
        assert_eq!(days(&form), ["1", "2", "3"]);
        form.apply(FormAction::RemoveDay(1));
        assert_eq!(days(&form), ["1", "3"]);
        form.apply(FormAction::RemoveDay(9));
        assert_eq!(days(&form), ["1", "3"]);
        form.apply(FormAction::AddDay);
        assert_eq!(days(&form), ["1", "3", "4"]);
    }

    /// Numbers, dates and amounts typed with Arabic-Indic digits read as any others.
    #[test]
    fn arabic_indic_digits_are_read() {
        let mut form = ProposalForm::blank(Some(Uuid::nil()));
        form.start_date = "٢٠٢٧-٠٥-١٠".to_owned();
        form.end_date = "۲۰۲۷-۰۵-۱۴".to_owned();
        form.activity_days = "٥".to_owned();
        form.participants = "٢٠".to_owned();
        form.leaders = "٢".to_owned();
        form.age_min = "١٤".to_owned();
        form.age_max = "١٦".to_owned();
        form.programme[0].text = "Arrival".to_owned();
        form.cost_per_participant = "٤٥٠٫٥".to_owned();
        let input = form.to_input(Locale::Ar).expect("readable");
        assert_eq!(input.start_date.to_string(), "2027-05-10");
        assert_eq!(input.end_date.to_string(), "2027-05-14");
        assert_eq!((input.activity_days, input.participants), (5, 20));
        assert_eq!(input.cost_per_participant, Money::kronor(45_050));
    }

    #[test]
    fn unreadable_fields_are_named_before_the_domain_is_asked() {
        let fields: Vec<(String, String)> = [
            ("start_date", "2027-02-30"),
            ("end_date", ""),
            ("participants", "twenty"),
            ("cost_per_participant", "12,345"),
            ("programme_day_0", "1"),
            ("programme_text_0", "Arrival"),
            ("programme_day_1", "x"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
        let (form, action) = ProposalForm::from_fields(&fields);
        assert_eq!(action, Some(FormAction::Save));
        assert_eq!(form.programme.len(), 2);
        let problems = form.to_input(Locale::Sv).expect_err("unreadable");
        let named: Vec<(&str, &str)> = problems
            .iter()
            .map(|p| (p.field.as_str(), p.code))
            .collect();
        for expected in [
            ("start_date", "invalid_date"),
            ("end_date", "required"),
            ("participants", "invalid_number"),
            ("cost_per_participant", "invalid_amount"),
            ("cost_currency", "unsupported_currency"),
            ("programme_day_1", "invalid_number"),
            ("sending_organisation", "required"),
        ] {
            assert!(named.contains(&expected), "{expected:?} in {named:?}");
        }
    }
}
