## Reminder offsets and defaults on the /pengaturan panel
settings-offset-hours = { $n } jam
settings-offset-minutes = { $n } mnt
settings-reminders-default = { $offsets } (bawaan)
settings-language-each = ikut bahasa Telegram masing-masing
