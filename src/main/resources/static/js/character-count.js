// A live character count under a text box that has data-max, in the GOV.UK style: how many are left,
// or how many too many, before the form is sent. Counted as the server counts (Unicode code points).
// Where the box also has the facility's price (data-unit-price, data-chars-per-unit) the count says
// what the message costs as it grows, priced as the server prices it. The words come from the page
// (its bundles) so both languages read right. Without scripts the hint above the box states the limit
// and price, and the server refuses a longer text, naming the problem beside the box.
(function () {
  var box = document.querySelector('textarea[data-max]');
  var count = document.getElementById(box ? box.id + '-count' : '');
  if (!box || !count) { return; }
  var max = parseInt(box.getAttribute('data-max'), 10);
  var perUnit = parseInt(box.getAttribute('data-chars-per-unit'), 10);
  var unitPrice = parseInt(box.getAttribute('data-unit-price'), 10);
  var priced = perUnit > 0 && unitPrice >= 0 && count.hasAttribute('data-cost');
  var timer = null;
  var language = document.documentElement.lang || 'en';
  // As the server's Money.format: "$1,250.40" in every language.
  function money(cents) {
    return '$' + String(Math.floor(cents / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',') + '.'
      + String(cents % 100).padStart(2, '0');
  }
  function update() {
    var used = Array.from(box.value).length;
    var left = max - used;
    var over = left < 0;
    var n = Math.abs(left);
    var text = count.getAttribute((over ? 'data-over' : 'data-left') + (n === 1 ? '-one' : ''))
      .replace('{0}', n.toLocaleString(language));
    if (priced && !over) {
      var units = Math.max(1, Math.ceil(used / perUnit));
      text += ' · ' + count.getAttribute('data-cost').replace('{0}', money(units * unitPrice));
    }
    count.textContent = text;
    count.classList.toggle('error-message', over);
    box.classList.toggle('over-limit', over);
  }
  // Screen readers hear the count (aria-live polite) once typing pauses, not on every key.
  box.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(update, 300);
  });
  update();
})();
