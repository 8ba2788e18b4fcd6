## Typed at a results list: sold-out flights, airlines, pages, direct flights.
results-sold-out-button = 🚫 { $label } · sold out
results-sold-out-marked = 🚫 { $flights }: not enough seats for { $pax ->
    [one] 1 passenger
   *[other] { $pax } passengers
  } at the last check, so marked sold out on this list.
results-airline-absent = There are no { $airline } flights on this list. Airlines on it: { $airlines }.
results-page-last = This is the last page ({ $pages }/{ $pages }).
results-page-first = This is the first page.
results-page-only = All flights are on this page.
results-page-none = This list has only { $pages ->
    [one] 1 page
   *[other] { $pages } pages
  }.
results-direct-some = ✈️ Direct flights (no stop): { $count } of { $all }, cheapest first. { $more ->
    [0] Choose below.
   *[other] Choose below; { $more } more are on the list.
  }
results-direct-all = ✈️ All { $all } flights on this list are direct (no stop).
results-direct-none = No direct flights on this list: all { $all } have a stop.
results-transit-some = 🔁 Flights with a stop: { $count } of { $all }, cheapest first. { $more ->
    [0] Choose below.
   *[other] Choose below; { $more } more are on the list.
  }
results-transit-all = 🔁 All { $all } flights on this list have a stop.
results-transit-none = No flights with a stop on this list: all { $all } are direct.
results-time-airline-none = 🕒 No { $airline } flights in the { $time } on this day, so all { $airline } flights are shown. Flights in the { $time }: { $flights }.
results-time-airline-none-any = 🕒 No { $time } flights on this day (any airline), so all { $airline } flights are shown.
results-hour-none = 🕒 No flight leaves around { $hour } on this day. { $nearest ->
    [none] There are no other flights.
   *[other] The nearest: { $nearest }.
  }
