## Link 🔒 data pribadi milik anggota grup dibuka orang lain (rekan di grup)
pd-for-member = 🔒 Link ini untuk <b>{ $name }</b>, yang sedang booking di grup: hanya dia yang bisa mengisi data penumpang lewat link ini. Tidak ada yang diubah.
pd-for-member-unnamed = 🔒 Link ini untuk anggota yang sedang booking di grup: hanya dia yang bisa mengisi data penumpang lewat link ini. Tidak ada yang diubah.
