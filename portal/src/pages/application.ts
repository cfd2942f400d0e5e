import { api, ApplicationSummary, Checking, Due, Status, Task } from '../api';
import { personMessage } from '../errors';
import { confirmDialog, h, notice } from '../dom';
import { daysLeftText, formatDate, formatMoney, Key, lang, marketNames, messages, pick, t, taskName } from '../i18n';
import type { Ctx } from '../main';
import { pollUntil } from '../poll';
import { bilingual, bilingualMarkdown, components, issueField } from '../variables';

const STAGES = ['REGISTERED', 'OVERSEAS_AGREEMENT', 'QUALIFICATIONS', 'REVIEW', 'FACTORY', 'DEPOSIT', 'STORE_OPEN'];

function known(key: string): key is Key {
  return key in messages;
}

function word(key: string, fallback = ''): string {
  return known(key) ? t(key) : fallback;
}

function section(title: string, ...children: (Node | string | null | false | undefined)[]): HTMLElement {
  const headingId = `s-${title.length}-${Math.random().toString(36).slice(2, 7)}`;
  return h('section', { className: 'card', 'aria-labelledby': headingId }, h('h2', { id: headingId }, title), ...children);
}

function deadline(dueAt?: string, daysLeft?: number): HTMLElement | null {
  if (!dueAt && daysLeft === undefined) return null;
  const urgent = daysLeft !== undefined && daysLeft <= 3;
  return h('p', { className: `deadline${urgent ? ' urgent' : ''}` },
    dueAt ? `${t('deadline')} ${formatDate(dueAt)}` : '', dueAt && daysLeft !== undefined ? ' · ' : '',
    daysLeft !== undefined ? h('strong', {}, daysLeftText(daysLeft)) : '');
}

function stepper(status: Status): HTMLElement {
  const steps = status.steps && status.steps.length ? status.steps
    : STAGES.map((stage) => ({ stage, state: 'TODO' as const }));
  const list = h('ol', { className: 'stepper' }, ...steps.map((s) => {
    const state = { DONE: 'stepDone', CURRENT: 'stepCurrent', TODO: 'stepTodo', SKIPPED: 'stepSkipped' }[s.state] as Key;
    return h('li', { className: `step step-${s.state.toLowerCase()}`, 'aria-current': s.state === 'CURRENT' ? 'step' : undefined },
      h('span', { className: 'step-mark', 'aria-hidden': 'true' }, s.state === 'DONE' ? '✓' : s.state === 'SKIPPED' ? '–' : ''),
      h('span', { className: 'step-name' }, word(`stage_${s.stage}`, s.stage)),
      h('span', { className: 'step-state' }, t(state)));
  }));
  return section(t('progress'), list);
}

/** What we are checking now: shown instead of the to-do list until the result is there. */
function checkingNotice(checking: Checking): HTMLElement {
  return h('div', { className: 'notice notice-info checking', role: 'status', 'aria-live': 'polite' },
    h('span', { className: 'spinner', 'aria-hidden': 'true' }),
    h('div', {}, h('strong', {}, word(`check_${checking.check}`, pick(checking.zh, checking.en))),
      h('p', {}, t('checkingLead'))));
}

function dueSection(appId: string, status: Status, tasks: Task[]): HTMLElement {
  if (status.checking) return section(t('dueNow'), checkingNotice(status.checking));
  const due: Due[] = status.due || [];
  const mine = due.filter((d) => d.from === 'MERCHANT' || (!d.from && d.kind !== 'REVIEW'));
  const others = due.filter((d) => !mine.includes(d));
  const items: HTMLElement[] = mine.map((d) => {
    if (d.kind === 'DEPOSIT') {
      // The deposit is asked for only once the reviewers approved: the merchant learns both at once.
      return h('li', { className: 'due-item' },
        h('p', { className: 'notice notice-ok' }, t('reviewPassed')),
        h('p', { className: 'due-name' }, pick(d.nameZh, d.nameEn) || t('deposit'), ': ',
          h('strong', { className: 'money' }, formatMoney(d.amount ?? status.deposit?.outstanding))),
        deadline(d.dueAt, d.daysLeft),
        status.deposit?.reference ? h('p', {}, t('depositReference'), ': ', h('code', { className: 'reference' }, status.deposit.reference)) : null);
    }
    const task = tasks.find((x) => x.taskId === d.taskId);
    const name = taskName(task, d.nameZh, d.nameEn);
    return h('li', { className: 'due-item' },
      h('p', { className: 'due-name' }, name),
      deadline(d.dueAt ?? task?.dueAt, d.daysLeft ?? task?.daysLeft),
      d.taskId ? h('a', { className: 'button primary', href: `#/task/${encodeURIComponent(appId)}/${encodeURIComponent(d.taskId)}` },
        t('openTask'), h('span', { className: 'sr-only' }, `: ${name}`)) : null);
  });
  // Tasks the status has not listed (for instance a renewal) are still the merchant's to do.
  for (const task of tasks) {
    if (due.some((d) => d.taskId === task.taskId)) continue;
    const name = taskName(task);
    items.push(h('li', { className: 'due-item' }, h('p', { className: 'due-name' }, name), deadline(task.dueAt, task.daysLeft),
      h('a', { className: 'button primary', href: `#/task/${encodeURIComponent(appId)}/${encodeURIComponent(task.taskId)}` },
        t('openTask'), h('span', { className: 'sr-only' }, `: ${name}`))));
  }
  const waiting = others.map((d) => h('li', { className: 'waiting' },
    h('span', {}, word(`from_${d.from}`, pick(d.nameZh, d.nameEn))),
    d.nameZh || d.nameEn ? h('span', { className: 'muted' }, ` (${pick(d.nameZh, d.nameEn)})`) : null,
    deadline(d.dueAt, undefined)));
  return section(t('dueNow'),
    items.length ? h('ul', { className: 'plain' }, ...items) : h('p', {}, t('nothingDue')),
    waiting.length ? h('ul', { className: 'plain' }, ...waiting) : null);
}

