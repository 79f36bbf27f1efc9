# Utbyte: matkan toteutus (ilmoittautumiset, osallistujaluettelo, terveystiedot, eteneminen, raportti).
# Reviewed by: (not yet reviewed by a native speaker)

trip-registrations-title = Ilmoittautumiset: { $title }
trip-exchange-state = Vaihdon tila:
trip-exchange-draft = Luonnos
trip-exchange-submitted = Lähetetty
trip-exchange-changes-requested = Muutoksia pyydetty
trip-exchange-approved = Hyväksytty
trip-exchange-open-for-registration = Ilmoittautuminen auki
trip-exchange-registration-closed = Ilmoittautuminen päättynyt
trip-exchange-under-way = Käynnissä
trip-exchange-completed = Toteutettu
trip-exchange-rejected = Hylätty
trip-exchange-cancelled = Peruttu
trip-exchange-reported = Raportoitu
trip-roster-link = Osallistujaluettelo
trip-report-link = Raportti matkan jälkeen
trip-back-to-registrations = Takaisin ilmoittautumisiin

trip-places-saved = Paikat on tallennettu.
trip-registration-cancelled = Ilmoittautuminen on peruttu.
trip-consent-link-sent = Uusi suostumuslinkki on matkalla. Vanha linkki ei enää toimi.
trip-membership-confirmed = Jäsenyys on vahvistettu.
trip-lottery-drawn = Arvonta on suoritettu.
trip-advanced = Vaihto on siirtynyt seuraavaan vaiheeseen.

trip-places-title = Paikat ja ilmoittautuminen
trip-places-taken = { $taken ->
    [one] { $taken } paikka on varattu
   *[other] { $taken } paikkaa on varattu
}
trip-places-capacity = { $capacity } paikasta.
trip-capacity-label = Paikkojen määrä
trip-capacity-hint = Luku väliltä 1–500 ja vähintään jo varattujen paikkojen määrä.
trip-consent-rule-label = Kenen suostumus vahvistaa paikan
trip-one-guardian = Yksi huoltaja
trip-every-guardian = Kaikki huoltajat
trip-selection-label = Miten paikat jaetaan
trip-first-come = Ilmoittautumisjärjestyksessä
trip-lottery = Arvonta ilmoittautumisen määräajan jälkeen
trip-membership-label = Kuka saa ilmoittautua
trip-members = Lähettävän koulun ja kumppanikoulujen jäsenet
trip-open = Kuka tahansa
trip-places-button = Tallenna paikat
problem-below-places-taken = Paikkoja on jo varattu enemmän.
problem-registrations-exist = Tätä ei voi muuttaa, kun joku on jo ilmoittautunut.

trip-lottery-heading = Arvonta
trip-lottery-seed = Arvonnan siemenluku
trip-lottery-drawn-at = Arvottu
trip-lottery-not-drawn = Arvontaa ei ole vielä suoritettu.
trip-lottery-draw-link = Arvo paikat…
trip-lottery-title = Arvo paikat: { $title }
trip-lottery-waiting = { $count ->
    [one] { $count } henkilö odottaa paikkaa.
   *[other] { $count } henkilöä odottaa paikkaa.
}
trip-lottery-free = { $count ->
    [one] { $count } paikka on vapaana.
   *[other] { $count } paikkaa on vapaana.
}
trip-lottery-final = Arvontaa ei voi perua. Kaikille kerrotaan tulos sähköpostitse.
trip-lottery-draw-button = Arvo nyt

