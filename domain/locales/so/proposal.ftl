# Utbyte: foomka soo-jeedinta ee macallinka (samee, wax ka beddel, koobiyee, gudbi, jooji).
# Reviewed by: (not yet reviewed by a native speaker)

proposal-new-title = Soo-jeedin cusub oo isdhaafsi
proposal-edit-title = Wax ka beddel soo-jeedinta
proposal-clone-title = Koobiyee isdhaafsiga oo sii taariikho cusub
proposal-cancel-title = Jooji isdhaafsiga
proposal-refused-title = Soo-jeedinta weli lama gudbin karo
proposal-cloned = Koobi ayaa loo sameeyay qabyo cusub ahaan. Hubi taariikhaha iyo xogta aan la koobiyeyn.
proposal-choose = Dooro…

proposal-readiness-title = Ka hor intaadan gudbin
proposal-checklist-passes = Qodob kasta oo liiska hubinta ah waa la buuxiyay.
proposal-checklist-failing = Qodobbadan liiska hubinta weli lama buuxin:
proposal-estimate-label = Qiyaasta maalgelinta
proposal-estimate-missing = Heerar ka maqan qiyaasta:
proposal-estimate-unavailable = Weli lama samayn karo qiyaasta maalgelinta: heerar looma hayo.
proposal-submit-button = U gudbi ansixin
proposal-clone-link = Koobiyee oo sii taariikho cusub
proposal-cancel-link = Jooji isdhaafsiga

proposal-basics-title = Aasaaska
proposal-sending-organisation-label = Hay'adda diraysa
proposal-title-label = Cinwaanka ({ $language })
proposal-description-label = Sharraxaadda ({ $language })
proposal-direction-label = Yaa safraya?
proposal-direction-we_visit = Kooxdayadu waxay booqanaysaa la-hawlgalaha
proposal-direction-we_host = Kooxda la-hawlgalaha ayaa na soo booqanaysa
proposal-direction-both = Labadaba, mid kadib midka kale

proposal-partners-title = La-hawlgalayaasha
proposal-partner-search-label = Ka raadi la-hawlgale buugga hagaha
proposal-partner-search-hint = Qayb ka mid ah magaca hay'adda. Calaamadee la-hawlgalayaasha aad rabto, kadib kaydi.
proposal-partner-search-button = Raadi la-hawlgalayaal
proposal-partner-none-found = Hay'ad la jaanqaadda raadinta lama helin.
proposal-partners-label = Hay'adaha la-hawlgalka ah

proposal-destination-title = Meesha loo socdo iyo goobta
proposal-destination-town-label = Magaalada loo socdo
proposal-venue-label = Goobta

proposal-dates-title = Taariikhaha
proposal-start-date-label = Maalinta koowaad
proposal-end-date-label = Maalinta ugu dambaysa
proposal-activity-days-label = Maalmaha hawlaha
proposal-registration-deadline-label = Waqtiga kama dambaysta ah ee diiwaangelinta (ikhtiyaari)

proposal-group-title = Kooxda iyo hoggaamiyayaasha
proposal-participants-label = Ka-qaybgalayaasha dhallinyarada ah
proposal-leaders-label = Hoggaamiyayaasha
proposal-age-min-label = Da'da ugu yar
proposal-age-max-label = Da'da ugu weyn

proposal-objectives-title = Ujeeddooyinka iyo mawduucyada
proposal-learning-objectives-label = Ujeeddooyinka waxbarasho
proposal-themes-label = Mawduucyada

proposal-programme-title = Barnaamijka maalin walba
proposal-programme-row = Qodobka barnaamijka { $row }
proposal-programme-day-label = Lambarka maalinta
proposal-programme-text-label = Waxa dhacaya
proposal-programme-remove = Ka saar qodobka { $row }
proposal-programme-add = Ku dar maalin

proposal-travel-title = Hoyga iyo gaadiidka
proposal-accommodation-label = Hoyga
proposal-accommodation-host_families = Qoysas martigeliya
proposal-accommodation-hostel = Hoteel dhallinyaro (hostel)
proposal-accommodation-hotel = Hoteel
proposal-accommodation-other = Kale
proposal-transport-label = Gaadiidka
proposal-green-travel-label = Safar deegaanka u fiican (tareen, bas, baabuur la wadaago)

