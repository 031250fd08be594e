// The sandbox's site chrome: a user switcher and the app's frames (a global page, an issue's
// panels, a page's macros, modals). It answers each frame's @forge/bridge calls (invoke,
// getContext, fetchProduct, navigate, openModal, close, submit, showFlag, events…) the way the
// Atlassian host does, calling the sandbox server as the selected user.
(function () {
  'use strict';
  var switcher = document.getElementById('user-switcher');
  var flags = document.getElementById('flags');
  // The site's base URL the frames are told (`siteUrl`): where this emulated site really lives, so the
  // links the app builds on it land here, as on a real site they land on that site.
  var site = window.location.origin;
  var cloudId = document.body.getAttribute('data-cloud-id');
  var listeners = []; // events.on subscriptions: { frame, event, callbackId }

  function currentUser() {
    return switcher.value;
  }

  // The product's colour mode: `?theme=dark|light` sets it, the topbar toggle flips it, and it is
  // kept in localStorage. Frames read it from getContext().theme.colorMode, as Forge's context has it.
  var themeParam = new URLSearchParams(window.location.search).get('theme');
  if (themeParam === 'dark' || themeParam === 'light') window.localStorage.setItem('sandbox-theme', themeParam);
  function colorMode() {
    return window.localStorage.getItem('sandbox-theme') === 'dark' ? 'dark' : 'light';
  }
  function applyChromeTheme() {
    document.documentElement.setAttribute('data-sandbox-theme', colorMode());
  }
  applyChromeTheme();
  var themeToggle = document.createElement('button');
  themeToggle.type = 'button';
  themeToggle.className = 'theme-toggle';
  themeToggle.setAttribute('data-testid', 'theme-toggle');
  function labelToggle() {
    themeToggle.textContent = colorMode() === 'dark' ? 'Light theme' : 'Dark theme';
    themeToggle.setAttribute('aria-pressed', colorMode() === 'dark' ? 'true' : 'false');
  }
  labelToggle();
  themeToggle.addEventListener('click', function () {
    window.localStorage.setItem('sandbox-theme', colorMode() === 'dark' ? 'light' : 'dark');
    applyChromeTheme();
    labelToggle();
    loadFrames();
  });
  var topbar = document.querySelector('.topbar');
  if (topbar) topbar.insertBefore(themeToggle, topbar.querySelector('.user'));

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
    // Everything on the page depends on who is looking (an issue view is fetched as the user).
    if (document.body.getAttribute('data-reload-on-switch') === 'true') window.location.reload();
    else loadFrames();
  });

  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll('iframe[data-module-key]'));
  }

  function loadFrame(frame) {
    frame.src = frame.getAttribute('data-src') + '?user=' + encodeURIComponent(currentUser());
  }

  function loadFrames() {
    frames().forEach(loadFrame);
    signExportLinks();
  }

  // A page's PDF/Word export runs as the user exporting: its links name the selected user.
  function signExportLinks() {
    document.querySelectorAll('a[data-export-link]').forEach(function (link) {
      var target = new URL(link.getAttribute('href'), window.location.href);
      target.searchParams.set('user', currentUser());
      link.setAttribute('href', target.pathname + target.search);
    });
  }

  function frameOf(source) {
    var found = frames().filter(function (f) {
      return f.contentWindow === source;
    });
    return found[0] || null;
  }

  function postJson(url, body) {
    return fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sandbox-user': currentUser() },
      body: JSON.stringify(body === undefined ? {} : body),
    });
  }

  function callBack(frame, handle, args) {
    if (!handle || !handle.__sandboxCallback || !frame.contentWindow) return;
    frame.contentWindow.postMessage(
      { type: 'sandbox-bridge-callback', callbackId: handle.__sandboxCallback, args: args },
      '*',
    );
  }

  function contextOf(frame) {
    var extension = JSON.parse(frame.getAttribute('data-extension') || '{}');
    return {
      accountId: currentUser(),
      cloudId: cloudId,
      localId: frame.getAttribute('data-local-id') || frame.getAttribute('data-module-key') + '-sandbox',
      moduleKey: frame.getAttribute('data-module-key'),
      siteUrl: site,
      locale: 'en-GB',
      timezone: 'Europe/Dublin',
      environmentId: 'sandbox-environment',
      environmentType: 'DEVELOPMENT',
      extension: extension,
      theme: { colorMode: colorMode() },
    };
  }

  function openModal(opener, payload) {
    var overlay = document.createElement('div');
    overlay.className = 'modal-overlay';
    overlay.setAttribute('data-testid', 'sandbox-modal');
    var dialog = document.createElement('div');
    dialog.className = 'modal-dialog modal-' + (typeof payload.size === 'string' ? payload.size : 'medium');
    var frame = document.createElement('iframe');
    var resource = payload.resource || opener.getAttribute('data-resource');
    frame.setAttribute('data-module-key', opener.getAttribute('data-module-key'));
    frame.setAttribute('data-resource', resource);
    frame.setAttribute('data-src', '/resource/' + encodeURIComponent(resource) + '/');
    var extension = JSON.parse(opener.getAttribute('data-extension') || '{}');
    extension.modal = payload.context || {};
    frame.setAttribute('data-extension', JSON.stringify(extension));
    frame.title = payload.title || 'Dialog';
    frame.__onClose = function (result) {
      overlay.remove();
      callBack(opener, payload.onClose, [result]);
    };
    dialog.appendChild(frame);
    overlay.appendChild(dialog);
    if (payload.closeOnOverlayClick !== false) {
      overlay.addEventListener('click', function (e) {
        if (e.target === overlay) frame.__onClose(undefined);
      });
    }
    document.body.appendChild(overlay);
    loadFrame(frame);
    return true;
  }

  var handlers = {
    invoke: function (payload, frame) {
      var moduleKey = frame.getAttribute('data-module-key');
      return postJson(
        '/sandbox/invoke/' +
          encodeURIComponent(payload.functionKey) +
          '?bridge=1&module=' +
          encodeURIComponent(moduleKey),
        payload.payload,
      ).then(function (response) {
        if (response.status >= 500) {
          return response.text().then(function (text) {
            throw new Error('The resolver failed (' + response.status + '): ' + text);
          });
        }
        return response.json();
      });
    },
    getContext: function (payload, frame) {
      return contextOf(frame);
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
      var url = payload && (payload.url || (payload.target === 'issue' ? '/browse/' + payload.issueKey : null));
      // The sandbox serves the real site's paths (`/browse/KEY`, `/wiki/spaces/…/pages/…`), so a
      // site-relative link and one on the site's base URL both open here.
      if (url && url.indexOf(site + '/') === 0) url = url.slice(site.length);
      if (url) window.open(url, payload.type === 'new-tab' ? '_blank' : '_self');
      return true;
    },
    getUrl: function (payload) {
      return site + '/' + (payload && payload.url ? payload.url : '');
    },
    openModal: function (payload, frame) {
      return openModal(frame, payload);
    },
    close: function (payload, frame) {
      if (frame.__onClose) frame.__onClose(payload);
      return true;
    },
    submit: function (payload, frame) {
      // A macro's config panel on the sandbox's macro editor: the config goes into the page's ADF
      // (a new page version) and the page view opens again, showing the macro with it.
      var pageId = frame.getAttribute('data-config-page-id');
      if (pageId) {
        return postJson('/sandbox/macro-config', {
          pageId: pageId,
          localId: frame.getAttribute('data-local-id'),
          config: (payload && payload.config) || {},
        }).then(function (response) {
          return response.json().then(function (answer) {
            if (!response.ok) throw new Error(answer.message || 'The page could not be saved');
            window.location.href = frame.getAttribute('data-return-url');
            return true;
          });
        });
      }
      // Elsewhere the page keeps the config and re-renders.
      var submitted = new CustomEvent('sandbox-submit', { detail: { frame: frame, payload: payload } });
      document.dispatchEvent(submitted);
      if (frame.__onClose) frame.__onClose(payload);
      return true;
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
    emit: function (payload) {
      listeners.forEach(function (l) {
        if (l.event === payload.event) callBack(l.frame, l.callback, [payload.payload]);
      });
      return true;
    },
    on: function (payload, frame) {
      listeners.push({ frame: frame, event: payload.event, callback: payload.callback });
      return true;
    },
    enableTheming: function () {
      return true;
    },
    refresh: function (payload, frame) {
      loadFrame(frame);
      return true;
    },
    reload: function () {
      window.location.reload();
      return true;
    },
  };

  window.addEventListener('message', function (event) {
    var message = event.data;
    if (message && message.type === 'sandbox-frame-size') {
      var sized = frameOf(event.source);
      if (sized && /\bmacro-(config-)?frame\b/.test(sized.className) && message.height > 0)
        sized.style.height = Math.min(message.height + 4, 4000) + 'px';
      return;
    }
    if (!message || message.type !== 'sandbox-bridge-call') return;
    var frame = frameOf(event.source);
    if (!frame) return;
    var reply = function (result, error) {
      // A modal that closed itself is gone before its `close` call is answered.
      if (!frame.contentWindow) return;
      frame.contentWindow.postMessage(
        { type: 'sandbox-bridge-reply', id: message.id, result: result, error: error },
        '*',
      );
    };
    var handler = handlers[message.method];
    if (!handler) {
      reply(undefined, 'The sandbox host does not support the bridge call "' + message.method + '" yet');
      return;
    }
    Promise.resolve()
      .then(function () {
        return handler(message.payload || {}, frame);
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

  loadFrames();
})();
