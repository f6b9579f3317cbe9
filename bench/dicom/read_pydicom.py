"""Reads a DICOM series folder with pydicom into a float32 numpy volume, as a user would: dcmread every file,
sort by position along the slice normal, stack pixel_array * RescaleSlope + RescaleIntercept.
Usage: /usr/bin/python3 read_pydicom.py FOLDER RUNS  ->  prints "median_seconds peak_bytes checksum"."""
import os
import resource
import sys
import time

import numpy as np
import pydicom


def read(folder):
    files = sorted(os.path.join(root, name) for root, _, names in os.walk(folder) for name in names)
    datasets = [pydicom.dcmread(f) for f in files]
    orientation = np.array(datasets[0].ImageOrientationPatient, dtype=float)
    normal = np.cross(orientation[:3], orientation[3:])
    datasets.sort(key=lambda d: float(np.dot(normal, np.array(d.ImagePositionPatient, dtype=float))))
    volume = np.stack([d.pixel_array.astype(np.float32) * np.float32(d.RescaleSlope) + np.float32(d.RescaleIntercept) for d in datasets])
    return volume


def main():
    folder, runs = sys.argv[1], int(sys.argv[2])
    read(folder)  # warm-up
    seconds = []
    checksum = 0.0
    for _ in range(runs):
        start = time.perf_counter()
        volume = read(folder)
        seconds.append(time.perf_counter() - start)
        checksum = float(volume.ravel()[volume.size // 2])
        del volume
    seconds.sort()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux: kilobytes
    print(f"{seconds[len(seconds) // 2]!r} {peak} {checksum!r}")


main()
