# Utbyte: електронні листи, по одному розділу на лист (його папка в templates/mail/).
# Reviewed by: (not yet reviewed by a native speaker)
#
# Лише простий текст: шаблони додають абзаци, посилання та виділення. Речення з посиланням
# вказує в `.link` слова посилання точно так, як вони стоять у реченні.
# Варіанти «так/ні» вибираються через [true] і [false].

mail-footer = Utbyte – міжнародні молодіжні та шкільні обміни
mail-greeting = Добрий день, { $name }!
mail-greeting-anonymous = Добрий день!

## organiser
mail-organiser = Це повідомлення через Utbyte, сервіс муніципалітету для міжнародних обмінів, надсилає: { $organisation } ({ $municipality }).
mail-organiser-contact = Якщо у вас є запитання щодо поїздки, напишіть: { $teacher }, { $email }.
mail-organiser-no-contact = Якщо у вас є запитання щодо поїздки, зверніться: { $organisation }.

## invitation

mail-invitation-subject = Вас запрошено до Utbyte
mail-invitation-invited = { $inviter } запрошує вас до Utbyte як { $role }.
mail-invitation-activate = Виберіть пароль і активуйте свій обліковий запис. Посилання діє { $valid_for }, і скористатися ним можна лише один раз.
    .link = Виберіть пароль і активуйте свій обліковий запис
mail-invitation-activate-here = Виберіть пароль і активуйте свій обліковий запис тут (посилання діє { $valid_for }, і скористатися ним можна лише один раз):
mail-invitation-ignore = Якщо ви не очікували цього запрошення, просто проігноруйте цей лист.

## invitation_reminder

mail-invitation-reminder-subject = Нагадування: на вас чекає запрошення до Utbyte
mail-invitation-reminder-not-activated = Вас запрошено до Utbyte, але ви ще не активували свій обліковий запис.
mail-invitation-reminder-activate = Активуйте свій обліковий запис. Посилання діє { $valid_for }, і скористатися ним можна лише один раз; попереднє посилання більше не діє.
    .link = Активуйте свій обліковий запис
mail-invitation-reminder-new-link = Ось нове посилання (воно діє { $valid_for }, і скористатися ним можна лише один раз; попереднє посилання більше не діє):
mail-invitation-reminder-ignore = Якщо обліковий запис вам не потрібен, просто проігноруйте цей лист.

## verify_email

mail-verify-email-subject = Підтвердьте свою адресу електронної пошти
mail-verify-email-confirm = Підтвердьте, що ця адреса належить вам. Посилання діє { $valid_for }.
    .link = Підтвердьте, що ця адреса належить вам
mail-verify-email-confirm-here = Підтвердьте, що ця адреса належить вам, відкривши посилання (воно діє { $valid_for }):
mail-verify-email-ignore = Якщо ви не створювали обліковий запис Utbyte, просто проігноруйте цей лист.

## password_reset

mail-password-reset-subject = Скидання пароля
mail-password-reset-asked = Хтось (сподіваємося, що ви) попросив скинути пароль вашого облікового запису Utbyte.
mail-password-reset-choose = Виберіть новий пароль. Посилання діє { $valid_for }, і скористатися ним можна лише один раз.
    .link = Виберіть новий пароль
mail-password-reset-choose-here = Виберіть новий пароль тут (посилання діє { $valid_for }, і скористатися ним можна лише один раз):
mail-password-reset-not-you = Якщо це були не ви, нічого робити не потрібно: ваш пароль не змінився.

## password_changed

mail-password-changed-subject = Ваш пароль змінено
mail-password-changed-changed = Пароль вашого облікового запису Utbyte щойно змінено, а на інших ваших пристроях виконано вихід.
mail-password-changed-not-you = Якщо це були не ви, скиньте пароль і зверніться до свого координатора.
    .link = скиньте пароль
mail-password-changed-not-you-at = Якщо це були не ви, скиньте пароль за посиланням { $link } і зверніться до свого координатора.

## account_exists

mail-account-exists-subject = У вас уже є обліковий запис Utbyte
mail-account-exists-tried = Хтось спробував створити новий обліковий запис Utbyte з цією адресою електронної пошти, але такий обліковий запис уже існує.
mail-account-exists-reset = Якщо це були ви, увійдіть або виберіть новий пароль.
    .link = виберіть новий пароль
mail-account-exists-reset-at = Якщо це були ви, увійдіть або виберіть новий пароль за посиланням { $link }.
mail-account-exists-ignore = Якщо це були не ви, просто проігноруйте цей лист.

## exchange_submitted

mail-exchange-submitted-subject = Обмін чекає на погодження: { $title }
mail-exchange-submitted-asks = { $teacher } ({ $organisation }) просить вас погодити обмін { $title } ({ $dates }, { $destination }, { $risk }).
mail-exchange-submitted-decide = Будь ласка, ухваліть рішення до { $due }.
    .link = ухваліть рішення
mail-exchange-submitted-decide-here = Будь ласка, ухваліть рішення до { $due } тут:

## exchange_decided: $decision — approved, changes_requested, rejected або step_approved

mail-exchange-decided-subject = { $decision ->
        [approved] Ваш обмін { $title } погоджено
        [changes_requested] До вашого обміну { $title } запитано зміни
        [rejected] Ваш обмін { $title } не погоджено
        [step_approved] { $title }: один крок погоджено
       *[other] Нове рішення щодо вашого обміну { $title }
    }
mail-exchange-decided-decision = { $decision ->
        [approved] Ваш обмін { $title } погоджено. Рішення ухвалив(-ла) { $approver }.
        [changes_requested] { $approver } розглянув(-ла) обмін { $title } і просить внести зміни, перш ніж його можна буде погодити.
        [rejected] Ваш обмін { $title } не погоджено. Рішення ухвалив(-ла) { $approver }.
        [step_approved] { $approver } погодив(-ла) один крок обміну { $title }. Тепер обмін чекає на наступну особу, яка погоджує.
       *[other] { $approver } ухвалив(-ла) рішення щодо обміну { $title }.
    }
mail-exchange-decided-comment = Коментар від { $approver }:
mail-exchange-decided-open = Відкрити обмін
mail-exchange-decided-open-here = Відкрити обмін:

## exchange_cancelled

mail-exchange-cancelled-subject = Обмін { $title } скасовано
mail-exchange-cancelled-cancelled = Обмін { $title } ({ $dates }) скасовано. Його скасував(-ла) { $cancelled_by }.
mail-exchange-cancelled-reason = Причина: { $reason }

## approval_reminder: $substitute — true, коли особа, яка погоджує, не ухвалила рішення вчасно

mail-approval-reminder-subject = { $substitute ->
        [true] Потрібне ваше рішення як заступника: { $title }
       *[false] Нагадування: { $title } чекає на ваше рішення
    }
mail-approval-reminder-waiting = { $substitute ->
        [true] Обмін { $title } ({ $organisation }) чекає на рішення з { $due }. Особа, яка мала його погодити, рішення не ухвалила, тому просимо вас ухвалити рішення як заступника.
       *[false] Обмін { $title } ({ $organisation }) чекає на ваше рішення з { $due }.
    }
mail-approval-reminder-decide = Ухвалити рішення
mail-approval-reminder-decide-here = Будь ласка, ухваліть рішення тут:

## funding_deadline

mail-funding-deadline-subject = Заявка { $title }: до кінцевого терміну { $days ->
        [one] залишився { $days } день
        [few] залишилося { $days } дні
        [many] залишилося { $days } днів
       *[other] залишилося { $days } дня
    }
mail-funding-deadline-due = Заявку { $title } ({ $action }, { $applicant }) потрібно подати до { $deadline }, тобто через { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    }. Її поточний стан: { $status }.

## consent_request: $changed — true, коли обмін змінився після попередньої згоди

mail-consent-request-subject = { $changed ->
        [true] Обмін { $title } змінився – потрібна нова згода
       *[false] Потрібна згода на участь { $participant } в обміні { $title }
    }
mail-consent-request-needed = { $changed ->
        [true] Обмін { $title } ({ $dates }, { $destination }) змінився після того, як було надано згоду щодо { $participant }. Тому попередня згода більше не діє, і нам потрібна ваша нова згода.
       *[false] Нам потрібна ваша згода як законного представника на участь { $participant } в обміні { $title } ({ $dates }, { $destination }).
    }
mail-consent-request-changes = Що змінилося:
# Одна зміна: що змінилося, як було і як тепер.
mail-consent-request-change = { $what }: { $before } → { $after }
mail-consent-request-form = Посилання нижче відкриває сторінку з інформацією про поїздку та формою. У формі ви даєте свою згоду, вносите медичну інформацію та контакти осіб, з якими слід зв’язатися в надзвичайній ситуації, а також зазначаєте, чи можна фотографувати { $participant }.
mail-consent-request-open = Відкрийте сторінку про поїздку. Посилання діє до { $until }.
    .link = Відкрийте сторінку про поїздку
mail-consent-request-open-here = Відкрийте сторінку тут (посилання діє до { $until }):
mail-consent-request-personal = Посилання персональне, і скористатися ним можна лише один раз. Будь ласка, не пересилайте цей лист або посилання нікому іншому.

## consent_received: $status — confirmed, awaiting_approval (змінений обмін чекає
## на погодження) або awaiting_guardian (очікується згода іншого законного представника)

mail-consent-received-subject = Дякуємо за вашу згоду – { $title }
mail-consent-received-thanks = Дякуємо! Ми отримали вашу згоду на участь { $participant } в обміні { $title } ({ $dates }).
mail-consent-received-status = { $status ->
        [confirmed] Реєстрацію підтверджено, і { $participant } має місце в поїздці.
        [awaiting_approval] Обмін змінено, і він знову чекає на погодження. Місце ще не підтверджено: його буде підтверджено, щойно зміну погодять і надійдуть усі потрібні згоди. Тоді ви отримаєте електронний лист.
       *[awaiting_guardian] Тепер реєстрація чекає на згоду іншого законного представника. Щойно її буде отримано, реєстрацію можна буде підтвердити.
    }
