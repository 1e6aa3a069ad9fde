import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { injectPresentClient, scriptJson, type PresentConfig } from '../../../src/lib/present/inject.ts';
import { entryPath, lanAddresses, rolePagePath, socketPath } from '../../../src/lib/present/urls.ts';

describe('the injected settings', () => {
	const config: PresentConfig = { role: 'follow', deck: 'd', socket: '/_present/ws?role=follow&deck=d', follow: { url: 'http://x/</script><script>alert(1)</script>', qr: '<svg></svg>' }, remote: null };

	it('go at the end of <head>, as JSON that cannot close its script element', () => {
		const html = injectPresentClient('<html><head><title>t</title></head><body></body></html>', config, '/_present/client/deck.js');
		expect(html).toMatch(/<title>t<\/title><script type="application\/json" id="talkbook-present">\{.*\}<\/script><script type="module" src="\/_present\/client\/deck\.js"><\/script><\/head>/);
		expect(html.match(/<\/script>/g)).toHaveLength(2);
		expect(JSON.parse(scriptJson(config))).toEqual(config);
	});

	it('need a page with a head', () => {
		expect(() => injectPresentClient('<p>x</p>', config, '/x.js')).toThrow(/no <\/head>/);
	});
});

describe('links', () => {
	it('carry the token only in the entry link; pages and the socket do without', () => {
		expect(entryPath('T'.repeat(24), 'talk')).toBe(`/_present/${'T'.repeat(24)}/talk`);
		expect(entryPath('T'.repeat(24))).toBe(`/_present/${'T'.repeat(24)}`);
		expect(rolePagePath('follow', 'talk', '/talks/')).toBe('/talks/decks/talk/?present=follow');
		expect(rolePagePath('remote', 'talk', '/talks/')).toBe('/_present/remote/talk');
		expect(socketPath('remote', 'talk')).toBe('/_present/ws?role=remote&deck=talk');
	});

	it('use the LAN address phones can reach, private networks first', () => {
		const info = (address: string, internal = false): NetworkInterfaceInfo => ({ address, internal, family: 'IPv4', netmask: '255.255.255.0', mac: '00:00:00:00:00:00', cidr: null });
		expect(lanAddresses({ lo: [info('127.0.0.1', true)], eth0: [info('203.0.113.5'), info('192.168.1.23')], docker: [info('172.17.0.1')] })).toEqual(['192.168.1.23', '172.17.0.1', '203.0.113.5']);
		expect(lanAddresses({ lo: [info('127.0.0.1', true)] })).toEqual([]);
	});
});
