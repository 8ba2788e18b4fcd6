## The date picker's month header
calendar-months = Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember
