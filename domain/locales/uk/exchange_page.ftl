# Utbyte: список обмінів і сторінка обміну.
# Reviewed by: (not yet reviewed by a native speaker)

# Список
exchange-list-title = Обміни
exchange-list-state-label = Показати обміни в стані
exchange-list-all-states = Усі стани
exchange-list-filter-button = Показати
exchange-list-empty = Поки що немає обмінів, які ви можете переглянути.
exchange-list-empty-in-state = Жоден із ваших обмінів не перебуває в цьому стані.
exchange-list-next = Наступна сторінка

# Стани робочого процесу
exchange-state = Стан
exchange-state-draft = Чернетка
exchange-state-submitted = Очікує погодження
exchange-state-changes-requested = Запитано зміни
exchange-state-approved = Погоджено
exchange-state-open-for-registration = Реєстрацію відкрито
exchange-state-registration-closed = Реєстрацію закрито
exchange-state-under-way = Триває
exchange-state-completed = Завершено
exchange-state-rejected = Відхилено
exchange-state-cancelled = Скасовано
exchange-state-reported = Звіт подано

# Посилання на інші сторінки обміну
exchange-actions = Що ви можете зробити
exchange-link-edit = Редагувати
exchange-link-submit = Надіслати на погодження
exchange-link-decide = Ухвалити рішення
exchange-link-registrations = Реєстрації
exchange-link-clone = Використати як шаблон
exchange-link-cancel = Скасувати обмін

# Основне
exchange-basics = Основне
exchange-sending = Організація, що направляє
exchange-partners = Партнерські організації
exchange-no-partners = Немає
exchange-direction = Хто подорожує
exchange-direction-we-visit = Наша група їде до партнера
exchange-direction-we-host = Група партнера приїжджає до нас
exchange-direction-both = Обидва варіанти, один за одним
exchange-destination = Місце призначення
exchange-venue = Місце проведення
exchange-dates = Дати
exchange-activity-days = Дні активностей
exchange-registration-deadline = Реєстрація закривається

# Група
exchange-group = Група та керівники
exchange-participants = Молоді учасники
exchange-leaders = Керівники
exchange-ages = Вік

# Цілі та теми
exchange-objectives = Навчальні цілі
exchange-themes = Теми
exchange-theme-culture = Культура
exchange-theme-school = Школа
exchange-theme-sport = Спорт
exchange-theme-environment-and-climate = Довкілля та клімат
exchange-theme-democracy-and-participation = Демократія та участь
exchange-theme-human-rights = Права людини
exchange-theme-gender-equality = Гендерна рівність
exchange-theme-inclusion = Інклюзія
exchange-theme-digital-skills = Цифрові навички
exchange-theme-entrepreneurship = Підприємництво
exchange-theme-health = Здоров’я
exchange-theme-history-and-heritage = Історія та спадщина
exchange-theme-science = Природничі науки
exchange-theme-music = Музика
exchange-theme-arts = Мистецтво
exchange-theme-media = Медіа
exchange-nothing = (немає)

# Програма
exchange-programme = Програма по днях
exchange-day = День { $day }

# Проживання та транспорт
exchange-travel = Проживання, транспорт і безпека
exchange-accommodation = Проживання
exchange-accommodation-host-families = Приймальні сім’ї
exchange-accommodation-hostel = Хостел
exchange-accommodation-hotel = Готель
exchange-accommodation-other = Інше
exchange-transport = Транспорт
exchange-green-travel = Екологічна подорож
exchange-risk-level = Рівень ризику
exchange-risk-local-day-trip = Одноденна місцева поїздка
exchange-risk-overnight = З ночівлею
exchange-risk-abroad = За кордоном
exchange-risk-adventurous = Пригодницькі активності
exchange-insurance = Страхування підтверджено
exchange-risk-assessment = Оцінка ризиків
exchange-consent-plan = План отримання згоди
exchange-yes = Так
exchange-no = Ні

