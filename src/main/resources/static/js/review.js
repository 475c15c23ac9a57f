// The review page: a reject needs a reason before it is posted, single-key shortcuts (where the
// reviewer left them on), and the time left on the claim. A reviewer reads hundreds of messages a day:
// A approves, R goes to the reason (and rejects once one is chosen), 1-9 reject with that reason. A
// reject by one key waits 5 seconds with Undo (WCAG 2.1.4), since a stray key must not turn away a
// family's letter. Keys typed into a text field are text, so a note can be written freely.
(function () {
  var UNDO_SECONDS = 5;
  var form = document.getElementById('decision-form');
  if (form) {
    reasonFirst(form);
    if (form.getAttribute('data-shortcuts') === 'true') { shortcuts(form); }
  }
  var countdown = document.getElementById('lease-countdown');
  if (countdown) { lease(countdown, document.getElementById('lease-warning')); }

  // The mouse path: Reject without a reason is stopped here, shown as the server would show it (an
  // error summary that takes focus, the message beside the field), and nothing is posted.
  function reasonFirst(form) {
    var reason = document.getElementById('reasonCode');
    form.addEventListener('submit', function (e) {
      var button = e.submitter;
      if (!button || button.value !== 'REJECT' || reason.value) { return; }
      e.preventDefault();
      showReasonError(form, reason);
    });
  }

  function showReasonError(form, reason) {
    var words = form.getAttribute('data-reason-error');
    var prefix = form.getAttribute('data-error-prefix');
    var group = document.getElementById('reason-group');
    group.classList.add('field-error');
    if (!document.getElementById('reasonCode-error')) {
      var message = document.createElement('p');
      message.className = 'error-message';
      message.id = 'reasonCode-error';
      var hidden = document.createElement('span');
      hidden.className = 'visually-hidden';
      hidden.textContent = prefix + ' ';
      message.appendChild(hidden);
      message.appendChild(document.createTextNode(words));
      group.insertBefore(message, reason);
      reason.setAttribute('aria-describedby', 'reason-hint reasonCode-error');
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
    if (!list.querySelector('a[href="#reasonCode"]')) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = '#reasonCode';
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
      if (target && (target.tagName === 'TEXTAREA' || target.tagName === 'INPUT' || target.isContentEditable)) { return; }
      var key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
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
