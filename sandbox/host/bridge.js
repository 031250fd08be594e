// Runs inside a Custom UI frame before the app's bundle: defines the hook @forge/bridge calls
// (window.__bridge.callBridge) and forwards every call to the host page by postMessage, as the
// real Atlassian frame does. The frame itself has no network access (CSP connect-src 'none').
// Functions in a payload (a Modal's onClose, an events.on callback) cannot cross frames as data;
// like Forge's bridge they travel as handles the host can call back.
(function () {
  'use strict';
  var nextId = 1;
  var pending = new Map();
  var callbacks = new Map();

  function encode(value) {
    if (typeof value === 'function') {
      var id = 'cb-' + nextId++;
      callbacks.set(id, value);
      return { __sandboxCallback: id };
    }
    if (Array.isArray(value)) return value.map(encode);
    if (value && typeof value === 'object') {
      var out = {};
      Object.keys(value).forEach(function (key) {
        if (value[key] !== undefined) out[key] = encode(value[key]);
      });
      return out;
    }
    return value;
  }

  window.addEventListener('message', function (event) {
    if (event.source !== window.parent) return;
    var message = event.data;
    if (!message) return;
    if (message.type === 'sandbox-bridge-callback') {
      var callback = callbacks.get(message.callbackId);
      if (callback) callback.apply(null, message.args || []);
      return;
    }
    if (message.type !== 'sandbox-bridge-reply') return;
    var call = pending.get(message.id);
    if (!call) return;
    pending.delete(message.id);
    if (message.error) call.reject(new Error(message.error));
    else call.resolve(message.result);
  });

  // Like Forge's frames, a macro grows with its content: the frame reports its height and the
  // host sizes the iframe (chrome.js, for macro frames only).
  // (The surfaces' css-reset makes html and body 100% high, so it is #root that measures the content.)
  function watchSize() {
    var content = document.getElementById('root') || document.body;
    if (!content || typeof ResizeObserver !== 'function') return;
    new ResizeObserver(function () {
      window.parent.postMessage({ type: 'sandbox-frame-size', height: Math.ceil(content.scrollHeight) }, '*');
    }).observe(content);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watchSize);
  else watchSize();

  window.__bridge = {
    callBridge: function (method, payload) {
      return new Promise(function (resolve, reject) {
        var id = nextId++;
        pending.set(id, { resolve: resolve, reject: reject });
        window.parent.postMessage(
          { type: 'sandbox-bridge-call', id: id, method: method, payload: encode(payload) },
          '*',
        );
      });
    },
  };
})();
