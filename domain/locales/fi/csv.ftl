# Utbyte: taulukko-ohjelmassa avattavien CSV-tiedostojen otsikot ja vakiosanat.
# Reviewed by: (not yet reviewed by a native speaker)

csv-yes = kyllä
csv-no = ei

csv-roster-participant = Osallistuja
csv-roster-date_of_birth = Syntymäaika
csv-roster-state = Tila
csv-roster-guardians = Huoltajat
csv-roster-emergency_contacts = Hätäyhteystiedot
csv-roster-allergies = Allergiat
csv-roster-medication = Lääkitys
csv-roster-dietary_needs = Ruokavalio
csv-roster-medical_notes = Terveyteen liittyvät huomiot

csv-budget-group = Ryhmä
csv-budget-category = Luokka
csv-budget-quantity = Lukumäärä
csv-budget-rate_eur = Yksikkökustannus (EUR)
csv-budget-amount_eur = Summa (EUR)
csv-budget-formula = Laskukaava
csv-budget-rate_row = Taulukon rivi
csv-budget-total = Yhteensä
csv-budget-rate-missing = Yksikkökustannus puuttuu: lisää se yksikkökustannustaulukkoon
csv-budget-rates-missing = { $count ->
    [one] { $count } yksikkökustannus puuttuu
   *[other] { $count } yksikkökustannusta puuttuu
}

csv-mobility-exchange = Vaihto
csv-mobility-participant = Osallistuja
csv-mobility-role = Rooli
csv-mobility-count = Lukumäärä
csv-mobility-sending_organisation = Lähettävä organisaatio
csv-mobility-sending_country = Lähettävä maa
csv-mobility-receiving_organisation = Vastaanottava organisaatio
csv-mobility-receiving_country = Vastaanottava maa
csv-mobility-distance_km = Etäisyys (km)
csv-mobility-distance_band = Etäisyysluokka
csv-mobility-green_travel = Vihreä matkustaminen
csv-mobility-start_date = Alkamispäivä
csv-mobility-end_date = Päättymispäivä
csv-mobility-days = Päivät
csv-mobility-activity_days = Toimintapäivät
csv-mobility-fewer_opportunities = Vähemmän mahdollisuuksia
csv-mobility-basis = Peruste
csv-mobility-role-participant = osallistuja
csv-mobility-role-leader = ohjaaja
csv-mobility-who-planned = (suunniteltu)
csv-mobility-who-confirmed = (vahvistettu)
csv-mobility-basis-planned = suunnitellut määrät
csv-mobility-basis-confirmed_participants = vahvistetut osallistujat

csv-rates-action = Toimi
csv-rates-call_year = Hakuvuosi
csv-rates-kind = Laji
csv-rates-key = Avain
csv-rates-value = Arvo
csv-rates-note = Huomautus

csv-figures-section = Osio
csv-figures-item = Tieto
csv-figures-value = Arvo
csv-figures-suppressed = piilotettu
csv-figures-section-exchanges = Vaihdot
csv-figures-section-participants = Osallistujat
csv-figures-section-destinations = Kohteet
csv-figures-section-partner_towns = Kumppanipaikkakunnat
csv-figures-section-countries = Maat
csv-figures-section-partnerships = Kumppanuudet
csv-figures-section-funding = Rahoitus
csv-figures-section-eu_funded_projects = EU-rahoitteiset hankkeet
csv-figures-section-approval_lead_time = Aika hyväksyntään
csv-figures-section-reports = Raportit
csv-figures-item-total = Yhteensä
csv-figures-item-leaders = Ohjaajat
csv-figures-item-fewer_opportunities = Vähemmän mahdollisuuksia
csv-figures-item-first_time = Ensimmäistä kertaa ulkomailla
csv-figures-item-days = Osallistujapäivät
csv-figures-item-other_than_own = Muut maat kuin oma maamme
csv-figures-item-approved = Hyväksytyt vaihdot
csv-figures-item-median_days = Mediaani (päivinä)
csv-figures-item-mean_days = Keskiarvo (päivinä)
csv-figures-item-max_days = Pisin (päivinä)
csv-figures-item-filed = Jätetyt raportit
csv-figures-item-actual_cost_eur = Todellinen kustannus (EUR)
csv-figures-item-state = Tila: { $value }
csv-figures-item-direction = Kuka matkustaa: { $value }
csv-figures-item-risk_level = Riskitaso: { $value }
csv-figures-item-age = Ikä: { $value }
csv-figures-item-gender = Sukupuoli: { $value }
csv-figures-item-measure = { $kind }: { $measure }
csv-figures-age-under_13 = alle 13
csv-figures-age-13_15 = 13–15
csv-figures-age-16_17 = 16–17
csv-figures-age-18_25 = 18–25
csv-figures-age-26_30 = 26–30
csv-figures-age-over_30 = yli 30
csv-figures-gender-female = nainen
csv-figures-gender-male = mies
csv-figures-gender-other = muu
csv-figures-gender-not_recorded = ei ilmoitettu
csv-figures-partnership-twin_town = Ystävyyskunta
csv-figures-partnership-sister_city = Sisarkaupunki
csv-figures-partnership-cooperation = Yhteistyö
csv-figures-partnership-active_at_year_end = voimassa vuoden lopussa
csv-figures-partnership-ended_during_year = päättyneet vuoden aikana
csv-figures-programme-erasmus_plus = Erasmus+
csv-figures-programme-nordplus_junior = Nordplus Junior
csv-figures-programme-municipal_fund = Kunnan rahasto
csv-figures-programme-other = Muu
csv-figures-funding-applications = hakemukset
csv-figures-funding-requested_eur = haettu (EUR)
csv-figures-funding-grants = myönnetyt avustukset
csv-figures-funding-granted_eur = myönnetty (EUR)
