/**
 * A widget's view kept in the page URL, under its own prefix so that two widgets (and the host
 * page's own parameters) do not collide. Typing replaces the current history entry; a finished
 * change adds one, so Back and Forward step through views.
 */
export type UrlValues = Record<string, string | readonly string[] | undefined>;

export class UrlState {
  constructor(private readonly prefix: string) {}

  /** This widget's parameters in the current URL, without the prefix. */
  read(): Map<string, string[]> {
    const values = new Map<string, string[]>();
    for (const [key, value] of new URLSearchParams(location.search)) {
      if (!key.startsWith(this.prefix)) continue;
      const name = key.slice(this.prefix.length);
      values.set(name, [...(values.get(name) ?? []), value]);
    }
    return values;
  }

  /** Whether the URL holds any state of this widget. */
  has(): boolean {
    return this.read().size > 0;
  }

  write(values: UrlValues, mode: 'push' | 'replace'): void {
    const url = new URL(location.href);
    for (const key of [...url.searchParams.keys()]) if (key.startsWith(this.prefix)) url.searchParams.delete(key);
    for (const [name, value] of Object.entries(values)) {
      for (const item of typeof value === 'string' ? [value] : (value ?? [])) {
        if (item !== '') url.searchParams.append(this.prefix + name, item);
      }
    }
    if (url.href === location.href) return;
    if (mode === 'push') history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }
}
