/** The one BullMQ queue every process schedules on (a file of its own: bot-only processes never load the worker). */
export const QUEUE_NAME = "jobs";
