/**
 * The one way tests wait for something asynchronous to happen: poll a probe until it returns a
 * truthy value, or fail naming what was awaited. Tests never sleep a fixed time instead.
 * Deadlines are generous (60 s by default): the suite runs on busy machines, where a condition that
 * holds within a second idle may take tens of seconds; waiting longer costs nothing when it holds.
 * The options object (rather than positional timeout and description) keeps callers from
 * swapping the two, as the helpers this replaced did.
 */
export interface WaitOptions {
  /** Named in the error when the deadline passes: "timed out after 60000 ms waiting for <what>". */
  what: string;
  timeoutMs?: number;
  intervalMs?: number;
}

export async function waitUntil<T>(
  probe: () => T | null | undefined | false | Promise<T | null | undefined | false>,
  { what, timeoutMs = 60_000, intervalMs = 50 }: WaitOptions,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
