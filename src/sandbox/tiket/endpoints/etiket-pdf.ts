/**
 * GET /etiket/<order_id>.pdf: the voucher behind check_order's print_uri, a real PDF (pdf-lib).
 * 404 HTML until the order is issued, and for orders whose flights only get e-mailed vouchers.
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { findAirport } from "../data/airports.js";
import { findCarrier } from "../data/airlines.js";
import { html, type EndpointHandler } from "../http/context.js";
import type { TiketOrder, TiketOrderDetail } from "../types.js";
import { zonedDateTime } from "../wire/format.js";

export const etiketPdf: EndpointHandler = async ({ state, pathParams }) => {
  const orderId = pathParams.order_id ?? "";
  const order = state.order(orderId);
  const details = order?.details.filter((d) => d.status === "active" && !findCarrier(d.carrierCode)?.voucherByEmailOnly) ?? [];
  if (!order || order.ticketStatus !== "issued" || details.length === 0) {
    return html(404, `<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1><p>${orderId}.pdf</p></body></html>`);
  }
  let bytes = state.etiketCache.get(orderId);
  if (!bytes) {
    bytes = await renderVoucher(order, details, state.timeZone);
    state.etiketCache.set(orderId, bytes);
  }
  return { status: 200, contentType: "application/pdf", body: bytes };
};

/** Helvetica only encodes WinAnsi; anything else would make pdf-lib throw. */
function safe(text: string): string {
  return text.replace(/[^\x20-\x7E\xA0-\xFF]/g, "?");
}

async function renderVoucher(order: TiketOrder, details: TiketOrderDetail[], timeZone: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`E-Ticket ${order.orderId}`);
  pdf.setProducer("tiket.com partner API sandbox");
  const page = pdf.addPage([595.28, 841.89]);
  const w = writer(page, await pdf.embedFont(StandardFonts.Helvetica), await pdf.embedFont(StandardFonts.HelveticaBold));
  w.text("E-TICKET / FLIGHT VOUCHER", 18, true);
  w.text("tiket.com partner API sandbox - not a real ticket", 9);
  w.skip(14);
  w.pair("Order ID", order.orderId);
  w.pair("Contact", `${order.contact.salutation} ${order.contact.firstName} ${order.contact.lastName}, ${order.contact.email}`);
  w.pair("Issued", `${zonedDateTime(order.issuedAt ?? order.createdAt, timeZone)} (${timeZone})`);
  for (const d of details) {
    w.skip(10);
    const carrier = findCarrier(d.carrierCode);
    const place = (code: string) => `${findAirport(code)?.locationName ?? code} (${code})`;
    w.text(`${carrier?.cartName ?? d.carrierCode} ${d.flightNumber} - ${d.trip === "return" ? "Return" : "Depart"}`, 13, true);
    w.pair("Booking code (PNR)", d.bookingCode ?? "-");
    w.pair("Route", `${place(d.from)} - ${place(d.to)}`);
    w.pair("Departure", `${d.departure.slice(0, 16)} (local time)`);
    w.pair("Arrival", `${d.arrival.slice(0, 16)} (local time)`);
    w.pair("Class", d.ticketClass);
    d.passengers.forEach((p, i) => {
      w.text(`${i + 1}. ${p.title} ${p.firstName} ${p.lastName} (${p.type})   Ticket: ${d.ticketNumbers?.[i] ?? "-"}`, 10);
    });
  }
  return pdf.save();
}

function writer(page: PDFPage, font: PDFFont, bold: PDFFont) {
  let y = 790;
  return {
    text(value: string, size = 11, strong = false): void {
      page.drawText(safe(value), { x: 50, y, size, font: strong ? bold : font, color: rgb(0.1, 0.1, 0.1) });
      y -= size + 7;
    },
    pair(label: string, value: string): void {
      page.drawText(safe(label), { x: 50, y, size: 10, font, color: rgb(0.4, 0.4, 0.4) });
      page.drawText(safe(value), { x: 190, y, size: 11, font: bold });
      y -= 20;
    },
    skip(dy: number): void {
      y -= dy;
    },
  };
}
