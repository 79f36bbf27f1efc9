# Utbyte: the receipt a guardian gets after giving consent, on the page and by mail.
# Reviewed by: (not yet reviewed by a native speaker)

receipt-title = Kvittering for samtykket ditt
receipt-heading = Dette ga du
receipt-exchange = Utveksling
receipt-organiser = { $organisation }, { $municipality }
receipt-given-at = Gitt
receipt-signed = Signert
# $method: how the consent was signed (typed_name: by typing one's name).
receipt-signature = { $method ->
       *[typed_name] Ved å skrive navnet «{ $name }»
    }
receipt-choice = { $given ->
        [true] gitt
       *[false] ikke gitt
    }
receipt-text-version = Tekstversjon fra { $date }. SHA-256: { $sha256 }
receipt-health-heading = Helse- og nødkontaktopplysninger du ga
receipt-nothing-entered = (ingenting fylt ut)
receipt-contact = { $name } ({ $relation }), { $phone }
receipt-notice = Du fikk se versjon { $version } av personvernerklæringen til { $municipality }.
receipt-notice-link = Du fikk se versjon { $version } av personvernerklæringen til { $municipality }.
    .link = personvernerklæringen
receipt-withdraw = Du kan trekke tilbake tillatelsen til å reise, eller bare tillatelsen til bilder, fram til avreisen { $departure }, med lenken i e-posten vi har sendt deg.
receipt-read-notice = Les personvernerklæringen
receipt-withdraw-now = Trekk tilbake nå
receipt-keep = Ta vare på denne kvitteringen: Skriv ut siden eller lagre den som PDF. Vi har også sendt den til deg på e-post.
