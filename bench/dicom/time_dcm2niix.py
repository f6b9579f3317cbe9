"""Times dcm2niix converting a DICOM folder to an uncompressed NIfTI (the conversion includes writing the .nii).
Usage: /usr/bin/python3 time_dcm2niix.py FOLDER RUNS  ->  prints "median_seconds peak_bytes 0" (peak of dcm2niix itself)."""
import resource
import subprocess
import sys
import tempfile
import time


def main():
    folder, runs = sys.argv[1], int(sys.argv[2])
    seconds = []
    for run in range(runs + 1):
        with tempfile.TemporaryDirectory() as out:
            start = time.perf_counter()
            subprocess.run(["/usr/bin/dcm2niix", "-z", "n", "-b", "n", "-o", out, "-f", "ct", folder], check=True, stdout=subprocess.DEVNULL)
            if run > 0:  # the first run is the warm-up
                seconds.append(time.perf_counter() - start)
    seconds.sort()
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    print(f"{seconds[len(seconds) // 2]!r} {peak} 0")


main()
