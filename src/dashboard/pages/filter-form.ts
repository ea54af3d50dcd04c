import { html, type SafeHtml } from "../html.js";

/** One entry of a filter menu: `value` is sent, `label` is shown (a tenant's name for its id). */
export interface FilterOption {
  value: string;
  label: string;
}

/**
 * A filter menu whose first entry, "any", sends an empty value (no filter). Plain strings are
 * their own label. The entry matching `selected` is preselected, so the menu shows the filter in use;
 * a value the menu does not list (a shared link, an edited address) is added, so pressing Filter
 * again keeps it instead of silently switching to "any".
 */
export function filterSelect(
  label: string,
  name: string,
  entries: readonly (string | FilterOption)[],
  selected: string,
): SafeHtml {
  const options = entries.map((entry) =>
    typeof entry === "string" ? { value: entry, label: entry } : entry,
  );
  if (selected !== "" && !options.some((o) => o.value === selected))
    options.push({ value: selected, label: selected });
  return html`<label
    >${label}
    <select name="${name}">
      <option value="">any</option>
      ${options.map(
        (o) =>
          html`<option value="${o.value}" ${o.value === selected ? html` selected` : false}>
            ${o.label}
          </option>`,
      )}
    </select></label
  >`;
}

/** A free-text filter field showing the value in use; `hint` is the placeholder. */
export function filterSearch(label: string, name: string, value: string, hint = ""): SafeHtml {
  return html`<label
    >${label}
    <input
      type="search"
      name="${name}"
      value="${value}"
      ${hint === "" ? false : html` placeholder="${hint}"`}
  /></label>`;
}

/**
 * A filter bar: a GET form to `path` (so a filtered view is a link people can share and the pager
 * keeps), with a Filter button and a Clear link back to the unfiltered page. The form sends no
 * `page`, so a new filter starts at page 1.
 */
export function filterForm(path: string, fields: readonly SafeHtml[]): SafeHtml {
  return html`<form class="filters" method="get" action="${path}">
    ${fields}
    <button class="btn" type="submit">Filter</button>
    <a href="${path}">Clear</a>
  </form>`;
}

/**
 * Whether any field of a page's filter is set (an empty string or `false` means "any"). Pages use it
 * to say "nothing matches these filters" only when there are filters: a page number is not one.
 */
export function anyFilterSet(filter: object): boolean {
  return Object.values(filter).some((value) => value !== "" && value !== false && value !== undefined);
}
