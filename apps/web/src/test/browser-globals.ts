/** The few browser globals the lib modules touch, for unit tests under Node. */
class MemoryStorage implements Storage {
  private data = new Map<string, string>();
  get length() {
    return this.data.size;
  }
  clear() {
    this.data.clear();
  }
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  key(index: number) {
    return [...this.data.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
  setItem(key: string, value: string) {
    this.data.set(key, String(value));
  }
}

const target = globalThis as unknown as Record<string, unknown>;
target.localStorage = new MemoryStorage();
target.sessionStorage = new MemoryStorage();
target.window ??= Object.assign(new EventTarget(), { localStorage: target.localStorage, sessionStorage: target.sessionStorage });
target.document ??= { documentElement: { lang: 'zh-CN' } };
