# Utbyte: حالات التبادلات والتسجيلات، بالكلمات.
# Reviewed by: (not yet reviewed by a native speaker)

registration-state-pending-consent = المقعد محجوز، بانتظار الموافقة
registration-state-confirmed = مؤكَّد
registration-state-waiting-list = على قائمة الانتظار
registration-state-offered = عُرض مقعد
registration-state-withdrawn = تم الانسحاب
registration-state-cancelled = ملغى
