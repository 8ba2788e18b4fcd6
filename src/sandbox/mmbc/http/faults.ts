import type { EndpointName, Fault } from "../types.js";
import { htmlReply, JSON_TYPE, failReply, type WireReply } from "./reply.js";

const ERROR_500 = `<!DOCTYPE html>
<html><head><title>500 Internal Server Error</title></head><body>
<h1>Internal Server Error</h1>
<p>The server encountered an internal error or misconfiguration and was unable to complete your request.</p>
<hr><address>Apache/2.4.18 (Ubuntu) Server at klikmbc.co.id Port 80</address>
</body></html>`;

const PHP_WARNING = `<br />
<b>Warning</b>:  mysqli_connect(): (HY000/2002): Connection refused in <b>/var/www/html/json/application/config/database.php</b> on line <b>79</b><br />
<!DOCTYPE html><html><head><title>Maintenance</title></head><body>
<h2>Sedang dalam perbaikan (maintenance)</h2><p>Silakan coba beberapa saat lagi.</p>
</body></html>`;

/** The reply for every fault except `timeout`, which the router handles by never answering. */
export function faultReply(fault: Exclude<Fault, { kind: "timeout" }>, endpoint: EndpointName): WireReply {
  switch (fault.kind) {
    case "http500":
      return htmlReply(500, ERROR_500);
    case "html":
      return htmlReply(200, PHP_WARNING);
    case "malformed":
      return { status: 200, contentType: JSON_TYPE, body: truncatedJson(endpoint) };
    case "empty":
      return { status: 200, contentType: JSON_TYPE, body: "" };
    case "login":
      return failReply("system failed login");
    case "upstream":
      return failReply("failed to receive data");
  }
}

function truncatedJson(endpoint: EndpointName): string {
  if (endpoint.startsWith("getflight") || endpoint.startsWith("getcode")) {
    return '[{"flight":"Lion Air","flight_code":"JT-690","flight_image":"https:\\/\\/da8hvrloj7e7d.cloud';
  }
  return '{"result":"ok","kodebooking":"X7K2QD","flight_publi';
}
