# Utbyte: сторінки того, хто погоджує, черга погоджень і форма рішення.
# Reviewed by: (not yet reviewed by a native speaker)

approvals-title = Погодження
approvals-held-title = Чекають на ваше рішення
approvals-empty = Зараз ніщо не чекає на ваше рішення.
approvals-substitute-title = Прострочені, для вас як заступника
approvals-substitute-intro = Термін цих кроків минув. Ви можете ухвалити рішення замість того, хто мав їх погодити.
approvals-school = Школа
approvals-dates = Дати
approvals-step = Крок
approvals-waiting-label = Очікує
approvals-waiting = { $days ->
    [0] Від сьогодні
    [one] { $days } день
    [few] { $days } дні
    [many] { $days } днів
   *[other] { $days } дня
}
approvals-due = Термін
approvals-overdue = Прострочено
approvals-role-principal = Директор школи
approvals-role-coordinator = Муніципальний координатор
approvals-role-named = Призначена особа, яка погоджує
approvals-decided-approve = Ви погодили { $title }.
approvals-decided-request-changes = Ви запросили зміни до { $title }.
approvals-decided-reject = Ви відхилили { $title }.
approvals-closed-title = Рішення не очікується
approvals-already-decided = Ви вже ухвалили рішення щодо свого кроку для цього обміну. Рішення залишається в силі.
approvals-not-waiting = Цей обмін більше не чекає на рішення: його вже ухвалено.
approvals-back-to-queue = Назад до ваших погоджень
approvals-decision-title = Рішення: { $title }
approvals-summary-title = Обмін
approvals-destination = Місце призначення
approvals-group-label = Група
approvals-group = { $participants ->
    [one] { $participants } молода людина
    [few] { $participants } молоді людини
    [many] { $participants } молодих людей
   *[other] { $participants } молодої людини
}, { $leaders ->
    [one] { $leaders } керівник
    [few] { $leaders } керівники
    [many] { $leaders } керівників
   *[other] { $leaders } керівника
}
approvals-risk = Рівень ризику
approvals-whole-exchange = Переглянути весь обмін
approvals-checklist-title = Контрольний список
approvals-check-met = виконано
approvals-check-not-met = не виконано
approvals-check-advisory = рекомендація
approvals-check-leader-ratio = Достатньо дорослих керівників
approvals-check-insurance = Страхування підтверджено
approvals-check-risk-assessment = Письмова оцінка ризиків
approvals-check-budget = Бюджет вказано
approvals-check-consent-plan = План отримання згоди
approvals-check-registration-deadline = Реєстрація закривається вчасно
approvals-check-green-travel = Екологічна подорож
approvals-check-funding-eligibility = Відповідає умовам фінансування, на яке подано заявку
approvals-earlier-title = Попередні рішення
approvals-earlier-none = Жоден крок ще не вирішено.
approvals-decision-approved = Погоджено
approvals-decision-changes-requested = Запитано зміни
approvals-decision-rejected = Відхилено
approvals-decide-title = Ваше рішення
approvals-decision-legend = Рішення
approvals-approve = Погодити
approvals-request-changes = Запросити зміни
approvals-reject = Відхилити
approvals-comment-label = Коментар
approvals-comment-hint = Потрібен, якщо ви запитуєте зміни або відхиляєте: напишіть, що слід змінити, або чому ні.
approvals-submit = Надіслати рішення
problem-choose-decision = Виберіть: погодити, запросити зміни чи відхилити.
