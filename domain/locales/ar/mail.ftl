# Utbyte: رسائل البريد الإلكتروني، قسم لكل رسالة (مجلدها تحت templates/mail/).
# Reviewed by: (not yet reviewed by a native speaker)
#
# نص عادي فقط: القوالب تضيف الفقرات والروابط والتوكيد. الجملة التي فيها رابط تذكر كلمات
# الرابط، كما تظهر في الجملة تمامًا، في `.link`.
# بدائل نعم/لا تُختار بـ [true] و[false].

mail-footer = Utbyte – تبادلات دولية للشباب والمدارس
mail-greeting = مرحبًا { $name }،
mail-greeting-anonymous = مرحبًا،

## organiser
mail-organiser = ترسل إليك هذه الرسالة { $organisation } في { $municipality } عبر Utbyte، خدمة البلدية للتبادلات الدولية.
mail-organiser-contact = إذا كانت لديك أسئلة عن الرحلة، فاكتب إلى { $teacher }، { $email }.
mail-organiser-no-contact = إذا كانت لديك أسئلة عن الرحلة، فيُرجى التواصل مع { $organisation }.

## invitation

mail-invitation-subject = دعوة للانضمام إلى Utbyte
mail-invitation-invited = وصلتك دعوة من { $inviter } للانضمام إلى Utbyte بصفة { $role }.
mail-invitation-activate = اختر كلمة مرور وفعّل حسابك. الرابط صالح لمدة { $valid_for } ولا يمكن استخدامه إلا مرة واحدة.
    .link = اختر كلمة مرور وفعّل حسابك
mail-invitation-activate-here = اختر كلمة مرور وفعّل حسابك من هنا (الرابط صالح لمدة { $valid_for } ولا يمكن استخدامه إلا مرة واحدة):
mail-invitation-ignore = إذا لم تكن تتوقع هذه الدعوة، فيمكنك تجاهل هذه الرسالة.

## invitation_reminder

mail-invitation-reminder-subject = تذكير: دعوتك إلى Utbyte بانتظارك
mail-invitation-reminder-not-activated = وصلتك دعوة للانضمام إلى Utbyte، لكنك لم تفعّل حسابك بعد.
mail-invitation-reminder-activate = فعّل حسابك. الرابط صالح لمدة { $valid_for } ولا يمكن استخدامه إلا مرة واحدة؛ أما الرابط السابق فلم يعد يعمل.
    .link = فعّل حسابك
mail-invitation-reminder-new-link = هذا رابط جديد (صالح لمدة { $valid_for } ولا يمكن استخدامه إلا مرة واحدة؛ أما الرابط السابق فلم يعد يعمل):
mail-invitation-reminder-ignore = إذا كنت لا تريد حسابًا، فيمكنك تجاهل هذه الرسالة.

## verify_email

mail-verify-email-subject = أكّد عنوان بريدك الإلكتروني
mail-verify-email-confirm = أكّد أن هذا العنوان يخصك. الرابط صالح لمدة { $valid_for }.
    .link = أكّد أن هذا العنوان يخصك
mail-verify-email-confirm-here = أكّد أن هذا العنوان يخصك بفتح الرابط (صالح لمدة { $valid_for }):
mail-verify-email-ignore = إذا لم تُنشئ حسابًا في Utbyte، فيمكنك تجاهل هذه الرسالة.

## password_reset

mail-password-reset-subject = أعد تعيين كلمة المرور
mail-password-reset-asked = طلب أحدهم (ونأمل أن تكون أنت) إعادة تعيين كلمة المرور لحسابك في Utbyte.
mail-password-reset-choose = اختر كلمة مرور جديدة. الرابط صالح لمدة { $valid_for } ولا يمكن استخدامه إلا مرة واحدة.
    .link = اختر كلمة مرور جديدة
mail-password-reset-choose-here = اختر كلمة مرور جديدة من هنا (الرابط صالح لمدة { $valid_for } ولا يمكن استخدامه إلا مرة واحدة):
mail-password-reset-not-you = إذا لم تكن أنت من طلب ذلك، فلا حاجة إلى فعل أي شيء: كلمة المرور لم تتغير.

## password_changed

