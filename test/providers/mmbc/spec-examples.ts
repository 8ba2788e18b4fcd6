/** Bodies copied from the MMBC v5 document (spec/mmbc-api.md), byte for byte where it gives them. */
export const SPEC = {
  balance: '{"result":"ok","saldo":"99,999"}',
  cities: '[{"code":"CGK","city":"Jakarta"},{"code":"SUB","city":"Surabaya"},{"code":"HLP","city":"Jakarta Halim"},{"code":"ARD","city":"Alor Island"}]',
  airlines: '[{"flight_code":"9B","flight_name":"AccessRail","flight_image":"https:\\/\\/da8hvrloj7e7d.cloudfront.net\\/imageResource\\/2015\\/12\\/17\\/1450350710653-f522e35b03adb20da95195584a72713d.png"}]',
  search: '[{"flight":"AirAsia","flight_code":"QZ-7682","flight_image":"https:\\/\\/x.png","flight_from":"CGK","flight_to":"SUB","flight_route":"CGK-SUB","flight_date":"2016-06-08","flight_transit":"Nonstop","flight_infotransit":"CGK - SUB (08:45 - 10:00)","flight_datetime":"08:45 - 10:00","flight_price":"350000","flight_publishfare":0,"flight_baggage":"15 Kg","flight_facilities":"-"},{"flight":"Lion Air","flight_code":"JT-690","flight_image":"https:\\/\\/x.png","flight_from":"CGK","flight_to":"SUB","flight_route":"CGK-SUB","flight_date":"2016-06-08","flight_transit":"Nonstop","flight_infotransit":"CGK-SUB (05:00 - 06:30) ","flight_datetime":"05:00 - 06:30","flight_price":"440000","flight_publishfare":"385000","flight_baggage":"20 Kg","flight_facilities":"-"},{"flight":"Lion Air","flight_code":"JT-748","flight_image":"https:\\/\\/x.png","flight_from":"CGK","flight_to":"SUB","flight_route":"CGK-SUB","flight_date":"2016-06-08","flight_transit":"Nonstop","flight_infotransit":"CGK-SUB (06:00 - 07:30) ","flight_datetime":"06:00 - 07:30","flight_price":"440000","flight_publishfare":"385000","flight_baggage":"20 Kg","flight_facilities":"-"}]',
  searchPerAirline: '[{"flight":"Batik Air","flight_code":"ID-6596","flight_route":"CGK-SUB","flight_transit":"Nonstop","flight_datetime":"04:30 - 06:00","flight_price":"650000"},{"flight":"Lion Air","flight_code":"JT-690","flight_route":"CGK-SUB","flight_transit":"Nonstop","flight_datetime":"05:00 - 06:30","flight_price":"639000"}]',
  searchLate: '[{"flight":"Lion Air","flight_code":"JT-999","flight_from":"CGK","flight_to":"DPS","flight_route":"CGK-DPS","flight_date":"2016-06-08","flight_transit":"1 Transit","flight_infotransit":"CGK - SUB (22:10 - 23:40) SUB - DPS (00:20 - 01:05)","flight_datetime":"22:10 - 01:05","flight_price":"1,250,000","flight_publishfare":"1,100,000","flight_baggage":"20 Kg","flight_facilities":"Meals"}]',
  price: '{"login":"yes","result":"ok","flight":"Lion Air","flight_code":"JT-748","flight_image":"https:\\/\\/x.png","flight_seat":"7","flight_from":"CGK","flight_to":"SUB","flight_date":"2016-05-27","flight_transit":"Nonstop","flight_time":"06:00 - 07:30","adult":"1","child":"0","infant":"0","publish":"385,000","tax":"55,000","totalfare":"440,000"}',
  booking: '{"login":"yes","result":"ok","flight":"Lion Air","flight_code":"JT-253","kodebooking":"YDZADF","flight_from":"PDG","flight_to":"CGK","flight_route":"PDG-CGK","flight_departure":"20 Mar 2017 08:15","flight_time":"08:15 - 10:05","flight_transit":"Nonstop","flight_infotransit":"Padang(PDG) 08:15 - Jakarta(CGK) 10:05","flight_class":"X","flight_totalpassenger":"1","flight_datapassengers":"[{\\"passenger_title\\":\\"Mr\\",\\"passenger_fullname\\":\\"Fransiskus\\",\\"passenger_type\\":\\"Adult\\",\\"passenger_baggageintl\\":\\"\\",\\"passenger_ffnumber\\":\\"\\",\\"passenger_dob\\":\\"\\",\\"passenger_passportnumber\\":\\"\\",\\"passenger_passportexpired\\":\\"\\"}]","flight_contactdetails":"{\\"contact_title\\":\\"Mr\\",\\"contact_fullname\\":\\"Fransiskus Fransiskus\\",\\"contact_email\\":\\"fransiskus@gmail.com\\",\\"contact_phone\\":\\"081290188790\\"}","flight_publishfare":"479600","flight_tax":"45000","flight_totalfare":"524600","flight_shownta":"518440","flight_bonus_agen":"6160","flight_timelimit":"24 Jan 2017 23:59","flight_statusbooking":"waiting"}',
  bookingMessageFailure: '{"result":"no","flight_code":"SJ268","flight_seat":"9","kodebooking":"","message":"Psg 1 name \'\' is an empty string\\r\\nContact name not valid !\\r\\nContact surname is empty !\\r\\nContact Title is empty !"}',
  issue: '{"result":"ok","reason":" Kode Booking XXXXX sudah berhasil terissued!"}',
  issueWithTickets: '{"result":"ok","reason":" Kode Booking XXXXX sudah berhasil terissued!","ticket_number":"123456789|012345678"}',
  issueConfirm: '{"result":"ok","reason":" Kode Booking XXXXX sudah berhasil terissued!","ticket_number":"Confirm"}',
  status: '{"result":"ok","kodebooking":"XXXXX","status":"waiting"}',
  ticket: '{"result":"ok","reason":"link download etiket https://klikmbc.co.id/getbook/etiket/etiket-XXXXX.pdf"}',
  reset: '{"result":"ok","username":"dummy","newpassword":"dummy123"}',
} as const;

