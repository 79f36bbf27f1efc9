# Utbyte: a municipality's privacy notice (GDPR art. 13), shown on the consent page and at /privacy/<municipality>, and the lines that link to it from mails and receipts.
# Reviewed by: (not yet reviewed by a native speaker)
#
# The notice as a reader is shown it is stored with its SHA-256 and recorded with each
# consent: changing a text here makes a new text version of the notice.

privacy-title = Slik behandler { $municipality } personopplysninger i Utbyte
privacy-page-intro = Her får unge og deres foresatte vite hvilke personopplysninger som lagres om dem når de deltar i en internasjonal utveksling, hvorfor, og hvilke rettigheter de har.
privacy-controller-heading = Hvem er ansvarlig
privacy-controller = { $controller } er behandlingsansvarlig for personopplysningene som { $municipality } har i Utbyte, kommunens tjeneste for internasjonale utvekslinger. Kontakt: { $contact }.
privacy-dpo = Du når personvernombudet på { $contact }.
privacy-dpo-ask = Spør { $municipality } om kontaktinformasjonen til kommunens personvernombud.
privacy-purposes-heading = Hva opplysningene brukes til, og med hvilket rettslig grunnlag
privacy-purpose-travel = Tillatelse til å reise: navnene til deltakeren og de foresatte, påmeldingen og hver foresattes tillatelse, slik at skolen eller foreningen kan planlegge reisen og vite at alle foresatte har gitt sin tillatelse. Du gir tillatelsen som del av foreldreansvaret ditt; opplysningene behandles for å utføre en oppgave i allmennhetens interesse (GDPR art. 6 nr. 1 bokstav e).
privacy-purpose-health = Helse- og nødkontaktopplysninger: Det du skriver om sykdommer, allergier, medisiner, kostholdsbehov og hvem som skal kontaktes, brukes bare for å beskytte deltakerens liv og helse under reisen. Rettslig grunnlag: en oppgave i allmennhetens interesse og vern av vitale interesser (GDPR art. 6 nr. 1 bokstav e og d og art. 9 nr. 2 bokstav g, jf. kapittel 3 § 3 i den svenske personvernloven, dataskyddslagen).
privacy-purpose-photos = Tillatelse til bilder: om bilder der deltakeren er med, kan brukes i kommunens og skolens publikasjoner om utvekslingen. Dette er ditt samtykke (GDPR art. 6 nr. 1 bokstav a): Det er frivillig, påvirker ikke deltakelsen og kan trekkes tilbake når som helst.
privacy-recipients-heading = Hvem får opplysningene
privacy-recipients = Utvekslingens ledere og kommunens koordinatorer ser det de trenger for å gjennomføre reisen. Vertsorganisasjonen får deltakernes navn og, for å kunne ta vare på dem, de helse- og nødkontaktopplysningene som trengs på stedet. E-post sendes gjennom kommunens e-posttjeneste. Opplysningene blir aldri solgt eller brukt til markedsføring.
privacy-retention-heading = Hvor lenge opplysningene lagres
privacy-retention-item = { $category }: { $period }.
privacy-category-medical_information = Helse- og nødkontaktopplysninger
privacy-category-consent_records = Tillatelser og samtykker
privacy-category-registrations = Påmeldinger
privacy-category-youth_profiles = Den unges profil og foresatte
privacy-category-outbox_emails = Sendt e-post
privacy-category-audit_events = Loggen over hvem som gjorde hva
privacy-period-after-return = { $days } dager etter hjemkomsten fra reisen
privacy-period-after-sending = { $days } dager etter at den ble sendt
privacy-period-after-event = { $days } dager etter at hendelsen ble registrert
privacy-period-after-last-change = { $days } dager etter siste endring, når det ikke er noen påmelding igjen
privacy-rights-heading = Dine rettigheter
privacy-rights = Du har rett til å få vite hva som er lagret om deg og barnet ditt, og til å få en kopi, til å få feil opplysninger rettet, til å få opplysninger slettet eller bruken av dem begrenset der loven tillater det, og til å protestere mot bruken. Du kan trekke tilbake et samtykke når som helst. Kontakt { $controller } eller personvernombudet. Du kan også klage til den svenske personvernmyndigheten (IMY, www.imy.se).
privacy-version-heading = Versjon
privacy-version = Versjon { $version }, publisert { $date }.

# On the consent page, above the form.
privacy-on-consent-page = Før du gir samtykket ditt: Les hvordan dine og barnets personopplysninger behandles.

# In every mail about a child, after the contact line.
mail-privacy-notice = Slik behandler { $municipality } personopplysningene dine: les personvernerklæringen.
    .link = les personvernerklæringen
mail-privacy-notice-here = Slik behandler { $municipality } personopplysningene dine (personvernerklæringen):
