#!/usr/bin/python3
"""Independent expected values for ReferenceFileTests.cs (run once; its output is pasted into that file).

NIfTI files are read with nibabel (its affine: sform when sform_code > 0, else qform), NRRD files with the
small numpy + gzip parser below (no pynrrd on the machine). Geometry is reported in LPS: NIfTI's RAS affine
has its first two rows negated. Checksums: sum and sum of squares in float64, and SHA-256 of the voxel
values as little-endian bytes with x fastest (the order PulmoPet keeps in memory).

    /usr/bin/python3 tests/PulmoPet.Imaging.Tests/Io/Reference/reference_values.py [shared/data folder]

(Debian bookworm python3-nibabel 5.0.0, python3-numpy 1.24.2.)
"""
import gzip
import hashlib
import os
import sys

import nibabel
import numpy as np

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "../../../../../shared/data")

NIFTI = [
    "ibsi1/digital_phantom/nifti/image/phantom.nii.gz",
    "ibsi1/digital_phantom/nifti/mask/mask.nii.gz",
    "ibsi1/ct_radiomics_phantom/nifti/image/phantom.nii.gz",
    "ibsi1/ct_radiomics_phantom/nifti/mask/mask.nii.gz",
    "real/totalsegmentator/reference_files/example_ct_sm.nii.gz",
    "real/totalsegmentator/reference_files/example_seg.nii.gz",
    "real/totalsegmentator/reference_files/example_seg_dicom.nii.gz",
    "real/mirp/sts_images/STS_001/PET/nifti/image/image.nii.gz",
]
NRRD = [
    "pyradiomics/data/brain1_image.nrrd",
    "pyradiomics/data/brain1_label.nrrd",
    "pyradiomics/data/breast1_image.nrrd",
    "pyradiomics/data/breast1_label.nrrd",
    "pyradiomics/data/prostate_phantom_subvolume.nrrd",
    "pyradiomics/data/prostate_phantom_subvolume-label.nrrd",
    "pyradiomics/ibsi_benchmark/data/digital_phantom/Phantom.nrrd",
    "pyradiomics/ibsi_benchmark/data/digital_phantom/Phantom-label.nrrd",
    "pyradiomics/ibsi_benchmark/data/patient_cases/PAT1/GTV.nrrd",
    "real/dcmqi/data/segmentations/liver_seg.nrrd",
    "real/dcmqi/data/segmentations/23x38x3/nrrd/label.nrrd",
]
TYPES = {"int16": "Int16", "uint16": "UInt16", "int32": "Int32", "uint32": "UInt32", "uint8": "UInt8",
         "int8": "Int8", "float32": "Float32", "float64": "Float64"}
NRRD_TYPES = {"short": "int16", "unsigned short": "uint16", "int": "int32", "unsigned char": "uint8",
              "uchar": "uint8", "float": "float32", "double": "float64"}


def vector(text):
    return [float(v) for v in text.strip()[1:-1].split(",")]


def read_nrrd(path):
    blob = open(path, "rb").read()
    end = blob.index(b"\n\n") + 2
    fields = {}
    for line in blob[:end].decode("latin-1").splitlines()[1:]:
        if line and not line.startswith("#") and ": " in line:
            key, value = line.split(": ", 1)
            fields[key] = value.strip()
    dtype = np.dtype(NRRD_TYPES[fields["type"]]).newbyteorder("<" if fields.get("endian", "little") == "little" else ">")
    sizes = [int(s) for s in fields["sizes"].split()]
    payload = blob[end:]
    if fields["encoding"] == "gzip":
        data = np.frombuffer(gzip.decompress(payload), dtype=dtype)
    elif fields["encoding"] == "raw":
        data = np.frombuffer(payload, dtype=dtype)
    else:  # ascii
        data = np.array(payload.split(), dtype=np.float64).astype(dtype)
    data = data[: int(np.prod(sizes))]
    if "space directions" in fields:
        assert fields["space"] == "left-posterior-superior"
        columns = np.array([vector(w) for w in fields["space directions"].split()]).T
        spacing = np.linalg.norm(columns, axis=0)
        direction = columns / spacing
        origin = np.array(vector(fields.get("space origin", "(0,0,0)")))
    else:
        spacing = np.array([float(s) for s in fields["spacings"].split()])
        direction = np.eye(3)
        origin = np.zeros(3)
    return data, np.dtype(NRRD_TYPES[fields["type"]]).name, sizes, spacing, origin, direction


def read_nifti(path):
    image = nibabel.load(path)
    data = np.asarray(image.dataobj).ravel(order="F")  # x fastest
    affine = image.affine.copy()
    affine[:2, :] *= -1  # RAS -> LPS
    lengths = np.linalg.norm(affine[:3, :3], axis=0)
    spacing = np.array(image.header.get_zooms()[:3], dtype=np.float64)
    return data, image.get_data_dtype().name, list(image.shape), spacing, affine[:3, 3], affine[:3, :3] / lengths


def numbers(values):
    return ", ".join(repr(float(v)) for v in values)


for relative in NIFTI + NRRD:
    reader = read_nifti if relative.endswith(".nii.gz") else read_nrrd
    data, dtype, size, spacing, origin, direction = reader(os.path.join(ROOT, relative))
    values = data.astype(np.float64)
    digest = hashlib.sha256(data.astype(np.dtype(dtype).newbyteorder("<")).tobytes()).hexdigest()
    print(f'        {{ "{relative}", VoxelType.{TYPES[dtype]}, [{", ".join(str(s) for s in size)}],')
    print(f"          [{numbers(spacing)}], [{numbers(origin)}],")
    print(f"          [{numbers(direction.ravel())}],")
    print(f'          {float(values.sum())!r}, {float((values * values).sum())!r}, "{digest}" }},')
