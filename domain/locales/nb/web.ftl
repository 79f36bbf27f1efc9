# Utbyte: felles tekster på nettsidene, innlogging og konto.
# Reviewed by: (not yet reviewed by a native speaker)

site-name = Utbyte
skip-to-content = Hopp til hovedinnholdet
main-navigation = Hovedmeny
nav-exchanges = Utvekslinger
nav-approvals = Godkjenninger
nav-home = Start
nav-notifications = Varsler
nav-account = Min konto
nav-sign-out = Logg ut
nav-sign-in = Logg inn
unread-notifications = { $count ->
    [one] { $count } ulest varsel
   *[other] { $count } uleste varsler
}
signed-in-as = Logget inn som { $name }
error-summary-title = Noe må rettes
error-summary-count = { $count ->
    [one] Rett feltet nedenfor.
   *[other] Rett de { $count } feltene nedenfor.
}
field-error-prefix = Feil:
required-field = (må fylles ut)
language-label = Språk
other-languages = Andre språk
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

# Innlogging
sign-in-title = Logg inn
sign-in-intro = Logg inn med e-postadressen og passordet til Utbyte-kontoen din.
email-label = E-postadresse
password-label = Passord
sign-in-button = Logg inn
sign-in-wrong = E-postadressen eller passordet er feil.
sign-in-unverified = Bekreft e-postadressen din først: vi har sendt deg en ny lenke.
sign-in-forgot = Glemt passordet?
signed-out = Du er logget ut.
session-ended = Økten din er avsluttet. Logg inn på nytt.

# Glemt passord
forgot-title = Glemt passord
forgot-intro = Oppgi e-postadressen til kontoen din. Hvis kontoen finnes, sender vi en lenke dit der du kan velge et nytt passord.
forgot-button = Send lenken
forgot-sent = Hvis det finnes en konto med den adressen, er en lenke på vei. Den er gyldig en begrenset tid.
forgot-back = Tilbake til innloggingen

# Min konto
account-title = Min konto
account-details = Opplysningene dine
account-name = Navn
account-email = E-postadresse
account-language-title = Språk
account-language-intro = Sider og e-poster til deg er på dette språket.
account-language-button = Lagre språk
account-language-saved = Språket ditt er lagret.
change-password-title = Endre passord
current-password-label = Nåværende passord
new-password-label = Nytt passord
new-password-hint = Minst 12 tegn. Flere ord som ikke har noe med hverandre å gjøre, er lette å huske og vanskelige å gjette.
change-password-button = Endre passord
password-changed = Passordet ditt er endret. De andre øktene dine er avsluttet.
sign-out-everywhere-title = Logg ut overalt
sign-out-everywhere-intro = Avslutter alle øktene på kontoen din, på alle enheter, også denne.
sign-out-everywhere-button = Logg ut overalt

# Feil i felt, etter feilkode
problem-required = Fyll ut dette feltet.
problem-invalid-email = Skriv en e-postadresse som navn@example.se.
problem-too-short = Passordet må ha minst 12 tegn.
problem-too-long = Teksten er for lang.
problem-too-weak = Passordet er for lett å gjette. Bruk flere ord som ikke har noe med hverandre å gjøre.
problem-wrong-password = Passordet er feil.
problem-unsupported-locale = Velg ett av språkene i listen.
problem-invalid = Kontroller det du skrev her.

# Start
home-title = Start
home-welcome = Velkommen, { $name }

# Feilsider
error-forbidden-title = Ikke tillatt
error-forbidden-text = Du har ikke lov til å gjøre dette.
error-not-found-title = Ikke funnet
error-not-found-text = Det du leter etter, finnes ikke.
error-conflict-title = Ikke mulig nå
error-conflict-text = Dette kan ikke gjøres slik ting står nå.
error-bad-input-title = Det gikk ikke
error-bad-input-text = Forespørselen kunne ikke brukes.
error-unavailable-title = Tjenesten er utilgjengelig
error-unavailable-text = Tjenesten får ikke kontakt med databasen sin akkurat nå. Prøv igjen om en stund.
error-internal-title = Noe gikk galt
error-internal-text = Noe gikk galt hos oss. Prøv igjen om en stund.
error-rate-limited-title = For mange forsøk
error-rate-limited-text = { $minutes ->
    [one] Vent ett minutt, og prøv igjen.
   *[other] Vent { $minutes } minutter, og prøv igjen.
}
error-id = Feil-ID
error-csrf-title = Skjemaet er utløpt
error-csrf-text = Skjemaet ble sendt fra en annen side eller er utløpt. Gå tilbake, last inn siden på nytt og send det igjen.

# Sider som åpnes fra kontolenker i e-post
accept-invitation-title = Aktiver kontoen din
accept-invitation-intro = Velg et passord for Utbyte-kontoen din.
accept-invitation-button = Aktiver kontoen
accept-invitation-done = Ferdig! Kontoen din er aktiv, og du kan logge inn.
reset-password-title = Velg et nytt passord
reset-password-intro = Velg et nytt passord for Utbyte-kontoen din. Du blir logget ut overalt.
reset-password-button = Lagre passordet
reset-password-done = Ferdig! Logg inn med det nye passordet ditt.
verify-email-title = Bekreft e-postadressen din
verify-email-intro = Bekreft at denne e-postadressen er din.
verify-email-button = Bekreft
verify-email-done = Takk! E-postadressen din er bekreftet. Du kan logge inn nå.
link-broken = Denne lenken er ugyldig, allerede brukt eller utløpt. Be om en ny lenke.
onward-sign-in = Logg inn i Utbyte

# Start
home-approvals-title = Venter på din beslutning
home-approvals-none = Ingenting venter på din beslutning.
home-exchange = Utveksling
home-waiting-since = Venter siden
home-due = Frist
home-overdue = Over fristen
home-all-approvals = Alle godkjenninger
home-registrations-title = Påmeldinger som venter på deg
home-offer-expires = tilbudet gjelder til { $time }
home-memberships-title = Medlemskap som skal bekreftes
home-memberships-intro = Familiene til disse ungdommene sier at de hører til skolen eller gruppen din. Bekreft dem som hører til.
home-memberships-confirm = Bekreft medlemskap
home-notifications-none = Du har ingen uleste varsler.
home-all-notifications = Alle varsler
home-exchanges-title = Utvekslingene dine
home-exchanges-none = Du har ingen utvekslinger ennå.
home-new-exchange = Ny utveksling
home-all-exchanges = Alle utvekslinger

# Varsler
notifications-none = Du har ingen varsler.
notifications-mark-all = Merk alle som lest
notifications-mark-read = Merk som lest
notifications-unread = Ulest
notifications-older = Eldre varsler
