# Tap 📄 E-tiket oleh rekan di grup pada booking yang belum issued: hanya untuk yang mengetuk (toast), tanpa perintah.
ticket-not-issued-toast = 📄 { $code } belum issued, jadi belum ada e-tiket. E-tiket dikirim setelah booking di-issued.
