# Utbyte: the consent texts a guardian agrees to on the consent page.
# Reviewed by: (not yet reviewed by a native speaker)
#
# Each text is a legal statement. The exact text a guardian is shown is stored as a version
# with its SHA-256 and recorded with their consent: changing a text here publishes a new
# version at the next start (earlier consents keep pointing at the version they were given
# on). Keep each text on one line.

consent-text-travel = I am the participant's guardian and give my permission for them to take part in the exchange and travel as set out in the programme above. I have read the dates, destination, accommodation, leaders and costs. The health and emergency information is used only by the exchange's leaders and the municipality's coordinators to look after the participant during the exchange, and is removed after the exchange under the municipality's retention rules. I can withdraw this permission until departure with the link in the confirmation.
consent-text-photos = Optional: I consent to photos in which the participant appears being used in the municipality's and the school's publications about the exchange. This consent does not affect taking part and can be withdrawn at any time.
