# Filer som er lagt ved en utveksling.
# Reviewed by: (not yet reviewed by a native speaker)

attachments-title = Filer: { $title }
attachments-heading = Filer
attachments-intro = Utvekslingens risikovurdering, forsikringsbevis, program og andre dokumenter.
attachments-none = Ingen filer er lagt ved ennå.
attachments-caption = Vedlagte filer
attachments-size = { $kilobytes } kB
attachments-remove-button = Fjern
attachments-upload-title = Legg ved en fil
attachments-kind-label = Hva filen er
attachments-file-label = Fil
attachments-file-hint = En PDF, et bilde (PNG, JPEG, WebP eller HEIC), en Word-, Excel-, PowerPoint- eller OpenDocument-fil uten makroer, eller ren tekst; høyst { $megabytes } MB. Filtypen leses fra selve filen, ikke fra navnet.
attachments-upload-button = Legg ved filen
attachments-added = Filen er lagt ved.
attachments-removed = Filen er fjernet.
attachments-back = Tilbake til utvekslingen
attachments-too-large-title = Filen er for stor
attachments-too-large-text = Filer kan være på høyst { $megabytes } MB. Gå tilbake og velg en mindre fil.
attachment-kind-risk_assessment = Risikovurdering
attachment-kind-insurance_certificate = Forsikringsbevis
attachment-kind-programme = Program
attachment-kind-other = Annet dokument

# Feil i felt, etter feilkode
problem-empty-file = Velg en fil: den som ble sendt, er tom.
problem-file-too-large = Filen er for stor.
problem-unsupported-type = Velg en PDF, et bilde, et kontordokument eller en ren tekstfil. Filtypen leses fra selve filen.
problem-macros-not-allowed = Dokumentet inneholder makroer. Lagre det uten makroer og legg det ved på nytt.
problem-too-many-files = Utvekslingen har allerede 20 filer. Fjern en først.
problem-unknown-attachment-kind = Velg hva filen er.
