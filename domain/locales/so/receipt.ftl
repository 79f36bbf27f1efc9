# Utbyte: the receipt a guardian gets after giving consent, on the page and by mail.
# Reviewed by: (not yet reviewed by a native speaker)

receipt-title = Rasiidka oggolaanshahaaga
receipt-heading = Waxa aad bixisay
receipt-exchange = Isdhaafsiga
receipt-organiser = { $organisation }, { $municipality }
receipt-given-at = La bixiyay
receipt-signed = La saxiixay
# $method: how the consent was signed (typed_name: by typing one's name).
receipt-signature = { $method ->
       *[typed_name] Iyadoo la qoray magaca “{ $name }”
    }
receipt-choice = { $given ->
        [true] waa la bixiyay
       *[false] lama bixin
    }
receipt-text-version = Nooca qoraalka ee { $date }. SHA-256: { $sha256 }
receipt-health-heading = Macluumaadka caafimaadka iyo xaaladaha degdegga ah ee aad gelisay
receipt-nothing-entered = (waxba lama gelin)
receipt-contact = { $name } ({ $relation }), { $phone }
receipt-notice = Waxaa lagu tusay nooca { $version } ee ogeysiiska asturnaanta ee { $municipality }.
receipt-notice-link = Waxaa lagu tusay nooca { $version } ee ogeysiiska asturnaanta ee { $municipality }.
    .link = ogeysiiska asturnaanta
receipt-withdraw = Waxaad ka noqon kartaa oggolaanshaha safarka, ama oggolaanshaha sawirrada oo keliya, ilaa ambabaxa { $departure }, adigoo isticmaalaya xiriiriyaha ku jira iimaylka aan kuu dirnay.
receipt-read-notice = Akhri ogeysiiska asturnaanta
receipt-withdraw-now = Hadda ka noqo
receipt-keep = Kaydi rasiidkan: daabac bogga ama u kaydi PDF ahaan. Waxaan sidoo kale kuugu soo dirnay iimayl.
