// Review report: filter the document sections by a word in their title or id (works offline).
document.addEventListener("DOMContentLoaded", function () {
  var box = document.getElementById("filter");
  if (!box) { return; }
  box.addEventListener("input", function () {
    var q = box.value.toLowerCase();
    document.querySelectorAll("section.document").forEach(function (s) {
      s.hidden = q !== "" && s.getAttribute("data-search").indexOf(q) < 0;
    });
  });
});
// Claims: show only the rows of one kind (recommendation, prediction, opinion, fact) in every document.
document.addEventListener("DOMContentLoaded", function () {
  var kind = document.getElementById("claim-kind");
  if (!kind) { return; }
  kind.addEventListener("change", function () {
    document.querySelectorAll("table.claims tr[data-kind]").forEach(function (row) {
      row.hidden = kind.value !== "" && row.getAttribute("data-kind") !== kind.value;
    });
  });
});
