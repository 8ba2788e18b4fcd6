import { readIdNumber } from "../../../domain/id-number-input.js";
import { escapeHtml } from "../../../presenters/html.js";
import { stale, type Parsed } from "./ask.js";
import { firstAnswer, type Detail } from "./personal-detail-step.js";

export const askIdNumber: Detail = async (conversation, ctx, passenger, _flightDate, _needs, _handoff, pasted) => {
  // An all-digit number that is no 16-digit KTP is asked about; sent again the same, it is taken (a
  // passport or other ID of digits). Rebuilt from the answers on every replay, so replays agree.
  let questioned: string | undefined;
  const id = await firstAnswer(conversation, ctx, { text: ctx.t("pax-ask-id-number", { name: escapeHtml(passenger.fullName) }) }, (a): Parsed<string> => {
    if (a.kind === "button") return stale(ctx);
    const r = readIdNumber(a.text);
    if (r.ok) return { ok: true, value: r.value };
    if (r.reason === "unreadable") return { ok: false, hint: ctx.t("pax-id-number-invalid") };
    if (questioned === r.value) return { ok: true, value: r.value };
    questioned = r.value;
    return { ok: false, hint: ctx.t("pax-id-number-digits", { digits: r.digits }) };
  }, pasted, (v) => ctx.t("pasted-id-number", { number: escapeHtml(v) }));
  return { value: { ...passenger, idNumber: id.value }, ctx: id.ctx };
};
