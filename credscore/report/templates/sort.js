// Sort the accounts table by a column when its heading is clicked; without script the table stays
// in the order it was written (the most worrying accounts first).
(function () {
  "use strict";
  var table = document.getElementById("accounts");
  if (!table) {
    return;
  }
  var headings = table.tHead.rows[0].cells;
  var body = table.tBodies[0];
  var hint = document.querySelector(".sort-hint");
  if (hint) {
    hint.hidden = false;
  }
  Array.prototype.forEach.call(headings, function (heading, column) {
    var kind = heading.getAttribute("data-sort");
    if (!kind) {
      return;
    }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "sort";
    button.textContent = heading.textContent;
    heading.textContent = "";
    heading.appendChild(button);
    button.addEventListener("click", function () {
      var ascending = heading.getAttribute("aria-sort") !== "ascending";
      Array.prototype.forEach.call(headings, function (other) {
        other.removeAttribute("aria-sort");
      });
      heading.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (first, second) {
        var a = first.cells[column].getAttribute("data-value");
        var b = second.cells[column].getAttribute("data-value");
        // A blank number (not measurable) goes last whichever way the column is sorted.
        if (kind === "number" && (a === "" || b === "")) {
          return (a === "") - (b === "");
        }
        var order = kind === "number" ? parseFloat(a) - parseFloat(b) : a.localeCompare(b);
        return ascending ? order : -order;
      });
      rows.forEach(function (row) {
        body.appendChild(row);
      });
    });
  });
})();
