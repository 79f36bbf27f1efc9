# Utbyte: verkkosivujen yhteiset tekstit, kirjautuminen ja käyttäjätili.
# Reviewed by: (not yet reviewed by a native speaker)

site-name = Utbyte
skip-to-content = Siirry pääsisältöön
main-navigation = Päävalikko
nav-exchanges = Vaihdot
nav-approvals = Hyväksynnät
nav-home = Etusivu
nav-notifications = Ilmoitukset
nav-account = Oma tili
nav-sign-out = Kirjaudu ulos
nav-sign-in = Kirjaudu sisään
unread-notifications = { $count ->
    [one] { $count } lukematon ilmoitus
   *[other] { $count } lukematonta ilmoitusta
}
signed-in-as = Kirjautuneena: { $name }
error-summary-title = Jotain pitää korjata
error-summary-count = { $count ->
    [one] Korjaa alla oleva kenttä.
   *[other] Korjaa alla olevat { $count } kenttää.
}
field-error-prefix = Virhe:
required-field = (pakollinen)
language-label = Kieli
other-languages = Muut kielet
language-sv = Svenska
language-en = English
language-nb = Norsk bokmål
language-da = Dansk
language-fi = Suomi
language-et = Eesti
language-pl = Polski
language-de = Deutsch
language-ar = العربية
language-so = Soomaali
language-uk = Українська

# Kirjautuminen
sign-in-title = Kirjaudu sisään
sign-in-intro = Kirjaudu sisään Utbyte-tilisi sähköpostiosoitteella ja salasanalla.
email-label = Sähköpostiosoite
password-label = Salasana
sign-in-button = Kirjaudu sisään
sign-in-wrong = Sähköpostiosoite tai salasana on väärin.
sign-in-unverified = Vahvista ensin sähköpostiosoitteesi: lähetimme sinulle uuden linkin.
sign-in-forgot = Unohditko salasanasi?
signed-out = Olet kirjautunut ulos.
session-ended = Istuntosi on päättynyt. Kirjaudu uudelleen sisään.

# Unohtunut salasana
forgot-title = Unohtunut salasana
forgot-intro = Anna tilisi sähköpostiosoite. Jos tili on olemassa, lähetämme siihen linkin, jolla voit valita uuden salasanan.
forgot-button = Lähetä linkki
forgot-sent = Jos osoitteella on tili, linkki on matkalla. Se on voimassa rajoitetun ajan.
forgot-back = Takaisin kirjautumiseen

# Oma tili
account-title = Oma tili
account-details = Tietosi
account-name = Nimi
account-email = Sähköpostiosoite
account-language-title = Kieli
account-language-intro = Sinulle näytettävät sivut ja lähetettävät sähköpostit ovat tällä kielellä.
account-language-button = Tallenna kieli
account-language-saved = Kielesi on tallennettu.
change-password-title = Vaihda salasana
current-password-label = Nykyinen salasana
new-password-label = Uusi salasana
new-password-hint = Vähintään 12 merkkiä. Useat toisiinsa liittymättömät sanat on helppo muistaa ja vaikea arvata.
change-password-button = Vaihda salasana
password-changed = Salasanasi on vaihdettu. Muut istuntosi on päätetty.
sign-out-everywhere-title = Kirjaudu ulos kaikkialta
sign-out-everywhere-intro = Päättää tilisi kaikki istunnot kaikilla laitteilla, myös tällä.
sign-out-everywhere-button = Kirjaudu ulos kaikkialta

# Kenttävirheet virhekoodin mukaan
problem-required = Täytä tämä kenttä.
problem-invalid-email = Kirjoita sähköpostiosoite muodossa nimi@esimerkki.se.
problem-too-short = Salasanassa on oltava vähintään 12 merkkiä.
problem-too-long = Teksti on liian pitkä.
problem-too-weak = Salasana on liian helppo arvata. Käytä useampia toisiinsa liittymättömiä sanoja.
problem-wrong-password = Salasana on väärin.
problem-unsupported-locale = Valitse jokin luettelon kielistä.
problem-invalid = Tarkista, mitä kirjoitit tähän.

