import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import SimilarityPage from './index';
import SimilarityPairPage from './pair';

afterEach(() => {
  cleanup();
  jest.restoreAllMocks();
});

type Call = { url: string; method?: string; data?: unknown };
type Answer = { statusCode: number; data: unknown };

function routeRequests(routes: Array<[RegExp, string | undefined, Answer | (() => Answer)]>) {
  type RequestFn = (o: Call) => Promise<Answer>;
  return jest.spyOn(Taro as unknown as { request: RequestFn }, 'request').mockImplementation((o) => {
    const hit = routes.find(([re, method]) => re.test(o.url) && (!method || method === o.method));
    const answer = hit ? (typeof hit[2] === 'function' ? hit[2]() : hit[2]) : { statusCode: 404, data: { code: 'NOT_FOUND', message: '未找到' } };
    return Promise.resolve(answer);
  });
}

const run = (status: string, extra: Record<string, unknown> = {}) => ({
  id: 3,
  trigger: 'manual',
  triggerLabel: '手动',
  status,
  statusLabel: status === 'running' ? '进行中' : status === 'done' ? '已完成' : '排队中',
  phase: status === 'running' ? 'compare' : null,
  phaseLabel: status === 'running' ? '比对' : null,
  done: status === 'done' ? 10 : 4,
  total: 10,
  percent: status === 'done' ? 100 : 40,
  documents: 10,
  newDocuments: 2,
  uncheckable: 1,
  candidates: 5,
  pairs: 2,
  suspicious: 1,
  clusters: 0,
  error: null,
  requestedBy: 'user:1',
  requestedByName: '秘书处演示账号',
  requestedAt: '2026-05-01T00:00:00Z',
  startedAt: '2026-05-01T00:00:01Z',
  finishedAt: status === 'done' ? '2026-05-01T00:01:00Z' : null,
  ...extra,
});

const counts = { total: 5, suspicious: 2, belowLine: 2, dismissed: 1 };
const overview = (latestRun: unknown) => ({ latestRun, documents: { indexed: 9, uncheckable: 1, total: 10 }, pairs: counts, clusters: 0, thresholds: { reportFrom: 0.1, suspiciousFrom: 0.25 } });

const side = (applicationId: number, teamName: string, campaignYear: number, kind = 'pdf') => ({
  documentId: applicationId * 10,
  applicationId,
  campaignYear,
  kind,
  kindLabel: kind === 'ppt' ? '发布 PPT' : '申报材料',
  fileName: `${teamName}.${kind === 'ppt' ? 'pptx' : 'pdf'}`,
  teamName,
  enterpriseName: `${teamName}企业`,
  unitName: '单位',
  statusLabel: '已推荐',
  pages: 12,
  submittedAt: campaignYear === 2026 ? '2026-04-02T01:00:00Z' : '2025-04-20T01:00:00Z',
});

const pair = (id: number, caseId: number | null = null) => ({
  id,
  score: 0.9123,
  suspicious: true,
  containmentAInB: 0.8,
  containmentBInA: 0.6,
  jaccard: 0.5,
  coverageA: 0.7,
  coverageB: 0.55,
  matchedChars: 2400,
  passageCount: 2,
  checkedAt: '2026-05-01T00:01:00Z',
  caseId,
  dismissal: null,
  precedence: { first: 'b', a: '后提交（2026 年度）', b: '往年（2025 年度）' },
  a: side(11, '星火班', 2026),
  b: side(7, '旭日班', 2025, 'ppt'),
});

