pax-new-search = 🔎 That reads as a new search, so it is started now.
names-new-search = 🔎 That reads as a new search, not a name. The passengers typed so far are kept here: type the name asked below to go on, or send <code>/search { $line }</code> to start that search instead (this booking is then dropped).
