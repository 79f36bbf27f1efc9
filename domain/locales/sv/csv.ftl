# Utbyte: rubriker och fasta ord i CSV-filer som öppnas i ett kalkylprogram.
# Reviewed by: (not yet reviewed by a native speaker)

csv-yes = ja
csv-no = nej

csv-roster-participant = Deltagare
csv-roster-date_of_birth = Födelsedatum
csv-roster-state = Läge
csv-roster-guardians = Vårdnadshavare
csv-roster-emergency_contacts = Nödkontakter
csv-roster-allergies = Allergier
csv-roster-medication = Mediciner
csv-roster-dietary_needs = Kost
csv-roster-medical_notes = Medicinska anteckningar

csv-budget-group = Grupp
csv-budget-category = Kategori
csv-budget-quantity = Antal
csv-budget-rate_eur = Belopp per enhet (EUR)
csv-budget-amount_eur = Summa (EUR)
csv-budget-formula = Beräkning
csv-budget-rate_row = Rad i tabellen
csv-budget-total = Totalt
csv-budget-rate-missing = Belopp saknas: fyll i det i tabellen över belopp
csv-budget-rates-missing = { $count ->
    [one] { $count } belopp saknas
   *[other] { $count } belopp saknas
}

csv-mobility-exchange = Utbyte
csv-mobility-participant = Deltagare
csv-mobility-role = Roll
csv-mobility-count = Antal
csv-mobility-sending_organisation = Sändande organisation
csv-mobility-sending_country = Sändande land
csv-mobility-receiving_organisation = Mottagande organisation
csv-mobility-receiving_country = Mottagande land
csv-mobility-distance_km = Avstånd (km)
csv-mobility-distance_band = Avståndsintervall
csv-mobility-green_travel = Grönt resande
csv-mobility-start_date = Startdatum
csv-mobility-end_date = Slutdatum
csv-mobility-days = Dagar
csv-mobility-activity_days = Aktivitetsdagar
csv-mobility-fewer_opportunities = Med sämre förutsättningar
csv-mobility-basis = Underlag
csv-mobility-role-participant = deltagare
csv-mobility-role-leader = ledare
csv-mobility-who-planned = (planerat)
csv-mobility-who-confirmed = (bekräftat)
csv-mobility-basis-planned = planerat antal
csv-mobility-basis-confirmed_participants = bekräftade deltagare

csv-rates-action = Insats
csv-rates-call_year = Ansökningsår
csv-rates-kind = Slag
csv-rates-key = Nyckel
csv-rates-value = Värde
csv-rates-note = Anteckning

csv-figures-section = Avsnitt
csv-figures-item = Uppgift
csv-figures-value = Värde
csv-figures-suppressed = dolt
csv-figures-section-exchanges = Utbyten
csv-figures-section-participants = Deltagare
csv-figures-section-destinations = Resmål
csv-figures-section-partner_towns = Partnerorter
csv-figures-section-countries = Länder
csv-figures-section-partnerships = Partnerskap
csv-figures-section-funding = Finansiering
csv-figures-section-eu_funded_projects = EU-finansierade projekt
csv-figures-section-approval_lead_time = Tid till godkännande
csv-figures-section-reports = Rapporter
csv-figures-item-total = Totalt
csv-figures-item-leaders = Ledare
csv-figures-item-fewer_opportunities = Med sämre förutsättningar
csv-figures-item-first_time = Utomlands för första gången
csv-figures-item-days = Deltagardagar
csv-figures-item-other_than_own = Andra länder än vårt eget
csv-figures-item-approved = Godkända utbyten
csv-figures-item-median_days = Median (dagar)
csv-figures-item-mean_days = Medelvärde (dagar)
csv-figures-item-max_days = Längst (dagar)
csv-figures-item-filed = Inlämnade rapporter
csv-figures-item-actual_cost_eur = Faktisk kostnad (EUR)
csv-figures-item-state = Läge: { $value }
csv-figures-item-direction = Riktning: { $value }
csv-figures-item-risk_level = Risknivå: { $value }
csv-figures-item-age = Ålder: { $value }
csv-figures-item-gender = Kön: { $value }
csv-figures-item-measure = { $kind }: { $measure }
csv-figures-age-under_13 = under 13
csv-figures-age-13_15 = 13–15
csv-figures-age-16_17 = 16–17
csv-figures-age-18_25 = 18–25
csv-figures-age-26_30 = 26–30
csv-figures-age-over_30 = över 30
csv-figures-gender-female = kvinna
csv-figures-gender-male = man
csv-figures-gender-other = annat
csv-figures-gender-not_recorded = inte angivet
csv-figures-partnership-twin_town = Vänort
csv-figures-partnership-sister_city = Systerstad
csv-figures-partnership-cooperation = Samarbete
csv-figures-partnership-active_at_year_end = aktiva vid årets slut
csv-figures-partnership-ended_during_year = avslutade under året
csv-figures-programme-erasmus_plus = Erasmus+
csv-figures-programme-nordplus_junior = Nordplus Junior
csv-figures-programme-municipal_fund = Kommunal fond
csv-figures-programme-other = Annat
csv-figures-funding-applications = ansökningar
csv-figures-funding-requested_eur = sökt (EUR)
csv-figures-funding-grants = beviljade
csv-figures-funding-granted_eur = beviljat (EUR)
