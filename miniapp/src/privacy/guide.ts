// What we collect, why, for how long and whom to ask: the one source for the in-app privacy page, the consent
// popup and docs/privacy/wechat-privacy-guide.md (the text filed in WeChat's admin console; test/privacy-guide.test.ts
// checks that the file says what this module says).

export const GUIDE_TITLE = '质量信得过班组用户隐私保护指引';
export const GUIDE_UPDATED = '2026年12月7日';

export const OPERATOR = {
  name: '中国施工企业管理协会',
  shortName: '中施企协',
  service: '工程建设质量信得过班组活动（小程序与网页版）',
  website: 'www.cacem.com.cn',
} as const;

/** From the 2026 notice (中施企协字〔2026〕16号), section 五、联系方式, and its submission mailbox. */
export const CONTACT = {
  email: 'xzhd@cacem.com.cn',
  phones: ['010-63253408', '010-63253407', '010-63253406', '010-63253413'],
  answerWithin: '15 个工作日',
} as const;

export type WechatPrivacyKey = 'Album' | 'MessageFile' | 'Clipboard';

export interface WechatPrivacyItem {
  /** The key WeChat's form (and its setprivacysetting API) uses for this kind of information. */
  key: WechatPrivacyKey;
  /** The kind of information as WeChat's form names it. */
  label: string;
  /** The privacy interfaces in our code package that handle it. */
  interfaces: string[];
  /** The 使用目的 field: WeChat shows it as "为了<purpose>，开发者将在获取你的明示同意后，收集你的<label>". */
  purpose: string;
  /** Where in the app it happens, for the in-app page. */
  where: string;
}

/** The 用户信息类型 declared in WeChat's admin console: one row per kind our weapp code package handles. */
export const WECHAT_PRIVACY_ITEMS: readonly WechatPrivacyItem[] = [
  {
    key: 'Album',
    label: '选中的照片或视频信息',
    interfaces: ['wx.chooseMedia'],
    purpose: '在班组现场活动记录中附上你拍摄或选中的活动照片，作为班组开展活动的记录供审核和评审查看',
    where: '记录 → 新建活动记录 → 拍照',
  },
  {
    key: 'MessageFile',
    label: '选中的文件',
    interfaces: ['wx.chooseMessageFile'],
    purpose: '上传你从微信聊天中选中的申报材料（PDF、PPT）和推荐单位的推荐材料（PDF），用于活动的材料审核和专家评审',
    where: '申报材料、推荐材料 → 从微信聊天选择文件',
  },
  {
    key: 'Clipboard',
    label: '剪切板',
    interfaces: ['wx.setClipboardData'],
    purpose: '把班组邀请链接和邀请码复制到剪切板，方便申报企业转发给班组成员',
    where: '班组成员 → 邀请成员 → 复制链接',
  },
];

/** The 存储地点 and 存储期限 fields of the form, and the same promise on the in-app page. */
export const STORAGE = {
  location: '中华人民共和国境内',
  period:
    '申报材料、现场活动记录和照片、评审结果与证书信息作为活动档案长期保存，因为证书需要随时可以查验真伪，往年材料也用于后续年度的材料查重；姓名、手机号等联系方式随档案保存；不再参加活动后，你可以申请删除手机号，我们在核实身份后 15 个工作日内删除',
} as const;

/** The form's 通知方式 field: how people learn that this guide changed. */
export const NOTICE_METHOD = '小程序内弹窗，以及小程序“隐私保护指引”页面的更新说明';

export interface CollectedItem {
  title: string;
  what: string;
  why: string;
}

/** Everything the platform keeps about people, not only what passes through WeChat's privacy interfaces. */
export const COLLECTED: readonly CollectedItem[] = [
  {
    title: '班组成员',
    what: '姓名、在班组中的角色、手机号（选填）',
    why: '组成申报班组、让成员登录记录班组活动，并在活动记录、评审结果和证书中写明班组成员。',
  },
  {
    title: '申报企业与推荐单位',
    what: '企业名称、统一社会信用代码、报名卡号；推荐单位联系人的姓名和手机号',
    why: '确认申报主体，按活动管理办法由推荐单位推荐班组，秘书处在审核和发布会安排中联系对方。',
  },
  {
    title: '评审专家',
    what: '姓名、手机号、工作单位、专业方向、培训和考核情况',
    why: '抽取评审专家、安排回避和评审任务，并在评审期间联系专家。',
  },
  {
    title: '现场活动记录和照片',
    what: '活动日期、地点、内容、参加人员，以及你拍摄或从相册选中的照片',
    why: '证明班组开展了质量活动，供推荐单位审核和专家评审参考。',
  },
  {
    title: '申报材料',
    what: '你上传的 PDF、PPT 文件及其文字内容',
    why: '材料审核、专家评审和成果发布，并与本年度和往年的材料比对查重。',
  },
  {
    title: '微信登录信息',
    what: '微信为本小程序分配的用户标识（openid），以及你同意接收的订阅消息记录',
    why: '用微信登录、把微信与账号绑定，并只在你同意后发送审核进度通知。我们不获取你的微信昵称、头像或微信绑定的手机号。',
  },
  {
    title: '操作记录',
    what: '谁在什么时间做了哪项操作（如提交、推荐、评分）',
    why: '保证评审公正、可追溯，发生争议时可以核查。',
  },
];

/** Who else sees the information, and which part of it. */
export const SHARING: readonly string[] = [
  '推荐单位：查看本单位推荐的班组的申报信息、材料和现场活动记录，用于推荐和统计。',
  '评审专家：经抽取的专家只查看分配给其评审的班组的申报材料和活动记录。',
  '公开信息：公布的参加发布会名单和获得等级名单显示班组名称、企业名称、推荐单位和等级；证书查验页面显示班组名称、企业名称、等级、活动年度和证书编号，不显示成员姓名和手机号。',
  '微信：微信登录和订阅消息通过微信的服务完成。',
  '除以上情形和法律法规要求外，我们不向其他任何单位或个人提供你的信息，也不用于商业用途。',
];

export const RIGHTS: readonly string[] = [
  '查阅和更正：班组成员信息可由申报企业在“班组成员”页面修改；其他信息可联系秘书处查阅或更正。',
  '删除：不再参加活动后，可以申请删除手机号等联系方式；作为活动档案的材料、评审结果和证书信息不能删除。',
  '撤回同意：可以在小程序右上角“…”→“设置”中管理授权；拒绝或撤回后，选择照片或文件的功能无法使用，其他功能不受影响。',
];

/** Which privacy interface a consent popup stands in front of: shapes its one-paragraph explanation. */
export type ConsentPurpose = 'photo' | 'file' | 'clipboard';

export const CONSENT_TEXT: Record<ConsentPurpose, { action: string; explanation: string }> = {
  photo: {
    action: '选择照片',
    explanation:
      '拍照或从相册选择照片前，需要你同意隐私保护指引。照片只附在本班组的现场活动记录中，供推荐单位审核和评审专家查看。',
  },
  file: {
    action: '选择文件',
    explanation:
      '从微信聊天中选择文件前，需要你同意隐私保护指引。选中的文件只作为申报或推荐材料上传，用于材料审核和专家评审。',
  },
  clipboard: {
    action: '复制链接',
    explanation: '复制邀请链接前，需要你同意隐私保护指引。小程序只写入剪切板，不读取你剪切板里的内容。',
  },
};