# Etusivu
home-title = Etusivu
home-welcome = Tervetuloa, { $name }

# Virhesivut
error-forbidden-title = Ei sallittu
error-forbidden-text = Sinulla ei ole oikeutta tehdä tätä.
error-not-found-title = Ei löytynyt
error-not-found-text = Etsimääsi ei ole olemassa.
error-conflict-title = Ei mahdollista nyt
error-conflict-text = Tätä ei voi tehdä asioiden nykyisessä tilassa.
error-bad-input-title = Se ei onnistunut
error-bad-input-text = Pyyntöä ei voitu käyttää.
error-unavailable-title = Palvelu ei ole käytettävissä
error-unavailable-text = Palvelu ei juuri nyt saa yhteyttä tietokantaansa. Yritä hetken kuluttua uudelleen.
error-internal-title = Jokin meni vikaan
error-internal-text = Jokin meni vikaan meidän päässämme. Yritä hetken kuluttua uudelleen.
error-rate-limited-title = Liian monta yritystä
error-rate-limited-text = { $minutes ->
    [one] Odota minuutti ja yritä sitten uudelleen.
   *[other] Odota { $minutes } minuuttia ja yritä sitten uudelleen.
}
error-id = Virhetunnus
error-csrf-title = Lomake on vanhentunut
error-csrf-text = Lomake lähetettiin toiselta sivulta tai se on vanhentunut. Palaa takaisin, lataa sivu uudelleen ja lähetä lomake uudestaan.

# Sähköpostitse lähetetyistä tililinkeistä avautuvat sivut
accept-invitation-title = Aktivoi tilisi
accept-invitation-intro = Valitse salasana Utbyte-tilillesi.
accept-invitation-button = Aktivoi tili
accept-invitation-done = Valmista! Tilisi on aktiivinen, ja voit kirjautua sisään.
reset-password-title = Valitse uusi salasana
reset-password-intro = Valitse uusi salasana Utbyte-tilillesi. Sinut kirjataan ulos kaikkialta.
reset-password-button = Tallenna salasana
reset-password-done = Valmista! Kirjaudu sisään uudella salasanallasi.
verify-email-title = Vahvista sähköpostiosoitteesi
verify-email-intro = Vahvista, että tämä sähköpostiosoite on sinun.
verify-email-button = Vahvista
verify-email-done = Kiitos! Sähköpostiosoitteesi on vahvistettu. Voit nyt kirjautua sisään.
link-broken = Tämä linkki on virheellinen, jo käytetty tai vanhentunut. Pyydä uusi linkki.
onward-sign-in = Kirjaudu Utbyteen

# Etusivu
home-approvals-title = Odottaa päätöstäsi
home-approvals-none = Mikään ei odota päätöstäsi.
home-exchange = Vaihto
home-waiting-since = Odotus alkanut
home-due = Määräpäivä
home-overdue = Myöhässä
home-all-approvals = Kaikki hyväksynnät
home-registrations-title = Sinua odottavat ilmoittautumiset
home-offer-expires = tarjous on voimassa { $time } asti
home-memberships-title = Vahvistettavat jäsenyydet
home-memberships-intro = Heidän perheensä ilmoittavat heidän kuuluvan kouluusi tai ryhmääsi. Vahvista ne, jotka kuuluvat.
home-memberships-confirm = Vahvista jäsenyys
home-notifications-none = Sinulla ei ole lukemattomia ilmoituksia.
home-all-notifications = Kaikki ilmoitukset
home-exchanges-title = Vaihtosi
home-exchanges-none = Sinulla ei ole vielä vaihtoja.
home-new-exchange = Uusi vaihto
home-all-exchanges = Kaikki vaihdot

# Ilmoitukset
notifications-none = Sinulla ei ole ilmoituksia.
notifications-mark-all = Merkitse kaikki luetuiksi
notifications-mark-read = Merkitse luetuksi
notifications-unread = Lukematon
notifications-older = Vanhemmat ilmoitukset
