// Saves the draft on the server a moment after typing stops, so a closed tab, a logout or the end of a
// kiosk session loses nothing. The form carries the draft address and its CSRF token.
(function () {
  var form = document.querySelector('form[data-draft-url]');
  if (!form) { return; }
  var body = form.querySelector('textarea[name="body"]');
  var csrf = form.querySelector('input[name="_csrf"]');
  var status = document.getElementById('draft-status');
  var timer = null;
  function save() {
    var data = new URLSearchParams();
    data.append('body', body.value);
    if (csrf) { data.append('_csrf', csrf.value); }
    fetch(form.getAttribute('data-draft-url'), { method: 'POST', body: data, credentials: 'same-origin' })
      .then(function (response) {
        if (response.ok && status) { status.textContent = status.getAttribute('data-saved'); }
      });
  }
  body.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(save, 800);
  });
})();
