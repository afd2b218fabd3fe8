import { DomainError } from '../errors/domain-error.js';
import { assignApplications } from './assign-applications.js';
import { createSeededRandom, shuffle } from './seeded-random.js';

/** An expert that may be drawn. Affiliations are optional: an expert without one conflicts with nobody. */
export interface DrawExpert {
  id: string;
  enterpriseId?: string;
  /** The recommending unit (推荐单位) the expert belongs to. */
  unitId?: string;
}

export interface DrawApplication {
  id: string;
  enterpriseId: string;
  /** The recommending unit that recommended the application. */
  unitId: string;
}

export interface DrawInput {
  /** Published and stored with the draw, so that anyone can re-run it. */
  seed: string;
  experts: readonly DrawExpert[];
  applications: readonly DrawApplication[];
  panelCount: number;
  panelSize: number;
}

export interface Panel {
  /** 组长: the first expert of the panel in the drawn order. */
  leaderId: string;
  /** 组员, in the drawn order (panelSize − 1 of them). */
  memberIds: string[];
  /** The applications this panel reviews, sorted by id. */
  applicationIds: string[];
}

export interface DrawResult {
  /** Panel 1 first, in the drawn order. */
  panels: Panel[];
}

/** How many random panel formations are tried before the conflicts are declared unsatisfiable. */
export const MAX_DRAW_ATTEMPTS = 50;

/** 回避: an expert may not review an application of their own enterprise or recommended by their own unit. */
export function hasConflictOfInterest(expert: DrawExpert, application: DrawApplication): boolean {
  return (
    (expert.enterpriseId !== undefined && expert.enterpriseId === application.enterpriseId) ||
    (expert.unitId !== undefined && expert.unitId === application.unitId)
  );
}

/**
 * Draws `panelCount` expert panels of `panelSize` and shares the applications among them.
 *
 * The result depends only on the seed and on the sets of experts and applications, not on the order
 * they are given in. To re-run it by hand:
 * 1. Sort experts and applications by id (UTF-16 code unit order, as JavaScript's default sort).
 * 2. random = createSeededRandom(seed) (cyrb128 + sfc32, see seeded-random.ts).
 * 3. Attempt (up to MAX_DRAW_ATTEMPTS times, continuing the same random stream):
 *    shuffle(experts, random); panel k takes experts k·panelSize .. (k+1)·panelSize − 1 of it, the first
 *    of them as leader; the rest of the pool is not drawn. Then shuffle(applications, random) gives the
 *    order in which assignApplications places them on panels without a conflicted expert, with loads
 *    ⌊A/P⌋ or ⌈A/P⌉. The first attempt that places every application is the draw.
 * Throws DomainError DRAW_INVALID_INPUT, DRAW_NOT_ENOUGH_EXPERTS or DRAW_CONFLICT_UNSATISFIABLE.
 */
