# Files attached to an exchange.
# Reviewed by: (not yet reviewed by a native speaker)

attachments-title = Files: { $title }
attachments-heading = Files
attachments-intro = The exchange's risk assessment, insurance certificate, programme and other documents.
attachments-none = No files are attached yet.
attachments-caption = Attached files
attachments-size = { $kilobytes } kB
attachments-remove-button = Remove
attachments-upload-title = Attach a file
attachments-kind-label = What the file is
attachments-file-label = File
attachments-file-hint = A PDF, a photo (PNG, JPEG, WebP or HEIC), a Word, Excel, PowerPoint or OpenDocument file without macros, or plain text; at most { $megabytes } MB. The type is read from the file itself, not from its name.
attachments-upload-button = Attach the file
attachments-added = The file is attached.
attachments-removed = The file is removed.
attachments-back = Back to the exchange
attachments-too-large-title = The file is too large
attachments-too-large-text = Files can be at most { $megabytes } MB. Go back and choose a smaller file.
attachment-kind-risk_assessment = Risk assessment
attachment-kind-insurance_certificate = Insurance certificate
attachment-kind-programme = Programme
attachment-kind-other = Other document

# Field problems, by error code
problem-empty-file = Choose a file: the one sent is empty.
problem-file-too-large = The file is too large.
problem-unsupported-type = Choose a PDF, a photo, an office document or a plain text file. The type is read from the file itself.
problem-macros-not-allowed = The document contains macros. Save it without macros and attach it again.
problem-too-many-files = The exchange already has 20 files. Remove one first.
problem-unknown-attachment-kind = Choose what the file is.
