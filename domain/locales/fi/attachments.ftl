# Vaihtoon liitetyt tiedostot.
# Reviewed by: (not yet reviewed by a native speaker)

attachments-title = Tiedostot: { $title }
attachments-heading = Tiedostot
attachments-intro = Vaihdon riskiarvio, vakuutustodistus, ohjelma ja muut asiakirjat.
attachments-none = Tiedostoja ei ole vielä liitetty.
attachments-caption = Liitetyt tiedostot
attachments-size = { $kilobytes } kt
attachments-remove-button = Poista
attachments-upload-title = Liitä tiedosto
attachments-kind-label = Mikä tiedosto on
attachments-file-label = Tiedosto
attachments-file-hint = PDF, valokuva (PNG, JPEG, WebP tai HEIC), Word-, Excel-, PowerPoint- tai OpenDocument-tiedosto ilman makroja tai pelkkä teksti; enintään { $megabytes } Mt. Tiedoston tyyppi päätellään tiedostosta itsestään, ei sen nimestä.
attachments-upload-button = Liitä tiedosto
attachments-added = Tiedosto on liitetty.
attachments-removed = Tiedosto on poistettu.
attachments-back = Takaisin vaihtoon
attachments-too-large-title = Tiedosto on liian suuri
attachments-too-large-text = Tiedosto saa olla enintään { $megabytes } Mt. Palaa takaisin ja valitse pienempi tiedosto.
attachment-kind-risk_assessment = Riskiarvio
attachment-kind-insurance_certificate = Vakuutustodistus
attachment-kind-programme = Ohjelma
attachment-kind-other = Muu asiakirja

# Kenttävirheet virhekoodin mukaan
problem-empty-file = Valitse tiedosto: lähetetty tiedosto on tyhjä.
problem-file-too-large = Tiedosto on liian suuri.
problem-unsupported-type = Valitse PDF, valokuva, toimisto-ohjelman asiakirja tai pelkkä tekstitiedosto. Tyyppi päätellään tiedostosta itsestään.
problem-macros-not-allowed = Asiakirjassa on makroja. Tallenna se ilman makroja ja liitä se uudelleen.
problem-too-many-files = Vaihdossa on jo 20 tiedostoa. Poista ensin yksi.
problem-unknown-attachment-kind = Valitse, mikä tiedosto on.
