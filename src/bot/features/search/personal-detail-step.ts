import type { PassengerInput, PassengerRequirements } from "../../../domain/passenger.js";
import type { ConvoContext } from "../../context.js";
import type { Convo } from "./ask.js";

type Step<T> = Promise<{ value: T; ctx: ConvoContext }>;

/**
 * One personal-detail question, as personal-details.ts asks them in turn.
 * `handoff`: asked in the private chat for a group booking (personal-data-conversation.ts), where
 * "back" stays among these questions: the party is changed in the group.
 */
export type Detail = (conversation: Convo, ctx: ConvoContext, passenger: PassengerInput, flightDate: string, needs: PassengerRequirements, handoff: boolean) => Step<PassengerInput>;
