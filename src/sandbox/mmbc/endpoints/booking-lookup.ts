import { failReply, jsonReply, type EndpointHandler } from "../http/reply.js";

export const getStatusBooking: EndpointHandler = ({ state, params }) => {
  const code = params.kodebooking?.trim().toUpperCase();
  if (!code) return failReply("data invalid");
  const booking = state.booking(code);
  if (!booking) return failReply(`Invalid Kode Booking ${code}!`);
  return jsonReply({ result: "ok", kodebooking: booking.code, status: booking.status });
};

export function etiketPath(code: string): string {
  return `/getbook/etiket/etiket-${code}.pdf`;
}

export const getEtiket: EndpointHandler = ({ state, params, origin }) => {
  const code = params.kodebooking?.trim().toUpperCase();
  if (!code) return failReply("data invalid");
  const booking = state.booking(code);
  if (!booking) return failReply("Invalid Kode Booking!");
  if (booking.status !== "issued") {
    return failReply(`E-tiket kode booking ${code} belum tersedia (status ${booking.status})`);
  }
  return jsonReply({ result: "ok", reason: `link download etiket ${origin}${etiketPath(code)}` });
};
