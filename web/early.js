// Starts reading the workshop a join link names while the page's modules load, so a phone on a
// slow network waits one round trip less; participant.js takes the answer from window.joinAnswer.
// A plain script (not a module) so it runs as soon as it arrives.
(function askEarly() {
  var named = location.pathname.match(/^\/join\/([^/]+)/);
  if (!named || !window.fetch) return;
  var code = decodeURIComponent(named[1]).toUpperCase();
  var response = fetch('/api/join/' + named[1], { headers: { Accept: 'application/json' }, cache: 'no-store' });
  window.joinAnswer = { code: code, response: response };

  // Someone who joined on this phone before gets their board asked for at once too (live.js
  // takes it), and the modules only a person who has joined needs are fetched alongside the
  // page's own rather than after them.
  function askBoard(workshopId) {
    var me = JSON.parse(localStorage.getItem('cg.participant.' + workshopId) || 'null');
    if (!me || !me.token) return false;
    window.boardAnswer = {
      workshopId: workshopId,
      token: me.token,
      response: fetch('/api/workshops/' + workshopId + '/board', {
        headers: { Accept: 'application/json', Authorization: 'Bearer ' + me.token }, cache: 'no-store',
      }),
    };
    ['live.js', 'contributions.js', 'board.js', 'timer.js'].forEach(function (name) {
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = '/' + name;
      document.head.appendChild(link);
    });
    return true;
  }
  try {
    // The workshop this code led to last time (participant.js keeps it): no need to wait for the join answer.
    var known = localStorage.getItem('cg.code.' + code);
    if (known && askBoard(known)) return;
  } catch (e) { /* Storage off: the page asks itself. */ }
  response.then(function (answer) { return answer.ok ? answer.clone().json() : null; }).then(function (join) {
    if (join) askBoard(join.workshopId);
  }).catch(function () { /* The page asks again itself. */ });
}());
