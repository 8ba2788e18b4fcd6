import type { FlightOffer } from "./flight.js";
import { localClock } from "./offer-list.js";

/** Half an hour either side of the hour typed: "jam 8an" is anything from 07:30 to 09:29. */
const SLACK_MIN = 30;

const minutesOf = (o: FlightOffer) => { const [h, m] = localClock(o.departsAt).split(":").map(Number); return h! * 60 + m!; };

/**
 * Whether any of `offers` leaves around `hour` ("yg jam 8an"), and if none does, the nearest departure
 * times before and after it ("06:10", "10:25"), so the answer can say there is no 08:xx flight and which are
 * closest instead of quietly showing a part of the day.
 */
export function flightsNearHour(offers: readonly FlightOffer[], hour: number): { around: true } | { around: false; nearest: string[] } {
  const from = hour * 60 - SLACK_MIN;
  const to = hour * 60 + 59 + SLACK_MIN;
  const mins = offers.map(minutesOf);
  if (mins.some((m) => m >= from && m <= to)) return { around: true };
  const before = mins.filter((m) => m < from).sort((a, b) => b - a)[0];
  const after = mins.filter((m) => m > to).sort((a, b) => a - b)[0];
  const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
  return { around: false, nearest: [before, after].filter((m): m is number => m !== undefined).map(clock) };
}