function issuesSection(appId: string, status: Status, tasks: Task[]): HTMLElement | null {
  const issues = status.issues || [];
  if (!issues.length && !status.reviewerRequest) return null;
  const l = lang();
  const list = issues.map((issue) => {
    const field = issueField(issue);
    const task = tasks.find((x) => field && components(x.form).some((c) => c.key === field || c.id === field));
    const comp = task && components(task.form).find((c) => c.key === field || c.id === field);
    const fieldName = comp ? bilingual(comp.label || comp.dateLabel, l) : undefined;
    const group = issue.qualification ? word(`qual_${issue.qualification}`) : '';
    const where = [group, fieldName && fieldName !== group ? fieldName : ''].filter(Boolean).join(' · ');
    return h('li', { className: 'issue' },
      h('p', {}, pick(issue.messageZh, issue.messageEn)),
      where ? (task
        ? h('a', { href: `#/task/${encodeURIComponent(appId)}/${encodeURIComponent(task.taskId)}?field=${encodeURIComponent(field!)}` },
          t('issueField', { field: where }))
        : h('p', { className: 'muted' }, t('issueField', { field: where }))) : null);
  });
  return section(t('issues'),
    status.reviewerRequest ? h('div', { className: 'notice notice-info' }, h('strong', {}, t('reviewerReason')), ': ',
      status.reviewerRequest) : null,
    list.length ? h('ul', { className: 'plain' }, ...list) : null);
}

function depositSection(status: Status): HTMLElement {
  const d = status.deposit || { required: status.depositRequired, paid: status.depositPaid };
  if (d.required === undefined || d.required === null) return section(t('deposit'), h('p', {}, t('depositLater')));
  if (Number(d.required) === 0) return section(t('deposit'), h('p', {}, t('depositNone')));
  const outstanding = d.outstanding ?? Math.max(0, Number(d.required) - Number(d.paid || 0));
  return section(t('deposit'),
    h('dl', { className: 'facts' },
      h('dt', {}, t('depositRequired')), h('dd', {}, formatMoney(d.required)),
      h('dt', {}, t('depositPaid')), h('dd', {}, formatMoney(d.paid ?? 0)),
      h('dt', {}, t('depositOutstanding')), h('dd', {}, h('strong', {}, formatMoney(outstanding)))),
    // The reference on a line of its own: in the narrow column of the list a phone would cut it in the middle.
    d.reference && Number(outstanding) > 0
      ? h('p', {}, t('depositReference'), ': ', h('code', { className: 'reference' }, d.reference)) : null,
    Number(outstanding) === 0 ? h('p', {}, t('depositSettled')) : null);
}

function documentsSection(appId: string, status: Status): HTMLElement {
  const docs = status.documents || [];
  return section(t('documents'), docs.length ? h('ul', { className: 'plain' }, ...docs.map((d) => h('li', { className: 'doc' },
    h('p', {}, h('strong', {}, pick(d.labelZh, d.labelEn) || word(`qual_${d.name.replace(/Document$/, '')}`, d.name))),
    h('p', {}, h('a', { href: api.documentUrl(appId, d.name), target: '_blank', rel: 'noopener' },
      `${t('view')}: ${d.filename || ''}`)),
    d.validUntil ? h('p', { className: d.daysLeft !== undefined && d.daysLeft < 30 ? 'urgent' : 'muted' },
      t('validUntil', { date: formatDate(d.validUntil) }), d.daysLeft !== undefined ? ` · ${daysLeftText(d.daysLeft)}` : '') : null)))
    : h('p', {}, t('noDocuments')));
}

