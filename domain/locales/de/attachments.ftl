# Dateien, die an einen Austausch angehängt sind.
# Reviewed by: (not yet reviewed by a native speaker)

attachments-title = Dateien: { $title }
attachments-heading = Dateien
attachments-intro = Risikobewertung, Versicherungsbestätigung, Programm und weitere Dokumente des Austauschs.
attachments-none = Es sind noch keine Dateien angehängt.
attachments-caption = Angehängte Dateien
attachments-size = { $kilobytes } kB
attachments-remove-button = Entfernen
attachments-upload-title = Datei anhängen
attachments-kind-label = Art der Datei
attachments-file-label = Datei
attachments-file-hint = Eine PDF-Datei, ein Foto (PNG, JPEG, WebP oder HEIC), eine Word-, Excel-, PowerPoint- oder OpenDocument-Datei ohne Makros oder reiner Text; höchstens { $megabytes } MB. Der Dateityp wird aus der Datei selbst ermittelt, nicht aus ihrem Namen.
attachments-upload-button = Datei anhängen
attachments-added = Die Datei ist angehängt.
attachments-removed = Die Datei wurde entfernt.
attachments-back = Zurück zum Austausch
attachments-too-large-title = Die Datei ist zu groß
attachments-too-large-text = Dateien dürfen höchstens { $megabytes } MB groß sein. Gehen Sie zurück und wählen Sie eine kleinere Datei.
attachment-kind-risk_assessment = Risikobewertung
attachment-kind-insurance_certificate = Versicherungsbestätigung
attachment-kind-programme = Programm
attachment-kind-other = Anderes Dokument

# Probleme in Feldern, nach Fehlercode
problem-empty-file = Wählen Sie eine Datei: Die gesendete Datei ist leer.
problem-file-too-large = Die Datei ist zu groß.
problem-unsupported-type = Wählen Sie eine PDF-Datei, ein Foto, ein Office-Dokument oder eine reine Textdatei. Der Dateityp wird aus der Datei selbst ermittelt.
problem-macros-not-allowed = Das Dokument enthält Makros. Speichern Sie es ohne Makros und hängen Sie es erneut an.
problem-too-many-files = Der Austausch hat bereits 20 Dateien. Entfernen Sie zuerst eine.
problem-unknown-attachment-kind = Wählen Sie aus, um welche Art von Datei es sich handelt.
