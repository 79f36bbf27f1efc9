# Utbyte: нагадування опікунам, які не відповіли на запит про згоду, і що вчитель дізнається та бачить.
# Reviewed by: (not yet reviewed by a native speaker)
#
# $until, $at, $asked і $expires надходять відформатованими як дата й час, $dates як проміжок дат.

mail-consent-reminder-subject = Нагадування: згода для { $participant } – { $title }
mail-consent-reminder-first-line = Це нагадування: ми ще не отримали вашої відповіді. Посилання з нашого попереднього листа більше не працює; скористайтеся новим посиланням нижче, яке дійсне до { $until }.
mail-consents-complete-subject = Усі згоди отримано: { $title }
mail-consents-complete-body = { $count ->
    [one] Усі згоди на { $title } ({ $dates }) отримано: підтверджено { $count } реєстрацію.
    [few] Усі згоди на { $title } ({ $dates }) отримано: підтверджено { $count } реєстрації.
    [many] Усі згоди на { $title } ({ $dates }) отримано: підтверджено { $count } реєстрацій.
   *[other] Усі згоди на { $title } ({ $dates }) отримано: підтверджено реєстрацій: { $count }.
}
mail-consent-follow-up-see = Переглянути реєстрації
mail-consent-follow-up-see-here = Переглянути реєстрації тут:
mail-consent-link-expired-subject = Згоду не надано: { $participant } – { $title }
mail-consent-link-expired-body = Посилання на згоду, надіслане { $guardian } для { $participant } ({ $title }), закінчилося { $at } без відповіді. Ви можете надіслати нове посилання зі сторінки реєстрацій поїздки.

trip-outstanding-summary = { $count ->
    [0] Усі опікуни відповіли.
    [one] { $count } опікун ще не відповів.
    [few] { $count } опікуни ще не відповіли.
    [many] { $count } опікунів ще не відповіли.
   *[other] Опікунів без відповіді: { $count }.
}
trip-outstanding-waiting = Запит надіслано { $asked }; посилання дійсне до { $expires }.
trip-outstanding-reminded = Востаннє нагадано { $at }.
trip-outstanding-expired = Запит надіслано { $asked }; посилання закінчилося { $expires } без відповіді.
