// Keyboard shortcuts and small conveniences; the app works without this file.
(function () {
  "use strict";
  function typing(el) {
    return el && (el.tagName === "INPUT" || el.tagName === "TEXTAREA" || el.tagName === "SELECT" || el.isContentEditable);
  }
  function click(id) { var el = document.getElementById(id); if (el && !el.disabled) { el.click(); return true; } return false; }
  function go(id) { var el = document.getElementById(id); if (el) { window.location.href = el.href; return true; } return false; }
  var rows = [], current = -1;
  function select(i) {
    if (!rows.length) { return; }
    if (current >= 0) { rows[current].classList.remove("current"); }
    current = Math.max(0, Math.min(rows.length - 1, i));
    rows[current].classList.add("current");
    rows[current].scrollIntoView({ block: "nearest" });
  }
  function flashEvidence(field) {
    // the field's labelled span in the mail view: scrolled to, outlined with its marks
    var label = document.getElementById("ev-" + field);
    if (!label) { return; }
    document.querySelectorAll(".flash-ev").forEach(function (m) { m.classList.remove("flash-ev"); });
    label.classList.add("flash-ev");
    document.querySelectorAll("mark.ev").forEach(function (m) {
      if ((" " + m.getAttribute("data-fields") + " ").indexOf(" " + field + " ") >= 0) { m.classList.add("flash-ev"); }
    });
    label.scrollIntoView({ block: "center" });
  }
  function pickChip(chip) {
    // an alternative fills its field (saved with the form as usual)
    var target = document.getElementById(chip.getAttribute("data-target"));
    if (!target) { return; }
    target.value = chip.getAttribute("data-value");
    target.dispatchEvent(new Event("input", { bubbles: true }));
    chip.parentNode.querySelectorAll(".chip").forEach(function (c) {
      var on = c === chip; c.classList.toggle("current", on); c.setAttribute("aria-pressed", on ? "true" : "false");
    });
    flashEvidence(target.name);
  }
  function nextChip() {
    // `c`: the first not-chosen chip of the next field that has alternatives (wraps around)
    var groups = Array.prototype.slice.call(document.querySelectorAll(".chips"));
    if (!groups.length) { return false; }
    var at = groups.indexOf(document.activeElement ? document.activeElement.closest(".chips") : null);
    var group = groups[(at + 1) % groups.length];
    var chip = group.querySelector(".chip:not(.current)") || group.querySelector(".chip");
    chip.focus();
    flashEvidence(chip.getAttribute("data-target").slice(2));
    return true;
  }
  function takeLinkToken() {
    // set-password link: the token travels in the fragment (never sent to a server, never in a
    // log); move it into the form and out of the address bar and history
    var field = document.getElementById("link-token");
    if (!field || window.location.hash.length < 2) { return; }
    field.value = decodeURIComponent(window.location.hash.slice(1));
    field.closest("label").hidden = true;
    window.history.replaceState(null, "", window.location.pathname);
  }
  function bulkBar() {
    // the queue's bulk bar: shown (and kept in view, see app.css) while rows are ticked, with
    // their count; "select all on this page" ticks every row's box
    var form = document.getElementById("bulk"), bar = document.getElementById("bulkbar");
    if (!form || !bar) { return; }
    var boxes = Array.prototype.slice.call(form.querySelectorAll("input[name=ids]"));
    var page = document.getElementById("select-page"), all = document.getElementById("select-all-matching");
    var count = document.getElementById("bulk-count");
    function update() {
      var ticked = boxes.filter(function (b) { return b.checked; }).length;
      if (all && ticked < boxes.length) { all.checked = false; }
      if (page) { page.checked = ticked === boxes.length; page.indeterminate = ticked > 0 && ticked < boxes.length; }
      bar.hidden = ticked === 0;
      count.textContent = all && all.checked ? "All " + all.getAttribute("data-count") + " matching the filter selected" : ticked + " selected";
    }
    boxes.forEach(function (b) { b.addEventListener("change", update); });
    if (page) { page.addEventListener("change", function () { boxes.forEach(function (b) { b.checked = page.checked; }); update(); }); }
    if (all) {
      all.addEventListener("change", function () {
        var on = all.checked;
        if (on) { boxes.forEach(function (b) { b.checked = true; }); }
        update();
      });
    }
    form.bulkUpdate = update;
    update();
  }
  function zoneHint() {
    // beside the time zone field, for whatever is typed ("CET", "GMT+3", "Geneva time", an
    // IANA name): what it is stored as, its UTC offset on the day and the time in Geneva
    var zone = document.getElementById("f-timezone");
    if (!zone) { return; }
    var note = document.getElementById("note-timezone");
    if (!note) {
      note = document.createElement("small"); note.id = "note-timezone"; note.className = "zone-note";
      zone.parentNode.insertBefore(note, zone.nextSibling);
    }
    note.setAttribute("aria-live", "polite");
    var timer = null;
    function value(id) { var el = document.getElementById(id); return el ? el.value.trim() : ""; }
    function ask() {
      if (!zone.value.trim()) { note.textContent = ""; return; }
      var q = "zone=" + encodeURIComponent(zone.value.trim()) + "&date=" + encodeURIComponent(value("f-start_date"))
        + "&time=" + encodeURIComponent(value("f-start_time"));
      fetch(zone.getAttribute("data-hint-url") + "?" + q, { credentials: "same-origin" }).then(function (r) { return r.json(); }).then(function (d) {
        if (d.error) { note.textContent = d.error; return; }
        note.textContent = (d.zone !== zone.value.trim() ? "saved as " + d.zone + " · " : "") + d.note;
      }).catch(function () { /* the hint is a convenience */ });
    }
    function later() { window.clearTimeout(timer); timer = window.setTimeout(ask, 250); }
    ["f-timezone", "f-start_date", "f-start_time"].forEach(function (id) {
      var el = document.getElementById(id); if (el) { el.addEventListener("input", later); }
    });
    if (!note.textContent) { ask(); }
  }
  document.addEventListener("DOMContentLoaded", function () {
    takeLinkToken();
    zoneHint();
    bulkBar();
    rows = Array.prototype.slice.call(document.querySelectorAll("table.queue tr.row"));
    rows.forEach(function (row) {
      row.addEventListener("click", function (ev) {
        if (ev.target.closest("a, button, input, select")) { return; }
        window.location.href = row.getAttribute("data-href");
      });
    });
    document.querySelectorAll(".field input, .field select, .field textarea").forEach(function (el) {
      el.addEventListener("focus", function () { flashEvidence(el.name); });
    });
    document.querySelectorAll(".chip").forEach(function (chip) {
      chip.addEventListener("click", function () { pickChip(chip); });
    });
    document.querySelectorAll("a.ev-link").forEach(function (a) {
      a.addEventListener("click", function (ev) { ev.preventDefault(); flashEvidence(a.getAttribute("data-field")); });
    });
  });
  function toggleKeys(show) {
    var help = document.getElementById("keys-help");
    if (!help) { return false; }
    help.hidden = show === undefined ? !help.hidden : !show;
    return true;
  }
  document.addEventListener("keydown", function (ev) {
    if ((ev.ctrlKey || ev.metaKey) && ev.key === "Enter" && typing(document.activeElement)
        && document.activeElement.form && document.activeElement.form.id === "edit-form") {
      ev.preventDefault(); click("save"); return;
    }
    if (ev.ctrlKey || ev.metaKey || ev.altKey) { return; }
    if (typing(document.activeElement)) {
      if (ev.key === "Escape") { document.activeElement.blur(); }
      return;
    }
    if (ev.key === "Escape" && toggleKeys(false)) { return; }
    var handled = true;
    switch (ev.key) {
      case "j": select(current + 1); break;
      case "k": select(current - 1); break;
      case "Enter": if (current >= 0) { window.location.href = rows[current].getAttribute("data-href"); } else { handled = false; } break;
      case "a": handled = click("approve"); break;
      case "A": handled = click("save-approve"); break;
      case "s": handled = click("save"); break;
      case "c": handled = nextChip(); break;
      case "?": handled = toggleKeys(); break;
      case "x":
        if (current >= 0) {
          var box = rows[current].querySelector("input[type=checkbox]");
          if (box) { box.checked = !box.checked; var bf = document.getElementById("bulk"); if (bf && bf.bulkUpdate) { bf.bulkUpdate(); } } else { handled = false; }
        } else { handled = false; }
        break;
      case "r": var reason = document.getElementById("reason"); if (reason) { reason.focus(); } else { handled = false; } break;
      case "e": var first = document.getElementById("f-title"); if (first) { first.focus(); } else { handled = false; } break;
      case "n": handled = go("next"); break;
      case "p": handled = go("prev"); break;
      case "q": var home = document.getElementById("queue-link") || document.querySelector("a.brand"); if (home) { window.location.href = home.href; } else { handled = false; } break;
      default: handled = false;
    }
    if (handled) { ev.preventDefault(); }
  });
})();
