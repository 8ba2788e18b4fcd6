# Kode booking yang diketik sendiri di pertanyaan nama penumpang (name-steps.ts): nama tidak pernah berangka, jadi
# disebut sebagai kode, dengan cara mengeceknya; pertanyaan nama tetap menunggu (diulang di bawahnya).
names-booking-code = <b>{ $code }</b> sepertinya kode booking, bukan nama: untuk cek statusnya, ketik <code>/cek { $code }</code>. Pertanyaan ini masih menunggu nama penumpang.
