# Utbyte: die Einverständnistexte, denen eine erziehungsberechtigte Person auf der Einverständnisseite zustimmt.
# Reviewed by: (not yet reviewed by a native speaker)
#
# Jeder Text ist eine rechtliche Erklärung. Genau der Text, der der erziehungsberechtigten Person
# angezeigt wird, wird als Version mit seinem SHA-256 gespeichert und mit ihrem Einverständnis
# erfasst: Eine Änderung hier veröffentlicht beim nächsten Start eine neue Version (frühere
# Einverständnisse verweisen weiter auf die Version, zu der sie erteilt wurden). Jeden Text in
# einer Zeile halten.

consent-text-travel = Ich bin erziehungsberechtigt für die teilnehmende Person und erteile meine Erlaubnis, dass sie am Austausch teilnimmt und wie im obigen Programm beschrieben reist. Ich habe die Angaben zu Zeitraum, Reiseziel, Unterkunft, Gruppenleitung und Kosten gelesen. Die Angaben zur Gesundheit und zu den Notfallkontakten werden ausschließlich von der Gruppenleitung des Austauschs und den Koordinatorinnen und Koordinatoren der Gemeinde verwendet, um während des Austauschs für die teilnehmende Person zu sorgen, und werden nach dem Austausch gemäß den Aufbewahrungsregeln der Gemeinde gelöscht. Ich kann diese Erlaubnis bis zur Abreise über den Link in der Bestätigung widerrufen.
consent-text-photos = Freiwillig: Ich bin damit einverstanden, dass Fotos, auf denen die teilnehmende Person zu sehen ist, in Veröffentlichungen der Gemeinde und der Schule über den Austausch verwendet werden. Dieses Einverständnis hat keinen Einfluss auf die Teilnahme und kann jederzeit widerrufen werden.
