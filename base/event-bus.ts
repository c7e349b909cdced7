// A typed event bus: one events map (event name -> payload type) checked at every emit and every listener, so a reader
// (and "find references") goes from the part that says something happened to every part that reacts to it. Modelled on
// Zigbee2MQTT's lib/eventBus.ts, written out by hand instead of wrapping EventEmitter: no 'error' event semantics, no
// max-listener warnings, no `any`.
//
// Listeners run synchronously, in the order they subscribed, inside emit(): an emitter sees its listeners' effects when
// emit() returns (the device broker reports a session's restored subscriptions right after its connect). A listener
// that throws is reported to `onListenerError` and the others still run: a part that reacts must never break the part
// that reported (the path that acknowledges a device's message, say).

export type Listener<Payload> = (payload: Payload) => void;

export class EventBus<Events extends object> {
  private readonly listeners = new Map<keyof Events, Set<Listener<never>>>();
  private readonly onListenerError: (event: keyof Events, err: unknown) => void;

  constructor(onListenerError: (event: keyof Events, err: unknown) => void) {
    this.onListenerError = onListenerError;
  }

  /** Calls `listener` on every `event` from now on; returns the unsubscribe (call it in the subscriber's stop()). */
  on<E extends keyof Events>(event: E, listener: Listener<Events[E]>): () => void {
    let set = this.listeners.get(event);
    if (!set) {
      set = new Set();
      this.listeners.set(event, set);
    }
    set.add(listener as Listener<never>);
    return () => {
      set.delete(listener as Listener<never>);
    };
  }

  emit<E extends keyof Events>(event: E, payload: Events[E]): void {
    const set = this.listeners.get(event);
    if (!set) return;
    for (const listener of [...set]) {
      try {
        (listener as Listener<Events[E]>)(payload);
      } catch (err) {
        this.onListenerError(event, err);
      }
    }
  }

  /** How many listeners an event has (tests; a part that subscribes in start() and unsubscribes in stop()). */
  listenerCount(event: keyof Events): number {
    return this.listeners.get(event)?.size ?? 0;
  }
}
