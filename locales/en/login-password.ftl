# /login and /resetpassword at the password question (src/bot/features/account/password-step.ts).
# A command there is not run: the flow still waits, and says how to stop it first.
account-password-still-waiting = { $kind ->
    [reset] ⏳ The password reset isn't finished: I'm still waiting for the <b>new password</b> of user <code>{ $username }</code>, so I haven't run { $command }. Send it (I delete the message at once), type <i>back</i> to change the agent code, or /cancel to stop the reset, then send { $command } again.
   *[login] ⏳ The login isn't finished: I'm still waiting for the MMBC <b>password</b> of user <code>{ $username }</code>, so I haven't run { $command }. Send the password (I delete the message at once), type <i>back</i> to change the username, or /cancel to stop the login, then send { $command } again.
}
# A "/word" the bot doesn't know: deleted (it may be the password) and never repeated back.
account-password-unknown-command = { $kind ->
    [reset] 🔒 I deleted that message (it may hold the password) and sent nothing to MMBC. The password reset isn't finished: send the <b>new password</b> of user <code>{ $username }</code>, type <i>back</i> to change the agent code, or /cancel to stop.
   *[login] 🔒 I deleted that message (it may hold the password) and sent nothing to MMBC. The login isn't finished: send the <b>password</b> of user <code>{ $username }</code>, type <i>back</i> to change the username, or /cancel to stop.
}
# A photo, file, voice note… at the password question: deleted (it may show the password).
account-password-as-text = { $kind ->
    [reset] 📎 Send the <b>new password</b> as plain text, on one line. I deleted that message to be safe. (<i>back</i> to change the agent code, /cancel to stop)
   *[login] 📎 Send the <b>password</b> of user <code>{ $username }</code> as plain text, on one line. I deleted that message to be safe. (<i>back</i> to change the username, /cancel to stop)
}
account-password-edited = ✏️ I deleted the edited message (it may hold the password) and didn't use it. Send the { $kind ->
    [reset] new password
   *[login] password
} as a <b>new message</b>.
# The first line after a stop at the password question looks like a password: deleted, never used.
account-password-after-stop = 🔒 I deleted that message because it looks like a password. { $kind ->
    [reset] The password reset had stopped, so it wasn't sent to MMBC. To change the password, start again with /resetpassword.
   *[login] The login had stopped, so it wasn't sent to MMBC. To link your account, start again with /login.
} If it wasn't a password, send it again.
# A password typed in a group the bot couldn't delete (it lacks the right): the group saw it.
account-delete-failed-group = ⚠️ I couldn't delete your message with the password: please delete it yourself. Everyone in this group may have seen it, so change that password now (/resetpassword in a private chat with me).