export function drawPanels(input: DrawInput): DrawResult {
  checkInput(input);
  const { panelCount, panelSize } = input;
  const needed = panelCount * panelSize;
  if (input.experts.length < needed) {
    throw new DomainError(
      'DRAW_NOT_ENOUGH_EXPERTS',
      `需要 ${panelCount}×${panelSize}=${needed} 名专家，专家库中可抽取的只有 ${input.experts.length} 名`,
      { needed, available: input.experts.length },
    );
  }
  const experts = [...input.experts].sort((a, b) => compareIds(a.id, b.id));
  const applications = [...input.applications].sort((a, b) => compareIds(a.id, b.id));
  checkEachApplicationCanHaveAPanel(experts, applications, panelSize);

  const random = createSeededRandom(input.seed);
  let fewestUnplaced: DrawApplication[] | undefined;
  for (let attempt = 0; attempt < MAX_DRAW_ATTEMPTS; attempt++) {
    const drawn = shuffle(experts, random);
    const panels = Array.from({ length: panelCount }, (_, k) => drawn.slice(k * panelSize, (k + 1) * panelSize));
    const order = shuffle(applications, random);
    // A conflict depends only on an application's enterprise and unit, so applications sharing both share one list:
    // computed once per attempt instead of once per application (100k applications: 41 s → under a second), and the
    // same lists as before, so every earlier draw re-runs to the same result.
    const byAffiliation = new Map<string, readonly number[]>();
    const candidates = order.map((application) => {
      const key = `${application.enterpriseId}\u0000${application.unitId}`;
      let list = byAffiliation.get(key);
      if (!list) byAffiliation.set(key, (list = panelsWithoutConflict(panels, application)));
      return list;
    });
    const { panelOf, unplaced, balanced } = assignApplications(candidates, panelCount);
    if (unplaced.length === 0 && balanced) {
      return {
        panels: panels.map((panel, k) => ({
          leaderId: panel[0]!.id,
          memberIds: panel.slice(1).map((expert) => expert.id),
          applicationIds: order
            .filter((_, a) => panelOf[a] === k)
            .map((application) => application.id)
            .sort(compareIds),
        })),
      };
    }
    // The error names what the closest attempt could not place (empty when only the balance failed).
    if (fewestUnplaced === undefined || unplaced.length < fewestUnplaced.length) {
      fewestUnplaced = unplaced.map((a) => order[a]!).sort((a, b) => compareIds(a.id, b.id));
    }
  }
  const applicationIds = (fewestUnplaced ?? []).map((application) => application.id);
  throw new DomainError(
    'DRAW_CONFLICT_UNSATISFIABLE',
    applicationIds.length > 0
      ? `回避规则无法满足：随机组建专家组 ${MAX_DRAW_ATTEMPTS} 次，以下申报仍找不到无需回避的专家组：${listIds(applicationIds)}`
      : `回避规则无法满足：随机组建专家组 ${MAX_DRAW_ATTEMPTS} 次，均无法在各组评审申报数相差不超过 1 件的前提下回避全部冲突`,
    { applicationIds, attempts: MAX_DRAW_ATTEMPTS },
  );
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function listIds(ids: readonly string[]): string {
  const shown = 10;
  return ids.length <= shown ? ids.join('、') : `${ids.slice(0, shown).join('、')} 等 ${ids.length} 件`;
}

function panelsWithoutConflict(panels: readonly (readonly DrawExpert[])[], application: DrawApplication): number[] {
  const result: number[] = [];
  for (let k = 0; k < panels.length; k++) {
    if (!panels[k]!.some((expert) => hasConflictOfInterest(expert, application))) result.push(k);
  }
  return result;
}

function invalid(message: string, details: Record<string, unknown>): DomainError {
  return new DomainError('DRAW_INVALID_INPUT', message, details);
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function checkInput(input: DrawInput): void {
  if (!isNonEmptyString(input.seed)) throw invalid('抽取种子不能为空', { field: 'seed' });
  if (!Number.isInteger(input.panelCount) || input.panelCount < 1) {
    throw invalid(`专家组数应为正整数，收到 ${String(input.panelCount)}`, { field: 'panelCount' });
  }
  if (!Number.isInteger(input.panelSize) || input.panelSize < 1) {
    throw invalid(`每组专家人数应为正整数（含组长 1 人），收到 ${String(input.panelSize)}`, { field: 'panelSize' });
  }
  const expertIds = new Set<string>();
  for (const expert of input.experts) {
    if (!isNonEmptyString(expert.id)) throw invalid('专家编号不能为空', { field: 'experts' });
    if (expertIds.has(expert.id)) throw invalid(`专家 ${expert.id} 重复出现`, { field: 'experts', id: expert.id });
    for (const affiliation of [expert.enterpriseId, expert.unitId]) {
      if (affiliation !== undefined && !isNonEmptyString(affiliation)) {
        throw invalid(`专家 ${expert.id} 的所在企业或推荐单位编号为空`, { field: 'experts', id: expert.id });
      }
    }
    expertIds.add(expert.id);
  }
  const applicationIds = new Set<string>();
  for (const application of input.applications) {
    if (!isNonEmptyString(application.id)) throw invalid('申报编号不能为空', { field: 'applications' });
    if (applicationIds.has(application.id)) {
      throw invalid(`申报 ${application.id} 重复出现`, { field: 'applications', id: application.id });
    }
    if (!isNonEmptyString(application.enterpriseId) || !isNonEmptyString(application.unitId)) {
      throw invalid(`申报 ${application.id} 缺少申报企业或推荐单位`, { field: 'applications', id: application.id });
    }
    applicationIds.add(application.id);
  }
}

/**
 * No formation can serve an application that leaves fewer than panelSize experts without a conflict,
 * so those are reported at once, by name, instead of after fruitless attempts.
 */
function checkEachApplicationCanHaveAPanel(
  experts: readonly DrawExpert[],
  applications: readonly DrawApplication[],
  panelSize: number,
): void {
  const byEnterprise = new Map<string, number>();
  const byUnit = new Map<string, number>();
  const byBoth = new Map<string, number>();
  const bump = (counts: Map<string, number>, key: string): void => {
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  for (const { enterpriseId, unitId } of experts) {
    if (enterpriseId !== undefined) bump(byEnterprise, enterpriseId);
    if (unitId !== undefined) bump(byUnit, unitId);
    if (enterpriseId !== undefined && unitId !== undefined) bump(byBoth, JSON.stringify([enterpriseId, unitId]));
  }
  const stranded = applications.filter(({ enterpriseId, unitId }) => {
    const conflicted =
      (byEnterprise.get(enterpriseId) ?? 0) + (byUnit.get(unitId) ?? 0) - (byBoth.get(JSON.stringify([enterpriseId, unitId])) ?? 0);
    return experts.length - conflicted < panelSize;
  });
  if (stranded.length > 0) {
    const applicationIds = stranded.map((application) => application.id);
    throw new DomainError(
      'DRAW_CONFLICT_UNSATISFIABLE',
      `回避规则无法满足：以下申报回避本企业和本推荐单位的专家后，可抽取的专家不足 ${panelSize} 名，无法组成专家组：${listIds(applicationIds)}`,
      { applicationIds, panelSize },
    );
  }
}
