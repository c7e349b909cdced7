// SIGTERM and SIGINT stop the gateway in order within a bound; a second signal or the bound forces the exit.
export function stopOnSignals(stop: () => Promise<void>, log: { info: (o: object, m: string) => void }, boundMs = 10_000): Promise<void> {
  return new Promise((resolve) => {
    let stopping = false;
    const onSignal = (sig: string) => {
      if (stopping) return;
      stopping = true;
      log.info({ component: 'controller', signal: sig }, 'stopping');
      const timer = setTimeout(() => {
        process.stderr.write(`stop took longer than ${boundMs} ms; exiting\n`);
        process.exit(1);
      }, boundMs);
      timer.unref();
      stop().then(
        () => {
          clearTimeout(timer);
          resolve();
          process.exit(0);
        },
        (e: unknown) => {
          process.stderr.write(`error while stopping: ${(e as Error).message}\n`);
          process.exit(1);
        },
      );
    };
    process.on('SIGTERM', () => onSignal('SIGTERM'));
    process.on('SIGINT', () => onSignal('SIGINT'));
  });
}
