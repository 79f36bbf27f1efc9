# Utbyte: قائمة التبادلات وصفحة التبادل.
# Reviewed by: (not yet reviewed by a native speaker)

# القائمة
exchange-list-title = التبادلات
exchange-list-state-label = عرض التبادلات التي حالتها
exchange-list-all-states = جميع الحالات
exchange-list-filter-button = عرض
exchange-list-empty = لا توجد تبادلات يمكنك الاطلاع عليها بعد.
exchange-list-empty-in-state = لا يوجد أي تبادل من تبادلاتك في هذه الحالة.
exchange-list-next = الصفحة التالية

# حالات سير العمل
exchange-state = الحالة
exchange-state-draft = مسودة
exchange-state-submitted = بانتظار الاعتماد
exchange-state-changes-requested = طُلبت تعديلات
exchange-state-approved = معتمَد
exchange-state-open-for-registration = التسجيل مفتوح
exchange-state-registration-closed = التسجيل مغلق
exchange-state-under-way = جارٍ
exchange-state-completed = مكتمل
exchange-state-rejected = مرفوض
exchange-state-cancelled = ملغى
exchange-state-reported = قُدِّم التقرير

# روابط إلى صفحات التبادل الأخرى
exchange-actions = ما يمكنك فعله
exchange-link-edit = تعديل
exchange-link-submit = إرسال للاعتماد
exchange-link-decide = اتخاذ القرار
exchange-link-registrations = التسجيلات
exchange-link-clone = استخدامه نموذجًا
exchange-link-cancel = إلغاء التبادل

# المعلومات الأساسية
exchange-basics = المعلومات الأساسية
exchange-sending = المنظمة المُرسِلة
exchange-partners = المنظمات الشريكة
exchange-no-partners = لا يوجد
exchange-direction = من يسافر
exchange-direction-we-visit = مجموعتنا تزور الشريك
exchange-direction-we-host = مجموعة الشريك تأتي إلينا
exchange-direction-both = كلاهما، الواحد تلو الآخر
exchange-destination = الوجهة
exchange-venue = المكان
exchange-dates = التواريخ
exchange-activity-days = أيام النشاط
exchange-registration-deadline = يُغلق التسجيل في

# المجموعة
exchange-group = المجموعة والمشرفون
exchange-participants = المشاركون الشباب
exchange-leaders = المشرفون
exchange-ages = الأعمار

# الأهداف والمحاور
exchange-objectives = أهداف التعلّم
exchange-themes = المحاور
exchange-theme-culture = الثقافة
exchange-theme-school = المدرسة
exchange-theme-sport = الرياضة
exchange-theme-environment-and-climate = البيئة والمناخ
exchange-theme-democracy-and-participation = الديمقراطية والمشاركة
exchange-theme-human-rights = حقوق الإنسان
exchange-theme-gender-equality = المساواة بين الجنسين
exchange-theme-inclusion = الإدماج
exchange-theme-digital-skills = المهارات الرقمية
exchange-theme-entrepreneurship = ريادة الأعمال
exchange-theme-health = الصحة
exchange-theme-history-and-heritage = التاريخ والتراث
exchange-theme-science = العلوم
exchange-theme-music = الموسيقى
exchange-theme-arts = الفنون
exchange-theme-media = الإعلام
exchange-nothing = (لا شيء)

# البرنامج
exchange-programme = البرنامج يومًا بيوم
exchange-day = اليوم { $day }

# الإقامة والتنقل
exchange-travel = الإقامة والتنقل والسلامة
exchange-accommodation = الإقامة
exchange-accommodation-host-families = عائلات مضيفة
exchange-accommodation-hostel = نُزُل
exchange-accommodation-hotel = فندق
exchange-accommodation-other = غير ذلك
exchange-transport = التنقل
exchange-green-travel = سفر صديق للبيئة
exchange-risk-level = مستوى المخاطر
exchange-risk-local-day-trip = رحلة يومية محلية
exchange-risk-overnight = مع مبيت
exchange-risk-abroad = في الخارج
exchange-risk-adventurous = أنشطة مغامرة
exchange-insurance = التأمين مؤكَّد
exchange-risk-assessment = تقييم المخاطر
exchange-consent-plan = خطة موافقة أولياء الأمور
exchange-yes = نعم
exchange-no = لا

# التكلفة
exchange-cost = التكلفة
exchange-cost-per-participant = التكلفة التقديرية لكل مشارك
exchange-budget = الميزانية

