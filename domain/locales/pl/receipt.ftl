# Utbyte: the receipt a guardian gets after giving consent, on the page and by mail.
# Reviewed by: (not yet reviewed by a native speaker)
# Informal register (ty), as in the other Polish files (consent.ftl, mail.ftl).

receipt-title = Potwierdzenie wyrażenia zgody
receipt-heading = Twoja zgoda
receipt-exchange = Wymiana
receipt-organiser = { $organisation }, { $municipality }
receipt-given-at = Data udzielenia
receipt-signed = Podpisano
# $method: how the consent was signed (typed_name: by typing one's name).
receipt-signature = { $method ->
       *[typed_name] Przez wpisanie imienia i nazwiska „{ $name }”
    }
receipt-choice = { $given ->
        [true] udzielono
       *[false] nie udzielono
    }
receipt-text-version = Wersja tekstu z dnia { $date }. SHA-256: { $sha256 }
receipt-health-heading = Podane przez Ciebie informacje o zdrowiu i kontaktach w nagłych wypadkach
receipt-nothing-entered = (nic nie wpisano)
receipt-contact = { $name } ({ $relation }), { $phone }
receipt-notice = Wyświetlono Ci wersję { $version } informacji o ochronie danych, którą udostępnia { $municipality }.
receipt-notice-link = Wyświetlono Ci wersję { $version } informacji o ochronie danych, którą udostępnia { $municipality }.
    .link = informacji o ochronie danych
receipt-withdraw = Zgodę na wyjazd albo tylko zgodę na zdjęcia możesz wycofać do dnia wyjazdu ({ $departure }) za pomocą linku w wiadomości e-mail, którą Ci wysłaliśmy.
receipt-read-notice = Informacja o ochronie danych
receipt-withdraw-now = Wycofaj teraz
receipt-keep = Zachowaj to potwierdzenie: możesz wydrukować stronę lub zapisać ją jako PDF. Wysłaliśmy Ci je również e-mailem.
