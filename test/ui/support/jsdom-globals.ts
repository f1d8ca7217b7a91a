// jsdom lacks structuredClone (every browser the pane runs in has it). The engine clones only
// plain catalog data with it, so a JSON round trip made in the test's own realm is enough.
const g = globalThis as { structuredClone?: <T>(v: T) => T };
if (typeof g.structuredClone !== 'function') g.structuredClone = <T,>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
export {};
