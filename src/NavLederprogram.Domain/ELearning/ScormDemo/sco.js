// A test SCO that talks to whatever LMS runs it through the SCORM run-time API only (ADL's API discovery: the
// window's parents, then the opener's). The edition comes from <html data-edition="1.2|2004">.
(function () {
  'use strict';
  var edition = document.documentElement.getAttribute('data-edition');
  var is2004 = edition === '2004';
  var name = is2004 ? 'API_1484_11' : 'API';

  function findIn(win) {
    for (var hops = 0; win && hops < 10; hops++) {
      try {
        if (win[name]) return win[name];
      } catch (e) {
        return null;
      }
      if (win.parent === win) break;
      win = win.parent;
    }
    return null;
  }
  var api = findIn(window) || (window.opener ? findIn(window.opener) : null);
  var call = {
    init: function () { return is2004 ? api.Initialize('') : api.LMSInitialize(''); },
    get: function (el) { return is2004 ? api.GetValue(el) : api.LMSGetValue(el); },
    set: function (el, v) { return is2004 ? api.SetValue(el, v) : api.LMSSetValue(el, v); },
    commit: function () { return is2004 ? api.Commit('') : api.LMSCommit(''); },
    finish: function () { return is2004 ? api.Terminate('') : api.LMSFinish(''); },
    error: function () { return String(is2004 ? api.GetLastError() : api.LMSGetLastError()); },
  };
  var el = {
    entry: is2004 ? 'cmi.entry' : 'cmi.core.entry',
    location: is2004 ? 'cmi.location' : 'cmi.core.lesson_location',
    status: is2004 ? 'cmi.completion_status' : 'cmi.core.lesson_status',
    exit: is2004 ? 'cmi.exit' : 'cmi.core.exit',
    sessionTime: is2004 ? 'cmi.session_time' : 'cmi.core.session_time',
    totalTime: is2004 ? 'cmi.total_time' : 'cmi.core.total_time',
    raw: is2004 ? 'cmi.score.raw' : 'cmi.core.score.raw',
    learner: is2004 ? 'cmi.learner_name' : 'cmi.core.student_name',
  };
  var started = Date.now();
  var finished = false;
  function show(id, text) { document.getElementById(id).textContent = text; }
  function sessionTime() {
    // At least two minutes, so that a test can see the sessions add up in total time.
    var seconds = Math.max(120, Math.round((Date.now() - started) / 1000));
    var h = Math.floor(seconds / 3600), m = Math.floor((seconds % 3600) / 60), s = seconds % 60;
    if (is2004) return 'PT' + h + 'H' + m + 'M' + s + 'S';
    var pad = function (n) { return (n < 10 ? '0' : '') + n; };
    return pad(h) + ':' + pad(m) + ':' + pad(s);
  }
  function check(ok, what) {
    if (String(ok) !== 'true') show('error', what + ' failed: ' + call.error());
  }

  if (!api) {
    show('error', 'No SCORM API found');
    return;
  }
  check(call.init(), 'Initialize');
  var suspend = call.get('cmi.suspend_data');
  show('entry', call.get(el.entry));
  show('location', call.get(el.location) || '-');
  show('suspend-length', String(suspend.length));
  show('suspend-end', suspend.slice(-12));
  show('status', call.get(el.status));
  show('total-time', call.get(el.totalTime));
  show('learner', call.get(el.learner));
  if (call.get(el.status) === 'not attempted' || call.get(el.status) === 'unknown') {
    check(call.set(el.status, 'incomplete'), 'Set status');
  }

  var answer = document.getElementById('answer');
  var save = document.getElementById('save');
  var complete = document.getElementById('complete');
  if (answer) answer.addEventListener('click', function () {
    var picked = document.querySelector('input[name=q1]:checked');
    check(call.set(el.location, 'question-1-answered'), 'Set location');
    check(call.set('cmi.interactions.0.id', 'q1'), 'Set interaction id');
    check(call.set('cmi.interactions.0.type', 'choice'), 'Set interaction type');
    check(call.set(is2004 ? 'cmi.interactions.0.learner_response' : 'cmi.interactions.0.student_response', picked ? picked.value : 'b'), 'Set response');
    check(call.set('cmi.interactions.0.result', picked && picked.value === 'b' ? 'correct' : is2004 ? 'incorrect' : 'wrong'), 'Set result');
    check(call.commit(), 'Commit');
    show('saved', 'answered');
  });
  if (save) save.addEventListener('click', function () {
    // More than SCORM 1.2's 4,096 characters, as authoring tools write, ending in a marker a test can find again.
    var data = new Array(5001).join('s') + '|marker-' + (suspend.length > 0 ? 'again' : 'first');
    check(call.set('cmi.suspend_data', data), 'Set suspend data');
    check(call.set(el.exit, 'suspend'), 'Set exit');
    check(call.set(el.sessionTime, sessionTime()), 'Set session time');
    check(call.commit(), 'Commit');
    check(call.finish(), 'Finish');
    finished = true;
    show('saved', 'suspended');
  });
  if (complete) complete.addEventListener('click', function () {
    check(call.set(el.raw, '80'), 'Set score');
    if (is2004) {
      check(call.set('cmi.score.min', '0'), 'Set min');
      check(call.set('cmi.score.max', '100'), 'Set max');
      check(call.set('cmi.score.scaled', '0.8'), 'Set scaled');
      check(call.set('cmi.completion_status', 'completed'), 'Set completion');
      check(call.set('cmi.success_status', 'passed'), 'Set success');
      check(call.set('cmi.exit', 'normal'), 'Set exit');
    } else {
      check(call.set('cmi.core.score.min', '0'), 'Set min');
      check(call.set('cmi.core.score.max', '100'), 'Set max');
      check(call.set('cmi.core.lesson_status', 'passed'), 'Set status');
      check(call.set('cmi.core.exit', ''), 'Set exit');
    }
    check(call.set(el.sessionTime, sessionTime()), 'Set session time');
    check(call.commit(), 'Commit');
    check(call.finish(), 'Finish');
    finished = true;
    show('saved', 'completed');
  });
  window.addEventListener('pagehide', function () {
    if (!finished) call.finish();
  });
})();
