# Utbyte: العناوين والكلمات الثابتة في ملفات CSV التي تُفتح في برنامج جداول بيانات.
# Reviewed by: (not yet reviewed by a native speaker)

csv-yes = نعم
csv-no = لا

csv-roster-participant = المشارك
csv-roster-date_of_birth = تاريخ الميلاد
csv-roster-state = الحالة
csv-roster-guardians = أولياء الأمور
csv-roster-emergency_contacts = جهات الاتصال في حالات الطوارئ
csv-roster-allergies = الحساسية
csv-roster-medication = الأدوية
csv-roster-dietary_needs = الاحتياجات الغذائية
csv-roster-medical_notes = ملاحظات طبية

csv-budget-group = المجموعة
csv-budget-category = الفئة
csv-budget-quantity = العدد
csv-budget-rate_eur = المعدل (EUR)
csv-budget-amount_eur = المبلغ (EUR)
csv-budget-formula = طريقة الحساب
csv-budget-rate_row = الصف في جدول المعدلات
csv-budget-total = المجموع
csv-budget-rate-missing = المعدل غير موجود: أدخله في جدول المعدلات
csv-budget-rates-missing = { $count ->
    [zero] { $count } معدل غير موجود
    [one] معدل واحد غير موجود
    [two] معدلان غير موجودين
    [few] { $count } معدلات غير موجودة
    [many] { $count } معدلًا غير موجود
   *[other] { $count } معدل غير موجود
}

csv-mobility-exchange = التبادل
csv-mobility-participant = المشارك
csv-mobility-role = الدور
csv-mobility-count = العدد
csv-mobility-sending_organisation = المنظمة المُرسِلة
csv-mobility-sending_country = الدولة المُرسِلة
csv-mobility-receiving_organisation = المنظمة المستقبِلة
csv-mobility-receiving_country = الدولة المستقبِلة
csv-mobility-distance_km = المسافة (km)
csv-mobility-distance_band = شريحة المسافة
csv-mobility-green_travel = السفر الأخضر
csv-mobility-start_date = تاريخ البدء
csv-mobility-end_date = تاريخ الانتهاء
csv-mobility-days = عدد الأيام
csv-mobility-activity_days = أيام النشاط
csv-mobility-fewer_opportunities = من ذوي الفرص الأقل
csv-mobility-basis = أساس الحساب
csv-mobility-role-participant = مشارك
csv-mobility-role-leader = مشرف
csv-mobility-who-planned = (مخطط له)
csv-mobility-who-confirmed = (مؤكَّد)
csv-mobility-basis-planned = الأعداد المخطط لها
csv-mobility-basis-confirmed_participants = المشاركون المؤكَّدون

csv-rates-action = الإجراء
csv-rates-call_year = سنة الدعوة
csv-rates-kind = النوع
csv-rates-key = المفتاح
csv-rates-value = القيمة
csv-rates-note = ملاحظة

csv-figures-section = القسم
csv-figures-item = البند
csv-figures-value = القيمة
csv-figures-suppressed = مخفي
csv-figures-section-exchanges = التبادلات
csv-figures-section-participants = المشاركون
csv-figures-section-destinations = الوجهات
csv-figures-section-partner_towns = المدن الشريكة
csv-figures-section-countries = الدول
csv-figures-section-partnerships = الشراكات
csv-figures-section-funding = التمويل
csv-figures-section-eu_funded_projects = مشاريع بتمويل من الاتحاد الأوروبي
csv-figures-section-approval_lead_time = المدة حتى الاعتماد
csv-figures-section-reports = التقارير
csv-figures-item-total = المجموع
csv-figures-item-leaders = المشرفون
csv-figures-item-fewer_opportunities = من ذوي الفرص الأقل
csv-figures-item-first_time = في الخارج لأول مرة
csv-figures-item-days = أيام المشاركين
csv-figures-item-other_than_own = دول غير دولتنا
csv-figures-item-approved = التبادلات المعتمَدة
csv-figures-item-median_days = الوسيط (بالأيام)
csv-figures-item-mean_days = المتوسط (بالأيام)
csv-figures-item-max_days = الأطول (بالأيام)
csv-figures-item-filed = التقارير المقدَّمة
csv-figures-item-actual_cost_eur = التكلفة الفعلية (EUR)
csv-figures-item-state = الحالة: { $value }
csv-figures-item-direction = الاتجاه: { $value }
csv-figures-item-risk_level = مستوى المخاطر: { $value }
csv-figures-item-age = العمر: { $value }
csv-figures-item-gender = الجنس: { $value }
csv-figures-item-measure = { $kind }: { $measure }
csv-figures-age-under_13 = أقل من 13
csv-figures-age-13_15 = 13–15
csv-figures-age-16_17 = 16–17
csv-figures-age-18_25 = 18–25
csv-figures-age-26_30 = 26–30
csv-figures-age-over_30 = أكثر من 30
csv-figures-gender-female = أنثى
csv-figures-gender-male = ذكر
csv-figures-gender-other = آخر
csv-figures-gender-not_recorded = غير مسجَّل
csv-figures-partnership-twin_town = مدينة توأم
csv-figures-partnership-sister_city = مدينة شقيقة
csv-figures-partnership-cooperation = تعاون
csv-figures-partnership-active_at_year_end = سارية في نهاية العام
csv-figures-partnership-ended_during_year = انتهت خلال العام
csv-figures-programme-erasmus_plus = Erasmus+
csv-figures-programme-nordplus_junior = Nordplus Junior
csv-figures-programme-municipal_fund = صندوق البلدية
csv-figures-programme-other = أخرى
csv-figures-funding-applications = الطلبات
csv-figures-funding-requested_eur = المبلغ المطلوب (EUR)
csv-figures-funding-grants = المنح
csv-figures-funding-granted_eur = المبلغ الممنوح (EUR)
