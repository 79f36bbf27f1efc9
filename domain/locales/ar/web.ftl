# Utbyte: النصوص المشتركة لصفحات الموقع، وتسجيل الدخول، والحساب.
# Reviewed by: (not yet reviewed by a native speaker)

site-name = Utbyte
skip-to-content = الانتقال إلى المحتوى الرئيسي
main-navigation = القائمة الرئيسية
nav-exchanges = التبادلات
nav-approvals = طلبات الاعتماد
nav-home = الرئيسية
nav-notifications = الإشعارات
nav-account = حسابي
nav-sign-out = تسجيل الخروج
nav-sign-in = تسجيل الدخول
unread-notifications = { $count ->
    [zero] { $count } إشعار غير مقروء
    [one] { $count } إشعار غير مقروء
    [two] { $count } إشعاران غير مقروءين
    [few] { $count } إشعارات غير مقروءة
    [many] { $count } إشعارًا غير مقروء
   *[other] { $count } إشعار غير مقروء
}
signed-in-as = مسجَّل الدخول باسم { $name }
error-summary-title = توجد مشكلة
error-summary-count = { $count ->
    [zero] صحّح الحقول أدناه.
    [one] صحّح الحقل أدناه.
    [two] صحّح الحقلين أدناه.
    [few] صحّح الحقول أدناه، وعددها { $count }.
    [many] صحّح الحقول أدناه، وعددها { $count }.
   *[other] صحّح الحقول أدناه، وعددها { $count }.
}
field-error-prefix = خطأ:
required-field = (مطلوب)
language-label = اللغة
other-languages = لغات أخرى
language-sv = Svenska
language-en = English
language-nb = Norsk bokmål
language-da = Dansk
language-fi = Suomi
language-et = Eesti
language-pl = Polski
language-de = Deutsch
language-ar = العربية
language-so = Soomaali
language-uk = Українська

# تسجيل الدخول
sign-in-title = تسجيل الدخول
sign-in-intro = سجّل الدخول بعنوان البريد الإلكتروني وكلمة المرور الخاصين بحسابك في Utbyte.
email-label = عنوان البريد الإلكتروني
password-label = كلمة المرور
sign-in-button = تسجيل الدخول
sign-in-wrong = عنوان البريد الإلكتروني أو كلمة المرور غير صحيحة.
sign-in-unverified = أكّد عنوان بريدك الإلكتروني أولًا: أرسلنا إليك رابطًا جديدًا.
sign-in-forgot = هل نسيت كلمة المرور؟
signed-out = لقد سجّلت الخروج.
session-ended = انتهت جلستك. سجّل الدخول مرة أخرى.

# نسيان كلمة المرور
forgot-title = نسيت كلمة المرور
forgot-intro = اكتب عنوان البريد الإلكتروني لحسابك. إذا كان هناك حساب بهذا العنوان، فسنرسل إليه رابطًا لاختيار كلمة مرور جديدة.
forgot-button = إرسال الرابط
forgot-sent = إذا كان هناك حساب بهذا العنوان، فالرابط في الطريق إليه. وهو صالح لمدة محدودة.
forgot-back = العودة إلى تسجيل الدخول

# حسابي
account-title = حسابي
account-details = بياناتك
account-name = الاسم
account-email = عنوان البريد الإلكتروني
account-language-title = اللغة
account-language-intro = تصلك الصفحات ورسائل البريد الإلكتروني بهذه اللغة.
account-language-button = حفظ اللغة
account-language-saved = تم حفظ لغتك.
change-password-title = تغيير كلمة المرور
current-password-label = كلمة المرور الحالية
new-password-label = كلمة المرور الجديدة
new-password-hint = 12 حرفًا على الأقل. عدة كلمات لا علاقة بينها سهلة التذكر وصعبة التخمين.
change-password-button = تغيير كلمة المرور
password-changed = تم تغيير كلمة المرور. وانتهت جلساتك الأخرى.
sign-out-everywhere-title = تسجيل الخروج من كل الأجهزة
sign-out-everywhere-intro = يُنهي جميع جلسات حسابك على كل الأجهزة، بما فيها هذا الجهاز.
sign-out-everywhere-button = تسجيل الخروج من كل الأجهزة

# أخطاء الحقول، حسب رمز الخطأ
problem-required = املأ هذا الحقل.
problem-invalid-email = اكتب عنوان بريد إلكتروني مثل name@example.se
problem-too-short = يجب أن تتكون كلمة المرور من 12 حرفًا على الأقل.
problem-too-long = النص طويل جدًا.
problem-too-weak = كلمة المرور سهلة التخمين. استخدم عددًا أكبر من الكلمات التي لا علاقة بينها.
problem-wrong-password = كلمة المرور غير صحيحة.
problem-unsupported-locale = اختر إحدى اللغات الموجودة في القائمة.
problem-invalid = تحقّق مما كتبته هنا.

