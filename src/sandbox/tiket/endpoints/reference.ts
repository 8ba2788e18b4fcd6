/** Reference data: /flight_api/all_airport and /general_api/{listCountry,listCurrency,listLanguage,getPolicies}. */
import { AIRPORTS } from "../data/airports.js";
import { CURRENCIES, LANGUAGES, countryName, listCountryPayload } from "../data/countries.js";
import { ok, param, type EndpointHandler } from "../http/context.js";

/** `q` (sent by one client, undocumented) filters by code, airport or location name. */
export const allAirport: EndpointHandler = (ctx) => {
  const q = param(ctx, "q").toLowerCase();
  const airport = AIRPORTS.filter(
    (a) => !q || `${a.code} ${a.airportName} ${a.locationName}`.toLowerCase().includes(q),
  ).map((a) => ({
    airport_name: a.airportName,
    airport_code: a.code,
    location_name: a.locationName,
    country_id: a.countryId,
    country_name: countryName(a.countryId),
  }));
  return ok(ctx, { all_airport: { airport } });
};

export const listCountry: EndpointHandler = (ctx) => ok(ctx, { listCountry: listCountryPayload() });

export const listCurrency: EndpointHandler = (ctx) => ok(ctx, { result: CURRENCIES });

export const listLanguage: EndpointHandler = (ctx) => ok(ctx, { result: LANGUAGES });

export const getPolicies: EndpointHandler = (ctx) => {
  const en = ctx.lang === "en";
  return ok(ctx, {
    policies: {
      deposit: {
        name: en ? "Deposit" : "Deposit",
        before: [en ? "The order is paid from the partner deposit." : "Pesanan dibayar dari deposit partner."],
        after: [en ? "The e-ticket is e-mailed to the customer once issued." : "E-tiket dikirim ke email pelanggan setelah terbit."],
      },
      jatis: {
        name: "ATM Transfer",
        before: [en ? "Pay within 60 minutes for flights." : "Bayar dalam 60 menit untuk pesanan pesawat."],
        after: [en ? "Keep the ATM receipt." : "Simpan bukti transfer ATM."],
      },
    },
  });
};
