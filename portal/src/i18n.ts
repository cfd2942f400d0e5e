export type Lang = 'zh' | 'en';

type Entry = { zh: string; en: string };

/** Every word the portal shows, in both languages. A key missing one language fails i18n.test.ts. */
export const messages = {
  brand: { zh: '商家中心', en: 'Merchant Centre' },
  switchLanguage: { zh: 'English', en: '中文' },
  switchLanguageLabel: { zh: 'Switch to English', en: '切换到中文' },
  signIn: { zh: '登录', en: 'Sign in' },
  signOut: { zh: '退出登录', en: 'Sign out' },
  signInTitle: { zh: '登录商家中心', en: 'Sign in to the Merchant Centre' },
  signInLead: { zh: '用注册时的用户名和密码登录，查看入驻进度并完成待办事项。', en: 'Sign in with the user name and password you registered with to see where your application stands and do what is due.' },
  username: { zh: '用户名', en: 'User name' },
  password: { zh: '密码', en: 'Password' },
  noAccount: { zh: '还没有账号？', en: 'No account yet?' },
  registerLink: { zh: '注册入驻', en: 'Register as a merchant' },
  haveAccount: { zh: '已有账号？', en: 'Already registered?' },
  signInLink: { zh: '去登录', en: 'Sign in' },
  wrongCredentials: { zh: '用户名或密码不正确。', en: 'The user name or password is not correct.' },
  loading: { zh: '加载中…', en: 'Loading…' },
  sending: { zh: '提交中…', en: 'Sending…' },
  // registration
  registerTitle: { zh: '商家入驻注册', en: 'Register your business' },
  registerLead: { zh: '填写以下信息提交入驻申请。注册后请用用户名和密码登录，按步骤完成入驻。', en: 'Fill in the details below to apply. Then sign in with your user name and password and follow the steps.' },
  usernameHint: { zh: '3–32 位小写字母、数字或 -，以字母开头', en: '3–32 lower-case letters, digits or -, starting with a letter' },
  passwordHint: { zh: '至少 10 位，包含小写字母和数字，且不含用户名', en: 'At least 10 characters with a lower-case letter and a digit, not containing the user name' },
  merchantName: { zh: '商家名称', en: 'Business name' },
  contactEmail: { zh: '联系邮箱', en: 'Contact e-mail' },
  entityType: { zh: '主体类型', en: 'Type of business' },
  entityDomestic: { zh: '境内主体', en: 'Mainland China company' },
  entityOverseas: { zh: '境外主体（需双资质）', en: 'Overseas company (two qualifications needed)' },
  category: { zh: '经营类目', en: 'Category' },
  categoryHint: { zh: '输入名称搜索，例如“榴莲”或“运动”', en: 'Type to search by name, e.g. "durian" or "sports"' },
  categorySearch: { zh: '搜索类目', en: 'Search categories' },
  categoryNone: { zh: '没有匹配的类目', en: 'No category matches' },
  categoryPick: { zh: '请从列表中选择一个类目', en: 'Pick a category from the list' },
  markets: { zh: '出海计划市场（可选；无需保证金，可随时退出）', en: 'Going-overseas markets (optional; no deposit, leave any time)' },
  marketUS: { zh: '美国', en: 'United States' },
  marketHK: { zh: '中国香港', en: 'Hong Kong' },
  marketMO: { zh: '中国澳门', en: 'Macau' },
  factoryProgram: { zh: '申请快质造（工厂直供，限服饰、鞋靴、运动户外鞋服）', en: 'Apply to the factory programme (apparel, footwear, sports & outdoor apparel and footwear only)' },
  factoryProgramClosed: { zh: '所选类目不能申请快质造', en: 'The chosen category cannot join the factory programme' },
  submitRegistration: { zh: '提交注册', en: 'Register' },
  fixFields: { zh: '请修正标出的字段后重新提交。', en: 'Please fix the fields marked in red and send again.' },
  registered: { zh: '注册成功！请登录查看您的申请。', en: 'Registered! Sign in to see your application.' },
  // application
  myApplication: { zh: '我的申请', en: 'My application' },
  applicationNumber: { zh: '申请编号', en: 'Application number' },
  noApplication: { zh: '您还没有入驻申请。', en: 'You have no application yet.' },
  chooseApplication: { zh: '您的申请', en: 'Your applications' },
  progress: { zh: '入驻进度', en: 'Progress' },
  stepDone: { zh: '已完成', en: 'done' },
  stepCurrent: { zh: '进行中', en: 'in progress' },
  stepTodo: { zh: '未开始', en: 'not started' },
  stepSkipped: { zh: '不适用', en: 'not needed' },
  stage_REGISTERED: { zh: '提交注册', en: 'Registered' },
  stage_OVERSEAS_AGREEMENT: { zh: '出海协议', en: 'Overseas agreement' },
  stage_QUALIFICATIONS: { zh: '上传资质', en: 'Qualifications' },
  stage_REVIEW: { zh: '平台审核', en: 'Review' },
  stage_FACTORY: { zh: '验厂', en: 'Factory check' },
  stage_DEPOSIT: { zh: '缴纳保证金', en: 'Deposit' },
  stage_STORE_OPEN: { zh: '店铺开通', en: 'Store open' },
  stage_CLOSED: { zh: '已结束', en: 'Closed' },
  status_APPLYING: { zh: '入驻中', en: 'In progress' },
  status_ACTIVE: { zh: '店铺已开通', en: 'Store open' },
  status_REJECTED: { zh: '未通过', en: 'Not approved' },
  status_WITHDRAWN: { zh: '已撤回', en: 'Withdrawn' },
  status_EXPIRED: { zh: '已失效（逾期未完成）', en: 'Lapsed (a step was not done in time)' },
  status_SUSPENDED: { zh: '店铺已暂停', en: 'Store suspended' },
  dueNow: { zh: '现在需要您做的', en: 'What you need to do now' },
  check_QUALIFICATIONS: { zh: '检查中：正在检查您提交的资质', en: 'Checking your documents' },
  check_FACTORY_AUDIT: { zh: '检查中：正在检查您提交的验厂报告', en: 'Checking your factory audit' },
  check_PAYMENT: { zh: '处理中：正在记入您的付款', en: 'Recording your payment' },
  checkingLead: { zh: '通常只需几秒钟。本页会自动更新，无需刷新，也可以先离开。', en: 'This usually takes a few seconds. This page updates by itself; no need to reload, and you may leave it.' },
  nothingDue: { zh: '目前没有需要您处理的事项。', en: 'Nothing is waiting for you right now.' },
  from_REVIEWERS: { zh: '平台审核员审核中', en: 'Our reviewers are checking your documents' },
  from_OPS: { zh: '平台运营处理中', en: 'Our operations team is handling it' },
  from_PAYMENT: { zh: '等待到账确认', en: 'Waiting for the payment to arrive' },
  from_MERCHANT: { zh: '需要您处理', en: 'Needs you' },
  deadline: { zh: '截止', en: 'Due' },
  daysLeft: { zh: '剩余 {n} 天', en: '{n} days left' },
  dayLeft: { zh: '剩余 1 天', en: '1 day left' },
  dueToday: { zh: '今天截止', en: 'due today' },
  overdue: { zh: '已逾期 {n} 天', en: '{n} days overdue' },
  openTask: { zh: '去处理', en: 'Open' },
  issues: { zh: '需要修改的问题', en: 'What to fix' },
  issueField: { zh: '需修改：{field}', en: 'Fix: {field}' },
  reviewerReason: { zh: '审核员要求修改', en: 'The reviewer asks for changes' },
  deposit: { zh: '保证金', en: 'Deposit' },
  depositRequired: { zh: '应缴', en: 'Required' },
  depositPaid: { zh: '已缴', en: 'Paid' },
  depositOutstanding: { zh: '待缴', en: 'Still due' },
  depositReference: { zh: '付款时请备注此编号', en: 'Quote this reference when you pay' },
  reviewPassed: { zh: '资质审核已通过。缴清保证金后店铺即开通。', en: 'Your qualifications are approved. Your store opens once the deposit is paid.' },
  depositNone: { zh: '无需缴纳保证金。', en: 'No deposit is due.' },
  depositLater: { zh: '资质审核通过后确定保证金金额。', en: 'The deposit is set once your qualifications are approved.' },
  depositSettled: { zh: '保证金已缴清。', en: 'The deposit is paid in full.' },
  documents: { zh: '已提交的证照', en: 'Documents on file' },
  noDocuments: { zh: '还没有提交证照。', en: 'No documents yet.' },
  validUntil: { zh: '有效期至 {date}', en: 'valid until {date}' },
  view: { zh: '查看', en: 'View' },
  notifications: { zh: '消息通知', en: 'Messages sent to you' },
  noNotifications: { zh: '暂无消息。', en: 'No messages yet.' },
  heldUntilConfirmed: { zh: '待确认邮箱后发送', en: 'Sent once your e-mail address is confirmed' },
  confirmationHint: { zh: '请打开第一封邮件中的链接确认邮箱，之后我们才会向此邮箱发送其他消息。', en: 'Open the link in our first e-mail to confirm your address; until then we send nothing else to it.' },
  sendLinkAgain: { zh: '重新发送确认邮件', en: 'Send the confirmation e-mail again' },
  linkSentAgain: { zh: '确认邮件已重新发送，请查收最新的一封。', en: 'A new confirmation e-mail is on its way; open the newest one.' },
  // address confirmation
  confirmTitle: { zh: '确认邮箱', en: 'Confirm your e-mail address' },
  confirming: { zh: '正在确认…', en: 'Confirming…' },
  addressConfirmed: { zh: '邮箱已确认，谢谢！此后的通知会发送到此邮箱。', en: 'Your e-mail address is confirmed. Thank you! Our messages will now reach it.' },
  confirmLinkInvalid: { zh: '此链接无效或已过期。请登录商家中心重新发送确认邮件。', en: 'This link is invalid or has expired. Sign in to the merchant portal to have it sent again.' },
  toSignIn: { zh: '前往登录', en: 'Go to sign-in' },
  store: { zh: '我的店铺', en: 'My store' },
  storeMarkets: { zh: '出海市场', en: 'Overseas markets' },
  storeNoMarkets: { zh: '未加入出海计划', en: 'Not in the going-overseas plan' },
  storeTier: { zh: '工厂等级', en: 'Factory tier' },
  storeTags: { zh: '标签', en: 'Tags' },
  tier_S: { zh: 'S 超级大厂', en: 'S: super factory' },
  tier_A: { zh: 'A 中大型工厂', en: 'A: mid-to-large factory' },
  tier_B_CRAFT: { zh: 'B 工匠精选工厂', en: 'B: craft factory' },
  tier_B_NEW_MATERIAL: { zh: 'B 新材料黑科技公司', en: 'B: new-material company' },
  tag_FACTORY_CERTIFIED: { zh: '快质造认证', en: 'Factory certified' },
  qualifications: { zh: '资质有效期', en: 'Qualifications and expiry' },
  qualificationSuspended: { zh: '已过期，店铺暂停', en: 'expired: store suspended' },
  qualificationExpired: { zh: '已过期', en: 'expired' },
  renewalLead: { zh: '请填写新证照的有效期并上传新证照文件。持证主体、编号、类目已按现有记录填好，有变化时请修改。新证照须至少还有 30 天有效期。', en: 'Enter the new licence\'s dates and attach it. Holder, number and categories are filled in from our record: change them if they changed. The new licence must have at least 30 days left.' },
  renewTaskName: { zh: '更新资质：{qualification}', en: 'Renew qualification: {qualification}' },
  renew: { zh: '更新资质', en: 'Renew' },
  leavePlan: { zh: '退出出海计划', en: 'Leave the going-overseas plan' },
  leavePlanConfirm: { zh: '确定退出出海计划？您将不再向{markets}销售，入驻申请或店铺照常继续。', en: 'Leave the going-overseas plan? You will no longer sell to {markets}; your application or store carries on without it.' },
  leftPlan: { zh: '已退出出海计划。', en: 'You have left the going-overseas plan.' },
  withdraw: { zh: '撤回申请', en: 'Withdraw application' },
  withdrawConfirm: { zh: '确定撤回入驻申请？撤回后不能恢复，待办事项将关闭；已缴保证金将退还。', en: 'Withdraw your application? This cannot be undone: open steps close, and any deposit paid is refunded.' },
  withdrawn: { zh: '申请已撤回。', en: 'Your application is withdrawn.' },
  confirm: { zh: '确定', en: 'Yes, continue' },
  cancel: { zh: '取消', en: 'Cancel' },
  back: { zh: '返回我的申请', en: 'Back to my application' },
  // task form
  submit: { zh: '提交', en: 'Submit' },
  submitted: { zh: '已提交，谢谢！', en: 'Sent. Thank you!' },
  taskGone: { zh: '这项任务已完成或已关闭。', en: 'This step is already done or closed.' },
  onFile: { zh: '已上传：{file}（不选新文件则保留）', en: 'On file: {file} (kept unless you choose a new file)' },
  choose: { zh: '请选择', en: 'Select' },
  browse: { zh: '选择文件', en: 'Choose file' },
  fileTooLarge: { zh: '文件超过 10 MB', en: 'The file is larger than 10 MB' },
  fixFormFields: { zh: '请修正标出的字段。', en: 'Please fix the fields marked.' },
  // password
  changePassword: { zh: '修改密码', en: 'Change password' },
  currentPassword: { zh: '当前密码', en: 'Current password' },
  newPassword: { zh: '新密码', en: 'New password' },
  repeatPassword: { zh: '再次输入新密码', en: 'New password again' },
  passwordsDiffer: { zh: '两次输入的新密码不一致', en: 'The two new passwords differ' },
  passwordChanged: { zh: '密码已修改。', en: 'Your password is changed.' },
  required: { zh: '必填', en: 'Required' },
  // errors for a person
  errorNetwork: { zh: '无法连接服务器，请检查网络后重试。', en: 'Cannot reach the server. Check your connection and try again.' },
  errorSignedOut: { zh: '登录已过期，请重新登录。', en: 'You are signed out. Please sign in again.' },
  errorForbidden: { zh: '页面已过期，请刷新后重试。', en: 'This page has expired. Please reload and try again.' },
  errorNotFound: { zh: '找不到该内容，可能已完成或已关闭。', en: 'Not found: it may be done or closed already.' },
  errorConflict: { zh: '当前状态下不能进行此操作。', en: 'This cannot be done at this stage.' },
  errorTooLarge: { zh: '上传的文件太大。', en: 'The upload is too large.' },
  errorBusy: { zh: '请求过于频繁，请稍后再试。', en: 'Too many attempts. Please wait a moment and try again.' },
  errorServer: { zh: '系统暂时出错，请稍后再试。', en: 'Something went wrong on our side. Please try again later.' },
  errorUnknown: { zh: '操作未成功，请重试。', en: 'That did not work. Please try again.' },
  qual_overseasEntity: { zh: '境外主体资质', en: 'Overseas-entity qualification' },
  qual_domesticEntrusted: { zh: '境内委托企业资质', en: "Domestic entrusted enterprise's qualification" },
  qual_businessLicense: { zh: '营业执照', en: 'Business licence' },
  qual_industryPermit: { zh: '行业许可证', en: 'Industry permit' },
  qual_factoryAudit: { zh: '验厂报告', en: 'Factory audit report' },
  number: { zh: '编号', en: 'Number' },
  categoryLabel: { zh: '类目', en: 'Category' },
  pageNotFound: { zh: '没有这个页面。', en: 'There is no such page.' },
} satisfies Record<string, Entry>;

