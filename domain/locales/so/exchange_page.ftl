# Utbyte: liiska isdhaafsiyada iyo bogga isdhaafsiga.
# Reviewed by: (not yet reviewed by a native speaker)

# Liiska
exchange-list-title = Isdhaafsiyo
exchange-list-state-label = Tus isdhaafsiyada ku jira xaaladda
exchange-list-all-states = Dhammaan xaaladaha
exchange-list-filter-button = Tus
exchange-list-empty = Weli ma jiraan isdhaafsiyo aad arki karto.
exchange-list-empty-in-state = Midna isdhaafsiyadaada kuma jiro xaaladdan.
exchange-list-next = Bogga xiga

# Xaaladaha socodka shaqada
exchange-state = Xaaladda
exchange-state-draft = Qabyo
exchange-state-submitted = Wuxuu sugayaa ansixin
exchange-state-changes-requested = Isbeddello ayaa la codsaday
exchange-state-approved = La ansixiyay
exchange-state-open-for-registration = Diiwaangelintu way furan tahay
exchange-state-registration-closed = Diiwaangelintu way xiran tahay
exchange-state-under-way = Wuu socdaa
exchange-state-completed = Waa la dhammeeyay
exchange-state-rejected = La diiday
exchange-state-cancelled = La joojiyay
exchange-state-reported = Warbixinta waa la gudbiyay

# Xiriirinta bogagga kale ee isdhaafsiga
exchange-actions = Waxa aad samayn karto
exchange-link-edit = Wax ka beddel
exchange-link-submit = U gudbi ansixin
exchange-link-decide = Go'aami
exchange-link-registrations = Diiwaangelinnada
exchange-link-clone = U isticmaal tusaale ahaan
exchange-link-cancel = Jooji isdhaafsiga

# Aasaaska
exchange-basics = Aasaaska
exchange-sending = Hay'adda diraysa
exchange-partners = Hay'adaha la-hawlgalka ah
exchange-no-partners = Midna
exchange-direction = Yaa safraya
exchange-direction-we-visit = Kooxdayadu waxay booqanaysaa la-hawlgalaha
exchange-direction-we-host = Kooxda la-hawlgalaha ayaa noo imanaysa
exchange-direction-both = Labadaba, mid kadib midka kale
exchange-destination = Meesha loo socdo
exchange-venue = Goobta
exchange-dates = Taariikhaha
exchange-activity-days = Maalmaha hawlaha
exchange-registration-deadline = Diiwaangelintu way xirmaysaa

# Kooxda
exchange-group = Kooxda iyo hoggaamiyayaasha
exchange-participants = Ka-qaybgalayaasha dhallinyarada ah
exchange-leaders = Hoggaamiyayaasha
exchange-ages = Da'da

# Ujeeddooyinka iyo mawduucyada
exchange-objectives = Ujeeddooyinka waxbarasho
exchange-themes = Mawduucyada
exchange-theme-culture = Dhaqanka
exchange-theme-school = Dugsiga
exchange-theme-sport = Isboortiga
exchange-theme-environment-and-climate = Deegaanka iyo cimilada
exchange-theme-democracy-and-participation = Dimuqraadiyadda iyo ka-qaybgalka
exchange-theme-human-rights = Xuquuqda aadanaha
exchange-theme-gender-equality = Sinnaanta jinsiga
exchange-theme-inclusion = Ka-mid-noqoshada
exchange-theme-digital-skills = Xirfadaha dhijitaalka
exchange-theme-entrepreneurship = Ganacsi-abuurka
exchange-theme-health = Caafimaadka
exchange-theme-history-and-heritage = Taariikhda iyo dhaxalka
exchange-theme-science = Sayniska
exchange-theme-music = Muusigga
exchange-theme-arts = Farshaxanka
exchange-theme-media = Warbaahinta
exchange-nothing = (waxba)

# Barnaamijka
exchange-programme = Barnaamijka maalin walba
exchange-day = Maalinta { $day }

# Hoyga iyo gaadiidka
exchange-travel = Hoyga, gaadiidka iyo badbaadada
exchange-accommodation = Hoyga
exchange-accommodation-host-families = Qoysas martigeliya
exchange-accommodation-hostel = Hoteel dhallinyaro (hostel)
exchange-accommodation-hotel = Hoteel
exchange-accommodation-other = Kale
exchange-transport = Gaadiidka
exchange-green-travel = Safar deegaanka u fiican
exchange-risk-level = Heerka khatarta
exchange-risk-local-day-trip = Safar maalmeed oo deegaanka ah
exchange-risk-overnight = Habeen lagu hoyanayo
exchange-risk-abroad = Dibadda
exchange-risk-adventurous = Hawlo xiiso iyo khatar leh
exchange-insurance = Caymiska waa la xaqiijiyay
exchange-risk-assessment = Qiimaynta khatarta
exchange-consent-plan = Qorshaha oggolaanshaha
exchange-yes = Haa
exchange-no = Maya

