# Utbyte: de foresattes samtykkesider (gi og trekke tilbake samtykke) og hva de sier er endret.
# Reviewed by: (not yet reviewed by a native speaker)

# Sidene
consent-title = Samtykke til utveksling
consent-withdraw-title = Trekk tilbake samtykke
consent-link-problem-title = Denne lenken virker ikke
consent-link-problem = Lenken er ugyldig, allerede brukt eller utløpt. Hvis du trenger en ny lenke, kan du kontakte lederne for utvekslingen.
consent-link-valid-until = Denne lenken er gyldig til { $until }.

# Gi samtykke: utvekslingen
consent-errors-intro = Noe må rettes før samtykket kan lagres:
consent-changed = Utvekslingen er endret siden du ga samtykket ditt. Det tidligere samtykket ditt gjelder ikke lenger.
consent-changes-what = Hva
consent-changes-before = Før
consent-changes-after = Etter
consent-participant = Deltaker
consent-guardian = Foresatt
consent-offer = { $participant } tilbys en plass fram til { $until }. Når du gir samtykket ditt, takker du ja til plassen.
consent-dates = Datoer
consent-destination = Reisemål
consent-organiser = Arrangør
consent-teacher = Ansvarlig lærer
consent-leaders = Voksne ledere
consent-accommodation = Overnatting
consent-transport = Transport
consent-cost = Kostnad per deltaker
consent-voluntary = Skoleturer er gratis: ethvert bidrag er frivillig, og en plass avhenger aldri av at man betaler.
consent-programme = Program
consent-programme-day = Dag { $day }

# Gi samtykke: skjemaet
consent-travel-heading = Tillatelse til å reise
consent-travel-label = Jeg gir min tillatelse til reisen
consent-health-heading = Helse og medisiner
consent-health-hint = Valgfritt. Skriv det lederne trenger å vite for å ta vare på { $participant } under utvekslingen.
consent-on-record-title = Allerede gitt til lederne
consent-on-record-item = { $who } ({ $when }): { $fields }
consent-on-record-hint = Det andre foresatte har gitt, blir beholdt: det du skriver, blir lagt til og erstatter bare det du selv har gitt tidligere. Innholdet vises ikke her, fordi en lenke kan bli videresendt; lederne ser alt.
consent-on-record-you = Du
consent-on-record-former-guardian = En tidligere foresatt
consent-on-record-medical-notes = medisinske merknader
consent-on-record-allergies = allergier
consent-on-record-medication = medisiner
consent-on-record-dietary-needs = kostholdsbehov
consent-on-record-contacts = nødkontakter
consent-medical-notes-label = Sykdommer og andre medisinske merknader
consent-allergies-label = Allergier
consent-medication-label = Medisiner
consent-dietary-needs-label = Kostholdsbehov
consent-contacts-heading = Nødkontakter
consent-contacts-hint = Minst én person som lederne kan nå under utvekslingen, med navn, relasjon og telefon.
consent-contact-legend = Nødkontakt { $number }
consent-contact-field = Nødkontakt { $number } – { $field }
consent-contact-name-label = Navn
consent-contact-relation-label = Relasjon (for eksempel mor, onkel)
consent-contact-phone-label = Telefon
consent-photos-heading = Bilder
consent-photos-label = Jeg samtykker til bilder (valgfritt)
consent-signature-heading = Navnet ditt som underskrift
consent-typed-name-label = Ditt fulle navn
consent-give-button = Gi samtykke

# Gi samtykke: hva som var feil i skjemaet
consent-problem-travel-required = Kryss av i boksen for å gi tillatelse til å reise.
consent-problem-no-contact = Oppgi minst én nødkontakt med navn, relasjon og telefon.
consent-problem-contact-required = Fyll inn navn, relasjon og telefon for denne kontakten.
consent-problem-required = Dette feltet må fylles ut.
consent-problem-invalid-phone = Skriv inn et telefonnummer, 6–15 sifre.
consent-problem-too-long = Teksten er for lang.
consent-problem-invalid-characters = Teksten inneholder tegn som ikke er tillatt.
consent-problem-invalid = Siden er utdatert. Last den inn på nytt.
consent-problem-other = Kontroller dette feltet.

# Gi samtykke: ferdig
consent-given-confirmed = Takk! Plassen til { $participant } er nå bekreftet.
consent-given-awaiting-approval = Takk! Samtykket ditt er registrert. Utvekslingen er blitt endret og venter på å bli godkjent på nytt. Plassen er ikke bekreftet: den blir bekreftet når endringen er godkjent og alle nødvendige samtykker er kommet inn. Da får du en e-post.
consent-given-awaiting-others = Takk! Samtykket ditt er registrert. Påmeldingen blir bekreftet når den andre foresatte også har gitt samtykke.

# Trekke tilbake samtykke
consent-withdraw-exchange = Utveksling
consent-withdraw-intro = Du kan trekke tilbake samtykket ditt fram til avreise. Velg hva du vil trekke tilbake.
consent-withdraw-photos-heading = Bare tillatelsen til bilder
consent-withdraw-photos-text = { $participant } er fortsatt med på utvekslingen. Bilder der vedkommende er med, blir ikke brukt i kommunens og skolens publikasjoner om utvekslingen.
consent-withdraw-photos-button = Trekk tilbake tillatelsen til bilder
consent-withdraw-travel-heading = Tillatelsen til å reise
consent-withdraw-travel-text = Da blir plassen frigjort, og påmeldingen avsluttes.
consent-withdraw-travel-button = Trekk tilbake tillatelsen til å reise
consent-withdrawn-photos = Tillatelsen til bilder er trukket tilbake. Tillatelsen til å reise gjelder fortsatt.
consent-withdrawn-travel = Tillatelsen til å reise er trukket tilbake. Plassen er frigjort, og påmeldingen er avsluttet.
