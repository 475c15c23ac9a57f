// The kiosk's session timer and idle logout. The page says how many seconds are left (the kiosk's own
// clock may be wrong). Two minutes before the end a warning with "More time" appears and is announced
// (role=alert); at the end the kiosk shows a page saying time ran out and the draft is kept (autosave.js
// saved it as it was typed). A page left untouched warns, then logs out, so the next person does not
// find the session open.
(function () {
  var timer = document.getElementById('session-timer');
  if (!timer) { return; }
  var number = function (name) { return parseInt(timer.getAttribute(name), 10); };
  var started = Date.now();
  var secondsLeft = number('data-seconds-left');
  var warnBefore = number('data-warn-before');
  var idleAfter = number('data-idle-after');
  var idleGrace = number('data-idle-grace');
  var label = timer.getAttribute('data-label');
  var sessionWarning = document.getElementById('session-warning');
  var idleWarning = document.getElementById('idle-warning');
  var logout = document.getElementById('kiosk-logout');
  var lastInput = Date.now();

  function elapsed(since) { return Math.floor((Date.now() - since) / 1000); }

  function tick() {
    var left = Math.max(0, secondsLeft - elapsed(started));
    timer.textContent = label + ' ' + Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0');
    if (left === 0) {
      window.location.assign('/kiosk/ended');
      return;
    }
    if (left <= warnBefore && sessionWarning.hidden) {
      sessionWarning.hidden = false;
    }
    var idle = elapsed(lastInput);
    if (idle >= idleAfter + idleGrace && logout) {
      logout.querySelector('input[name="why"]').value = 'idle';
      logout.submit();
      return;
    }
    if (idle >= idleAfter && idleWarning.hidden) {
      idleWarning.hidden = false;
    }
    setTimeout(tick, 1000);
  }

  function touched() {
    lastInput = Date.now();
    if (!idleWarning.hidden) {
      idleWarning.hidden = true;
    }
  }
  ['keydown', 'pointerdown', 'touchstart', 'input', 'wheel'].forEach(function (type) {
    document.addEventListener(type, touched, { passive: true, capture: true });
  });
  tick();
})();
