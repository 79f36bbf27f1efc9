# Utbyte: стани обмінів і реєстрацій словами.
# Reviewed by: (not yet reviewed by a native speaker)

registration-state-pending-consent = Місце заброньовано, очікується згода
registration-state-confirmed = Підтверджено
registration-state-waiting-list = У списку очікування
registration-state-offered = Запропоновано місце
registration-state-withdrawn = Відкликано
registration-state-cancelled = Скасовано