# الاعتماد
exchange-approval = الاعتماد
exchange-approval-none = لم يُرسَل التبادل للاعتماد.
exchange-step-round = الجولة
exchange-step-approver = صاحب قرار الاعتماد
exchange-step-decision = القرار
exchange-step-decided-by = صاحب القرار
exchange-step-comment = التعليق
exchange-step-due = الموعد النهائي
exchange-step-overdue = متأخر
exchange-role-principal = مدير المدرسة
exchange-role-coordinator = منسّق البلدية
exchange-decision-waiting = بانتظار خطوة سابقة
exchange-decision-pending = بانتظار القرار
exchange-decision-approved = معتمَد
exchange-decision-rejected = مرفوض
exchange-decision-changes-requested = طُلبت تعديلات
exchange-decision-withdrawn = مسحوب
exchange-nobody = (لا أحد)

# قائمة التحقق
exchange-checklist = قائمة التحقق قبل الاعتماد
exchange-check-met = مستوفى
exchange-check-blocks = يمنع الاعتماد
exchange-check-warns = تحذير
exchange-check-leader-ratio = عدد كافٍ من المشرفين للمجموعة
exchange-check-leader-ratio-failed = عدد المشرفين قليل جدًا بالنسبة إلى عدد الشباب: أضف مشرفين أو صغّر المجموعة.
exchange-check-insurance = التأمين
exchange-check-insurance-failed = لم يُؤكَّد التأمين بعد.
exchange-check-risk-assessment = تقييم مكتوب للمخاطر
exchange-check-risk-assessment-failed = التقييم المكتوب للمخاطر غير موجود أو قصير جدًا.
exchange-check-budget = الميزانية
exchange-check-budget-failed = لم تُحدَّد ميزانية.
exchange-check-consent-plan = خطة موافقة أولياء الأمور
exchange-check-consent-plan-failed = خطة الحصول على موافقة أولياء الأمور غير موجودة أو قصيرة جدًا.
exchange-check-registration-deadline = الموعد النهائي للتسجيل
exchange-check-registration-deadline-failed = يجب أن يُغلق التسجيل قبل البداية بـ 14 يومًا على الأقل.
exchange-check-green-travel = سفر صديق للبيئة
exchange-check-green-travel-failed = لم يُختر السفر الصديق للبيئة.
exchange-check-funding-eligibility = قواعد التمويل
exchange-check-funding-eligibility-failed = يخالف التبادل قاعدة من قواعد برنامج يطلب التمويل منه: انظر الأهلية أدناه.

# التغييرات بعد الاعتماد
exchange-changes = التغييرات بعد الاعتماد
exchange-changes-none = لم يُغيَّر شيء بعد الاعتماد.
exchange-change-field = ماذا
exchange-change-before = قبل
exchange-change-after = بعد
exchange-change-who = أجرى التغيير
exchange-change-when = متى
exchange-field-start-date = اليوم الأول
exchange-field-end-date = اليوم الأخير
exchange-field-destination-town-id = الوجهة
exchange-field-venue = المكان
exchange-field-accommodation = الإقامة
exchange-field-programme = البرنامج
exchange-field-activity-days = أيام النشاط
exchange-field-adventurous-activities = أنشطة مغامرة
exchange-field-participants = المشاركون الشباب
exchange-field-leaders = المشرفون
exchange-field-insurance-confirmed = التأمين مؤكَّد
exchange-field-risk-assessment = تقييم المخاطر
exchange-field-consent-plan = خطة موافقة أولياء الأمور

# السجل
exchange-history = السجل
exchange-event-exchange-drafted = أُنشئت المسودة
exchange-event-exchange-updated = عُدِّل
exchange-event-exchange-submitted = أُرسل للاعتماد
exchange-event-exchange-step-approved = اعتُمدت خطوة من خطوات الاعتماد
exchange-event-exchange-approved = اعتُمد
exchange-event-exchange-changes-requested = طُلبت تعديلات
exchange-event-exchange-rejected = رُفض
exchange-event-exchange-changed = غُيِّر بعد الاعتماد
exchange-event-exchange-sent-back-to-review = أُعيد للمراجعة
exchange-event-exchange-cloned = أُنشئ من تبادل آخر
exchange-event-exchange-cancelled = أُلغي
exchange-event-exchange-registration-opened = فُتح التسجيل
exchange-event-exchange-registration-closed = أُغلق التسجيل
exchange-event-exchange-places-set = حُدِّدت المقاعد
exchange-event-exchange-started = بدأ
exchange-event-exchange-completed = اكتمل
exchange-event-exchange-reported = قُدِّم التقرير

