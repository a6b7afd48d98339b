// The last callers, live: a WebSocket pushes each new call; while it is down the page polls
// /api/recent with conditional requests. Every stored value is written with textContent, never as HTML.
"use strict";

(function () {
  const SHOWN = 5;
  const POLL_MS = 1000;
  const RECONNECT_MS = 3000;
  const STATS_MS = 15000;
  // API Gateway closes a WebSocket idle for 10 minutes: the page pings sooner (config.json may say when)
  const KEEP_ALIVE_SECONDS = 540;

  let config = { apiBase: "", webSocketUrl: "" };
  let calls = [];
  let etag = null;
  let pollTimer = null;
  let statsTimer = null;

  const body = document.getElementById("recent-calls");
  const announcer = document.getElementById("announcer");
  const status = document.getElementById("feed-status");

  function setStatus(text, live) {
    status.textContent = text;
    status.classList.toggle("live", live);
  }

  function cell(row, label, text) {
    const td = document.createElement("td");
    td.dataset.label = label;
    td.textContent = text;
    row.appendChild(td);
    return td;
  }

  function vanities(row, label, list) {
    const td = cell(row, label, "");
    if (list.length === 0) {
      td.textContent = "—";
    }
    list.forEach(function (display) {
      const span = document.createElement("span");
      span.className = "vanity";
      span.textContent = display;
      td.appendChild(span);
    });
  }

  function render(newIds) {
    const rows = calls.map(function (call) {
      const row = document.createElement("tr");
      row.dataset.id = call.id;
      if (newIds.has(call.id)) {
        row.className = "new";
      }
      const when = new Date(call.receivedAt);
      cell(row, "When", when.toISOString().slice(11, 19));
      cell(row, "Caller", call.caller);
      cell(row, "Status", call.callerStatus);
      vanities(row, "Heard", call.heard || []);
      vanities(row, "Best", call.best || []);
      return row;
    });
    if (rows.length === 0) {
      const row = document.createElement("tr");
      row.className = "empty";
      const td = cell(row, "", "No calls yet.");
      td.colSpan = 5;
      rows.push(row);
    }
    body.replaceChildren.apply(body, rows);
  }

  function merge(incoming) {
    const known = new Set(calls.map(function (c) { return c.id; }));
    const fresh = incoming.filter(function (c) { return !known.has(c.id); });
    const byId = new Map();
    calls.concat(incoming).forEach(function (c) { byId.set(c.id, c); });
    calls = Array.from(byId.values())
      .sort(function (a, b) {
        return a.receivedAt < b.receivedAt ? 1 : a.receivedAt > b.receivedAt ? -1 : (a.id < b.id ? 1 : -1);
      })
      .slice(0, SHOWN);
    const shown = new Set(calls.map(function (c) { return c.id; }));
    const newIds = new Set(fresh.map(function (c) { return c.id; }).filter(function (id) { return shown.has(id); }));
    render(newIds);
    if (newIds.size > 0) {
      const newest = calls.find(function (c) { return newIds.has(c.id); });
      announcer.textContent = "New call from " + newest.caller +
        ((newest.best || []).length ? ", best vanity " + newest.best[0] : "");
      scheduleStats(1000);
    }
  }

  function api(path) {
    return config.apiBase.replace(/\/$/, "") + path;
  }

  function fetchRecent() {
    const headers = etag ? { "If-None-Match": etag } : {};
    return fetch(api("/api/recent?limit=" + SHOWN), { headers: headers, cache: "no-cache" })
      .then(function (response) {
        if (response.status === 304) {
          return;
        }
        if (!response.ok) {
          throw new Error("HTTP " + response.status);
        }
        etag = response.headers.get("ETag");
        return response.json().then(function (data) { merge(data.calls); });
      });
  }

  function startPolling() {
    if (pollTimer === null) {
      setStatus("Live feed down: checking every second", false);
      pollTimer = setInterval(function () { fetchRecent().catch(function () {}); }, POLL_MS);
    }
  }

  function stopPolling() {
    if (pollTimer !== null) {
      clearInterval(pollTimer);
      pollTimer = null;
    }
  }

  function connect() {
    if (!config.webSocketUrl || typeof WebSocket === "undefined") {
      startPolling();
      return;
    }
    let socket;
    try {
      socket = new WebSocket(config.webSocketUrl);
    } catch (e) {
      startPolling();
      setTimeout(connect, RECONNECT_MS);
      return;
    }
    let keepAlive = null;
    socket.onopen = function () {
      stopPolling();
      setStatus("Live", true);
      fetchRecent().catch(function () {});
      keepAlive = setInterval(function () {
        socket.send(JSON.stringify({ action: "ping" }));
      }, (config.keepAliveSeconds || KEEP_ALIVE_SECONDS) * 1000);
    };
    socket.onmessage = function (message) {
      try {
        // new calls, shaped as /api/recent answers them; any other message is ignored
        const data = JSON.parse(message.data);
        if (Array.isArray(data.calls)) {
          merge(data.calls);
        }
      } catch (e) {
        // a message that is not JSON is ignored
      }
    };
    socket.onclose = function () {
      clearInterval(keepAlive);
      startPolling();
      setTimeout(connect, RECONNECT_MS);
    };
  }

  function drawHours(perHour) {
    const svg = document.getElementById("hours-chart");
    const ns = "http://www.w3.org/2000/svg";
    const max = Math.max(1, Math.max.apply(null, perHour));
    const parts = [];
    perHour.forEach(function (count, hour) {
      const height = Math.round((count / max) * 120);
      const bar = document.createElementNS(ns, "rect");
      bar.setAttribute("x", String(hour * 20 + 2));
      bar.setAttribute("y", String(130 - height));
      bar.setAttribute("width", "16");
      bar.setAttribute("height", String(height));
      const title = document.createElementNS(ns, "title");
      title.textContent = String(hour).padStart(2, "0") + ":00 — " + count + " calls";
      bar.appendChild(title);
      parts.push(bar);
      if (hour % 3 === 0) {
        const label = document.createElementNS(ns, "text");
        label.setAttribute("x", String(hour * 20 + 2));
        label.setAttribute("y", "148");
        label.textContent = String(hour).padStart(2, "0");
        parts.push(label);
      }
    });
    svg.replaceChildren.apply(svg, parts);
    const total = perHour.reduce(function (a, b) { return a + b; }, 0);
    const busiest = perHour.indexOf(Math.max.apply(null, perHour));
    document.getElementById("hours-summary").textContent = total === 0
      ? "No calls yet today."
      : total + " calls today; the busiest hour so far began at " + String(busiest).padStart(2, "0") + ":00.";
  }

  function drawWords(words) {
    const list = document.getElementById("top-words");
    const items = words.map(function (entry) {
      const li = document.createElement("li");
      li.textContent = entry.word + " (" + entry.calls + ")";
      return li;
    });
    if (items.length === 0) {
      const li = document.createElement("li");
      li.textContent = "None yet.";
      items.push(li);
    }
    list.replaceChildren.apply(list, items);
  }

  function refreshStats() {
    statsTimer = null;
    return fetch(api("/api/today"), { cache: "no-cache" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (stats) {
        if (stats) {
          drawHours(stats.callsPerHour);
          drawWords(stats.topWords);
        }
      })
      .catch(function () {});
  }

  function scheduleStats(delay) {
    if (statsTimer === null) {
      statsTimer = setTimeout(refreshStats, delay);
    }
  }

  fetch("config.json", { cache: "no-cache" })
    .then(function (response) { return response.json(); })
    .then(function (loaded) { config = loaded; })
    .catch(function () {})
    .then(function () {
      fetchRecent().catch(function () {});
      refreshStats();
      setInterval(function () { scheduleStats(0); }, STATS_MS);
      connect();
    });
})();
