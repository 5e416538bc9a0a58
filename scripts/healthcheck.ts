// Container health check (Dockerfile HEALTHCHECK, docker-compose.yml): the API role must answer
// /health/ready; the worker, which has no HTTP port, must answer on METRICS_PORT.
const role = process.argv.find((a) => a.startsWith('--role='))?.slice(7) ?? process.env.APP_ROLE ?? 'all';
const url =
  role === 'worker'
    ? `http://127.0.0.1:${process.env.METRICS_PORT ?? '9464'}/metrics`
    : `http://127.0.0.1:${process.env.PORT ?? '3000'}/health/ready`;

try {
  const res = await fetch(url, { signal: AbortSignal.timeout(8000) });
  process.exitCode = res.ok ? 0 : 1;
} catch {
  process.exitCode = 1;
}
