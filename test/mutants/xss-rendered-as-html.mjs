export default {
  claim: 'stored <script> run in the H5 build: 0',
  fault: 'payloads stored in 18 free-text fields, then the pages that show them opened in Chromium',
  broken: "the console's registration-card list renders the enterprise name as HTML",
  edits: [{ file: 'miniapp/src/admin/cards/cards-table.tsx', find: '<Text className="qt-cards__td">{card.enterpriseName}</Text>', replace: '<Text className="qt-cards__td" dangerouslySetInnerHTML={{ __html: card.enterpriseName }} />' }],
  build: ['h5'],
  test: { cwd: 'test', args: ['e2e/stored-xss.e2e.ts', '-t', 'console shows enterprise, team, expert names'] },
};
