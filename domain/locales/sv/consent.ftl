# Utbyte: vårdnadshavarnas samtyckessidor (ge och återkalla samtycke) och vad de säger har ändrats.
# Reviewed by: (not yet reviewed by a native speaker)

# Sidorna
consent-title = Samtycke till utbyte
consent-withdraw-title = Återkalla samtycke
consent-link-problem-title = Länken fungerar inte
consent-link-problem = Länken är ogiltig, redan använd eller har gått ut. Om du behöver en ny länk, kontakta utbytets ledare.
consent-link-valid-until = Länken gäller till { $until }.

# Ge samtycke: utbytet
consent-errors-intro = Något behöver rättas innan samtycket kan sparas:
consent-changed = Utbytet har ändrats sedan du gav ditt samtycke. Ditt tidigare samtycke gäller inte längre.
consent-changes-what = Vad
consent-changes-before = Före
consent-changes-after = Efter
consent-participant = Deltagare
consent-guardian = Vårdnadshavare
consent-offer = { $participant } erbjuds en plats fram till { $until }. När du ger ditt samtycke tackar du ja till platsen.
consent-dates = Datum
consent-destination = Resmål
consent-organiser = Arrangör
consent-teacher = Ansvarig lärare
consent-leaders = Vuxna ledare
consent-accommodation = Boende
consent-transport = Resor
consent-cost = Kostnad per deltagare
consent-voluntary = Skolresor är avgiftsfria: ett bidrag är frivilligt och en plats hänger aldrig på att man betalar.
consent-programme = Program
consent-programme-day = Dag { $day }

# Ge samtycke: formuläret
consent-travel-heading = Tillstånd att resa
consent-travel-label = Jag ger mitt tillstånd till resan
consent-health-heading = Hälsa och mediciner
consent-health-hint = Frivilligt. Skriv det som ledarna behöver veta för att ta hand om { $participant } under utbytet.
consent-on-record-title = Redan lämnat till ledarna
consent-on-record-item = { $who } ({ $when }): { $fields }
consent-on-record-hint = Det som andra vårdnadshavare har lämnat finns kvar: det du skriver läggs till, och ersätter bara det du själv har lämnat tidigare. Vad som står visas inte här, eftersom en länk kan skickas vidare; ledarna ser allt.
consent-on-record-you = Du
consent-on-record-former-guardian = En tidigare vårdnadshavare
consent-on-record-medical-notes = hälsa
consent-on-record-allergies = allergier
consent-on-record-medication = mediciner
consent-on-record-dietary-needs = specialkost
consent-on-record-contacts = nödkontakter
consent-medical-notes-label = Sjukdomar och annat om hälsan
consent-allergies-label = Allergier
consent-medication-label = Mediciner
consent-dietary-needs-label = Specialkost
consent-contacts-heading = Nödkontakter
consent-contacts-hint = Minst en person som ledarna kan nå under utbytet, med namn, relation och telefon.
consent-contact-legend = Nödkontakt { $number }
consent-contact-field = Nödkontakt { $number } – { $field }
consent-contact-name-label = Namn
consent-contact-relation-label = Relation (till exempel mamma, morbror)
consent-contact-phone-label = Telefon
consent-photos-heading = Bilder
consent-photos-label = Jag samtycker till bilder (frivilligt)
consent-signature-heading = Ditt namn som underskrift
consent-typed-name-label = Ditt fullständiga namn
consent-give-button = Ge samtycke

# Ge samtycke: vad som var fel i formuläret
consent-problem-travel-required = Kryssa i rutan för att ge tillstånd till resan.
consent-problem-no-contact = Ange minst en nödkontakt med namn, relation och telefon.
consent-problem-contact-required = Fyll i namn, relation och telefon för den här kontakten.
consent-problem-required = Fältet måste fyllas i.
consent-problem-invalid-phone = Ange ett telefonnummer, 6–15 siffror.
consent-problem-too-long = Texten är för lång.
consent-problem-invalid-characters = Texten innehåller tecken som inte är tillåtna.
consent-problem-invalid = Sidan är inaktuell, ladda om den.
consent-problem-other = Kontrollera fältet.

# Ge samtycke: klart
consent-given-confirmed = Tack! { $participant } är nu anmäld och platsen är bekräftad.
consent-given-awaiting-approval = Tack! Ditt samtycke är registrerat. Utbytet har ändrats och väntar på att godkännas igen. Platsen är inte bekräftad: den bekräftas när ändringen har godkänts och alla samtycken som behövs har kommit in. Då får du ett mejl.
consent-given-awaiting-others = Tack! Ditt samtycke är registrerat. Anmälan bekräftas när den andra vårdnadshavaren också har gett sitt samtycke.

# Återkalla samtycke
consent-withdraw-exchange = Utbyte
consent-withdraw-intro = Du kan återkalla ditt samtycke fram till avresan. Välj vad du vill återkalla.
consent-withdraw-photos-heading = Bara tillståndet för bilder
consent-withdraw-photos-text = { $participant } är kvar på utbytet. Bilder där hen syns används inte i kommunens och skolans publikationer om utbytet.
consent-withdraw-photos-button = Återkalla tillståndet för bilder
consent-withdraw-travel-heading = Tillståndet att resa
consent-withdraw-travel-text = Då lämnas platsen tillbaka och anmälan avslutas.
consent-withdraw-travel-button = Återkalla tillståndet att resa
consent-withdrawn-photos = Tillståndet för bilder är återkallat. Tillståndet att resa gäller fortfarande.
consent-withdrawn-travel = Tillståndet att resa är återkallat. Platsen är lämnad tillbaka och anmälan är avslutad.
