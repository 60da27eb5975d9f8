/**
 * The ref of an unnumbered requirement is its 1-based position in the document's requirement list (corpus README); the
 * list is known only once items are dropped and tables put in place, so such requirements are marked where they are
 * read and numbered last. The mark is a symbol key: object spread keeps it, JSON output never shows it.
 */
const POSITIONAL = Symbol('positional ref');

type Marked = { ref: string; [POSITIONAL]?: true };

/** Marks a requirement whose ref is its position. */
export function positional<T extends { ref: string }>(requirement: T): T {
  (requirement as T & Marked)[POSITIONAL] = true;
  return requirement;
}

/** Takes the mark off: the requirement's ref is a path after all. */
export function numbered<T extends { ref: string }>(requirement: T, ref: string): T {
  requirement.ref = ref;
  delete (requirement as T & Marked)[POSITIONAL];
  return requirement;
}

/** Gives each marked requirement its position in the final list and removes the mark. */
export function numberPositions<T extends { ref: string }>(requirements: T[]): T[] {
  requirements.forEach((requirement, i) => {
    const marked = requirement as T & Marked;
    if (marked[POSITIONAL]) requirement.ref = String(i + 1);
    delete marked[POSITIONAL];
  });
  return requirements;
}
