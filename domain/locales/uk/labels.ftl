# Utbyte: назви ролей, рівнів ризику та стану фінансування так, як вони звучать у реченні.
# Reviewed by: (not yet reviewed by a native speaker)

role-admin = адміністратор
role-coordinator = координатор
role-teacher = учитель або керівник
role-youth = учасник
role-guardian = законний представник
role-partner_contact = контактна особа партнерської організації
role-principal = директор школи або керівник організації

risk-local_day_trip = одноденна місцева поїздка
risk-overnight = поїздка з ночівлею
risk-abroad = поїздка за кордон
risk-adventurous = пригодницькі активності

funding-status-idea = ідея
funding-status-drafting = у підготовці
funding-status-submitted = подано
funding-status-granted = надано
funding-status-rejected = відхилено
funding-status-reported = звіт подано
