// How long the data path's steps took, reported to whoever listens (the benchmark, `?debug`); the production classes keep nothing for a reader.

/** query: a selection's whole pass, request to views; answer: the time index's counting in it; prepare: building the index for a selection. */
export type TimedStep = 'query' | 'answer' | 'prepare';

export interface Timings {
	record(step: TimedStep, ms: number): void;
}

/** The default: nobody listens, nothing is kept. */
export const NO_TIMINGS: Timings = { record() {} };
