# Utbyte: die Spaltenüberschriften und festen Wörter der CSV-Dateien, die in einer Tabellenkalkulation geöffnet werden.
# Reviewed by: (not yet reviewed by a native speaker)

csv-yes = ja
csv-no = nein

csv-roster-participant = Teilnehmer/in
csv-roster-date_of_birth = Geburtsdatum
csv-roster-state = Status
csv-roster-guardians = Erziehungsberechtigte
csv-roster-emergency_contacts = Notfallkontakte
csv-roster-allergies = Allergien
csv-roster-medication = Medikamente
csv-roster-dietary_needs = Ernährung
csv-roster-medical_notes = Medizinische Hinweise

csv-budget-group = Gruppe
csv-budget-category = Kategorie
csv-budget-quantity = Anzahl
csv-budget-rate_eur = Fördersatz (EUR)
csv-budget-amount_eur = Betrag (EUR)
csv-budget-formula = Berechnung
csv-budget-rate_row = Zeile der Fördersatztabelle
csv-budget-total = Gesamt
csv-budget-rate-missing = Fördersatz fehlt: Tragen Sie ihn in die Fördersatztabelle ein
csv-budget-rates-missing = { $count ->
    [one] { $count } Fördersatz fehlt
   *[other] { $count } Fördersätze fehlen
}

csv-mobility-exchange = Austausch
csv-mobility-participant = Teilnehmer/in
csv-mobility-role = Rolle
csv-mobility-count = Anzahl
csv-mobility-sending_organisation = Entsendende Organisation
csv-mobility-sending_country = Entsendeland
csv-mobility-receiving_organisation = Aufnehmende Organisation
csv-mobility-receiving_country = Aufnahmeland
csv-mobility-distance_km = Entfernung (km)
csv-mobility-distance_band = Entfernungsband
csv-mobility-green_travel = Umweltfreundliches Reisen
csv-mobility-start_date = Startdatum
csv-mobility-end_date = Enddatum
csv-mobility-days = Tage
csv-mobility-activity_days = Aktivitätstage
csv-mobility-fewer_opportunities = Mit geringeren Chancen
csv-mobility-basis = Grundlage
csv-mobility-role-participant = Teilnehmer/in
csv-mobility-role-leader = Gruppenleiter/in
csv-mobility-who-planned = (geplant)
csv-mobility-who-confirmed = (bestätigt)
csv-mobility-basis-planned = geplante Anzahl
csv-mobility-basis-confirmed_participants = bestätigte Teilnehmende

csv-rates-action = Aktion
csv-rates-call_year = Antragsjahr
csv-rates-kind = Art
csv-rates-key = Schlüssel
csv-rates-value = Wert
csv-rates-note = Anmerkung

csv-figures-section = Abschnitt
csv-figures-item = Angabe
csv-figures-value = Wert
csv-figures-suppressed = ausgeblendet
csv-figures-section-exchanges = Austausche
csv-figures-section-participants = Teilnehmende
csv-figures-section-destinations = Reiseziele
csv-figures-section-partner_towns = Partnerorte
csv-figures-section-countries = Länder
csv-figures-section-partnerships = Partnerschaften
csv-figures-section-funding = Förderung
csv-figures-section-eu_funded_projects = EU-geförderte Projekte
csv-figures-section-approval_lead_time = Zeit bis zur Genehmigung
csv-figures-section-reports = Berichte
csv-figures-item-total = Gesamt
csv-figures-item-leaders = Gruppenleiter/innen
csv-figures-item-fewer_opportunities = Mit geringeren Chancen
csv-figures-item-first_time = Zum ersten Mal im Ausland
csv-figures-item-days = Teilnehmertage
csv-figures-item-other_than_own = Andere Länder als das eigene
csv-figures-item-approved = Genehmigte Austausche
csv-figures-item-median_days = Median (Tage)
csv-figures-item-mean_days = Mittelwert (Tage)
csv-figures-item-max_days = Längste Dauer (Tage)
csv-figures-item-filed = Eingereichte Berichte
csv-figures-item-actual_cost_eur = Tatsächliche Kosten (EUR)
csv-figures-item-state = Status: { $value }
csv-figures-item-direction = Wer reist: { $value }
csv-figures-item-risk_level = Risikostufe: { $value }
csv-figures-item-age = Alter: { $value }
csv-figures-item-gender = Geschlecht: { $value }
csv-figures-item-measure = { $kind }: { $measure }
csv-figures-age-under_13 = unter 13
csv-figures-age-13_15 = 13–15
csv-figures-age-16_17 = 16–17
csv-figures-age-18_25 = 18–25
csv-figures-age-26_30 = 26–30
csv-figures-age-over_30 = über 30
csv-figures-gender-female = weiblich
csv-figures-gender-male = männlich
csv-figures-gender-other = anderes
csv-figures-gender-not_recorded = nicht angegeben
csv-figures-partnership-twin_town = Partnerstadt
csv-figures-partnership-sister_city = Schwesterstadt
csv-figures-partnership-cooperation = Zusammenarbeit
csv-figures-partnership-active_at_year_end = am Jahresende aktiv
csv-figures-partnership-ended_during_year = im Laufe des Jahres beendet
csv-figures-programme-erasmus_plus = Erasmus+
csv-figures-programme-nordplus_junior = Nordplus Junior
csv-figures-programme-municipal_fund = Kommunaler Fonds
csv-figures-programme-other = Sonstige
csv-figures-funding-applications = Anträge
csv-figures-funding-requested_eur = beantragt (EUR)
csv-figures-funding-grants = Bewilligungen
csv-figures-funding-granted_eur = bewilligt (EUR)
