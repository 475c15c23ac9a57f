// The review page by keyboard, and the time left on the claim. A reviewer reads hundreds of messages a
// day: A approves, R goes to the reason (and rejects once one is chosen), 1-9 reject with that reason.
// Keys typed into a text field are text, so a note can be written freely.
(function () {
  var form = document.getElementById('decision-form');
  if (form) { shortcuts(form); }
  var countdown = document.getElementById('lease-countdown');
  if (countdown) { lease(countdown, document.getElementById('lease-warning')); }

  function shortcuts(form) {
    var approve = form.querySelector('button[value="APPROVE"]');
    var reject = form.querySelector('button[value="REJECT"]');
    var reason = document.getElementById('reasonCode');
    var sent = false;
    function send(button) {
      // A held key or a second press must not post a decision twice.
      if (sent) { return; }
      sent = true;
      if (form.requestSubmit) { form.requestSubmit(button); } else { button.click(); }
    }
    document.addEventListener('keydown', function (e) {
      if (sent || e.repeat || e.ctrlKey || e.metaKey || e.altKey) { return; }
      var target = e.target;
      if (target && (target.tagName === 'TEXTAREA' || target.tagName === 'INPUT' || target.isContentEditable)) { return; }
      var key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
      if (key === 'a') {
        e.preventDefault();
        send(approve);
      } else if (key === 'r') {
        e.preventDefault();
        if (reason.value) { send(reject); } else { reason.focus(); }
      } else if (/^[1-9]$/.test(key) && Number(key) < reason.options.length) {
        e.preventDefault();
        reason.selectedIndex = Number(key);
        send(reject);
      }
    });
  }

  // Counts from the seconds the server gave rather than from the claim's end time, so a browser whose
  // clock is wrong still shows the right time left.
  function lease(el, warning) {
    var end = Date.now() + parseInt(el.getAttribute('data-seconds-left'), 10) * 1000;
    var template = el.getAttribute('data-template');
    var warned = false;
    var timer;
    function tick() {
      var left = Math.max(0, Math.ceil((end - Date.now()) / 1000));
      if (left === 0) {
        clearInterval(timer);
        el.textContent = el.getAttribute('data-expired');
        el.classList.add('lease-low');
        if (warning) { warning.textContent = warning.getAttribute('data-expired'); }
        return;
      }
      var seconds = left % 60;
      el.textContent = template.replace('{0}', Math.floor(left / 60) + ':' + (seconds < 10 ? '0' : '') + seconds);
      if (left <= 60 && !warned) {
        warned = true;
        el.classList.add('lease-low');
        if (warning) { warning.textContent = warning.getAttribute('data-warning'); }
      }
    }
    timer = setInterval(tick, 1000);
    tick();
  }
})();
