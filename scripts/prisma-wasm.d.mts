export function prismaWasmDiff(opts: {
  databaseUrl: string;
  from: ['--from-empty'] | ['--from-migrations', string];
  schemaDir?: string;
}): Promise<string>;
