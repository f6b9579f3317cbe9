// The PulmoPet viewer page: case list, fused PET/CT with lesion outlines (NiiVue), lesion table.
// Everything comes from this server; nothing is fetched from elsewhere (docs/viewer.md).
import { Niivue, SLICE_TYPE } from '/assets/niivue.js';

// CT display windows [min, max] HU from the usual width/level pairs.
const CT_WINDOWS = { lung: [-1350, 150], mediastinum: [-160, 240] };
const LESION_RGB = [0, 255, 255];
const NUMBER_COLUMNS = ['suv_max', 'suv_mean', 'suv_peak', 'mtv_ml', 'tlg', 'max_diameter_mm'];

const $ = (id) => document.getElementById(id);
const state = { caseId: null, lesions: [], volumes: {}, ready: false, error: null, selectedLesion: null };

const nv = new Niivue({
  backColor: [0, 0, 0, 1],
  crosshairColor: [0.1, 1, 0.1, 1],
  isColorbar: true,
  dragAndDropEnabled: false,
  loadingText: '',
  logLevel: 'warn',
  show3Dcrosshair: true,
  multiplanarShowRender: 0,
});
nv.onLocationChange = () => showLocation();

// Lets a person (or a test) inspect the viewer from the browser's developer tools.
window.pulmopetViewer = { nv, state, loadCase, centreOnLesion };

function setStatus(text, isError = false) {
  $('status').textContent = text;
  $('status').classList.toggle('error', isError);
}

async function getJson(url) {
  const response = await fetch(url, { cache: 'no-store' });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(body.error ?? `${url} answered ${response.status}`);
  }
  return body;
}

// NiiVue works in RAS world millimetres; PulmoPet's tables use LPS (DICOM, ITK): x and y change sign.
function lpsToRas(x, y, z) {
  return [-x, -y, z];
}

function currentMm() {
  return Array.from(nv.frac2mm(nv.scene.crosshairPos, 0, true)).slice(0, 3);
}

function showLocation() {
  if (!state.ready) {
    return;
  }
  const mm = currentMm();
  const lps = lpsToRas(...mm).map((v) => v.toFixed(1));
  const parts = [`LPS (${lps.join(', ')}) mm`];
  for (const [kind, volume] of Object.entries(state.volumes)) {
    const vox = volume.mm2vox(mm);
    const inside = vox.every((v, i) => v >= 0 && v < volume.hdr.dims[i + 1]);
    const value = inside ? volume.getValue(vox[0], vox[1], vox[2]) : NaN;
    if (kind === 'ct') parts.push(`CT ${Number.isFinite(value) ? Math.round(value) : '–'} HU`);
    if (kind === 'pet') parts.push(`SUV ${Number.isFinite(value) ? value.toFixed(2) : '–'}`);
    if (kind === 'lesions' && value > 0) parts.push(`lesion ${Math.round(value)}`);
  }
  $('location').textContent = parts.join('   ');
}

// Every lesion in one colour that the hot PET scale never produces. With outlines on, the interior is fully
// transparent and NiiVue draws the label border opaque (its outline pass, alpha = atlasOutline), so the PET
// stays visible inside the contour; label 0 shares the colour so both sides of the border are drawn alike.
function lesionLut(maxLabel, fillAlpha) {
  const lut = { R: [LESION_RGB[0]], G: [LESION_RGB[1]], B: [LESION_RGB[2]], A: [0], I: [0], labels: [''] };
  for (let i = 1; i <= maxLabel; i++) {
    lut.R.push(LESION_RGB[0]);
    lut.G.push(LESION_RGB[1]);
    lut.B.push(LESION_RGB[2]);
    lut.A.push(fillAlpha);
    lut.I.push(i);
    lut.labels.push(`lesion ${i}`);
  }
  return lut;
}

function applyDisplaySettings() {
  const { ct, pet, lesions } = state.volumes;
  if (ct) {
    [ct.cal_min, ct.cal_max] = CT_WINDOWS[$('ct-window').value];
  }
  if (pet) {
    pet.cal_min = Number($('suv-min').value);
    pet.cal_max = Math.max(pet.cal_min + 0.1, Number($('suv-max').value));
    pet.opacity = ct ? Number($('pet-opacity').value) : 1;
  }
  if (lesions) {
    const outline = $('lesion-outline').checked;
    lesions.setColormapLabel(lesionLut(Math.max(1, Math.round(lesions.global_max)), outline ? 0 : 110));
    nv.opts.atlasOutline = outline ? 1 : 0;
  }
  nv.updateGLVolume();
}

for (const id of ['ct-window', 'suv-min', 'suv-max', 'pet-opacity', 'lesion-outline']) {
  $(id).addEventListener('input', applyDisplaySettings);
}

