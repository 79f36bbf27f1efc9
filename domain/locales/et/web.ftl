# Utbyte: veebilehtede ühised tekstid, sisselogimine ja konto.
# Reviewed by: (not yet reviewed by a native speaker)

site-name = Utbyte
skip-to-content = Liigu põhisisu juurde
main-navigation = Peamenüü
nav-exchanges = Vahetused
nav-approvals = Heakskiidud
nav-home = Avaleht
nav-notifications = Teavitused
nav-account = Minu konto
nav-sign-out = Logi välja
nav-sign-in = Logi sisse
unread-notifications = { $count ->
    [one] { $count } lugemata teavitus
   *[other] { $count } lugemata teavitust
}
signed-in-as = Sisse logitud: { $name }
error-summary-title = Midagi on vaja parandada
error-summary-count = { $count ->
    [one] Paranda allolev väli.
   *[other] Paranda allolevad { $count } välja.
}
field-error-prefix = Viga:
required-field = (kohustuslik)
language-label = Keel
other-languages = Teised keeled
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

# Sisselogimine
sign-in-title = Logi sisse
sign-in-intro = Logi sisse oma Utbyte konto e-posti aadressi ja parooliga.
email-label = E-posti aadress
password-label = Parool
sign-in-button = Logi sisse
sign-in-wrong = E-posti aadress või parool on vale.
sign-in-unverified = Kinnita kõigepealt oma e-posti aadress: saatsime sulle uue lingi.
sign-in-forgot = Unustasid parooli?
signed-out = Oled välja logitud.
session-ended = Sinu seanss on lõppenud. Logi uuesti sisse.

# Unustatud parool
forgot-title = Unustatud parool
forgot-intro = Sisesta oma konto e-posti aadress. Kui konto on olemas, saadame sellele lingi, millega saad valida uue parooli.
forgot-button = Saada link
forgot-sent = Kui selle aadressiga konto on olemas, on link teel. See kehtib piiratud aja.
forgot-back = Tagasi sisselogimise juurde

# Minu konto
account-title = Minu konto
account-details = Sinu andmed
account-name = Nimi
account-email = E-posti aadress
account-language-title = Keel
account-language-intro = Sulle näidatavad lehed ja saadetavad e-kirjad on selles keeles.
account-language-button = Salvesta keel
account-language-saved = Sinu keel on salvestatud.
change-password-title = Muuda parooli
current-password-label = Praegune parool
new-password-label = Uus parool
new-password-hint = Vähemalt 12 märki. Mitu omavahel seostamata sõna on kerge meelde jätta ja raske ära arvata.
change-password-button = Muuda parooli
password-changed = Sinu parool on muudetud. Sinu teised seansid on lõpetatud.
sign-out-everywhere-title = Logi välja kõikjal
sign-out-everywhere-intro = Lõpetab sinu konto kõik seansid kõigis seadmetes, ka selles.
sign-out-everywhere-button = Logi välja kõikjal

# Väljade vead veakoodi järgi
problem-required = Täida see väli.
problem-invalid-email = Kirjuta e-posti aadress kujul nimi@naide.se.
problem-too-short = Paroolis peab olema vähemalt 12 märki.
problem-too-long = Tekst on liiga pikk.
problem-too-weak = Parool on liiga kergesti ära arvatav. Kasuta rohkem omavahel seostamata sõnu.
problem-wrong-password = Parool on vale.
problem-unsupported-locale = Vali üks loendis olevatest keeltest.
problem-invalid = Kontrolli, mida siia kirjutasid.

# Avaleht
home-title = Avaleht
home-welcome = Tere tulemast, { $name }

# Vealehed
error-forbidden-title = Pole lubatud
error-forbidden-text = Sul pole lubatud seda teha.
error-not-found-title = Ei leitud
error-not-found-text = Seda, mida otsid, ei ole olemas.
error-conflict-title = Praegu pole võimalik
error-conflict-text = Seda ei saa praeguses olukorras teha.
error-bad-input-title = See ei õnnestunud
error-bad-input-text = Päringut ei saanud kasutada.
error-unavailable-title = Teenus pole kättesaadav
error-unavailable-text = Teenus ei saa praegu oma andmebaasiga ühendust. Proovi mõne aja pärast uuesti.
error-internal-title = Midagi läks valesti
error-internal-text = Meie poolel läks midagi valesti. Proovi mõne aja pärast uuesti.
error-rate-limited-title = Liiga palju katseid
error-rate-limited-text = { $minutes ->
    [one] Oota üks minut ja proovi siis uuesti.
   *[other] Oota { $minutes } minutit ja proovi siis uuesti.
}
error-id = Vea tunnus
error-csrf-title = Vorm on aegunud
error-csrf-text = Vorm saadeti teiselt lehelt või on aegunud. Mine tagasi, laadi leht uuesti ja saada vorm uuesti.

# E-postiga saadetud kontolinkidest avanevad lehed
accept-invitation-title = Aktiveeri oma konto
accept-invitation-intro = Vali oma Utbyte kontole parool.
accept-invitation-button = Aktiveeri konto
accept-invitation-done = Valmis! Sinu konto on aktiivne ja saad sisse logida.
reset-password-title = Vali uus parool
reset-password-intro = Vali oma Utbyte kontole uus parool. Sind logitakse kõikjal välja.
reset-password-button = Salvesta parool
reset-password-done = Valmis! Logi sisse oma uue parooliga.
verify-email-title = Kinnita oma e-posti aadress
verify-email-intro = Kinnita, et see e-posti aadress on sinu oma.
verify-email-button = Kinnita
verify-email-done = Aitäh! Sinu e-posti aadress on kinnitatud. Nüüd saad sisse logida.
link-broken = See link on kehtetu, juba kasutatud või aegunud. Küsi uut linki.
onward-sign-in = Logi Utbytesse sisse

# Avaleht
home-approvals-title = Ootab sinu otsust
home-approvals-none = Miski ei oota sinu otsust.
home-exchange = Vahetus
home-waiting-since = Ootab alates
home-due = Tähtaeg
home-overdue = Tähtaeg ületatud
home-all-approvals = Kõik heakskiidud
home-registrations-title = Sind ootavad registreerumised
home-offer-expires = pakkumine kehtib kuni { $time }
home-memberships-title = Kinnitamist vajavad liikmesused
home-memberships-intro = Nende pered teatavad, et nad kuuluvad sinu kooli või rühma. Kinnita need, kes kuuluvad.
home-memberships-confirm = Kinnita liikmesus
home-notifications-none = Sul pole lugemata teavitusi.
home-all-notifications = Kõik teavitused
home-exchanges-title = Sinu vahetused
home-exchanges-none = Sul pole veel vahetusi.
home-new-exchange = Uus vahetus
home-all-exchanges = Kõik vahetused

# Teavitused
notifications-none = Sul pole teavitusi.
notifications-mark-all = Märgi kõik loetuks
notifications-mark-read = Märgi loetuks
notifications-unread = Lugemata
notifications-older = Vanemad teavitused