describe('材料查重', () => {
  it('lists the pairs, starts a run and follows it until it is done', async () => {
    let overviews = [overview(run('done'))];
    const request = routeRequests([
      [/\/similarity\/overview$/, 'GET', () => ({ statusCode: 200, data: overviews.length > 1 ? overviews.shift() : overviews[0] })],
      [/\/similarity\/runs$/, 'POST', { statusCode: 202, data: run('queued') }],
      [/\/similarity\/pairs\?/, 'GET', { statusCode: 200, data: { items: [pair(1), pair(2, 9)], total: 2, page: 1, pageSize: 20, counts } }],
      [/\/similarity\/documents\?/, 'GET', { statusCode: 200, data: { items: [{ id: 5, applicationId: 4, campaignYear: 2026, kind: 'pdf', kindLabel: '申报材料', fileName: 'scan.pdf', teamName: '扫描班', enterpriseName: '企业', status: 'uncheckable', reasonCode: 'NO_TEXT', reason: '文件没有可提取的文字（可能是扫描件）', pages: 3, chars: 0, extractedAt: '2026-05-01T00:00:00Z' }], total: 1, page: 1, pageSize: 20 } }],
    ]);
    render(<SimilarityPage />);
    await waitFor(() => expect(screen.getAllByTestId('pair-row')).toHaveLength(2));
    expect(screen.getByTestId('similarity-status').textContent).toBe('已完成');
    expect(screen.getByTestId('similarity-progress').textContent).toContain('10 / 10（100%）');
    expect(screen.getAllByTestId('pair-score')[0]!.textContent).toBe('91.2%');
    expect(screen.getByTestId('case-link').textContent).toBe('已立案 #9');
    expect(request.mock.calls.find(([c]) => c.url.includes('/similarity/pairs?'))?.[0].url).toContain('suspiciousOnly=true');
    // The requester by name, the run's own figures said to be its own, the library's as the list counts them.
    expect(screen.getByTestId('similarity-requester').textContent).toContain('秘书处演示账号 于');
    expect(document.body.textContent).not.toMatch(/user:|Jaccard|包含/);
    expect(screen.getByTestId('similarity-run-figures').textContent).toContain('本次查重：比对文件 10 份');
    expect(screen.getByTestId('similarity-suspicious').textContent).toContain('2');
    expect(screen.getByTestId('similarity-tab-pairs').textContent).toBe('相似文件对（疑似雷同 2）');
    expect(screen.getAllByTestId('pair-precedence').map((t) => t.textContent)).toEqual(['后提交（2026 年度）', '往年（2025 年度）', '后提交（2026 年度）', '往年（2025 年度）']);
    // The default filter says what it hides, and shows it in one tap.
    expect(screen.getByTestId('similarity-filter-note').textContent).toBe('当前只列出待核查的疑似雷同 2 对；另有 2 对相似但未达疑似线、1 对已核实无问题，未列出。全部显示');
    fireEvent.click(screen.getByTestId('similarity-show-all'));
    await waitFor(() => expect(request.mock.calls.some(([c]) => c.url.includes('suspiciousOnly=false&includeDismissed=true'))).toBe(true));
    await waitFor(() => expect(screen.getByTestId('similarity-filter-note').textContent).toBe('当前列出全部相似文件对 5 对。只看待核查的疑似雷同'));
    expect((screen.getByTestId('similarity-suspicious-only') as HTMLInputElement).checked).toBe(false);

    overviews = [overview(run('running')), overview(run('done'))];
    fireEvent.click(screen.getByTestId('similarity-run'));
    await waitFor(() => expect(screen.getByTestId('similarity-status').textContent).toBe('排队中'));
    expect((screen.getByTestId('similarity-run') as HTMLButtonElement).disabled).toBe(true);
    await waitFor(() => expect(screen.getByTestId('similarity-status').textContent).toBe('进行中'), { timeout: 4000 });
    expect(screen.getByTestId('similarity-progress').textContent).toContain('4 / 10（40%）');
    await waitFor(() => expect(screen.getByTestId('similarity-status').textContent).toBe('已完成'), { timeout: 4000 });
    expect((screen.getByTestId('similarity-run') as HTMLButtonElement).disabled).toBe(false);

    fireEvent.click(screen.getByTestId('similarity-tab-uncheckable'));
    await waitFor(() => expect(screen.getByTestId('similarity-uncheckable').textContent).toContain('文件没有可提取的文字（可能是扫描件）'));
  }, 15000);

  it('shows the passages side by side and opens a case against the chosen team', async () => {
    jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params: { id: '1' }, path: '' }, page: {} } as unknown as ReturnType<typeof Taro.getCurrentInstance>);
    const detail = {
      ...pair(1),
      passages: [
        { a: { fromPage: 2, toPage: 3, text: '班组全面提高了施工质量，\n<b>节约钢材三吨</b>' }, b: { fromPage: 4, toPage: 4, text: '班组全面提升了施工质量。累计节约钢材三吨' }, chars: 120 },
        { a: { fromPage: 5, toPage: 5, text: '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳' }, b: { fromPage: 6, toPage: 7, text: '天地玄黄宇宙洪荒日月盈昃辰宿列张' }, chars: 80 },
      ],
    };
    const request = routeRequests([
      [/\/similarity\/pairs\/1$/, 'GET', { statusCode: 200, data: detail }],
      [/\/similarity\/pairs\/1\/case$/, 'POST', { statusCode: 201, data: { caseId: 42 } }],
    ]);
    render(<SimilarityPairPage />);
    await waitFor(() => expect(screen.getAllByTestId('passage')).toHaveLength(2));
    expect(screen.getByTestId('similarity-pair-view')).toBeTruthy();
    expect(screen.getAllByTestId('passage-where-a')[0]!.textContent).toBe('A · 第 2–3 页');
    expect(screen.getAllByTestId('passage-where-b')[0]!.textContent).toBe('B · 第 4 张幻灯片');
    expect(screen.getAllByTestId('passage-where-b')[1]!.textContent).toBe('B · 第 6–7 张幻灯片');
    // As written (markup is text), the changed characters marked on each side; punctuation is not a change.
    expect(screen.getAllByTestId('passage-text-a')[0]!.textContent).toBe('班组全面提高了施工质量，\n<b>节约钢材三吨</b>');
    const marked = (side: 'a' | 'b') => Array.from(screen.getAllByTestId(`passage-text-${side}`)[0]!.querySelectorAll('[data-testid="passage-changed"]')).map((e) => e.textContent);
    expect(marked('a')).toEqual(['高', 'b', 'b']);
    expect(marked('b')).toEqual(['升', '累计']);
    expect(screen.getAllByTestId('passage')[1]!.textContent).toContain('两段改动较多，未逐字标出');
    expect(screen.getByTestId('passage-legend').textContent).toContain('与对方不同');
    expect(screen.getByTestId('passages').textContent).toContain('匹配段落（2 处，按文件 A 中的先后排列）');
    expect(screen.getByTestId('pair-side-a-precedence').textContent).toBe('后提交（2026 年度）');
    expect(screen.getByTestId('pair-side-b-precedence').dataset.first).toBe('true');
    expect(screen.getByTestId('pair-side-a-coverage').textContent).toBe('本文件 70.0% 的文字见于对方');
    expect(screen.getByTestId('pair-side-a').textContent).toContain('2026-04-02 09:00 提交');
    expect(document.body.textContent).not.toMatch(/user:|Jaccard|包含/);

    fireEvent.click(screen.getByTestId('open-case'));
    const text = screen.getByTestId('case-description') as HTMLTextAreaElement;
    expect(text.value).toBe('材料查重：与「旭日班」（2025 年）的申报材料相似度 91%，匹配段落 2 处');
    fireEvent.click(screen.getByTestId('case-against-b'));
    expect(text.value).toBe('材料查重：与「星火班」（2026 年）的申报材料相似度 91%，匹配段落 2 处');
    fireEvent.click(screen.getByTestId('open-case-dialog-ok'));
    await waitFor(() => expect(screen.getByTestId('case-link').textContent).toBe('已立案 #42'));
    expect(screen.queryByTestId('open-case')).toBeNull();
    const post = request.mock.calls.find(([c]) => c.method === 'POST');
    expect(post?.[0].data).toEqual({ applicationId: 7, description: '材料查重：与「星火班」（2026 年）的申报材料相似度 91%，匹配段落 2 处' });
  });

  it('sets a pair aside as 核实无问题 with a reason, and takes that back', async () => {
    jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params: { id: '1' }, path: '' }, page: {} } as unknown as ReturnType<typeof Taro.getCurrentInstance>);
    const dismissal = { at: '2026-07-11T02:00:00Z', by: 'user:1', byName: '秘书处演示账号', reason: '同一项目部统一制作' };
    const request = routeRequests([
      [/\/similarity\/pairs\/1$/, 'GET', { statusCode: 200, data: { ...pair(1), passages: [] } }],
      [/\/similarity\/pairs\/1\/dismissal$/, 'POST', { statusCode: 200, data: { ...pair(1), dismissal } }],
      [/\/similarity\/pairs\/1\/dismissal$/, 'DELETE', { statusCode: 200, data: pair(1) }],
    ]);
    render(<SimilarityPairPage />);
    await waitFor(() => expect(screen.getByTestId('dismiss-pair')).toBeTruthy());
    fireEvent.click(screen.getByTestId('dismiss-pair'));
    fireEvent.click(screen.getByTestId('dismiss-dialog-ok'));
    expect(screen.getByTestId('dismiss-error').textContent).toBe('请填写核实情况');
    fireEvent.change(screen.getByTestId('dismiss-reason'), { target: { value: ' 同一项目部统一制作 ' } });
    fireEvent.click(screen.getByTestId('dismiss-dialog-ok'));
    await waitFor(() => expect(screen.getByTestId('pair-dismissal').textContent).toBe('已核实无问题（秘书处演示账号，2026-07-11 10:00）：同一项目部统一制作'));
    expect(screen.queryByTestId('open-case')).toBeNull();
    expect(request.mock.calls.find(([c]) => c.method === 'POST')?.[0].data).toEqual({ reason: '同一项目部统一制作' });
    fireEvent.click(screen.getByTestId('restore-pair'));
    await waitFor(() => expect(screen.queryByTestId('pair-dismissal')).toBeNull());
    expect(screen.getByTestId('open-case')).toBeTruthy();
  });

  it('shows the server refusal in Chinese', async () => {
    jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params: { id: '1' }, path: '' }, page: {} } as unknown as ReturnType<typeof Taro.getCurrentInstance>);
    routeRequests([
      [/\/similarity\/pairs\/1$/, 'GET', { statusCode: 200, data: { ...pair(1), passages: [] } }],
      [/\/similarity\/pairs\/1\/case$/, 'POST', { statusCode: 409, data: { statusCode: 409, code: 'SIMILARITY_CASE_EXISTS', message: '该文件对已立案' } }],
    ]);
    render(<SimilarityPairPage />);
    await waitFor(() => expect(screen.getByTestId('open-case')).toBeTruthy());
    fireEvent.click(screen.getByTestId('open-case'));
    fireEvent.click(screen.getByTestId('open-case-dialog-ok'));
    await waitFor(() => expect(screen.getByTestId('open-case-error').textContent).toBe('该文件对已立案'));
  });
});
