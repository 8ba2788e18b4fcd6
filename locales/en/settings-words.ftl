## Reminder offsets and defaults on the /settings panel
settings-offset-hours = { $n } h
settings-offset-minutes = { $n } min
settings-reminders-default = { $offsets } (default)
settings-language-each = each person's Telegram language
