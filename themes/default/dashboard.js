// dashboard.html, made handier where JavaScript runs; without it the page is the same tables.
// - Click a table's heading (or focus it and press Enter) to sort by that column; again to reverse.
// - Type in the box above a table to keep the rows that hold every word typed.
// The page's address can say what to show: dashboard.html#filter=globex filters the interviews,
// #sort=Company sorts them by that column.
// "Gone quiet" is not folded away: hiding a list of thousands of items after the page has loaded
// costs the browser seconds (BENCHMARKS.md); it comes after everything still to do instead.
// `followup serve` replaces parts of the page as notes are saved, and then sends
// `followup:replaced` with the new nodes: their tables are made handier the same way.
(() => {
  "use strict";
  const text = (cell) => (cell ? cell.textContent.trim() : "");
  const params = new URLSearchParams(location.hash.slice(1));
  const sorters = new Map();
  const filters = [];
  const enhance = (table) => {
    const head = table.tHead && table.tHead.rows[0];
    const body = table.tBodies[0];
    if (!head || !body) return;
    [...head.cells].forEach((th, column) => {
      th.tabIndex = 0;
      th.setAttribute("aria-sort", "none");
      th.title = "Sort by this column";
      const sort = () => {
        const up = th.getAttribute("aria-sort") !== "ascending";
        for (const other of head.cells) other.setAttribute("aria-sort", "none");
        th.setAttribute("aria-sort", up ? "ascending" : "descending");
        const rows = [...body.rows];
        rows.sort((a, b) => text(a.cells[column]).localeCompare(text(b.cells[column]), undefined, { numeric: true }));
        if (!up) rows.reverse();
        body.append(...rows);
      };
      th.addEventListener("click", sort);
      th.addEventListener("keydown", (event) => {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          sort();
        }
      });
      sorters.set(th, sort);
    });
    const input = document.createElement("input");
    input.type = "search";
    input.className = "filter";
    input.placeholder = "Filter: company, status, date…";
    input.setAttribute("aria-label", "Filter the rows of this table");
    input.addEventListener("input", () => {
      const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      for (const row of body.rows) {
        const row_text = row.textContent.toLowerCase();
        row.hidden = !words.every((word) => row_text.includes(word));
      }
    });
    table.before(input);
    filters.push([table, input]);
  };
  document.querySelectorAll("main table").forEach(enhance);
  document.addEventListener("followup:replaced", (event) => {
    for (const node of event.detail) {
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      (node.matches("table") ? [node] : node.querySelectorAll("table")).forEach(enhance);
    }
  });
  const interviews = filters.find(([table]) => /^Date\b/.test(text(table.tHead.rows[0].cells[0])) && table.tHead.rows[0].cells.length > 7);
  if (interviews && params.has("filter")) {
    interviews[1].value = params.get("filter");
    interviews[1].dispatchEvent(new Event("input"));
  }
  const by = interviews && [...interviews[0].tHead.rows[0].cells].find((th) => text(th) === params.get("sort"));
  if (by) sorters.get(by)();
})();
