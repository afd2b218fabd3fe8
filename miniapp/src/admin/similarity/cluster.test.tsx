import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import SimilarityClusterPage from './cluster';
import { ClustersTab } from './clusters-tab';

afterEach(() => {
  cleanup();
  jest.restoreAllMocks();
});

type Answer = { statusCode: number; data: unknown };

function answer(route: (url: string) => Answer) {
  type RequestFn = (o: { url: string }) => Promise<Answer>;
  return jest.spyOn(Taro as unknown as { request: RequestFn }, 'request').mockImplementation((o) => Promise.resolve(route(o.url)));
}

const member = (applicationId: number, teamName: string, share: number) => ({
  documentId: applicationId * 10,
  applicationId,
  campaignYear: 2026,
  kind: 'pdf',
  kindLabel: 'PDF 申报材料',
  fileName: `${teamName}.pdf`,
  teamName,
  enterpriseName: `${teamName}所在企业`,
  unitName: '某省建筑业协会',
  statusLabel: '已推荐',
  pages: 8,
  submittedAt: '2026-04-01T02:00:00Z',
  share,
});

const members = [member(1, '钢筋一班', 0.21), member(2, '模板二班', 0.18), member(3, '混凝土三班', 0.17), member(4, '安装四班', 0.12), member(5, '装饰五班', 0.11)];
const cluster = { id: 7, score: 0.21, documentCount: 5, applicationCount: 5, chars: 240, checkedAt: '2026-05-01T00:01:00Z', members };

describe('模板雷同', () => {
  it('lists each cluster with its teams and their shares, the largest first', async () => {
    answer((url) => (url.endsWith('/similarity/clusters') ? { statusCode: 200, data: { items: [cluster] } } : { statusCode: 404, data: { code: 'NOT_FOUND', message: '未找到' } }));
    render(<ClustersTab reloadKey={0} />);
    const row = await screen.findByTestId('cluster-row');
    expect(row.textContent).toContain('钢筋一班（21.0%）');
    expect(row.textContent).toContain('等 5 份材料');
    expect(screen.getByTestId('cluster-teams').textContent).toBe('5 个');
    expect(screen.getByTestId('clusters-note').textContent).toContain('不含通知和评分标准的原文');
  });

  it('shows the teams, their shares and the shared passages as written, with page numbers', async () => {
    jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params: { id: '7' }, path: '' }, page: {} } as unknown as ReturnType<typeof Taro.getCurrentInstance>);
    const detail = { ...cluster, representative: members[0], passages: [{ fromPage: 2, toPage: 2, text: '班组运用排列图和因果图分析了五个方面的原因。' }] };
    answer((url) => (url.endsWith('/similarity/clusters/7') ? { statusCode: 200, data: detail } : { statusCode: 404, data: { code: 'NOT_FOUND', message: '未找到' } }));
    render(<SimilarityClusterPage />);
    await waitFor(() => expect(screen.getAllByTestId('cluster-member')).toHaveLength(5));
    expect(screen.getAllByTestId('cluster-member-share').map((e) => e.textContent)).toEqual(['21.0%', '18.0%', '17.0%', '12.0%', '11.0%']);
    const passage = screen.getByTestId('cluster-passage');
    expect(passage.textContent).toContain('第 2 页');
    expect(passage.textContent).toContain('排列图和因果图');
    expect(screen.getByTestId('cluster-figure-teams').textContent).toContain('5 个');
  });

  it('says what went wrong when the cluster is gone', async () => {
    jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params: { id: '9' }, path: '' }, page: {} } as unknown as ReturnType<typeof Taro.getCurrentInstance>);
    answer(() => ({ statusCode: 404, data: { code: 'SIMILARITY_CLUSTER_NOT_FOUND', message: '找不到该模板雷同组' } }));
    render(<SimilarityClusterPage />);
    expect((await screen.findByTestId('cluster-error')).textContent).toContain('找不到该模板雷同组');
  });
});
