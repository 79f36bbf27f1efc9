# Utbyte: إعداد المنطقة الزمنية في صفحة حسابي.
# Reviewed by: (not yet reviewed by a native speaker)

account-time-zone-title = المنطقة الزمنية
account-time-zone-label = المنطقة الزمنية
account-time-zone-intro = تُعرض التواريخ والأوقات في الصفحات وفق هذه الساعة، مع التوقيت الصيفي عند سريانه.
account-time-zone-button = حفظ المنطقة الزمنية
account-time-zone-saved = تم حفظ منطقتك الزمنية.
problem-unknown-time-zone = اختر إحدى المناطق الزمنية من القائمة.
