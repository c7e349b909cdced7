// The typed event bus: listeners hear what is emitted, in the order they subscribed, until they unsubscribe; one that
// throws is reported and does not keep the others (or the emitter) from going on.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { EventBus } from '../../base/event-bus.ts';

interface Events {
  'machine.seen': { deviceId: string };
  'spool.full': { active: boolean };
}

it('calls every listener of an event, in subscription order, and no other event', () => {
  const bus = new EventBus<Events>(() => assert.fail('no listener throws here'));
  const heard: string[] = [];
  bus.on('machine.seen', ({ deviceId }) => heard.push(`first ${deviceId}`));
  bus.on('machine.seen', ({ deviceId }) => heard.push(`second ${deviceId}`));
  bus.on('spool.full', ({ active }) => heard.push(`full ${active}`));
  bus.emit('machine.seen', { deviceId: 'vend-01' });
  assert.deepEqual(heard, ['first vend-01', 'second vend-01']);
  bus.emit('spool.full', { active: true });
  assert.deepEqual(heard, ['first vend-01', 'second vend-01', 'full true']);
});

it('stops calling a listener once it unsubscribed, also one that unsubscribes while the event is being told', () => {
  const bus = new EventBus<Events>(() => assert.fail('no listener throws here'));
  const heard: string[] = [];
  const offA = bus.on('machine.seen', ({ deviceId }) => {
    heard.push(`a ${deviceId}`);
    offA();
  });
  const offB = bus.on('machine.seen', ({ deviceId }) => heard.push(`b ${deviceId}`));
  bus.emit('machine.seen', { deviceId: '1' });
  bus.emit('machine.seen', { deviceId: '2' });
  offB();
  bus.emit('machine.seen', { deviceId: '3' });
  assert.deepEqual(heard, ['a 1', 'b 1', 'b 2']);
  assert.equal(bus.listenerCount('machine.seen'), 0);
});

it('reports a listener that throws, with its event, and still calls the listeners after it', () => {
  const failures: string[] = [];
  const bus = new EventBus<Events>((event, err) => failures.push(`${String(event)}: ${(err as Error).message}`));
  const heard: string[] = [];
  bus.on('spool.full', () => {
    throw new Error('broken listener');
  });
  bus.on('spool.full', ({ active }) => heard.push(`full ${active}`));
  assert.doesNotThrow(() => bus.emit('spool.full', { active: false }));
  assert.deepEqual(failures, ['spool.full: broken listener']);
  assert.deepEqual(heard, ['full false']);
});
