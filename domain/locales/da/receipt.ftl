# Utbyte: the receipt a guardian gets after giving consent, on the page and by mail.
# Reviewed by: (not yet reviewed by a native speaker)

receipt-title = Kvittering for dit samtykke
receipt-heading = Det har du givet
receipt-exchange = Udveksling
receipt-organiser = { $organisation }, { $municipality }
receipt-given-at = Givet
receipt-signed = Underskrevet
# $method: how the consent was signed (typed_name: by typing one's name).
receipt-signature = { $method ->
       *[typed_name] Ved at skrive navnet »{ $name }«
    }
receipt-choice = { $given ->
        [true] givet
       *[false] ikke givet
    }
receipt-text-version = Tekstversion fra { $date }. SHA-256: { $sha256 }
receipt-health-heading = Oplysninger om helbred og nødkontakter, som du har angivet
receipt-nothing-entered = (intet udfyldt)
receipt-contact = { $name } ({ $relation }), { $phone }
receipt-notice = Du fik vist version { $version } af privatlivserklæringen fra { $municipality }.
receipt-notice-link = Du fik vist version { $version } af privatlivserklæringen fra { $municipality }.
    .link = privatlivserklæringen
receipt-withdraw = Du kan trække tilladelsen til at rejse, eller kun tilladelsen til billeder, tilbage indtil afrejsen den { $departure } via linket i den e-mail, vi har sendt dig.
receipt-read-notice = Læs privatlivserklæringen
receipt-withdraw-now = Træk tilbage nu
receipt-keep = Gem denne kvittering: Udskriv siden, eller gem den som pdf. Vi har også sendt den til dig på e-mail.
