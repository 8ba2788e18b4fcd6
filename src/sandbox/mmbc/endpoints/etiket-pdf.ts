import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { findCity } from "../data/cities.js";
import { htmlReply, type EndpointHandler } from "../http/reply.js";
import type { SandboxBooking } from "../types.js";
import { wireDateTime, wireLocalDateTime } from "../wire-format.js";

/** `GET /getbook/etiket/etiket-<CODE>.pdf` (the router puts the code in params.kodebooking). */
export const getEtiketPdf: EndpointHandler = async ({ state, params }) => {
  const code = (params.kodebooking ?? "").toUpperCase();
  const booking = state.booking(code);
  if (!booking || booking.status !== "issued") return htmlReply(404, notFoundPage(code));
  let bytes = state.etiketCache.get(code);
  if (!bytes) {
    bytes = await renderEtiket(booking, state.timeZone);
    state.etiketCache.set(code, bytes);
  }
  return { status: 200, contentType: "application/pdf", body: bytes };
};

function notFoundPage(code: string): string {
  return `<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1><p>etiket-${code}.pdf was not found on this server.</p></body></html>`;
}

/** Helvetica only encodes WinAnsi; anything else would make pdf-lib throw. */
function safe(text: string): string {
  return text.replace(/[^\x20-\x7E\xA0-\xFF]/g, "?");
}

export async function renderEtiket(booking: SandboxBooking, timeZone: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`E-Ticket ${booking.code}`);
  pdf.setProducer("MMBC sandbox");
  const page = pdf.addPage([595.28, 841.89]);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const writer = lineWriter(page, font, bold);
  const city = (code: string): string => `${findCity(code)?.city ?? code} (${code})`;

  writer.text("E-TICKET / ITINERARY RECEIPT", { size: 18, bold: true });
  writer.text("MMBC B2B flight sandbox - not a real ticket", { size: 9, gap: 24 });
  writer.pair("Booking code (PNR)", booking.code, 14);
  writer.pair("Airline", booking.airline);
  writer.pair("Flight", `${booking.flightCode}  class ${booking.flightClass}  ${booking.transit}`);
  writer.pair("Route", `${city(booking.from)} - ${city(booking.to)}`);
  writer.pair("Departure", wireLocalDateTime(booking.date, booking.departTime));
  writer.pair("Arrival", booking.arriveTime, undefined, 20);
  writer.text("Passengers", { size: 12, bold: true });
  booking.passengers.forEach((p, i) => {
    const ticket = booking.ticketNumbers?.[i] ?? booking.ticketNumbers?.[0] ?? "-";
    writer.text(`${i + 1}. ${p.title} ${p.fullName} (${p.type})   Ticket: ${ticket}`);
  });
  writer.skip(12);
  writer.pair("Contact email", booking.email);
  writer.pair("Contact phone", booking.phone);
  writer.pair("Total fare", `IDR ${booking.totalFare.toLocaleString("en-US")}`);
  writer.pair("Issued", `${wireDateTime(booking.issuedAt ?? booking.createdAt, timeZone)} (${timeZone})`);
  return pdf.save();
}

interface TextOptions {
  size?: number;
  bold?: boolean;
  gap?: number;
}

function lineWriter(page: PDFPage, font: PDFFont, bold: PDFFont) {
  let y = 790;
  const left = 50;
  const text = (value: string, o: TextOptions = {}): void => {
    const size = o.size ?? 11;
    page.drawText(safe(value), { x: left, y, size, font: o.bold ? bold : font, color: rgb(0.1, 0.1, 0.1) });
    y -= o.gap ?? size + 7;
  };
  return {
    text,
    skip: (dy: number): void => {
      y -= dy;
    },
    pair(label: string, value: string, size = 11, gap?: number): void {
      page.drawText(safe(label), { x: left, y, size: 10, font, color: rgb(0.4, 0.4, 0.4) });
      page.drawText(safe(value), { x: left + 140, y, size, font: bold });
      y -= gap ?? size + 9;
    },
  };
}
