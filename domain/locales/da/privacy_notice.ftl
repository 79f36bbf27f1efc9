# Utbyte: a municipality's privacy notice (GDPR art. 13), shown on the consent page and at /privacy/<municipality>, and the lines that link to it from mails and receipts.
# Reviewed by: (not yet reviewed by a native speaker)
#
# The notice as a reader is shown it is stored with its SHA-256 and recorded with each
# consent: changing a text here makes a new text version of the notice.

privacy-title = Sådan behandler { $municipality } personoplysninger i Utbyte
privacy-page-intro = Her kan unge og deres forældre/værger læse, hvilke personoplysninger der gemmes om dem, når de deltager i en international udveksling, hvorfor, og hvilke rettigheder de har.
privacy-controller-heading = Hvem er ansvarlig
privacy-controller = { $controller } er dataansvarlig for de personoplysninger, som { $municipality } har i Utbyte, kommunens tjeneste til internationale udvekslinger. Kontakt: { $contact }.
privacy-dpo = Du kan kontakte databeskyttelsesrådgiveren på { $contact }.
privacy-dpo-ask = Spørg { $municipality } om kontaktoplysninger på kommunens databeskyttelsesrådgiver.
privacy-purposes-heading = Hvad oplysningerne bruges til, og med hvilket retsgrundlag
privacy-purpose-travel = Tilladelse til at rejse: deltagerens og forældrenes/værgernes navne, tilmeldingen og hver forælders/værges tilladelse, så skolen eller foreningen kan planlægge rejsen og vide, at alle forældre/værger har givet deres tilladelse. Du giver tilladelsen som led i din forældremyndighed; oplysningerne behandles for at udføre en opgave i samfundets interesse (GDPR art. 6, stk. 1, litra e).
privacy-purpose-health = Oplysninger om helbred og nødkontakter: Det, du skriver om sygdomme, allergier, medicin, kostbehov og hvem der skal kontaktes, bruges kun til at beskytte deltagerens liv og helbred under rejsen. Retsgrundlag: en opgave i samfundets interesse og beskyttelse af vitale interesser (GDPR art. 6, stk. 1, litra e og d, og art. 9, stk. 2, litra g, jf. kapitel 3, § 3, i den svenske databeskyttelseslov, dataskyddslagen).
privacy-purpose-photos = Tilladelse til billeder: om billeder, som deltageren er med på, må bruges i kommunens og skolens publikationer om udvekslingen. Det er dit samtykke (GDPR art. 6, stk. 1, litra a): Det er frivilligt, påvirker ikke deltagelsen og kan til enhver tid trækkes tilbage.
privacy-recipients-heading = Hvem modtager oplysningerne
privacy-recipients = Udvekslingens ledere og kommunens koordinatorer ser det, de har brug for til at gennemføre rejsen. Værtsorganisationen modtager deltagernes navne og, for at kunne tage sig af dem, de oplysninger om helbred og nødkontakter, der er brug for på stedet. E-mails sendes via kommunens e-mailtjeneste. Oplysningerne bliver aldrig solgt eller brugt til markedsføring.
privacy-retention-heading = Hvor længe oplysningerne gemmes
privacy-retention-item = { $category }: { $period }.
privacy-category-medical_information = Oplysninger om helbred og nødkontakter
privacy-category-consent_records = Tilladelser og samtykker
privacy-category-registrations = Tilmeldinger
privacy-category-youth_profiles = Den unges profil og forældre/værger
privacy-category-outbox_emails = Sendte e-mails
privacy-category-audit_events = Loggen over, hvem der gjorde hvad
privacy-period-after-return = { $days } dage efter hjemkomsten fra rejsen
privacy-period-after-sending = { $days } dage efter afsendelsen
privacy-period-after-event = { $days } dage efter registreringen
privacy-period-after-last-change = { $days } dage efter den seneste ændring, når der ikke længere er nogen tilmelding
privacy-rights-heading = Dine rettigheder
privacy-rights = Du har ret til at få at vide, hvad der er gemt om dig og dit barn, og til at få en kopi, til at få forkerte oplysninger rettet, til at få oplysninger slettet eller brugen af dem begrænset, hvor loven tillader det, og til at gøre indsigelse mod brugen. Du kan til enhver tid trække et samtykke tilbage. Kontakt { $controller } eller databeskyttelsesrådgiveren. Du kan også klage til den svenske databeskyttelsesmyndighed (IMY, www.imy.se).
privacy-version-heading = Version
privacy-version = Version { $version }, offentliggjort { $date }.

# On the consent page, above the form.
privacy-on-consent-page = Før du giver dit samtykke, så læs, hvordan dine og dit barns personoplysninger behandles.

# In every mail about a child, after the contact line.
mail-privacy-notice = Sådan behandler { $municipality } dine personoplysninger: læs privatlivserklæringen.
    .link = læs privatlivserklæringen
mail-privacy-notice-here = Sådan behandler { $municipality } dine personoplysninger (privatlivserklæringen):
