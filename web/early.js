// Starts reading the workshop a join link names while the page's modules load, so a phone on a
// slow network waits one round trip less; participant.js takes the answer from window.joinAnswer.
// A plain script (not a module) so it runs as soon as it arrives.
(function askEarly() {
  var named = location.pathname.match(/^\/join\/([^/]+)/);
  if (!named || !window.fetch) return;
  var response = fetch('/api/join/' + named[1], { headers: { Accept: 'application/json' }, cache: 'no-store' });
  window.joinAnswer = { code: decodeURIComponent(named[1]).toUpperCase(), response: response };
  // Someone who joined on this phone before gets their board asked for at once too (live.js takes it).
  response.then(function (answer) { return answer.ok ? answer.clone().json() : null; }).then(function (join) {
    var me = join && JSON.parse(localStorage.getItem('cg.participant.' + join.workshopId) || 'null');
    if (!me || !me.token) return;
    window.boardAnswer = {
      workshopId: join.workshopId,
      token: me.token,
      response: fetch('/api/workshops/' + join.workshopId + '/board', {
        headers: { Accept: 'application/json', Authorization: 'Bearer ' + me.token }, cache: 'no-store',
      }),
    };
  }).catch(function () { /* The page asks again itself. */ });
}());
