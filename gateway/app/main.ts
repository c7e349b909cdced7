// The entry point (npm start, bin/edge-gateway.js, the built dist/edge-gateway.mjs). It quietens `debug` before anything
// loads the MQTT libraries (gateway/app/quiet-debug.ts), then runs the command line; the dynamic import keeps that order
// in the bundle too, where static imports of packages would be hoisted above it.
import './quiet-debug.ts';

await import('./cli.ts');
