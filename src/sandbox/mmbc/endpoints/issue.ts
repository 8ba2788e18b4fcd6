import { failReply, jsonReply, type EndpointHandler } from "../http/reply.js";
import { markIssued } from "../state/issue-booking.js";
import { thousands } from "../wire-format.js";

export const getIssued: EndpointHandler = ({ state, params }) => {
  const code = params.kodebooking?.trim().toUpperCase();
  if (!code) return failReply("data invalid");
  const booking = state.booking(code);
  if (!booking) return failReply(`Kode Booking ${code} tidak ditemukan, silakan periksa kembali kode bookingnya.`);
  if (booking.status === "issued") return failReply(`Kode Booking ${code} sudah di Issued sebelumnya`);
  if (booking.status === "cancel") return failReply(`status kode booking ${code} adalah Cancel`);
  if (booking.status === "expired") return failReply(`status kode booking ${code} adalah Expired`);
  if (state.balance < booking.nta) {
    return failReply(`Sisa saldo tidak cukup untuk Issued tiket, sisa saldo anda adalah ${thousands(state.balance)}.`);
  }
  state.balance -= booking.nta;
  markIssued(booking, state.now());
  return jsonReply({
    result: "ok",
    reason: ` Kode Booking ${code} sudah berhasil terissued!`,
    ticket_number: (booking.ticketNumbers ?? []).join("|"),
  });
};
