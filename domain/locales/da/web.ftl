# Utbyte: fælles tekster på websiderne, login og konto.
# Reviewed by: (not yet reviewed by a native speaker)

site-name = Utbyte
skip-to-content = Gå til hovedindholdet
main-navigation = Hovedmenu
nav-exchanges = Udvekslinger
nav-approvals = Godkendelser
nav-home = Forside
nav-notifications = Notifikationer
nav-account = Min konto
nav-sign-out = Log ud
nav-sign-in = Log ind
unread-notifications = { $count ->
    [one] { $count } ulæst notifikation
   *[other] { $count } ulæste notifikationer
}
signed-in-as = Logget ind som { $name }
error-summary-title = Der er noget, der skal rettes
error-summary-count = { $count ->
    [one] Ret feltet nedenfor.
   *[other] Ret de { $count } felter nedenfor.
}
field-error-prefix = Fejl:
required-field = (skal udfyldes)
language-label = Sprog
other-languages = Andre sprog
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

# Login
sign-in-title = Log ind
sign-in-intro = Log ind med e-mailadressen og adgangskoden til din Utbyte-konto.
email-label = E-mailadresse
password-label = Adgangskode
sign-in-button = Log ind
sign-in-wrong = E-mailadressen eller adgangskoden er forkert.
sign-in-unverified = Bekræft først din e-mailadresse: vi har sendt dig et nyt link.
sign-in-forgot = Har du glemt din adgangskode?
signed-out = Du er logget ud.
session-ended = Din session er udløbet. Log ind igen.

# Glemt adgangskode
forgot-title = Glemt adgangskode
forgot-intro = Angiv e-mailadressen til din konto. Hvis kontoen findes, sender vi et link dertil, hvor du kan vælge en ny adgangskode.
forgot-button = Send linket
forgot-sent = Hvis der findes en konto med den adresse, er et link på vej. Det er gyldigt i begrænset tid.
forgot-back = Tilbage til login

# Min konto
account-title = Min konto
account-details = Dine oplysninger
account-name = Navn
account-email = E-mailadresse
account-language-title = Sprog
account-language-intro = Sider og e-mails til dig er på dette sprog.
account-language-button = Gem sprog
account-language-saved = Dit sprog er gemt.
change-password-title = Skift adgangskode
current-password-label = Nuværende adgangskode
new-password-label = Ny adgangskode
new-password-hint = Mindst 12 tegn. Flere ord, der ikke har noget med hinanden at gøre, er lette at huske og svære at gætte.
change-password-button = Skift adgangskode
password-changed = Din adgangskode er ændret. Dine andre sessioner er afsluttet.
sign-out-everywhere-title = Log ud overalt
sign-out-everywhere-intro = Afslutter alle sessioner på din konto, på alle enheder, også denne.
sign-out-everywhere-button = Log ud overalt

# Fejl i felter, efter fejlkode
problem-required = Udfyld dette felt.
problem-invalid-email = Skriv en e-mailadresse som navn@example.se.
problem-too-short = Adgangskoden skal have mindst 12 tegn.
problem-too-long = Teksten er for lang.
problem-too-weak = Adgangskoden er for let at gætte. Brug flere ord, der ikke har noget med hinanden at gøre.
problem-wrong-password = Adgangskoden er forkert.
problem-unsupported-locale = Vælg et af sprogene på listen.
problem-invalid = Tjek, hvad du har skrevet her.

# Forside
home-title = Forside
home-welcome = Velkommen, { $name }

# Fejlsider
error-forbidden-title = Ikke tilladt
error-forbidden-text = Du har ikke lov til at gøre dette.
error-not-found-title = Ikke fundet
error-not-found-text = Det, du leder efter, findes ikke.
error-conflict-title = Ikke muligt lige nu
error-conflict-text = Det kan ikke lade sig gøre, som tingene står nu.
error-bad-input-title = Det lykkedes ikke
error-bad-input-text = Forespørgslen kunne ikke bruges.
error-unavailable-title = Tjenesten er ikke tilgængelig
error-unavailable-text = Tjenesten kan ikke få forbindelse til sin database lige nu. Prøv igen om lidt.
error-internal-title = Noget gik galt
error-internal-text = Noget gik galt hos os. Prøv igen om lidt.
error-rate-limited-title = For mange forsøg
error-rate-limited-text = { $minutes ->
    [one] Vent et minut, og prøv så igen.
   *[other] Vent { $minutes } minutter, og prøv så igen.
}
error-id = Fejl-id
error-csrf-title = Formularen er udløbet
error-csrf-text = Formularen blev sendt fra en anden side eller er udløbet. Gå tilbage, genindlæs siden, og send den igen.

# Sider, der åbnes fra kontolinks i e-mails
accept-invitation-title = Aktivér din konto
accept-invitation-intro = Vælg en adgangskode til din Utbyte-konto.
accept-invitation-button = Aktivér kontoen
accept-invitation-done = Færdig! Din konto er aktiv, og du kan logge ind.
reset-password-title = Vælg en ny adgangskode
reset-password-intro = Vælg en ny adgangskode til din Utbyte-konto. Du bliver logget ud overalt.
reset-password-button = Gem adgangskoden
reset-password-done = Færdig! Log ind med din nye adgangskode.
verify-email-title = Bekræft din e-mailadresse
verify-email-intro = Bekræft, at denne e-mailadresse er din.
verify-email-button = Bekræft
verify-email-done = Tak! Din e-mailadresse er bekræftet. Du kan logge ind nu.
link-broken = Dette link er ugyldigt, allerede brugt eller udløbet. Bed om et nyt link.
onward-sign-in = Log ind på Utbyte

# Forside
home-approvals-title = Venter på din beslutning
home-approvals-none = Der er intet, der venter på din beslutning.
home-exchange = Udveksling
home-waiting-since = Venter siden
home-due = Frist
home-overdue = Fristen er overskredet
home-all-approvals = Alle godkendelser
home-registrations-title = Tilmeldinger, der venter på dig
home-offer-expires = tilbuddet gælder indtil { $time }
home-memberships-title = Medlemskaber, der skal bekræftes
home-memberships-intro = Familierne til disse unge oplyser, at de hører til din skole eller gruppe. Bekræft dem, der hører til.
home-memberships-confirm = Bekræft medlemskab
home-notifications-none = Du har ingen ulæste notifikationer.
home-all-notifications = Alle notifikationer
home-exchanges-title = Dine udvekslinger
home-exchanges-none = Du har ingen udvekslinger endnu.
home-new-exchange = Ny udveksling
home-all-exchanges = Alle udvekslinger

# Notifikationer
notifications-none = Du har ingen notifikationer.
notifications-mark-all = Markér alle som læst
notifications-mark-read = Markér som læst
notifications-unread = Ulæst
notifications-older = Ældre notifikationer
