// The dashboard's requests, newest wins: one pass at a time, and of the requests made during it only the newest is answered next.

/** What the queue runs: `answer` a request (synchronously when it can), `deliver` the answer, `fail` when a pass throws. */
export interface QueueHandlers<R, A> {
	answer(req: R): A | Promise<A>;
	deliver(req: R, answer: A): void;
	fail(error: unknown): void;
}

/**
 * A brush drag or a run of clicks asks far faster than DuckDB answers: answering each request in turn would draw
 * selections nobody looks at any more, so a waiting request is replaced by a newer one. A failure stops the pass and is
 * reported; the next request starts a new one.
 */
export class NewestWins<R, A> {
	#pending: R | null = null;
	#running = false;
	#open = false;
	#closed = false;
	readonly #h: QueueHandlers<R, A>;

	constructor(handlers: QueueHandlers<R, A>) {
		this.#h = handlers;
	}

	/** Asks for `req`, dropping a request still waiting. Before `open` it only waits. */
	push(req: R): void {
		this.#pending = req;
		if (this.#open && !this.#running) void this.#pump();
	}

	/** The answerer is ready: a request waiting since before is answered now. */
	open(): void {
		this.#open = true;
		if (this.#pending !== null) void this.#pump();
	}

	/** No more answers: one under way is dropped when it comes. */
	close(): void {
		this.#closed = true;
	}

	async #pump(): Promise<void> {
		this.#running = true;
		try {
			while (this.#pending !== null && !this.#closed) {
				const req = this.#pending;
				this.#pending = null;
				// A synchronous answer (the precomputed view) is delivered in the same turn, without waiting a tick.
				const out = this.#h.answer(req);
				const answer = out instanceof Promise ? await out : out;
				if (this.#closed) return;
				this.#h.deliver(req, answer);
			}
		} catch (e) {
			this.#h.fail(e);
		} finally {
			this.#running = false;
		}
	}
}
