# Utbyte: a municipality's privacy notice (GDPR art. 13), shown on the consent page and at /privacy/<municipality>, and the lines that link to it from mails and receipts.
# Reviewed by: (not yet reviewed by a native speaker)
#
# The notice as a reader is shown it is stored with its SHA-256 and recorded with each
# consent: changing a text here makes a new text version of the notice.
# Informal register (ty), as in the other Polish files (consent.ftl, mail.ftl).

privacy-title = Jak { $municipality } przetwarza dane osobowe w Utbyte
privacy-page-intro = Ta informacja wyjaśnia młodym osobom i ich opiekunom prawnym, jakie dane osobowe są o nich przechowywane, gdy biorą udział w wymianie międzynarodowej, w jakim celu i jakie prawa im przysługują.
privacy-controller-heading = Kto odpowiada za dane
privacy-controller = Administratorem danych osobowych, które { $municipality } przechowuje w Utbyte – usłudze gminy do wymian międzynarodowych – jest { $controller }. Kontakt: { $contact }.
privacy-dpo = Kontakt z inspektorem ochrony danych: { $contact }.
privacy-dpo-ask = Dane kontaktowe inspektora ochrony danych uzyskasz w gminie ({ $municipality }).
privacy-purposes-heading = W jakim celu i na jakiej podstawie prawnej wykorzystywane są dane
privacy-purpose-travel = Zgoda na wyjazd: imiona i nazwiska uczestnika oraz opiekunów prawnych, zgłoszenie i zgoda każdego z opiekunów, aby szkoła lub stowarzyszenie mogły zaplanować wyjazd i wiedziały, że wszyscy opiekunowie wyrazili zgodę. Udzielasz zgody w ramach władzy rodzicielskiej; dane są przetwarzane w celu wykonania zadania realizowanego w interesie publicznym (art. 6 ust. 1 lit. e RODO).
privacy-purpose-health = Informacje o zdrowiu i kontaktach w nagłych wypadkach: to, co wpisujesz o chorobach, alergiach, lekach, potrzebach żywieniowych i o tym, do kogo dzwonić, jest wykorzystywane wyłącznie do ochrony życia i zdrowia uczestnika podczas wyjazdu. Podstawa prawna: wykonanie zadania realizowanego w interesie publicznym oraz ochrona żywotnych interesów (art. 6 ust. 1 lit. e i d oraz art. 9 ust. 2 lit. g RODO w związku z rozdz. 3 § 3 szwedzkiej ustawy o ochronie danych, dataskyddslagen).
privacy-purpose-photos = Zgoda na zdjęcia: czy zdjęcia, na których widać uczestnika, mogą być wykorzystywane w publikacjach gminy i szkoły dotyczących wymiany. Jest to Twoja zgoda (art. 6 ust. 1 lit. a RODO): jest dobrowolna, nie wpływa na udział w wymianie i możesz ją w każdej chwili wycofać.
privacy-recipients-heading = Kto otrzymuje dane
privacy-recipients = Liderzy wymiany i koordynatorzy gminy widzą to, czego potrzebują do przeprowadzenia wyjazdu. Organizacja przyjmująca otrzymuje imiona i nazwiska uczestników oraz – aby mogła się nimi zaopiekować – informacje o zdrowiu i kontaktach w nagłych wypadkach potrzebne na miejscu. Wiadomości e-mail są wysyłane przez gminną usługę poczty elektronicznej. Dane nigdy nie są sprzedawane ani wykorzystywane do celów marketingowych.
privacy-retention-heading = Jak długo dane są przechowywane
privacy-retention-item = { $category }: { $period }.
privacy-category-medical_information = Informacje o zdrowiu i kontaktach w nagłych wypadkach
privacy-category-consent_records = Udzielone zgody
privacy-category-registrations = Zgłoszenia
privacy-category-youth_profiles = Profil młodej osoby i jej opiekunowie
privacy-category-outbox_emails = Wysłane wiadomości e-mail
privacy-category-audit_events = Rejestr tego, kto co zrobił
# Plural of "dzień" (day): 1 dzień, otherwise dni.
privacy-period-after-return = { $days ->
    [one] { $days } dzień po powrocie z wyjazdu
   *[other] { $days } dni po powrocie z wyjazdu
}
privacy-period-after-sending = { $days ->
    [one] { $days } dzień po wysłaniu
   *[other] { $days } dni po wysłaniu
}
privacy-period-after-event = { $days ->
    [one] { $days } dzień po zarejestrowaniu zdarzenia
   *[other] { $days } dni po zarejestrowaniu zdarzenia
}
privacy-period-after-last-change = { $days ->
    [one] { $days } dzień po ostatniej zmianie, gdy nie ma już żadnego zgłoszenia
   *[other] { $days } dni po ostatniej zmianie, gdy nie ma już żadnego zgłoszenia
}
privacy-rights-heading = Twoje prawa
privacy-rights = Masz prawo dowiedzieć się, jakie dane o Tobie i Twoim dziecku są przechowywane, i otrzymać ich kopię, żądać sprostowania nieprawidłowych danych, żądać usunięcia danych lub ograniczenia ich wykorzystywania, jeśli pozwala na to prawo, a także wnieść sprzeciw wobec ich wykorzystywania. Zgodę możesz w każdej chwili wycofać. Skontaktuj się z administratorem ({ $controller }) lub z inspektorem ochrony danych. Możesz również złożyć skargę do szwedzkiego organu ochrony danych (IMY, www.imy.se).
privacy-version-heading = Wersja
privacy-version = Wersja { $version }, opublikowana { $date }.

# On the consent page, above the form.
privacy-on-consent-page = Zanim wyrazisz zgodę, zapoznaj się z tym, jak przetwarzane są Twoje dane osobowe i dane Twojego dziecka.

# In every mail about a child, after the contact line.
mail-privacy-notice = Jak { $municipality } przetwarza Twoje dane osobowe: zapoznaj się z informacją o ochronie danych.
    .link = zapoznaj się z informacją o ochronie danych
mail-privacy-notice-here = Jak { $municipality } przetwarza Twoje dane osobowe (informacja o ochronie danych):
