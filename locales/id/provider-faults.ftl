# An "upstream" failure, by whose system the provider's answer says failed (src/bot/features/provider-fault-text.ts).
# $provider: MMBC, tiket.com, or provider-unnamed.
error-upstream-provider-login = ⚠️ Login di sistem { $provider } gagal (gangguan di pihak mereka, bukan akun Anda). Coba lagi sebentar lagi.
error-upstream-provider = ⚠️ Ada gangguan di sistem { $provider }, jadi permintaan ini belum bisa dijawab. Coba lagi sebentar lagi.
error-upstream-airline = ⚠️ Maskapai tidak menjawab { $provider }. Coba lagi sebentar lagi.
error-upstream-unexplained = ⚠️ Permintaan gagal di { $provider } atau di maskapai, tanpa alasan yang jelas. Coba lagi sebentar lagi.
provider-unnamed = provider
