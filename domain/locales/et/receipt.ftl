# Utbyte: the receipt a guardian gets after giving consent, on the page and by mail.
# Reviewed by: (not yet reviewed by a native speaker)

receipt-title = Kinnitus sinu nõusoleku kohta
receipt-heading = Sinu antud nõusolek
receipt-exchange = Vahetus
receipt-organiser = { $organisation }, { $municipality }
receipt-given-at = Antud
receipt-signed = Allkirjastatud
# $method: how the consent was signed (typed_name: by typing one's name).
receipt-signature = { $method ->
       *[typed_name] Kirjutades nime „{ $name }“
    }
receipt-choice = { $given ->
        [true] antud
       *[false] ei ole antud
    }
receipt-text-version = Teksti versioon seisuga { $date }. SHA-256: { $sha256 }
receipt-health-heading = Sinu sisestatud tervise- ja hädaolukorra andmed
receipt-nothing-entered = (midagi ei sisestatud)
receipt-contact = { $name } ({ $relation }), { $phone }
receipt-notice = Sulle näidati privaatsusteate versiooni { $version }, mille on koostanud { $municipality }.
receipt-notice-link = Sulle näidati privaatsusteate versiooni { $version }, mille on koostanud { $municipality }.
    .link = privaatsusteate
receipt-withdraw = Loa reisida või ainult loa fotode kasutamiseks saad tagasi võtta kuni ärasõiduni ({ $departure }) lingiga, mis on e-kirjas, mille sulle saatsime.
receipt-read-notice = Loe privaatsusteadet
receipt-withdraw-now = Võta nüüd tagasi
receipt-keep = Hoia see kinnitus alles: prindi leht välja või salvesta see PDF-failina. Saatsime selle sulle ka e-kirjaga.
