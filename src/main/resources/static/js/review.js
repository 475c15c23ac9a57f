// The review page: a reject needs a reason before it is posted, single-key shortcuts (where the
// reviewer left them on), and the time left on the claim. A reviewer reads hundreds of messages a day:
// A approves, R goes to the reason (and rejects once one is chosen), 1-9 reject with that reason. A
// reject by one key waits 5 seconds with Undo (WCAG 2.1.4), since a stray key must not turn away a
// family's letter. Keys typed into a text field are text, so a note can be written freely.
//
// Photos: each sits in a box that takes focus, where + and - zoom, 0 fits and the arrow keys move a
// zoomed photo (those keys act only on the photo in focus, so they are not global shortcuts). With
// single-key shortcuts on, J and K go to the next and previous photo, and on a photo in focus 1-9
// reject that photo with that reason and Y delivers it; nothing is posted until the message is decided.
(function () {
  var UNDO_SECONDS = 5;
  var ZOOMS = [1, 1.5, 2, 3, 4];
  var form = document.getElementById('decision-form');
  var photos = Array.prototype.slice.call(document.querySelectorAll('.review-photo'));
  photos.forEach(zoomable);
  if (form) {
    reasonFirst(form);
    if (form.getAttribute('data-shortcuts') === 'true') { shortcuts(form); }
  }
  var countdown = document.getElementById('lease-countdown');
  if (countdown) { lease(countdown, document.getElementById('lease-warning')); }

  // The mouse path: Reject without a reason is stopped here, shown as the server would show it (an
  // error summary that takes focus, the message beside the field), and nothing is posted.
  // A photo marked rejected needs its reason too, before the message is approved with it.
  function reasonFirst(form) {
    var reason = document.getElementById('reasonCode');
    form.addEventListener('submit', function (e) {
      var button = e.submitter;
      if (!button) { return; }
      if (button.value === 'REJECT' && !reason.value) {
        e.preventDefault();
        showReasonError(form, reason, document.getElementById('reason-group'), form.getAttribute('data-reason-error'));
        return;
      }
      if (button.value !== 'APPROVE') { return; }
      var missing = photos.filter(function (photo) { return rejected(photo) && !photoReason(photo).value; });
      if (missing.length) {
        e.preventDefault();
        missing.forEach(function (photo) {
          showReasonError(form, photoReason(photo), photo.querySelector('.photo-decision'),
            form.getAttribute('data-photo-reason-error'));
        });
        missing[0].scrollIntoView({ block: 'nearest' });
      }
    });
  }

  function showReasonError(form, reason, group, words) {
    var prefix = form.getAttribute('data-error-prefix');
    var errorId = reason.id + '-error';
    group.classList.add('field-error');
    if (!document.getElementById(errorId)) {
      var message = document.createElement('p');
      message.className = 'error-message';
      message.id = errorId;
      var hidden = document.createElement('span');
      hidden.className = 'visually-hidden';
      hidden.textContent = prefix + ' ';
      message.appendChild(hidden);
      message.appendChild(document.createTextNode(words));
      reason.parentNode.insertBefore(message, reason);
      reason.setAttribute('aria-describedby', (reason.getAttribute('aria-describedby') || '') + ' ' + errorId);
    }
    var summary = document.querySelector('.error-summary');
    if (!summary) {
      summary = document.createElement('div');
      summary.className = 'error-summary';
      summary.setAttribute('role', 'alert');
      summary.setAttribute('tabindex', '-1');
      summary.setAttribute('aria-labelledby', 'error-summary-title');
      var title = document.createElement('h2');
      title.id = 'error-summary-title';
      title.textContent = form.getAttribute('data-error-title');
      summary.appendChild(title);
      document.getElementById('main').insertBefore(summary, document.querySelector('main h1'));
    }
    var list = summary.querySelector('ul') || summary.appendChild(document.createElement('ul'));
    if (!list.querySelector('a[href="#' + reason.id + '"]')) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = '#' + reason.id;
      link.textContent = words;
      item.appendChild(link);
      list.appendChild(item);
    }
    if (document.title.indexOf(prefix) !== 0) { document.title = prefix + ' ' + document.title; }
    summary.focus();
  }

  function shortcuts(form) {
    var approve = form.querySelector('button[value="APPROVE"]');
    var reject = form.querySelector('button[value="REJECT"]');
    var reason = document.getElementById('reasonCode');
    var undo = undoPanel(reason, function () { send(reject); });
    var sent = false;
    function send(button) {
      // A held key or a second press must not post a decision twice.
      if (sent) { return; }
      sent = true;
      if (form.requestSubmit) { form.requestSubmit(button); } else { button.click(); }
    }
    document.addEventListener('keydown', function (e) {
      if (sent || e.repeat || e.ctrlKey || e.metaKey || e.altKey) { return; }
      if (undo.pending()) {
        if (e.key === 'Escape') {
          e.preventDefault();
          undo.cancel();
        }
        return;
      }
      var target = e.target;
      // A photo's radio buttons answer the photo keys; other fields take keys as text.
      var typing = target && (target.tagName === 'TEXTAREA' || target.isContentEditable
        || (target.tagName === 'INPUT' && target.type !== 'radio'));
      if (typing) { return; }
      var key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
      var photo = target && target.closest ? target.closest('.review-photo') : null;
      if ((key === 'j' || key === 'k') && photos.length) {
        e.preventDefault();
        var at = photos.indexOf(photo);
        var next = at < 0 ? (key === 'j' ? 0 : photos.length - 1)
          : Math.min(photos.length - 1, Math.max(0, at + (key === 'j' ? 1 : -1)));
        focusPhoto(photos[next]);
        return;
      }
      if (photo && decidePhoto(photo, key)) {
        e.preventDefault();
        return;
      }
      if (key === 'a') {
        e.preventDefault();
        send(approve);
      } else if (key === 'r') {
        e.preventDefault();
        if (reason.value) { undo.start(reason.selectedIndex); } else { reason.focus(); }
      } else if (/^[1-9]$/.test(key) && Number(key) < reason.options.length) {
        e.preventDefault();
        undo.start(Number(key));
      }
    });
  }

  // On a photo in focus: 1-9 reject it with that reason, Y delivers it. Answers whether the key did something.
  function decidePhoto(photo, key) {
    var reason = photoReason(photo);
    if (/^[1-9]$/.test(key) && Number(key) < reason.options.length) {
      choose(photo, 'REJECT');
      reason.selectedIndex = Number(key);
      return true;
    }
    if (key === 'y') {
      choose(photo, 'APPROVE');
      reason.selectedIndex = 0;
      return true;
    }
    return false;
  }

  // A reject by one key is shown with its reason and posted after UNDO_SECONDS unless undone (Esc or
  // the Undo button); "Reject now" posts at once.
  function undoPanel(reason, post) {
    var panel = document.getElementById('undo-reject');
    var text = document.getElementById('undo-text');
    var seconds = document.getElementById('undo-seconds');
    var status = document.getElementById('undo-status');
    var timer = null;
    var before = 0;
    var left = 0;
    function finish() {
      clearInterval(timer);
      timer = null;
      panel.hidden = true;
    }
    document.getElementById('undo-button').addEventListener('click', cancel);
    document.getElementById('reject-now').addEventListener('click', function () {
      finish();
      post();
    });
    function cancel() {
      if (timer === null) { return; }
      finish();
      reason.selectedIndex = before;
      status.textContent = panel.getAttribute('data-undone');
      reason.focus();
    }
    return {
      pending: function () { return timer !== null; },
      cancel: cancel,
      start: function (index) {
        before = reason.selectedIndex;
        reason.selectedIndex = index;
        var words = reason.options[index].text.replace(/^\d+ · /, '');
        text.textContent = panel.getAttribute('data-template').replace('{0}', words);
        status.textContent = '';
        left = UNDO_SECONDS;
        seconds.textContent = left;
        panel.hidden = false;
        document.getElementById('undo-button').focus();
        timer = setInterval(function () {
          left -= 1;
          seconds.textContent = left;
          if (left <= 0) {
            finish();
            post();
          }
        }, 1000);
      }
    };
  }

  function rejected(photo) {
    return photo.querySelector('input[type=radio][value=REJECT]').checked;
  }

  function photoReason(photo) {
    return photo.querySelector('select.photo-reason');
  }

  function choose(photo, decision) {
    photo.querySelector('input[type=radio][value=' + decision + ']').checked = true;
  }

  function focusPhoto(photo) {
    var frame = photo.querySelector('.photo-frame');
    frame.focus({ preventScroll: true });
    photo.scrollIntoView({ block: 'start' });
  }

  // Zoom in steps of the width the photo has when it fits its box, keeping the middle of what was in
  // view in the middle; the box scrolls, so the arrow keys (the box has focus) and a finger move it.
  function zoomable(photo) {
    var frame = photo.querySelector('.photo-frame');
    var image = frame.querySelector('img');
    var buttons = photo.querySelector('.zoom-buttons');
    var level = photo.querySelector('.zoom-level');
    var step = 0;
    var fitted = 0;
    buttons.hidden = false;
    function set(next) {
      next = Math.max(0, Math.min(ZOOMS.length - 1, next));
      if (step === 0) { fitted = image.getBoundingClientRect().width; }
      var middleX = (frame.scrollLeft + frame.clientWidth / 2) / Math.max(1, frame.scrollWidth);
      var middleY = (frame.scrollTop + frame.clientHeight / 2) / Math.max(1, frame.scrollHeight);
      step = next;
      if (step === 0) {
        frame.classList.remove('zoomed');
        image.style.width = '';
      } else {
        frame.classList.add('zoomed');
        image.style.width = Math.round(fitted * ZOOMS[step]) + 'px';
        frame.scrollLeft = middleX * frame.scrollWidth - frame.clientWidth / 2;
        frame.scrollTop = middleY * frame.scrollHeight - frame.clientHeight / 2;
      }
      level.textContent = step === 0 ? '' : level.getAttribute('data-template').replace('{0}', ZOOMS[step]);
    }
    photo.querySelector('.zoom-in').addEventListener('click', function () { set(step + 1); });
    photo.querySelector('.zoom-out').addEventListener('click', function () { set(step - 1); });
    photo.querySelector('.zoom-fit').addEventListener('click', function () { set(0); });
    frame.addEventListener('keydown', function (e) {
      if (e.ctrlKey || e.metaKey || e.altKey) { return; }
      var change = e.key === '+' || e.key === '=' ? 1 : e.key === '-' ? -1 : e.key === '0' ? -step : 0;
      if (e.key === '+' || e.key === '=' || e.key === '-' || e.key === '0') {
        e.preventDefault();
        e.stopPropagation();
        set(step + change);
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
