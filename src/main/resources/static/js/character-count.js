// A live character count under a text box that has data-max, in the GOV.UK style: how many are left,
// or how many too many. Counted as the server counts (Unicode code points). Without scripts the hint
// above the box still states the limit and the server refuses a longer text, naming the problem.
(function () {
  var box = document.querySelector('textarea[data-max]');
  var count = document.getElementById(box ? box.id + '-count' : '');
  if (!box || !count) { return; }
  var max = parseInt(box.getAttribute('data-max'), 10);
  var timer = null;
  function update() {
    var left = max - Array.from(box.value).length;
    var over = left < 0;
    var n = Math.abs(left);
    var text = count.getAttribute((over ? 'data-over' : 'data-left') + (n === 1 ? '-one' : ''));
    count.textContent = text.replace('{0}', String(n));
    count.classList.toggle('error-message', over);
  }
  // Screen readers hear the count once typing pauses, not on every key.
  box.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(update, 300);
  });
  update();
})();
