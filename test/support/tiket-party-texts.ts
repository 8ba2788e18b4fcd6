/** What a party of 7 adults hears where tiket.com is the only provider that would book it (PARTY_LIMITS). */
export const SEVEN_ADULTS_REFUSAL = {
  en: "👥 tiket.com takes at most 6 adults per booking, so it can't book 7 adults together. Split the party (e.g. 4 + 3 adults) and search each booking on its own.",
  id: "👥 tiket.com maksimal 6 dewasa per booking, jadi 7 dewasa tidak bisa dibooking sekaligus di sana. Pecah rombongannya (misalnya 4 + 3 dewasa), lalu cari per booking.",
};

/** What a party with 7 infants hears where tiket.com is the only provider: its limit of 6 infants, said the same way. */
export const SEVEN_INFANTS_REFUSAL = {
  en: "👥 tiket.com takes at most 6 infants per booking, so it can't book 7 infants together. Split the party (e.g. 4 + 3 infants) and search each booking on its own.",
  id: "👥 tiket.com maksimal 6 bayi per booking, jadi 7 bayi tidak bisa dibooking sekaligus di sana. Pecah rombongannya (misalnya 4 + 3 bayi), lalu cari per booking.",
};
