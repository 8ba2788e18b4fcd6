## A group's link to a member's own MMBC account (/pengaturan akun) ends when she leaves the group
account-link-owner-left = ℹ️ Akun MMBC { $name } tidak dipakai lagi di grup ini karena { $name } keluar; grup kembali ke akun bawaan. Deposit { $name } tidak terpakai di sini lagi; jika bergabung lagi, { $name } bisa menautkannya lagi dengan <code>/pengaturan akun</code>.
account-link-owner-left-private = ℹ️ Grup <b>{ $group }</b> tidak memakai akun MMBC Anda lagi karena Anda keluar dari grup itu; deposit Anda tidak terpakai di sana lagi.
## Her private /akun lists the groups using her account; /pengaturan akun mati in private stops them
account-used-in-groups = Dipakai di grup: { $groups }. <code>/pengaturan akun mati</code> di sini menghentikannya.
account-groups-unlinked = ✅ Akun MMBC Anda tidak dipakai lagi di: { $groups }.
account-groups-none = Akun MMBC Anda tidak dipakai di grup mana pun.
account-link-stopped-by-owner = ℹ️ { $name } berhenti memakaikan akun MMBC-nya di grup ini; grup kembali ke akun bawaan.
account-link-owner-logout = ℹ️ { $name } sudah logout dari MMBC: grup ini tidak memakai akun { $name } lagi dan kembali ke akun bawaan. Deposit { $name } tidak terpakai di sini lagi.
account-link-owner-relogin = ℹ️ { $name } login dengan username MMBC lain: grup ini tidak memakai akun lama { $name } lagi dan kembali ke akun bawaan. Untuk memakai yang baru di sini, { $name } bisa menautkannya dengan <code>/pengaturan akun</code>.