mail-password-changed-subject = تم تغيير كلمة المرور
mail-password-changed-changed = تم للتو تغيير كلمة المرور لحسابك في Utbyte، وسُجِّل خروجك من أجهزتك الأخرى.
mail-password-changed-not-you = إذا لم تكن أنت من فعل ذلك: أعد تعيين كلمة المرور وتواصل مع منسّقك.
    .link = أعد تعيين كلمة المرور
mail-password-changed-not-you-at = إذا لم تكن أنت من فعل ذلك: أعد تعيين كلمة المرور عبر { $link } وتواصل مع منسّقك.

## account_exists

mail-account-exists-subject = لديك حساب في Utbyte بالفعل
mail-account-exists-tried = حاول أحدهم إنشاء حساب جديد في Utbyte بعنوان البريد الإلكتروني هذا، لكن يوجد حساب به بالفعل.
mail-account-exists-reset = إذا كنت أنت، فسجّل الدخول، أو اختر كلمة مرور جديدة.
    .link = اختر كلمة مرور جديدة
mail-account-exists-reset-at = إذا كنت أنت، فسجّل الدخول، أو اختر كلمة مرور جديدة عبر { $link }.
mail-account-exists-ignore = إذا لم تكن أنت، فيمكنك تجاهل هذه الرسالة.

## exchange_submitted

mail-exchange-submitted-subject = تبادل بانتظار اعتمادك: { $title }
mail-exchange-submitted-asks = وصلك طلب من { $teacher } في { $organisation } لاعتماد التبادل { $title } ({ $dates }، { $destination }، { $risk }).
mail-exchange-submitted-decide = يُرجى اتخاذ القرار في موعد أقصاه { $due }.
    .link = اتخاذ القرار
mail-exchange-submitted-decide-here = يُرجى اتخاذ القرار في موعد أقصاه { $due }، من هنا:

## exchange_decided: قيمة $decision هي approved أو changes_requested أو rejected أو step_approved

mail-exchange-decided-subject = { $decision ->
        [approved] تم اعتماد تبادلك { $title }
        [changes_requested] طُلبت تعديلات على تبادلك { $title }
        [rejected] لم يُعتمد تبادلك { $title }
        [step_approved] { $title }: اعتُمدت خطوة واحدة
       *[other] قرار جديد بشأن تبادلك { $title }
    }
mail-exchange-decided-decision = { $decision ->
        [approved] تم اعتماد تبادلك { $title } من قِبل { $approver }.
        [changes_requested] تمت مراجعة التبادل { $title } من قِبل { $approver }، وطُلبت تعديلات عليه قبل أن يمكن اعتماده.
        [rejected] لم يُعتمد تبادلك { $title }. صدر القرار عن { $approver }.
        [step_approved] اعتُمدت خطوة واحدة من خطوات اعتماد التبادل { $title } من قِبل { $approver }. والتبادل الآن بانتظار صاحب قرار الاعتماد التالي.
       *[other] صدر قرار بشأن التبادل { $title } عن { $approver }.
    }
mail-exchange-decided-comment = تعليق من { $approver }:
mail-exchange-decided-open = افتح التبادل
mail-exchange-decided-open-here = افتح التبادل:

## exchange_cancelled

mail-exchange-cancelled-subject = أُلغي التبادل { $title }
mail-exchange-cancelled-cancelled = أُلغي التبادل { $title } ({ $dates }) من قِبل { $cancelled_by }.
mail-exchange-cancelled-reason = السبب: { $reason }

## approval_reminder: قيمة $substitute هي true إذا لم يتخذ صاحب قرار الاعتماد قراره في الوقت المحدد

mail-approval-reminder-subject = { $substitute ->
        [true] بصفتك بديلًا: { $title } بانتظار قرار
       *[false] تذكير: { $title } بانتظار قرارك
    }
mail-approval-reminder-waiting = { $substitute ->
        [true] ما زال التبادل { $title } من { $organisation } بانتظار قرار منذ { $due }. لم يتخذ صاحب قرار الاعتماد قراره، لذا يُطلب منك اتخاذ القرار بصفتك بديلًا.
       *[false] ما زال التبادل { $title } من { $organisation } بانتظار قرارك منذ { $due }.
    }
mail-approval-reminder-decide = اتخذ القرار
mail-approval-reminder-decide-here = يُرجى اتخاذ القرار من هنا:

## funding_deadline

