import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeTopic, INPUT_MAX, MASKED_MAX, maskText, quoteName } from '../../base/outside-text.ts';

test('masks cards however they are written, e-mail addresses and URL credentials; keeps short numbers', () => {
  const s = maskText(
    'card 4111_1111_1111_1111 or \uff14\uff11\uff11\uff11\u3000\uff11\uff11\uff11\uff11, mail ' +
      'ana.lee@example.mo, url mqtts://user:pw@core:8883/x ok 1000',
  );
  assert.ok(!/4111|\uff14|ana\.lee|user|pw@/.test(s), s);
  assert.match(s, /card \[number\] or \[number\], mail \[email\] url mqtts:\/\/core:8883\/x ok 1000$/);
});

test('control, invisible and bidi characters become spaces; lone surrogates U+FFFD', () => {
  assert.equal(maskText('a\u202eb\u200bc\nd\u0000e\ud800'), 'a b c d e\ufffd');
  assert.equal(maskText('ok \u{1f600}'), 'ok \u{1f600}');
});

test('long text is cut before any work, at a word boundary, and the result is at most 200 characters', () => {
  // The cut falls inside "ana.lee@example.mo", before its "@": kept, "ana.lee" would not be masked as an address. The
  // digits before it mask to "[number]", so the result is short enough to show whatever the cut left.
  const text = `${'1'.repeat(INPUT_MAX - 8)} ana.lee@example.mo and more`;
  assert.equal(maskText(text), '[number]…', 'the word the cut went through is dropped');
  assert.ok(maskText(`${'word '.repeat(INPUT_MAX)}`).length <= MASKED_MAX);
  assert.equal(maskText(`publish to devices/x/${'a'.repeat(65000)}`), 'publish to…');
});

test('masking is idempotent: text masked when stored passes unchanged', () => {
  for (const s of ['card 4111 1111 1111 1111', `x ${'y'.repeat(5000)}`, 'ana@example.mo', 'plain']) {
    assert.equal(maskText(maskText(s)), maskText(s), s);
  }
});

test('names and topics from outside are quoted only when short and plain', () => {
  assert.equal(quoteName('telemetri', 'channel'), '"telemetri"');
  assert.equal(quoteName('x'.repeat(65000), 'channel'), 'a 65000-character channel');
  assert.equal(quoteName('<script>', 'channel'), 'a 8-character channel');
  assert.equal(describeTopic('devices/vend-01/tx'), 'devices/vend-01/tx');
  assert.equal(describeTopic(`devices/vend-01/${'@'.repeat(65000)}`), '(a 65016-character topic)');
});
