# Sudah dibayar dari deposit, tapi maskapai masih menerbitkan tiketnya (antrean tiket.com): belum "issued".
issue-paid-awaiting = 💳 <b>{ $code }: sudah dibayar dari deposit.</b> Maskapai masih menerbitkan tiketnya, jadi belum issued: e-tiket dikirim ke sini begitu terbit. Jangan dibayar lagi; /cek { $code } menunjukkan statusnya.
issue-already-paid = 💳 { $code } sudah dibayar dari deposit dan maskapai masih menerbitkan tiketnya. Tidak ada yang dibayar lagi; e-tiket dikirim ke sini begitu terbit.
ticket-ticketing = 📄 { $code } sudah dibayar; maskapai masih menerbitkan tiketnya. E-tiket dikirim ke sini begitu terbit: tidak perlu di-issued lagi.
ticket-still-issuing = ⏳ <b>{ $code }</b>: maskapai belum juga menerbitkan tiketnya (sudah dibayar dari deposit; tidak dibayar lagi). Cek nanti dengan /cek { $code }: begitu terbit, e-tiket dikirim ke sini.
