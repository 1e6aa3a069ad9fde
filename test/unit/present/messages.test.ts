import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE_BYTES, mayRoleSend, parseClientMessage } from '../../../src/lib/present/messages.ts';

const parse = (text: string) => parseClientMessage(Buffer.from(text, 'utf8'), false);

describe('client messages', () => {
	it('accept exactly the three shapes', () => {
		expect(parse('{"type":"go","to":"next"}')).toEqual({ ok: true, message: { type: 'go', to: 'next' } });
		expect(parse('{"type":"show","h":3,"f":-1}')).toEqual({ ok: true, message: { type: 'show', h: 3, f: -1 } });
		expect(parse('{"type":"ping"}')).toEqual({ ok: true, message: { type: 'ping' } });
		expect(parseClientMessage('{"type":"go","to":"prev"}', false)).toMatchObject({ ok: true });
	});

	it('drop oversized messages before parsing them', () => {
		const big = `{"type":"ping","pad":"${'x'.repeat(MAX_MESSAGE_BYTES)}"}`;
		expect(parse(big)).toEqual({ ok: false, reason: 'oversized' });
		expect(parse(`{"type":"go","to":"next"}${' '.repeat(MAX_MESSAGE_BYTES)}`)).toEqual({ ok: false, reason: 'oversized' });
	});

	it('drop binary frames', () => {
		expect(parseClientMessage(Buffer.from('{"type":"ping"}'), true)).toEqual({ ok: false, reason: 'binary' });
	});

	it('drop malformed JSON, invalid UTF-8 and anything that is not one object of a known shape', () => {
		for (const text of ['', '{', 'null', '[]', '"go"', '{"type":"go"}', '{"type":"go","to":"nowhere"}', '{"type":"go","to":"next","extra":1}', '{"type":"show","h":-1,"f":0}', '{"type":"show","h":1.5,"f":0}', '{"type":"show","h":"1","f":0}', '{"type":"show","h":1,"f":-2}', '{"type":"show","h":1e9,"f":0}', '{"to":"next"}', '{"__proto__":{"type":"ping"}}']) {
			expect(parse(text), text).toEqual({ ok: false, reason: 'malformed' });
		}
		expect(parseClientMessage(Buffer.from([0x7b, 0xff, 0x7d]), false)).toEqual({ ok: false, reason: 'malformed' });
	});

	it('drop unknown message types as such', () => {
		expect(parse('{"type":"setState","state":{}}')).toEqual({ ok: false, reason: 'unknown-type' });
		expect(parse('{"type":"eval"}')).toEqual({ ok: false, reason: 'unknown-type' });
	});

	it('let followers only ping', () => {
		expect(mayRoleSend('follow', { type: 'ping' })).toBe(true);
		expect(mayRoleSend('follow', { type: 'go', to: 'next' })).toBe(false);
		expect(mayRoleSend('follow', { type: 'show', h: 0, f: -1 })).toBe(false);
		expect(mayRoleSend('remote', { type: 'go', to: 'next' })).toBe(true);
		expect(mayRoleSend('presenter', { type: 'show', h: 0, f: -1 })).toBe(true);
	});
});
