# Words typed outside any question, answered by what they ask (src/bot/features/typed-requests.ts).
typed-thanks = You're welcome 🙏 Need another flight? Type /search.
# Words typed at an open issue confirmation: only its button pays.
typed-tap-to-confirm = 💳 Issuing <b>{ $code }</b> waits for your tap: tap <b>{ $confirm }</b> on the confirmation to pay from the deposit, or <b>{ $cancel }</b>. Typed words don't pay.
# Words without a code, and no single booking just made: the chat's newest as buttons.
typed-which-booking = { $action ->
    [issue] Which booking should be issued?
    [ticket] The e-ticket of which booking?
   *[status] Which booking should I check?
  } Tap its code, or see them all with /bookings.
# Cancelling, changes, refunds and name fixes are not done by the bot. $what: cancel, date, refund, name.
typed-not-here-general = { $what ->
    [date] Changing the date can't be done in this bot: contact the provider's support (MMBC or tiket.com) with the booking code. If it isn't issued yet, you can also search a new flight with /search; the old booking lapses by itself at its pay-before time.
    [refund] Refunds can't be done in this bot: contact the provider's support (MMBC or tiket.com) with the booking code.
    [name] Name corrections can't be done in this bot: contact the provider's support (MMBC or tiket.com) with the booking code. If it isn't issued yet, just book again with the right name (/search); the old booking lapses by itself at its pay-before time.
   *[cancel] This bot can't cancel bookings. One not issued needs no cancelling: it lapses by itself at its pay-before time, and no deposit is spent. One issued: contact the provider's support (MMBC or tiket.com) with the booking code. Your bookings: /bookings.
  }
# The same for one booking. $state: waiting (booked, not paid), issued, ended (cancelled or lapsed; never for a refund), other.
typed-not-here = { $state ->
    [ended] <b>{ $code }</b> is already { $status }: nothing left to cancel or change.
   *[other] { $what ->
        [date] Changing the date of <b>{ $code }</b> can't be done in this bot: contact { $provider } support with this booking code.
        [refund] A refund of <b>{ $code }</b> can't be done in this bot: contact { $provider } support with this booking code.
        [name] Correcting a name on <b>{ $code }</b> can't be done in this bot: contact { $provider } support with this booking code.
       *[cancel] <b>{ $code }</b> can't be cancelled in this bot.
      }{ $state ->
        [waiting] { $what ->
            [cancel] { " " }It needn't be: it isn't issued, so no deposit was spent, and it lapses by itself unless issued by its pay-before time{ $deadline ->
                [none] .
               *[other] , { $deadline }.
              } To release the seats sooner, contact { $provider } support.
            [date] { " " }It isn't issued yet: you can also search a new flight with /search; { $code } lapses by itself unless issued by its pay-before time.
            [refund] { " " }It isn't issued, so no deposit was spent and there is nothing to refund: { $code } lapses by itself unless issued by its pay-before time.
            [name] { " " }It isn't issued yet: just book again with the right name (/search); { $code } lapses by itself unless issued by its pay-before time.
           *[other] {""}
          }
        [issued] { $what ->
            [cancel] { " " }It is issued: for a cancellation or refund, contact { $provider } support with this booking code.
           *[other] {""}
          }
       *[other] { " " }Status now: { $status }.
      }
  }
