# Filer, der er vedhæftet en udveksling.
# Reviewed by: (not yet reviewed by a native speaker)

attachments-title = Filer: { $title }
attachments-heading = Filer
attachments-intro = Udvekslingens risikovurdering, forsikringsbevis, program og andre dokumenter.
attachments-none = Der er endnu ikke vedhæftet nogen filer.
attachments-caption = Vedhæftede filer
attachments-size = { $kilobytes } kB
attachments-remove-button = Fjern
attachments-upload-title = Vedhæft en fil
attachments-kind-label = Hvad filen er
attachments-file-label = Fil
attachments-file-hint = En PDF, et foto (PNG, JPEG, WebP eller HEIC), en Word-, Excel-, PowerPoint- eller OpenDocument-fil uden makroer eller almindelig tekst; højst { $megabytes } MB. Filtypen aflæses fra selve filen, ikke fra navnet.
attachments-upload-button = Vedhæft filen
attachments-added = Filen er vedhæftet.
attachments-removed = Filen er fjernet.
attachments-back = Tilbage til udvekslingen
attachments-too-large-title = Filen er for stor
attachments-too-large-text = Filer må højst fylde { $megabytes } MB. Gå tilbage, og vælg en mindre fil.
attachment-kind-risk_assessment = Risikovurdering
attachment-kind-insurance_certificate = Forsikringsbevis
attachment-kind-programme = Program
attachment-kind-other = Andet dokument

# Fejl i felter, efter fejlkode
problem-empty-file = Vælg en fil: den, der blev sendt, er tom.
problem-file-too-large = Filen er for stor.
problem-unsupported-type = Vælg en PDF, et foto, et kontordokument eller en almindelig tekstfil. Filtypen aflæses fra selve filen.
problem-macros-not-allowed = Dokumentet indeholder makroer. Gem det uden makroer, og vedhæft det igen.
problem-too-many-files = Udvekslingen har allerede 20 filer. Fjern en først.
problem-unknown-attachment-kind = Vælg, hvad filen er.
