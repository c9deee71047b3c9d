// A search box in the ARIA 1.2 combobox pattern: type to search classes, arrow keys to move, Enter to pick,
// Escape to close; the active option is announced through aria-activedescendant.
import { el } from './format.js';

export class ClassCombobox {
  constructor(input, list, { search, onPick, status }) {
    this.input = input;
    this.list = list;
    this.search = search;
    this.onPick = onPick;
    this.status = status;
    this.options = [];
    this.active = -1;
    this.selected = null;
    this.sequence = 0;
    this.timer = null;
    input.addEventListener('input', () => this.changed());
    input.addEventListener('keydown', (e) => this.key(e));
    input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
    input.addEventListener('focus', () => { if (this.options.length && !this.selected) this.open(); });
  }

  /** The class picked, or the typed text (the server resolves titles too). */
  value() {
    return this.selected ? this.selected.id : this.input.value.trim();
  }

  set(match) {
    this.selected = match;
    this.input.value = match ? match.title : '';
    this.close();
  }

  changed() {
    this.selected = null;
    clearTimeout(this.timer);
    const text = this.input.value.trim();
    if (text.length < 2) {
      this.render([]);
      return;
    }
    this.timer = setTimeout(() => this.lookUp(text), 120);
  }

  async lookUp(text) {
    const mine = ++this.sequence;
    let matches = [];
    try {
      matches = await this.search(text);
    } catch (e) {
      matches = [];
    }
    if (mine !== this.sequence) return; // a newer search is under way
    this.render(matches);
    this.list.dataset.query = text;
    this.status.textContent = matches.length
      ? `${matches.length} class${matches.length === 1 ? '' : 'es'} found; use the arrow keys to choose.`
      : 'No class found.';
  }

  render(matches) {
    this.options = matches;
    this.active = -1;
    const base = this.list.id;
    this.list.replaceChildren(...matches.map((m, i) => el('li', {
      id: `${base}-${i}`, role: 'option', 'aria-selected': 'false', 'data-id': m.id,
      onmousedown: (e) => { e.preventDefault(); this.pick(i); },
    }, m.title, el('small', {}, `${m.agency} · ${m.family} · level ${m.level}`))));
    if (matches.length) this.open(); else this.close();
  }

  key(e) {
    const open = !this.list.hidden;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!this.options.length) return;
      if (!open) this.open();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      this.highlight((this.active + step + this.options.length) % this.options.length);
    } else if (e.key === 'Enter' && open && this.options.length) {
      e.preventDefault();
      this.pick(this.active >= 0 ? this.active : 0);
    } else if (e.key === 'Escape') {
      if (open) this.close(); else this.set(null);
    } else if (e.key === 'Home' && open) {
      e.preventDefault();
      this.highlight(0);
    } else if (e.key === 'End' && open) {
      e.preventDefault();
      this.highlight(this.options.length - 1);
    }
  }

  highlight(index) {
    this.active = index;
    [...this.list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    const li = this.list.children[index];
    if (li) {
      this.input.setAttribute('aria-activedescendant', li.id);
      li.scrollIntoView({ block: 'nearest' });
    }
  }

  pick(index) {
    const match = this.options[index];
    if (!match) return;
    this.set(match);
    this.status.textContent = `${match.title} chosen.`;
    this.onPick(match);
  }

  open() {
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  close() {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }
}
