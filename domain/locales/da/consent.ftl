# Utbyte: forældres/værgers samtykkesider (give og trække samtykke tilbage) og hvad de siger er ændret.
# Reviewed by: (not yet reviewed by a native speaker)

# Siderne
consent-title = Samtykke til udveksling
consent-withdraw-title = Træk samtykke tilbage
consent-link-problem-title = Dette link virker ikke
consent-link-problem = Linket er ugyldigt, allerede brugt eller udløbet. Hvis du har brug for et nyt link, kan du kontakte udvekslingens ledere.
consent-link-valid-until = Dette link er gyldigt indtil { $until }.

# Give samtykke: udvekslingen
consent-errors-intro = Noget skal rettes, før samtykket kan gemmes:
consent-changed = Udvekslingen er blevet ændret, siden du gav dit samtykke. Dit tidligere samtykke gælder ikke længere.
consent-changes-what = Hvad
consent-changes-before = Før
consent-changes-after = Efter
consent-participant = Deltager
consent-guardian = Forælder/værge
consent-offer = { $participant } tilbydes en plads indtil { $until }. Når du giver dit samtykke, tager du imod pladsen.
consent-dates = Datoer
consent-destination = Rejsemål
consent-organiser = Arrangør
consent-teacher = Ansvarlig lærer
consent-leaders = Voksne ledere
consent-accommodation = Overnatning
consent-transport = Transport
consent-cost = Udgift pr. deltager
consent-voluntary = Skoleture er gratis: ethvert bidrag er frivilligt, og en plads afhænger aldrig af, at man betaler.
consent-programme = Program
consent-programme-day = Dag { $day }

# Give samtykke: formularen
consent-travel-heading = Tilladelse til at rejse
consent-travel-label = Jeg giver min tilladelse til rejsen
consent-health-heading = Helbred og medicin
consent-health-hint = Valgfrit. Skriv det, lederne har brug for at vide for at kunne tage sig af { $participant } under udvekslingen.
consent-on-record-title = Allerede givet til lederne
consent-on-record-item = { $who } ({ $when }): { $fields }
consent-on-record-hint = Det, som andre forældre/værger har givet, bevares: det, du skriver, bliver tilføjet og erstatter kun det, du selv har givet tidligere. Indholdet vises ikke her, da et link kan blive videresendt; lederne kan se det hele.
consent-on-record-you = Du
consent-on-record-former-guardian = En tidligere forælder/værge
consent-on-record-medical-notes = helbredsmæssige bemærkninger
consent-on-record-allergies = allergier
consent-on-record-medication = medicin
consent-on-record-dietary-needs = kostbehov
consent-on-record-contacts = nødkontakter
consent-medical-notes-label = Sygdomme og andre helbredsmæssige bemærkninger
consent-allergies-label = Allergier
consent-medication-label = Medicin
consent-dietary-needs-label = Kostbehov
consent-contacts-heading = Nødkontakter
consent-contacts-hint = Mindst én person, som lederne kan kontakte under udvekslingen, med navn, relation og telefon.
consent-contact-legend = Nødkontakt { $number }
consent-contact-field = Nødkontakt { $number } – { $field }
consent-contact-name-label = Navn
consent-contact-relation-label = Relation (for eksempel mor, onkel)
consent-contact-phone-label = Telefon
consent-photos-heading = Billeder
consent-photos-label = Jeg giver samtykke til billeder (valgfrit)
consent-signature-heading = Dit navn som underskrift
consent-typed-name-label = Dit fulde navn
consent-give-button = Giv samtykke

# Give samtykke: hvad der var galt i formularen
consent-problem-travel-required = Sæt kryds i feltet for at give tilladelse til at rejse.
consent-problem-no-contact = Angiv mindst én nødkontakt med navn, relation og telefon.
consent-problem-contact-required = Udfyld navn, relation og telefon for denne kontakt.
consent-problem-required = Dette felt skal udfyldes.
consent-problem-invalid-phone = Indtast et telefonnummer på 6–15 cifre.
consent-problem-too-long = Teksten er for lang.
consent-problem-invalid-characters = Teksten indeholder tegn, der ikke er tilladt.
consent-problem-invalid = Siden er forældet. Genindlæs den.
consent-problem-other = Kontrollér dette felt.

# Give samtykke: færdig
consent-given-confirmed = Tak! Pladsen til { $participant } er nu bekræftet.
consent-given-awaiting-approval = Tak! Dit samtykke er registreret. Udvekslingen er blevet ændret og venter på at blive godkendt igen. Pladsen er ikke bekræftet: den bliver bekræftet, når ændringen er godkendt, og alle nødvendige samtykker er kommet ind. Så får du en e-mail.
consent-given-awaiting-others = Tak! Dit samtykke er registreret. Tilmeldingen bliver bekræftet, når den anden forælder/værge også har givet samtykke.

# Træk samtykke tilbage
consent-withdraw-exchange = Udveksling
consent-withdraw-intro = Du kan trække dit samtykke tilbage indtil afrejsen. Vælg, hvad du vil trække tilbage.
consent-withdraw-photos-heading = Kun tilladelsen til billeder
consent-withdraw-photos-text = { $participant } er fortsat med på udvekslingen. Billeder, som vedkommende er med på, bliver ikke brugt i kommunens og skolens publikationer om udvekslingen.
consent-withdraw-photos-button = Træk tilladelsen til billeder tilbage
consent-withdraw-travel-heading = Tilladelsen til at rejse
consent-withdraw-travel-text = Så bliver pladsen frigivet, og tilmeldingen afsluttes.
consent-withdraw-travel-button = Træk tilladelsen til at rejse tilbage
consent-withdrawn-photos = Tilladelsen til billeder er trukket tilbage. Tilladelsen til at rejse gælder stadig.
consent-withdrawn-travel = Tilladelsen til at rejse er trukket tilbage. Pladsen er frigivet, og tilmeldingen er afsluttet.
