# Utbyte: kommunens integritetsmeddelande (information enligt artikel 13 i GDPR), som visas på
# samtyckessidan och på /privacy/<kommun>, och raderna som länkar dit från mejl och kvitton.
# Reviewed by: (not yet reviewed by a native speaker)
#
# Meddelandet lagras som läsaren visades det, med sin SHA-256, och sparas med varje samtycke:
# ändras en text här blir det en ny textversion av meddelandet.

privacy-title = Så hanterar { $municipality } personuppgifter i Utbyte
privacy-page-intro = Här får unga och deras vårdnadshavare veta vilka personuppgifter som sparas om dem när de deltar i ett internationellt utbyte, varför, och vilka rättigheter de har.
privacy-controller-heading = Vem som ansvarar
privacy-controller = { $controller } är personuppgiftsansvarig för de uppgifter som { $municipality } har i Utbyte, kommunens tjänst för internationella utbyten. Kontakt: { $contact }.
privacy-dpo = Dataskyddsombudet når du på { $contact }.
privacy-dpo-ask = Fråga { $municipality } om kontaktuppgifter till kommunens dataskyddsombud.
privacy-purposes-heading = Vad uppgifterna används till och med vilket stöd
privacy-purpose-travel = Tillstånd att resa: deltagarens och vårdnadshavarnas namn, anmälan och varje vårdnadshavares tillstånd, så att skolan eller föreningen kan planera resan och veta att alla vårdnadshavare har gett sitt tillstånd. Du ger tillståndet inom din vårdnad; uppgifterna behandlas för att utföra en uppgift av allmänt intresse (artikel 6.1 e i GDPR).
privacy-purpose-health = Hälso- och nödkontaktuppgifter: det du skriver om sjukdomar, allergier, mediciner, kost och vem som ska kontaktas, används bara för att skydda deltagarens liv och hälsa under resan. Stöd: uppgift av allmänt intresse och skydd av grundläggande intressen (artikel 6.1 e och d, artikel 9.2 g i GDPR med 3 kap. 3 § dataskyddslagen).
privacy-purpose-photos = Fotografering: om bilder där deltagaren syns får användas i kommunens och skolans publiceringar om utbytet. Detta är ditt samtycke (artikel 6.1 a i GDPR): det är frivilligt, påverkar inte deltagandet och kan återkallas när som helst.
privacy-recipients-heading = Vem som får uppgifterna
privacy-recipients = Utbytets ledare och kommunens samordnare ser det de behöver för att genomföra resan. Den mottagande organisationen får deltagarnas namn och, för att kunna ta hand om dem, de hälso- och nödkontaktuppgifter som behövs på plats. Mejl skickas genom kommunens e-posttjänst. Uppgifterna säljs aldrig och används inte för marknadsföring.
privacy-retention-heading = Hur länge uppgifterna sparas
privacy-retention-item = { $category }: { $period }.
privacy-category-medical_information = Hälso- och nödkontaktuppgifter
privacy-category-consent_records = Tillstånd och samtycken
privacy-category-registrations = Anmälningar
privacy-category-youth_profiles = Den ungas profil och vårdnadshavare
privacy-category-outbox_emails = Skickade mejl
privacy-category-audit_events = Loggen över vem som gjorde vad
privacy-period-after-return = { $days } dagar efter hemkomsten
privacy-period-after-sending = { $days } dagar efter att det skickades
privacy-period-after-event = { $days } dagar efter att det registrerades
privacy-period-after-last-change = { $days } dagar efter den senaste ändringen, när ingen anmälan finns kvar
privacy-rights-heading = Dina rättigheter
privacy-rights = Du har rätt att få veta vad som sparas om dig och ditt barn och få en kopia, att få felaktiga uppgifter rättade, att få uppgifter raderade eller deras användning begränsad när lagen tillåter det, och att invända mot användningen. Du kan återkalla ett samtycke när som helst. Kontakta { $controller } eller dataskyddsombudet. Du kan också klaga hos Integritetsskyddsmyndigheten (IMY, www.imy.se).
privacy-version-heading = Version
privacy-version = Version { $version }, publicerad { $date }.

# På samtyckessidan, ovanför formuläret.
privacy-on-consent-page = Innan du ger ditt samtycke: läs hur dina och ditt barns personuppgifter hanteras.

# I varje mejl om ett barn, efter kontaktraden.
mail-privacy-notice = Så hanterar { $municipality } dina personuppgifter: läs integritetsmeddelandet.
    .link = läs integritetsmeddelandet
mail-privacy-notice-here = Så hanterar { $municipality } dina personuppgifter (integritetsmeddelandet):
