## A markup typed too small to be meant: asked about, never taken as it stands.
agency-markup-unsure = ❓ A markup of <b>{ $small }</b> per passenger, or did you mean <b>{ $large }</b>? Pick one (nothing changed yet).
agency-markup-pick = { $markup } per passenger
