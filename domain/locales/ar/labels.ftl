# Utbyte: أسماء الأدوار ومستويات المخاطر وحالات التمويل كما تُقرأ داخل جملة.
# Reviewed by: (not yet reviewed by a native speaker)

role-admin = مسؤول النظام
role-coordinator = منسّق
role-teacher = معلّم أو مشرف
role-youth = مشارك
role-guardian = وليّ أمر
role-partner_contact = جهة اتصال في منظمة شريكة
role-principal = مدير مدرسة أو رئيس منظمة

risk-local_day_trip = رحلة يومية محلية
risk-overnight = رحلة مع مبيت
risk-abroad = رحلة إلى الخارج
risk-adventurous = أنشطة مغامرة

funding-status-idea = فكرة
funding-status-drafting = قيد الإعداد
funding-status-submitted = مقدَّم
funding-status-granted = ممنوح
funding-status-rejected = مرفوض
funding-status-reported = قُدِّم التقرير النهائي
