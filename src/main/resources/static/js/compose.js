// Live character count and cost estimate for the compose form. Characters are counted as the server
// counts them (Unicode code points), so the estimate matches the charge.
(function () {
  var form = document.getElementById('compose');
  if (!form) { return; }
  var body = document.getElementById('body');
  var counter = document.getElementById('counter');
  var perUnit = parseInt(form.getAttribute('data-chars-per-unit'), 10);
  var price = parseInt(form.getAttribute('data-unit-price'), 10);
  var max = parseInt(form.getAttribute('data-max'), 10);
  var template = document.documentElement.lang === 'es'
    ? '{n} de {max} caracteres · costo: ${cost}'
    : '{n} of {max} characters · cost: ${cost}';
  function update() {
    var n = Array.from(body.value).length;
    var units = Math.max(1, Math.ceil(n / perUnit));
    var cost = (units * price / 100).toFixed(2);
    counter.textContent = template.replace('{n}', n).replace('{max}', max).replace('{cost}', cost);
  }
  body.addEventListener('input', update);
  update();
})();
