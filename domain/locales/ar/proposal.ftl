# Utbyte: استمارة مقترح المعلّم (الإنشاء والتعديل والنسخ والإرسال والإلغاء).
# Reviewed by: (not yet reviewed by a native speaker)

proposal-new-title = مقترح تبادل جديد
proposal-edit-title = تعديل المقترح
proposal-clone-title = نسخ التبادل بتواريخ جديدة
proposal-cancel-title = إلغاء التبادل
proposal-refused-title = لا يمكن إرسال المقترح بعد
proposal-cloned = أُنشئت نسخة كمسودة جديدة. تحقّق من التواريخ ومن المعلومات التي لم تُنسخ.
proposal-choose = اختر…

proposal-readiness-title = قبل الإرسال
proposal-checklist-passes = جميع بنود قائمة التحقق مستوفاة.
proposal-checklist-failing = هذه البنود في قائمة التحقق غير مستوفاة بعد:
proposal-estimate-label = تقدير التمويل
proposal-estimate-missing = معدلات غير موجودة في التقدير:
proposal-estimate-unavailable = لا يمكن تقدير التمويل بعد: لا توجد معدلات لذلك.
proposal-submit-button = إرسال للاعتماد
proposal-clone-link = نسخ بتواريخ جديدة
proposal-cancel-link = إلغاء التبادل

proposal-basics-title = المعلومات الأساسية
proposal-sending-organisation-label = المنظمة المُرسِلة
proposal-title-label = العنوان باللغة: { $language }
proposal-description-label = الوصف باللغة: { $language }
proposal-direction-label = من يسافر؟
proposal-direction-we_visit = مجموعتنا تزور الشريك
proposal-direction-we_host = مجموعة الشريك تزورنا
proposal-direction-both = كلاهما، الواحد تلو الآخر

proposal-partners-title = الشركاء
proposal-partner-search-label = ابحث عن شريك في الدليل
proposal-partner-search-hint = جزء من اسم المنظمة. ضع علامة على الشركاء الذين تريدهم، ثم احفظ.
proposal-partner-search-button = البحث عن شركاء
proposal-partner-none-found = لم تطابق أي منظمة البحث.
proposal-partners-label = المنظمات الشريكة

proposal-destination-title = الوجهة والمكان
proposal-destination-town-label = مدينة الوجهة
proposal-venue-label = المكان

proposal-dates-title = التواريخ
proposal-start-date-label = اليوم الأول
proposal-end-date-label = اليوم الأخير
proposal-activity-days-label = أيام النشاط
proposal-registration-deadline-label = الموعد النهائي للتسجيل (اختياري)

proposal-group-title = المجموعة والمشرفون
proposal-participants-label = المشاركون الشباب
proposal-leaders-label = المشرفون
proposal-age-min-label = أصغر عمر
proposal-age-max-label = أكبر عمر

proposal-objectives-title = الأهداف والمحاور
proposal-learning-objectives-label = أهداف التعلّم
proposal-themes-label = المحاور

proposal-programme-title = البرنامج يومًا بيوم
proposal-programme-row = بند البرنامج { $row }
proposal-programme-day-label = رقم اليوم
proposal-programme-text-label = ما الذي يحدث
proposal-programme-remove = إزالة البند { $row }
proposal-programme-add = إضافة يوم

proposal-travel-title = الإقامة والتنقل
proposal-accommodation-label = الإقامة
proposal-accommodation-host_families = عائلات مضيفة
proposal-accommodation-hostel = نُزُل
proposal-accommodation-hotel = فندق
proposal-accommodation-other = غير ذلك
proposal-transport-label = التنقل
proposal-green-travel-label = سفر صديق للبيئة (قطار، حافلة، سيارة مشتركة)