/** An e-mail subject without the product name it starts with ("商家入驻 Merchant Onboarding · …"). */
function subject(text: string | undefined): string | undefined {
  const cut = text ? text.indexOf(' · ') : -1;
  return text && cut >= 0 ? text.slice(cut + 3) : text;
}

function notificationsSection(status: Status): HTMLElement {
  const list = status.notifications || [];
  const sorted = [...list].sort((a, b) => String(b.createdAt).localeCompare(String(a.createdAt)));
  const messages = sorted.length ? h('ul', { className: 'plain messages' }, ...sorted.map((n) => h('li', {},
    h('details', {}, h('summary', {}, h('span', { className: 'muted' }, formatDate(n.createdAt)), ' ', bilingual(subject(n.subject), lang()) || n.event,
      n.heldAt && !n.deliveredAt ? h('span', { className: 'muted' }, ` · ${t('heldUntilConfirmed')}`) : ''),
      h('div', { className: 'message-body' }, bilingualMarkdown(n.body || '', lang())))))) : h('p', {}, t('noNotifications'));
  if (!sorted.some((n) => n.heldAt && !n.deliveredAt)) return section(t('notifications'), messages);
  // Held messages wait for the link in the first e-mail; a merchant who lost it asks for a new one here.
  const sent = h('div', { 'aria-live': 'polite' });
  const again = h('button', { type: 'button', className: 'button', onclick: async () => {
    again.disabled = true;
    try {
      await api.sendConfirmationAgain();
      sent.replaceChildren(notice('ok', t('linkSentAgain')));
    } catch (e) {
      sent.replaceChildren(notice('error', personMessage(e, lang())));
      again.disabled = false;
    }
  } }, t('sendLinkAgain'));
  return section(t('notifications'), h('div', {}, h('p', {}, t('confirmationHint')), again, sent, messages));
}

function marketsText(markets: string | string[] | undefined): string {
  return marketNames(markets);
}

/** The plan may be left at any time (RULES.md §1): from the store, and before activation too. */
function leavePlanButton(ctx: Ctx, appId: string, markets: string): HTMLElement | null {
  return markets ? h('button', {
    type: 'button', className: 'button secondary', onclick: async () => {
      if (!await confirmDialog(t('leavePlanConfirm', { markets }), t('confirm'), t('cancel'))) return;
      await act(ctx, () => api.leavePlan(appId), t('leftPlan'));
    },
  }, t('leavePlan')) : null;
}

function storeSection(ctx: Ctx, appId: string, status: Status, tasks: Task[]): HTMLElement | null {
  if (status.status !== 'ACTIVE' && status.status !== 'SUSPENDED') return null;
  const markets = marketsText(status.markets);
  const renewals = tasks.filter((x) => x.key === 'renew-qualification');
  const quals = (status.qualifications || []).map((q) => {
    const renewal = renewals.find((r) => r.values?.qualificationType === q.type || r.values?.requiredQualificationsText === q.type);
    // The days left come with the document on file, which a renewal replaces together with the dates.
    const doc = (status.documents || []).find((d) => d.name === `${q.type}Document` && d.validUntil === q.validUntil);
    const left = !q.suspended && !q.expired && doc?.daysLeft !== undefined ? ` · ${daysLeftText(doc.daysLeft)}` : '';
    return h('li', { className: 'doc' },
      h('p', {}, h('strong', {}, word(`qual_${q.type}`, q.type)), q.number ? h('span', { className: 'muted' }, ` · ${t('number')} ${q.number}`) : ''),
      h('p', { className: q.suspended || q.expired || renewal ? 'urgent' : 'muted' }, t('validUntil', { date: formatDate(q.validUntil) }),
        q.suspended ? ` · ${t('qualificationSuspended')}` : q.expired ? ` · ${t('qualificationExpired')}` : left),
      renewal ? h('a', { className: 'button primary', href: `#/task/${encodeURIComponent(appId)}/${encodeURIComponent(renewal.taskId)}` },
        t('renew'), h('span', { className: 'sr-only' }, `: ${word(`qual_${q.type}`, q.type)}`)) : null);
  });
  const leave = leavePlanButton(ctx, appId, markets);
  return section(t('store'),
    h('dl', { className: 'facts' },
      h('dt', {}, t('storeMarkets')), h('dd', {}, markets || t('storeNoMarkets')),
      status.tier ? h('dt', {}, t('storeTier')) : null, status.tier ? h('dd', {}, word(`tier_${status.tier}`, status.tier)) : null,
      status.tags && status.tags.length ? h('dt', {}, t('storeTags')) : null,
      status.tags && status.tags.length ? h('dd', {}, status.tags.map((x) => word(`tag_${x}`, x)).join(', ')) : null),
    // Next to the markets it gives up, not under the qualifications' renewal buttons.
    leave ? h('p', {}, leave) : null,
    quals.length ? h('h3', {}, t('qualifications')) : null,
    quals.length ? h('ul', { className: 'plain' }, ...quals) : null);
}

