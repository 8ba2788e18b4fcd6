# Rombongan yang tidak bisa diterima provider mana pun di sini, ditolak sebelum pencarian; batas provider (tiket-party-limit.ftl) disebut dulu.
party-refused-fewer = Atau cari dengan penumpang lebih sedikit dulu, misalnya { $first } untuk booking pertama.
results-party-refused = { $refusal }
    Daftar di atas tetap untuk { $party } dan tombolnya masih bisa dipakai. Untuk mencari satu booking, ketik jumlah penumpangnya (misalnya <code>{ $first }</code>).
# Rombongan melebihi batas anak atau bayi provider di daftar hasil: jumlah anak atau bayi saja bukan rombongan untuk diketik.
results-party-refused-stays = { $refusal }
    Daftar di atas tetap untuk { $party } dan tombolnya masih bisa dipakai.
