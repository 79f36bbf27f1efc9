# Utbyte: overskriftene og de faste ordene i CSV-filer som åpnes i et regneark.
# Reviewed by: (not yet reviewed by a native speaker)

csv-yes = ja
csv-no = nei

csv-roster-participant = Deltaker
csv-roster-date_of_birth = Fødselsdato
csv-roster-state = Status
csv-roster-guardians = Foresatte
csv-roster-emergency_contacts = Nødkontakter
csv-roster-allergies = Allergier
csv-roster-medication = Medisiner
csv-roster-dietary_needs = Kostholdsbehov
csv-roster-medical_notes = Medisinske merknader

csv-budget-group = Gruppe
csv-budget-category = Kategori
csv-budget-quantity = Antall
csv-budget-rate_eur = Sats (EUR)
csv-budget-amount_eur = Beløp (EUR)
csv-budget-formula = Beregning
csv-budget-rate_row = Rad i satstabellen
csv-budget-total = Totalt
csv-budget-rate-missing = Sats mangler: legg den inn i satstabellen
csv-budget-rates-missing = { $count ->
    [one] { $count } sats mangler
   *[other] { $count } satser mangler
}

csv-mobility-exchange = Utveksling
csv-mobility-participant = Deltaker
csv-mobility-role = Rolle
csv-mobility-count = Antall
csv-mobility-sending_organisation = Sendende organisasjon
csv-mobility-sending_country = Sendende land
csv-mobility-receiving_organisation = Mottakende organisasjon
csv-mobility-receiving_country = Mottakende land
csv-mobility-distance_km = Avstand (km)
csv-mobility-distance_band = Avstandsintervall
csv-mobility-green_travel = Grønn reise
csv-mobility-start_date = Startdato
csv-mobility-end_date = Sluttdato
csv-mobility-days = Dager
csv-mobility-activity_days = Aktivitetsdager
csv-mobility-fewer_opportunities = Med færre muligheter
csv-mobility-basis = Grunnlag
csv-mobility-role-participant = deltaker
csv-mobility-role-leader = leder
csv-mobility-who-planned = (planlagt)
csv-mobility-who-confirmed = (bekreftet)
csv-mobility-basis-planned = planlagt antall
csv-mobility-basis-confirmed_participants = bekreftede deltakere

csv-rates-action = Tiltak
csv-rates-call_year = Utlysningsår
csv-rates-kind = Type
csv-rates-key = Nøkkel
csv-rates-value = Verdi
csv-rates-note = Merknad

csv-figures-section = Del
csv-figures-item = Post
csv-figures-value = Verdi
csv-figures-suppressed = skjult
csv-figures-section-exchanges = Utvekslinger
csv-figures-section-participants = Deltakere
csv-figures-section-destinations = Reisemål
csv-figures-section-partner_towns = Partnerbyer
csv-figures-section-countries = Land
csv-figures-section-partnerships = Partnerskap
csv-figures-section-funding = Finansiering
csv-figures-section-eu_funded_projects = EU-finansierte prosjekter
csv-figures-section-approval_lead_time = Tid til godkjenning
csv-figures-section-reports = Rapporter
csv-figures-item-total = Totalt
csv-figures-item-leaders = Ledere
csv-figures-item-fewer_opportunities = Med færre muligheter
csv-figures-item-first_time = I utlandet for første gang
csv-figures-item-days = Deltakerdager
csv-figures-item-other_than_own = Andre land enn vårt eget
csv-figures-item-approved = Godkjente utvekslinger
csv-figures-item-median_days = Median (dager)
csv-figures-item-mean_days = Gjennomsnitt (dager)
csv-figures-item-max_days = Lengst (dager)
csv-figures-item-filed = Leverte rapporter
csv-figures-item-actual_cost_eur = Faktisk kostnad (EUR)
csv-figures-item-state = Status: { $value }
csv-figures-item-direction = Hvem reiser: { $value }
csv-figures-item-risk_level = Risikonivå: { $value }
csv-figures-item-age = Alder: { $value }
csv-figures-item-gender = Kjønn: { $value }
csv-figures-item-measure = { $kind }: { $measure }
csv-figures-age-under_13 = under 13
csv-figures-age-13_15 = 13–15
csv-figures-age-16_17 = 16–17
csv-figures-age-18_25 = 18–25
csv-figures-age-26_30 = 26–30
csv-figures-age-over_30 = over 30
csv-figures-gender-female = kvinne
csv-figures-gender-male = mann
csv-figures-gender-other = annet
csv-figures-gender-not_recorded = ikke oppgitt
csv-figures-partnership-twin_town = Vennskapsby
csv-figures-partnership-sister_city = Søsterby
csv-figures-partnership-cooperation = Samarbeid
csv-figures-partnership-active_at_year_end = aktive ved årets slutt
csv-figures-partnership-ended_during_year = avsluttet i løpet av året
csv-figures-programme-erasmus_plus = Erasmus+
csv-figures-programme-nordplus_junior = Nordplus Junior
csv-figures-programme-municipal_fund = Kommunalt fond
csv-figures-programme-other = Annet
csv-figures-funding-applications = søknader
csv-figures-funding-requested_eur = søkt (EUR)
csv-figures-funding-grants = tilsagn
csv-figures-funding-granted_eur = innvilget (EUR)
