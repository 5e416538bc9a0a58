/**
 * Process-wide lifecycle state. `draining` turns true when SIGTERM/SIGINT arrives: readiness then
 * answers 503 (so a load balancer stops routing here) while requests already on their way are
 * still answered, each with `Connection: close` (src/app/bootstrap.ts).
 */
export const lifecycle = { draining: false };