mail-funding-deadline-subject = طلب التمويل { $title }: يتبقى { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومان
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } على الموعد النهائي
mail-funding-deadline-due = يجب تقديم طلب التمويل { $title } ({ $action }، { $applicant }) في موعد أقصاه { $deadline }، أي بعد { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }. وحالته الآن: { $status }.

## consent_request: قيمة $changed هي true إذا تغيّر التبادل منذ موافقة سابقة

mail-consent-request-subject = { $changed ->
        [true] تغيّر التبادل { $title } – يلزم إعطاء موافقة جديدة
       *[false] مطلوب موافقتك على مشاركة { $participant } في { $title }
    }
mail-consent-request-needed = { $changed ->
        [true] تغيّر التبادل { $title } ({ $dates }، { $destination }) منذ أن أُعطيت الموافقة على مشاركة { $participant }. لذلك لم تعد الموافقة السابقة سارية، ونحتاج منك إلى موافقة جديدة.
       *[false] نحتاج إلى موافقتك بصفتك وليّ أمر على مشاركة { $participant } في التبادل { $title } ({ $dates }، { $destination }).
    }
mail-consent-request-changes = ما الذي تغيّر:
# تغيير واحد: ما الذي تغيّر، وما كان عليه، وما أصبح عليه الآن.
mail-consent-request-change = { $what }: كان { $before }، وأصبح { $after }
mail-consent-request-form = يفتح الرابط أدناه صفحة فيها معلومات عن الرحلة واستمارة. في الاستمارة تعطي موافقتك، وتملأ المعلومات الطبية وبيانات من يجب الاتصال به في حالات الطوارئ، وتحدد ما إذا كان يُسمح بتصوير { $participant }.
mail-consent-request-open = افتح الصفحة الخاصة بالرحلة. الرابط صالح حتى { $until }.
    .link = افتح الصفحة الخاصة بالرحلة
mail-consent-request-open-here = افتح الصفحة من هنا (الرابط صالح حتى { $until }):
mail-consent-request-personal = الرابط شخصي ولا يمكن استخدامه إلا مرة واحدة. يُرجى عدم إعادة توجيه هذه الرسالة أو الرابط إلى أي شخص آخر.

## consent_received: قيمة $status هي confirmed أو awaiting_approval (التبادل الذي تغيّر بانتظار
## اعتماده) أو awaiting_guardian (بانتظار موافقة وليّ أمر آخر)

mail-consent-received-subject = شكرًا على موافقتك – { $title }
mail-consent-received-thanks = شكرًا لك! تلقّينا موافقتك على مشاركة { $participant } في التبادل { $title } ({ $dates }).
mail-consent-received-status = { $status ->
        [confirmed] أصبح التسجيل الآن مؤكَّدًا، ولدى { $participant } مقعد في الرحلة.
        [awaiting_approval] تغيّر التبادل وهو بانتظار اعتماده من جديد. المقعد غير مؤكَّد بعد: يُؤكَّد بعد اعتماد التغيير ووصول جميع الموافقات المطلوبة. وستصلك حينها رسالة بالبريد الإلكتروني.
       *[awaiting_guardian] التسجيل الآن بانتظار موافقة وليّ الأمر الآخر. وبعد وصولها يمكن تأكيد التسجيل.
    }
mail-consent-received-withdraw = يمكنك سحب موافقتك حتى موعد السفر ({ $departure }).
    .link = سحب موافقتك
mail-consent-received-withdraw-here = يمكنك سحب موافقتك حتى موعد السفر ({ $departure }) من هنا:
mail-consent-received-personal = الرابط شخصي. يُرجى عدم إعادة توجيه هذه الرسالة أو الرابط إلى أي شخص آخر.

## ما الذي تغيّر في تبادل، في طلب الموافقة وفي صفحة الموافقة

consent-change-start-date = اليوم الأول
consent-change-end-date = اليوم الأخير
consent-change-destination-town-id = الوجهة
consent-change-venue = المكان
consent-change-accommodation = الإقامة
consent-change-programme = البرنامج
consent-change-activity-days = أيام النشاط
consent-change-adventurous-activities = أنشطة مغامرة
consent-change-participants = عدد المشاركين الشباب
consent-change-leaders = عدد المشرفين
consent-change-insurance-confirmed = التأمين
consent-change-risk-assessment = تقييم المخاطر
consent-change-consent-plan = خطة موافقة أولياء الأمور
# يوم واحد من البرنامج: رقمه وما الذي يحدث فيه.
consent-change-programme-day = اليوم { $day }: { $text }
consent-change-yes = نعم
consent-change-no = لا

