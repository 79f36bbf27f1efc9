# Utbyte: the receipt a guardian gets after giving consent, on the page and by mail.
# Reviewed by: (not yet reviewed by a native speaker)

receipt-title = Kuitti suostumuksestasi
receipt-heading = Antamasi suostumus
receipt-exchange = Vaihto
receipt-organiser = { $organisation }, { $municipality }
receipt-given-at = Annettu
receipt-signed = Allekirjoitettu
# $method: how the consent was signed (typed_name: by typing one's name).
receipt-signature = { $method ->
       *[typed_name] Kirjoittamalla nimen ”{ $name }”
    }
receipt-choice = { $given ->
        [true] annettu
       *[false] ei annettu
    }
receipt-text-version = Tekstiversio, päivätty { $date }. SHA-256: { $sha256 }
receipt-health-heading = Antamasi terveys- ja hätätilannetiedot
receipt-nothing-entered = (ei täytetty)
receipt-contact = { $name } ({ $relation }), { $phone }
receipt-notice = Sinulle näytettiin tietosuojaselosteen versio { $version }, jonka on julkaissut { $municipality }.
receipt-notice-link = Sinulle näytettiin tietosuojaselosteen versio { $version }, jonka on julkaissut { $municipality }.
    .link = tietosuojaselosteen
receipt-withdraw = Voit perua luvan matkustaa tai vain luvan valokuvien käyttöön lähtöön asti ({ $departure }) linkillä, joka on sinulle lähettämässämme sähköpostissa.
receipt-read-notice = Lue tietosuojaseloste
receipt-withdraw-now = Peru nyt
receipt-keep = Säilytä tämä kuitti: tulosta sivu tai tallenna se PDF-tiedostona. Olemme lähettäneet sen sinulle myös sähköpostitse.
