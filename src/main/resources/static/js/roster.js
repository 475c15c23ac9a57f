// Shows the upload's progress for large roster files, then shows the result page the server returns.
// Without this script the form posts as usual and the same result page appears.
(function () {
  var form = document.getElementById('roster-form');
  if (!form || !window.XMLHttpRequest) { return; }
  var progress = document.getElementById('upload-progress');
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var request = new XMLHttpRequest();
    request.open('POST', form.action);
    request.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable) {
        progress.hidden = false;
        progress.value = Math.round(e.loaded * 100 / e.total);
      }
    });
    request.addEventListener('load', function () {
      document.open();
      document.write(request.responseText);
      document.close();
    });
    request.send(new FormData(form));
  });
})();