export type Key = keyof typeof messages;

const STORAGE_KEY = 'portal.lang';

/** Chinese unless the browser asks for another language first; a choice made in the portal wins and is kept. */
export function initialLang(stored: string | null, browserLanguages: readonly string[]): Lang {
  if (stored === 'zh' || stored === 'en') return stored;
  const first = (browserLanguages[0] || 'zh').toLowerCase();
  return first.startsWith('zh') || first === '' ? 'zh' : 'en';
}

let current: Lang = 'zh';

export function lang(): Lang {
  return current;
}

export function setLang(next: Lang, persist = true): void {
  current = next;
  if (persist) {
    try { localStorage.setItem(STORAGE_KEY, next); } catch { /* private mode: the choice lasts the visit */ }
  }
  document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
}

export function loadLang(): Lang {
  let stored: string | null = null;
  try { stored = localStorage.getItem(STORAGE_KEY); } catch { /* ignore */ }
  const langs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
  setLang(initialLang(stored, langs), false);
  return current;
}

export function t(key: Key, params: Record<string, string | number> = {}, l: Lang = current): string {
  return messages[key][l].replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? ''));
}

/** "Zh / En" pairs from server data or forms: the side of the chosen language. */
export function pick(zh: string | undefined | null, en: string | undefined | null, l: Lang = current): string {
  return (l === 'zh' ? zh || en : en || zh) || '';
}

