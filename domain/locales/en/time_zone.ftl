# Utbyte: the time zone setting on My account.
# Reviewed by: (not yet reviewed by a native speaker)

account-time-zone-title = Time zone
account-time-zone-label = Time zone
account-time-zone-intro = Dates and times on the pages are shown on this clock, with summer time when it applies.
account-time-zone-button = Save time zone
account-time-zone-saved = Your time zone is saved.
problem-unknown-time-zone = Choose one of the time zones in the list.
