import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pollDelay, pollUntil } from './poll';

describe('reading the status again while a check runs', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.useRealTimers(); });

  it('waits a second first, then longer, never more than five', () => {
    expect([0, 1, 2, 3, 4, 5, 10].map(pollDelay)).toEqual([1000, 1500, 2250, 3375, 5000, 5000, 5000]);
  });

  it('reads one at a time until the result is there, and hands it on once', async () => {
    const answers = [{ checking: true }, { checking: true }, { checking: false }];
    const read = vi.fn(async () => answers.shift()!);
    const then = vi.fn();
    pollUntil(read, (s) => !s.checking, then, () => true);

    await vi.advanceTimersByTimeAsync(999);
    expect(read).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(read).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1500);
    expect(read).toHaveBeenCalledTimes(2);
    expect(then).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2250);
    expect(read).toHaveBeenCalledTimes(3);
    expect(then).toHaveBeenCalledWith({ checking: false });
    await vi.advanceTimersByTimeAsync(60000);
    expect(read).toHaveBeenCalledTimes(3);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('takes a failed read in its stride: no error, the next read comes', async () => {
    const read = vi.fn()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce({ checking: false });
    const then = vi.fn();
    pollUntil(read, (s: { checking: boolean }) => !s.checking, then, () => true);
    await vi.advanceTimersByTimeAsync(1000 + 1500);
    expect(read).toHaveBeenCalledTimes(2);
    expect(then).toHaveBeenCalledWith({ checking: false });
  });

  it('stops when the page is left or when told to', async () => {
    let onPage = true;
    const read = vi.fn(async () => ({ checking: true }));
    pollUntil(read, (s) => !s.checking, vi.fn(), () => onPage);
    await vi.advanceTimersByTimeAsync(1000);
    expect(read).toHaveBeenCalledTimes(1);
    onPage = false;
    await vi.advanceTimersByTimeAsync(60000);
    expect(read).toHaveBeenCalledTimes(1);

    const other = vi.fn(async () => ({ checking: true }));
    const stop = pollUntil(other, (s) => !s.checking, vi.fn(), () => true);
    stop();
    await vi.advanceTimersByTimeAsync(60000);
    expect(other).not.toHaveBeenCalled();
  });
});
