// Type-ahead for the search box: offers hospital and place names from /api/suggest.
// Served from our own origin (the CSP allows only 'self' scripts); builds a <datalist> with text nodes only.
(function () {
  "use strict";
  var input = document.querySelector(".searchbox input[name=q]");
  var list = document.getElementById("suggestions");
  if (!input || !list || !window.fetch) { return; }
  var timer = null;
  var last = "";
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var words = input.value.split(/\s+/);
      var tail = words[words.length - 1];
      if (tail.length < 2 || tail === last) { return; }
      last = tail;
      fetch("/api/suggest?size=8&q=" + encodeURIComponent(tail), { headers: { "Accept": "application/json" } })
        .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
        .then(function (data) {
          while (list.firstChild) { list.removeChild(list.firstChild); }
          var head = words.slice(0, -1).join(" ");
          data.suggestions.forEach(function (s) {
            var option = document.createElement("option");
            option.value = (head ? head + " " : "") + s.text;
            list.appendChild(option);
          });
        })
        .catch(function () { /* type-ahead is a convenience: ignore network errors */ });
    }, 150);
  });
}());