# Kharashka
exchange-cost = Kharashka
exchange-cost-per-participant = Kharashka la qiyaasay ee ka-qaybgale kasta
exchange-budget = Miisaaniyadda

# Ansixinta
exchange-approval = Ansixinta
exchange-approval-none = Isdhaafsiga weli looma gudbin ansixin.
exchange-step-round = Wareeg
exchange-step-approver = Qofka ansixinaya
exchange-step-decision = Go'aan
exchange-step-decided-by = Waxaa go'aamiyay
exchange-step-comment = Faallo
exchange-step-due = Waqtiga kama dambaysta ah
exchange-step-overdue = Waqtigii wuu dhaafay
exchange-role-principal = Maamulaha dugsiga
exchange-role-coordinator = Isku-duwaha degmada
exchange-decision-waiting = Wuxuu sugayaa tallaabo ka horreysa
exchange-decision-pending = Wuxuu sugayaa go'aan
exchange-decision-approved = La ansixiyay
exchange-decision-rejected = La diiday
exchange-decision-changes-requested = Isbeddello ayaa la codsaday
exchange-decision-withdrawn = Laga noqday
exchange-nobody = (cidna)

# Liiska hubinta
exchange-checklist = Liiska hubinta ka hor ansixinta
exchange-check-met = La buuxiyay
exchange-check-blocks = Wuxuu hor istaagayaa ansixinta
exchange-check-warns = Digniin
exchange-check-leader-ratio = Hoggaamiyayaal ku filan kooxda
exchange-check-leader-ratio-failed = Hoggaamiyayaashu aad bay ugu yar yihiin tirada dhallinyarada: ku dar hoggaamiyayaal ama yaree kooxda.
exchange-check-insurance = Caymiska
exchange-check-insurance-failed = Caymiska weli lama xaqiijin.
exchange-check-risk-assessment = Qiimaynta khatarta oo qoran
exchange-check-risk-assessment-failed = Qiimaynta khatarta ee qoran way maqan tahay ama aad bay u gaaban tahay.
exchange-check-budget = Miisaaniyadda
exchange-check-budget-failed = Miisaaniyad lama bixin.
exchange-check-consent-plan = Qorshaha oggolaanshaha
exchange-check-consent-plan-failed = Qorshaha oggolaanshaha waalidiinta wuu maqan yahay ama aad buu u gaaban yahay.
exchange-check-registration-deadline = Waqtiga kama dambaysta ah ee diiwaangelinta
exchange-check-registration-deadline-failed = Diiwaangelintu waa inay xirantaa ugu yaraan 14 maalmood ka hor bilowga.
exchange-check-green-travel = Safar deegaanka u fiican
exchange-check-green-travel-failed = Safar deegaanka u fiican lama dooran.
exchange-check-funding-eligibility = Xeerarka maalgelinta
exchange-check-funding-eligibility-failed = Isdhaafsigu wuxuu jebinayaa xeer ka mid ah barnaamij uu codsanayo: eeg u-qalmitaanka hoose.

# Isbeddellada ka dib ansixinta
exchange-changes = Isbeddellada ka dib ansixinta
exchange-changes-none = Waxba lama beddelin ka dib ansixinta.
exchange-change-field = Maxaa
exchange-change-before = Kahor
exchange-change-after = Kadib
exchange-change-who = Waxaa beddelay
exchange-change-when = Goorma
exchange-field-start-date = Maalinta koowaad
exchange-field-end-date = Maalinta ugu dambaysa
exchange-field-destination-town-id = Meesha loo socdo
exchange-field-venue = Goobta
exchange-field-accommodation = Hoyga
exchange-field-programme = Barnaamijka
exchange-field-activity-days = Maalmaha hawlaha
exchange-field-adventurous-activities = Hawlo xiiso iyo khatar leh
exchange-field-participants = Ka-qaybgalayaasha dhallinyarada ah
exchange-field-leaders = Hoggaamiyayaasha
exchange-field-insurance-confirmed = Caymiska waa la xaqiijiyay
exchange-field-risk-assessment = Qiimaynta khatarta
exchange-field-consent-plan = Qorshaha oggolaanshaha

# Taariikhda
exchange-history = Taariikhda
exchange-event-exchange-drafted = Qabyo ahaan ayaa loo qoray
exchange-event-exchange-updated = Wax baa laga beddelay
exchange-event-exchange-submitted = Loo gudbiyay ansixin
exchange-event-exchange-step-approved = Tallaabo ansixineed waa la ansixiyay
exchange-event-exchange-approved = La ansixiyay
exchange-event-exchange-changes-requested = Isbeddello ayaa la codsaday
exchange-event-exchange-rejected = La diiday
exchange-event-exchange-changed = Waa la beddelay ka dib ansixinta
exchange-event-exchange-sent-back-to-review = Dib loogu celiyay dib-u-eegis
exchange-event-exchange-cloned = Laga sameeyay isdhaafsi kale
exchange-event-exchange-cancelled = La joojiyay
exchange-event-exchange-registration-opened = Diiwaangelinta waa la furay
exchange-event-exchange-registration-closed = Diiwaangelinta waa la xiray
exchange-event-exchange-places-set = Boosaska waa la dejiyay
exchange-event-exchange-started = Wuu bilaabmay
exchange-event-exchange-completed = Waa la dhammeeyay
exchange-event-exchange-reported = Warbixinta waa la gudbiyay

