import type { BookingRequest } from "../../../src/domain/booking.js";

/**
 * Bodies built from the tiket.com spec (shared/spec/tiket-api.md): its envelope and error examples as
 * given, and each payload from the fields and example values it lists, typing quirks included
 * (decimal strings, bare-number totals, comma decimals, string "200" status, missing unix_timestamp).
 */
const TOKEN = "712402a7c363b12d87f6b02749f6f0c91b64c47e";

const diag = (extra = "") =>
  `"diagnostic":{"status":200,"elapsetime":"0.0555","memoryusage":"4.48MB","unix_timestamp":1399524662,"confirm":"success","lang":"id","currency":"IDR"${extra}}`;

/** An OK envelope around a payload (JSON text without braces). */
export const okBody = (payload = "", token = TOKEN) =>
  `{${diag()},"output_type":"json"${payload ? `,${payload}` : ""},"login_status":"false","token":"${token}"}`;

/** A not-OK envelope, shaped like the spec's delete_order error. */
export const errorBody = (status: number | string, message: string) =>
  `{"diagnostic":{"error_msgs":${JSON.stringify(message)},"status":${JSON.stringify(status)},"elapsetime":"0.0557","memoryusage":"4.58MB","unix_timestamp":1401939653,"lang":"id","currency":"IDR"},"output_type":"json","login_status":"false","token":"${TOKEN}"}`;

const leg = '{"flight_number":"QG-660","departure_city":"SUB","arrival_city":"LOP","simple_departure_time":"15:25","simple_arrival_time":"17:35","check_in_baggage":"20","terminal":"","duration_time":4200,"img_src":"x.png"}';
const row = (id: string, number: string, dep: string, arr: string, price: string, extra = "") =>
  `{"flight_id":"${id}","airlines_name":"CITILINK","flight_number":"${number}","departure_city":"SUB","arrival_city":"LOP","departure_city_name":"Surabaya","arrival_city_name":"Lombok","stop":"Langsung","long_via":"","full_via":"SUB - LOP (${dep} - ${arr})","price_value":"${price}","price_adult":"${price}","price_child":"0,00","price_infant":"0,00","timestamp":"2016-08-01 10:00:00","simple_departure_time":"${dep}","simple_arrival_time":"${arr}","duration":"1 j 10 m","has_food":"0","check_in_baggage":"20","need_baggage":0,"is_promo":0,"airport_tax":true,"best_deal":false,"markup_price_string":"","image":"http:\\/\\/www.tiket.com\\/images\\/tiket2\\/icon_citilink_2.jpg","sss_key":null,"flight_infos":{"flight_info":[${leg}]}${extra}}`;

