# Utbyte: إدارة الرحلة (التسجيلات، وقائمة المشاركين، والمعلومات الطبية، والانتقال إلى المرحلة التالية، والتقرير).
# Reviewed by: (not yet reviewed by a native speaker)

trip-registrations-title = التسجيلات: { $title }
trip-exchange-state = حالة التبادل:
trip-exchange-draft = مسودة
trip-exchange-submitted = مُرسَل
trip-exchange-changes-requested = طُلبت تعديلات
trip-exchange-approved = معتمَد
trip-exchange-open-for-registration = التسجيل مفتوح
trip-exchange-registration-closed = التسجيل مغلق
trip-exchange-under-way = جارٍ
trip-exchange-completed = مكتمل
trip-exchange-rejected = مرفوض
trip-exchange-cancelled = ملغى
trip-exchange-reported = قُدِّم التقرير
trip-roster-link = قائمة المشاركين
trip-report-link = التقرير بعد الرحلة
trip-back-to-registrations = العودة إلى التسجيلات

trip-places-saved = تم حفظ المقاعد.
trip-registration-cancelled = تم إلغاء التسجيل.
trip-consent-link-sent = رابط جديد للموافقة في الطريق. لم يعد الرابط القديم يعمل.
trip-membership-confirmed = تم تأكيد العضوية.
trip-lottery-drawn = تم إجراء القرعة.
trip-advanced = انتقل التبادل إلى المرحلة التالية.

trip-places-title = المقاعد والتسجيل
trip-places-taken = { $taken ->
    [zero] { $taken } مقعد مشغول
    [one] { $taken } مقعد مشغول
    [two] { $taken } مقعدان مشغولان
    [few] { $taken } مقاعد مشغولة
    [many] { $taken } مقعدًا مشغولًا
   *[other] { $taken } مقعد مشغول
}
trip-places-capacity = من أصل { $capacity }.
trip-capacity-label = عدد المقاعد
trip-capacity-hint = بين 1 و500، ولا يقل عن عدد المقاعد المشغولة حاليًا.
trip-consent-rule-label = موافقة من تؤكد المقعد
trip-one-guardian = وليّ أمر واحد
trip-every-guardian = جميع أولياء الأمور
trip-selection-label = كيف تُوزَّع المقاعد
trip-first-come = الأسبقية لمن يسجّل أولًا
trip-lottery = قرعة بعد انتهاء موعد التسجيل
trip-membership-label = من يحق له التسجيل
trip-members = أعضاء المدرسة المُرسِلة والمدارس الشريكة
trip-open = الجميع
trip-places-button = حفظ المقاعد
problem-below-places-taken = عدد المقاعد المشغولة حاليًا أكبر من ذلك.
problem-registrations-exist = لا يمكن تغيير هذا بعد أن سجّل أشخاص.

trip-lottery-heading = القرعة
trip-lottery-seed = بذرة السحب
trip-lottery-drawn-at = وقت السحب
trip-lottery-not-drawn = لم تُجرَ القرعة بعد.
trip-lottery-draw-link = إجراء القرعة…
trip-lottery-title = إجراء القرعة: { $title }
trip-lottery-waiting = { $count ->
    [zero] { $count } شخص ينتظرون مقعدًا.
    [one] { $count } شخص ينتظر مقعدًا.
    [two] { $count } شخصان ينتظران مقعدًا.
    [few] { $count } أشخاص ينتظرون مقعدًا.
    [many] { $count } شخصًا ينتظرون مقعدًا.
   *[other] { $count } شخص ينتظرون مقعدًا.
}
trip-lottery-free = { $count ->
    [zero] { $count } مقعد شاغر.
    [one] { $count } مقعد شاغر.
    [two] { $count } مقعدان شاغران.
    [few] { $count } مقاعد شاغرة.
    [many] { $count } مقعدًا شاغرًا.
   *[other] { $count } مقعد شاغر.
}
trip-lottery-final = لا يمكن التراجع عن القرعة. يُبلَّغ الجميع بالنتيجة عبر البريد الإلكتروني.
trip-lottery-draw-button = إجراء القرعة الآن

