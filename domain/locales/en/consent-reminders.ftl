# Utbyte: reminders to guardians who have not answered a consent request, and what the teacher is told and sees.
# Reviewed by: (not yet reviewed by a native speaker)
#
# $until, $at, $asked and $expires come formatted as a date and time, $dates as a date range.

mail-consent-reminder-subject = Reminder: consent for { $participant } – { $title }
mail-consent-reminder-first-line = This is a reminder: we have not yet received your answer. The link in our earlier e-mail no longer works; please use the new link below, which is valid until { $until }.
mail-consents-complete-subject = Every consent is in: { $title }
mail-consents-complete-body = { $count ->
    [one] Every consent for { $title } ({ $dates }) is in: one registration is confirmed.
   *[other] Every consent for { $title } ({ $dates }) is in: { $count } registrations are confirmed.
}
mail-consent-follow-up-see = See the registrations
mail-consent-follow-up-see-here = See the registrations here:
mail-consent-link-expired-subject = Consent not answered: { $participant } – { $title }
mail-consent-link-expired-body = The consent link sent to { $guardian } for { $participant } ({ $title }) expired on { $at } without an answer. You can send a new link from the trip's registrations page.

trip-outstanding-summary = { $count ->
    [0] No guardian's answer is outstanding.
    [one] One guardian has not answered yet.
   *[other] { $count } guardians have not answered yet.
}
trip-outstanding-waiting = Asked { $asked }; the link is valid until { $expires }.
trip-outstanding-reminded = Last reminded { $at }.
trip-outstanding-expired = Asked { $asked }; the link expired { $expires } without an answer.
