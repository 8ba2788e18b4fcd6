# A button tapped in a group after it was upgraded to a supergroup (src/bot/middlewares/upgraded-group-taps.ts):
# Telegram still shows the old group, read-only, and its bookings and settings now live in the upgraded one.
# A callback alert: at most 200 characters.
upgraded-group-tap = This group was upgraded to a supergroup: its bookings and settings moved there. Continue in the upgraded group.
upgraded-group-tap-code = This group was upgraded to a supergroup: booking { $code } moved there. Use /status { $code } in the upgraded group.