export const SPEC = {
  token: okBody(),
  airports: okBody('"all_airport":{"airport":[{"airport_name":"Pattimura","airport_code":"AMQ","location_name":"Ambon","country_id":"id","country_name":"Indonesia"},{"airport_name":"Juanda","airport_code":"SUB","location_name":"Surabaya","country_id":"id","country_name":"Indonesia"}]}'),
  /** The cached first answer: one flight. */
  searchCached: okBody(`"round_trip":false,"search_queries":{"from":"SUB","to":"LOP","date":"2016-08-04","ret_date":"","adult":"1","child":"0","infant":"0","sort":false},"departures":{"result":[${row("2490729", "QG-660", "15:25", "17:35", "936900.00")}]}`),
  /** After Check Update: two more, one a bare-number price, one landing after midnight. */
  searchFresh: okBody(`"round_trip":false,"departures":{"result":[${row("2490729", "QG-660", "15:25", "17:35", "936900.00")},${row("2490730", "QG-662", "22:40", "00:50", "812000.00")},${row("2490731", "QG 664", "06:00", "08:10", "0")}]}`),
  checkUpdate: (update: number) => okBody(`"update":${update},"timestamp":1470280000`),
  flightData: okBody(`"required":{"separator":{"mandatory":1,"type":"text","example":"","FieldText":"Contact Person","category":"separator"},"conSalutation":{"mandatory":1,"type":"combobox","example":"Mr","FieldText":"Title","category":"contact","resource":[{"id":"Mr","name":"Mr"},{"id":"Mrs","name":"Mrs"}]},"conFirstName":{"mandatory":1,"type":"textbox","example":"Jane","FieldText":"First Name","category":"contact"},"conLastName":{"mandatory":1,"type":"textbox","example":"Wacob","FieldText":"Last Name","category":"contact"},"conPhone":{"mandatory":1,"type":"textbox","example":"+6281234567890","FieldText":"Phone","category":"contact"},"separator_adult1":{"mandatory":1,"type":"text","example":"","FieldText":"Adult 1","category":"separator"},"firstnamea1":{"mandatory":1,"type":"textbox","example":"Jane","FieldText":"First Name","category":"adult1"},"lastnamea1":{"mandatory":1,"type":"textbox","example":"Wacob","FieldText":"Last Name","category":"adult1"},"ida1":{"mandatory":1,"type":"textbox","example":"3174092302900001","FieldText":"ID","category":"adult1"},"titlea1":{"mandatory":1,"type":"combobox","example":"Mr","FieldText":"Title","category":"adult1","resource":[{"id":"Mr","name":"Mr"}]},"birthdatea1":{"mandatory":1,"type":"datetime","example":"1990-01-01","FieldText":"Birth Date","category":"adult1"},"passportnationalitya1":{"mandatory":1,"type":"combobox","example":"id","FieldText":"Nationality","category":"adult1","resource":"http:\\/\\/api.tiket.com\\/general_api\\/listCountry"}},"departures":{"flight_id":"2490729","airlines_name":"CITILINK","flight_number":"QG-660","price_value":"936900.00","count_adult":"2","count_child":"1","count_infant":"1","price_adult":"936900.00","price_child":"900000.00","price_infant":"93690,00","stop":"Langsung","full_via":"SUB - LOP (15:25 - 17:35)","need_baggage":0,"duration":"1 j 10 m","flight_infos":{"flight_info":[${leg}]}}`),
  lionCaptcha: okBody('"lioncaptcha":"data:image\\/jpeg;base64,\\/9j\\/4AAQSkZJRg==","lionsessionid":"0yjpyyahziye1u55vgdau1a3|0"'),
  addOrder: okBody(),
  order: okBody('"myorder":{"order_id":"20604252","data":[{"expire":44,"order_detail_id":"8092570","order_type":"flight","customer_price":"1113285.00","order_name":"SUB - LOP","order_name_detail":"Citilink (QG-660 - Depart)","order_detail_status":"active","detail":{"airlines_name":"Citilink","flight_number":"QG-660","flight_date":"2016-08-04","departure_time":"15:25","arrival_time":"17:35","price":1113285},"order_photo":"","tax_and_charge":"0.00","subtotal_and_charge":"1113285.00","delete_uri":"https:\\/\\/api.tiket.com\\/order\\/delete_order?order_detail_id=8092570"}],"total":1113285,"total_tax":"36000.00","total_without_tax":"1077285.00","count_installment":0,"promo":[],"discount":"","discount_amount":"0.00"},"checkout":"https:\\/\\/api.tiket.com\\/order\\/checkout\\/20604252\\/IDR"'),
  checkout: okBody('"next_checkout_uri":"https:\\/\\/api.tiket.com\\/checkout\\/checkout_customer"'),
  checkoutCustomer: `{${diag()},"output_type":"json","user_account":{"username":"budi@example.com"},"login_status":"true","guest_id":"167023","login_email":"budi@example.com","token":"${TOKEN}"}`,
  /** The hotel flow's harmless 201. */
  checkoutCustomerNotice: `{"diagnostic":{"error_msgs":"Your Contact Person details has been saved.","status":201,"elapsetime":"0.0557","lang":"id","currency":"IDR"},"output_type":"json","user_account":{"username":"budi@example.com"},"login_status":"true","guest_id":"167023","login_email":"budi@example.com","token":"${TOKEN}"}`,
  /** partner/transactionApi (spec §8): these orders placed with the deposit and waiting for confirmation. */
  transactionList: (orders: { id: string; total: number }[]) =>
    okBody(`"result":[${orders.map((o) => `{"order_id":"${o.id}","payment_status":"checkout","total_customer_price":"${o.total}.00","status":"confirm"}`).join(",")}],"search":{"page":1,"offset":20,"total_data":${orders.length},"total_page":1}`),
  /** The spec §7 preview (checkout_payment without btn_booking=1) of check_order's 1,113,285 order, plus a fee if given; order_id only when given. */
  paymentPreview: (charge = 0, orderId?: string) =>
    okBody(`"result":{"payment_discount":0,${orderId ? `"order_id":"${orderId}",` : ""}"currency":"IDR","payment_charge":${charge},"sub_total":1113285,"unique_code":0,"grand_total":${1113285 + charge},"grand_subtotal":1113285}`),
  depositPayment: okBody('"orderId":20604252,"grand_total":59680,"message":"Please transfer the payment <strong>3 hours<\\/strong>"'),
  /** confirmPayment: envelope only, with the string "200" and no unix_timestamp. */
  confirmPayment: `{"diagnostic":{"status":"200","elapsetime":"0.0121","memoryusage":"4.1MB","confirm":"success","lang":"id","currency":"IDR"},"output_type":"json","login_status":"false"}`,
  saldo: okBody('"results":"1035151.00"'),
  checkOrder: (opts: { pay: string; ticket: string; pnr?: string; tickets?: string[]; print?: boolean; expire?: string }) => okBody(`"result":{"order_id":"20604252","order_timestamp":"2013-06-10 10:00:00","payment_timestamp":"","payment_status":"${opts.pay}","total_customer_price":"1113285.00","customer_currency":"IDR","mobile_phone":"081232323343","all_order_type":"flight","order__cart_detail":[{"order_detail_id":"8092570","order_type":"flight","order_name":"SUB - LOP","customer_price":"1113285.00","total_ticket":"1","detail":{"order_detail_status":"active","order_expire_datetime":"${opts.expire ?? "2099-06-18 06:15:00"}","flight_number":"GA 724","trip":"trip","airlines_name":"GARUDA","departure_city":"CGK","departure_time":"2013-06-18 06:15:00","arrival_city":"DPS","arrival_time":"2013-06-18 09:00:00","ticket_class":"Y","booking_code":"${opts.pnr ?? ""}","count_adult":"1","count_child":"0","count_infant":"0","contact_title":"Mr","contact_first_name":"Budi","contact_phone":"081232323343","ticket_status":"${opts.ticket}"},"passanger":[${(opts.tickets ?? [""]).map((t) => `{"passanger_baggage":"20 Kg","passenger_name":"Mr Budi Santoso","passenger_age_group":"adult","passenger_id_number":"3174","passenger_birth_date":"1980-01-01","passenger_ticket_number":"${t}"}`).join(",")}]${opts.print ? ',"print_uri":"PRINT_URI","send_uri":"https:\\/\\/api.tiket.com\\/check_order\\/resendVoucher?type=flight"' : ""},"check_in_baggage":"20"}],"order__payment":[],"order__confirmation":[]}`),
} as const;

