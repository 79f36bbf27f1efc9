# Utbyte: cinwaannada iyo erayada go'an ee faylasha CSV ee lagu furo barnaamijka xisaabaadka (spreadsheet).
# Reviewed by: (not yet reviewed by a native speaker)

csv-yes = haa
csv-no = maya

csv-roster-participant = Ka-qaybgale
csv-roster-date_of_birth = Taariikhda dhalashada
csv-roster-state = Xaaladda
csv-roster-guardians = Waalidiinta
csv-roster-emergency_contacts = Xiriirada degdegga ah
csv-roster-allergies = Xasaasiyadaha
csv-roster-medication = Daawooyinka
csv-roster-dietary_needs = Baahiyaha cuntada
csv-roster-medical_notes = Qoraallo caafimaad

csv-budget-group = Kooxda
csv-budget-category = Qaybta
csv-budget-quantity = Tirada
csv-budget-rate_eur = Heerka (EUR)
csv-budget-amount_eur = Qaddarka (EUR)
csv-budget-formula = Qaacido
csv-budget-rate_row = Safka jadwalka heerarka
csv-budget-total = Wadarta
csv-budget-rate-missing = Heer ayaa maqan: ku qor jadwalka heerarka
csv-budget-rates-missing = { $count ->
    [one] { $count } heer ayaa maqan
   *[other] { $count } heer ayaa maqan
}

csv-mobility-exchange = Isdhaafsiga
csv-mobility-participant = Ka-qaybgale
csv-mobility-role = Doorka
csv-mobility-count = Tirada
csv-mobility-sending_organisation = Hay'adda diraysa
csv-mobility-sending_country = Dalka diraya
csv-mobility-receiving_organisation = Hay'adda qaabilaysa
csv-mobility-receiving_country = Dalka qaabilaya
csv-mobility-distance_km = Masaafada (km)
csv-mobility-distance_band = Qaybta masaafada
csv-mobility-green_travel = Safar deegaanka u fiican
csv-mobility-start_date = Taariikhda bilowga
csv-mobility-end_date = Taariikhda dhammaadka
csv-mobility-days = Maalmaha
csv-mobility-activity_days = Maalmaha hawlaha
csv-mobility-fewer_opportunities = Kuwa fursado yar haysta
csv-mobility-basis = Saldhigga
csv-mobility-role-participant = ka-qaybgale
csv-mobility-role-leader = hoggaamiye
csv-mobility-who-planned = (la qorsheeyay)
csv-mobility-who-confirmed = (la xaqiijiyay)
csv-mobility-basis-planned = tirooyinka la qorsheeyay
csv-mobility-basis-confirmed_participants = ka-qaybgalayaasha la xaqiijiyay

csv-rates-action = Hawsha
csv-rates-call_year = Sannadka codsiga
csv-rates-kind = Nooca
csv-rates-key = Furaha
csv-rates-value = Qiimaha
csv-rates-note = Qoraal

csv-figures-section = Qaybta
csv-figures-item = Qodobka
csv-figures-value = Qiimaha
csv-figures-suppressed = la qariyay
csv-figures-section-exchanges = Isdhaafsiyada
csv-figures-section-participants = Ka-qaybgalayaasha
csv-figures-section-destinations = Meelaha loo socdo
csv-figures-section-partner_towns = Magaalooyinka la-hawlgalka ah
csv-figures-section-countries = Dalalka
csv-figures-section-partnerships = Xiriirada la-hawlgalka
csv-figures-section-funding = Maalgelinta
csv-figures-section-eu_funded_projects = Mashaariic uu maalgeliyay EU
csv-figures-section-approval_lead_time = Waqtiga ilaa ansixinta
csv-figures-section-reports = Warbixinnada
csv-figures-item-total = Wadarta
csv-figures-item-leaders = Hoggaamiyayaasha
csv-figures-item-fewer_opportunities = Kuwa fursado yar haysta
csv-figures-item-first_time = Dibadda markii ugu horreysay
csv-figures-item-days = Maalmaha ka-qaybgalayaasha
csv-figures-item-other_than_own = Dalal aan dalkayaga ahayn
csv-figures-item-approved = Isdhaafsiyada la ansixiyay
csv-figures-item-median_days = Qiimaha dhexe (maalmo)
csv-figures-item-mean_days = Celceliska (maalmo)
csv-figures-item-max_days = Ugu dheer (maalmo)
csv-figures-item-filed = Warbixinnada la gudbiyay
csv-figures-item-actual_cost_eur = Kharashka dhabta ah (EUR)
csv-figures-item-state = Xaaladda: { $value }
csv-figures-item-direction = Jihada: { $value }
csv-figures-item-risk_level = Heerka khatarta: { $value }
csv-figures-item-age = Da'da: { $value }
csv-figures-item-gender = Jinsiga: { $value }
csv-figures-item-measure = { $kind }: { $measure }
csv-figures-age-under_13 = ka yar 13
csv-figures-age-13_15 = 13–15
csv-figures-age-16_17 = 16–17
csv-figures-age-18_25 = 18–25
csv-figures-age-26_30 = 26–30
csv-figures-age-over_30 = ka weyn 30
csv-figures-gender-female = dheddig
csv-figures-gender-male = lab
csv-figures-gender-other = kale
csv-figures-gender-not_recorded = lama sheegin
csv-figures-partnership-twin_town = Magaalo mataan ah
csv-figures-partnership-sister_city = Magaalo walaal ah
csv-figures-partnership-cooperation = Iskaashi
csv-figures-partnership-active_at_year_end = firfircoon dhammaadka sannadka
csv-figures-partnership-ended_during_year = dhammaaday sannadka dhexdiisa
csv-figures-programme-erasmus_plus = Erasmus+
csv-figures-programme-nordplus_junior = Nordplus Junior
csv-figures-programme-municipal_fund = Sanduuqa degmada
csv-figures-programme-other = Kale
csv-figures-funding-applications = codsiyo
csv-figures-funding-requested_eur = la codsaday (EUR)
csv-figures-funding-grants = deeqo
csv-figures-funding-granted_eur = la oggolaaday (EUR)
