# Utbyte: the receipt a guardian gets after giving consent, on the page and by mail.
# Reviewed by: (not yet reviewed by a native speaker)

receipt-title = إيصال موافقتك
receipt-heading = ما قدّمته
receipt-exchange = التبادل
receipt-organiser = { $organisation }، { $municipality }
receipt-given-at = تاريخ الموافقة
receipt-signed = التوقيع
# $method: how the consent was signed (typed_name: by typing one's name).
receipt-signature = { $method ->
       *[typed_name] بكتابة الاسم «{ $name }»
    }
receipt-choice = { $given ->
        [true] تمت الموافقة
       *[false] لم تتم الموافقة
    }
receipt-text-version = نسخة النص بتاريخ { $date }. SHA-256: { $sha256 }
receipt-health-heading = المعلومات الصحية ومعلومات الطوارئ التي أدخلتها
receipt-nothing-entered = (لم يُدخَل شيء)
receipt-contact = { $name } ({ $relation })، { $phone }
receipt-notice = عُرض عليك الإصدار { $version } من إشعار الخصوصية الصادر عن { $municipality }.
receipt-notice-link = عُرض عليك الإصدار { $version } من إشعار الخصوصية الصادر عن { $municipality }.
    .link = إشعار الخصوصية
receipt-withdraw = يمكنك سحب الإذن بالسفر، أو الإذن بالتصوير فقط، حتى موعد السفر في { $departure }، عبر الرابط الموجود في رسالة البريد الإلكتروني التي أرسلناها إليك.
receipt-read-notice = اقرأ إشعار الخصوصية
receipt-withdraw-now = اسحب الآن
receipt-keep = احتفظ بهذا الإيصال: اطبع الصفحة أو احفظها بصيغة PDF. وقد أرسلناه إليك أيضًا بالبريد الإلكتروني.
