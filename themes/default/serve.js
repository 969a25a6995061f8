// followup serve: live reload, and buttons that record in a note what was sent.
// The page says what it shows in #followup-serve (JSON): the build it was rendered after, the
// files it shows, the version of each note it can mark, and the run's token for changes.
(() => {
  "use strict";
  const element = document.getElementById("followup-serve");
  if (!element) return;
  const page = JSON.parse(element.textContent);
  const liveNote = document.querySelector(".followup-live");

  // Live reload: the server sends `reload` once one of the page's files changed.
  const query = new URLSearchParams({ since: page.generation, keys: page.keys.join("\n"), run: page.run });
  const events = new EventSource("/_/live?" + query);
  events.addEventListener("reload", () => {
    sessionStorage.setItem("followup-scroll:" + location.pathname, String(window.scrollY));
    events.close();
    location.reload();
  });
  events.addEventListener("open", () => { if (liveNote) liveNote.textContent = "live"; });
  events.addEventListener("error", () => { if (liveNote) liveNote.textContent = "not connected: is followup serve running?"; });
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

  // Writes `field` (thanked, checked_in, status) into the note; the page reloads once the
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

  // A draft's page: Copy each message, and the two marks for its note.
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
  const tableAfter = (heading) => {
    for (let node = heading.nextElementSibling; node && node.tagName !== "H2"; node = node.nextElementSibling) {
      if (node.tagName === "TABLE") return node;
    }
    return null;
  };
  for (const heading of document.querySelectorAll("main h2")) {
    const table = tableAfter(heading);
    if (!table || !table.tBodies[0]) continue;
    const title = heading.textContent.trim();
    if (title === "Next actions") {
      const head = document.createElement("th");
      head.textContent = "Sent?";
      table.tHead.rows[0].append(head);
      for (const row of table.tBodies[0].rows) {
        const draft = row.querySelector('a[href$=".followup.md"]');
        const cell = row.insertCell();
        if (!draft) continue;
        const checkIn = /check in/i.test(row.cells[2] ? row.cells[2].textContent : "");
        const field = checkIn ? "checked_in" : "thanked";
        cell.append(button(checkIn ? "Mark check-in sent" : "Mark thank-yous sent", (b) => mark(noteOf(draft), field, null, b)));
      }
    } else if (title === "Interviews") {
      const columns = [...table.tHead.rows[0].cells].map((th) => th.textContent.trim());
      const at = columns.indexOf("Status");
      if (at < 0) continue;
      for (const row of table.tBodies[0].rows) {
        const link = row.querySelector('a[href$=".md"]:not([href$=".followup.md"])');
        const cell = row.cells[at];
        if (!link || !cell) continue;
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
      }
    }
  }
})();
