# Vahetusele lisatud failid.
# Reviewed by: (not yet reviewed by a native speaker)

attachments-title = Failid: { $title }
attachments-heading = Failid
attachments-intro = Vahetuse riskihinnang, kindlustustõend, programm ja muud dokumendid.
attachments-none = Faile pole veel lisatud.
attachments-caption = Lisatud failid
attachments-size = { $kilobytes } kB
attachments-remove-button = Eemalda
attachments-upload-title = Lisa fail
attachments-kind-label = Mis fail see on
attachments-file-label = Fail
attachments-file-hint = PDF, foto (PNG, JPEG, WebP või HEIC), makrodeta Wordi, Exceli, PowerPointi või OpenDocumenti fail või lihttekst; kuni { $megabytes } MB. Faili tüüp loetakse failist endast, mitte selle nimest.
attachments-upload-button = Lisa fail
attachments-added = Fail on lisatud.
attachments-removed = Fail on eemaldatud.
attachments-back = Tagasi vahetuse juurde
attachments-too-large-title = Fail on liiga suur
attachments-too-large-text = Fail võib olla kuni { $megabytes } MB. Mine tagasi ja vali väiksem fail.
attachment-kind-risk_assessment = Riskihinnang
attachment-kind-insurance_certificate = Kindlustustõend
attachment-kind-programme = Programm
attachment-kind-other = Muu dokument

# Väljade vead veakoodi järgi
problem-empty-file = Vali fail: saadetud fail on tühi.
problem-file-too-large = Fail on liiga suur.
problem-unsupported-type = Vali PDF, foto, kontoritarkvara dokument või lihttekstifail. Tüüp loetakse failist endast.
problem-macros-not-allowed = Dokumendis on makrod. Salvesta see ilma makrodeta ja lisa uuesti.
problem-too-many-files = Vahetusel on juba 20 faili. Eemalda kõigepealt üks.
problem-unknown-attachment-kind = Vali, mis fail see on.
