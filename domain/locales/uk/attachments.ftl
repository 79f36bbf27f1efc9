# Файли, додані до обміну.
# Reviewed by: (not yet reviewed by a native speaker)

attachments-title = Файли: { $title }
attachments-heading = Файли
attachments-intro = Оцінка ризиків обміну, страховий сертифікат, програма та інші документи.
attachments-none = Файлів ще не додано.
attachments-caption = Додані файли
attachments-size = { $kilobytes } кБ
attachments-remove-button = Видалити
attachments-upload-title = Додати файл
attachments-kind-label = Що це за файл
attachments-file-label = Файл
attachments-file-hint = PDF, фото (PNG, JPEG, WebP або HEIC), файл Word, Excel, PowerPoint чи OpenDocument без макросів або простий текст; не більше { $megabytes } МБ. Тип визначається за вмістом файлу, а не за його назвою.
attachments-upload-button = Додати файл
attachments-added = Файл додано.
attachments-removed = Файл видалено.
attachments-back = Назад до обміну
attachments-too-large-title = Файл завеликий
attachments-too-large-text = Розмір файлу — не більше { $megabytes } МБ. Поверніться й виберіть менший файл.
attachment-kind-risk_assessment = Оцінка ризиків
attachment-kind-insurance_certificate = Страховий сертифікат
attachment-kind-programme = Програма
attachment-kind-other = Інший документ

# Помилки в полях, за кодом помилки
problem-empty-file = Виберіть файл: надісланий файл порожній.
problem-file-too-large = Файл завеликий.
problem-unsupported-type = Виберіть PDF, фото, офісний документ або простий текстовий файл. Тип визначається за вмістом файлу.
problem-macros-not-allowed = Документ містить макроси. Збережіть його без макросів і додайте ще раз.
problem-too-many-files = До обміну вже додано 20 файлів. Спершу видаліть один.
problem-unknown-attachment-kind = Виберіть, що це за файл.
