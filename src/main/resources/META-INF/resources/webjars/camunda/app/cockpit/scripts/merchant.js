// Ops open an instance to learn whose application it is and where it stands. Cockpit shows the instance id and the
// business key (the application number) but not the merchant's name, which sits among dozens of variables. Every
// instance page names the merchant over its diagram, whichever tab is open, and opens on a tab that says the rest in
// words. Merchant text is set as text, never as markup.

const ROWS = [
  ['merchantName', '商家 / Merchant'],
  ['category', '类目代码 / Category code'],
  ['entityType', '主体类型 / Entity type'],
  ['overseasMarkets', '出海市场 / Overseas markets']
];

/**
 * The engine API of the engine this page shows. Cockpit hands its plugins that address, but to diagram plugins a
 * wrong one (the page's whole address in place of the engine's name), so it is taken from the page here for all.
 */
function instanceApi(processInstanceId) {
  const engine = window.location.pathname.match(/\/app\/cockpit\/([^/]+)/)[1];
  return document.querySelector('base').getAttribute('engine-api') + 'engine/' + encodeURIComponent(engine)
    + '/process-instance/' + encodeURIComponent(processInstanceId);
}

async function read(url) {
  const answer = await fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  if (!answer.ok) {
    throw new Error(String(answer.status));
  }
  return answer.json();
}

/** The names of the steps the instance waits in now (the leaves of its activity tree). */
function waitingIn(tree) {
  const children = (tree.childActivityInstances || []).concat(tree.childTransitionInstances || []);
  if (children.length === 0) {
    return tree.activityName ? [tree.activityName] : [];
  }
  return children.flatMap(waitingIn);
}

function row(list, label, value) {
  const term = document.createElement('dt');
  term.textContent = label;
  const description = document.createElement('dd');
  description.textContent = value === undefined || value === null || value === '' ? '—' : String(value);
  list.append(term, description);
  return description;
}

async function render(node, {processInstanceId}) {
  const box = document.createElement('div');
  box.className = 'merchant-summary';
  node.appendChild(box);
  const base = instanceApi(processInstanceId);
  try {
    const [instance, variables, tree] = await Promise.all([read(base),
      read(base + '/variables?deserializeValues=false'), read(base + '/activity-instances')]);
    const list = document.createElement('dl');
    const name = row(list, ROWS[0][1], variables.merchantName && variables.merchantName.value);
    name.className = 'merchant-name';
    row(list, '申请编号 / Application number', instance.businessKey);
    for (const [variable, label] of ROWS.slice(1)) {
      row(list, label, variables[variable] && variables[variable].value);
    }
    row(list, '当前步骤 / Waiting in', waitingIn(tree).join(' · '));
    box.appendChild(list);
  } catch (failure) {
    const note = document.createElement('p');
    note.textContent = '无法读取此实例的商家信息 / The merchant of this instance could not be read.';
    box.appendChild(note);
  }
}

/** The merchant's name and the application number, in a line over the top left of the instance's diagram. */
async function renderOverDiagram(viewer, {processInstanceId}) {
  const base = instanceApi(processInstanceId);
  const [instance, merchantName] = await Promise.all([read(base),
    read(base + '/variables/merchantName?deserializeValue=false').catch(() => null)]);
  // Other processes (e-mail deliveries, expiry watches) carry no name: their business key says whose they are.
  if (!merchantName) {
    return;
  }
  const line = document.createElement('div');
  line.className = 'merchant-over-diagram';
  const name = document.createElement('strong');
  name.textContent = merchantName.value;
  line.append('商家 / Merchant: ', name, ' · 申请编号 / Application number: ' + (instance.businessKey || '—'));
  viewer.get('canvas').getContainer().appendChild(line);
}

export default [{
  id: 'merchant-onboarding.merchant-over-diagram',
  pluginPoint: 'cockpit.processInstance.diagram.plugin',
  render: renderOverDiagram
}, {
  id: 'merchant-onboarding.merchant',
  pluginPoint: 'cockpit.processInstance.runtime.tab',
  // Above the variables tab (20): the tab a person sees on opening an instance.
  priority: 30,
  properties: {label: '商家 / Merchant'},
  render
}];