# Вартість
exchange-cost = Вартість
exchange-cost-per-participant = Орієнтовна вартість на учасника
exchange-budget = Бюджет

# Погодження
exchange-approval = Погодження
exchange-approval-none = Обмін ще не надіслано на погодження.
exchange-step-round = Раунд
exchange-step-approver = Хто погоджує
exchange-step-decision = Рішення
exchange-step-decided-by = Хто ухвалив рішення
exchange-step-comment = Коментар
exchange-step-due = Термін
exchange-step-overdue = Прострочено
exchange-role-principal = Директор школи
exchange-role-coordinator = Координатор муніципалітету
exchange-decision-waiting = Очікує на попередній крок
exchange-decision-pending = Очікує рішення
exchange-decision-approved = Погоджено
exchange-decision-rejected = Відхилено
exchange-decision-changes-requested = Запитано зміни
exchange-decision-withdrawn = Відкликано
exchange-nobody = (ніхто)

# Контрольний список
exchange-checklist = Контрольний список перед погодженням
exchange-check-met = Виконано
exchange-check-blocks = Перешкоджає погодженню
exchange-check-warns = Попередження
exchange-check-leader-ratio = Достатньо керівників для групи
exchange-check-leader-ratio-failed = Замало керівників для такої кількості молоді: додайте керівників або зменшіть групу.
exchange-check-insurance = Страхування
exchange-check-insurance-failed = Страхування ще не підтверджено.
exchange-check-risk-assessment = Письмова оцінка ризиків
exchange-check-risk-assessment-failed = Письмової оцінки ризиків немає або вона закоротка.
exchange-check-budget = Бюджет
exchange-check-budget-failed = Бюджет не вказано.
exchange-check-consent-plan = План отримання згоди
exchange-check-consent-plan-failed = Плану отримання згоди від законних представників немає або він закороткий.
exchange-check-registration-deadline = Кінцевий термін реєстрації
exchange-check-registration-deadline-failed = Реєстрація має закриватися щонайменше за 14 днів до початку.
exchange-check-green-travel = Екологічна подорож
exchange-check-green-travel-failed = Екологічну подорож не вибрано.
exchange-check-funding-eligibility = Правила фінансування
exchange-check-funding-eligibility-failed = Обмін порушує правило програми, до якої подається заявка: див. відповідність умовам нижче.

# Зміни після погодження
exchange-changes = Зміни після погодження
exchange-changes-none = Після погодження нічого не змінювали.
exchange-change-field = Що
exchange-change-before = До
exchange-change-after = Після
exchange-change-who = Хто змінив
exchange-change-when = Коли
exchange-field-start-date = Перший день
exchange-field-end-date = Останній день
exchange-field-destination-town-id = Місце призначення
exchange-field-venue = Місце проведення
exchange-field-accommodation = Проживання
exchange-field-programme = Програма
exchange-field-activity-days = Дні активностей
exchange-field-adventurous-activities = Пригодницькі активності
exchange-field-participants = Молоді учасники
exchange-field-leaders = Керівники
exchange-field-insurance-confirmed = Страхування підтверджено
exchange-field-risk-assessment = Оцінка ризиків
exchange-field-consent-plan = План отримання згоди

# Історія
exchange-history = Історія
exchange-event-exchange-drafted = Створено чернетку
exchange-event-exchange-updated = Відредаговано
exchange-event-exchange-submitted = Надіслано на погодження
exchange-event-exchange-step-approved = Крок погодження пройдено
exchange-event-exchange-approved = Погоджено
exchange-event-exchange-changes-requested = Запитано зміни
exchange-event-exchange-rejected = Відхилено
exchange-event-exchange-changed = Змінено після погодження
exchange-event-exchange-sent-back-to-review = Повернуто на повторний розгляд
exchange-event-exchange-cloned = Створено на основі іншого обміну
exchange-event-exchange-cancelled = Скасовано
exchange-event-exchange-registration-opened = Реєстрацію відкрито
exchange-event-exchange-registration-closed = Реєстрацію закрито
exchange-event-exchange-places-set = Кількість місць встановлено
exchange-event-exchange-started = Розпочато
exchange-event-exchange-completed = Завершено
exchange-event-exchange-reported = Звіт подано