async function loadCase(entry) {
  state.ready = false;
  state.error = null;
  state.caseId = entry.id;
  state.selectedLesion = null;
  for (const button of document.querySelectorAll('#case-list button')) {
    button.setAttribute('aria-current', String(button.dataset.caseId === entry.id));
  }
  $('case-title').textContent = `— ${entry.id}`;
  $('lesion-table').tBodies[0].replaceChildren();
  $('location').textContent = '';
  setStatus(`Loading ${entry.id}…`);
  const started = performance.now();
  const base = `/api/cases/${encodeURIComponent(entry.id)}/`;
  // CT first (grey background); PET over it in SUV with a hot colour scale; lesion labels on top.
  const order = [
    ['ct', { colormap: 'gray' }],
    ['pet', { colormap: 'hot' }],
    ['lesions', { opacity: 1, colorbarVisible: false }],
  ].filter(([kind]) => entry.volumes.includes(`${kind}.nii`));
  try {
    await nv.loadVolumes(order.map(([kind, options]) => ({ url: `${base}${kind}.nii`, name: `${kind}.nii`, ...options })));
    state.volumes = Object.fromEntries(order.map(([kind], i) => [kind, nv.volumes[i]]));
    if (state.volumes.lesions) {
      // NiiVue draws outlines only for volumes marked as label maps (NIFTI_INTENT_LABEL).
      state.volumes.lesions.hdr.intent_code = 1002;
    }
    nv.setSliceType(SLICE_TYPE.MULTIPLANAR);
    applyDisplaySettings();
    state.lesions = entry.lesion_table ? (await getJson(`${base}lesions`)).lesions : [];
    renderLesions();
    state.ready = true;
    showLocation();
    state.loadSeconds = (performance.now() - started) / 1000;
    setStatus(`${entry.id}: ${state.lesions.length} lesion(s), loaded in ${state.loadSeconds.toFixed(1)} s`);
  } catch (error) {
    state.error = String(error.message ?? error);
    setStatus(`${entry.id}: ${state.error}`, true);
  }
}

function cell(text) {
  const td = document.createElement('td');
  td.textContent = text;
  return td;
}

function renderLesions() {
  const body = $('lesion-table').tBodies[0];
  body.replaceChildren();
  for (const lesion of state.lesions) {
    const row = document.createElement('tr');
    row.dataset.lesionId = lesion.lesion_id;
    row.append(cell(lesion.lesion_id));
    for (const column of NUMBER_COLUMNS) {
      row.append(cell(lesion[column] == null ? '' : lesion[column].toFixed(column.startsWith('suv') ? 2 : 1)));
    }
    row.append(cell(lesion.side ?? ''), cell(lesion.zone ?? ''));
    const hasCentroid = [lesion.centroid_x_mm, lesion.centroid_y_mm, lesion.centroid_z_mm].every((v) => v != null);
    if (hasCentroid) {
      row.addEventListener('click', () => centreOnLesion(lesion.lesion_id));
    } else {
      row.classList.add('no-centroid');
    }
    body.append(row);
  }
}

function centreOnLesion(lesionId) {
  const lesion = state.lesions.find((l) => l.lesion_id === lesionId);
  if (!lesion || !state.ready) {
    return;
  }
  state.selectedLesion = lesionId;
  for (const row of $('lesion-table').tBodies[0].rows) {
    row.setAttribute('aria-selected', String(Number(row.dataset.lesionId) === lesionId));
  }
  const ras = lpsToRas(lesion.centroid_x_mm, lesion.centroid_y_mm, lesion.centroid_z_mm);
  nv.scene.crosshairPos = nv.mm2frac(ras, 0, true);
  nv.updateGLVolume();
  nv.createOnLocationChange();
  showLocation();
}

async function start() {
  try {
    await nv.attachToCanvas($('gl'));
    const { cases } = await getJson('/api/cases');
    const list = $('case-list');
    for (const entry of cases) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = entry.id;
      button.dataset.caseId = entry.id;
      button.disabled = !entry.volumes.includes('pet.nii') && !entry.volumes.includes('ct.nii');
      button.addEventListener('click', () => loadCase(entry));
      const item = document.createElement('li');
      item.append(button);
      list.append(item);
    }
    setStatus(cases.length ? `${cases.length} case(s): choose one` : 'This workspace has no cases yet.');
    // Deep links: #case=P001 opens a case, #case=P001&lesion=2 also centres on one of its lesions.
    const wanted = new URLSearchParams(location.hash.slice(1));
    const initial = cases.find((c) => c.id === wanted.get('case'));
    if (initial) {
      await loadCase(initial);
      if (wanted.has('lesion')) {
        centreOnLesion(Number(wanted.get('lesion')));
      }
    }
  } catch (error) {
    state.error = String(error.message ?? error);
    setStatus(state.error, true);
  }
}

start();