## registration_confirmed

mail-registration-confirmed-subject = لدى { $participant } مقعد مؤكَّد في { $title }
mail-registration-confirmed-confirmed = أصبح لدى { $participant } الآن مقعد مؤكَّد في التبادل { $title } ({ $dates }، { $destination }).

## place_offered: قيمة $by_consent هي true إذا كان إعطاء الموافقة يعني قبول المقعد

mail-place-offered-subject = أصبح هناك مقعد شاغر في { $title } – اقبله في موعد أقصاه { $expires }
mail-place-offered-offered = أصبح هناك مقعد شاغر في التبادل { $title } ({ $dates })، وهو معروض الآن على { $participant }.
mail-place-offered-deadline = المقعد معروض فقط حتى الآن. عليك قبوله في موعد أقصاه { $expires }، وإلا فسينتقل المقعد إلى الشخص التالي على قائمة الانتظار.
mail-place-offered-accept = { $by_consent ->
        [true] تقبل المقعد عن طريق إعطاء موافقتك.
       *[false] افتح التبادل واقبل المقعد.
    }
    .link = { $by_consent ->
        [true] إعطاء موافقتك
       *[false] افتح التبادل واقبل المقعد
    }
mail-place-offered-accept-here = { $by_consent ->
        [true] تقبل المقعد عن طريق إعطاء موافقتك من هنا:
       *[false] اقبل المقعد من هنا:
    }

## waiting_list: قيمة $lottery هي true ما دامت القرعة على المقاعد لم تُجرَ بعد (ولا يوجد
## $position حينها)؛ وقيمة $dated هي true إذا كان تاريخ القرعة $date معروفًا

mail-waiting-list-subject = { $lottery ->
        [true] { $participant } بانتظار القرعة على المقاعد في { $title }
       *[false] { $participant } على قائمة انتظار { $title }
    }
mail-waiting-list-listed = { $lottery ->
        [true] تم تسجيل { $participant } في التبادل { $title } ({ $dates })، والتسجيل على قائمة الانتظار إلى أن تُجرى القرعة على المقاعد.
       *[false] ترتيب { $participant } على قائمة انتظار التبادل { $title } ({ $dates }) هو { $position }.
    }
mail-waiting-list-not-confirmed = هذه الرسالة ليست تأكيدًا لمقعد.
mail-waiting-list-next = { $lottery ->
        [true] { $dated ->
            [true] تُجرى القرعة على المقاعد عند إغلاق التسجيل ({ $date })، وستصلك النتيجة بعد القرعة.
           *[false] تُجرى القرعة على المقاعد عند إغلاق التسجيل، وستصلك النتيجة بعد القرعة.
        }
       *[false] إذا شغر مقعد، فسنتواصل معك.
    }

## registration_ended: قيمة $reason هي withdrawn أو cancelled أو offer_expired أو exchange_rejected
## أو consent_withdrawn

mail-registration-ended-subject = انتهى تسجيل { $participant } في { $title }
mail-registration-ended-ended = { $reason ->
        [withdrawn] سُحب تسجيل { $participant } في التبادل { $title } ({ $dates })، بناءً على الطلب.
        [cancelled] أُلغي تسجيل { $participant } في التبادل { $title } ({ $dates }) من قِبل المشرفين على التبادل أو المنسّق.
        [offer_expired] لم يُقبل المقعد الذي عُرض على { $participant } في التبادل { $title } ({ $dates }) في الوقت المحدد. وقد انتقل المقعد إلى الشخص التالي على قائمة الانتظار، وانتهى التسجيل.
        [exchange_rejected] تغيّر التبادل { $title } ({ $dates }) بعد اعتماده، ولم يُعتمد هذا التغيير. لذلك لن يُقام التبادل، وانتهى تسجيل { $participant }.
        [consent_withdrawn] سُحب الإذن بسفر { $participant } في التبادل { $title } ({ $dates }). لذلك أُخلي المقعد، وانتهى التسجيل.
       *[other] انتهى تسجيل { $participant } في التبادل { $title } ({ $dates }).
    }
mail-registration-ended-comment = تعليق:
