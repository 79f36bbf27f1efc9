# Utbyte: die gemeinsamen Texte der Webseiten, Anmeldung und Konto.
# Reviewed by: (not yet reviewed by a native speaker)

site-name = Utbyte
skip-to-content = Zum Hauptinhalt springen
main-navigation = Hauptmenü
nav-exchanges = Austausche
nav-approvals = Genehmigungen
nav-home = Startseite
nav-notifications = Benachrichtigungen
nav-account = Mein Konto
nav-sign-out = Abmelden
nav-sign-in = Anmelden
unread-notifications = { $count ->
    [one] { $count } ungelesene Benachrichtigung
   *[other] { $count } ungelesene Benachrichtigungen
}
signed-in-as = Angemeldet als { $name }
error-summary-title = Es gibt ein Problem
error-summary-count = { $count ->
    [one] Korrigieren Sie das Feld unten.
   *[other] Korrigieren Sie die { $count } Felder unten.
}
field-error-prefix = Fehler:
required-field = (Pflichtfeld)
language-label = Sprache
other-languages = Andere Sprachen
language-sv = Svenska
language-en = English
language-nb = Norsk bokmål
language-da = Dansk
language-fi = Suomi
language-et = Eesti
language-pl = Polski
language-de = Deutsch
language-ar = العربية
language-so = Soomaali
language-uk = Українська

# Anmelden
sign-in-title = Anmelden
sign-in-intro = Melden Sie sich mit der E-Mail-Adresse und dem Passwort Ihres Utbyte-Kontos an.
email-label = E-Mail-Adresse
password-label = Passwort
sign-in-button = Anmelden
sign-in-wrong = E-Mail-Adresse oder Passwort ist falsch.
sign-in-unverified = Bestätigen Sie zuerst Ihre E-Mail-Adresse: Wir haben Ihnen einen neuen Link geschickt.
sign-in-forgot = Passwort vergessen?
signed-out = Sie haben sich abgemeldet.
session-ended = Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.

# Passwort vergessen
forgot-title = Passwort vergessen
forgot-intro = Geben Sie die E-Mail-Adresse Ihres Kontos an. Wenn es das Konto gibt, senden wir an diese Adresse einen Link, mit dem Sie ein neues Passwort wählen können.
forgot-button = Link senden
forgot-sent = Wenn es ein Konto mit dieser Adresse gibt, ist ein Link unterwegs. Er ist nur begrenzte Zeit gültig.
forgot-back = Zurück zur Anmeldeseite

# Mein Konto
account-title = Mein Konto
account-details = Ihre Angaben
account-name = Name
account-email = E-Mail-Adresse
account-language-title = Sprache
account-language-intro = Seiten und E-Mails an Sie erscheinen in dieser Sprache.
account-language-button = Sprache speichern
account-language-saved = Ihre Sprache ist gespeichert.
change-password-title = Passwort ändern
current-password-label = Aktuelles Passwort
new-password-label = Neues Passwort
new-password-hint = Mindestens 12 Zeichen. Mehrere Wörter, die nichts miteinander zu tun haben, sind leicht zu merken und schwer zu erraten.
change-password-button = Passwort ändern
password-changed = Ihr Passwort wurde geändert. Ihre anderen Sitzungen wurden beendet.
sign-out-everywhere-title = Überall abmelden
sign-out-everywhere-intro = Beendet alle Sitzungen Ihres Kontos auf allen Geräten, auch auf diesem.
sign-out-everywhere-button = Überall abmelden

# Probleme in Feldern, nach Fehlercode
problem-required = Füllen Sie dieses Feld aus.
problem-invalid-email = Geben Sie eine E-Mail-Adresse wie name@example.se ein.
problem-too-short = Das Passwort muss mindestens 12 Zeichen haben.
problem-too-long = Der Text ist zu lang.
problem-too-weak = Das Passwort ist zu leicht zu erraten. Verwenden Sie mehr Wörter, die nichts miteinander zu tun haben.
problem-wrong-password = Das Passwort ist falsch.
problem-unsupported-locale = Wählen Sie eine der Sprachen aus der Liste.
problem-invalid = Prüfen Sie Ihre Eingabe hier.

