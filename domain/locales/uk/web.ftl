# Utbyte: спільні тексти вебсторінок, вхід і обліковий запис.
# Reviewed by: (not yet reviewed by a native speaker)

site-name = Utbyte
skip-to-content = Перейти до основного вмісту
main-navigation = Головне меню
nav-exchanges = Обміни
nav-approvals = Погодження
nav-home = Головна
nav-notifications = Сповіщення
nav-account = Мій обліковий запис
nav-sign-out = Вийти
nav-sign-in = Увійти
unread-notifications = { $count ->
    [one] { $count } непрочитане сповіщення
    [few] { $count } непрочитані сповіщення
    [many] { $count } непрочитаних сповіщень
   *[other] { $count } непрочитаного сповіщення
}
signed-in-as = Ви увійшли як { $name }
error-summary-title = Виникла проблема
error-summary-count = { $count ->
    [one] Виправте поле нижче.
    [few] Виправте { $count } поля нижче.
    [many] Виправте { $count } полів нижче.
   *[other] Виправте { $count } поля нижче.
}
field-error-prefix = Помилка:
required-field = (обов’язково)
language-label = Мова
other-languages = Інші мови
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

# Вхід
sign-in-title = Вхід
sign-in-intro = Увійдіть за допомогою адреси електронної пошти та пароля свого облікового запису Utbyte.
email-label = Адреса електронної пошти
password-label = Пароль
sign-in-button = Увійти
sign-in-wrong = Неправильна адреса електронної пошти або пароль.
sign-in-unverified = Спершу підтвердьте свою адресу електронної пошти: ми надіслали вам нове посилання.
sign-in-forgot = Забули пароль?
signed-out = Ви вийшли.
session-ended = Ваш сеанс завершився. Увійдіть знову.

# Забутий пароль
forgot-title = Забутий пароль
forgot-intro = Вкажіть адресу електронної пошти свого облікового запису. Якщо такий обліковий запис існує, ми надішлемо на неї посилання для вибору нового пароля.
forgot-button = Надіслати посилання
forgot-sent = Якщо обліковий запис із цією адресою існує, посилання вже надсилається. Воно дійсне обмежений час.
forgot-back = Назад до входу

# Мій обліковий запис
account-title = Мій обліковий запис
account-details = Ваші дані
account-name = Ім’я
account-email = Адреса електронної пошти
account-language-title = Мова
account-language-intro = Сторінки та електронні листи для вас будуть цією мовою.
account-language-button = Зберегти мову
account-language-saved = Вашу мову збережено.
change-password-title = Змінити пароль
current-password-label = Поточний пароль
new-password-label = Новий пароль
new-password-hint = Щонайменше 12 символів. Кілька не пов’язаних між собою слів легко запам’ятати і важко вгадати.
change-password-button = Змінити пароль
password-changed = Ваш пароль змінено. Інші ваші сеанси завершено.
sign-out-everywhere-title = Вийти на всіх пристроях
sign-out-everywhere-intro = Завершує всі сеанси вашого облікового запису на всіх пристроях, включно з цим.
sign-out-everywhere-button = Вийти на всіх пристроях

# Помилки в полях, за кодом помилки
problem-required = Заповніть це поле.
problem-invalid-email = Напишіть адресу електронної пошти, наприклад name@example.se.
problem-too-short = Пароль має містити щонайменше 12 символів.
problem-too-long = Текст задовгий.
problem-too-weak = Пароль занадто легко вгадати. Використайте більше не пов’язаних між собою слів.
problem-wrong-password = Неправильний пароль.
problem-unsupported-locale = Виберіть одну з мов у списку.
problem-invalid = Перевірте, що ви тут написали.

# Головна
home-title = Головна
home-welcome = Вітаємо, { $name }

# Сторінки помилок
error-forbidden-title = Доступ заборонено
error-forbidden-text = Вам не дозволено це робити.
error-not-found-title = Не знайдено
error-not-found-text = Те, що ви шукаєте, не існує.
error-conflict-title = Зараз неможливо
error-conflict-text = Це не можна зробити в поточному стані.
error-bad-input-title = Не вдалося
error-bad-input-text = Запит не вдалося обробити.
error-unavailable-title = Сервіс недоступний
error-unavailable-text = Сервіс зараз не може з’єднатися зі своєю базою даних. Спробуйте ще раз трохи згодом.
error-internal-title = Щось пішло не так
error-internal-text = Щось пішло не так на нашому боці. Спробуйте ще раз трохи згодом.
error-rate-limited-title = Забагато спроб
error-rate-limited-text = { $minutes ->
    [one] Зачекайте { $minutes } хвилину й спробуйте ще раз.
    [few] Зачекайте { $minutes } хвилини й спробуйте ще раз.
    [many] Зачекайте { $minutes } хвилин і спробуйте ще раз.
   *[other] Зачекайте { $minutes } хвилини й спробуйте ще раз.
}
error-id = Ідентифікатор помилки
error-csrf-title = Термін дії форми минув
error-csrf-text = Форму надіслано з іншої сторінки або термін її дії минув. Поверніться, оновіть сторінку й надішліть форму ще раз.

# Сторінки, що відкриваються з посилань в електронних листах
accept-invitation-title = Активуйте свій обліковий запис
accept-invitation-intro = Виберіть пароль для свого облікового запису Utbyte.
accept-invitation-button = Активувати обліковий запис
accept-invitation-done = Готово! Ваш обліковий запис активний, і ви можете увійти.
reset-password-title = Виберіть новий пароль
reset-password-intro = Виберіть новий пароль для свого облікового запису Utbyte. Вас буде виведено з усіх пристроїв.
reset-password-button = Зберегти пароль
reset-password-done = Готово! Увійдіть з новим паролем.
verify-email-title = Підтвердьте свою адресу електронної пошти
verify-email-intro = Підтвердьте, що ця адреса електронної пошти належить вам.
verify-email-button = Підтвердити
verify-email-done = Дякуємо! Вашу адресу електронної пошти підтверджено. Тепер ви можете увійти.
link-broken = Це посилання недійсне, уже використане або застаріле. Попросіть нове посилання.
onward-sign-in = Увійти в Utbyte

# Головна
home-approvals-title = Чекають на ваше рішення
home-approvals-none = Ніщо не чекає на ваше рішення.
home-exchange = Обмін
home-waiting-since = Очікує з
home-due = Термін
home-overdue = Прострочено
home-all-approvals = Усі погодження
home-registrations-title = Реєстрації, що чекають на вас
home-offer-expires = пропозиція дійсна до { $time }
home-memberships-title = Членство, яке треба підтвердити
home-memberships-intro = Їхні сім’ї зазначають, що вони належать до вашої школи чи групи. Підтвердьте тих, хто справді належить.
home-memberships-confirm = Підтвердити членство
home-notifications-none = У вас немає непрочитаних сповіщень.
home-all-notifications = Усі сповіщення
home-exchanges-title = Ваші обміни
home-exchanges-none = У вас ще немає обмінів.
home-new-exchange = Новий обмін
home-all-exchanges = Усі обміни

# Сповіщення
notifications-none = У вас немає сповіщень.
notifications-mark-all = Позначити всі як прочитані
notifications-mark-read = Позначити як прочитане
notifications-unread = Непрочитані
notifications-older = Старіші сповіщення
