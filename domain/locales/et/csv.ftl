# Utbyte: tabelarvutusprogrammis avatavate CSV-failide pealkirjad ja püsisõnad.
# Reviewed by: (not yet reviewed by a native speaker)

csv-yes = jah
csv-no = ei

csv-roster-participant = Osaleja
csv-roster-date_of_birth = Sünniaeg
csv-roster-state = Olek
csv-roster-guardians = Seaduslikud esindajad
csv-roster-emergency_contacts = Hädaolukorra kontaktid
csv-roster-allergies = Allergiad
csv-roster-medication = Ravimid
csv-roster-dietary_needs = Toitumisvajadused
csv-roster-medical_notes = Tervisega seotud märkused

csv-budget-group = Rühm
csv-budget-category = Kategooria
csv-budget-quantity = Arv
csv-budget-rate_eur = Ühikuhind (EUR)
csv-budget-amount_eur = Summa (EUR)
csv-budget-formula = Arvutusvalem
csv-budget-rate_row = Tabeli rida
csv-budget-total = Kokku
csv-budget-rate-missing = Ühikuhind puudub: sisesta see ühikuhindade tabelisse
csv-budget-rates-missing = { $count ->
    [one] { $count } ühikuhind puudub
   *[other] { $count } ühikuhinda puudub
}

csv-mobility-exchange = Vahetus
csv-mobility-participant = Osaleja
csv-mobility-role = Roll
csv-mobility-count = Arv
csv-mobility-sending_organisation = Saatev organisatsioon
csv-mobility-sending_country = Saatev riik
csv-mobility-receiving_organisation = Vastuvõttev organisatsioon
csv-mobility-receiving_country = Vastuvõttev riik
csv-mobility-distance_km = Kaugus (km)
csv-mobility-distance_band = Kaugusvahemik
csv-mobility-green_travel = Keskkonnasõbralik reisimine
csv-mobility-start_date = Alguskuupäev
csv-mobility-end_date = Lõppkuupäev
csv-mobility-days = Päevad
csv-mobility-activity_days = Tegevuspäevad
csv-mobility-fewer_opportunities = Vähemate võimalustega
csv-mobility-basis = Alus
csv-mobility-role-participant = osaleja
csv-mobility-role-leader = juhendaja
csv-mobility-who-planned = (kavandatud)
csv-mobility-who-confirmed = (kinnitatud)
csv-mobility-basis-planned = kavandatud arvud
csv-mobility-basis-confirmed_participants = kinnitatud osalejad

csv-rates-action = Meede
csv-rates-call_year = Taotlusvooru aasta
csv-rates-kind = Liik
csv-rates-key = Võti
csv-rates-value = Väärtus
csv-rates-note = Märkus

csv-figures-section = Jaotis
csv-figures-item = Näitaja
csv-figures-value = Väärtus
csv-figures-suppressed = peidetud
csv-figures-section-exchanges = Vahetused
csv-figures-section-participants = Osalejad
csv-figures-section-destinations = Sihtkohad
csv-figures-section-partner_towns = Partnerlinnad
csv-figures-section-countries = Riigid
csv-figures-section-partnerships = Partnerlused
csv-figures-section-funding = Rahastus
csv-figures-section-eu_funded_projects = ELi rahastatud projektid
csv-figures-section-approval_lead_time = Aeg heakskiiduni
csv-figures-section-reports = Aruanded
csv-figures-item-total = Kokku
csv-figures-item-leaders = Juhendajad
csv-figures-item-fewer_opportunities = Vähemate võimalustega
csv-figures-item-first_time = Esimest korda välismaal
csv-figures-item-days = Osalejapäevad
csv-figures-item-other_than_own = Muud riigid peale meie oma
csv-figures-item-approved = Heakskiidetud vahetused
csv-figures-item-median_days = Mediaan (päevades)
csv-figures-item-mean_days = Keskmine (päevades)
csv-figures-item-max_days = Pikim (päevades)
csv-figures-item-filed = Esitatud aruanded
csv-figures-item-actual_cost_eur = Tegelik kulu (EUR)
csv-figures-item-state = Olek: { $value }
csv-figures-item-direction = Kes reisib: { $value }
csv-figures-item-risk_level = Riskitase: { $value }
csv-figures-item-age = Vanus: { $value }
csv-figures-item-gender = Sugu: { $value }
csv-figures-item-measure = { $kind }: { $measure }
csv-figures-age-under_13 = alla 13
csv-figures-age-13_15 = 13–15
csv-figures-age-16_17 = 16–17
csv-figures-age-18_25 = 18–25
csv-figures-age-26_30 = 26–30
csv-figures-age-over_30 = üle 30
csv-figures-gender-female = naine
csv-figures-gender-male = mees
csv-figures-gender-other = muu
csv-figures-gender-not_recorded = märkimata
csv-figures-partnership-twin_town = Sõpruslinn
csv-figures-partnership-sister_city = Sõsarlinn
csv-figures-partnership-cooperation = Koostöö
csv-figures-partnership-active_at_year_end = kehtivad aasta lõpus
csv-figures-partnership-ended_during_year = lõppenud aasta jooksul
csv-figures-programme-erasmus_plus = Erasmus+
csv-figures-programme-nordplus_junior = Nordplus Junior
csv-figures-programme-municipal_fund = Omavalitsuse fond
csv-figures-programme-other = Muu
csv-figures-funding-applications = taotlused
csv-figures-funding-requested_eur = taotletud (EUR)
csv-figures-funding-grants = rahuldatud taotlused
csv-figures-funding-granted_eur = eraldatud (EUR)