# Startseite
home-title = Startseite
home-welcome = Willkommen, { $name }

# Fehlerseiten
error-forbidden-title = Nicht erlaubt
error-forbidden-text = Dafür haben Sie keine Berechtigung.
error-not-found-title = Nicht gefunden
error-not-found-text = Was Sie suchen, gibt es nicht.
error-conflict-title = Derzeit nicht möglich
error-conflict-text = Das ist im aktuellen Stand nicht möglich.
error-bad-input-title = Das hat nicht funktioniert
error-bad-input-text = Die Anfrage konnte nicht verarbeitet werden.
error-unavailable-title = Dienst nicht verfügbar
error-unavailable-text = Der Dienst kann seine Datenbank gerade nicht erreichen. Bitte versuchen Sie es in einer Weile erneut.
error-internal-title = Etwas ist schiefgegangen
error-internal-text = Bei uns ist etwas schiefgegangen. Bitte versuchen Sie es in einer Weile erneut.
error-rate-limited-title = Zu viele Versuche
error-rate-limited-text = { $minutes ->
    [one] Bitte warten Sie eine Minute und versuchen Sie es dann erneut.
   *[other] Bitte warten Sie { $minutes } Minuten und versuchen Sie es dann erneut.
}
error-id = Fehlerkennung
error-csrf-title = Das Formular ist abgelaufen
error-csrf-text = Das Formular wurde von einer anderen Seite gesendet oder ist abgelaufen. Gehen Sie zurück, laden Sie die Seite neu und senden Sie es erneut.

# Seiten, die über Konto-Links aus E-Mails geöffnet werden
accept-invitation-title = Konto aktivieren
accept-invitation-intro = Wählen Sie ein Passwort für Ihr Utbyte-Konto.
accept-invitation-button = Konto aktivieren
accept-invitation-done = Fertig! Ihr Konto ist aktiv und Sie können sich anmelden.
reset-password-title = Neues Passwort wählen
reset-password-intro = Wählen Sie ein neues Passwort für Ihr Utbyte-Konto. Sie werden danach überall abgemeldet.
reset-password-button = Passwort speichern
reset-password-done = Fertig! Melden Sie sich mit Ihrem neuen Passwort an.
verify-email-title = E-Mail-Adresse bestätigen
verify-email-intro = Bestätigen Sie, dass diese E-Mail-Adresse Ihnen gehört.
verify-email-button = Bestätigen
verify-email-done = Danke! Ihre E-Mail-Adresse ist bestätigt. Sie können sich jetzt anmelden.
link-broken = Dieser Link ist ungültig, wurde bereits verwendet oder ist abgelaufen. Fordern Sie einen neuen Link an.
onward-sign-in = Bei Utbyte anmelden

# Startseite
home-approvals-title = Wartet auf Ihre Entscheidung
home-approvals-none = Derzeit wartet nichts auf Ihre Entscheidung.
home-exchange = Austausch
home-waiting-since = Wartet seit
home-due = Frist
home-overdue = Überfällig
home-all-approvals = Alle Genehmigungen
home-registrations-title = Anmeldungen, die auf Sie warten
home-offer-expires = das Angebot gilt bis { $time }
home-memberships-title = Zu bestätigende Zugehörigkeiten
home-memberships-intro = Die Familien geben an, dass diese Personen zu Ihrer Schule oder Gruppe gehören. Bestätigen Sie diejenigen, bei denen das zutrifft.
home-memberships-confirm = Zugehörigkeit bestätigen
home-notifications-none = Sie haben keine ungelesenen Benachrichtigungen.
home-all-notifications = Alle Benachrichtigungen
home-exchanges-title = Ihre Austausche
home-exchanges-none = Sie haben noch keine Austausche.
home-new-exchange = Neuer Austausch
home-all-exchanges = Alle Austausche

# Benachrichtigungen
notifications-none = Sie haben keine Benachrichtigungen.
notifications-mark-all = Alle als gelesen markieren
notifications-mark-read = Als gelesen markieren
notifications-unread = Ungelesen
notifications-older = Ältere Benachrichtigungen
