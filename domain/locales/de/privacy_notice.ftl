# Utbyte: a municipality's privacy notice (GDPR art. 13), shown on the consent page and at /privacy/<municipality>, and the lines that link to it from mails and receipts.
# Reviewed by: (not yet reviewed by a native speaker)
#
# The notice as a reader is shown it is stored with its SHA-256 and recorded with each
# consent: changing a text here makes a new text version of the notice.

privacy-title = Wie { $municipality } personenbezogene Daten in Utbyte verarbeitet
privacy-page-intro = Diese Datenschutzhinweise erklären jungen Menschen und ihren Erziehungsberechtigten, welche personenbezogenen Daten über sie gespeichert werden, wenn sie an einem internationalen Austausch teilnehmen, warum das geschieht und welche Rechte sie haben.
privacy-controller-heading = Wer verantwortlich ist
privacy-controller = Verantwortlich für die personenbezogenen Daten, die { $municipality } in Utbyte, dem Dienst der Gemeinde für internationale Austausche, speichert, ist { $controller } (Verantwortlicher im Sinne der DSGVO). Kontakt: { $contact }.
privacy-dpo = Die Datenschutzbeauftragte oder den Datenschutzbeauftragten erreichen Sie unter { $contact }.
privacy-dpo-ask = Die Kontaktdaten der oder des Datenschutzbeauftragten erhalten Sie auf Anfrage bei { $municipality }.
privacy-purposes-heading = Wofür die Daten verwendet werden und auf welcher Rechtsgrundlage
privacy-purpose-travel = Reiseerlaubnis: die Namen der teilnehmenden Person und der Erziehungsberechtigten, die Anmeldung und die Erlaubnis jeder erziehungsberechtigten Person, damit die Schule oder der Verein die Reise planen kann und weiß, dass alle Erziehungsberechtigten zugestimmt haben. Sie erteilen die Erlaubnis im Rahmen Ihres Sorgerechts; die Daten werden verarbeitet, um eine Aufgabe im öffentlichen Interesse wahrzunehmen (Art. 6 Abs. 1 lit. e DSGVO).
privacy-purpose-health = Gesundheits- und Notfallangaben: Was Sie zu Krankheiten, Allergien, Medikamenten und besonderer Ernährung schreiben und wen man im Notfall anrufen soll, wird nur verwendet, um Leben und Gesundheit der teilnehmenden Person während der Reise zu schützen. Rechtsgrundlage: die Wahrnehmung einer Aufgabe im öffentlichen Interesse und der Schutz lebenswichtiger Interessen (Art. 6 Abs. 1 lit. e und d sowie Art. 9 Abs. 2 lit. g DSGVO in Verbindung mit Kapitel 3 § 3 des schwedischen Datenschutzgesetzes, dataskyddslagen).
privacy-purpose-photos = Fotoerlaubnis: ob Fotos, auf denen die teilnehmende Person zu sehen ist, in Veröffentlichungen der Gemeinde und der Schule über den Austausch verwendet werden dürfen. Hierfür geben Sie Ihre Einwilligung (Art. 6 Abs. 1 lit. a DSGVO): Diese ist freiwillig, hat keinen Einfluss auf die Teilnahme und kann jederzeit widerrufen werden.
privacy-recipients-heading = Wer die Daten erhält
privacy-recipients = Die Leitung des Austauschs und die Koordinatorinnen und Koordinatoren der Gemeinde sehen, was sie für die Durchführung der Reise brauchen. Die Gastorganisation erhält die Namen der Teilnehmenden und, damit sie sich um sie kümmern kann, die vor Ort nötigen Gesundheits- und Notfallangaben. E-Mails werden über den E-Mail-Dienst der Gemeinde versandt. Die Daten werden nie verkauft und nie für Werbung verwendet.
privacy-retention-heading = Wie lange die Daten gespeichert werden
privacy-retention-item = { $category }: { $period }.
privacy-category-medical_information = Gesundheits- und Notfallangaben
privacy-category-consent_records = Erlaubnisse und Einwilligungen
privacy-category-registrations = Anmeldungen
privacy-category-youth_profiles = Das Profil der jungen Person und ihre Erziehungsberechtigten
privacy-category-outbox_emails = Versandte E-Mails
privacy-category-audit_events = Das Protokoll darüber, wer was getan hat
privacy-period-after-return = { $days } Tage nach der Rückkehr von der Reise
privacy-period-after-sending = { $days } Tage nach dem Versand
privacy-period-after-event = { $days } Tage nach der Erfassung
privacy-period-after-last-change = { $days } Tage nach der letzten Änderung, sobald keine Anmeldung mehr besteht
privacy-rights-heading = Ihre Rechte
privacy-rights = Sie haben das Recht zu erfahren, was über Sie und Ihr Kind gespeichert ist, und eine Kopie davon zu erhalten, falsche Daten berichtigen zu lassen, Daten löschen oder ihre Verwendung einschränken zu lassen, soweit das Gesetz es erlaubt, und der Verwendung zu widersprechen. Eine Einwilligung können Sie jederzeit widerrufen. Wenden Sie sich dazu an { $controller } oder an die Datenschutzbeauftragte bzw. den Datenschutzbeauftragten. Sie können sich auch bei der schwedischen Datenschutzbehörde beschweren (IMY, www.imy.se).
privacy-version-heading = Version
privacy-version = Version { $version }, veröffentlicht am { $date }.

# On the consent page, above the form.
privacy-on-consent-page = Bevor Sie Ihr Einverständnis geben, lesen Sie bitte, wie Ihre personenbezogenen Daten und die Ihres Kindes verarbeitet werden.

# In every mail about a child, after the contact line.
mail-privacy-notice = Wie { $municipality } Ihre personenbezogenen Daten verarbeitet: Lesen Sie die Datenschutzhinweise.
    .link = Lesen Sie die Datenschutzhinweise
mail-privacy-notice-here = Wie { $municipality } Ihre personenbezogenen Daten verarbeitet (die Datenschutzhinweise):
