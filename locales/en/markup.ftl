## A markup typed too small to be meant: asked about, never taken as it stands.
agency-markup-unsure = ❓ A markup of <b>{ $small }</b> per passenger, or did you mean <b>{ $large }</b>? Pick one (nothing changed yet).
agency-markup-pick = { $markup } per passenger
# A tap on an older question's button after the markup changed: nothing is saved (a toast, plain text).
agency-markup-stale = This question is out of date: the markup is now { $markup }. Nothing was changed; type /settings markup … again to change it.
