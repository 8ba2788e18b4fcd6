import type { EndpointName, Fault } from "../types.js";
import { errorBody, type EnvelopeMeta } from "../wire/envelope.js";
import { html, json, JSON_TYPE, type WireReply } from "./context.js";

const ERROR_500 = `<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">
<html><head><title>500 Internal Server Error</title></head><body>
<h1>Internal Server Error</h1>
<p>The server encountered an internal error or misconfiguration and was unable to complete your request.</p>
<hr><address>Apache Server at api-sandbox.tiket.com Port 80</address>
</body></html>`;

const MAINTENANCE = `<!DOCTYPE html><html><head><title>tiket.com - Maintenance</title></head><body>
<h2>Mohon maaf, tiket.com sedang dalam perbaikan.</h2><p>Silakan coba beberapa saat lagi.</p>
</body></html>`;

/** The reply for every fault except `timeout`, which the router handles by never answering. */
export function faultReply(fault: Exclude<Fault, { kind: "timeout" }>, endpoint: EndpointName, meta: EnvelopeMeta): WireReply {
  switch (fault.kind) {
    case "http500":
      return html(500, ERROR_500);
    case "html":
      return html(200, MAINTENANCE);
    case "malformed":
      return { status: 200, contentType: JSON_TYPE, body: truncatedJson(endpoint) };
    case "empty":
      return { status: 200, contentType: JSON_TYPE, body: "" };
    case "status201":
      return json(errorBody(meta, 201, meta.lang === "en" ? "Request failed, please try again" : "Permintaan gagal, silakan coba lagi"));
    case "status204":
      return json(errorBody(meta, 204, meta.lang === "en"
        ? "The same booking has already been made. Please wait 10 minutes before booking again."
        : "Pemesanan yang sama sudah dilakukan. Silakan tunggu 10 menit sebelum memesan kembali."));
    case "status500":
      return json(errorBody(meta, 500, meta.lang === "en"
        ? "Failed to get a response from the airline, please try again"
        : "Gagal mendapatkan respon dari maskapai, silakan coba lagi"));
    case "status":
      return json(errorBody(meta, fault.status, meta.lang === "en" ? fault.en : fault.id));
  }
}

function truncatedJson(endpoint: EndpointName): string {
  if (endpoint === "search/flight") {
    return '{"diagnostic":{"status":200,"elapsetime":"0.7880","confirm":"success"},"output_type":"json","departures":{"result":[{"flight_id":"43205301","airlines_name":"AIRA';
  }
  return '{"diagnostic":{"status":200,"elapsetime":"0.0555","memoryusage":"4.48MB","unix_timestamp":1399524662,"confi';
}
