// GOV.UK form patterns: the error summary takes focus when a page comes back with errors, and a
// button shows it is busy after the first press so a second press does not send the form again.
(function () {
  var summary = document.querySelector('.error-summary');
  if (summary) {
    summary.focus();
  }
  var BUSY_FOR_MS = 15000;
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (event.defaultPrevented) {
      return;
    }
    if (form.getAttribute('data-busy') === 'true') {
      event.preventDefault();
      return;
    }
    form.setAttribute('data-busy', 'true');
    var button = event.submitter || form.querySelector('button[type="submit"], button:not([type])');
    if (button) {
      button.classList.add('busy');
      button.setAttribute('aria-disabled', 'true');
      // A long task says what it is doing (data-busy-text), e.g. "Processing…" while a roster file is imported.
      if (button.hasAttribute('data-busy-text')) {
        button.setAttribute('data-idle-text', button.textContent);
        button.textContent = button.getAttribute('data-busy-text');
      }
    }
    // A form whose answer is a download leaves the page in place: it becomes usable again.
    window.setTimeout(function () { release(form, button); }, BUSY_FOR_MS);
  });
  function release(form, button) {
    form.removeAttribute('data-busy');
    if (button) {
      button.classList.remove('busy');
      button.removeAttribute('aria-disabled');
      if (button.hasAttribute('data-idle-text')) {
        button.textContent = button.getAttribute('data-idle-text');
      }
    }
  }
  // Coming back with the browser's Back button shows the page as it was left: not busy.
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
      document.querySelectorAll('form[data-busy="true"]').forEach(function (form) {
        release(form, form.querySelector('.busy'));
      });
    }
  });
})();
