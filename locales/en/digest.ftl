## Daily digest (/settings → 📰, /digest)
digest-title = 📰 <b>Daily digest</b> · { $date }
digest-made = 🆕 Booked yesterday: { $count } · total { $total }
digest-made-none = 🆕 No bookings yesterday.
digest-issued = ✅ Issued yesterday: { $count } · total { $total } · commission { $commission }
digest-issued-none = ✅ Nothing issued yesterday.
digest-booking-line = • <code>{ $code }</code> { $from } → { $to } · { $flight } · { $total } · { $by }
digest-expiring = ⏳ Unpaid, due in the next 24 hours ({ $count }):
digest-expiring-line = • <code>{ $code }</code> { $from } → { $to } · pay before { $day ->
    [tomorrow] tomorrow { $time }
   *[today] { $time }
  } · { $total }
digest-expiring-none = ⏳ No bookings due in the next 24 hours.
digest-expiring-more = …and { $count } more, due later — all of them in /bookings
digest-more = …and { $count } more — all of them in /bookings
digest-balance = 💰 { $provider } deposit: <b>{ $balance }</b>{ $sandbox ->
    [yes] {" "}(sandbox)
   *[no] {""}
}
digest-balance-unavailable = 💰 Deposit: can't be checked right now.
digest-balance-no-account = 💰 Deposit: not shown, since this chat may not use a provider account yet (see /account).
digest-issue-button = 💳 Issue { $code }
digest-settings-button = 📰 Daily digest
digest-settings-title = 📰 <b>Daily digest</b>
digest-settings-state = { $enabled ->
    [yes] On, every day at <b>{ $time }</b> ({ $zone }).
   *[no] Off. When on, it comes every day at <b>{ $time }</b> ({ $zone }).
}
digest-settings-about = It lists yesterday's bookings and issues with totals and commission, the unpaid bookings due in the next 24 hours (with an Issue button), and the deposit. Days with nothing to report are skipped; /digest any time.
digest-settings-on = 🔔 Turn on
digest-settings-off = 🔕 Turn off
digest-settings-back = ◀ Back
digest-settings-saved = Saved.
command-digest = Daily digest: bookings, issues, due today, deposit