export function daysLeftText(days: number | undefined | null, l: Lang = current): string {
  if (days === undefined || days === null) return '';
  if (days < 0) return t('overdue', { n: -days }, l);
  if (days === 0) return t('dueToday', {}, l);
  if (days === 1) return t('dayLeft', {}, l);
  return t('daysLeft', { n: days }, l);
}

/** Dates for a person: the day, in the business zone the server already wrote them in. */
export function formatDate(value: string | undefined | null, l: Lang = current): string {
  if (!value) return '';
  const day = value.slice(0, 10);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return value;
  return l === 'zh' ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : day;
}

export function formatMoney(amount: number | string | undefined | null, l: Lang = current): string {
  if (amount === undefined || amount === null || amount === '') return '';
  const n = Number(amount);
  const text = n.toLocaleString(l === 'zh' ? 'zh-CN' : 'en-US', { minimumFractionDigits: 0, maximumFractionDigits: 2 });
  return l === 'zh' ? `${text} 元` : `CNY ${text}`;
}

/** "US,HK" → 美国、中国香港 / United States, Hong Kong. */
export function marketNames(codes: string | string[] | undefined | null, l: Lang = current): string {
  const list = Array.isArray(codes) ? codes : (codes || '').split(',');
  return list.map((m) => m.trim()).filter(Boolean)
    .map((m) => (`market${m}` in messages ? t(`market${m}` as Key, {}, l) : m)).join(l === 'zh' ? '、' : ', ');
}

/**
 * A task's name for a person; a renewal also names the qualification it renews, since a store may hold two and each
 * has its own renewal. Other tasks go by the status's names (zh/en) where it gives them, else by the task's.
 */
export function taskName(task: { key?: string; nameZh?: string; nameEn?: string; values?: Record<string, unknown> } | undefined,
  nameZh?: string, nameEn?: string, l: Lang = current): string {
  const name = pick(nameZh ?? task?.nameZh, nameEn ?? task?.nameEn, l);
  const type = task?.key === 'renew-qualification'
    ? task.values?.qualificationType ?? task.values?.requiredQualificationsText : undefined;
  const qualification = `qual_${type}`;
  return typeof type === 'string' && qualification in messages
    ? t('renewTaskName', { qualification: t(qualification as Key, {}, l) }, l) : name;
}
