# Utbyte: форма пропозиції для вчителя (створити, редагувати, копіювати, надіслати, скасувати).
# Reviewed by: (not yet reviewed by a native speaker)

proposal-new-title = Нова пропозиція обміну
proposal-edit-title = Редагувати пропозицію
proposal-clone-title = Копіювати обмін з новими датами
proposal-cancel-title = Скасувати обмін
proposal-refused-title = Пропозицію ще не можна надіслати
proposal-cloned = Копію створено як нову чернетку. Перевірте дати й дані, які не було скопійовано.
proposal-choose = Виберіть…

proposal-readiness-title = Перед надсиланням
proposal-checklist-passes = Усі пункти контрольного списку виконано.
proposal-checklist-failing = Ці пункти контрольного списку ще не виконано:
proposal-estimate-label = Орієнтовне фінансування
proposal-estimate-missing = Ставки, яких бракує для розрахунку:
proposal-estimate-unavailable = Розрахувати фінансування поки неможливо: для нього немає ставок.
proposal-submit-button = Надіслати на погодження
proposal-clone-link = Копіювати з новими датами
proposal-cancel-link = Скасувати обмін

proposal-basics-title = Основне
proposal-sending-organisation-label = Організація, що направляє
proposal-title-label = Назва мовою: { $language }
proposal-description-label = Опис мовою: { $language }
proposal-direction-label = Хто подорожує?
proposal-direction-we_visit = Наша група їде до партнера
proposal-direction-we_host = Група партнера приїжджає до нас
proposal-direction-both = Обидва варіанти, один за одним

proposal-partners-title = Партнери
proposal-partner-search-label = Знайти партнера в довіднику
proposal-partner-search-hint = Частина назви організації. Позначте потрібних партнерів і збережіть.
proposal-partner-search-button = Шукати партнерів
proposal-partner-none-found = Жодна організація не відповідає запиту.
proposal-partners-label = Партнерські організації

proposal-destination-title = Місце призначення та проведення
proposal-destination-town-label = Місто призначення
proposal-venue-label = Місце проведення

proposal-dates-title = Дати
proposal-start-date-label = Перший день
proposal-end-date-label = Останній день
proposal-activity-days-label = Дні активностей
proposal-registration-deadline-label = Кінцевий термін реєстрації (необов’язково)

proposal-group-title = Група та керівники
proposal-participants-label = Молоді учасники
proposal-leaders-label = Керівники
proposal-age-min-label = Наймолодший вік
proposal-age-max-label = Найстарший вік

proposal-objectives-title = Цілі та теми
proposal-learning-objectives-label = Навчальні цілі
proposal-themes-label = Теми

proposal-programme-title = Програма по днях
proposal-programme-row = Пункт програми { $row }
proposal-programme-day-label = Номер дня
proposal-programme-text-label = Що відбувається
proposal-programme-remove = Видалити пункт { $row }
proposal-programme-add = Додати день

proposal-travel-title = Проживання та транспорт
proposal-accommodation-label = Проживання
proposal-accommodation-host_families = Приймальні сім’ї
proposal-accommodation-hostel = Хостел
proposal-accommodation-hotel = Готель
proposal-accommodation-other = Інше
proposal-transport-label = Транспорт
proposal-green-travel-label = Екологічна подорож (потяг, автобус, спільна поїздка автомобілем)

proposal-cost-title = Вартість
proposal-cost-label = Вартість на учасника
proposal-cost-currency-label = Валюта
proposal-currency-sek = шведські крони (SEK)
proposal-currency-eur = євро (EUR)
proposal-currency-nok = норвезькі крони (NOK)
proposal-currency-dkk = данські крони (DKK)
proposal-currency-pln = польські злоті (PLN)
proposal-currency-isk = ісландські крони (ISK)
proposal-currency-gbp = британські фунти (GBP)
proposal-currency-chf = швейцарські франки (CHF)
proposal-budget-label = Загальний бюджет у євро (необов’язково)

proposal-facts-title = Дані для контрольного списку
proposal-insurance-label = Туристичне страхування підтверджено
proposal-adventurous-label = Програма містить пригодницькі активності
proposal-risk-assessment-label = Оцінка ризиків
proposal-consent-plan-label = Як законні представники дають згоду

proposal-save-button = Зберегти чернетку

proposal-theme-culture = Культура
proposal-theme-school = Школа
proposal-theme-sport = Спорт
proposal-theme-environment_and_climate = Довкілля та клімат
proposal-theme-democracy_and_participation = Демократія та участь
proposal-theme-human_rights = Права людини
proposal-theme-gender_equality = Гендерна рівність
proposal-theme-inclusion = Інклюзія
proposal-theme-digital_skills = Цифрові навички
proposal-theme-entrepreneurship = Підприємництво
proposal-theme-health = Здоров’я
proposal-theme-history_and_heritage = Історія та спадщина
proposal-theme-science = Природничі науки
proposal-theme-music = Музика
proposal-theme-arts = Мистецтво
proposal-theme-media = Медіа

proposal-check-leader_ratio = Достатньо керівників для групи
proposal-check-insurance = Туристичне страхування підтверджено
proposal-check-risk_assessment = Письмова оцінка ризиків
proposal-check-budget = Бюджет
proposal-check-consent_plan = План отримання згоди від законних представників
proposal-check-registration_deadline = Кінцевий термін реєстрації завчасно до початку
proposal-check-green_travel = Екологічна подорож
proposal-check-funding_eligibility = Правил програми фінансування дотримано

proposal-clone-intro = Копія «{ $title }» стане новою чернеткою з датами, які ви вкажете.
proposal-clone-button = Створити копію
proposal-cancel-intro = Скасування «{ $title }» припиняє всі реєстрації та повідомляє всім причетним причину.
proposal-cancel-reason-label = Причина скасування
proposal-cancel-button = Скасувати обмін
proposal-refused-intro = Виконайте ці пункти контрольного списку, а потім надішліть ще раз:
proposal-refused-back = Назад до пропозиції

problem-before-start = Останній день не може бути раніше за перший.
problem-in-the-past = Дата не може бути в минулому.
problem-out-of-range = Число виходить за дозволені межі.
problem-more-than-participants = Керівників не може бути більше, ніж молодих учасників.
problem-min-above-max = Наймолодший вік не може бути більшим за найстарший.
problem-after-start = Кінцевий термін не може бути пізніше за перший день.
problem-duplicate = Кожен день і кожного партнера — лише один раз.
problem-unknown = Виберіть один із варіантів.
problem-invalid-date = Напишіть дату у форматі 2027-05-31.
problem-invalid-number = Напишіть ціле число.
problem-invalid-amount = Напишіть суму, наприклад 450 або 450,50.
problem-unsupported-currency = Виберіть одну з валют у списку.
problem-invalid-characters = Текст містить символи, які не можна використовувати.
problem-too-many = Забагато записів.
