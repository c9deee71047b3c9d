// The focus picker: which agency, and optionally which family, the ladder shows; the rest of the graph
// stays collapsed. Large agencies are offered family by family, never all at once.
import { api } from './api.js';
import { el } from './format.js';

export const WHOLE_AGENCY_LIMIT = 200;

export class FocusPicker {
  constructor(agencySelect, familySelect, { onFocus }) {
    this.agencySelect = agencySelect;
    this.familySelect = familySelect;
    this.onFocus = onFocus;
    this.agencies = [];
    agencySelect.addEventListener('change', () => this.agencyChosen(agencySelect.value));
    familySelect.addEventListener('change', () => this.emit());
  }

  async load() {
    this.agencies = await api.agencies();
    this.agencySelect.replaceChildren(...this.agencies.map((a) =>
      el('option', { value: a.code }, `${a.name || a.code} (${a.classes} classes)`)));
    return this.agencies;
  }

  /** Chooses an agency (and family) without drawing, e.g. to follow a route that was drawn. */
  async show(agency, familyId) {
    if (!agency) return;
    this.agencySelect.value = agency;
    await this.fillFamilies(agency);
    this.familySelect.value = familyId && [...this.familySelect.options].some((o) => o.value === familyId) ? familyId : '';
  }

  async agencyChosen(agency) {
    await this.fillFamilies(agency);
    this.emit();
  }

  async fillFamilies(agency) {
    const families = await api.families(agency);
    const summary = this.agencies.find((a) => a.code === agency);
    const whole = !summary || summary.classes <= WHOLE_AGENCY_LIMIT;
    this.familySelect.replaceChildren(
      whole ? el('option', { value: '' }, 'All families') : el('option', { value: '', disabled: true }, 'Choose a family'),
      ...families.map((f) => el('option', { value: f.id }, `${f.name} (${f.classes}, levels ${f.lowestLevel}–${f.highestLevel})`)));
    if (!whole && families.length) this.familySelect.value = families[0].id;
  }

  emit() {
    const agency = this.agencySelect.value;
    const family = this.familySelect.value;
    this.onFocus(family ? { families: [family], agency } : { agencies: [agency], agency });
  }

  start() {
    if (this.agencies.length) this.agencyChosen(this.agencies[0].code);
  }
}
