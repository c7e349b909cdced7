import net from 'node:net';
import { Aedes } from 'aedes';
import { connectDevice, publishJson } from '/work/main/test/support/device.ts';
const broker = await Aedes.createBroker({
  authorizePublish: (_c, packet, done) => { console.log('authz', packet.topic); done(packet.topic.startsWith('refuse/') ? new Error('refused') : null); },
});
const server = net.createServer(broker.handle);
await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
const url = `mqtt://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
const device = await connectDevice(url, 'v1', 'pw');
device.on('close', () => console.log('close event', Date.now()));
device.on('offline', () => console.log('offline'));
const t = Date.now();
try { await publishJson(device, 'refuse/this', { a: 1 }, 1, 3000); console.log('resolved'); } catch (e) { console.log('rejected', String(e), Date.now() - t); }
try { await publishJson(device, 'x', { a: 1 }, 1, 3000); console.log('resolved'); } catch (e) { console.log('rejected', String(e)); }
console.log('ending'); await device.endAsync(); console.log('ended');
await new Promise<void>((r) => broker.close(() => r())); console.log('broker closed');
await new Promise<void>((r) => server.close(() => r())); console.log('server closed');
