// The sandbox Jira issue view's workflow buttons: the transitions the signed-in user may take
// (GET /rest/api/3/issue/{key}/transitions as that user), each a button that POSTs the transition
// as that user, as Jira's own issue view does. A refusal (a workflow validator's message, a
// permission) is shown as Jira shows it; success reloads the page. Deferred: runs after chrome.js
// has put the remembered user in the switcher.
(function () {
  'use strict';
  var section = document.querySelector('.issue-transitions');
  if (!section) return;
  var key = section.getAttribute('data-issue-key');
  var buttons = section.querySelector('.transition-buttons');
  var error = section.querySelector('.transition-error');
  var switcher = document.getElementById('user-switcher');
  var path = '/rest/api/3/issue/' + encodeURIComponent(key) + '/transitions';

  function asUser(method, body) {
    return fetch(path, {
      method: method,
      headers: { 'content-type': 'application/json', 'x-sandbox-user': switcher.value },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  function refusalOf(answer) {
    var messages = [].concat(answer.errorMessages || []);
    Object.keys(answer.errors || {}).forEach(function (field) {
      messages.push(field + ': ' + answer.errors[field]);
    });
    return messages.join(' ') || 'Jira refused the transition.';
  }

  function showError(text) {
    error.textContent = text;
    error.hidden = false;
  }

  function render(transitions) {
    buttons.textContent = '';
    if (transitions.length === 0) {
      var none = document.createElement('span');
      none.className = 'page-meta';
      none.textContent = 'No transition you may take from this status.';
      buttons.appendChild(none);
      return;
    }
    transitions.forEach(function (transition) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'transition-button';
      button.textContent = transition.name;
      button.setAttribute('data-testid', 'transition-' + transition.name.toLowerCase().replace(/[^a-z0-9]+/g, '-'));
      button.addEventListener('click', function () {
        error.hidden = true;
        button.disabled = true;
        asUser('POST', { transition: { id: transition.id } })
          .then(function (response) {
            if (response.status === 204) return window.location.reload();
            return response.json().then(function (answer) {
              showError(refusalOf(answer));
              button.disabled = false;
            });
          })
          .catch(function (failure) {
            showError(String(failure));
            button.disabled = false;
          });
      });
      buttons.appendChild(button);
    });
  }

  asUser('GET')
    .then(function (response) {
      return response.json().then(function (answer) {
        if (response.status !== 200) throw new Error(refusalOf(answer));
        render(answer.transitions || []);
      });
    })
    .catch(function (failure) {
      buttons.textContent = '';
      showError(failure.message || String(failure));
    });
})();
