# Utbyte: socodsiinta safarka (diiwaangelinnada, liiska ka-qaybgalayaasha, macluumaadka caafimaadka, u gudbinta tallaabada xigta, warbixinta).
# Reviewed by: (not yet reviewed by a native speaker)

trip-registrations-title = Diiwaangelinnada: { $title }
trip-exchange-state = Isdhaafsigu waa:
trip-exchange-draft = Qabyo
trip-exchange-submitted = La gudbiyay
trip-exchange-changes-requested = Isbeddello ayaa la codsaday
trip-exchange-approved = La ansixiyay
trip-exchange-open-for-registration = Diiwaangelintu way furan tahay
trip-exchange-registration-closed = Diiwaangelintu way xiran tahay
trip-exchange-under-way = Wuu socdaa
trip-exchange-completed = Waa la dhammeeyay
trip-exchange-rejected = La diiday
trip-exchange-cancelled = La joojiyay
trip-exchange-reported = Warbixinta waa la gudbiyay
trip-roster-link = Liiska ka-qaybgalayaasha
trip-report-link = Warbixinta safarka kadib
trip-back-to-registrations = Ku noqo diiwaangelinnada

trip-places-saved = Boosaska waa la kaydiyay.
trip-registration-cancelled = Diiwaangelinta waa la joojiyay.
trip-consent-link-sent = Xiriiriye cusub oo oggolaansho ayaa la dirayaa. Kii hore hadda ma shaqaynayo.
trip-membership-confirmed = Xubinnimada waa la xaqiijiyay.
trip-lottery-drawn = Bakhtiyaanasiibka waa la sameeyay.
trip-advanced = Isdhaafsigu wuxuu u gudbay tallaabada xigta.

trip-places-title = Boosaska iyo diiwaangelinta
trip-places-taken = { $taken ->
    [one] Waxaa la qabsaday { $taken } boos
   *[other] Waxaa la qabsaday { $taken } boos
}
trip-places-capacity = oo ka mid ah { $capacity }.
trip-capacity-label = Tirada boosaska
trip-capacity-hint = Inta u dhaxaysa 1 iyo 500, oo ugu yaraan inta boos ee horay loo qabsaday.
trip-consent-rule-label = Oggolaanshaha yaa xaqiijinaya boos
trip-one-guardian = Hal waalid
trip-every-guardian = Waalid kasta
trip-selection-label = Sida boosaska loo qaybiyo
trip-first-come = Kii hore yimaada ayaa hore u hela
trip-lottery = Bakhtiyaanasiib ka dib waqtiga kama dambaysta ah ee diiwaangelinta
trip-membership-label = Yaa is diiwaangelin kara
trip-members = Ardayda dugsiga diraya iyo dugsiyada la-hawlgalka ah
trip-open = Qof kasta
trip-places-button = Kaydi boosaska
problem-below-places-taken = Boosas ka badan intaas ayaa horay loo qabsaday.
problem-registrations-exist = Tan lama beddeli karo marka dad is diiwaangeliyeen.

trip-lottery-heading = Bakhtiyaanasiib
trip-lottery-seed = Lambarka bilowga ee bakhtiyaanasiibka
trip-lottery-drawn-at = Waqtiga la sameeyay
trip-lottery-not-drawn = Bakhtiyaanasiibka weli lama samayn.
trip-lottery-draw-link = Samee bakhtiyaanasiibka…
trip-lottery-title = Samee bakhtiyaanasiibka: { $title }
trip-lottery-waiting = { $count ->
    [one] { $count } qof ayaa sugaya boos.
   *[other] { $count } qof ayaa sugaya boos.
}
trip-lottery-free = { $count ->
    [one] { $count } boos ayaa bannaan.
   *[other] { $count } boos ayaa bannaan.
}
trip-lottery-final = Bakhtiyaanasiibka dib looma celin karo. Qof kasta natiijada waxaa loogu sheegayaa iimayl.
trip-lottery-draw-button = Samee bakhtiyaanasiibka hadda

