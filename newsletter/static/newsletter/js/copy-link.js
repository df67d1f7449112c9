// Copy a page's share address to the clipboard. Progressive enhancement only: without
// this script the address waits in a read-only field for readers to select and copy.
(function () {
  "use strict";
  var inputs = document.querySelectorAll("input[data-share-url]:not([data-copy-ready])");
  Array.prototype.forEach.call(inputs, function (input) {
    input.setAttribute("data-copy-ready", "");
    // One click selects the whole address, ready to copy by hand.
    input.addEventListener("focus", function () {
      input.select();
    });
    var button = document.querySelector('button[data-copy-for="' + input.id + '"]');
    var status = document.getElementById(input.id.replace(/-url$/, "-status"));
    if (!button || !navigator.clipboard || !window.isSecureContext) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(input.value).then(
        function () {
          if (status) {
            status.textContent = button.getAttribute("data-copied-text");
          }
        },
        function () {
          input.focus();
        }
      );
    });
  });
})();
