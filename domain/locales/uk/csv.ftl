# Utbyte: заголовки та сталі слова у файлах CSV, які відкривають у програмі електронних таблиць.
# Reviewed by: (not yet reviewed by a native speaker)

csv-yes = так
csv-no = ні

csv-roster-participant = Учасник
csv-roster-date_of_birth = Дата народження
csv-roster-state = Стан
csv-roster-guardians = Законні представники
csv-roster-emergency_contacts = Екстрені контакти
csv-roster-allergies = Алергії
csv-roster-medication = Ліки
csv-roster-dietary_needs = Особливості харчування
csv-roster-medical_notes = Медичні примітки

csv-budget-group = Група
csv-budget-category = Категорія
csv-budget-quantity = Кількість
csv-budget-rate_eur = Ставка (EUR)
csv-budget-amount_eur = Сума (EUR)
csv-budget-formula = Формула
csv-budget-rate_row = Рядок таблиці ставок
csv-budget-total = Разом
csv-budget-rate-missing = Немає ставки: внесіть її в таблицю ставок
csv-budget-rates-missing = { $count ->
    [one] { $count } ставка відсутня
    [few] { $count } ставки відсутні
    [many] { $count } ставок відсутні
   *[other] { $count } ставки відсутні
}

csv-mobility-exchange = Обмін
csv-mobility-participant = Учасник
csv-mobility-role = Роль
csv-mobility-count = Кількість
csv-mobility-sending_organisation = Організація, що направляє
csv-mobility-sending_country = Країна, що направляє
csv-mobility-receiving_organisation = Приймаюча організація
csv-mobility-receiving_country = Приймаюча країна
csv-mobility-distance_km = Відстань (km)
csv-mobility-distance_band = Діапазон відстані
csv-mobility-green_travel = Екологічна подорож
csv-mobility-start_date = Дата початку
csv-mobility-end_date = Дата завершення
csv-mobility-days = Дні
csv-mobility-activity_days = Дні активностей
csv-mobility-fewer_opportunities = З меншими можливостями
csv-mobility-basis = Основа розрахунку
csv-mobility-role-participant = учасник
csv-mobility-role-leader = керівник
csv-mobility-who-planned = (заплановано)
csv-mobility-who-confirmed = (підтверджено)
csv-mobility-basis-planned = запланована кількість
csv-mobility-basis-confirmed_participants = підтверджені учасники

csv-rates-action = Дія
csv-rates-call_year = Рік конкурсу
csv-rates-kind = Вид
csv-rates-key = Ключ
csv-rates-value = Значення
csv-rates-note = Примітка

csv-figures-section = Розділ
csv-figures-item = Показник
csv-figures-value = Значення
csv-figures-suppressed = приховано
csv-figures-section-exchanges = Обміни
csv-figures-section-participants = Учасники
csv-figures-section-destinations = Місця призначення
csv-figures-section-partner_towns = Міста-партнери
csv-figures-section-countries = Країни
csv-figures-section-partnerships = Партнерства
csv-figures-section-funding = Фінансування
csv-figures-section-eu_funded_projects = Проєкти, фінансовані ЄС
csv-figures-section-approval_lead_time = Час до погодження
csv-figures-section-reports = Звіти
csv-figures-item-total = Разом
csv-figures-item-leaders = Керівники
csv-figures-item-fewer_opportunities = З меншими можливостями
csv-figures-item-first_time = Уперше за кордоном
csv-figures-item-days = Людино-дні
csv-figures-item-other_than_own = Інші країни, крім нашої
csv-figures-item-approved = Погоджені обміни
csv-figures-item-median_days = Медіана (днів)
csv-figures-item-mean_days = Середнє (днів)
csv-figures-item-max_days = Найдовше (днів)
csv-figures-item-filed = Подані звіти
csv-figures-item-actual_cost_eur = Фактичні витрати (EUR)
csv-figures-item-state = Стан: { $value }
csv-figures-item-direction = Напрямок: { $value }
csv-figures-item-risk_level = Рівень ризику: { $value }
csv-figures-item-age = Вік: { $value }
csv-figures-item-gender = Стать: { $value }
csv-figures-item-measure = { $kind }: { $measure }
csv-figures-age-under_13 = менше 13
csv-figures-age-13_15 = 13–15
csv-figures-age-16_17 = 16–17
csv-figures-age-18_25 = 18–25
csv-figures-age-26_30 = 26–30
csv-figures-age-over_30 = понад 30
csv-figures-gender-female = жіноча
csv-figures-gender-male = чоловіча
csv-figures-gender-other = інша
csv-figures-gender-not_recorded = не зазначено
csv-figures-partnership-twin_town = Місто-побратим
csv-figures-partnership-sister_city = Місто-сестра
csv-figures-partnership-cooperation = Співпраця
csv-figures-partnership-active_at_year_end = активні на кінець року
csv-figures-partnership-ended_during_year = завершені протягом року
csv-figures-programme-erasmus_plus = Erasmus+
csv-figures-programme-nordplus_junior = Nordplus Junior
csv-figures-programme-municipal_fund = Муніципальний фонд
csv-figures-programme-other = Інше
csv-figures-funding-applications = заявки
csv-figures-funding-requested_eur = запитано (EUR)
csv-figures-funding-grants = гранти
csv-figures-funding-granted_eur = надано (EUR)