trip-registrations-heading = Diiwaangelinnada
trip-no-registrations = Weli cidna isma diiwaangelin.
trip-registration-state = Xaaladda
trip-state-pending-consent = Boos wuu haystaa, oggolaansho ayaa la sugayaa
trip-state-confirmed = La xaqiijiyay
trip-state-waiting-list = Wuxuu ku jiraa liiska sugitaanka
trip-state-offered = Boos ayaa loo soo bandhigay
trip-state-withdrawn = Laga noqday
trip-state-cancelled = La joojiyay
trip-waiting-position = Booska safka
trip-offer-expires = Dalabku wuu furan yahay ilaa
trip-lottery-rank = Lambarka bakhtiyaanasiibka
trip-outcome-reason = Sababta
trip-consent = Oggolaansho
trip-consent-not-needed = Looma baahna: 18 jir ama ka weyn marka la ambabaxayo
trip-consent-met = La bixiyay sida xeerku dalbayo
trip-consent-awaited-one = Waxaa la sugayaa hal waalid
trip-consent-awaited-every = Waxaa la sugayaa waalid kasta
trip-membership = Xubinnimo
trip-membership-confirmed-yes = Dugsiga ayaa xaqiijiyay
trip-membership-unconfirmed = Lama xaqiijin
trip-guardians = Waalidiinta
trip-guardian-awaited = weli jawaab ma jirto
trip-guardian-given = oggolaansho waa la bixiyay
trip-guardian-withdrawn = oggolaanshaha waa laga noqday
trip-guardian-invalidated = oggolaanshuhu wuu buray isbeddel kadib
trip-resend-consent = U dir { $name } xiriiriye cusub oo oggolaansho
trip-medical-link = Macluumaadka caafimaadka ee { $name }
trip-confirm-membership = Xaqiiji xubinnimada { $name }
trip-cancel-reason = Sababta loo joojinayo diiwaangelinta { $name }
trip-cancel-button = Jooji diiwaangelinta

trip-advance-title = U gudbi isdhaafsiga tallaabada xigta
trip-early-reason-label = Sababta loo samaynayo waqti ka hor
trip-early-reason-hint = Isku-duwaha oo keliya ayaa bilaabi kara ama dhammayn kara isdhaafsi ka hor taariikhihiisa, haddii sababta qoraal lagu bixiyo (ugu yaraan 10 xaraf).
trip-too-early = Weli ma aha: ka hor taariikhaha isku-duwaha oo keliya ayaa samayn kara, haddii sababta qoraal lagu bixiyo.
trip-step-open-registration = Fur diiwaangelinta
trip-step-close-registration = Xir diiwaangelinta
trip-step-start = Bilow safarka
trip-step-complete = Dhammee safarka

trip-roster-title = Liiska ka-qaybgalayaasha: { $title }
trip-roster-download = Soo deji liiska ka-qaybgalayaasha (CSV)
trip-roster-audited = Akhris kasta oo liiska ka-qaybgalayaasha waa la diiwaangeliyaa.
trip-roster-empty = Weli cidna boos ma haysato.
trip-roster-caption = { $count ->
    [one] { $count } ka-qaybgale oo boos haysta
   *[other] { $count } ka-qaybgale oo boos haysta
}
trip-roster-participant = Ka-qaybgale
trip-roster-born = Dhashay
trip-emergency-contacts = Xiriirada xaaladaha degdegga ah
trip-allergies = Xasaasiyadaha
trip-medication = Daawooyinka
trip-dietary-needs = Baahiyaha cuntada
trip-medical-notes = Qoraallo caafimaad

trip-medical-title = Macluumaadka caafimaadka: { $title }
trip-medical-audited = Akhris kasta oo macluumaadka caafimaadka waa la diiwaangeliyaa.
trip-medical-none = Weli waalid macluumaad caafimaad ma bixin.
trip-medical-participant = Ka-qaybgale: { $name }
trip-medical-updated = Markii ugu dambaysay ee la bixiyay
trip-medical-statements = Waxaa bixiyay
trip-medical-given-by = { $name }
trip-medical-given-by-unknown = Waalid aan hadda diiwaanka ku jirin

trip-report-title = Warbixinta safarka kadib: { $title }
trip-report-what-happened = Waxa dhacay
trip-report-outcomes = Natiijooyinka
trip-report-outcomes-hint = Marka loo eego ujeeddooyinka waxbarasho ee isdhaafsiga.
trip-report-feedback = Waxa ka-qaybgalayaashu sheegeen
trip-report-cost = Inta uu dhab ahaan ku kacay, yuuro ahaan
trip-report-cost-hint = Tusaale ahaan 12 500 ama 12 500,50.
trip-report-button = Gudbi warbixinta
trip-report-filed = Warbixinta waa la gudbiyay.
trip-report-already = Warbixinta horay ayaa loo gudbiyay.
trip-report-not-yet = Warbixinta waa la gudbin karaa marka isdhaafsiga la dhammeeyo.
