import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce } from './debounce';

describe('debounce', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('calls once with the last arguments after the pause', () => {
    const fn = vi.fn();
    const debounced = debounce(fn, 300);

    debounced('k');
    vi.advanceTimersByTime(200);
    debounced('kl');
    vi.advanceTimersByTime(299);
    expect(fn).not.toHaveBeenCalled();

    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(fn).toHaveBeenCalledWith('kl');
  });

  it('runs a pending call at once on flush and not again later', () => {
    const fn = vi.fn();
    const debounced = debounce(fn, 300);

    debounced('klima');
    debounced.flush();
    vi.advanceTimersByTime(1000);

    expect(fn).toHaveBeenCalledTimes(1);
    expect(fn).toHaveBeenCalledWith('klima');
  });

  it('drops a pending call on cancel', () => {
    const fn = vi.fn();
    const debounced = debounce(fn, 300);

    debounced('klima');
    debounced.cancel();
    vi.advanceTimersByTime(1000);
    debounced.flush();

    expect(fn).not.toHaveBeenCalled();
  });
});
