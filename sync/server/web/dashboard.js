// The province dashboard: every commune against every indicator, with the
// province total. Read-only; plain JavaScript, no build step. The province
// token is typed in once and kept in sessionStorage (gone when the tab
// closes); "#token=...&period=...&plan=...&group=..." in the address fills the form
// and loads at once (used by the headless-browser test), and the fragment is
// then cleared so the token does not stay in the address bar.
'use strict';

const state = { data: null, sortKey: 'name', sortDir: 1 };

function $(id) { return document.getElementById(id); }

function currentQuarter() {
    const d = new Date();
    return d.getFullYear() + '-Q' + (Math.floor(d.getMonth() / 3) + 1);
}

function formatPercent(p) {
    return p === null || p === undefined ? '—' : p.toFixed(1).replace('.', ',') + ' %';
}

function setStatus(text, isError) {
    const s = $('status');
    s.textContent = text;
    s.className = isError ? 'error' : '';
}

async function api(path, token) {
    // The API wants the client's protocol and schema: the server's own, from /health.
    const health = await (await fetch('/api/v1/health')).json();
    const reply = await fetch(path, {
        headers: {
            'Authorization': 'Bearer ' + token,
            'X-Hocvuso-Protocol': String(health.protocol),
            'X-Hocvuso-Schema': String(health.schema),
        },
    });
    const body = await reply.json();
    if (!reply.ok)
        throw new Error((body.error && body.error.message) || ('HTTP ' + reply.status));
    return body;
}

// The indicators to show: those of the plan (all when there is no plan), in the server's order.
function indicatorsOf(data) {
    return data.total.indicators.filter(i => !data.plan || i.in_plan);
}

function cellValue(table, id) {
    const row = table.indicators.find(i => i.id === id);
    return row || null;
}

function kpiCell(row, isTotal) {
    const td = document.createElement('td');
    td.className = 'num';
    if (!row) {
        td.textContent = '—';
        return td;
    }
    td.dataset.indicator = row.id;
    if (row.group_applicable === false) { // a table for one group: not about residents, no value
        td.dataset.applicable = 'false';
        td.textContent = 'không áp dụng';
        return td;
    }
    td.dataset.numerator = row.numerator;
    td.dataset.denominator = row.denominator === null ? '' : row.denominator;
    const pct = document.createElement('span');
    pct.className = 'pct';
    pct.textContent = formatPercent(row.percent);
    const frac = document.createElement('div');
    frac.className = 'small';
    frac.textContent = row.numerator + '/' + (row.denominator === null ? '—' : row.denominator);
    td.append(pct, frac);
    if (row.target !== null && row.percent !== null)
        td.classList.add(row.percent >= row.target ? 'met' : 'behind');
    if (row.target !== null)
        td.title = 'Chỉ tiêu: ' + formatPercent(row.target) + (isTotal ? ' (toàn tỉnh)' : '');
    return td;
}

function sortValue(table, key) {
    if (key === 'name')
        return table.commune || '';
    const row = cellValue(table, key);
    return row && row.percent !== null ? row.percent : -Infinity;
}

function render() {
    const data = state.data;
    const indicators = indicatorsOf(data);
    const table = $('kpis');
    const head = table.tHead, body = table.tBodies[0], foot = table.tFoot;
    head.textContent = body.textContent = foot.textContent = '';

    const hr = head.insertRow();
    const columns = [{ key: 'name', label: 'Xã, phường' }].concat(
        indicators.map(i => ({ key: i.id, label: i.name_vi || i.name })));
    for (const c of columns) {
        const th = document.createElement('th');
        th.textContent = c.label;
        th.dataset.key = c.key;
        if (c.key === state.sortKey)
            th.classList.add(state.sortDir > 0 ? 'sorted-asc' : 'sorted-desc');
        th.addEventListener('click', () => {
            state.sortDir = state.sortKey === c.key ? -state.sortDir : (c.key === 'name' ? 1 : -1);
            state.sortKey = c.key;
            render();
        });
        hr.appendChild(th);
    }

    const communes = data.communes.slice().sort((a, b) => {
        const x = sortValue(a, state.sortKey), y = sortValue(b, state.sortKey);
        const order = typeof x === 'string' ? x.localeCompare(y, 'vi') : (x - y);
        return order * state.sortDir;
    });
    for (const c of communes) {
        const tr = body.insertRow();
        tr.className = 'commune';
        tr.dataset.communeId = c.commune_id;
        const name = tr.insertCell();
        name.textContent = c.commune;
        for (const i of indicators)
            tr.appendChild(kpiCell(cellValue(c, i.id), false));
    }

    const total = foot.insertRow();
    total.id = 'province-total';
    total.className = 'total';
    const label = total.insertCell();
    label.textContent = 'Toàn tỉnh (' + data.communes.length + ' xã, phường)';
    for (const i of indicators)
        total.appendChild(kpiCell(cellValue(data.total, i.id), true));

    $('meta').textContent = 'Kỳ: ' + data.total.period_label + ' · Kế hoạch: ' +
        (data.plan ? data.plan + ' — ' + data.plan_name : 'không chọn (mọi chỉ tiêu)') +
        (data.group ? ' · Nhóm: ' + groupLabel(data.group) : '') +
        ' · Tính đến ngày ' + data.as_of;
    table.hidden = false;
}

// The label of the group the figures are for (the selector may have moved since).
function groupLabel(id) {
    const option = Array.from($('group').options).find(o => o.value === id);
    return option ? option.textContent : id;
}

async function load() {
    const token = $('token').value.trim();
    const period = $('period').value.trim();
    const plan = $('plan').value.trim();
    sessionStorage.setItem('hocvuso.token', token);
    setStatus('Đang tải…', false);
    try {
        const query = new URLSearchParams({ period: period });
        if (plan)
            query.set('plan', plan);
        if ($('group').value)
            query.set('group', $('group').value);
        state.data = await api('/api/v1/province/kpis?' + query.toString(), token);
        render();
        setStatus('Đã tải số liệu của ' + state.data.communes.length + ' xã, phường.', false);
        document.body.dataset.loaded = 'true';
    } catch (e) {
        setStatus('Không tải được số liệu: ' + e.message, true);
        document.body.dataset.loaded = 'error';
    }
}

function start() {
    const fragment = new URLSearchParams(location.hash.replace(/^#/, ''));
    $('token').value = fragment.get('token') || sessionStorage.getItem('hocvuso.token') || '';
    $('period').value = fragment.get('period') || currentQuarter();
    $('plan').value = fragment.get('plan') || '';
    $('group').value = fragment.get('group') || '';
    if (location.hash)
        history.replaceState(null, '', location.pathname);
    $('query').addEventListener('submit', ev => { ev.preventDefault(); load(); });
    if ($('token').value)
        load();
}

start();
