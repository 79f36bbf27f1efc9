# Utbyte: reisi läbiviimine (registreerumised, osalejate nimekiri, terviseandmed, edasiliikumine, aruanne).
# Reviewed by: (not yet reviewed by a native speaker)

trip-registrations-title = Registreerumised: { $title }
trip-exchange-state = Vahetuse olek:
trip-exchange-draft = Mustand
trip-exchange-submitted = Saadetud
trip-exchange-changes-requested = Muudatusi palutud
trip-exchange-approved = Heaks kiidetud
trip-exchange-open-for-registration = Registreerumine avatud
trip-exchange-registration-closed = Registreerumine suletud
trip-exchange-under-way = Käimas
trip-exchange-completed = Toimunud
trip-exchange-rejected = Tagasi lükatud
trip-exchange-cancelled = Tühistatud
trip-exchange-reported = Aruanne esitatud
trip-roster-link = Osalejate nimekiri
trip-report-link = Aruanne pärast reisi
trip-back-to-registrations = Tagasi registreerumiste juurde

trip-places-saved = Kohad on salvestatud.
trip-registration-cancelled = Registreerumine on tühistatud.
trip-consent-link-sent = Uus nõusolekulink on teel. Vana link enam ei tööta.
trip-membership-confirmed = Liikmesus on kinnitatud.
trip-lottery-drawn = Loosimine on tehtud.
trip-advanced = Vahetus on liikunud järgmisse etappi.

trip-places-title = Kohad ja registreerumine
trip-places-taken = { $taken ->
    [one] { $taken } koht on täidetud
   *[other] { $taken } kohta on täidetud
}
trip-places-capacity = (kokku { $capacity }).
trip-capacity-label = Kohtade arv
trip-capacity-hint = Vahemikus 1–500 ja vähemalt juba täidetud kohtade arv.
trip-consent-rule-label = Kelle nõusolek kinnitab koha
trip-one-guardian = Üks seaduslik esindaja
trip-every-guardian = Kõik seaduslikud esindajad
trip-selection-label = Kuidas kohad jagatakse
trip-first-come = Registreerumise järjekorras
trip-lottery = Loosimine pärast registreerumise tähtaega
trip-membership-label = Kes võib registreeruda
trip-members = Saatva kooli ja partnerkoolide liikmed
trip-open = Kõik
trip-places-button = Salvesta kohad
problem-below-places-taken = Juba on täidetud rohkem kohti.
problem-registrations-exist = Seda ei saa muuta, kui keegi on juba registreerunud.

trip-lottery-heading = Loosimine
trip-lottery-seed = Loosimise seeme
trip-lottery-drawn-at = Loositud
trip-lottery-not-drawn = Loosimist pole veel tehtud.
trip-lottery-draw-link = Loosi kohad…
trip-lottery-title = Loosi kohad: { $title }
trip-lottery-waiting = { $count ->
    [one] { $count } inimene ootab kohta.
   *[other] { $count } inimest ootab kohta.
}
trip-lottery-free = { $count ->
    [one] { $count } koht on vaba.
   *[other] { $count } kohta on vaba.
}
trip-lottery-final = Loosimist ei saa tagasi võtta. Kõigile teatatakse tulemus e-postiga.
trip-lottery-draw-button = Loosi kohe

trip-registrations-heading = Registreerumised
trip-no-registrations = Keegi pole veel registreerunud.
trip-registration-state = Olek
trip-state-pending-consent = Koht olemas, ootab nõusolekut
trip-state-confirmed = Kinnitatud
trip-state-waiting-list = Ootenimekirjas
trip-state-offered = Kohta pakutud
trip-state-withdrawn = Loobunud
trip-state-cancelled = Tühistatud
trip-waiting-position = Koht järjekorras
trip-offer-expires = Pakkumine kehtib kuni
trip-lottery-rank = Loosinumber
trip-outcome-reason = Põhjus
trip-consent = Nõusolek
trip-consent-not-needed = Pole vaja: ärasõidu ajal vähemalt 18-aastane
trip-consent-met = Antud reegli kohaselt
trip-consent-awaited-one = Ootab ühte seaduslikku esindajat
trip-consent-awaited-every = Ootab kõiki seaduslikke esindajaid
trip-membership = Liikmesus
trip-membership-confirmed-yes = Kooli kinnitatud
trip-membership-unconfirmed = Kinnitamata
trip-guardians = Seaduslikud esindajad
trip-guardian-awaited = vastust veel pole
trip-guardian-given = nõusolek antud
trip-guardian-withdrawn = nõusolek tagasi võetud
trip-guardian-invalidated = nõusolek kehtetu pärast muudatust
trip-resend-consent = Saada isikule { $name } uus nõusolekulink
trip-medical-link = Isiku { $name } terviseandmed
trip-confirm-membership = Kinnita, et { $name } on liige
trip-cancel-reason = Isiku { $name } registreerumise tühistamise põhjus
trip-cancel-button = Tühista registreerumine

trip-advance-title = Vii vahetus järgmisse etappi
trip-early-reason-label = Põhjus, miks seda varem teha
trip-early-reason-hint = Ainult koordinaator võib vahetuse enne selle kuupäevi alustada või lõpetada ning peab kirjutama põhjuse (vähemalt 10 märki).
trip-too-early = Veel mitte: enne kuupäevi võib seda teha ainult koordinaator kirjaliku põhjusega.
trip-step-open-registration = Ava registreerumine
trip-step-close-registration = Sulge registreerumine
trip-step-start = Alusta reisi
trip-step-complete = Lõpeta reis

trip-roster-title = Osalejate nimekiri: { $title }
trip-roster-download = Laadi osalejate nimekiri alla (CSV)
trip-roster-audited = Iga osalejate nimekirja vaatamine logitakse.
trip-roster-empty = Kellelgi pole veel kohta.
trip-roster-caption = { $count ->
    [one] { $count } osaleja, kellel on koht
   *[other] { $count } osalejat, kellel on koht
}
trip-roster-participant = Osaleja
trip-roster-born = Sündinud
trip-emergency-contacts = Hädaolukorra kontaktid
trip-allergies = Allergiad
trip-medication = Ravimid
trip-dietary-needs = Toitumisvajadused
trip-medical-notes = Tervisega seotud märkused

trip-medical-title = Terviseandmed: { $title }
trip-medical-audited = Iga terviseandmete vaatamine logitakse.
trip-medical-none = Ükski seaduslik esindaja pole veel terviseandmeid esitanud.
trip-medical-participant = Osaleja: { $name }
trip-medical-updated = Viimati esitatud
trip-medical-statements = Esitaja
trip-medical-given-by = { $name }
trip-medical-given-by-unknown = Seaduslik esindaja, keda enam registris pole

trip-report-title = Aruanne pärast reisi: { $title }
trip-report-what-happened = Mis toimus
trip-report-outcomes = Tulemused
trip-report-outcomes-hint = Võrreldes vahetuse õpieesmärkidega.
trip-report-feedback = Mida osalejad ütlesid
trip-report-cost = Tegelikud kulud eurodes
trip-report-cost-hint = Näiteks 12 500 või 12 500,50.
trip-report-button = Esita aruanne
trip-report-filed = Aruanne on esitatud.
trip-report-already = Aruanne on juba esitatud.
trip-report-not-yet = Aruande saab esitada, kui vahetus on toimunud.