# التمويل
exchange-funding = تقدير التمويل
exchange-funding-action = إجراء البرنامج
exchange-funding-year = سنة الدعوة
exchange-funding-show = عرض التقدير
exchange-funding-call-year = سنة الدعوة { $year }
exchange-action-KA122-SCH = التنقل المدرسي قصير الأمد في Erasmus+ (KA122-SCH)
exchange-action-KA152-YOU = تبادل الشباب في Erasmus+ (KA152-YOU)
exchange-action-KA121-SCH = التنقل المدرسي المعتمَد في Erasmus+ (KA121-SCH)
exchange-action-NPJ-CLASS = تبادل الصفوف في Nordplus Junior
exchange-funding-basis-planned = تقدير مبني على الأعداد المخطط لها.
exchange-funding-basis-confirmed-participants = تقدير مبني على الشباب الذين تأكدت مقاعدهم.
exchange-funding-line = البند
exchange-funding-formula = طريقة الحساب
exchange-funding-rate = الصف في جدول المعدلات
exchange-funding-amount = المبلغ
exchange-funding-total = المجموع
exchange-funding-real-cost = التكلفة الفعلية
exchange-funding-missing = معدلات غير موجودة في الجدول
exchange-funding-no-estimate = لا يوجد تقدير: لا يتضمن جدول المعدلات أي معدلات لهذا الإجراء وسنة الدعوة هذه.
exchange-funding-category-travel = السفر
exchange-funding-category-organisational-support = الدعم التنظيمي
exchange-funding-category-individual-support = الدعم الفردي
exchange-funding-category-inclusion-support = دعم الإدماج
exchange-funding-category-exceptional-costs = التكاليف الاستثنائية
exchange-funding-category-lump-sum = المبلغ المقطوع

# الأهلية
exchange-eligibility = الأهلية
exchange-eligible = يستوفي التبادل قواعد هذا الإجراء.
exchange-not-eligible = لا يستوفي التبادل قواعد هذا الإجراء:
exchange-eligibility-no-rate-table = لا توجد معدلات لهذا الإجراء وسنة الدعوة هذه بعد.
exchange-eligibility-no-country-list = لا توجد بعد قائمة بالدول المؤهلة لسنة الدعوة هذه.
exchange-eligibility-ineligible-country = إحدى الدول المشاركة غير مؤهلة لهذا الإجراء.
exchange-eligibility-countries = عدد الدول المشاركة قليل جدًا.
exchange-eligibility-duration = عدد أيام النشاط خارج الحدود التي يسمح بها الإجراء.
exchange-eligibility-project-duration = مدة المشروع خارج الحدود التي يسمح بها الإجراء.
exchange-eligibility-participant-age = أعمار المشاركين خارج الحدود التي يسمح بها الإجراء.
exchange-eligibility-leader-age = أحد المشرفين صغير السن جدًا.
exchange-eligibility-leaders-per-group = لدى إحدى المجموعات عدد قليل جدًا من المشرفين.
exchange-eligibility-participants-per-group = لدى إحدى المجموعات عدد قليل جدًا أو كبير جدًا من المشاركين.
exchange-eligibility-group-size = المجموعة صغيرة جدًا أو كبيرة جدًا.
exchange-eligibility-accompanying-persons = عدد المرافقين كبير جدًا.
exchange-eligibility-participants-limit = عدد المشاركين أكبر مما يسمح به الإجراء.
exchange-eligibility-lump-sum = المبلغ المقطوع ليس من المبالغ التي تعرضها الدعوة.
exchange-eligibility-participants-per-country = لدى إحدى الدول عدد قليل جدًا أو كبير جدًا من المشاركين.
exchange-eligibility-teacher-ratio = عدد المعلمين قليل جدًا بالنسبة إلى عدد التلاميذ.

## Exchange history: attachments, the lottery and the roster
exchange-event-exchange-attachment-added = أُضيف مرفق
exchange-event-exchange-attachment-removed = أُزيل مرفق
exchange-event-exchange-attachment-downloaded = نُزِّل مرفق
exchange-event-lottery-drawn = أُجريت القرعة
exchange-event-roster-exported = قُرئت قائمة المشاركين أو صُدِّرت
