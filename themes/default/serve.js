// followup serve: live reload, and buttons that record in a note what was sent.
// The page says what it shows in #followup-serve (JSON): the build it was rendered after, the
// files it shows, the version of each note it can mark, and the run's token for changes.
// A draft's or a note's page reloads when the server says its files changed. The dashboard
// instead applies what each build changed on it (rows spliced, sections replaced), since at
// thousands of notes loading it again takes the browser a second or more.
(() => {
  "use strict";
  const element = document.getElementById("followup-serve");
  if (!element) return;
  const page = JSON.parse(element.textContent);
  const liveNote = document.querySelector(".followup-live");
  const isDashboard = page.keys.includes("dashboard.html");

  const reload = () => {
    sessionStorage.setItem("followup-scroll:" + location.pathname, String(window.scrollY));
    location.reload();
  };
  const scroll = sessionStorage.getItem("followup-scroll:" + location.pathname);
  if (scroll !== null) {
    sessionStorage.removeItem("followup-scroll:" + location.pathname);
    window.scrollTo(0, Number(scroll));
  }

  const toast = (message, failed) => {
    let box = document.querySelector(".followup-toast");
    if (!box) {
      box = document.createElement("div");
      box.className = "followup-toast";
      box.setAttribute("role", "status");
      document.body.append(box);
    }
    box.textContent = message;
    box.classList.toggle("failed", Boolean(failed));
  };

  // Writes `field` (thanked, checked_in, status) into the note; the page shows it once the
  // build that follows has changed it.
  const mark = async (note, field, value, control) => {
    control.disabled = true;
    try {
      const response = await fetch("/_/mark", {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-Followup-Token": page.token },
        body: JSON.stringify({ note, field, value, version: page.versions[note] || "" }),
      });
      const reply = await response.json().catch(() => ({ message: response.statusText }));
      toast(reply.message, !response.ok);
      if (!response.ok) control.disabled = false;
    } catch (error) {
      toast("followup serve did not answer: " + error.message, true);
      control.disabled = false;
    }
  };

  // The note a link leads to, directly or through its draft.
  const noteOf = (link) => {
    const path = decodeURIComponent(new URL(link.href).pathname).slice(1);
    return path.endsWith(".followup.md") ? path.slice(0, -".followup.md".length) + ".md" : path;
  };
  const button = (label, onClick) => {
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = label;
    b.addEventListener("click", () => onClick(b));
    return b;
  };

  // A draft's page: Copy each message, and its Mark button.
  for (const section of document.querySelectorAll(".followup-message")) {
    const copy = section.querySelector("[data-copy]");
    const text = section.querySelector(".followup-text");
    if (!copy || !text) continue;
    copy.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(text.value);
      } catch {
        text.hidden = false;
        text.select();
        document.execCommand("copy");
        text.hidden = true;
      }
      toast("Copied the message to the clipboard");
    });
  }
  for (const b of document.querySelectorAll("button[data-mark]")) {
    b.addEventListener("click", () => mark(b.dataset.note, b.dataset.mark, null, b));
  }

  // The dashboard: a mark button on each next action, a status selector on each interview.
  const main = document.querySelector("main");
  // The page's sections, as the server counts them: what comes before the first <h2>, then
  // each <h2> with what follows it.
  const sections = () => {
    const out = [[]];
    for (const node of main.childNodes) {
      if (node.nodeName === "H2") out.push([]);
      out[out.length - 1].push(node);
    }
    return out;
  };
  const titleOf = (nodes) => (nodes[0] && nodes[0].nodeName === "H2" ? nodes[0].textContent.trim() : "");
  const tableIn = (nodes) => nodes.find((n) => n.nodeName === "TABLE") || null;
  const actionRow = (row) => {
    const draft = row.querySelector('a[href$=".followup.md"]');
    const cell = row.insertCell();
    if (!draft) return;
    const checkIn = /check in/i.test(row.cells[2] ? row.cells[2].textContent : "");
    const field = checkIn ? "checked_in" : "thanked";
    cell.append(button(checkIn ? "Mark check-in sent" : "Mark thank-yous sent", (b) => mark(noteOf(draft), field, null, b)));
  };
  // The status selector of an interview's row, made when its cell is first clicked (or its
  // button pressed): thousands of selectors made up front take a browser seconds to lay out.
  const interviewRow = (row, at) => {
    const link = row.querySelector('a[href$=".md"]:not([href$=".followup.md"])');
    const cell = row.cells[at];
    if (!link || !cell || cell.querySelector("select")) return;
    const now = cell.textContent.trim();
    const select = document.createElement("select");
    select.className = "followup-status";
    select.setAttribute("aria-label", "Status");
    for (const status of page.statuses.includes(now) || !now ? page.statuses : [now, ...page.statuses]) {
      select.add(new Option(status, status, false, status === now));
    }
    if (!now) select.add(new Option("—", "", true, true), 0);
    select.addEventListener("change", () => mark(noteOf(link), "status", select.value, select));
    cell.replaceChildren(select);
    select.focus();
  };
  const statusColumn = (table) => [...table.tHead.rows[0].cells].map((th) => th.textContent.trim()).indexOf("Status");
  // What each section's rows get, by its heading.
  const rowMaker = (title) => (title === "Next actions" ? actionRow : null);
  const enhanceSection = (nodes) => {
    const table = tableIn(nodes);
    if (!table || !table.tBodies[0]) return;
    const title = titleOf(nodes);
    if (title === "Interviews") {
      const at = statusColumn(table);
      if (at < 0) return;
      const head = table.tHead.rows[0].cells[at];
      head.title = "Click a status to change it";
      table.classList.add("followup-interviews");
      const style = document.createElement("style");
      style.textContent = `table.followup-interviews td:nth-child(${at + 1}) { cursor: pointer; text-decoration: underline dotted; }`;
      document.head.append(style);
      table.tBodies[0].addEventListener("click", (event) => {
        const cell = event.target.closest("td");
        if (cell && cell.cellIndex === at) interviewRow(cell.parentElement, at);
      });
      return;
    }
    const make = rowMaker(title);
    if (!make) return;
    if (title === "Next actions") {
      const head = document.createElement("th");
      head.textContent = "Sent?";
      table.tHead.rows[0].append(head);
    }
    [...table.tBodies[0].rows].forEach(make);
  };
  if (isDashboard) sections().forEach(enhanceSection);

  // Applies one build's operations; false when the page cannot follow (a table the reader
  // sorted, a page unlike the one the server cut).
  const parse = (html, wrap) => {
    const template = document.createElement("template");
    template.innerHTML = wrap[0] + html + wrap[1];
    return template.content;
  };
  const apply = (op) => {
    const all = sections();
    const nodes = all[op.section];
    if (!nodes) return false;
    if (op.op === "replace") {
      const fresh = [...parse(op.html, ["", ""]).childNodes];
      const after = nodes[nodes.length - 1] ? nodes[nodes.length - 1].nextSibling : null;
      nodes.forEach((n) => n.remove());
      for (const node of fresh) main.insertBefore(node, after);
      document.dispatchEvent(new CustomEvent("followup:replaced", { detail: fresh }));
      enhanceSection(fresh);
      return true;
    }
    const table = tableIn(nodes);
    const list = table ? table.tBodies[0] : nodes.find((n) => n.nodeName === "UL");
    if (!list || (table && table.querySelector('th[aria-sort="ascending"], th[aria-sort="descending"]'))) return false;
    const rows = [...list.children];
    if (op.start + op.delete > rows.length) return false;
    rows.slice(op.start, op.start + op.delete).forEach((r) => r.remove());
    const fresh = [...parse(op.insert.join(""), table ? ["<table><tbody>", "</tbody></table>"] : ["<ul>", "</ul>"])
      .querySelectorAll(table ? "tr" : "li")];
    const before = rows[op.start + op.delete] || null;
    for (const row of fresh) list.insertBefore(row, before);
    const make = table && rowMaker(titleOf(nodes));
    if (make) fresh.forEach(make);
    const filter = table && table.previousElementSibling;
    if (filter && filter.matches("input.filter") && filter.value) filter.dispatchEvent(new Event("input"));
    return true;
  };

  // Live: the server sends `reload`, or to the dashboard `patch` (a list of builds' changes).
  const query = new URLSearchParams({ since: page.generation, keys: page.keys.join("\n"), run: page.run });
  if (isDashboard) query.set("follow", "1");
  const events = new EventSource("/_/live?" + query);
  events.addEventListener("reload", () => {
    events.close();
    reload();
  });
  events.addEventListener("patch", (event) => {
    for (const step of JSON.parse(event.data)) {
      if (!step.ops.every(apply)) {
        events.close();
        reload();
        return;
      }
      Object.assign(page.versions, step.versions);
      page.generation = step.generation;
    }
  });
  events.addEventListener("open", () => { if (liveNote) liveNote.textContent = "live"; });
  events.addEventListener("error", () => { if (liveNote) liveNote.textContent = "not connected: is followup serve running?"; });
})();