mail-consent-received-withdraw = Ви можете відкликати свою згоду до від’їзду ({ $departure }).
    .link = відкликати свою згоду
mail-consent-received-withdraw-here = Ви можете відкликати свою згоду до від’їзду ({ $departure }) тут:
mail-consent-received-personal = Посилання персональне. Будь ласка, не пересилайте цей лист або посилання нікому іншому.

## Що змінилося в обміні: у запиті на згоду та на сторінці згоди

consent-change-start-date = Перший день
consent-change-end-date = Останній день
consent-change-destination-town-id = Місце призначення
consent-change-venue = Місце проведення
consent-change-accommodation = Проживання
consent-change-programme = Програма
consent-change-activity-days = Дні активностей
consent-change-adventurous-activities = Пригодницькі активності
consent-change-participants = Кількість учасників
consent-change-leaders = Кількість керівників
consent-change-insurance-confirmed = Страхування
consent-change-risk-assessment = Оцінка ризиків
consent-change-consent-plan = План отримання згоди
# Один день програми: його номер і що відбувається.
consent-change-programme-day = день { $day }: { $text }
consent-change-yes = так
consent-change-no = ні

## registration_confirmed

mail-registration-confirmed-subject = { $participant } має підтверджене місце в обміні { $title }
mail-registration-confirmed-confirmed = Тепер { $participant } має підтверджене місце в обміні { $title } ({ $dates }, { $destination }).

## place_offered: $by_consent — true, коли надання згоди означає прийняття місця

mail-place-offered-subject = В обміні { $title } звільнилося місце – прийміть його до { $expires }
mail-place-offered-offered = В обміні { $title } ({ $dates }) звільнилося місце, і тепер його пропонують { $participant }.
mail-place-offered-deadline = Поки що місце лише запропоновано. Вам потрібно прийняти його до { $expires }, інакше місце перейде до наступної особи зі списку очікування.
mail-place-offered-accept = { $by_consent ->
        [true] Щоб прийняти місце, надайте свою згоду.
       *[false] Відкрийте обмін і прийміть місце.
    }
    .link = { $by_consent ->
        [true] надайте свою згоду
       *[false] Відкрийте обмін і прийміть місце
    }
mail-place-offered-accept-here = { $by_consent ->
        [true] Щоб прийняти місце, надайте свою згоду тут:
       *[false] Прийміть місце тут:
    }

## waiting_list: $lottery — true, поки місця ще не розіграно жеребкуванням (тоді
## $position немає); $dated — true, коли дата жеребкування ($date) відома

mail-waiting-list-subject = { $lottery ->
        [true] Реєстрація { $participant } на обмін { $title } чекає на жеребкування місць
       *[false] Реєстрація { $participant } на обмін { $title } у списку очікування
    }
mail-waiting-list-listed = { $lottery ->
        [true] { $participant } зареєстровано на обмін { $title } ({ $dates }). Доки місця не розіграно жеребкуванням, реєстрація перебуває у списку очікування.
       *[false] { $participant } — номер { $position } у списку очікування на обмін { $title } ({ $dates }).
    }
mail-waiting-list-not-confirmed = Це не підтвердження місця.
mail-waiting-list-next = { $lottery ->
        [true] { $dated ->
            [true] Місця буде розіграно жеребкуванням після закриття реєстрації ({ $date }), і після жеребкування ви дізнаєтеся результат.
           *[false] Місця буде розіграно жеребкуванням після закриття реєстрації, і після жеребкування ви дізнаєтеся результат.
        }
       *[false] Якщо місце звільниться, ми з вами зв’яжемося.
    }

## registration_ended: $reason — withdrawn, cancelled, offer_expired, exchange_rejected
## або consent_withdrawn

mail-registration-ended-subject = Реєстрацію { $participant } на обмін { $title } завершено
mail-registration-ended-ended = { $reason ->
        [withdrawn] Реєстрацію { $participant } на обмін { $title } ({ $dates }) відкликано відповідно до запиту.
        [cancelled] Реєстрацію { $participant } на обмін { $title } ({ $dates }) скасували керівники або координатор обміну.
        [offer_expired] Місце в обміні { $title } ({ $dates }), запропоноване { $participant }, не було прийнято вчасно. Його передано наступній особі зі списку очікування, а реєстрацію завершено.
        [exchange_rejected] Обмін { $title } ({ $dates }) було змінено після погодження, а зміну не погоджено. Тому обмін не відбудеться, і реєстрацію { $participant } завершено.
        [consent_withdrawn] Дозвіл на участь { $participant } у поїздці на обмін { $title } ({ $dates }) відкликано. Тому місце звільнено, а реєстрацію завершено.
       *[other] Реєстрацію { $participant } на обмін { $title } ({ $dates }) завершено.
    }
mail-registration-ended-comment = Коментар:
