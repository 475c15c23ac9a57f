// The full view of a photo at the kiosk: the arrow keys and a sideways swipe go to the previous or next
// photo, Escape back to the message. They follow the page's own links, which work without this script.
(function () {
  var view = document.getElementById('photo-full');
  if (!view) { return; }

  function follow(id) {
    var link = document.getElementById(id);
    if (link) { window.location.assign(link.href); }
  }

  document.addEventListener('keydown', function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) { return; }
    if (event.key === 'ArrowLeft') { follow('photo-previous'); }
    else if (event.key === 'ArrowRight') { follow('photo-next'); }
    else if (event.key === 'Escape') { follow('photo-back'); }
  });

  // A swipe is a mostly sideways move of at least 60 px; a tap or an up-and-down move does nothing.
  var startX = null;
  var startY = null;
  view.addEventListener('pointerdown', function (event) {
    startX = event.clientX;
    startY = event.clientY;
  });
  view.addEventListener('pointerup', function (event) {
    if (startX === null) { return; }
    var dx = event.clientX - startX;
    var dy = event.clientY - startY;
    startX = null;
    if (Math.abs(dx) >= 60 && Math.abs(dx) > 2 * Math.abs(dy)) {
      follow(dx > 0 ? 'photo-previous' : 'photo-next');
    }
  });
  view.addEventListener('pointercancel', function () { startX = null; });
})();
