/**
 * Where each application goes once the panels are formed. `candidates[a]` lists the panels that
 * application `a` may go to (no expert of theirs has a conflict with it), in the order to try them.
 */
export interface ApplicationAssignment {
  /** Panel index per application, or −1 for an application left unplaced. */
  panelOf: number[];
  /** Applications (indices) that could not be placed on any panel with room. */
  unplaced: number[];
  /** Whether every panel reached its minimum share ⌊A/P⌋; false means the loads cannot be balanced. */
  balanced: boolean;
}

/**
 * Assigns every application to one candidate panel so that all loads are ⌊A/P⌋ or ⌈A/P⌉, whenever
 * such an assignment exists (a bipartite b-matching with lower and upper bounds, solved exactly).
 *
 * Phase 1 gives each panel capacity L = ⌊A/P⌋ and must fill all P·L places; phase 2 raises the
 * capacity to L + 1 and places the rest. Both phases grow the flow along augmenting paths (an
 * application moves to another candidate panel to make room); such a path ends at the sink and never
 * takes an application away from a panel in total, so the loads reached in phase 1 are kept. Hence: if
 * phase 1 cannot fill every panel, no balanced assignment exists; if phase 2 leaves some unplaced, none
 * exists either (a max flow from any starting flow is a max flow).
 *
 * Applications are tried in index order and placed greedily on the least-loaded candidate first
 * (ties broken from a rotating start), so the caller's random order decides among equal choices.
 */
export function assignApplications(candidates: readonly (readonly number[])[], panelCount: number): ApplicationAssignment {
  const appCount = candidates.length;
  const minLoad = Math.floor(appCount / panelCount);
  const panelOf = new Array<number>(appCount).fill(-1);
  const appsOn: number[][] = Array.from({ length: panelCount }, () => []);
  const positionOnPanel = new Array<number>(appCount).fill(-1);
  let placed = 0;

  const put = (app: number, panel: number): void => {
    const from = panelOf[app]!;
    if (from >= 0) {
      // Swap-remove from the old panel's list.
      const list = appsOn[from]!;
      const last = list.pop()!;
      if (last !== app) {
        const position = positionOnPanel[app]!;
        list[position] = last;
        positionOnPanel[last] = position;
      }
    } else {
      placed++;
    }
    panelOf[app] = panel;
    positionOnPanel[app] = appsOn[panel]!.length;
    appsOn[panel]!.push(app);
  };

  const placeGreedily = (app: number, capacity: number): boolean => {
    const options = candidates[app]!;
    let best = -1;
    for (let k = 0; k < options.length; k++) {
      const panel = options[(app + k) % options.length]!;
      const load = appsOn[panel]!.length;
      if (load < capacity && (best < 0 || load < appsOn[best]!.length)) best = panel;
    }
    if (best < 0) return false;
    put(app, best);
    return true;
  };

  // A panel found dead (full, and every application on it can only move to other dead panels) stays
  // dead for the rest of the phase: later augmentations never touch it. This keeps a phase O(A·P).
  const dead = new Uint8Array(panelCount);
  const seen = new Int32Array(panelCount);
  const via = new Int32Array(panelCount);
  let stamp = 0;

  const augment = (start: number, capacity: number): boolean => {
    stamp++;
    const queue: number[] = [];
    const visit = (panel: number, app: number): void => {
      if (dead[panel] || seen[panel] === stamp) return;
      seen[panel] = stamp;
      via[panel] = app;
      queue.push(panel);
    };
    for (const panel of candidates[start]!) visit(panel, start);
    for (let head = 0; head < queue.length; head++) {
      const panel = queue[head]!;
      if (appsOn[panel]!.length < capacity) {
        // Walk the path back: each application moves into the panel it reached, freeing its old one.
        let target = panel;
        for (;;) {
          const app = via[target]!;
          const from = panelOf[app]!;
          put(app, target);
          if (app === start) return true;
          target = from;
        }
      }
      for (const app of appsOn[panel]!) for (const next of candidates[app]!) visit(next, app);
    }
    for (const panel of queue) dead[panel] = 1;
    return false;
  };

  const runPhase = (pending: readonly number[], capacity: number, target: number): number[] => {
    dead.fill(0);
    const left: number[] = [];
    for (const app of pending) {
      if (placed >= target || !(placeGreedily(app, capacity) || augment(app, capacity))) left.push(app);
    }
    return left;
  };

  const all = Array.from({ length: appCount }, (_, app) => app);
  const afterFirst = runPhase(all, minLoad, panelCount * minLoad);
  const balanced = placed === panelCount * minLoad;
  const unplaced = appCount % panelCount === 0 ? afterFirst : runPhase(afterFirst, minLoad + 1, appCount);
  return { panelOf, unplaced, balanced };
}