proposal-cost-title = التكلفة
proposal-cost-label = التكلفة لكل مشارك
proposal-cost-currency-label = العملة
proposal-currency-sek = كرونة سويدية (SEK)
proposal-currency-eur = يورو (EUR)
proposal-currency-nok = كرونة نرويجية (NOK)
proposal-currency-dkk = كرونة دنماركية (DKK)
proposal-currency-pln = زلوتي بولندي (PLN)
proposal-currency-isk = كرونة آيسلندية (ISK)
proposal-currency-gbp = جنيه إسترليني (GBP)
proposal-currency-chf = فرنك سويسري (CHF)
proposal-budget-label = الميزانية الإجمالية باليورو (اختياري)

proposal-facts-title = معلومات قائمة التحقق
proposal-insurance-label = تأمين السفر مؤكَّد
proposal-adventurous-label = يتضمن البرنامج أنشطة مغامرة
proposal-risk-assessment-label = تقييم المخاطر
proposal-consent-plan-label = كيف يعطي أولياء الأمور موافقتهم

proposal-save-button = حفظ المسودة

proposal-theme-culture = الثقافة
proposal-theme-school = المدرسة
proposal-theme-sport = الرياضة
proposal-theme-environment_and_climate = البيئة والمناخ
proposal-theme-democracy_and_participation = الديمقراطية والمشاركة
proposal-theme-human_rights = حقوق الإنسان
proposal-theme-gender_equality = المساواة بين الجنسين
proposal-theme-inclusion = الإدماج
proposal-theme-digital_skills = المهارات الرقمية
proposal-theme-entrepreneurship = ريادة الأعمال
proposal-theme-health = الصحة
proposal-theme-history_and_heritage = التاريخ والتراث
proposal-theme-science = العلوم
proposal-theme-music = الموسيقى
proposal-theme-arts = الفنون
proposal-theme-media = الإعلام

proposal-check-leader_ratio = عدد كافٍ من المشرفين للمجموعة
proposal-check-insurance = تأمين السفر مؤكَّد
proposal-check-risk_assessment = تقييم مكتوب للمخاطر
proposal-check-budget = ميزانية
proposal-check-consent_plan = خطة لموافقة أولياء الأمور
proposal-check-registration_deadline = موعد نهائي للتسجيل قبل البداية بوقت كافٍ
proposal-check-green_travel = سفر صديق للبيئة
proposal-check-funding_eligibility = قواعد برنامج التمويل مستوفاة

proposal-clone-intro = تصبح نسخة «{ $title }» مسودة جديدة بالتواريخ التي تحددها.
proposal-clone-button = إنشاء النسخة
proposal-cancel-intro = إلغاء «{ $title }» ينهي جميع التسجيلات ويُبلغ كل المعنيين بالسبب.
proposal-cancel-reason-label = سبب الإلغاء
proposal-cancel-button = إلغاء التبادل
proposal-refused-intro = أكمل بنود قائمة التحقق هذه، ثم أرسل مرة أخرى:
proposal-refused-back = العودة إلى المقترح

problem-before-start = لا يجوز أن يكون اليوم الأخير قبل اليوم الأول.
problem-in-the-past = لا يجوز أن يكون التاريخ في الماضي.
problem-out-of-range = الرقم خارج الحدود المسموح بها.
problem-more-than-participants = لا يجوز أن يكون عدد المشرفين أكبر من عدد المشاركين الشباب.
problem-min-above-max = لا يجوز أن يكون أصغر عمر أكبر من أكبر عمر.
problem-after-start = لا يجوز أن يكون الموعد النهائي بعد اليوم الأول.
problem-duplicate = كل يوم وكل شريك مرة واحدة فقط.
problem-unknown = اختر أحد الخيارات.
problem-invalid-date = اكتب تاريخًا بهذا الشكل: 2027-05-31.
problem-invalid-number = اكتب عددًا صحيحًا.
problem-invalid-amount = اكتب مبلغًا، مثل 450 أو 450.50.
problem-unsupported-currency = اختر إحدى العملات من القائمة.
problem-invalid-characters = يحتوي النص على أحرف لا يمكن استخدامها.
problem-too-many = عدد البنود كبير جدًا.
