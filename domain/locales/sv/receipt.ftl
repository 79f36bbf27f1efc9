# Utbyte: kvittot en vårdnadshavare får efter sitt samtycke, på sidan och i mejl.
# Reviewed by: (not yet reviewed by a native speaker)

receipt-title = Kvitto på ditt samtycke
receipt-heading = Det här gav du
receipt-exchange = Utbyte
receipt-organiser = { $organisation }, { $municipality }
receipt-given-at = Givet
receipt-signed = Undertecknat
# $method: hur samtycket undertecknades (typed_name: genom att skriva sitt namn).
receipt-signature = { $method ->
       *[typed_name] Genom att skriva namnet ”{ $name }”
    }
receipt-choice = { $given ->
        [true] givet
       *[false] inte givet
    }
receipt-text-version = Textversion från { $date }. SHA-256: { $sha256 }
receipt-health-heading = Hälso- och nödkontaktuppgifter som du lämnade
receipt-nothing-entered = (inget ifyllt)
receipt-contact = { $name } ({ $relation }), { $phone }
receipt-notice = Du visades version { $version } av { $municipality }s integritetsmeddelande.
receipt-notice-link = Du visades version { $version } av { $municipality }s integritetsmeddelande.
    .link = integritetsmeddelande
receipt-withdraw = Du kan återkalla tillståndet att resa, eller bara fototillståndet, fram till avresan den { $departure }, med länken i mejlet vi har skickat till dig.
receipt-read-notice = Läs integritetsmeddelandet
receipt-withdraw-now = Återkalla nu
receipt-keep = Spara kvittot: skriv ut sidan eller spara den som pdf. Vi har också skickat det till dig i ett mejl.
