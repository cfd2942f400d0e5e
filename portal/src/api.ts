import { ApiError, Problem } from './errors';

let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method, headers, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, null);
  }
  const text = await response.text();
  let json: unknown = null;
  if (text) {
    try { json = JSON.parse(text); } catch { json = null; }
  }
  if (!response.ok) throw new ApiError(response.status, (json as Problem) ?? null);
  return json as T;
}

export interface Session { username: string; groups: string[]; csrfToken: string }
export interface ApplicationSummary { applicationId: string; merchantName: string; status: string; stage: string; createdAt?: string }
export interface Category { code: string; zh: string; en: string; factoryProgram: boolean }
export interface Step { stage: string; state: 'DONE' | 'CURRENT' | 'TODO' | 'SKIPPED' }
export interface Due {
  kind: 'TASK' | 'DEPOSIT' | 'REVIEW'; taskId?: string; key?: string; nameZh?: string; nameEn?: string;
  from?: string; dueAt?: string; daysLeft?: number; amount?: number;
}
export interface Issue { code: string; qualification?: string; messageZh?: string; messageEn?: string }
export interface Deposit { required?: number; paid?: number; outstanding?: number; currency?: string; reference?: string }
export interface DocumentOnFile {
  name: string; labelZh?: string; labelEn?: string; filename?: string; mimeType?: string; validUntil?: string; daysLeft?: number;
}
export interface Notification { id: string; event: string; subject?: string; body?: string; createdAt?: string; deliveredAt?: string; heldAt?: string }
export interface HeldQualification { type: string; number?: string; validUntil?: string; suspended?: boolean; expired?: boolean }
/** What the platform is checking right now, after a hand-in or a payment; null once the result is there. */
export interface Checking { check: string; zh?: string; en?: string }
export interface Status {
  applicationId: string; merchantName?: string; status: string; statusReason?: string; category?: string;
  checking?: Checking | null;
  categoryName?: { zh: string; en: string }; markets?: string | string[]; tier?: string; tags?: string[];
  steps?: Step[]; due?: Due[]; issues?: Issue[]; reviewerRequest?: string; deposit?: Deposit;
  depositRequired?: number; depositPaid?: number;
  documents?: DocumentOnFile[]; notifications?: Notification[]; qualifications?: HeldQualification[];
}
export interface FileOnFile { filename?: string; mimeType?: string; url?: string }
export interface Task {
  taskId: string; key: string; nameZh?: string; nameEn?: string; dueAt?: string; daysLeft?: number;
  form: FormSchema; values?: Record<string, unknown>; files?: Record<string, FileOnFile>;
}
export interface FormComponent {
  id?: string; key?: string; type: string; label?: string; dateLabel?: string; description?: string; text?: string;
  values?: { label: string; value: string }[]; valuesKey?: string; components?: FormComponent[];
  [more: string]: unknown;
}
export interface FormSchema { id?: string; components: FormComponent[]; [more: string]: unknown }

const app = (id: string) => `/api/merchants/${encodeURIComponent(id)}`;

export const api = {
  session: () => call<Session>('GET', '/api/session'),
  signIn: (username: string, password: string) => call<Session>('POST', '/api/session', { username, password }),
  signOut: () => call<void>('DELETE', '/api/session'),
  changePassword: (currentPassword: string, newPassword: string) =>
    call<void>('POST', '/api/merchants/me/password', { currentPassword, newPassword }),
  register: (body: Record<string, unknown>) => call<{ applicationId: string }>('POST', '/api/registrations', body),
  confirmAddress: (token: string) => call<void>('POST', '/api/registrations/confirm', { token }),
  sendConfirmationAgain: () => call<void>('POST', '/api/merchants/me/confirmation'),
  categories: () => call<Category[]>('GET', '/api/categories'),
  applications: () => call<ApplicationSummary[]>('GET', '/api/merchants/me/applications'),
  status: (id: string) => call<Status>('GET', app(id)),
  notifications: (id: string) => call<Notification[]>('GET', `${app(id)}/notifications`),
  tasks: (id: string) => call<Task[]>('GET', `${app(id)}/tasks`),
  complete: (id: string, taskId: string, variables: Record<string, unknown>) =>
    call<void>('POST', `${app(id)}/tasks/${encodeURIComponent(taskId)}`, { variables }),
  withdraw: (id: string) => call<void>('POST', `${app(id)}/withdrawal`),
  leavePlan: (id: string) => call<void>('POST', `${app(id)}/overseas-plan/exit`),
  documentUrl: (id: string, name: string) => `${app(id)}/documents/${encodeURIComponent(name)}`,
};
