// Sends the roster file with a progress bar for large files. forms.js (loaded first, listening on the same
// document) has already marked the button busy with "Processing…" when this runs. An import that worked
// answers with a redirect to its result page, which is then opened at its own address, so reloading it
// shows the result again and never imports the file twice. Without this script the form posts as usual.
(function () {
  var form = document.getElementById('roster-form');
  if (!form || !window.XMLHttpRequest) { return; }
  var progress = document.getElementById('upload-progress');
  var status = document.getElementById('upload-status');
  document.addEventListener('submit', function (event) {
    if (event.target !== form) { return; }
    event.preventDefault();
    var button = form.querySelector('button[data-busy-text]');
    if (status && button) {
      status.textContent = button.getAttribute('data-busy-text');
    }
    var request = new XMLHttpRequest();
    request.open('POST', form.action);
    request.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable) {
        progress.hidden = false;
        progress.value = Math.round(e.loaded * 100 / e.total);
      }
    });
    request.addEventListener('load', function () {
      if (request.status === 200 && request.responseURL && request.responseURL.indexOf('import=') >= 0) {
        window.location.replace(request.responseURL + '#result');
        return;
      }
      document.open();
      document.write(request.responseText);
      document.close();
    });
    request.send(new FormData(form));
  });
})();
