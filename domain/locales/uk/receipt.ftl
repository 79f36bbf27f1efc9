# Utbyte: the receipt a guardian gets after giving consent, on the page and by mail.
# Reviewed by: (not yet reviewed by a native speaker)

receipt-title = Підтвердження вашої згоди
receipt-heading = Ваша згода
receipt-exchange = Обмін
receipt-organiser = { $organisation }, { $municipality }
receipt-given-at = Надано
receipt-signed = Підписано
# $method: how the consent was signed (typed_name: by typing one's name).
receipt-signature = { $method ->
       *[typed_name] Шляхом введення імені «{ $name }»
    }
receipt-choice = { $given ->
        [true] надано
       *[false] не надано
    }
receipt-text-version = Версія тексту від { $date }. SHA-256: { $sha256 }
receipt-health-heading = Відомості про здоров’я та контакти на випадок надзвичайної ситуації, які ви ввели
receipt-nothing-entered = (нічого не введено)
receipt-contact = { $name } ({ $relation }), { $phone }
receipt-notice = Вам було показано версію { $version } повідомлення про конфіденційність, яке оприлюднює { $municipality }.
receipt-notice-link = Вам було показано версію { $version } повідомлення про конфіденційність, яке оприлюднює { $municipality }.
    .link = повідомлення про конфіденційність
receipt-withdraw = Ви можете відкликати дозвіл на поїздку або лише дозвіл на фотографування до від’їзду ({ $departure }) за посиланням у листі, який ми вам надіслали.
receipt-read-notice = Прочитати повідомлення про конфіденційність
receipt-withdraw-now = Відкликати зараз
receipt-keep = Збережіть це підтвердження: роздрукуйте сторінку або збережіть її у форматі PDF. Ми також надіслали його вам електронною поштою.
