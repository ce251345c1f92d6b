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
