// The sandbox's site chrome: a user switcher and the app's frame. It answers the frame's
// @forge/bridge calls (invoke, getContext, fetchProduct, navigate, showFlag…) the way the
// Atlassian host does, calling the sandbox server as the selected user.
(function () {
  'use strict';
  var frame = document.getElementById('app-frame');
  var switcher = document.getElementById('user-switcher');
  var flags = document.getElementById('flags');
  var moduleKey = frame.getAttribute('data-module-key');
  var extensionType = frame.getAttribute('data-extension-type');
  var site = document.body.getAttribute('data-site-url');
  var cloudId = document.body.getAttribute('data-cloud-id');

  function currentUser() {
    return switcher.value;
  }

  function loadFrame() {
    frame.src = frame.getAttribute('data-src') + '?user=' + encodeURIComponent(currentUser());
  }

  var stored = window.sessionStorage.getItem('sandbox-user');
  if (
    stored &&
    Array.prototype.some.call(switcher.options, function (o) {
      return o.value === stored;
    })
  )
    switcher.value = stored;
  switcher.addEventListener('change', function () {
    window.sessionStorage.setItem('sandbox-user', currentUser());
    loadFrame();
  });

  function postJson(url, body) {
    return fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sandbox-user': currentUser() },
      body: JSON.stringify(body === undefined ? {} : body),
    });
  }

  var handlers = {
    invoke: function (payload) {
      return postJson('/sandbox/invoke/' + encodeURIComponent(payload.functionKey), payload.payload).then(
        function (response) {
          if (response.status >= 500) {
            return response.text().then(function (text) {
              throw new Error('The resolver failed (' + response.status + '): ' + text);
            });
          }
          return response.json();
        },
      );
    },
    getContext: function () {
      return {
        accountId: currentUser(),
        cloudId: cloudId,
        localId: moduleKey + '-sandbox',
        moduleKey: moduleKey,
        siteUrl: site,
        locale: 'en-GB',
        timezone: 'Europe/Dublin',
        environmentId: 'sandbox',
        environmentType: 'DEVELOPMENT',
        extension: { type: extensionType },
      };
    },
    fetchProduct: function (payload) {
      return postJson('/sandbox/product/' + encodeURIComponent(payload.product), {
        restPath: payload.restPath,
        method: (payload.fetchRequestInit && payload.fetchRequestInit.method) || 'GET',
        body: payload.fetchRequestInit && payload.fetchRequestInit.body,
      }).then(function (response) {
        return response.json();
      });
    },
    navigate: function (payload) {
      if (payload && payload.url) window.open(payload.url, payload.type === 'new-tab' ? '_blank' : '_self');
      return true;
    },
    getUrl: function (payload) {
      return site + '/' + (payload && payload.url ? payload.url : '');
    },
    showFlag: function (payload) {
      var flag = document.createElement('div');
      flag.className = 'flag';
      flag.setAttribute('data-flag-id', payload.id);
      flag.textContent = (payload.title || '') + (payload.description ? ' — ' + payload.description : '');
      flags.appendChild(flag);
      setTimeout(function () {
        flag.remove();
      }, 6000);
      return true;
    },
    closeFlag: function (payload) {
      var flag = flags.querySelector('[data-flag-id="' + payload.id + '"]');
      if (flag) flag.remove();
      return true;
    },
    enableTheming: function () {
      return true;
    },
    refresh: function () {
      loadFrame();
      return true;
    },
    reload: function () {
      loadFrame();
      return true;
    },
  };

  window.addEventListener('message', function (event) {
    if (event.source !== frame.contentWindow) return;
    var message = event.data;
    if (!message || message.type !== 'sandbox-bridge-call') return;
    var handler = handlers[message.method];
    var reply = function (result, error) {
      frame.contentWindow.postMessage(
        { type: 'sandbox-bridge-reply', id: message.id, result: result, error: error },
        '*',
      );
    };
    if (!handler) {
      reply(undefined, 'The sandbox host does not support the bridge call "' + message.method + '" yet');
      return;
    }
    Promise.resolve()
      .then(function () {
        return handler(message.payload || {});
      })
      .then(
        function (result) {
          reply(result);
        },
        function (error) {
          reply(undefined, String(error && error.message ? error.message : error));
        },
      );
  });

  loadFrame();
})();
