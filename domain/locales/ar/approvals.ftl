# Utbyte: صفحات صاحب قرار الاعتماد، وقائمة القرارات المنتظرة، واستمارة القرار.
# Reviewed by: (not yet reviewed by a native speaker)

approvals-title = طلبات الاعتماد
approvals-held-title = بانتظار قرارك
approvals-empty = لا شيء بانتظار قرارك.
approvals-substitute-title = متأخرة، بصفتك بديلًا
approvals-substitute-intro = تجاوزت هذه الخطوات موعدها النهائي. يمكنك أن تتخذ القرار فيها بدلًا من صاحب قرار الاعتماد.
approvals-school = المدرسة
approvals-dates = التواريخ
approvals-step = الخطوة
approvals-waiting-label = مدة الانتظار
approvals-waiting = { $days ->
    [0] منذ اليوم
    [zero] { $days } يوم
    [one] { $days } يوم
    [two] { $days } يومان
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
approvals-due = الموعد النهائي
approvals-overdue = متأخر
approvals-role-principal = مدير المدرسة
approvals-role-coordinator = منسّق البلدية
approvals-role-named = صاحب قرار اعتماد مُعيَّن
approvals-decided-approve = لقد اعتمدتَ { $title }.
approvals-decided-request-changes = لقد طلبتَ تعديلات على { $title }.
approvals-decided-reject = لقد رفضتَ { $title }.
approvals-closed-title = لا يوجد قرار منتظر
approvals-already-decided = سبق أن اتخذتَ قرارك في خطوتك لهذا التبادل. يبقى القرار ساريًا.
approvals-not-waiting = لم يعد هذا التبادل بانتظار قرار: فقد صدر القرار بشأنه من قبل.
approvals-back-to-queue = العودة إلى طلبات الاعتماد الخاصة بك
approvals-decision-title = القرار: { $title }
approvals-summary-title = التبادل
approvals-destination = الوجهة
approvals-group-label = المجموعة
approvals-group = { $participants ->
    [zero] { $participants } شاب
    [one] { $participants } شاب
    [two] { $participants } شابان
    [few] { $participants } شباب
    [many] { $participants } شابًا
   *[other] { $participants } شاب
}، { $leaders ->
    [zero] { $leaders } مشرف
    [one] { $leaders } مشرف
    [two] { $leaders } مشرفان
    [few] { $leaders } مشرفين
    [many] { $leaders } مشرفًا
   *[other] { $leaders } مشرف
}
approvals-risk = مستوى المخاطر
approvals-whole-exchange = اقرأ التبادل كاملًا
approvals-checklist-title = قائمة التحقق
approvals-check-met = مستوفى
approvals-check-not-met = غير مستوفى
approvals-check-advisory = توصية
approvals-check-leader-ratio = عدد كافٍ من المشرفين البالغين
approvals-check-insurance = التأمين مؤكَّد
approvals-check-risk-assessment = تقييم مكتوب للمخاطر
approvals-check-budget = الميزانية محدَّدة
approvals-check-consent-plan = خطة موافقة أولياء الأمور
approvals-check-registration-deadline = الموعد النهائي للتسجيل في وقته
approvals-check-green-travel = سفر صديق للبيئة
approvals-check-funding-eligibility = مؤهَّل للتمويل المطلوب
approvals-earlier-title = القرارات السابقة
approvals-earlier-none = لم يُتَّخذ قرار في أي خطوة بعد.
approvals-decision-approved = معتمَد
approvals-decision-changes-requested = طُلبت تعديلات
approvals-decision-rejected = مرفوض
approvals-decide-title = قرارك
approvals-decision-legend = القرار
approvals-approve = اعتماد
approvals-request-changes = طلب تعديلات
approvals-reject = رفض
approvals-comment-label = تعليق
approvals-comment-hint = مطلوب عند طلب تعديلات أو عند الرفض: اكتب ما الذي يجب تعديله، أو سبب الرفض.
approvals-submit = إرسال القرار
problem-choose-decision = اختر الاعتماد أو طلب تعديلات أو الرفض.
