#!/usr/bin/env node
// Entry point for `npx edge-gateway` and the systemd unit: loads tsx in this process, then the TypeScript CLI.
import { register } from 'tsx/esm/api';

register();
await import('../gateway/app/main.ts');
