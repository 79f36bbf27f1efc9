# Utbyte: the receipt a guardian gets after giving consent, on the page and by mail.
# Reviewed by: (not yet reviewed by a native speaker)

receipt-title = Bestätigung Ihres Einverständnisses
receipt-heading = Ihre Angaben
receipt-exchange = Austausch
receipt-organiser = { $organisation }, { $municipality }
receipt-given-at = Erteilt am
receipt-signed = Unterzeichnet
# $method: how the consent was signed (typed_name: by typing one's name).
receipt-signature = { $method ->
       *[typed_name] Durch Eingabe des Namens „{ $name }“
    }
receipt-choice = { $given ->
        [true] erteilt
       *[false] nicht erteilt
    }
receipt-text-version = Textfassung vom { $date }. SHA-256: { $sha256 }
receipt-health-heading = Ihre Gesundheits- und Notfallangaben
receipt-nothing-entered = (keine Angabe)
receipt-contact = { $name } ({ $relation }), { $phone }
receipt-notice = Ihnen wurde Version { $version } der Datenschutzhinweise von { $municipality } angezeigt.
receipt-notice-link = Ihnen wurde Version { $version } der Datenschutzhinweise von { $municipality } angezeigt.
    .link = Datenschutzhinweise
receipt-withdraw = Sie können die Reiseerlaubnis oder nur die Fotoerlaubnis bis zur Abreise am { $departure } widerrufen – über den Link in der E-Mail, die wir Ihnen geschickt haben.
receipt-read-notice = Datenschutzhinweise lesen
receipt-withdraw-now = Jetzt widerrufen
receipt-keep = Bewahren Sie diese Bestätigung auf: Drucken Sie die Seite aus oder speichern Sie sie als PDF. Wir haben sie Ihnen auch per E-Mail geschickt.
