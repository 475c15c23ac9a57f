// The kiosk's session timer: kiosk sessions last 15 minutes. At the end the page goes back to the
// login; the draft was saved as it was typed.
(function () {
  var timer = document.getElementById('session-timer');
  if (!timer) { return; }
  var ends = Date.parse(timer.getAttribute('data-ends-at'));
  var label = timer.getAttribute('data-label');
  function tick() {
    var left = Math.max(0, Math.floor((ends - Date.now()) / 1000));
    var minutes = Math.floor(left / 60);
    var seconds = String(left % 60).padStart(2, '0');
    timer.textContent = label + ' ' + minutes + ':' + seconds;
    if (left === 0) {
      window.location.assign('/kiosk');
      return;
    }
    setTimeout(tick, 1000);
  }
  tick();
})();