# Maalgelinta
exchange-funding = Qiyaasta maalgelinta
exchange-funding-action = Hawsha barnaamijka
exchange-funding-year = Sannadka codsiga
exchange-funding-show = Tus qiyaasta
exchange-funding-call-year = sannadka codsiga { $year }
exchange-action-KA122-SCH = Erasmus+ dhaqdhaqaaqa dugsiga ee muddada gaaban (KA122-SCH)
exchange-action-KA152-YOU = Erasmus+ isdhaafsiga dhallinyarada (KA152-YOU)
exchange-action-KA121-SCH = Erasmus+ dhaqdhaqaaqa dugsiga ee la aqoonsan yahay (KA121-SCH)
exchange-action-NPJ-CLASS = Nordplus Junior isdhaafsiga fasallada
exchange-funding-basis-planned = Waxaa laga qiyaasay tirooyinka la qorsheeyay.
exchange-funding-basis-confirmed-participants = Waxaa laga qiyaasay dhallinyarada boosaskooda la xaqiijiyay.
exchange-funding-line = Qodob
exchange-funding-formula = Qaacido
exchange-funding-rate = Safka jadwalka heerarka
exchange-funding-amount = Qaddarka
exchange-funding-total = Wadarta
exchange-funding-real-cost = Kharashka dhabta ah
exchange-funding-missing = Heerar ka maqan jadwalka
exchange-funding-no-estimate = Qiyaas ma jirto: jadwalka heerarka kuma jiraan heerar hawshan iyo sannadkan codsiga.
exchange-funding-category-travel = Safarka
exchange-funding-category-organisational-support = Taageerada hay'adda
exchange-funding-category-individual-support = Taageerada shakhsiga
exchange-funding-category-inclusion-support = Taageerada ka-mid-noqoshada
exchange-funding-category-exceptional-costs = Kharashyo gaar ah
exchange-funding-category-lump-sum = Lacag go'an

# U-qalmitaanka
exchange-eligibility = U-qalmitaanka
exchange-eligible = Isdhaafsigu wuxuu buuxiyaa xeerarka hawshan.
exchange-not-eligible = Isdhaafsigu ma buuxiyo xeerarka hawshan:
exchange-eligibility-no-rate-table = Weli ma jiraan heerar hawshan iyo sannadkan codsiga.
exchange-eligibility-no-country-list = Sannadka codsigu weli ma laha liiska waddamada u qalma.
exchange-eligibility-ineligible-country = Waddan ka qayb qaadanaya uma qalmo hawshan.
exchange-eligibility-countries = Waddamada ka qayb qaadanaya aad bay u yar yihiin.
exchange-eligibility-duration = Tirada maalmaha hawluhu way ka baxsan tahay waxa hawshu oggol tahay.
exchange-eligibility-project-duration = Dhererka mashruucu wuu ka baxsan yahay waxa hawshu oggol tahay.
exchange-eligibility-participant-age = Da'da ka-qaybgalayaashu way ka baxsan tahay waxa hawshu oggol tahay.
exchange-eligibility-leader-age = Hoggaamiye ayaa aad u yar da' ahaan.
exchange-eligibility-leaders-per-group = Koox ayaa leh hoggaamiyayaal aad u yar.
exchange-eligibility-participants-per-group = Koox ayaa leh ka-qaybgalayaal aad u yar ama aad u badan.
exchange-eligibility-group-size = Kooxdu aad bay u yar tahay ama aad bay u weyn tahay.
exchange-eligibility-accompanying-persons = Dadka la socda ayaa aad u badan.
exchange-eligibility-participants-limit = Ka-qaybgalayaashu way ka badan yihiin inta hawshu oggol tahay.
exchange-eligibility-lump-sum = Lacagta go'an ma aha mid codsigu bixiyo.
exchange-eligibility-participants-per-country = Waddan ayaa leh ka-qaybgalayaal aad u yar ama aad u badan.
exchange-eligibility-teacher-ratio = Macallimiintu aad bay ugu yar yihiin tirada ardayda.

## Exchange history: attachments, the lottery and the roster
exchange-event-exchange-attachment-added = Lifaaq ayaa la daray
exchange-event-exchange-attachment-removed = Lifaaq ayaa la saaray
exchange-event-exchange-attachment-downloaded = Lifaaq ayaa la soo dejiyay
exchange-event-lottery-drawn = Bakhtiyaanasiibka waa la sameeyay
exchange-event-roster-exported = Liiska ka-qaybgalayaasha waa la akhriyay ama waa la dhoofiyay
