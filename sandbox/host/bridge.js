// Runs inside a Custom UI frame before the app's bundle: defines the hook @forge/bridge calls
// (window.__bridge.callBridge) and forwards every call to the host page by postMessage, as the
// real Atlassian frame does. The frame itself has no network access (CSP connect-src 'none').
(function () {
  'use strict';
  var nextId = 1;
  var pending = new Map();
  window.addEventListener('message', function (event) {
    if (event.source !== window.parent) return;
    var message = event.data;
    if (!message || message.type !== 'sandbox-bridge-reply') return;
    var call = pending.get(message.id);
    if (!call) return;
    pending.delete(message.id);
    if (message.error) call.reject(new Error(message.error));
    else call.resolve(message.result);
  });
  window.__bridge = {
    callBridge: function (method, payload) {
      return new Promise(function (resolve, reject) {
        var id = nextId++;
        pending.set(id, { resolve: resolve, reject: reject });
        // Functions (e.g. a Modal's onClose) cannot cross frames; like Forge, send data only.
        var data = payload === undefined ? null : JSON.parse(JSON.stringify(payload));
        window.parent.postMessage({ type: 'sandbox-bridge-call', id: id, method: method, payload: data }, '*');
      });
    },
  };
})();
