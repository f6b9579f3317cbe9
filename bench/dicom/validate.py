"""Checks the phantom export of `run.sh validate` with tools independent of PulmoPet:
pydicom opens every file (file meta valid, pixel data decodes), recomputes SUVbw from the PET header in Python
(QIBA: weight * 1000 / (dose * 2^(-(SeriesTime - RadiopharmaceuticalStartDateTime) / half-life))) and compares with
the phantom's SUV; the SEG's bits count the lesion voxels; dcm2niix converts the CT and PT folders and the NIfTI grid
corners (srow, RAS -> LPS) match the DICOM grid.
Commands run: /usr/bin/dcm2niix -z n -b n -o OUT -f ct DIR/dicom/CT  (and PT)."""
import datetime
import json
import os
import struct
import subprocess
import sys
import tempfile

import numpy as np
import pydicom
from pydicom.dataset import validate_file_meta

folder = sys.argv[1]
dicom = os.path.join(folder, "dicom")
expected = json.load(open(os.path.join(folder, "expected.json")))
failures = []


def check(condition, message):
    print(("ok   " if condition else "FAIL ") + message)
    if not condition:
        failures.append(message)


def series(sub):
    datasets = [pydicom.dcmread(os.path.join(dicom, sub, f)) for f in sorted(os.listdir(os.path.join(dicom, sub)))]
    o = np.array(datasets[0].ImageOrientationPatient, dtype=float)
    n = np.cross(o[:3], o[3:])
    datasets.sort(key=lambda d: float(np.dot(n, np.array(d.ImagePositionPatient, dtype=float))))
    return datasets


files = [os.path.join(r, f) for r, _, fs in os.walk(dicom) for f in fs]
opened = 0
for f in files:
    ds = pydicom.dcmread(f)
    validate_file_meta(ds.file_meta, enforce_standard=True)
    if "PixelData" in ds:
        ds.pixel_array
    opened += 1
check(opened == len(files), f"pydicom {pydicom.__version__}: {opened}/{len(files)} files open, file meta valid, pixel data decodes")

ct = series("CT")
check(list(ct[0].pixel_array.shape) == [expected["ct_size"][1], expected["ct_size"][0]] and len(ct) == expected["ct_size"][2], "CT matrix")

pt = series("PT")
first = pt[0]
isotope = first.RadiopharmaceuticalInformationSequence[0]
def dt(text):
    text = text.split("+")[0]
    return datetime.datetime.strptime(text[:14], "%Y%m%d%H%M%S") + datetime.timedelta(seconds=float("0" + text[14:]) if len(text) > 14 else 0)
scan = dt(first.SeriesDate + first.SeriesTime)
injection = dt(isotope.RadiopharmaceuticalStartDateTime)
decay = (scan - injection).total_seconds()
factor = float(first.PatientWeight) * 1000 / (float(isotope.RadionuclideTotalDose) * 2 ** (-decay / float(isotope.RadionuclideHalfLife)))
suv = np.stack([d.pixel_array.astype(np.float64) * float(d.RescaleSlope) + float(d.RescaleIntercept) for d in pt]) * factor
truth = np.fromfile(os.path.join(folder, "pet_suv.f32"), dtype=np.float32).reshape(suv.shape)
steps = np.array([float(d.RescaleSlope) for d in pt]) * factor
error = np.abs(suv - truth)
worst = float((error / steps[:, None, None]).max())
check(first.Units == "BQML" and first.DecayCorrection == "START", f"PET Units {first.Units}, DecayCorrection {first.DecayCorrection}, CorrectedImage {list(first.CorrectedImage)}")
check(worst <= 0.5 + 1e-6, f"pydicom SUV (factor {factor:.9g}, decay {decay} s) vs phantom SUV: max |dSUV| = {error.max():.4g} = {worst:.4f} rescale steps")

rt = pydicom.dcmread(os.path.join(dicom, "RTSTRUCT.dcm"))
contours = sum(len(r.ContourSequence) for r in rt.ROIContourSequence if "ContourSequence" in r)
check(len(rt.StructureSetROISequence) == expected["lesions"], f"RTSTRUCT: {len(rt.StructureSetROISequence)} ROIs, {contours} contours")

seg = pydicom.dcmread(os.path.join(dicom, "SEG.dcm"))
bits = int(np.asarray(seg.pixel_array).sum())
check(bits == expected["lesion_voxels"], f"SEG: {seg.NumberOfFrames} frames, {len(seg.SegmentSequence)} segments, {bits} set bits = {expected['lesion_voxels']} lesion voxels")


def nifti_corners(path):
    with open(path, "rb") as f:
        header = f.read(348)
    dim = struct.unpack_from("<8h", header, 40)
    srow = np.array([struct.unpack_from("<4f", header, offset) for offset in (280, 296, 312)])
    corners = []
    for i in (0, dim[1] - 1):
        for j in (0, dim[2] - 1):
            for k in (0, dim[3] - 1):
                ras = srow @ np.array([i, j, k, 1.0])
                corners.append([-ras[0], -ras[1], ras[2]])
    return dim[1:4], np.array(corners)


for sub, key in (("CT", "ct"), ("PT", "pt")):
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(["/usr/bin/dcm2niix", "-z", "n", "-b", "n", "-o", out, "-f", key, os.path.join(dicom, sub)], check=True, stdout=subprocess.DEVNULL)
        niftis = [f for f in os.listdir(out) if f.endswith(".nii")]
        size, corners = nifti_corners(os.path.join(out, niftis[0]))
        want = np.array(expected[key + "_corners_lps"])
        distance = max(min(np.linalg.norm(want - c, axis=1)) for c in corners)
        check(len(niftis) == 1 and sorted(size) == sorted(expected[key + "_size"]) and distance < 1e-2,
              f"dcm2niix {sub}: {len(niftis)} NIfTI, size {list(size)}, grid corners within {distance:.2g} mm of the DICOM grid")

sys.exit(1 if failures else 0)