proposal-cost-title = Kharashka
proposal-cost-label = Kharashka ka-qaybgale kasta
proposal-cost-currency-label = Lacagta
proposal-currency-sek = Karoonka Iswiidhan (SEK)
proposal-currency-eur = Yuuro (EUR)
proposal-currency-nok = Karoonka Norway (NOK)
proposal-currency-dkk = Karoonka Denmark (DKK)
proposal-currency-pln = Zlotyga Poland (PLN)
proposal-currency-isk = Karoonka Iceland (ISK)
proposal-currency-gbp = Bownka Ingiriiska (GBP)
proposal-currency-chf = Faranka Swiss (CHF)
proposal-budget-label = Miisaaniyadda guud, yuuro ahaan (ikhtiyaari)

proposal-facts-title = Xogta liiska hubinta
proposal-insurance-label = Caymiska safarka waa la xaqiijiyay
proposal-adventurous-label = Barnaamijku wuxuu leeyahay hawlo xiiso iyo khatar leh
proposal-risk-assessment-label = Qiimaynta khatarta
proposal-consent-plan-label = Sida waalidiintu u bixinayaan oggolaanshaha

proposal-save-button = Kaydi qabyada

proposal-theme-culture = Dhaqanka
proposal-theme-school = Dugsiga
proposal-theme-sport = Isboortiga
proposal-theme-environment_and_climate = Deegaanka iyo cimilada
proposal-theme-democracy_and_participation = Dimuqraadiyadda iyo ka-qaybgalka
proposal-theme-human_rights = Xuquuqda aadanaha
proposal-theme-gender_equality = Sinnaanta jinsiga
proposal-theme-inclusion = Ka-mid-noqoshada
proposal-theme-digital_skills = Xirfadaha dhijitaalka
proposal-theme-entrepreneurship = Ganacsi-abuurka
proposal-theme-health = Caafimaadka
proposal-theme-history_and_heritage = Taariikhda iyo dhaxalka
proposal-theme-science = Sayniska
proposal-theme-music = Muusigga
proposal-theme-arts = Farshaxanka
proposal-theme-media = Warbaahinta

proposal-check-leader_ratio = Hoggaamiyayaal ku filan kooxda
proposal-check-insurance = Caymiska safarka waa la xaqiijiyay
proposal-check-risk_assessment = Qiimaynta khatarta oo qoran
proposal-check-budget = Miisaaniyad
proposal-check-consent_plan = Qorshaha oggolaanshaha waalidiinta
proposal-check-registration_deadline = Waqtiga kama dambaysta ah ee diiwaangelinta oo si fiican uga horreeya bilowga
proposal-check-green_travel = Safar deegaanka u fiican
proposal-check-funding_eligibility = Xeerarka barnaamijka maalgelinta waa la buuxiyay

proposal-clone-intro = Koobiga “{ $title }” wuxuu noqonayaa qabyo cusub oo leh taariikhaha aad bixiso.
proposal-clone-button = Samee koobiga
proposal-cancel-intro = Joojinta “{ $title }” waxay soo afjaraysaa diiwaangelin kasta, waxayna qof kasta oo ay khusayso u sheegaysaa sababta.
proposal-cancel-reason-label = Sababta joojinta
proposal-cancel-button = Jooji isdhaafsiga
proposal-refused-intro = Dhammaystir qodobbadan liiska hubinta, kadib mar kale gudbi:
proposal-refused-back = Ku noqo soo-jeedinta

problem-before-start = Maalinta ugu dambaysa waa inaanay ka horrayn maalinta koowaad.
problem-in-the-past = Taariikhdu waa inaanay ahayn mid hore u dhaaftay.
problem-out-of-range = Tiradu way ka baxsan tahay inta la oggol yahay.
problem-more-than-participants = Hoggaamiyayaashu waa inaanay ka badnaan ka-qaybgalayaasha dhallinyarada ah.
problem-min-above-max = Da'da ugu yar waa inaanay ka weynaan da'da ugu weyn.
problem-after-start = Waqtiga kama dambaysta ahi waa inuusan ka dambayn maalinta koowaad.
problem-duplicate = Maalin kasta iyo la-hawlgale kasta hal mar oo keliya.
problem-unknown = Dooro mid ka mid ah xulashooyinka.
problem-invalid-date = Qor taariikh sida 2027-05-31.
problem-invalid-number = Qor tiro dhan.
problem-invalid-amount = Qor qaddar, sida 450 ama 450.50.
problem-unsupported-currency = Dooro mid ka mid ah lacagaha liiska ku jira.
problem-invalid-characters = Qoraalku wuxuu leeyahay xarfo aan la isticmaali karin.
problem-too-many = Waxyaabaha la geliyay aad bay u badan yihiin.
