# tiket.com hanya bisa dibayar lewat sesi booking-nya sendiri (token pesanan); kalau sesi itu hilang
# (kedaluwarsa atau terganti), tidak ada cara terdokumentasi untuk menyambungkan sesi baru, jadi bot tidak bisa membayarnya.
# /issued, tombol Issued, dan /cek booking seperti itu (di bawah kartunya).
issue-session-lost-by = ⚠️ Sesi { $provider } untuk <b>{ $code }</b> sudah kedaluwarsa, jadi bot tidak bisa lagi membayarnya. Belum ada yang dibayar. Agar booking tetap berlaku, bayar lewat dashboard partner { $provider } sebelum <b>{ $deadline }</b>.
issue-session-lost = ⚠️ Sesi { $provider } untuk <b>{ $code }</b> sudah kedaluwarsa, jadi bot tidak bisa lagi membayarnya. Belum ada yang dibayar. Agar booking tetap berlaku, bayar lewat dashboard partner { $provider } sebelum batas waktu bayarnya.
