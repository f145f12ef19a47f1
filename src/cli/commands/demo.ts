import type { Config } from '../../config/config';
import { loadDemoOrganisation } from '../../demo/load-demo-organisation';
import { analyzeDatabase } from '../../storage/migrate';
import { createProgress } from '../progress';
import { openRuntime, type Runtime } from '../runtime';

/** Loads the demo organisation into an open runtime and reports what was made. */
export async function loadDemo(runtime: Runtime, options: { scale: number; seed?: number }): Promise<void> {
  const started = Date.now();
  let progress: ReturnType<typeof createProgress> | null = null;
  const summary = await loadDemoOrganisation(runtime.services, {
    scale: options.scale,
    seed: options.seed,
    today: new Date(),
    onProgress: ({ peopleWritten, peopleTotal }) => {
      // Made at the first chunk, which tells the total; timed from the start.
      progress ??= createProgress({
        label: 'Loading the demo organisation, people',
        total: peopleTotal,
        stream: process.stderr,
        startedAt: started,
      });
      progress.update(peopleWritten);
    },
  });
  (progress as ReturnType<typeof createProgress> | null)?.finish();
  await analyzeDatabase(runtime.handle);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(`Demo organisation loaded in ${seconds} s: ${JSON.stringify(summary)}\n`);
}

/** `tandem demo`: fills an empty database with the deterministic demo organisation. */
export async function demo(config: Config, options: { scale: number; seed?: number }): Promise<void> {
  const runtime = await openRuntime(config);
  try {
    await loadDemo(runtime, options);
  } finally {
    await runtime.close();
  }
}
