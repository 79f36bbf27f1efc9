# Utbyte: проведення поїздки (реєстрації, список учасників, медична інформація, перехід до наступного етапу, звіт).
# Reviewed by: (not yet reviewed by a native speaker)

trip-registrations-title = Реєстрації: { $title }
trip-exchange-state = Стан обміну:
trip-exchange-draft = Чернетка
trip-exchange-submitted = Надіслано
trip-exchange-changes-requested = Запитано зміни
trip-exchange-approved = Погоджено
trip-exchange-open-for-registration = Реєстрацію відкрито
trip-exchange-registration-closed = Реєстрацію закрито
trip-exchange-under-way = Триває
trip-exchange-completed = Завершено
trip-exchange-rejected = Відхилено
trip-exchange-cancelled = Скасовано
trip-exchange-reported = Звіт подано
trip-roster-link = Список учасників
trip-report-link = Звіт після поїздки
trip-back-to-registrations = Назад до реєстрацій

trip-places-saved = Місця збережено.
trip-registration-cancelled = Реєстрацію скасовано.
trip-consent-link-sent = Нове посилання для згоди вже надсилається. Старе більше не діє.
trip-membership-confirmed = Членство підтверджено.
trip-lottery-drawn = Жеребкування проведено.
trip-advanced = Обмін перейшов до наступного етапу.

trip-places-title = Місця та реєстрація
trip-places-taken = { $taken ->
    [one] Зайнято { $taken } місце
    [few] Зайнято { $taken } місця
    [many] Зайнято { $taken } місць
   *[other] Зайнято { $taken } місця
}
trip-places-capacity = з { $capacity }.
trip-capacity-label = Кількість місць
trip-capacity-hint = Від 1 до 500 і не менше, ніж уже зайнято місць.
trip-consent-rule-label = Чия згода підтверджує місце
trip-one-guardian = Одного законного представника
trip-every-guardian = Усіх законних представників
trip-selection-label = Як розподіляються місця
trip-first-come = У порядку черги (хто раніше зареєструвався)
trip-lottery = Жеребкування після кінцевого терміну реєстрації
trip-membership-label = Хто може зареєструватися
trip-members = Учні школи, що направляє, і партнерських шкіл
trip-open = Будь-хто
trip-places-button = Зберегти місця
problem-below-places-taken = Уже зайнято більше місць.
problem-registrations-exist = Це не можна змінити, коли вже є реєстрації.

trip-lottery-heading = Жеребкування
trip-lottery-seed = Початкове число жеребкування
trip-lottery-drawn-at = Час жеребкування
trip-lottery-not-drawn = Жеребкування ще не проведено.
trip-lottery-draw-link = Провести жеребкування…
trip-lottery-title = Провести жеребкування: { $title }
trip-lottery-waiting = { $count ->
    [one] { $count } людина чекає на місце.
    [few] { $count } людини чекають на місце.
    [many] { $count } людей чекають на місце.
   *[other] { $count } людини чекають на місце.
}
trip-lottery-free = { $count ->
    [one] Вільне { $count } місце.
    [few] Вільні { $count } місця.
    [many] Вільних { $count } місць.
   *[other] Вільно { $count } місця.
}
trip-lottery-final = Жеребкування не можна скасувати. Усі отримають результат електронною поштою.
trip-lottery-draw-button = Провести жеребкування зараз

trip-registrations-heading = Реєстрації
trip-no-registrations = Ще ніхто не зареєструвався.
trip-registration-state = Стан
trip-state-pending-consent = Має місце, очікується згода
trip-state-confirmed = Підтверджено
trip-state-waiting-list = У списку очікування
trip-state-offered = Запропоновано місце
trip-state-withdrawn = Відкликано
trip-state-cancelled = Скасовано
trip-waiting-position = Місце в черзі
trip-offer-expires = Пропозиція дійсна до
trip-lottery-rank = Номер за жеребкуванням
trip-outcome-reason = Чому
trip-consent = Згода
trip-consent-not-needed = Не потрібна: на момент від’їзду 18 років або більше
trip-consent-met = Надано відповідно до правила
trip-consent-awaited-one = Очікується згода одного законного представника
trip-consent-awaited-every = Очікується згода всіх законних представників
trip-membership = Членство
trip-membership-confirmed-yes = Підтверджено школою
trip-membership-unconfirmed = Не підтверджено
trip-guardians = Законні представники
trip-guardian-awaited = відповіді ще немає
trip-guardian-given = згоду надано
trip-guardian-withdrawn = згоду відкликано
trip-guardian-invalidated = згода недійсна після зміни
trip-resend-consent = Надіслати нове посилання для згоди ({ $name })
trip-medical-link = Медична інформація: { $name }
trip-confirm-membership = Підтвердити, що { $name } є членом
trip-cancel-reason = Причина скасування реєстрації: { $name }
trip-cancel-button = Скасувати реєстрацію

trip-advance-title = Перевести обмін до наступного етапу
trip-early-reason-label = Причина, чому це робиться раніше
trip-early-reason-hint = Лише координатор може розпочати або завершити обмін до його дат, письмово вказавши причину (щонайменше 10 символів).
trip-too-early = Ще зарано: до дат обміну це може зробити лише координатор, письмово вказавши причину.
trip-step-open-registration = Відкрити реєстрацію
trip-step-close-registration = Закрити реєстрацію
trip-step-start = Розпочати поїздку
trip-step-complete = Завершити поїздку

trip-roster-title = Список учасників: { $title }
trip-roster-download = Завантажити список учасників (CSV)
trip-roster-audited = Кожен перегляд списку учасників реєструється.
trip-roster-empty = Ще ніхто не має місця.
trip-roster-caption = { $count ->
    [one] { $count } учасник, який має місце
    [few] { $count } учасники, які мають місце
    [many] { $count } учасників, які мають місце
   *[other] { $count } учасника, які мають місце
}
trip-roster-participant = Учасник
trip-roster-born = Дата народження
trip-emergency-contacts = Контакти на випадок надзвичайної ситуації
trip-allergies = Алергії
trip-medication = Ліки
trip-dietary-needs = Особливості харчування
trip-medical-notes = Медичні примітки

trip-medical-title = Медична інформація: { $title }
trip-medical-audited = Кожен перегляд медичної інформації реєструється.
trip-medical-none = Жоден законний представник ще не надав медичної інформації.
trip-medical-participant = Учасник: { $name }
trip-medical-updated = Востаннє надано
trip-medical-statements = Хто надав
trip-medical-given-by = { $name }
trip-medical-given-by-unknown = Законний представник, якого вже немає в реєстрі

trip-report-title = Звіт після поїздки: { $title }
trip-report-what-happened = Що відбулося
trip-report-outcomes = Результати
trip-report-outcomes-hint = Порівняно з навчальними цілями обміну.
trip-report-feedback = Що сказали учасники
trip-report-cost = Скільки це фактично коштувало, у євро
trip-report-cost-hint = Наприклад, 12 500 або 12 500,50.
trip-report-button = Подати звіт
trip-report-filed = Звіт подано.
trip-report-already = Звіт уже подано.
trip-report-not-yet = Звіт можна подати, коли обмін завершиться.