trip-registrations-heading = التسجيلات
trip-no-registrations = لم يسجّل أحد بعد.
trip-registration-state = الحالة
trip-state-pending-consent = المقعد محجوز، بانتظار الموافقة
trip-state-confirmed = مؤكَّد
trip-state-waiting-list = على قائمة الانتظار
trip-state-offered = عُرض مقعد
trip-state-withdrawn = تم الانسحاب
trip-state-cancelled = ملغى
trip-waiting-position = الترتيب في قائمة الانتظار
trip-offer-expires = العرض قائم حتى
trip-lottery-rank = الرقم في القرعة
trip-outcome-reason = السبب
trip-consent = الموافقة
trip-consent-not-needed = غير مطلوبة: العمر 18 عامًا أو أكثر عند السفر
trip-consent-met = أُعطيت كما تقتضي القاعدة
trip-consent-awaited-one = بانتظار وليّ أمر واحد
trip-consent-awaited-every = بانتظار جميع أولياء الأمور
trip-membership = العضوية
trip-membership-confirmed-yes = أكّدتها المدرسة
trip-membership-unconfirmed = غير مؤكَّدة
trip-guardians = أولياء الأمور
trip-guardian-awaited = لا رد بعد
trip-guardian-given = أُعطيت الموافقة
trip-guardian-withdrawn = سُحبت الموافقة
trip-guardian-invalidated = بطلت الموافقة بعد تغيير
trip-resend-consent = إرسال رابط موافقة جديد إلى { $name }
trip-medical-link = المعلومات الطبية الخاصة بـ { $name }
trip-confirm-membership = تأكيد أن { $name } عضو
trip-cancel-reason = سبب إلغاء تسجيل { $name }
trip-cancel-button = إلغاء التسجيل

trip-advance-title = نقل التبادل إلى المرحلة التالية
trip-early-reason-label = سبب القيام بذلك مبكرًا
trip-early-reason-hint = لا يحق إلا للمنسّق أن يبدأ تبادلًا أو يُنهيه قبل تواريخه، مع ذكر سبب مكتوب (10 أحرف على الأقل).
trip-too-early = ليس بعد: قبل التواريخ لا يحق ذلك إلا للمنسّق، مع ذكر سبب مكتوب.
trip-step-open-registration = فتح التسجيل
trip-step-close-registration = إغلاق التسجيل
trip-step-start = بدء الرحلة
trip-step-complete = إنهاء الرحلة

trip-roster-title = قائمة المشاركين: { $title }
trip-roster-download = تنزيل قائمة المشاركين (CSV)
trip-roster-audited = تُسجَّل كل قراءة لقائمة المشاركين.
trip-roster-empty = لا أحد لديه مقعد بعد.
trip-roster-caption = { $count ->
    [zero] { $count } مشارك لديهم مقعد
    [one] { $count } مشارك لديه مقعد
    [two] { $count } مشاركان لديهما مقعد
    [few] { $count } مشاركين لديهم مقعد
    [many] { $count } مشاركًا لديهم مقعد
   *[other] { $count } مشارك لديهم مقعد
}
trip-roster-participant = المشارك
trip-roster-born = تاريخ الميلاد
trip-emergency-contacts = جهات الاتصال في حالات الطوارئ
trip-allergies = الحساسية
trip-medication = الأدوية
trip-dietary-needs = الاحتياجات الغذائية
trip-medical-notes = ملاحظات طبية

trip-medical-title = المعلومات الطبية: { $title }
trip-medical-audited = تُسجَّل كل قراءة للمعلومات الطبية.
trip-medical-none = لم يقدّم أي وليّ أمر معلومات طبية بعد.
trip-medical-participant = المشارك: { $name }
trip-medical-updated = آخر تقديم
trip-medical-statements = قدّمها
trip-medical-given-by = { $name }
trip-medical-given-by-unknown = وليّ أمر لم يعد مسجَّلًا

trip-report-title = التقرير بعد الرحلة: { $title }
trip-report-what-happened = ما الذي حدث
trip-report-outcomes = النتائج
trip-report-outcomes-hint = مقارنةً بأهداف التعلّم الخاصة بالتبادل.
trip-report-feedback = ما قاله المشاركون
trip-report-cost = التكلفة الفعلية باليورو
trip-report-cost-hint = مثلًا 12500 أو 12500.50.
trip-report-button = تقديم التقرير
trip-report-filed = تم تقديم التقرير.
trip-report-already = سبق تقديم التقرير.
trip-report-not-yet = يمكن تقديم التقرير بعد اكتمال التبادل.