/** Not-OK answers and the error each must become (endpoint used: check_order, a read). */
export const READ_FAILURES: [string, string, string][] = [
  ["201 order not found", errorBody(201, "Pesanan tidak ditemukan"), "booking_not_found"],
  ["401 wrong secret key", errorBody(401, "Secret key tidak valid"), "invalid_credentials"],
  ["201 unrecognised", errorBody(201, "Order failed to delete"), "upstream"],
  ["211 undocumented", errorBody(211, "Terjadi kesalahan"), "upstream"],
  ["500 in the envelope", errorBody(500, "Gagal mendapatkan respon dari maskapai"), "upstream"],
];

/** A party with every passenger type: two adults (one with a three-word name), a child, an infant with an accent. */
export const request: BookingRequest = {
  provider: "tiket", offerRef: "2490729", flightCode: "QG-660", from: "SUB", to: "LOP", date: "2016-08-04",
  pax: { adult: 2, child: 1, infant: 1 },
  passengers: [
    { type: "adult", title: "Mr", fullName: "Budi  Santoso", birthDate: "1980-01-01", idNumber: "3174092302900001", nationality: "id" },
    { type: "adult", title: "Mrs", fullName: "Siti Nur Aminah", birthDate: "1982-02-02", idNumber: "3174092302900002" },
    { type: "child", title: "Mstr", fullName: "Andi", birthDate: "2010-03-03" },
    { type: "infant", title: "Miss", fullName: "Dési Santoso", birthDate: "2016-01-04" },
  ],
  contact: { email: "budi@example.com", phone: "+6281234567890" },
};