let flash: HTMLElement | null = null;

/** A line the application page shows once, on top, the next time it is drawn (after a task form was sent). */
export function flashNext(line: HTMLElement): void {
  flash = line;
}

async function act(ctx: Ctx, action: () => Promise<void>, done: string): Promise<void> {
  try {
    await action();
    flash = notice('ok', done);
  } catch (e) {
    flash = notice('error', personMessage(e, lang()));
  }
  ctx.rerender();
}

export async function renderApplication(ctx: Ctx, appId: string | undefined): Promise<void> {
  const loading = h('p', {}, t('loading'));
  ctx.main.append(loading);
  let apps: ApplicationSummary[] = [];
  try {
    apps = await api.applications();
  } catch (e) {
    if ((e as { status?: number }).status === 401) throw e;
    loading.replaceWith(notice('error', personMessage(e, lang())));
    return;
  }
  const id = appId || apps[0]?.applicationId;
  if (!id) {
    loading.replaceWith(h('div', { className: 'card narrow' }, h('h1', {}, t('myApplication')), h('p', {}, t('noApplication')),
      h('a', { href: '#/register' }, t('registerLink'))));
    return;
  }
  let status: Status;
  let tasks: Task[] = [];
  try {
    const [s, tk] = await Promise.all([api.status(id), api.tasks(id).catch(() => [] as Task[])]);
    status = s;
    tasks = tk;
    if (!status.notifications) status.notifications = await api.notifications(id).catch(() => []);
  } catch (e) {
    if ((e as { status?: number }).status === 401) throw e;
    loading.replaceWith(notice('error', personMessage(e, lang())));
    return;
  }
  const page: (HTMLElement | null)[] = [];
  const category = status.categoryName ? pick(status.categoryName.zh, status.categoryName.en) : status.category;
  page.push(h('div', { className: 'page-head' },
    h('h1', {}, t('myApplication')),
    h('p', { className: 'merchant' }, h('strong', {}, status.merchantName || ''),
      h('span', { className: `badge badge-${status.status.toLowerCase()}` }, word(`status_${status.status}`, status.status))),
    h('p', { className: 'muted' }, category ? `${t('categoryLabel')}: ${category} · ` : '', `${t('applicationNumber')}: `,
      h('code', {}, status.applicationId))));
  if (flash) { page.push(flash); flash = null; }
  if (apps.length > 1) {
    page.push(h('nav', { className: 'card', 'aria-label': t('chooseApplication') }, h('h2', {}, t('chooseApplication')),
      h('ul', { className: 'plain' }, ...apps.map((a) => h('li', {}, a.applicationId === id
        ? h('strong', { 'aria-current': 'page' }, `${a.merchantName} · ${word(`status_${a.status}`, a.status)}`)
        : h('a', { href: `#/app/${encodeURIComponent(a.applicationId)}` }, `${a.merchantName} · ${word(`status_${a.status}`, a.status)}`))))));
  }
  page.push(dueSection(id, status, tasks));
  page.push(issuesSection(id, status, tasks));
  page.push(stepper(status));
  page.push(storeSection(ctx, id, status, tasks));
  page.push(depositSection(status));
  page.push(documentsSection(id, status));
  page.push(notificationsSection(status));
  if (status.status === 'APPLYING') {
    const leave = leavePlanButton(ctx, id, marketsText(status.markets));
    page.push(h('div', { className: 'card danger-zone' }, leave ? h('p', {}, leave) : null, h('button', {
      type: 'button', className: 'button danger', onclick: async () => {
        if (!await confirmDialog(t('withdrawConfirm'), t('withdraw'), t('cancel'))) return;
        await act(ctx, () => api.withdraw(id), t('withdrawn'));
      },
    }, t('withdraw'))));
  }
  const shown = page.filter((p): p is HTMLElement => !!p);
  loading.replaceWith(...shown);
  // The check runs on the server after it answered: read again until its result is there, then draw the page anew
  // (the next task with the issues found, or the review waiting), while the merchant stays on this page.
  if (status.checking) {
    pollUntil(() => api.status(id), (s) => !s.checking, () => ctx.rerender(), () => shown[0].isConnected);
  }
}