# Фінансування
exchange-funding = Орієнтовне фінансування
exchange-funding-action = Дія програми
exchange-funding-year = Рік конкурсу
exchange-funding-show = Показати розрахунок
exchange-funding-call-year = рік конкурсу { $year }
exchange-action-KA122-SCH = Erasmus+ короткострокова мобільність у сфері шкільної освіти (KA122-SCH)
exchange-action-KA152-YOU = Erasmus+ молодіжний обмін (KA152-YOU)
exchange-action-KA121-SCH = Erasmus+ акредитована мобільність у сфері шкільної освіти (KA121-SCH)
exchange-action-NPJ-CLASS = Nordplus Junior — обмін класами
exchange-funding-basis-planned = Розраховано за запланованою кількістю учасників.
exchange-funding-basis-confirmed-participants = Розраховано за молоддю, чиї місця підтверджено.
exchange-funding-line = Стаття
exchange-funding-formula = Формула
exchange-funding-rate = Рядок таблиці ставок
exchange-funding-amount = Сума
exchange-funding-total = Разом
exchange-funding-real-cost = Фактичні витрати
exchange-funding-missing = Ставки, яких немає в таблиці
exchange-funding-no-estimate = Розрахунку немає: у таблиці ставок немає ставок для цієї дії та року конкурсу.
exchange-funding-category-travel = Проїзд
exchange-funding-category-organisational-support = Організаційна підтримка
exchange-funding-category-individual-support = Індивідуальна підтримка
exchange-funding-category-inclusion-support = Підтримка інклюзії
exchange-funding-category-exceptional-costs = Виняткові витрати
exchange-funding-category-lump-sum = Фіксована сума

# Відповідність умовам
exchange-eligibility = Відповідність умовам
exchange-eligible = Обмін відповідає правилам цієї дії.
exchange-not-eligible = Обмін не відповідає правилам цієї дії:
exchange-eligibility-no-rate-table = Для цієї дії та року конкурсу ставок ще немає.
exchange-eligibility-no-country-list = Для цього року конкурсу ще немає переліку країн, що можуть брати участь.
exchange-eligibility-ineligible-country = Одна з країн-учасниць не може брати участь у цій дії.
exchange-eligibility-countries = Бере участь замало країн.
exchange-eligibility-duration = Кількість днів активностей виходить за межі, дозволені цією дією.
exchange-eligibility-project-duration = Тривалість проєкту виходить за межі, дозволені цією дією.
exchange-eligibility-participant-age = Вік учасників виходить за межі, дозволені цією дією.
exchange-eligibility-leader-age = Один із керівників занадто молодий.
exchange-eligibility-leaders-per-group = В одній із груп замало керівників.
exchange-eligibility-participants-per-group = В одній із груп замало або забагато учасників.
exchange-eligibility-group-size = Група замала або завелика.
exchange-eligibility-accompanying-persons = Забагато супровідних осіб.
exchange-eligibility-participants-limit = Учасників більше, ніж дозволяє ця дія.
exchange-eligibility-lump-sum = Такої фіксованої суми конкурс не передбачає.
exchange-eligibility-participants-per-country = З однієї з країн замало або забагато учасників.
exchange-eligibility-teacher-ratio = Замало вчителів для такої кількості учнів.

## Exchange history: attachments, the lottery and the roster
exchange-event-exchange-attachment-added = Додано вкладення
exchange-event-exchange-attachment-removed = Вкладення вилучено
exchange-event-exchange-attachment-downloaded = Вкладення завантажено
exchange-event-lottery-drawn = Жеребкування проведено
exchange-event-roster-exported = Список учасників переглянуто або експортовано
