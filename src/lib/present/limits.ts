/**
 * The cap on connections, per kind: the room (followers) and the speaker (presenter and remote) are
 * counted apart, so a room that fills its cap, or someone opening connections with the follow link
 * shown on the screen, can never lock the speaker out.
 */
import { drives, type Role } from './tokens.ts';

/** Caps on open WebSocket connections. */
export interface ConnectionCaps {
	/** Followers at once. */
	followers: number;
	/** Presenter and remote connections at once (a speaker may have a laptop, a phone, a tablet). */
	drivers: number;
}

/** Default caps: a large room, and the speaker's devices with reloads to spare. */
export const DEFAULT_CAPS: ConnectionCaps = { followers: 500, drivers: 16 };

/** Counts connections by kind and admits one only under its cap. */
export class ConnectionLimits {
	private readonly open = { followers: 0, drivers: 0 };
	private readonly caps: ConnectionCaps;

	constructor(caps: ConnectionCaps = DEFAULT_CAPS) {
		this.caps = caps;
	}

	private kind(role: Role): keyof ConnectionCaps {
		return drives(role) ? 'drivers' : 'followers';
	}

	/** Takes a place for a connection of `role`; `false` when its kind is at its cap. */
	admit(role: Role): boolean {
		const kind = this.kind(role);
		if (this.open[kind] >= this.caps[kind]) return false;
		this.open[kind] += 1;
		return true;
	}

	/** Gives back the place of a closed connection. */
	release(role: Role): void {
		const kind = this.kind(role);
		this.open[kind] = Math.max(0, this.open[kind] - 1);
	}

	/** Open connections by kind. */
	counts(): Readonly<{ followers: number; drivers: number }> {
		return { ...this.open };
	}
}
