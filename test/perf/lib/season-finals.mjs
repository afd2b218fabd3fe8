import { forEachLimited } from './season-http.mjs';
import { today } from './season-env.mjs';
import { fraction, fullSheet } from './season-review.mjs';

// season.bench.mjs, stages 8–10 (the presentations window): sessions scored live and closed, grades, certificates.

/** Runs stages 8–10 on what materials review left: the draw, the experts by id, the invited applications. */
export async function presentationStages(season, { draw, expertById, invited }) {
  const { call, secretariat, moveTo, stage } = season;
  const { CONCURRENCY } = season.settings;
  const panelExperts = (p) => [p.leader.id, ...p.members.map((m) => m.id)];
  // 8. Presentations: one session per panel today, one team absent per session, every expert scores the others live,
  // the leader closes the session.
  let presentationSheets = 0;
  await stage('8 presentations (sessions)', async () => {
    await moveTo('presentations');
    const invitedSet = new Set(invited);
    let rubric = null;
    await forEachLimited(draw.panels, CONCURRENCY, async (panel) => {
      const ids = panel.applications.map((a) => a.id).filter((id) => invitedSet.has(id));
      if (ids.length === 0) return;
      for (let s = 0; s * 200 < ids.length; s++) {
        const slice = ids.slice(s * 200, (s + 1) * 200);
        const session = await call('POST', '/presentation-sessions', {
          token: secretariat,
          json: { title: `第 ${panel.panelNo} 组第 ${s + 1} 场`, date: today(), venue: '北京·中国施工企业管理协会', panelNo: panel.panelNo, applicationIds: slice },
        });
        const leader = expertById.get(panel.leader.id);
        const absent = slice.length > 1 ? slice.slice(-1) : [];
        for (const id of absent) await call('POST', `/presentation-sessions/${session.id}/slots/${id}/absent`, { token: leader.token, json: { absent: true } });
        const present = slice.filter((id) => !absent.includes(id));
        // The panel's experts score side by side in the hall: each team in turn, all experts at once.
        for (const id of present) {
          await Promise.all(
            panelExperts(panel).map(async (expertId) => {
              const expert = expertById.get(expertId);
              if (!rubric) rubric = (await call('GET', `/reviews/${id}/presentation`, { token: expert.token })).rubric;
              await call('POST', `/reviews/${id}/presentation/submit`, { token: expert.token, json: { scores: fullSheet(rubric, fraction(id, expertId, 2)) } });
              presentationSheets++;
            }),
          );
        }
        await call('POST', `/presentation-sessions/${session.id}/close`, { token: leader.token });
      }
    });
    return `${presentationSheets} sheets`;
  });

  // 9. Grading: proposal under the caps, confirm, publish; the public list.
  let graded = 0;
  await stage('9 grading (propose/confirm/publish)', async () => {
    const proposal = await call('POST', '/grading/proposal', { token: secretariat });
    graded = proposal.items.length;
    await call('POST', '/grading/confirm', { token: secretariat });
    await call('POST', '/grading/publish', { token: secretariat });
    await call('GET', '/public/results');
    return `${graded} graded (${Object.entries(proposal.counts ?? {}).map(([k, v]) => `${k} ${v}`).join(', ')})`;
  });

  // 10. Certificates: issued in one call; a sample verified publicly and downloaded.
  await stage('10 certificates', async () => {
    const issued = await call('POST', '/certificates/issue', { token: secretariat });
    const sample = issued.items.filter((_, k) => k % Math.max(1, Math.floor(issued.items.length / 20)) === 0).slice(0, 20);
    await forEachLimited(sample, CONCURRENCY, async (c) => {
      await call('GET', `/public/certificates/${encodeURIComponent(c.certificateNo)}`);
      await call('GET', `/certificates/${encodeURIComponent(c.certificateNo)}/pdf`, { token: secretariat, raw: true });
    });
    return `${issued.issued} issued`;
  });
}
