// The entry point (npm start, bin/edge-gateway.js, the built dist/edge-gateway.mjs). It quietens `debug` before anything
// loads the MQTT libraries (gateway/app/quiet-debug.ts) and turns off mqtt-packet's number cache before anything writes
// a packet (gateway/app/packet-numbers.ts), then runs the command line; the dynamic import keeps that order in the
// bundle too, where static imports of packages would be hoisted above it.
import './quiet-debug.ts';
import './packet-numbers.ts';

await import('./cli.ts');
