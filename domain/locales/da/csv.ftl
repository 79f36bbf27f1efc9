# Utbyte: overskrifterne og de faste ord i CSV-filer, der åbnes i et regneark.
# Reviewed by: (not yet reviewed by a native speaker)

csv-yes = ja
csv-no = nej

csv-roster-participant = Deltager
csv-roster-date_of_birth = Fødselsdato
csv-roster-state = Status
csv-roster-guardians = Forældre/værger
csv-roster-emergency_contacts = Nødkontakter
csv-roster-allergies = Allergier
csv-roster-medication = Medicin
csv-roster-dietary_needs = Kostbehov
csv-roster-medical_notes = Helbredsmæssige bemærkninger

csv-budget-group = Gruppe
csv-budget-category = Kategori
csv-budget-quantity = Antal
csv-budget-rate_eur = Sats (EUR)
csv-budget-amount_eur = Beløb (EUR)
csv-budget-formula = Beregning
csv-budget-rate_row = Række i satstabellen
csv-budget-total = I alt
csv-budget-rate-missing = Sats mangler: indtast den i satstabellen
csv-budget-rates-missing = { $count ->
    [one] { $count } sats mangler
   *[other] { $count } satser mangler
}

csv-mobility-exchange = Udveksling
csv-mobility-participant = Deltager
csv-mobility-role = Rolle
csv-mobility-count = Antal
csv-mobility-sending_organisation = Udsendende organisation
csv-mobility-sending_country = Udsendende land
csv-mobility-receiving_organisation = Modtagende organisation
csv-mobility-receiving_country = Modtagende land
csv-mobility-distance_km = Afstand (km)
csv-mobility-distance_band = Afstandsinterval
csv-mobility-green_travel = Grøn rejse
csv-mobility-start_date = Startdato
csv-mobility-end_date = Slutdato
csv-mobility-days = Dage
csv-mobility-activity_days = Aktivitetsdage
csv-mobility-fewer_opportunities = Med færre muligheder
csv-mobility-basis = Grundlag
csv-mobility-role-participant = deltager
csv-mobility-role-leader = leder
csv-mobility-who-planned = (planlagt)
csv-mobility-who-confirmed = (bekræftet)
csv-mobility-basis-planned = planlagt antal
csv-mobility-basis-confirmed_participants = bekræftede deltagere

csv-rates-action = Aktion
csv-rates-call_year = Indkaldelsesår
csv-rates-kind = Type
csv-rates-key = Nøgle
csv-rates-value = Værdi
csv-rates-note = Bemærkning

csv-figures-section = Afsnit
csv-figures-item = Post
csv-figures-value = Værdi
csv-figures-suppressed = skjult
csv-figures-section-exchanges = Udvekslinger
csv-figures-section-participants = Deltagere
csv-figures-section-destinations = Rejsemål
csv-figures-section-partner_towns = Partnerbyer
csv-figures-section-countries = Lande
csv-figures-section-partnerships = Partnerskaber
csv-figures-section-funding = Tilskud
csv-figures-section-eu_funded_projects = EU-finansierede projekter
csv-figures-section-approval_lead_time = Tid til godkendelse
csv-figures-section-reports = Rapporter
csv-figures-item-total = I alt
csv-figures-item-leaders = Ledere
csv-figures-item-fewer_opportunities = Med færre muligheder
csv-figures-item-first_time = I udlandet for første gang
csv-figures-item-days = Deltagerdage
csv-figures-item-other_than_own = Andre lande end vores eget
csv-figures-item-approved = Godkendte udvekslinger
csv-figures-item-median_days = Median (dage)
csv-figures-item-mean_days = Gennemsnit (dage)
csv-figures-item-max_days = Længst (dage)
csv-figures-item-filed = Indsendte rapporter
csv-figures-item-actual_cost_eur = Faktisk udgift (EUR)
csv-figures-item-state = Status: { $value }
csv-figures-item-direction = Hvem rejser: { $value }
csv-figures-item-risk_level = Risikoniveau: { $value }
csv-figures-item-age = Alder: { $value }
csv-figures-item-gender = Køn: { $value }
csv-figures-item-measure = { $kind }: { $measure }
csv-figures-age-under_13 = under 13
csv-figures-age-13_15 = 13–15
csv-figures-age-16_17 = 16–17
csv-figures-age-18_25 = 18–25
csv-figures-age-26_30 = 26–30
csv-figures-age-over_30 = over 30
csv-figures-gender-female = kvinde
csv-figures-gender-male = mand
csv-figures-gender-other = andet
csv-figures-gender-not_recorded = ikke oplyst
csv-figures-partnership-twin_town = Venskabsby
csv-figures-partnership-sister_city = Søsterby
csv-figures-partnership-cooperation = Samarbejde
csv-figures-partnership-active_at_year_end = aktive ved årets udgang
csv-figures-partnership-ended_during_year = afsluttet i løbet af året
csv-figures-programme-erasmus_plus = Erasmus+
csv-figures-programme-nordplus_junior = Nordplus Junior
csv-figures-programme-municipal_fund = Kommunal pulje
csv-figures-programme-other = Andet
csv-figures-funding-applications = ansøgninger
csv-figures-funding-requested_eur = ansøgt (EUR)
csv-figures-funding-grants = bevillinger
csv-figures-funding-granted_eur = bevilget (EUR)
