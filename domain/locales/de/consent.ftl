# Utbyte: die Einverständnisseiten für Erziehungsberechtigte (Einverständnis erteilen und widerrufen) und was sich laut ihnen geändert hat.
# Reviewed by: (not yet reviewed by a native speaker)

# Die Seiten
consent-title = Einverständnis für einen Austausch
consent-withdraw-title = Einverständnis widerrufen
consent-link-problem-title = Dieser Link funktioniert nicht
consent-link-problem = Dieser Link ist ungültig, wurde bereits verwendet oder ist abgelaufen. Wenn Sie einen neuen Link benötigen, wenden Sie sich an die Gruppenleitung des Austauschs.
consent-link-valid-until = Dieser Link ist bis { $until } gültig.

# Einverständnis erteilen: der Austausch
consent-errors-intro = Bevor das Einverständnis gespeichert werden kann, muss etwas korrigiert werden:
consent-changed = Der Austausch hat sich geändert, seit Sie Ihr Einverständnis erteilt haben. Ihr früheres Einverständnis gilt nicht mehr.
consent-changes-what = Was
consent-changes-before = Vorher
consent-changes-after = Nachher
consent-participant = Teilnehmer/in
consent-guardian = Erziehungsberechtigte Person
consent-offer = { $participant } wird bis { $until } ein Platz angeboten. Mit Ihrem Einverständnis nehmen Sie den Platz an.
consent-dates = Zeitraum
consent-destination = Reiseziel
consent-organiser = Veranstalter
consent-teacher = Verantwortliche Lehrkraft
consent-leaders = Erwachsene Gruppenleiter/innen
consent-accommodation = Unterkunft
consent-transport = Verkehrsmittel
consent-cost = Kosten pro teilnehmender Person
consent-voluntary = Schulfahrten sind kostenlos: Jeder Beitrag ist freiwillig, und ein Platz hängt nie von einer Zahlung ab.
consent-programme = Programm
consent-programme-day = Tag { $day }

# Einverständnis erteilen: das Formular
consent-travel-heading = Reiseerlaubnis
consent-travel-label = Ich erteile meine Erlaubnis zur Reise
consent-health-heading = Gesundheit und Medikamente
consent-health-hint = Freiwillig. Schreiben Sie, was die Gruppenleitung wissen muss, um während des Austauschs gut für { $participant } zu sorgen.
consent-on-record-title = Der Gruppenleitung bereits mitgeteilt
consent-on-record-item = { $who } ({ $when }): { $fields }
consent-on-record-hint = Was andere Erziehungsberechtigte angegeben haben, bleibt erhalten: Was Sie eintragen, wird ergänzt und ersetzt nur das, was Sie selbst früher angegeben haben. Der Inhalt wird hier nicht angezeigt, da ein Link weitergeleitet werden kann; die Gruppenleitung sieht alles.
consent-on-record-you = Sie
consent-on-record-former-guardian = Eine frühere erziehungsberechtigte Person
consent-on-record-medical-notes = Gesundheitshinweise
consent-on-record-allergies = Allergien
consent-on-record-medication = Medikamente
consent-on-record-dietary-needs = besondere Ernährung
consent-on-record-contacts = Notfallkontakte
consent-medical-notes-label = Krankheiten und andere Gesundheitshinweise
consent-allergies-label = Allergien
consent-medication-label = Medikamente
consent-dietary-needs-label = Besondere Ernährung
consent-contacts-heading = Notfallkontakte
consent-contacts-hint = Mindestens eine Person, die die Gruppenleitung während des Austauschs erreichen kann, mit Name, Beziehung und Telefonnummer.
consent-contact-legend = Notfallkontakt { $number }
consent-contact-field = Notfallkontakt { $number } – { $field }
consent-contact-name-label = Name
consent-contact-relation-label = Beziehung (zum Beispiel Mutter, Onkel)
consent-contact-phone-label = Telefon
consent-photos-heading = Fotos
consent-photos-label = Ich bin mit Fotos einverstanden (freiwillig)
consent-signature-heading = Ihr Name als Unterschrift
consent-typed-name-label = Ihr vollständiger Name
consent-give-button = Einverständnis erteilen

# Einverständnis erteilen: was im Formular nicht stimmte
consent-problem-travel-required = Kreuzen Sie das Kästchen an, um die Reiseerlaubnis zu erteilen.
consent-problem-no-contact = Geben Sie mindestens einen Notfallkontakt mit Name, Beziehung und Telefonnummer an.
consent-problem-contact-required = Geben Sie Name, Beziehung und Telefonnummer dieses Kontakts an.
consent-problem-required = Dieses Feld ist ein Pflichtfeld.
consent-problem-invalid-phone = Geben Sie eine Telefonnummer mit 6–15 Ziffern ein.
consent-problem-too-long = Der Text ist zu lang.
consent-problem-invalid-characters = Der Text enthält Zeichen, die nicht erlaubt sind.
consent-problem-invalid = Die Seite ist nicht mehr aktuell. Bitte laden Sie sie neu.
consent-problem-other = Prüfen Sie dieses Feld.

# Einverständnis erteilen: fertig
consent-given-confirmed = Vielen Dank! Der Platz für { $participant } ist jetzt bestätigt.
consent-given-awaiting-approval = Vielen Dank! Ihr Einverständnis ist erfasst. Der Austausch wurde geändert und wartet auf eine erneute Genehmigung. Der Platz ist nicht bestätigt: Er wird bestätigt, sobald die Änderung genehmigt ist und alle nötigen Einverständniserklärungen vorliegen. Sie erhalten dann eine E-Mail.
consent-given-awaiting-others = Vielen Dank! Ihr Einverständnis ist erfasst. Die Anmeldung wird bestätigt, sobald auch die andere erziehungsberechtigte Person ihr Einverständnis erteilt hat.

# Einverständnis widerrufen
consent-withdraw-exchange = Austausch
consent-withdraw-intro = Sie können Ihr Einverständnis bis zur Abreise widerrufen. Wählen Sie, was Sie widerrufen möchten.
consent-withdraw-photos-heading = Nur die Fotoerlaubnis
consent-withdraw-photos-text = Die Teilnahme am Austausch bleibt bestehen. Fotos, auf denen { $participant } zu sehen ist, werden nicht in Veröffentlichungen der Gemeinde und der Schule über den Austausch verwendet.
consent-withdraw-photos-button = Fotoerlaubnis widerrufen
consent-withdraw-travel-heading = Die Reiseerlaubnis
consent-withdraw-travel-text = Der Platz wird dann freigegeben, und die Anmeldung endet.
consent-withdraw-travel-button = Reiseerlaubnis widerrufen
consent-withdrawn-photos = Die Fotoerlaubnis ist widerrufen. Die Reiseerlaubnis gilt weiterhin.
consent-withdrawn-travel = Die Reiseerlaubnis ist widerrufen. Der Platz wurde freigegeben, und die Anmeldung ist beendet.
