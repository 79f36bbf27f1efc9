# Utbyte: налаштування часового поясу на сторінці «Мій обліковий запис».
# Reviewed by: (not yet reviewed by a native speaker)

account-time-zone-title = Часовий пояс
account-time-zone-label = Часовий пояс
account-time-zone-intro = Дати й час на сторінках показано за цим годинником, з літнім часом, коли він діє.
account-time-zone-button = Зберегти часовий пояс
account-time-zone-saved = Ваш часовий пояс збережено.
problem-unknown-time-zone = Виберіть один із часових поясів у списку.
