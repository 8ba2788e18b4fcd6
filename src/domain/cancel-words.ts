import { isCancelWords } from "./results-words.js";

/**
 * The plain word, as busy agents type it ("BATAL 🙏", "btl", "gak jadi", "gk jd", "batalin", "Cancel!"),
 * cancels a flow in progress (and is left alone otherwise). Only the word alone, with emoji or
 * punctuation around it, an "ok"/"ya"/"eh"/"pls" before it ("ok gk jd", "pls cancel") and an "aja"/"dulu"/"kak"
 * or "it"/"pls"/"this"/"the search" after it ("cancel aja", "batal dulu kak", "cancel it", "cancel the search").
 * Not "cancel my booking" / "cancel this booking": a booking is not cancelled here, and that is said
 * (typed-requests.ts), rather than the flow on screen ending with "Cancelled".
 */
const CANCEL_WORD = /^[\s\p{P}\p{S}\p{M}\p{Cf}]*(?:(?:ok|oke|okay|ya|yah|eh|wah|aduh|udah|udh|sudah|maaf|sorry|pls|please|plz|tolong|tlg|just)[\s,]+)?(?:batal|batalkan|batalin|dibatalin|dibatalkan|btl|cancel|cancelin|stop|berhenti|(?:gak|ga|gk|nggak|ngga|enggak|tidak|tdk|g)\s+(?:jadi|jd)|gajadi|gajd|gjd|gkjd|(?:nggak|gak|ga|gk|tidak|tdk)\s+usah)(?:[\s,]+(?:aja|saja|deh|dulu|dl|ya|kak|ka|pak|bu|sis|gan|it|this|that|pls|please|plz|now|(?:the|this)\s+search|search))*[\s\p{P}\p{S}\p{M}\p{Cf}]*$/iu;

/** The strict words, alone ("batal", "cancel", "BATAL 🙏"): what a group line that neither replies to the bot nor mentions it cancels with. */
const STRICT_CANCEL_WORD = /^[\s\p{P}\p{S}\p{M}\p{Cf}]*(?:batal|batalkan|cancel)[\s\p{P}\p{S}\p{M}\p{Cf}]*$/iu;

/**
 * Any cancel the bot knows, at any step and at the results list alike: the words above, and the ones the
 * list reads ("no thanks", "never mind", "forget it", "batal dong"), which a question used to answer with
 * its hint instead.
 */
export function isCancelPhrase(text: string): boolean {
  return CANCEL_WORD.test(text) || isCancelWords(text);
}

/**
 * One rule for a group where the bot reads every message: a line that neither replies to the bot nor
 * mentions it cancels only as `batal`/`cancel` alone (or the /batal command), at every question and at
 * the results list; "btl", "batal aja", "gk jd" there are chatter with colleagues.
 */
export function isStrictCancel(text: string): boolean {
  return STRICT_CANCEL_WORD.test(text);
}
