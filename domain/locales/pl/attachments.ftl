# Pliki dołączone do wymiany.
# Reviewed by: (not yet reviewed by a native speaker)

attachments-title = Pliki: { $title }
attachments-heading = Pliki
attachments-intro = Ocena ryzyka, zaświadczenie o ubezpieczeniu, program i inne dokumenty wymiany.
attachments-none = Nie dołączono jeszcze żadnych plików.
attachments-caption = Dołączone pliki
attachments-size = { $kilobytes } kB
attachments-remove-button = Usuń
attachments-upload-title = Dołącz plik
attachments-kind-label = Rodzaj pliku
attachments-file-label = Plik
attachments-file-hint = Plik PDF, zdjęcie (PNG, JPEG, WebP lub HEIC), plik Word, Excel, PowerPoint lub OpenDocument bez makr albo zwykły tekst; maksymalnie { $megabytes } MB. Typ pliku jest rozpoznawany na podstawie jego zawartości, a nie nazwy.
attachments-upload-button = Dołącz plik
attachments-added = Plik został dołączony.
attachments-removed = Plik został usunięty.
attachments-back = Powrót do wymiany
attachments-too-large-title = Plik jest za duży
attachments-too-large-text = Plik może mieć maksymalnie { $megabytes } MB. Wróć i wybierz mniejszy plik.
attachment-kind-risk_assessment = Ocena ryzyka
attachment-kind-insurance_certificate = Zaświadczenie o ubezpieczeniu
attachment-kind-programme = Program
attachment-kind-other = Inny dokument

# Błędy w polach, według kodu błędu
problem-empty-file = Wybierz plik: przesłany plik jest pusty.
problem-file-too-large = Plik jest za duży.
problem-unsupported-type = Wybierz plik PDF, zdjęcie, dokument biurowy lub zwykły plik tekstowy. Typ pliku jest rozpoznawany na podstawie jego zawartości.
problem-macros-not-allowed = Dokument zawiera makra. Zapisz go bez makr i dołącz ponownie.
problem-too-many-files = Wymiana ma już 20 plików. Najpierw usuń jeden z nich.
problem-unknown-attachment-kind = Wybierz rodzaj pliku.
