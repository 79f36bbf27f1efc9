# Utbyte: the headers and fixed words of CSV files opened in a spreadsheet.
# Reviewed by: (not yet reviewed by a native speaker)

csv-yes = yes
csv-no = no

csv-roster-participant = Participant
csv-roster-date_of_birth = Date of birth
csv-roster-state = State
csv-roster-guardians = Guardians
csv-roster-emergency_contacts = Emergency contacts
csv-roster-allergies = Allergies
csv-roster-medication = Medication
csv-roster-dietary_needs = Dietary needs
csv-roster-medical_notes = Medical notes

csv-budget-group = Group
csv-budget-category = Category
csv-budget-quantity = Quantity
csv-budget-rate_eur = Rate (EUR)
csv-budget-amount_eur = Amount (EUR)
csv-budget-formula = Formula
csv-budget-rate_row = Rate row
csv-budget-total = Total
csv-budget-rate-missing = Rate missing: enter it in the rate table
csv-budget-rates-missing = { $count ->
    [one] { $count } rate missing
   *[other] { $count } rates missing
}

csv-mobility-exchange = Exchange
csv-mobility-participant = Participant
csv-mobility-role = Role
csv-mobility-count = Number
csv-mobility-sending_organisation = Sending organisation
csv-mobility-sending_country = Sending country
csv-mobility-receiving_organisation = Receiving organisation
csv-mobility-receiving_country = Receiving country
csv-mobility-distance_km = Distance (km)
csv-mobility-distance_band = Distance band
csv-mobility-green_travel = Green travel
csv-mobility-start_date = Start date
csv-mobility-end_date = End date
csv-mobility-days = Days
csv-mobility-activity_days = Activity days
csv-mobility-fewer_opportunities = With fewer opportunities
csv-mobility-basis = Basis
csv-mobility-role-participant = participant
csv-mobility-role-leader = leader
csv-mobility-who-planned = (planned)
csv-mobility-who-confirmed = (confirmed)
csv-mobility-basis-planned = planned numbers
csv-mobility-basis-confirmed_participants = confirmed participants

csv-rates-action = Action
csv-rates-call_year = Call year
csv-rates-kind = Kind
csv-rates-key = Key
csv-rates-value = Value
csv-rates-note = Note

csv-figures-section = Section
csv-figures-item = Item
csv-figures-value = Value
csv-figures-suppressed = suppressed
csv-figures-section-exchanges = Exchanges
csv-figures-section-participants = Participants
csv-figures-section-destinations = Destinations
csv-figures-section-partner_towns = Partner towns
csv-figures-section-countries = Countries
csv-figures-section-partnerships = Partnerships
csv-figures-section-funding = Funding
csv-figures-section-eu_funded_projects = EU-funded projects
csv-figures-section-approval_lead_time = Time to approval
csv-figures-section-reports = Reports
csv-figures-item-total = Total
csv-figures-item-leaders = Leaders
csv-figures-item-fewer_opportunities = With fewer opportunities
csv-figures-item-first_time = Abroad for the first time
csv-figures-item-days = Participant days
csv-figures-item-other_than_own = Countries other than our own
csv-figures-item-approved = Approved exchanges
csv-figures-item-median_days = Median (days)
csv-figures-item-mean_days = Mean (days)
csv-figures-item-max_days = Longest (days)
csv-figures-item-filed = Reports filed
csv-figures-item-actual_cost_eur = Actual cost (EUR)
csv-figures-item-state = State: { $value }
csv-figures-item-direction = Direction: { $value }
csv-figures-item-risk_level = Risk level: { $value }
csv-figures-item-age = Age: { $value }
csv-figures-item-gender = Gender: { $value }
csv-figures-item-measure = { $kind }: { $measure }
csv-figures-age-under_13 = under 13
csv-figures-age-13_15 = 13–15
csv-figures-age-16_17 = 16–17
csv-figures-age-18_25 = 18–25
csv-figures-age-26_30 = 26–30
csv-figures-age-over_30 = over 30
csv-figures-gender-female = female
csv-figures-gender-male = male
csv-figures-gender-other = other
csv-figures-gender-not_recorded = not recorded
csv-figures-partnership-twin_town = Twin town
csv-figures-partnership-sister_city = Sister city
csv-figures-partnership-cooperation = Cooperation
csv-figures-partnership-active_at_year_end = active at the end of the year
csv-figures-partnership-ended_during_year = ended during the year
csv-figures-programme-erasmus_plus = Erasmus+
csv-figures-programme-nordplus_junior = Nordplus Junior
csv-figures-programme-municipal_fund = Municipal fund
csv-figures-programme-other = Other
csv-figures-funding-applications = applications
csv-figures-funding-requested_eur = requested (EUR)
csv-figures-funding-grants = grants
csv-figures-funding-granted_eur = granted (EUR)