# الرئيسية
home-title = الرئيسية
home-welcome = مرحبًا، { $name }

# صفحات الأخطاء
error-forbidden-title = غير مسموح
error-forbidden-text = لا يُسمح لك بالقيام بهذا.
error-not-found-title = غير موجود
error-not-found-text = ما تبحث عنه غير موجود.
error-conflict-title = غير ممكن الآن
error-conflict-text = لا يمكن القيام بهذا في الحالة الراهنة.
error-bad-input-title = لم ينجح ذلك
error-bad-input-text = تعذّر استخدام الطلب.
error-unavailable-title = الخدمة غير متاحة
error-unavailable-text = لا تستطيع الخدمة الوصول إلى قاعدة بياناتها حاليًا. يُرجى المحاولة مرة أخرى بعد قليل.
error-internal-title = حدث خطأ ما
error-internal-text = حدث خطأ ما من جهتنا. يُرجى المحاولة مرة أخرى بعد قليل.
error-rate-limited-title = محاولات كثيرة جدًا
error-rate-limited-text = { $minutes ->
    [zero] يُرجى الانتظار { $minutes } دقيقة، ثم المحاولة مرة أخرى.
    [one] يُرجى الانتظار دقيقة واحدة، ثم المحاولة مرة أخرى.
    [two] يُرجى الانتظار دقيقتين، ثم المحاولة مرة أخرى.
    [few] يُرجى الانتظار { $minutes } دقائق، ثم المحاولة مرة أخرى.
    [many] يُرجى الانتظار { $minutes } دقيقة، ثم المحاولة مرة أخرى.
   *[other] يُرجى الانتظار { $minutes } دقيقة، ثم المحاولة مرة أخرى.
}
error-id = رمز الخطأ
error-csrf-title = انتهت صلاحية الاستمارة
error-csrf-text = أُرسلت الاستمارة من صفحة أخرى أو انتهت صلاحيتها. ارجع، وأعد تحميل الصفحة، ثم أرسلها مرة أخرى.

# صفحات تُفتح من روابط الحساب المرسلة بالبريد الإلكتروني
accept-invitation-title = تفعيل حسابك
accept-invitation-intro = اختر كلمة مرور لحسابك في Utbyte.
accept-invitation-button = تفعيل الحساب
accept-invitation-done = تم! حسابك مفعَّل ويمكنك تسجيل الدخول.
reset-password-title = اختيار كلمة مرور جديدة
reset-password-intro = اختر كلمة مرور جديدة لحسابك في Utbyte. سيتم تسجيل خروجك من كل الأجهزة.
reset-password-button = حفظ كلمة المرور
reset-password-done = تم! سجّل الدخول بكلمة المرور الجديدة.
verify-email-title = تأكيد عنوان بريدك الإلكتروني
verify-email-intro = أكّد أن عنوان البريد الإلكتروني هذا يخصك.
verify-email-button = تأكيد
verify-email-done = شكرًا! تم تأكيد عنوان بريدك الإلكتروني. يمكنك الآن تسجيل الدخول.
link-broken = هذا الرابط غير صالح أو مستخدم من قبل أو منتهي الصلاحية. اطلب رابطًا جديدًا.
onward-sign-in = تسجيل الدخول إلى Utbyte

# الرئيسية
home-approvals-title = بانتظار قرارك
home-approvals-none = لا شيء بانتظار قرارك.
home-exchange = التبادل
home-waiting-since = بالانتظار منذ
home-due = الموعد النهائي
home-overdue = متأخر
home-all-approvals = كل طلبات الاعتماد
home-registrations-title = تسجيلات بانتظارك
home-offer-expires = العرض قائم حتى { $time }
home-memberships-title = عضويات بحاجة إلى تأكيد
home-memberships-intro = تقول عائلاتهم إنهم ينتمون إلى مدرستك أو مجموعتك. أكّد عضوية من ينتمي إليها فعلًا.
home-memberships-confirm = تأكيد العضوية
home-notifications-none = ليست لديك إشعارات غير مقروءة.
home-all-notifications = كل الإشعارات
home-exchanges-title = تبادلاتك
home-exchanges-none = ليست لديك تبادلات بعد.
home-new-exchange = تبادل جديد
home-all-exchanges = كل التبادلات

# الإشعارات
notifications-none = ليست لديك إشعارات.
notifications-mark-all = تحديد الكل كمقروء
notifications-mark-read = تحديد كمقروء
notifications-unread = غير مقروء
notifications-older = إشعارات أقدم
