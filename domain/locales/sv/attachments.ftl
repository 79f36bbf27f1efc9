# Filer som hör till ett utbyte.
# Reviewed by: (not yet reviewed by a native speaker)

attachments-title = Filer: { $title }
attachments-heading = Filer
attachments-intro = Utbytets riskbedömning, försäkringsintyg, program och andra dokument.
attachments-none = Inga filer är bifogade än.
attachments-caption = Bifogade filer
attachments-size = { $kilobytes } kB
attachments-remove-button = Ta bort
attachments-upload-title = Bifoga en fil
attachments-kind-label = Vad filen är
attachments-file-label = Fil
attachments-file-hint = En pdf, ett foto (PNG, JPEG, WebP eller HEIC), en Word-, Excel-, PowerPoint- eller OpenDocument-fil utan makron, eller vanlig text; högst { $megabytes } MB. Typen läses ur själva filen, inte ur namnet.
attachments-upload-button = Bifoga filen
attachments-added = Filen är bifogad.
attachments-removed = Filen är borttagen.
attachments-back = Tillbaka till utbytet
attachments-too-large-title = Filen är för stor
attachments-too-large-text = En fil får vara högst { $megabytes } MB. Gå tillbaka och välj en mindre fil.
attachment-kind-risk_assessment = Riskbedömning
attachment-kind-insurance_certificate = Försäkringsintyg
attachment-kind-programme = Program
attachment-kind-other = Annat dokument

# Fältfel, efter felkod
problem-empty-file = Välj en fil: den som skickades är tom.
problem-file-too-large = Filen är för stor.
problem-unsupported-type = Välj en pdf, ett foto, ett kontorsdokument eller en textfil. Typen läses ur själva filen.
problem-macros-not-allowed = Dokumentet innehåller makron. Spara det utan makron och bifoga det igen.
problem-too-many-files = Utbytet har redan 20 filer. Ta bort en först.
problem-unknown-attachment-kind = Välj vad filen är.
