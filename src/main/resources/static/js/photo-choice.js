// The compose page's photo field: says how many photos are chosen and what they add to the cost, and
// stops a choice the server would refuse (too many, over 10 MB each or the form's limit together, not
// JPEG/PNG/WebP) before a slow phone sends it, naming the problem beside the field as the server would.
// Without scripts the hint above the field states the limits and the server names any problem after the send.
(function () {
  var field = document.getElementById('photos');
  if (!field) { return; }
  var form = field.form;
  var said = document.getElementById('photos-chosen');
  var group = document.getElementById('photos-group');
  var max = parseInt(field.getAttribute('data-max'), 10);
  var maxBytes = parseInt(field.getAttribute('data-max-bytes'), 10);
  var maxTotal = parseInt(field.getAttribute('data-max-total'), 10);
  var price = parseInt(field.getAttribute('data-price'), 10);
  var TYPES = ['image/jpeg', 'image/png', 'image/webp'];

  // As the server's Money.format: "$1,250.40" in every language.
  function money(cents) {
    return '$' + String(Math.floor(cents / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',') + '.'
      + String(cents % 100).padStart(2, '0');
  }

  function kept() {
    return form.querySelectorAll('input[name="photoId"]:checked').length;
  }

  function problems() {
    var found = [];
    var files = Array.prototype.slice.call(field.files || []);
    if (files.length + kept() > max) { found.push(field.getAttribute('data-too-many')); }
    var total = files.reduce(function (sum, file) { return sum + file.size; }, 0);
    if (total > maxTotal) { found.push(field.getAttribute('data-too-large-together')); }
    files.forEach(function (file) {
      if (TYPES.indexOf(file.type) < 0) {
        found.push(file.name + ': ' + field.getAttribute('data-wrong-type'));
      } else if (file.size > maxBytes) {
        found.push(file.name + ': ' + field.getAttribute('data-too-large'));
      }
    });
    return found;
  }

  function update() {
    var n = (field.files ? field.files.length : 0) + kept();
    said.textContent = n === 0 ? ''
      : n === 1 ? field.getAttribute('data-chosen-one').replace('{0}', money(price))
        : field.getAttribute('data-chosen').replace('{0}', n).replace('{1}', money(n * price));
    var found = problems();
    var old = document.getElementById('photos-check');
    if (old) { old.remove(); }
    group.classList.toggle('field-error', found.length > 0);
    if (found.length) {
      var list = document.createElement('ul');
      list.id = 'photos-check';
      list.className = 'error-message';
      found.forEach(function (words) {
        var item = document.createElement('li');
        item.textContent = words;
        list.appendChild(item);
      });
      said.parentNode.insertBefore(list, said.nextSibling);
    }
    return found;
  }

  field.addEventListener('change', update);
  form.addEventListener('change', function (e) {
    if (e.target.name === 'photoId') { update(); }
  });
  form.addEventListener('submit', function (e) {
    if (update().length) {
      e.preventDefault();
      field.focus();
    }
  });
  update();
})();
