# Utbyte: сторінки згоди для законних представників (надання та відкликання згоди) і що в них сказано про зміни.
# Reviewed by: (not yet reviewed by a native speaker)

# Сторінки
consent-title = Згода на участь в обміні
consent-withdraw-title = Відкликання згоди
consent-link-problem-title = Це посилання не працює
consent-link-problem = Це посилання недійсне, уже використане або строк його дії минув. Якщо вам потрібне нове посилання, зверніться до керівників обміну.
consent-link-valid-until = Це посилання діє до { $until }.

# Надання згоди: обмін
consent-errors-intro = Перш ніж згоду можна буде зберегти, потрібно дещо виправити:
consent-changed = Обмін змінився після того, як ви надали згоду. Ваша попередня згода більше не діє.
consent-changes-what = Що
consent-changes-before = Було
consent-changes-after = Стало
consent-participant = Учасник
consent-guardian = Законний представник
consent-offer = Місце для { $participant } запропоновано до { $until }. Надаючи згоду, ви приймаєте це місце.
consent-dates = Дати
consent-destination = Місце призначення
consent-organiser = Організатор
consent-teacher = Відповідальний учитель
consent-leaders = Дорослі керівники
consent-accommodation = Проживання
consent-transport = Транспорт
consent-cost = Вартість на учасника
consent-voluntary = Шкільні поїздки безкоштовні: будь-який внесок є добровільним, і місце ніколи не залежить від оплати.
consent-programme = Програма
consent-programme-day = День { $day }

# Надання згоди: форма
consent-travel-heading = Дозвіл на поїздку
consent-travel-label = Я даю свій дозвіл на поїздку
consent-health-heading = Здоров’я та ліки
consent-health-hint = Необов’язково. Напишіть, що керівникам потрібно знати, щоб піклуватися про { $participant } під час обміну.
consent-on-record-title = Уже передано керівникам
consent-on-record-item = { $who } ({ $when }): { $fields }
consent-on-record-hint = Те, що надали інші законні представники, зберігається: те, що ви напишете, буде додано, і воно замінить лише те, що ви самі надали раніше. Зміст тут не показано, оскільки посилання можуть переслати іншим; керівники бачать усе.
consent-on-record-you = Ви
consent-on-record-former-guardian = Колишній законний представник
consent-on-record-medical-notes = медичні примітки
consent-on-record-allergies = алергії
consent-on-record-medication = ліки
consent-on-record-dietary-needs = особливості харчування
consent-on-record-contacts = контакти на випадок надзвичайної ситуації
consent-medical-notes-label = Захворювання та інші медичні примітки
consent-allergies-label = Алергії
consent-medication-label = Ліки
consent-dietary-needs-label = Особливості харчування
consent-contacts-heading = Контакти на випадок надзвичайної ситуації
consent-contacts-hint = Щонайменше одна особа, з якою керівники зможуть зв’язатися під час обміну: ім’я, ким вона доводиться учасникові, і телефон.
consent-contact-legend = Контакт на випадок надзвичайної ситуації { $number }
consent-contact-field = Контакт на випадок надзвичайної ситуації { $number } – { $field }
consent-contact-name-label = Ім’я
consent-contact-relation-label = Ким доводиться учасникові (наприклад, мати, дядько)
consent-contact-phone-label = Телефон
consent-photos-heading = Фотографії
consent-photos-label = Я даю згоду на фотографування (необов’язково)
consent-signature-heading = Ваше ім’я як підпис
consent-typed-name-label = Ваше повне ім’я
consent-give-button = Надати згоду

# Надання згоди: що у формі було не так
consent-problem-travel-required = Позначте поле, щоб надати дозвіл на поїздку.
consent-problem-no-contact = Вкажіть щонайменше один контакт на випадок надзвичайної ситуації: ім’я, ким особа доводиться учасникові, і телефон.
consent-problem-contact-required = Заповніть для цього контакту ім’я, ким особа доводиться учасникові, і телефон.
consent-problem-required = Це поле обов’язкове.
consent-problem-invalid-phone = Введіть номер телефону: 6–15 цифр.
consent-problem-too-long = Текст задовгий.
consent-problem-invalid-characters = Текст містить недозволені символи.
consent-problem-invalid = Сторінка застаріла, оновіть її.
consent-problem-other = Перевірте це поле.

# Надання згоди: готово
consent-given-confirmed = Дякуємо! Тепер місце для { $participant } підтверджено.
consent-given-awaiting-approval = Дякуємо! Вашу згоду збережено. Обмін змінено, і він знову чекає на погодження. Місце ще не підтверджено: його буде підтверджено, щойно зміну погодять і надійдуть усі потрібні згоди. Тоді ви отримаєте електронний лист.
consent-given-awaiting-others = Дякуємо! Вашу згоду збережено. Реєстрацію буде підтверджено, щойно інший законний представник також надасть згоду.

# Відкликання згоди
consent-withdraw-exchange = Обмін
consent-withdraw-intro = Ви можете відкликати свою згоду до від’їзду. Виберіть, що саме ви хочете відкликати.
consent-withdraw-photos-heading = Лише дозвіл на фотографування
consent-withdraw-photos-text = { $participant } і далі бере участь в обміні. Фотографії, на яких зображено учасника, не використовуються в публікаціях муніципалітету та школи про обмін.
consent-withdraw-photos-button = Відкликати дозвіл на фотографування
consent-withdraw-travel-heading = Дозвіл на поїздку
consent-withdraw-travel-text = Тоді місце буде звільнено, а реєстрацію завершено.
consent-withdraw-travel-button = Відкликати дозвіл на поїздку
consent-withdrawn-photos = Дозвіл на фотографування відкликано. Дозвіл на поїздку залишається чинним.
consent-withdrawn-travel = Дозвіл на поїздку відкликано. Місце звільнено, а реєстрацію завершено.