/** Every failure reason the document shows, with the typed error it must become. */
export const FAILURES: [string, string][] = [
  ['{"result":"no","reason":"invalid login"}', "invalid_credentials"],
  // Listed with "failed to receive data" as the per-airline search's failures (§6): an airline's, not the login's.
  ['{"result":"no","reason":"system failed login"}', "upstream"],
  ['{"result":"no","reason":"no result"}', "no_flights"],
  ['{"result":"no","reason":"data invalid"}', "validation"],
  ['{"result":"no","reason":"password minimal 6 characters"}', "validation"],
  ['{"result":"no","reason":"failed to receive data"}', "upstream"],
  ['{"result":"no","reason":"status kode booking XXXXX adalah Expired"}', "booking_expired"],
  ['{"result":"no","reason":"Sisa saldo tidak cukup untuk Issued tiket, sisa saldo anda adalah 0."}', "insufficient_deposit"],
  ['{"result":"no","reason":"Kode Booking XXXXX tidak ditemukan, silakan periksa kembali kode bookingnya."}', "booking_not_found"],
  ['{"result":"no","reason":"Invalid Kode Booking XXXXX!"}', "booking_not_found"],
  ['{"result":"no","reason":"Invalid Kode Booking!"}', "booking_not_found"],
  [SPEC.bookingMessageFailure, "validation"],
  ['{"result":"no","flight_code":"JT690","flight_seat":"0","kodebooking":"","message":"Seat not available\\r\\n"}', "seat_gone"],
];

/** Reasons the sandbox (and real deployments) use beyond the document. */
export const MORE_FAILURES: [string, string][] = [
  ['{"result":"no","reason":"Kode Booking XXXXX sudah di Issued sebelumnya"}', "already_issued"],
  ['{"result":"no","reason":"status kode booking XXXXX adalah Cancel"}', "booking_cancelled"],
  ['{"result":"no","reason":"E-tiket kode booking XXXXX belum tersedia (status waiting)"}', "ticket_not_ready"],
];
