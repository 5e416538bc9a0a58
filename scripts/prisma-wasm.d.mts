export function prismaWasmDiff(opts: {
  databaseUrl: string;
  from: ['--from-empty'] | ['--from-migrations', string];
  schemaDir?: string;
}): Promise<string>;

export function prismaWasmMigrate(opts: {
  command: 'deploy' | 'status';
  databaseUrl: string;
  migrationsDir: string;
  schemaDir?: string;
}): Promise<string>;
