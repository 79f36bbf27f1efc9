# Utbyte: webbsidornas gemensamma texter, inloggning och konto.
# Reviewed by: (not yet reviewed by a native speaker)

site-name = Utbyte
skip-to-content = Hoppa till huvudinnehållet
main-navigation = Huvudmeny
nav-exchanges = Utbyten
nav-approvals = Godkännanden
nav-home = Start
nav-notifications = Aviseringar
nav-account = Mitt konto
nav-sign-out = Logga ut
nav-sign-in = Logga in
unread-notifications = { $count ->
    [one] { $count } oläst avisering
   *[other] { $count } olästa aviseringar
}
signed-in-as = Inloggad som { $name }
error-summary-title = Något behöver rättas
error-summary-count = { $count ->
    [one] Rätta fältet nedan.
   *[other] Rätta de { $count } fälten nedan.
}
field-error-prefix = Fel:
required-field = (obligatoriskt)
language-label = Språk
other-languages = Andra språk
# Languages by their names in themselves.
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

# Inloggning
sign-in-title = Logga in
sign-in-intro = Logga in med e-postadressen och lösenordet till ditt konto i Utbyte.
email-label = E-postadress
password-label = Lösenord
sign-in-button = Logga in
sign-in-wrong = E-postadressen eller lösenordet är fel.
sign-in-unverified = Bekräfta din e-postadress först: vi har skickat en ny länk till dig.
sign-in-forgot = Glömt lösenordet?
signed-out = Du har loggat ut.
session-ended = Din inloggning har upphört. Logga in igen.

# Glömt lösenord
forgot-title = Glömt lösenord
forgot-intro = Skriv e-postadressen till ditt konto. Om kontot finns skickar vi en länk dit där du väljer ett nytt lösenord.
forgot-button = Skicka länken
forgot-sent = Om det finns ett konto med den adressen är en länk på väg. Den gäller en begränsad tid.
forgot-back = Tillbaka till inloggningen

# Mitt konto
account-title = Mitt konto
account-details = Dina uppgifter
account-name = Namn
account-email = E-postadress
account-language-title = Språk
account-language-intro = Sidor och e-post till dig är på det här språket.
account-language-button = Spara språket
account-language-saved = Ditt språk är sparat.
change-password-title = Byt lösenord
current-password-label = Nuvarande lösenord
new-password-label = Nytt lösenord
new-password-hint = Minst 12 tecken. Flera ord som inte hör ihop är lätta att minnas och svåra att gissa.
change-password-button = Byt lösenord
password-changed = Ditt lösenord är bytt. Dina andra inloggningar har avslutats.
sign-out-everywhere-title = Logga ut överallt
sign-out-everywhere-intro = Avslutar alla inloggningar på ditt konto, på alla enheter, även den här.
sign-out-everywhere-button = Logga ut överallt

# Problem med fält, efter felkod
problem-required = Fyll i fältet.
problem-invalid-email = Skriv en e-postadress som namn@exempel.se.
problem-too-short = Lösenordet måste ha minst 12 tecken.
problem-too-long = Texten är för lång.
problem-too-weak = Lösenordet är för lätt att gissa. Använd fler ord som inte hör ihop.
problem-wrong-password = Lösenordet är fel.
problem-unsupported-locale = Välj ett av språken i listan.
problem-invalid = Kontrollera det du skrev här.

# Start
home-title = Start
home-welcome = Välkommen, { $name }

# Felsidor
error-forbidden-title = Inte tillåtet
error-forbidden-text = Du har inte behörighet att göra det här.
error-not-found-title = Hittades inte
error-not-found-text = Det du letar efter finns inte.
error-conflict-title = Det går inte just nu
error-conflict-text = Det här går inte att göra i det läge saken är nu.
error-bad-input-title = Det gick inte
error-bad-input-text = Uppgifterna kunde inte användas.
error-unavailable-title = Tjänsten är inte tillgänglig
error-unavailable-text = Tjänsten kan inte nå sin databas just nu. Försök igen om en stund.
error-internal-title = Något gick fel
error-internal-text = Något gick fel hos oss. Försök igen om en stund.
error-rate-limited-title = För många försök
error-rate-limited-text = { $minutes ->
    [one] Vänta en minut och försök sedan igen.
   *[other] Vänta { $minutes } minuter och försök sedan igen.
}
error-id = Felkod
error-csrf-title = Formuläret har gått ut
error-csrf-text = Formuläret skickades från en annan sida eller har gått ut. Gå tillbaka, ladda om sidan och skicka det igen.

# Sidor som e-postade kontolänkar öppnar
accept-invitation-title = Aktivera ditt konto
accept-invitation-intro = Välj ett lösenord för ditt konto i Utbyte.
accept-invitation-button = Aktivera kontot
accept-invitation-done = Klart! Ditt konto är aktiverat och du kan logga in.
reset-password-title = Välj ett nytt lösenord
reset-password-intro = Välj ett nytt lösenord för ditt konto i Utbyte. Du loggas ut på alla enheter.
reset-password-button = Spara lösenordet
reset-password-done = Klart! Logga in med ditt nya lösenord.
verify-email-title = Bekräfta din e-postadress
verify-email-intro = Bekräfta att e-postadressen är din.
verify-email-button = Bekräfta
verify-email-done = Tack! Din e-postadress är bekräftad. Nu kan du logga in.
link-broken = Länken är ogiltig, redan använd eller för gammal. Be om en ny länk.
onward-sign-in = Logga in i Utbyte

# Start
home-approvals-title = Väntar på ditt beslut
home-approvals-none = Inget väntar på ditt beslut.
home-exchange = Utbyte
home-waiting-since = Väntar sedan
home-due = Senast
home-overdue = Försenat
home-all-approvals = Alla godkännanden
home-registrations-title = Anmälningar som väntar på dig
home-offer-expires = erbjudandet gäller till { $time }
home-memberships-title = Medlemskap att bekräfta
home-memberships-intro = Deras familjer uppger att de hör till er skola eller grupp. Bekräfta dem som gör det.
home-memberships-confirm = Bekräfta medlemskap
home-notifications-none = Du har inga olästa aviseringar.
home-all-notifications = Alla aviseringar
home-exchanges-title = Dina utbyten
home-exchanges-none = Du har inga utbyten ännu.
home-new-exchange = Nytt utbyte
home-all-exchanges = Alla utbyten

# Aviseringar
notifications-none = Du har inga aviseringar.
notifications-mark-all = Markera alla som lästa
notifications-mark-read = Markera som läst
notifications-unread = Oläst
notifications-older = Äldre aviseringar
