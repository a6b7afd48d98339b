// The last callers, live. A WebSocket pushes new calls; while it is down the page polls /api/recent every second
// with conditional requests, and while the server cannot be reached at all it retries after 1 s, 2 s, 4 s ... at
// most 30 s. Every value from the API is written with textContent, never as HTML.
"use strict";

(function () {
  const SHOWN = 5;
  const POLL_MS = 1000;
  const STATS_MS = 15000;
  const NEW_FOR_MS = 10000;
  // API Gateway closes a WebSocket idle for 10 minutes: the page pings sooner (config.json says when)
  const KEEP_ALIVE_SECONDS = 540;
  // the back-off's first and longest wait; a test may shorten both in the page's address
  // (?retryFirstMs=250&retryMaxMs=2000) to watch it in seconds
  const query = new URLSearchParams(window.location.search);
  const RETRY_FIRST_MS = milliseconds(query.get("retryFirstMs"), 1000);
  const RETRY_MAX_MS = Math.max(RETRY_FIRST_MS, milliseconds(query.get("retryMaxMs"), 30000));

  const STATES = {
    connecting: "Connecting…",
    live: "Live",
    reconnecting: "Reconnecting",
    unreachable: "Offline"
  };

  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  const clock = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit", second: "2-digit" });
  const shortClock = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" });
  const shortDay = new Intl.DateTimeFormat(undefined, { weekday: "short", day: "numeric", month: "short" });
  const longDay = new Intl.DateTimeFormat(undefined, {
    weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC"
  });

  let config = { apiBase: "", webSocketUrl: "" };
  let calls = [];
  let etag = null;
  let firstLoad = true;
  let lastUpdated = null;
  let lastStats = null;
  const arrived = new Map();

  const feed = {
    state: "connecting",
    socket: null,
    socketFailures: 0,
    pollFailures: 0,
    pollTimer: null,
    socketTimer: null,
    nextTryAt: 0
  };

  const $ = function (id) { return document.getElementById(id); };
  const body = $("recent-calls");

  function milliseconds(text, fallback) {
    const value = Number(text);
    return Number.isInteger(value) && value >= 50 && value <= 600000 ? value : fallback;
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  // ---- times: the viewer's own clock and zone, relative where that reads better ----

  function zoneName(at) {
    const offset = new Intl.DateTimeFormat("en", { timeZone: zone, timeZoneName: "longOffset" })
      .formatToParts(at).find(function (part) { return part.type === "timeZoneName"; });
    const utc = offset ? offset.value.replace("GMT", "UTC") : "UTC";
    if (zone === "UTC" || zone === "Etc/UTC") {
      return "UTC";
    }
    return zone.replace(/_/g, " ") + " (" + (utc === "UTC" ? "UTC+00:00" : utc) + ")";
  }

  function sameLocalDay(a, b) {
    return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
  }

  /** The time of day, with the date when asked or when it was not today (in the viewer's zone). */
  function stamp(at, now, withDate) {
    return withDate || !sameLocalDay(at, now) ? shortDay.format(at) + ", " + clock.format(at) : clock.format(at);
  }

  function ago(at, now) {
    const seconds = Math.max(0, Math.round((now - at) / 1000));
    if (seconds < 5) {
      return "just now";
    }
    if (seconds < 60) {
      return seconds + " s ago";
    }
    const minutes = Math.floor(seconds / 60);
    if (minutes < 60) {
      return minutes + " min ago";
    }
    const hours = Math.floor(minutes / 60);
    return hours < 24 ? hours + " h ago" : "";
  }

  function agoText(relative, now) {
    const text = ago(new Date(Number(relative.dataset.at)), now);
    return relative.dataset.wrap && text ? "(" + text + ")" : text;
  }

  /**
   * A time as the page shows it: the moment itself (machine-readable too) and how long ago it was; inline, with the
   * date and the relative time in brackets.
   */
  function moment(at, now, inline) {
    const span = element("span", "moment");
    const time = element("time", "at", stamp(at, now, inline));
    time.dateTime = at.toISOString();
    const relative = element("span", "ago");
    relative.dataset.at = String(at.getTime());
    if (inline) {
      time.dataset.date = "always";
      relative.dataset.wrap = "brackets";
    }
    relative.textContent = agoText(relative, now);
    span.append(time, " ", relative);
    return span;
  }

  function refreshTimes() {
    const now = new Date();
    document.querySelectorAll("time.at").forEach(function (time) {
      const text = stamp(new Date(time.dateTime), now, time.dataset.date === "always");
      if (time.textContent !== text) {
        time.textContent = text;
      }
    });
    document.querySelectorAll(".ago").forEach(function (relative) {
      const text = agoText(relative, now);
      if (relative.textContent !== text) {
        relative.textContent = text;
      }
    });
    body.querySelectorAll("tr.new").forEach(function (row) {
      if (!isNew(row.dataset.id, now.getTime())) {
        row.classList.remove("new");
      }
    });
    if (feed.state === "unreachable") {
      describeFeed();
    }
  }

  // ---- the feed's state ----

  function setState(state) {
    if (feed.state !== state) {
      feed.state = state;
      $("feed-status").dataset.state = state;
      $("feed-state").textContent = STATES[state];
    }
    describeFeed();
  }

  function describeFeed() {
    const detail = {
      connecting: "Loading the latest calls.",
      live: "New calls appear within seconds.",
      reconnecting: "The live feed dropped: checking for new calls every second meanwhile.",
      unreachable: "Can't reach vanitycall. Trying again in " +
        Math.max(1, Math.ceil((feed.nextTryAt - Date.now()) / 1000)) + " s."
    }[feed.state];
    if ($("feed-detail").textContent !== detail) {
      $("feed-detail").textContent = detail;
    }
    const stale = $("stale-note");
    stale.hidden = !(feed.state === "unreachable" && lastUpdated && calls.length > 0);
    if (!stale.hidden) {
      stale.textContent = "These are the calls as of " + clock.format(lastUpdated) +
        ": calls since then show once vanitycall can be reached again.";
    }
  }

  /** The page heard from the server: what it shows is current as of now. */
  function updated() {
    lastUpdated = new Date();
    const line = $("last-updated");
    line.replaceChildren("Last updated ", moment(lastUpdated, lastUpdated, true), ", your time: " + zoneName(lastUpdated));
  }

  // ---- the last callers ----

  function isNew(id, now) {
    return arrived.has(id) && now - arrived.get(id) < NEW_FOR_MS;
  }

  function cell(row, label, className) {
    const td = element("td", className);
    td.dataset.label = label;
    row.appendChild(td);
    return td;
  }

  function options(list, firstIsTopPick) {
    const ol = element("ol", "options");
    list.forEach(function (display, i) {
      const li = element("li", firstIsTopPick && i === 0 ? "option top" : "option");
      if (firstIsTopPick && i === 0) {
        li.append(element("span", "pick", "Top pick"), " ");
      }
      li.appendChild(element("span", "display", display));
      ol.appendChild(li);
    });
    return ol;
  }

  function note(td, text) {
    td.appendChild(element("p", "none", text));
  }

  // a caller without a number: how the table names them, what it says instead of vanity numbers, how it announces them
  const NO_NUMBER = {
    WITHHELD: ["Withheld", "No number to spell: the caller hid it.", "a withheld number"],
    INVALID: ["Unreadable", "No number to spell: it was not a phone number.", "an unreadable number"]
  };

  function row(call, now) {
    const tr = element("tr");
    tr.dataset.id = call.id;
    if (isNew(call.id, now.getTime())) {
      tr.className = "new";
    }
    cell(tr, "When", "when").appendChild(moment(new Date(call.receivedAt), now));
    const heard = call.heard || [];
    const best = call.nextCall || [];
    const withoutNumber = NO_NUMBER[call.callerStatus];
    cell(tr, "Caller", "caller").textContent = withoutNumber ? withoutNumber[0] : call.caller;
    if (withoutNumber || (heard.length === 0 && best.length === 0)) {
      const both = cell(tr, "Vanity numbers", "vanities");
      both.colSpan = 2;
      note(both, withoutNumber ? withoutNumber[1] : "No word fits this number: the caller heard it is easy to"
        + " remember as it is.");
      return tr;
    }
    const told = cell(tr, "Heard on the call", "vanities heard");
    if (heard.length === 0) {
      note(told, "No word found during the call.");
    } else {
      told.appendChild(options(heard, false));
    }
    const found = cell(tr, "Best, found after the call", "vanities best");
    if (best.length === 0) {
      note(found, "No word fits.");
    } else {
      found.appendChild(options(best, true));
    }
    return tr;
  }

  function render() {
    const now = new Date();
    body.replaceChildren.apply(body, calls.map(function (call) { return row(call, now); }));
    $("recent").hidden = calls.length === 0;
    $("empty").hidden = calls.length > 0;
    describeFeed();
  }

  function newestFirst(a, b) {
    if (a.receivedAt !== b.receivedAt) {
      return a.receivedAt < b.receivedAt ? 1 : -1;
    }
    return a.id < b.id ? 1 : -1;
  }

  function merge(incoming) {
    // a load tool's call is never shown (the API leaves them out too)
    const real = incoming.filter(function (c) { return !c.synthetic; });
    const known = new Set(calls.map(function (c) { return c.id; }));
    const byId = new Map();
    calls.concat(real).forEach(function (c) { byId.set(c.id, c); });
    calls = Array.from(byId.values()).sort(newestFirst).slice(0, SHOWN);
    const now = Date.now();
    const fresh = firstLoad ? [] : calls.filter(function (c) { return !known.has(c.id); });
    firstLoad = false;
    fresh.forEach(function (c) { arrived.set(c.id, now); });
    arrived.forEach(function (at, id) {
      if (!byId.has(id)) {
        arrived.delete(id);
      }
    });
    render();
    if (fresh.length > 0) {
      const newest = fresh[0];
      const words = (newest.nextCall || []).length ? ", top pick " + newest.nextCall[0] : "";
      const withoutNumber = NO_NUMBER[newest.callerStatus];
      $("announcer").textContent = "New call from " + (withoutNumber ? withoutNumber[2] : newest.caller) + " at " +
        clock.format(new Date(newest.receivedAt)) + words;
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
          updated();
          return;
        }
        if (!response.ok) {
          throw new Error("HTTP " + response.status);
        }
        return response.json().then(function (data) {
          etag = response.headers.get("ETag");
          merge(Array.isArray(data.calls) ? data.calls : []);
          updated();
        });
      });
  }

  // ---- polling while the socket is down, backing off while the server cannot be reached ----

  function backoff(failures) {
    return Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * Math.pow(2, Math.min(failures - 1, 20)));
  }

  function schedulePoll(delay) {
    clearTimeout(feed.pollTimer);
    feed.nextTryAt = Date.now() + delay;
    feed.pollTimer = setTimeout(poll, delay);
  }

  function poll() {
    feed.pollTimer = null;
    if (feed.state === "live") {
      return;
    }
    fetchRecent().then(function () {
      const wasUnreachable = feed.pollFailures > 0;
      feed.pollFailures = 0;
      if (feed.state === "live") {
        return;
      }
      setState(feed.socket === null && feed.state !== "connecting" ? "reconnecting" : feed.state);
      if (wasUnreachable) {
        feed.socketFailures = 0;
        connect();
        refreshStats();
      }
      schedulePoll(POLL_MS);
    }, function () {
      if (feed.state === "live") {
        return;
      }
      feed.pollFailures += 1;
      schedulePoll(backoff(feed.pollFailures));
      setState("unreachable");
    });
  }

  function connect() {
    clearTimeout(feed.socketTimer);
    feed.socketTimer = null;
    if (feed.socket !== null || feed.pollFailures > 0) {
      // already open or opening; or the server is unreachable: polling retries it, then this
      return;
    }
    if (!config.webSocketUrl || typeof WebSocket === "undefined") {
      setState("reconnecting");
      return;
    }
    let socket;
    try {
      socket = new WebSocket(config.webSocketUrl);
    } catch (e) {
      socketDown();
      return;
    }
    feed.socket = socket;
    let keepAlive = null;
    socket.onopen = function () {
      feed.socketFailures = 0;
      feed.pollFailures = 0;
      clearTimeout(feed.pollTimer);
      setState("live");
      updated();
      fetchRecent().catch(function () {});
      keepAlive = setInterval(function () {
        socket.send(JSON.stringify({ action: "ping" }));
      }, (config.keepAliveSeconds || KEEP_ALIVE_SECONDS) * 1000);
    };
    socket.onmessage = function (message) {
      try {
        // new calls, shaped as /api/recent answers them; the keep-alive's pong says the feed is there
        const data = JSON.parse(message.data);
        if (Array.isArray(data.calls)) {
          merge(data.calls);
        }
        updated();
      } catch (e) {
        // a message that is not JSON is ignored
      }
    };
    socket.onclose = function () {
      clearInterval(keepAlive);
      if (feed.socket === socket) {
        socketDown();
      }
    };
  }

  /** The socket closed or never opened: poll now, and try it again after the back-off. */
  function socketDown() {
    feed.socket = null;
    feed.socketFailures += 1;
    if (feed.state === "live" || feed.state === "connecting") {
      setState("reconnecting");
      schedulePoll(0);
    }
    clearTimeout(feed.socketTimer);
    feed.socketTimer = setTimeout(connect, backoff(feed.socketFailures));
  }

  // ---- today's figures, by UTC day ----

  function describeDay(day) {
    const start = new Date(day + "T00:00:00Z");
    if (isNaN(start.getTime())) {
      return;
    }
    const end = new Date(start.getTime() + 24 * 3600 * 1000);
    const text = "The UTC day " + longDay.format(start) + ": 00:00 to 24:00 UTC, " + (zone === "UTC" || zone === "Etc/UTC"
      ? "your time zone too."
      : "which is " + shortDay.format(start) + ", " + shortClock.format(start) + " to " + shortDay.format(end) + ", " +
        shortClock.format(end) + " your time.");
    $("today-day").textContent = text;
  }

  function niceStep(max) {
    const rough = Math.max(1, max / 4);
    const power = Math.pow(10, Math.floor(Math.log10(rough)));
    const step = [1, 2, 5, 10].map(function (m) { return m * power; }).find(function (s) { return s >= rough; });
    return Math.max(1, Math.round(step));
  }

  function svgElement(tag, attributes, text) {
    const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    Object.keys(attributes).forEach(function (name) { node.setAttribute(name, String(attributes[name])); });
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function two(n) {
    return String(n).padStart(2, "0");
  }

  /** Bars of calls per UTC hour with both axes, drawn at the size the chart is shown so its labels stay readable. */
  function drawChart(perHour) {
    const svg = $("hours-chart");
    const width = Math.max(240, Math.round(svg.getBoundingClientRect().width) || 360);
    const height = 200;
    const left = 40;
    const right = 8;
    const top = 12;
    const bottom = 44;
    const plotWidth = width - left - right;
    const plotHeight = height - top - bottom;
    const step = niceStep(Math.max.apply(null, perHour));
    const axisMax = Math.max(step, Math.ceil(Math.max.apply(null, perHour) / step) * step);
    const slot = plotWidth / 24;
    const labelEvery = [1, 2, 3, 4, 6].find(function (k) { return slot * k >= 26; }) || 6;
    const y = function (count) { return top + plotHeight - (count / axisMax) * plotHeight; };
    svg.setAttribute("viewBox", "0 0 " + width + " " + height);
    svg.setAttribute("height", String(height));
    const parts = [];
    for (let tick = 0; tick <= axisMax; tick += step) {
      parts.push(svgElement("line", { class: "grid", x1: left, x2: width - right, y1: y(tick), y2: y(tick) }));
      parts.push(svgElement("text", { class: "tick", x: left - 6, y: y(tick) + 4, "text-anchor": "end" }, String(tick)));
    }
    perHour.forEach(function (count, hour) {
      const barHeight = y(0) - y(count);
      parts.push(svgElement("rect", {
        class: "bar", x: left + hour * slot + slot * 0.15, y: y(count), width: slot * 0.7, height: barHeight
      }));
      if (hour % labelEvery === 0) {
        parts.push(svgElement("text", {
          class: "tick", x: left + hour * slot + slot / 2, y: top + plotHeight + 18, "text-anchor": "middle"
        }, two(hour)));
      }
    });
    parts.push(svgElement("line", { class: "axis", x1: left, x2: left, y1: top, y2: y(0) }));
    parts.push(svgElement("line", { class: "axis", x1: left, x2: width - right, y1: y(0), y2: y(0) }));
    parts.push(svgElement("text", {
      class: "axis-title", x: left + plotWidth / 2, y: height - 6, "text-anchor": "middle"
    }, "Hour of the day (UTC)"));
    parts.push(svgElement("text", {
      class: "axis-title", x: 12, y: top + plotHeight / 2, "text-anchor": "middle",
      transform: "rotate(-90 12 " + (top + plotHeight / 2) + ")"
    }, "Calls"));
    svg.replaceChildren.apply(svg, parts);
  }

  function drawHours(stats) {
    const perHour = stats.callsPerHour;
    drawChart(perHour);
    const total = perHour.reduce(function (a, b) { return a + b; }, 0);
    const busiest = perHour.indexOf(Math.max.apply(null, perHour));
    $("hours-summary").textContent = total === 0
      ? "No calls yet today."
      : total + (total === 1 ? " call" : " calls") + " today; the busiest hour began at " + two(busiest) + ":00 UTC.";
    // the hours so far (all 24 once the day is over)
    const now = new Date();
    const today = now.toISOString().slice(0, 10);
    const hoursSoFar = stats.day === today ? now.getUTCHours() + 1 : stats.day < today ? 24 : 0;
    const items = perHour.slice(0, hoursSoFar).map(function (count, hour) {
      const li = element("li", count === 0 ? "quiet" : "");
      li.append(element("span", "hour", two(hour) + ":00"), element("span", "visually-hidden", " UTC: "),
        element("span", "count", String(count)), element("span", "visually-hidden", count === 1 ? " call" : " calls"));
      return li;
    });
    $("hours-list").replaceChildren.apply($("hours-list"), items);
  }

  function drawWords(words) {
    const items = words.map(function (entry) {
      const li = element("li");
      li.append(element("span", "word", entry.word), " ",
        element("span", "count", entry.calls + (entry.calls === 1 ? " call" : " calls")));
      return li;
    });
    if (items.length === 0) {
      items.push(element("li", "none", "None yet."));
    }
    $("top-words").replaceChildren.apply($("top-words"), items);
  }

  let statsTimer = null;

  function refreshStats() {
    clearTimeout(statsTimer);
    statsTimer = null;
    if (feed.state === "unreachable") {
      return Promise.resolve();
    }
    return fetch(api("/api/today"), { cache: "no-cache" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (stats) {
        if (stats && Array.isArray(stats.callsPerHour) && Array.isArray(stats.topWords)) {
          lastStats = stats;
          describeDay(stats.day);
          drawHours(stats);
          drawWords(stats.topWords);
          updated();
        }
      })
      .catch(function () {});
  }

  function scheduleStats(delay) {
    if (statsTimer === null) {
      statsTimer = setTimeout(refreshStats, delay);
    }
  }

  // ---- start ----

  $("recent-caption").textContent = "Newest first. Callers show the last four digits of their number only. Times are"
    + " your time: " + zoneName(new Date()) + ".";
  $("empty-local").hidden = !/^(localhost|127\.0\.0\.1|\[::1\])$/.test(window.location.hostname);
  if (typeof ResizeObserver !== "undefined") {
    let drawnWidth = 0;
    new ResizeObserver(function (entries) {
      const width = Math.round(entries[0].contentRect.width);
      if (lastStats && width !== drawnWidth) {
        drawnWidth = width;
        drawChart(lastStats.callsPerHour);
      }
    }).observe($("hours-chart"));
  }
  setInterval(refreshTimes, 1000);

  fetch("config.json", { cache: "no-cache" })
    .then(function (response) { return response.json(); })
    .then(function (loaded) { config = loaded; })
    .catch(function () {})
    .then(function () {
      poll();
      refreshStats();
      setInterval(function () { scheduleStats(0); }, STATS_MS);
      connect();
    });
})();