trip-registrations-heading = Ilmoittautumiset
trip-no-registrations = Kukaan ei ole vielä ilmoittautunut.
trip-registration-state = Tila
trip-state-pending-consent = Paikka varattu, odottaa suostumusta
trip-state-confirmed = Vahvistettu
trip-state-waiting-list = Jonotuslistalla
trip-state-offered = Paikkaa tarjottu
trip-state-withdrawn = Vetäytynyt
trip-state-cancelled = Peruttu
trip-waiting-position = Sija jonossa
trip-offer-expires = Tarjous päättyy
trip-lottery-rank = Arvontanumero
trip-outcome-reason = Syy
trip-consent = Suostumus
trip-consent-not-needed = Ei tarvita: vähintään 18-vuotias lähtöhetkellä
trip-consent-met = Annettu säännön mukaisesti
trip-consent-awaited-one = Odottaa yhtä huoltajaa
trip-consent-awaited-every = Odottaa kaikkia huoltajia
trip-membership = Jäsenyys
trip-membership-confirmed-yes = Koulun vahvistama
trip-membership-unconfirmed = Ei vahvistettu
trip-guardians = Huoltajat
trip-guardian-awaited = ei vielä vastausta
trip-guardian-given = suostumus annettu
trip-guardian-withdrawn = suostumus peruttu
trip-guardian-invalidated = suostumus mitätöitynyt muutoksen vuoksi
trip-resend-consent = Lähetä henkilölle { $name } uusi suostumuslinkki
trip-medical-link = Henkilön { $name } terveystiedot
trip-confirm-membership = Vahvista, että { $name } on jäsen
trip-cancel-reason = Syy henkilön { $name } ilmoittautumisen perumiseen
trip-cancel-button = Peru ilmoittautuminen

trip-advance-title = Siirrä vaihto seuraavaan vaiheeseen
trip-early-reason-label = Syy etuajassa siirtämiseen
trip-early-reason-hint = Vain koordinaattori voi aloittaa tai päättää vaihdon ennen sen päivämääriä, ja hänen on kirjoitettava syy (vähintään 10 merkkiä).
trip-too-early = Ei vielä: ennen päivämääriä vain koordinaattori voi tehdä tämän kirjoitetun syyn kanssa.
trip-step-open-registration = Avaa ilmoittautuminen
trip-step-close-registration = Sulje ilmoittautuminen
trip-step-start = Aloita matka
trip-step-complete = Päätä matka

trip-roster-title = Osallistujaluettelo: { $title }
trip-roster-download = Lataa osallistujaluettelo (CSV)
trip-roster-audited = Jokainen osallistujaluettelon lukukerta kirjataan.
trip-roster-empty = Kenelläkään ei ole vielä paikkaa.
trip-roster-caption = { $count ->
    [one] { $count } osallistuja, jolla on paikka
   *[other] { $count } osallistujaa, joilla on paikka
}
trip-roster-participant = Osallistuja
trip-roster-born = Syntynyt
trip-emergency-contacts = Hätäyhteystiedot
trip-allergies = Allergiat
trip-medication = Lääkitys
trip-dietary-needs = Ruokavalio
trip-medical-notes = Terveyteen liittyvät huomiot

trip-medical-title = Terveystiedot: { $title }
trip-medical-audited = Jokainen terveystietojen lukukerta kirjataan.
trip-medical-none = Yksikään huoltaja ei ole vielä antanut terveystietoja.
trip-medical-participant = Osallistuja: { $name }
trip-medical-updated = Viimeksi annettu
trip-medical-statements = Antaja
trip-medical-given-by = { $name }
trip-medical-given-by-unknown = Huoltaja, joka ei enää ole rekisterissä

trip-report-title = Raportti matkan jälkeen: { $title }
trip-report-what-happened = Mitä tapahtui
trip-report-outcomes = Tulokset
trip-report-outcomes-hint = Suhteessa vaihdon oppimistavoitteisiin.
trip-report-feedback = Mitä osallistujat sanoivat
trip-report-cost = Todelliset kustannukset euroina
trip-report-cost-hint = Esimerkiksi 12 500 tai 12 500,50.
trip-report-button = Jätä raportti
trip-report-filed = Raportti on jätetty.
trip-report-already = Raportti on jo jätetty.
trip-report-not-yet = Raportin voi jättää, kun vaihto on toteutettu.
